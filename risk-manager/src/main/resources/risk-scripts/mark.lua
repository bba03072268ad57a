-- Marks one symbol's position to a new price with the figures the service computed from the position it
-- read; applied only if no fill changed that position meanwhile (else CONFLICT: the service reads again).
-- ARGV: symbol, mark price, expected position version, unrealized P&L (cents), exposure (cents), today,
--       starting equity (cents), '1' to engage the kill switch on a critical drawdown, the time now.
local pk = P .. 'pos:' .. ARGV[1]
if num(redis.call('HGET', pk, 'ver')) ~= tonumber(ARGV[3]) then return '{"status":"CONFLICT"}' end
local acc = account(ARGV[7])
rollDay(acc, equityOf(acc), ARGV[6])
redis.call('HSET', pk, 'mark', ARGV[2], 'unreal', ARGV[4], 'expo', ARGV[5])
local change = afterChange(acc, ARGV[8], ARGV[9])
change.status = 'APPLIED'
return cjson.encode(change)
