import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRecheckSchedule, DEFAULT_RECHECK_SCHEDULE, recheckInterval } from './recheck-schedule.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('recheckInterval', () => {
  it('re-reads a story every 15 minutes for 6 hours, hourly for 2 days, daily for 2 weeks, then weekly', () => {
    assert.equal(recheckInterval(0), 15 * MINUTE);
    assert.equal(recheckInterval(6 * HOUR - 1), 15 * MINUTE);
    assert.equal(recheckInterval(6 * HOUR), HOUR);
    assert.equal(recheckInterval(47 * HOUR), HOUR);
    assert.equal(recheckInterval(2 * DAY), DAY);
    assert.equal(recheckInterval(13 * DAY), DAY);
    assert.equal(recheckInterval(14 * DAY), 7 * DAY);
    assert.equal(recheckInterval(400 * DAY), 7 * DAY);
  });

  it('follows a schedule it is given', () => {
    const steps = checkRecheckSchedule([
      { untilMs: HOUR, everyMs: MINUTE },
      { untilMs: Number.POSITIVE_INFINITY, everyMs: DAY },
    ]);
    assert.equal(recheckInterval(30 * MINUTE, steps), MINUTE);
    assert.equal(recheckInterval(2 * HOUR, steps), DAY);
  });

  it('refuses schedules with no open-ended last step, ages out of order or no interval', () => {
    assert.throws(
      () => checkRecheckSchedule([{ untilMs: HOUR, everyMs: MINUTE }]),
      /last step must have no age limit/,
    );
    assert.throws(
      () =>
        checkRecheckSchedule([
          { untilMs: DAY, everyMs: MINUTE },
          { untilMs: HOUR, everyMs: HOUR },
          { untilMs: Number.POSITIVE_INFINITY, everyMs: DAY },
        ]),
      /step 2 must cover older ages/,
    );
    assert.throws(
      () => checkRecheckSchedule([{ untilMs: Number.POSITIVE_INFINITY, everyMs: 0 }]),
      /no positive interval/,
    );
    assert.equal(checkRecheckSchedule(DEFAULT_RECHECK_SCHEDULE), DEFAULT_RECHECK_SCHEDULE);
  });
});
