/** One step of the re-check schedule: while a story is younger than `untilMs`, check every `everyMs`. */
export interface RecheckStep {
  untilMs: number;
  everyMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Sources of a story are re-read often while it is fresh and less as it ages: every 15 minutes for
 * the first 6 hours, hourly for 2 days, daily for 2 weeks, then weekly.
 */
export const DEFAULT_RECHECK_SCHEDULE: readonly RecheckStep[] = [
  { untilMs: 6 * HOUR, everyMs: 15 * MINUTE },
  { untilMs: 2 * DAY, everyMs: HOUR },
  { untilMs: 14 * DAY, everyMs: DAY },
  { untilMs: Number.POSITIVE_INFINITY, everyMs: 7 * DAY },
];

/** The schedule's steps checked: positive intervals, ages strictly increasing, the last one open-ended. */
export function checkRecheckSchedule(steps: readonly RecheckStep[]): readonly RecheckStep[] {
  if (steps.length === 0) throw new RangeError('re-check schedule: no steps');
  steps.forEach((step, i) => {
    if (!(step.everyMs > 0))
      throw new RangeError(`re-check schedule: step ${i + 1} has no positive interval`);
    const before = steps[i - 1];
    if (before !== undefined && !(step.untilMs > before.untilMs))
      throw new RangeError(`re-check schedule: step ${i + 1} must cover older ages than step ${i}`);
  });
  if (steps.at(-1)?.untilMs !== Number.POSITIVE_INFINITY)
    throw new RangeError('re-check schedule: the last step must have no age limit');
  return steps;
}

/** How long after a check at story age `ageMs` the next check is due. */
export function recheckInterval(
  ageMs: number,
  steps: readonly RecheckStep[] = DEFAULT_RECHECK_SCHEDULE,
): number {
  const step = steps.find((candidate) => ageMs < candidate.untilMs) ?? steps.at(-1);
  if (step === undefined) throw new RangeError('re-check schedule: no steps');
  return step.everyMs;
}
