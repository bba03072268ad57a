-- Revokes an API key atomically: drops it from the id index and marks its record revoked, kept as a
-- tombstone for ARGV[4] seconds so a revoked key is told apart from an unknown one.
-- KEYS[1] gw:keys:ids, KEYS[2] gw:keys:<sha256>; ARGV id, sha256, revokedAt, tombstone seconds
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then
  return 0
end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[2], 'revokedAt', ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[4])
return 1
