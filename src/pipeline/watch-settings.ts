import { DEFAULT_POLL_SCHEDULE, type PollSchedule } from '../feeds/poll-schedule.ts';
import { DEFAULT_RECHECK_SCHEDULE, type RecheckStep } from '../stories/recheck-schedule.ts';

/** How the watcher paces itself and when a story gets an article. */
export interface WatchSettings {
  /** Feed polling: back off while quiet, reset on news. */
  poll: PollSchedule;
  /** Re-reading a story's sources: often while fresh, less as it ages. */
  recheck: readonly RecheckStep[];
  /** A story gets an article once it has items from this many distinct links (2 by default). */
  minSources: number;
}

export const DEFAULT_WATCH_SETTINGS: WatchSettings = {
  poll: DEFAULT_POLL_SCHEDULE,
  recheck: DEFAULT_RECHECK_SCHEDULE,
  minSources: 2,
};
