-- Reads in one round trip everything a fill is computed from: the order, the account, the order's position and
-- the latest quote of its symbol (market-data-service's md:quote:<SYMBOL> hash, read-only).
-- KEYS: 1 order, 2 account, 3 positions; ARGV: 1 quote key prefix
-- Returns {order json or false, account as flat field/value list, position json or false, quote flat list}.
local order = redis.call('GET', KEYS[1])
if not order then
  return { false, {}, false, {} }
end
local symbol = cjson.decode(order)['symbol']
return { order, redis.call('HGETALL', KEYS[2]), redis.call('HGET', KEYS[3], symbol),
  redis.call('HGETALL', ARGV[1] .. symbol) }
