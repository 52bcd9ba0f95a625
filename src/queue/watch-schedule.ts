import { setTimeout as delay } from 'node:timers/promises';
import type { LeaderLock } from './leader-lock.ts';
import type { JobQueues, WatchPayload } from './queues.ts';

/** The one job scheduler of watch rounds (BullMQ upsertJobScheduler id). */
export const WATCH_SCHEDULER_ID = 'matome-watch-rounds';
/** The effect the leader's fencing token guards (leader-lock.ts fence). */
const SCHEDULE_EFFECT = 'watch-schedule';

/** What one turn of the leader's loop found. */
export interface ScheduleTurn {
  /** This instance leads (holds the lock), with this fencing token. */
  token?: number;
  /** It upserted the scheduler in this turn (first turn as leader). */
  upserted: boolean;
}

/**
 * `matome watch --redis`: keeps one job scheduler of watch rounds (every `everyMs`, the feeds and
 * pacing as payload) while `signal` is not aborted, upserted by one leader only. Every instance
 * tries for the lock every third of its lifetime; the one that holds it upserts the scheduler once
 * per token, and only if its token is still current and no newer one was used for the schedule (a
 * leader paused past its lock's expiry, then woken, is refused). When the leader stops it removes
 * the scheduler and gives up the lock, so another instance takes over at its next try. The check and
 * BullMQ's upsert are two steps: a leader paused between them could still upsert once after losing
 * the lock; the upsert names the same scheduler id with the same settings, so no second schedule
 * comes of it. `onTurn` is told of each turn (for messages and tests).
 */
export async function leadWatchSchedule(options: {
  queues: JobQueues;
  lock: LeaderLock;
  everyMs: number;
  payload: WatchPayload;
  ttlMs: number;
  signal: AbortSignal;
  onTurn?: (turn: ScheduleTurn) => void;
}): Promise<void> {
  const { queues, lock, signal } = options;
  let upsertedWith: number | undefined;
  let held: number | undefined;
  try {
    while (!signal.aborted) {
      held = await lock.acquire();
      let upserted = false;
      if (held !== undefined && held !== upsertedWith && (await lock.fence(held, SCHEDULE_EFFECT))) {
        await queues
          .queue('watch')
          .upsertJobScheduler(
            WATCH_SCHEDULER_ID,
            { every: options.everyMs },
            { name: 'watch', data: options.payload },
          );
        upsertedWith = held;
        upserted = true;
      }
      options.onTurn?.({ ...(held === undefined ? {} : { token: held }), upserted });
      await delay(Math.max(50, Math.floor(options.ttlMs / 3)), undefined, { signal }).catch(() => {});
    }
  } finally {
    if (held !== undefined && (await lock.fence(held, SCHEDULE_EFFECT))) {
      await queues.queue('watch').removeJobScheduler(WATCH_SCHEDULER_ID);
      await lock.release(held);
    }
  }
}
