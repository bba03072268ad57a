-- Moves an order to its next state if nobody changed it meanwhile, with its book and outbox entries, in one step.
-- KEYS: 1 order, 2 open set, 3 book, 4 outbox hash, 5 outbox due
-- ARGV: 1 expected revision, 2 new order json, 3 open op (add|rem|''), 4 book op (add|rem|''), 5 book score,
--       6 order id, 7 event id ('' none), 8 envelope, 9 due ms, 10 order ttl ms (0: none)
-- Returns 1 committed, 0 the order changed meanwhile, -1 the order does not exist.
local current = redis.call('GET', KEYS[1])
if not current then
  return -1
end
if tonumber(cjson.decode(current)['revision']) ~= tonumber(ARGV[1]) then
  return 0
end
if tonumber(ARGV[10]) > 0 then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[10])
else
  redis.call('SET', KEYS[1], ARGV[2])
end
if ARGV[3] == 'add' then
  redis.call('SADD', KEYS[2], ARGV[6])
elseif ARGV[3] == 'rem' then
  redis.call('SREM', KEYS[2], ARGV[6])
end
if ARGV[4] == 'add' then
  redis.call('ZADD', KEYS[3], ARGV[5], ARGV[6])
elseif ARGV[4] == 'rem' then
  redis.call('ZREM', KEYS[3], ARGV[6])
end
if ARGV[7] ~= '' then
  redis.call('HSET', KEYS[4], ARGV[7], ARGV[8])
  redis.call('ZADD', KEYS[5], ARGV[9], ARGV[7])
end
return 1
