-- Reads the whole risk state in one consistent step, for the REST views and the gauges.
-- KEYS: 1 key prefix (of every risk key, read by common.lua as P)
-- ARGV: 1 starting equity (cents, used until the first script seeds it)
-- Returns JSON: the account, the kill switch, the limits, every position and every reservation.
local a = redis.call('HMGET', P .. 'account', 'base', 'realized', 'reserved', 'peak', 'day', 'dayStart', 'ddLevel')
local ks = redis.call('HMGET', P .. 'killswitch', 'engaged', 'reason', 'source', 'since')
local base = a[1]
if not base then base = ARGV[1] end
local peak = a[4]
if not peak then peak = base end
local out = { limits = redis.call('GET', P .. 'limits') or '', base = base, realized = a[2] or '0',
  reserved = a[3] or '0', peak = peak, day = a[5] or '', dayStart = a[6] or '', ddLevel = a[7] or '0',
  killSwitch = { engaged = ks[1] or '0', reason = ks[2] or '', source = ks[3] or '', since = ks[4] or '' },
  positions = {}, reservations = {} }
for _, s in ipairs(redis.call('SMEMBERS', P .. 'symbols')) do
  local v = redis.call('HMGET', P .. 'pos:' .. s, 'q', 'buy', 'sell', 'unreal', 'expo', 'avg', 'realized', 'mark')
  table.insert(out.positions, { symbol = s, q = v[1] or '0', buy = v[2] or '0', sell = v[3] or '0',
    unreal = v[4] or '0', expo = v[5] or '0', avg = v[6] or '0', realized = v[7] or '0', mark = v[8] or '' })
end
for _, id in ipairs(redis.call('SMEMBERS', P .. 'open')) do
  local r = redis.call('HMGET', P .. 'res:' .. id, 'symbol', 'side', 'qty', 'expo', 'notional', 'at')
  table.insert(out.reservations, { orderId = id, symbol = r[1] or '', side = r[2] or '', qty = r[3] or '0',
    expo = r[4] or '0', notional = r[5] or '0', at = r[6] or '' })
end
return cjson.encode(out)
