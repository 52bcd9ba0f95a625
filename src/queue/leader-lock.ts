import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * One holder at a time across every process that shares the Redis, with a fencing token: the
 * holder's key (`matome:lock:<name>`, value "id token") expires after `ttlMs` unless renewed, and
 * each new holder gets the next number of `matome:lock:<name>:fence` (INCR), so a holder that was
 * paused past its expiry holds an older token than the one after it. `fence` then lets an effect
 * run only for the newest token it has seen.
 */
export interface LeaderLock {
  /** This instance's id (in the lock's value). */
  readonly id: string;
  /** Takes the lock when free (a new token) or renews it when held by this instance (the same token); undefined when another holds it. */
  acquire(): Promise<number | undefined>;
  /**
   * True when this instance holds the lock with `token` and no newer token has been used for
   * `effect`; records `token` as the newest for it. One atomic step (a Lua script).
   */
  fence(token: number, effect: string): Promise<boolean>;
  /** Gives the lock up if this instance holds it with `token`. */
  release(token: number): Promise<void>;
}

const ACQUIRE = `
local holder = redis.call('GET', KEYS[1])
if holder then
  local id, token = string.match(holder, '^(.*) (%d+)$')
  if id == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return tonumber(token)
  end
  return false
end
local token = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. token, 'PX', ARGV[2])
return token
`;

const FENCE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] .. ' ' .. ARGV[2] then return 0 end
local seen = tonumber(redis.call('GET', KEYS[2]) or '0')
if tonumber(ARGV[2]) < seen then return 0 end
redis.call('SET', KEYS[2], ARGV[2])
return 1
`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] .. ' ' .. ARGV[2] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** A lock named `name` on `redis`, held at most `ttlMs` without renewal. */
export function createLeaderLock(
  redis: Pick<Redis, 'eval'>,
  name: string,
  options: { ttlMs: number; prefix?: string; id?: string },
): LeaderLock {
  const { ttlMs } = options;
  if (!(Number.isInteger(ttlMs) && ttlMs >= 100)) {
    throw new RangeError(
      `Invalid leader lock option: ttlMs ${ttlMs} (give a whole number of milliseconds, 100 or more)`,
    );
  }
  const key = `${options.prefix ?? 'matome:lock:'}${name}`;
  const id = options.id ?? randomUUID();
  return {
    id,
    async acquire() {
      const token = await redis.eval(ACQUIRE, 2, key, `${key}:fence`, id, String(ttlMs));
      return token === null ? undefined : Number(token);
    },
    async fence(token, effect) {
      return (await redis.eval(FENCE, 2, key, `${key}:effect:${effect}`, id, String(token))) === 1;
    },
    async release(token) {
      await redis.eval(RELEASE, 1, key, id, String(token));
    },
  };
}
