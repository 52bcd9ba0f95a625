import { setTimeout as delay } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { HostScheduler } from '../fetch/host-scheduler.ts';

/**
 * Per-host politeness across every worker that shares the Redis: a request to a host may start
 * only when it wins `SET matome:host:<host> NX PX minIntervalMs`, so two starts against one host,
 * from any process on any machine, are at least `minIntervalMs` apart. A loser waits out the key's
 * remaining time and tries again. (The in-process scheduler, fetch/host-scheduler.ts, does the same
 * for one process; this one has the same port.)
 */
export function createRedisHostScheduler(
  redis: Pick<Redis, 'set' | 'pttl'>,
  options: { minIntervalMs?: number; prefix?: string } = {},
): HostScheduler {
  const minIntervalMs = options.minIntervalMs ?? 1000;
  const prefix = options.prefix ?? 'matome:host:';
  if (!(Number.isInteger(minIntervalMs) && minIntervalMs >= 1)) {
    throw new RangeError(
      `Invalid host scheduler option: minIntervalMs ${minIntervalMs} (give a whole number of milliseconds, 1 or more)`,
    );
  }
  return {
    async run(url, task) {
      const key = `${prefix}${new URL(url).hostname.toLowerCase()}`;
      for (;;) {
        if ((await redis.set(key, '1', 'PX', minIntervalMs, 'NX')) === 'OK') return task();
        const left = await redis.pttl(key);
        await delay(Math.max(5, Math.min(left, minIntervalMs)));
      }
    },
  };
}
