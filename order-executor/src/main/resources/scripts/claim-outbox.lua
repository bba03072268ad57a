-- Claims events whose confirmation is overdue: pushes their next attempt to a later time and returns them, so
-- that two replicas do not send the same event in the same round.
-- KEYS: 1 outbox due, 2 outbox hash; ARGV: 1 now ms, 2 next attempt ms, 3 max events
-- Returns a flat list of event id, envelope pairs.
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local claimed = {}
for _, id in ipairs(ids) do
  local envelope = redis.call('HGET', KEYS[2], id)
  if envelope then
    redis.call('ZADD', KEYS[1], ARGV[2], id)
    table.insert(claimed, id)
    table.insert(claimed, envelope)
  else
    redis.call('ZREM', KEYS[1], id)
  end
end
return claimed
