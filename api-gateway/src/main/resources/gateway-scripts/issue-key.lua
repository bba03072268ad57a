-- Stores a new API key atomically: its record under gw:keys:<sha256> and its id in the id index.
-- KEYS[1] gw:keys:<sha256>, KEYS[2] gw:keys:ids; ARGV id, name, role, createdAt, sha256
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'name', ARGV[2], 'role', ARGV[3], 'createdAt', ARGV[4])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[5])
return 1
