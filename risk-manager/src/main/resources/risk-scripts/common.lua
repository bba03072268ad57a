-- Shared helpers, prepended to every risk-manager script. All amounts are integers of fixed units:
-- quantities 1e-8 of the base asset, USD in cents, limit ratios in 1e-4, reported drawdowns in 1e-6.
-- Integers below 2^53 are exact in Lua's numbers; the limits' validation keeps every figure below that.
local P = KEYS[1]

local function num(v)
  if v == false or v == nil or v == '' then return 0 end
  return tonumber(v)
end

local function str(n)
  return string.format('%.0f', n)
end

-- Parses a decimal string ("12.5") into integer units of the given scale, exactly (no float rounding).
local function units(s, scale)
  s = tostring(s)
  local sign = 1
  if string.sub(s, 1, 1) == '-' then sign = -1; s = string.sub(s, 2) end
  local int, frac = string.match(s, '^(%d*)%.?(%d*)$')
  if int == nil then error('not a decimal: ' .. s) end
  if #frac > scale then frac = string.sub(frac, 1, scale) end
  frac = frac .. string.rep('0', scale - #frac)
  if int == '' then int = '0' end
  return sign * tonumber(int .. frac)
end

local function limits()
  local raw = redis.call('GET', P .. 'limits')
  if not raw then return nil end
  return cjson.decode(raw)
end

-- The account totals; seeds the starting equity (and the peak) on first use.
local function account(base)
  redis.call('HSETNX', P .. 'account', 'base', base)
  redis.call('HSETNX', P .. 'account', 'peak', base)
  local a = redis.call('HMGET', P .. 'account', 'base', 'realized', 'reserved', 'peak', 'day', 'dayStart', 'ddLevel')
  return { base = num(a[1]), realized = num(a[2]), reserved = num(a[3]), peak = num(a[4]),
           day = a[5], dayStart = a[6], ddLevel = num(a[7]) }
end

-- Sums the marked exposure and unrealized P&L of every symbol with a position or open orders.
local function book()
  local exposure, unrealized = 0, 0
  for _, s in ipairs(redis.call('SMEMBERS', P .. 'symbols')) do
    local v = redis.call('HMGET', P .. 'pos:' .. s, 'unreal', 'expo')
    unrealized = unrealized + num(v[1])
    exposure = exposure + num(v[2])
  end
  return exposure, unrealized
end

local function equityOf(acc)
  local _, unrealized = book()
  return acc.base + acc.realized + unrealized
end

-- Starts a new day (ISO date, compared as text) with the equity seen before this change; never goes back.
local function rollDay(acc, equity, today)
  if acc.day == false or acc.day == nil or today > acc.day then
    redis.call('HSET', P .. 'account', 'day', today, 'dayStart', str(equity))
    acc.day = today
    acc.dayStart = equity
  else
    acc.dayStart = num(acc.dayStart)
  end
end

-- Drawdown dd / peak in 1e-6, rounded up (a risk figure is never understated), with exact integer steps.
local function ratio6(dd, peak)
  if dd <= 0 then return 0 end
  local a = dd * 1000000
  local q = math.floor(a / peak)
  if q * peak > a then q = q - 1 end
  if (q + 1) * peak <= a then q = q + 1 end
  if q * peak < a then q = q + 1 end
  return q
end

-- 2 above maxDrawdown, 1 above drawdownWarning, else 0; compared exactly as dd / peak > threshold.
local function ddLevel(L, dd, peak)
  if peak <= 0 then return 0 end
  if dd * 10000 > units(L.maxDrawdown, 4) * peak then return 2 end
  if dd * 10000 > units(L.drawdownWarning, 4) * peak then return 1 end
  return 0
end

-- Engages the kill switch unless it already is; true when this call engaged it.
local function engageKillSwitch(reason, at)
  if redis.call('HGET', P .. 'killswitch', 'engaged') == '1' then return false end
  redis.call('HSET', P .. 'killswitch', 'engaged', '1', 'reason', reason, 'source', 'automatic', 'since', at)
  return true
end

-- After a fill or a mark: moves the peak up, stores the drawdown level and reports any change of level;
-- crossing into critical engages the kill switch when engage is '1'.
local function afterChange(acc, engage, at)
  local equity = equityOf(acc)
  local peak = math.max(acc.peak, equity)
  if peak > acc.peak then redis.call('HSET', P .. 'account', 'peak', str(peak)) end
  local L = limits()
  local level = 0
  if L then level = ddLevel(L, peak - equity, peak) end
  if level ~= acc.ddLevel then redis.call('HSET', P .. 'account', 'ddLevel', level) end
  local drawdown = 0
  if peak > 0 then drawdown = ratio6(peak - equity, peak) end
  local engaged = false
  if level == 2 and acc.ddLevel < 2 and engage == '1' then
    engaged = engageKillSwitch('max_drawdown crossed its maximum ' .. L.maxDrawdown, at)
  end
  return { level = level, previous = acc.ddLevel, equity = str(equity), peak = str(peak), drawdown = str(drawdown),
           engaged = engaged }
end
