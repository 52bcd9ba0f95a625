import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './guard-retry.ts';

const options = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
const now = new Date('2025-03-01T09:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds as milliseconds', () => {
    assert.equal(parseRetryAfter('2', now), 2000);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
  });

  it('reads an HTTP date as the time left until it, and a past date as no wait', () => {
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 09:00:03 GMT', now), 3000);
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 08:59:00 GMT', now), 0);
  });

  it('ignores a missing or unreadable header', () => {
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter('-5', now), undefined);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base delay, with half of each wait random', () => {
    assert.deepEqual(
      [1, 2, 3].map((attempt) => backoffDelay(attempt, options, () => 0)),
      [50, 100, 200],
    );
    assert.deepEqual(
      [1, 2, 3].map((attempt) => backoffDelay(attempt, options, () => 1)),
      [100, 200, 400],
    );
  });

  it('never waits longer than maxDelayMs', () => {
    assert.equal(
      backoffDelay(10, options, () => 1),
      1000,
    );
    assert.equal(
      backoffDelay(10, options, () => 0),
      500,
    );
  });
});

describe('isRetryableStatus', () => {
  it('retries rate limiting and server errors, never other client errors', () => {
    assert.deepEqual(
      [200, 301, 400, 403, 404, 410, 429, 500, 502, 503, 504].filter(isRetryableStatus),
      [429, 500, 502, 503, 504],
    );
  });
});
