-- Applies one fill computed by the service from the state it read: the new position, and the order's
-- reservation converted into position. Applied only if that state is unchanged (else CONFLICT: the
-- service reads again) and only once per event id (else DUPLICATE).
-- KEYS: 1 key prefix (of every risk key, read by common.lua as P)
-- ARGV: 1 event id, 2 order id, 3 symbol, 4 expected version (of the position), 5 expected mark ('' if none),
--       6 expected reserved (quantity, '' if no reservation), 7 quantity, 8 average price, 9 symbol realized
--       (the position's realized P&L net of fees, cents), 10 realized delta (cents), 11 unrealized (cents),
--       12 exposure (cents), 13 mark, 14 reserved quantity left, 15 reserved exposure left, 16 today,
--       17 starting equity (cents), 18 ttl seconds (of the event marker), 19 engage on critical ('1' to
--       engage the kill switch on a critical drawdown), 20 now (ISO instant)
-- Returns JSON: status DUPLICATE, CONFLICT, or APPLIED with the account after the change.
local eventId, orderId, symbol = ARGV[1], ARGV[2], ARGV[3]
local pk = P .. 'pos:' .. symbol
local rk = P .. 'res:' .. orderId
if redis.call('EXISTS', P .. 'event:' .. eventId) == 1 then return '{"status":"DUPLICATE"}' end

local cur = redis.call('HMGET', pk, 'ver', 'mark')
local curMark = cur[2]
if curMark == false then curMark = '' end
if num(cur[1]) ~= tonumber(ARGV[4]) or curMark ~= ARGV[5] then return '{"status":"CONFLICT"}' end
local res = redis.call('HMGET', rk, 'qty', 'expo', 'side')
if (ARGV[6] == '' and res[1]) or (ARGV[6] ~= '' and (not res[1] or tonumber(res[1]) ~= tonumber(ARGV[6]))) then
  return '{"status":"CONFLICT"}'
end

local acc = account(ARGV[17])
rollDay(acc, equityOf(acc), ARGV[16])
redis.call('HSET', pk, 'q', ARGV[7], 'avg', ARGV[8], 'realized', ARGV[9], 'unreal', ARGV[11], 'expo', ARGV[12],
  'mark', ARGV[13])
redis.call('HINCRBY', pk, 'ver', 1)
redis.call('HINCRBY', P .. 'account', 'realized', ARGV[10])
acc.realized = acc.realized + tonumber(ARGV[10])
if res[1] then
  local left = tonumber(ARGV[14])
  local field = 'sell'
  if res[3] == 'BUY' then field = 'buy' end
  redis.call('HINCRBY', pk, field, str(left - tonumber(res[1])))
  redis.call('HINCRBY', P .. 'account', 'reserved', str(tonumber(ARGV[15]) - tonumber(res[2])))
  if left <= 0 then
    redis.call('DEL', rk)
    redis.call('SREM', P .. 'open', orderId)
  else
    redis.call('HSET', rk, 'qty', ARGV[14], 'expo', ARGV[15])
  end
end
redis.call('SADD', P .. 'symbols', symbol)
redis.call('SET', P .. 'event:' .. eventId, orderId, 'EX', ARGV[18])
local change = afterChange(acc, ARGV[19], ARGV[20])
change.status = 'APPLIED'
return cjson.encode(change)
