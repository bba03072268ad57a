-- Decides one order and, when it is approved, reserves its room, all in one atomic step.
-- KEYS: 1 key prefix (of every risk key, read by common.lua as P)
-- ARGV: 1 event id, 2 order id, 3 symbol, 4 side, 5 quantity (1e-8), 6 notional (cents), 7 decision id,
--       8 decided at (ISO instant), 9 today (ISO date), 10 starting equity (cents), 11 ttl seconds (of the
--       decision and event markers), 12 engage on critical ('1' to engage the kill switch when a critical rule,
--       daily_loss or max_drawdown, fails), 13 catalog tradable ('1' when the instrument catalog lists the
--       symbol as tradable)
-- Returns JSON: status DUPLICATE with the stored decision, NO_LIMITS, or DECIDED with the decision and whether
-- the kill switch was engaged.
local eventId, orderId, symbol, side = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local qty, notional = tonumber(ARGV[5]), tonumber(ARGV[6])
local ttl = ARGV[11]
local decisionKey = P .. 'decision:' .. orderId

local stored = redis.call('GET', decisionKey)
if stored then
  redis.call('SET', P .. 'event:' .. eventId, orderId, 'EX', ttl)
  return '{"status":"DUPLICATE","decision":' .. stored .. '}'
end
local L = limits()
if not L then return '{"status":"NO_LIMITS"}' end

local reasons = {}
local function fail(rule, value, threshold)
  table.insert(reasons, { rule, str(value), str(threshold) })
end

if redis.call('HGET', P .. 'killswitch', 'engaged') == '1' then fail('kill_switch', 1, 0) end
-- A catalog symbol trades under the global limits unless a per-symbol limit says otherwise.
local sl = L.symbols[symbol]
if ARGV[13] ~= '1' or (sl ~= nil and sl.tradable ~= true) then fail('symbol_tradable', 0, 1) end
if sl ~= nil then
  local maxQty = units(sl.maxOrderQuantity, 8)
  if qty > maxQty then fail('max_order_quantity', qty, maxQty) end
end
local maxNotional = units(L.maxOrderNotional, 2)
if notional > maxNotional then fail('max_order_notional', notional, maxNotional) end

local pos = redis.call('HMGET', P .. 'pos:' .. symbol, 'q', 'buy', 'sell')
local q, buy, sell = num(pos[1]), num(pos[2]), num(pos[3])
if sl ~= nil then
  local maxPos = units(sl.maxPosition, 8)
  local projected
  if side == 'BUY' then projected = q + buy + qty else projected = sell + qty - q end
  if projected > maxPos then fail('max_position', projected, maxPos) end
end

-- An order that only reduces the position, even after every open order on its side, adds no exposure.
local reducing = (side == 'BUY' and q < 0 and buy + qty <= -q) or (side == 'SELL' and q > 0 and sell + qty <= q)
local adds = notional
if reducing then adds = 0 end
local acc = account(ARGV[10])
local exposure, unrealized = book()
local maxGross = units(L.maxGrossExposure, 2)
if adds > 0 and exposure + acc.reserved + adds > maxGross then
  fail('max_gross_exposure', exposure + acc.reserved + adds, maxGross)
end

local open = redis.call('SCARD', P .. 'open')
local maxOpen = tonumber(L.maxOpenOrders)
if open + 1 > maxOpen then fail('max_open_orders', open + 1, maxOpen) end

local equity = acc.base + acc.realized + unrealized
rollDay(acc, equity, ARGV[9])
local maxLoss = units(L.dailyLossLimit, 2)
if acc.dayStart - equity > maxLoss then fail('daily_loss', acc.dayStart - equity, maxLoss) end

local peak = math.max(acc.peak, equity)
local maxDd = units(L.maxDrawdown, 4)
if peak > 0 and (peak - equity) * 10000 > maxDd * peak then
  fail('max_drawdown', ratio6(peak - equity, peak), maxDd)
end

local engaged = false
if ARGV[12] == '1' then
  for _, reason in ipairs(reasons) do
    if (reason[1] == 'daily_loss' or reason[1] == 'max_drawdown') and not engaged then
      engaged = engageKillSwitch(reason[1] .. ' rejected order ' .. orderId, ARGV[8])
    end
  end
end

local approved = #reasons == 0
if approved then
  local pk = P .. 'pos:' .. symbol
  redis.call('HSET', P .. 'res:' .. orderId, 'symbol', symbol, 'side', side, 'qty', str(qty), 'expo', str(adds),
    'notional', str(notional), 'at', ARGV[8])
  redis.call('SADD', P .. 'open', orderId)
  if side == 'BUY' then redis.call('HINCRBY', pk, 'buy', str(qty)) else redis.call('HINCRBY', pk, 'sell', str(qty)) end
  redis.call('HINCRBY', P .. 'account', 'reserved', str(adds))
  redis.call('SADD', P .. 'symbols', symbol)
end
local decision = cjson.encode({ id = ARGV[7], at = ARGV[8], approved = approved, reasons = reasons })
redis.call('SET', decisionKey, decision, 'EX', ttl)
redis.call('SET', P .. 'event:' .. eventId, orderId, 'EX', ttl)
return '{"status":"DECIDED","engaged":' .. tostring(engaged) .. ',"decision":' .. decision .. '}'
