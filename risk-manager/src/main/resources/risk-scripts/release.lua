-- Releases what a cancelled order still reserves, once per event id.
-- KEYS: 1 key prefix (of every risk key, read by common.lua as P)
-- ARGV: 1 event id, 2 order id, 3 ttl seconds (of the event marker)
-- Returns JSON: status DUPLICATE, NO_RESERVATION, or RELEASED with the symbol, quantity and exposure released.
local eventId, orderId = ARGV[1], ARGV[2]
local rk = P .. 'res:' .. orderId
if redis.call('EXISTS', P .. 'event:' .. eventId) == 1 then return '{"status":"DUPLICATE"}' end
redis.call('SET', P .. 'event:' .. eventId, orderId, 'EX', ARGV[3])
local res = redis.call('HMGET', rk, 'qty', 'expo', 'side', 'symbol')
if not res[1] then return '{"status":"NO_RESERVATION"}' end
local field = 'sell'
if res[3] == 'BUY' then field = 'buy' end
redis.call('HINCRBY', P .. 'pos:' .. res[4], field, str(-tonumber(res[1])))
redis.call('HINCRBY', P .. 'account', 'reserved', str(-tonumber(res[2])))
redis.call('DEL', rk)
redis.call('SREM', P .. 'open', orderId)
return cjson.encode({ status = 'RELEASED', symbol = res[4], quantity = res[1], exposure = res[2] })
