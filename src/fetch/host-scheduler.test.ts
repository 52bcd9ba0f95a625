import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMatomeError } from '../domain/errors.ts';
import { createHostScheduler } from './host-scheduler.ts';

/**
 * A virtual clock: `sleep` registers a timer and `runUntilIdle` fires timers in time order, letting
 * promise callbacks settle between them. No real time passes, so the schedule is exact.
 */
function createVirtualClock() {
  let time = 0;
  let order = 0;
  const timers: { at: number; order: number; wake: () => void }[] = [];
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => time,
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        timers.push({ at: time + ms, order: order++, wake });
      }),
    async runUntilIdle(): Promise<void> {
      await settle();
      while (timers.length > 0) {
        timers.sort((a, b) => a.at - b.at || a.order - b.order);
        const next = timers.shift();
        if (!next) break;
        time = Math.max(time, next.at);
        next.wake();
        await settle();
      }
    },
  };
}

/** Runs tasks of `durationMs` virtual time through a scheduler, recording starts and peak concurrency. */
function harness(options: { maxConcurrentPerHost?: number; minIntervalMs?: number }) {
  const clock = createVirtualClock();
  const scheduler = createHostScheduler({ ...options, now: clock.now, sleep: clock.sleep });
  const starts: string[] = [];
  const running = new Map<string, number>();
  const peak = new Map<string, number>();
  const task = (url: string, label: string, durationMs: number, fail = false) =>
    scheduler.run(url, async () => {
      const host = new URL(url).hostname;
      starts.push(`${label}@${clock.now()}`);
      running.set(host, (running.get(host) ?? 0) + 1);
      peak.set(host, Math.max(peak.get(host) ?? 0, running.get(host) ?? 0));
      await clock.sleep(durationMs);
      running.set(host, (running.get(host) ?? 0) - 1);
      if (fail) throw new Error(`${label} failed`);
      return label;
    });
  return { clock, scheduler, starts, peak, task };
}

describe('createHostScheduler', () => {
  it('spaces starts on one host by minIntervalMs and never runs more than the limit at once', async () => {
    const { clock, starts, peak, task } = harness({ maxConcurrentPerHost: 2, minIntervalMs: 1000 });
    const results = ['a', 'b', 'c', 'd', 'e'].map((label) =>
      task(`https://news.example/${label}`, label, 5000),
    );
    await clock.runUntilIdle();
    assert.deepEqual(await Promise.all(results), ['a', 'b', 'c', 'd', 'e']);
    // a and b take both slots a second apart; c waits for a to finish at 5000, d for b at 6000,
    // e for c at 10000 — each also at least 1000 after the previous start.
    assert.deepEqual(starts, ['a@0', 'b@1000', 'c@5000', 'd@6000', 'e@10000']);
    assert.equal(peak.get('news.example'), 2);
  });

  it('waits the interval even when slots are free', async () => {
    const { clock, starts, task } = harness({ maxConcurrentPerHost: 4, minIntervalMs: 1000 });
    const results = ['a', 'b', 'c'].map((label) => task(`https://news.example/${label}`, label, 10));
    await clock.runUntilIdle();
    await Promise.all(results);
    assert.deepEqual(starts, ['a@0', 'b@1000', 'c@2000']);
  });

  it('does not make different hosts wait for each other, but treats ports of one host as one', async () => {
    const { clock, starts, task } = harness({ maxConcurrentPerHost: 1, minIntervalMs: 1000 });
    const results = [
      task('https://a.example/1', 'a1', 3000),
      task('https://b.example/1', 'b1', 3000),
      task('https://a.example:8443/2', 'a2', 3000),
      task('http://B.EXAMPLE/2', 'b2', 3000),
    ];
    await clock.runUntilIdle();
    await Promise.all(results);
    assert.deepEqual(starts, ['a1@0', 'b1@0', 'a2@3000', 'b2@3000']);
  });

  it('frees the slot of a failing task and passes its error to the caller', async () => {
    const { clock, starts, task } = harness({ maxConcurrentPerHost: 1, minIntervalMs: 0 });
    const failing = task('https://news.example/a', 'a', 100, true);
    const next = task('https://news.example/b', 'b', 100);
    const outcome = assert.rejects(failing, /a failed/);
    await clock.runUntilIdle();
    await outcome;
    assert.equal(await next, 'b');
    assert.deepEqual(starts, ['a@0', 'b@100']);
  });

  it('frees the slot of a task that throws before returning a promise', async () => {
    const { clock, scheduler, starts, task } = harness({ maxConcurrentPerHost: 1, minIntervalMs: 0 });
    const thrown = scheduler.run('https://news.example/x', () => {
      throw new Error('no promise');
    });
    const next = task('https://news.example/b', 'b', 100);
    await assert.rejects(thrown, /no promise/);
    await clock.runUntilIdle();
    assert.equal(await next, 'b');
    assert.deepEqual(starts, ['b@0']);
  });

  it('refuses a URL without a host and options out of range', async () => {
    const isInvalid = (error: unknown) => isMatomeError(error) && error.code === 'INVALID_ARGUMENT';
    await assert.rejects(
      createHostScheduler().run('/news/1', async () => 1),
      isInvalid,
    );
    assert.throws(() => createHostScheduler({ maxConcurrentPerHost: 0 }), isInvalid);
    assert.throws(() => createHostScheduler({ minIntervalMs: -1 }), isInvalid);
  });
});
