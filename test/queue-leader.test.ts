// One leader upserts the watch rounds' job scheduler, on a real redis-server: the leader lock's
// fencing tokens, two instances racing for the schedule (one scheduler, not two), and the takeover
// when the leader stops.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { createLeaderLock } from '../src/queue/leader-lock.ts';
import { createJobQueues, type WatchPayload } from '../src/queue/queues.ts';
import { leadWatchSchedule, type ScheduleTurn, WATCH_SCHEDULER_ID } from '../src/queue/watch-schedule.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';

const { skip } = redisAvailable();

const PAYLOAD: WatchPayload = {
  feeds: ['https://news.example/feed.xml'],
  settings: {
    poll: { minMs: 300_000, maxMs: 7_200_000 },
    recheck: [{ untilMs: null, everyMs: 3_600_000 }],
    minSources: 2,
  },
};

describe('the leader lock and the watch schedule', { skip, timeout: 60_000 }, () => {
  let redis: RedisServer;
  const clients: Redis[] = [];
  const client = () => {
    const made = new Redis(redis.url, { maxRetriesPerRequest: null });
    clients.push(made);
    return made;
  };
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    for (const made of clients) made.disconnect();
    await redis?.stop();
  });

  it('gives the lock to one of two racing instances, and a higher fencing token to the next holder', async () => {
    const one = createLeaderLock(client(), 'race', { ttlMs: 2000 });
    const two = createLeaderLock(client(), 'race', { ttlMs: 2000 });
    const [a, b] = await Promise.all([one.acquire(), two.acquire()]);
    assert.equal([a, b].filter((token) => token !== undefined).length, 1, `tokens ${a} and ${b}`);
    const [holder, other] = a !== undefined ? [one, two] : [two, one];
    const first = (a ?? b) as number;
    assert.equal(await holder.acquire(), first, 'renewing keeps the token');
    assert.equal(await other.acquire(), undefined);
    assert.equal(await holder.fence(first, 'effect'), true);
    // The holder stops renewing (paused past the expiry): the other takes the next token.
    await delay(2500);
    const second = await other.acquire();
    assert.equal(second, first + 1);
    // The old holder, woken, can neither act nor take the lock back.
    assert.equal(await holder.fence(first, 'effect'), false);
    assert.equal(await holder.acquire(), undefined);
    assert.equal(await other.fence(second as number, 'effect'), true);
    // Releasing under a stale token does nothing; under the current one frees the lock.
    await holder.release(first);
    assert.equal(await holder.acquire(), undefined);
    await other.release(second as number);
    assert.equal(await holder.acquire(), first + 2);
  });

  it('has two watch instances racing upsert one job scheduler, and the other take over when the leader stops', async () => {
    const queues = [createJobQueues(redis.url), createJobQueues(redis.url)];
    const stops = [new AbortController(), new AbortController()];
    const turns: ScheduleTurn[][] = [[], []];
    const running = [0, 1].map((n) =>
      leadWatchSchedule({
        queues: queues[n] as (typeof queues)[0],
        lock: createLeaderLock(client(), 'watch-schedule', { ttlMs: 3000 }),
        everyMs: 60_000,
        payload: PAYLOAD,
        ttlMs: 3000,
        signal: (stops[n] as AbortController).signal,
        onTurn: (turn) => turns[n]?.push(turn),
      }),
    );
    await delay(1000);
    const watch = (queues[0] as (typeof queues)[0]).queue('watch');
    const schedulers = await watch.getJobSchedulers();
    assert.deepEqual(
      schedulers.map((scheduler) => scheduler.key),
      [WATCH_SCHEDULER_ID],
    );
    const upserts = turns.map((list) => list.filter((turn) => turn.upserted).length);
    assert.deepEqual([...upserts].sort(), [0, 1], `upserts per instance: ${upserts}`);
    const leader = upserts[0] === 1 ? 0 : 1;
    const follower = 1 - leader;
    assert.ok(turns[follower]?.every((turn) => turn.token === undefined));
    // One delayed round waits for its time, not two.
    const counts = await watch.getJobCounts('delayed', 'waiting');
    assert.equal((counts.delayed ?? 0) + (counts.waiting ?? 0), 1);

    // The leader stops: it removes the schedule and frees the lock; the follower upserts it again.
    stops[leader]?.abort();
    await running[leader];
    for (let tries = 0; !turns[follower]?.some((turn) => turn.upserted); tries++) {
      assert.ok(tries < 200, 'the follower never took over');
      await delay(50);
    }
    const taken = turns[follower]?.find((turn) => turn.upserted);
    const led = turns[leader]?.find((turn) => turn.upserted);
    assert.ok((taken?.token ?? 0) > (led?.token ?? 0), 'the new leader has a higher fencing token');
    assert.equal((await watch.getJobSchedulers()).length, 1);
    stops[follower]?.abort();
    await running[follower];
    assert.equal((await watch.getJobSchedulers()).length, 0);
    for (const made of queues) await made.close();
  });
});
