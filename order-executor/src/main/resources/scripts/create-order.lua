-- Stores a new order with its index entries, its first event in the outbox and its idempotency key, in one step.
-- KEYS: 1 order, 2 open set, 3 index, 4 outbox hash, 5 outbox due, 6 idempotency key (or a placeholder)
-- ARGV: 1 order json, 2 created ms, 3 open (1/0), 4 event id ('' none), 5 envelope, 6 due ms,
--       7 pending idempotency value ('' none), 8 committed idempotency value, 9 idempotency ttl ms,
--       10 index cutoff ms, 11 order ttl ms (0: none), 12 order id
-- Returns 1 created, 0 the order already exists, -2 the idempotency lease was lost to another request.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
if ARGV[7] ~= '' then
  if redis.call('GET', KEYS[6]) ~= ARGV[7] then
    return -2
  end
  redis.call('SET', KEYS[6], ARGV[8], 'PX', ARGV[9])
end
if tonumber(ARGV[11]) > 0 then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[11])
else
  redis.call('SET', KEYS[1], ARGV[1])
end
if ARGV[3] == '1' then
  redis.call('SADD', KEYS[2], ARGV[12])
end
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[12])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[10])
if ARGV[4] ~= '' then
  redis.call('HSET', KEYS[4], ARGV[4], ARGV[5])
  redis.call('ZADD', KEYS[5], ARGV[6], ARGV[4])
end
return 1
