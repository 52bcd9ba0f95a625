import type { JobLedgerCounts } from '../store/job-ledger.ts';
import { JOB_KINDS, type JobKind, type JobQueues } from './queues.ts';

/** A failed job as `matome status` shows it. */
export interface FailedJob {
  id: string;
  reason: string;
  attempts: number;
  failedAt?: string;
}

/** One queue's state. */
export interface KindStatus {
  /** Waiting to run (including delayed retries). */
  depth: number;
  running: number;
  completed: number;
  failed: number;
  /** Jobs (kept ones) that ran more than once: retried after an error, or handed on after a stall. */
  retried: number;
  /** The most recent failures with their reasons (at most `failedShown`). */
  recentFailures: FailedJob[];
}

export interface QueueStatus {
  kinds: Record<JobKind, KindStatus>;
  /** What the store recorded (job results by kind, leases taken again), when a ledger was given. */
  store?: JobLedgerCounts;
}

/** Reads depth, running, failed (with reasons) and retried for every queue. */
export async function readQueueStatus(
  queues: JobQueues,
  options: { ledger?: { counts(): Promise<JobLedgerCounts> }; failedShown?: number; scanned?: number } = {},
): Promise<QueueStatus> {
  const failedShown = options.failedShown ?? 10;
  const scanned = options.scanned ?? 1000;
  const kinds = {} as Record<JobKind, KindStatus>;
  for (const kind of JOB_KINDS) {
    const queue = queues.queue(kind);
    const counts = await queue.getJobCounts(
      'waiting',
      'delayed',
      'prioritized',
      'active',
      'completed',
      'failed',
    );
    const failed = await queue.getFailed(0, failedShown - 1);
    const seen = await queue.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed'], 0, scanned - 1);
    kinds[kind] = {
      depth: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      running: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      retried: seen.filter(
        (job) => job !== undefined && (job.attemptsStarted > 1 || (job.stalledCounter ?? 0) > 0),
      ).length,
      recentFailures: failed
        .filter((job) => job !== undefined)
        .map((job) => ({
          id: String(job.id),
          reason: job.failedReason,
          attempts: Math.max(job.attemptsMade, job.attemptsStarted),
          ...(job.finishedOn === undefined ? {} : { failedAt: new Date(job.finishedOn).toISOString() }),
        })),
    };
  }
  return { kinds, ...(options.ledger === undefined ? {} : { store: await options.ledger.counts() }) };
}
