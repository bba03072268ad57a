-- Merges one-minute candle parts into a symbol's candle sorted set, atomically.
-- KEYS[1]: md:candles:<SYMBOL>:1m (score = candle open time in epoch ms, member = candle JSON)
-- ARGV[1]: how many candles to keep (the newest by open time)
-- ARGV[2..]: per candle part, six values: t (open time, epoch ms), o, h, l, c, v (non-negative decimal strings)
-- A part for a minute already stored is merged into it: the open stays, the close is the part's, highs and
-- lows combine and volumes add, all in exact decimal arithmetic on the strings (Lua numbers are doubles).

local function parts(d)
  local i, f = string.match(d, '^(%d+)%.?(%d*)$')
  if not i then
    error('not a non-negative decimal: ' .. tostring(d))
  end
  return i, f
end

-- Both decimals as digit strings of equal length with the decimal point removed, and the fraction length.
local function aligned(a, b)
  local ai, af = parts(a)
  local bi, bf = parts(b)
  local fl = math.max(#af, #bf)
  af = af .. string.rep('0', fl - #af)
  bf = bf .. string.rep('0', fl - #bf)
  local il = math.max(#ai, #bi)
  ai = string.rep('0', il - #ai) .. ai
  bi = string.rep('0', il - #bi) .. bi
  return ai .. af, bi .. bf, fl
end

local function compare(a, b)
  local x, y = aligned(a, b)
  for k = 1, #x do
    local dx, dy = string.byte(x, k), string.byte(y, k)
    if dx ~= dy then
      return (dx < dy) and -1 or 1
    end
  end
  return 0
end

local function add(a, b)
  local x, y, fl = aligned(a, b)
  local digits, carry = {}, 0
  for k = #x, 1, -1 do
    local s = string.byte(x, k) + string.byte(y, k) - 96 + carry
    if s >= 10 then
      carry = 1
      s = s - 10
    else
      carry = 0
    end
    digits[k] = s
  end
  local text = table.concat(digits)
  if carry == 1 then
    text = '1' .. text
  end
  local whole = (string.gsub(string.sub(text, 1, #text - fl), '^0+', ''))
  if whole == '' then
    whole = '0'
  end
  if fl == 0 then
    return whole
  end
  return whole .. '.' .. string.sub(text, #text - fl + 1)
end

local key = KEYS[1]
local keep = tonumber(ARGV[1])
for n = 2, #ARGV, 6 do
  local t, o, h, l, c, v = ARGV[n], ARGV[n + 1], ARGV[n + 2], ARGV[n + 3], ARGV[n + 4], ARGV[n + 5]
  local existing = redis.call('ZRANGEBYSCORE', key, t, t, 'LIMIT', 0, 1)[1]
  if existing then
    local old = cjson.decode(existing)
    o = old.o
    if compare(old.h, h) > 0 then
      h = old.h
    end
    if compare(old.l, l) < 0 then
      l = old.l
    end
    v = add(old.v, v)
    redis.call('ZREMRANGEBYSCORE', key, t, t)
  end
  redis.call('ZADD', key, t,
    '{"t":' .. t .. ',"o":"' .. o .. '","h":"' .. h .. '","l":"' .. l .. '","c":"' .. c .. '","v":"' .. v .. '"}')
end
redis.call('ZREMRANGEBYRANK', key, 0, -(keep + 1))
return (#ARGV - 1) / 6
