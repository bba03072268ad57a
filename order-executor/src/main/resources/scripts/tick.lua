-- Marks a symbol at a tick's price and returns the resting orders the tick may cross.
-- KEYS: 1 marks, 2 buy book, 3 sell book; ARGV: 1 symbol, 2 mark price, 3 lowest buy limit crossed (the ask),
--       4 highest sell limit crossed (the bid)
-- Returns the ids of buy candidates followed by '|' and the ids of sell candidates.
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
local result = redis.call('ZRANGEBYSCORE', KEYS[2], ARGV[3], '+inf')
table.insert(result, '|')
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', ARGV[4])) do
  table.insert(result, id)
end
return result
