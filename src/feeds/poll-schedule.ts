/** How often a feed is polled: the interval doubles while a feed is quiet and resets when it has news. */
export interface PollSchedule {
  /** The interval after a poll that found new items, and the first one. */
  minMs: number;
  /** The interval never grows past this. */
  maxMs: number;
}

/** Every 5 minutes while a feed has news, backing off to every 2 hours when it is quiet. */
export const DEFAULT_POLL_SCHEDULE: PollSchedule = { minMs: 5 * 60_000, maxMs: 2 * 60 * 60_000 };

/**
 * The wait before the next poll of a feed: `minMs` after a poll that found new items (or the
 * first poll), twice the previous interval after one that found none, never above `maxMs`.
 */
export function nextPollInterval(
  previousMs: number | undefined,
  newItems: number,
  schedule: PollSchedule = DEFAULT_POLL_SCHEDULE,
): number {
  if (!(schedule.minMs > 0) || !(schedule.maxMs >= schedule.minMs)) {
    throw new RangeError(
      `poll schedule: min ${schedule.minMs} ms and max ${schedule.maxMs} ms (min must be positive and max at least min)`,
    );
  }
  if (newItems > 0 || previousMs === undefined) return schedule.minMs;
  return Math.min(schedule.maxMs, Math.max(schedule.minMs, previousMs * 2));
}
