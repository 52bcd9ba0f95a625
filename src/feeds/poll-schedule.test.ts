import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextPollInterval } from './poll-schedule.ts';

const schedule = { minMs: 60_000, maxMs: 600_000 };

describe('nextPollInterval', () => {
  it('starts at the minimum for a feed never polled', () => {
    assert.equal(nextPollInterval(undefined, 0, schedule), 60_000);
  });

  it('doubles the interval while a feed is quiet, up to the maximum', () => {
    const seen: number[] = [];
    let interval: number | undefined;
    for (let poll = 0; poll < 7; poll++) {
      interval = nextPollInterval(interval, 0, schedule);
      seen.push(interval);
    }
    assert.deepEqual(seen, [60_000, 120_000, 240_000, 480_000, 600_000, 600_000, 600_000]);
  });

  it('goes back to the minimum as soon as a poll finds new items', () => {
    assert.equal(nextPollInterval(480_000, 3, schedule), 60_000);
  });

  it('refuses a schedule whose maximum is below its minimum', () => {
    assert.throws(
      () => nextPollInterval(1000, 0, { minMs: 5000, maxMs: 1000 }),
      /min must be positive and max at least min/,
    );
  });
});
