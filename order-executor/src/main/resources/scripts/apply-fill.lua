-- Applies one fill in one step: the order becomes FILLED, the account and the symbol's position take the values
-- computed by the Java ledger from the version read, the processed-fill marker and the trade are recorded and
-- the order.filled event enters the outbox. Nothing is written unless the fill is new and neither the order nor
-- the account changed since they were read.
-- KEYS: 1 order, 2 open set, 3 book, 4 outbox hash, 5 outbox due, 6 account, 7 positions, 8 fill markers, 9 trades
-- ARGV: 1 expected order revision, 2 new order json, 3 order id, 4 order ttl ms, 5 expected account version,
--       6 cash, 7 realized, 8 fees, 9 symbol, 10 position json, 11 fill id, 12 filled ms, 13 trade json,
--       14 trades kept, 15 markers kept, 16 event id, 17 envelope, 18 due ms
-- Returns 1 applied, 2 the fill was already applied, 0 the order changed, 3 the account changed, -1 no order.
if redis.call('ZSCORE', KEYS[8], ARGV[11]) then
  return 2
end
local current = redis.call('GET', KEYS[1])
if not current then
  return -1
end
if tonumber(cjson.decode(current)['revision']) ~= tonumber(ARGV[1]) then
  return 0
end
local version = redis.call('HGET', KEYS[6], 'version') or '0'
if tonumber(version) ~= tonumber(ARGV[5]) then
  return 3
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[4])
redis.call('SREM', KEYS[2], ARGV[3])
redis.call('ZREM', KEYS[3], ARGV[3])
redis.call('HSET', KEYS[6], 'cash', ARGV[6], 'realized', ARGV[7], 'fees', ARGV[8], 'version', tonumber(ARGV[5]) + 1)
redis.call('HSET', KEYS[7], ARGV[9], ARGV[10])
redis.call('ZADD', KEYS[8], ARGV[12], ARGV[11])
local excess = redis.call('ZCARD', KEYS[8]) - tonumber(ARGV[15])
if excess > 0 then
  redis.call('ZREMRANGEBYRANK', KEYS[8], 0, excess - 1)
end
redis.call('LPUSH', KEYS[9], ARGV[13])
redis.call('LTRIM', KEYS[9], 0, tonumber(ARGV[14]) - 1)
redis.call('HSET', KEYS[4], ARGV[16], ARGV[17])
redis.call('ZADD', KEYS[5], ARGV[18], ARGV[16])
return 1
