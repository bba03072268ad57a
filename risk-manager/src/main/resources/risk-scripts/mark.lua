-- Marks one symbol's position to a new price with the figures the service computed from the position it
-- read; applied only if no fill changed that position meanwhile (else CONFLICT: the service reads again).
-- KEYS: 1 key prefix (of every risk key, read by common.lua as P)
-- ARGV: 1 symbol, 2 mark price, 3 expected version (of the position), 4 unrealized (cents), 5 exposure (cents),
--       6 today, 7 starting equity (cents), 8 engage on critical ('1' to engage the kill switch on a critical
--       drawdown), 9 now (ISO instant)
-- Returns JSON: status CONFLICT, or APPLIED with the account after the change.
local pk = P .. 'pos:' .. ARGV[1]
if num(redis.call('HGET', pk, 'ver')) ~= tonumber(ARGV[3]) then return '{"status":"CONFLICT"}' end
local acc = account(ARGV[7])
rollDay(acc, equityOf(acc), ARGV[6])
redis.call('HSET', pk, 'mark', ARGV[2], 'unreal', ARGV[4], 'expo', ARGV[5])
local change = afterChange(acc, ARGV[8], ARGV[9])
change.status = 'APPLIED'
return cjson.encode(change)
