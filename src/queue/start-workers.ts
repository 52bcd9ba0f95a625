import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { isMatomeError } from '../domain/errors.ts';
import type { JobFence, JobLedger, JobResult } from '../store/job-ledger.ts';
import type { NewArticle } from '../store/store.ts';
import { jobKey } from './job-key.ts';
import {
  type JobKind,
  type JobQueues,
  type Payloads,
  parsePayload,
  queueName,
  redisConnection,
} from './queues.ts';

/** What a job's handler is given: its fence (every write it makes checks it), the ledger, the queues for follow-up jobs. */
export interface JobContext {
  fence: JobFence;
  ledger: JobLedger;
  queues: JobQueues;
  /** Reports progress (shown by the desk and `matome status`). */
  progress(value: Record<string, unknown>): Promise<void>;
}

/** How one kind of job is done. */
export interface JobHandler<K extends JobKind> {
  /** Does the work; its result (and the article it built) is recorded under the job's fence, once. */
  run(
    payload: Payloads[K],
    context: JobContext,
  ): Promise<{ result: Record<string, unknown>; article?: NewArticle }>;
  /**
   * Runs after the result is recorded, also when an earlier run had recorded it and then died: so
   * follow-up jobs (added under their own content keys, hence once) are never lost.
   */
  after?(payload: Payloads[K], recorded: JobResult, context: Omit<JobContext, 'fence'>): Promise<void>;
}

export type JobHandlers = { [K in JobKind]?: JobHandler<K> };

export interface WorkerOptions {
  redisUrl: string;
  ledger: JobLedger;
  queues: JobQueues;
  handlers: JobHandlers;
  /** Jobs of a kind run at once in this process (DEFAULT_CONCURRENCY unless given). */
  concurrency?: Partial<Record<JobKind, number>>;
  /** How long a job's lock lasts without renewal (BullMQ lockDuration; 30 s by default). */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for (30 s by default). */
  stalledIntervalMs?: number;
  /** How many times a job may stall (its worker died or its lock ran out) before it fails (20 by default). */
  maxStalledCount?: number;
  prefix?: string;
  /** Told of a worker's connection and processing errors (the client retries on its own). */
  onError: (error: Error) => void;
}

// One watch round at a time per worker (rounds only queue jobs, under keys that keep overlapping rounds apart).
// Clustering decides items in the order stored, one batch at a time per process (stage-handlers.ts).
export const DEFAULT_CONCURRENCY: Record<JobKind, number> = {
  fetch: 4,
  extract: 2,
  cluster: 1,
  build: 1,
  recheck: 1,
  verify: 1,
  publish: 4,
  watch: 1,
};

/**
 * Runs every job the same way: the payload is checked, the key must be the payload's content key,
 * a job whose result is already recorded is not done again (its follow-ups are re-added), otherwise
 * a new lease is taken and the handler runs under it. Errors are mapped once: a MatomeError that is
 * not retryable (or LLM_BUDGET: the day's budget does not come back by retrying) fails the job for
 * good with its message as the reason; anything else is retried with backoff.
 */
export async function processJob<K extends JobKind>(
  kind: K,
  job: Pick<Job, 'id' | 'data' | 'updateProgress' | 'repeatJobKey'>,
  handler: JobHandler<K>,
  ledger: JobLedger,
  queues: JobQueues,
): Promise<Record<string, unknown>> {
  try {
    const payload = parsePayload(kind, job.data);
    // A job a scheduler made is one iteration of it, named by BullMQ (the scheduler's id and the
    // iteration's time): its key covers its payload and that name. Any other job is named by its key.
    const scheduled = job.repeatJobKey !== undefined;
    const key = scheduled ? jobKey(kind, { payload, iteration: job.id }) : jobKey(kind, payload);
    if (!scheduled && job.id !== key) {
      throw new UnrecoverableError(
        `Invalid ${kind} job: id ${job.id} (its payload's key is ${key}; add jobs with createJobQueues().add)`,
      );
    }
    const base = { ledger, queues, progress: (value: Record<string, unknown>) => job.updateProgress(value) };
    let recorded = await ledger.resultOf(key);
    if (recorded === undefined) {
      const fence = await ledger.takeLease(key);
      const done = await handler.run(payload, { ...base, fence });
      recorded = (await ledger.finish(fence, kind, done.result, done.article)).result;
    }
    await handler.after?.(payload, recorded, base);
    return {
      ...recorded.result,
      ...(recorded.articleId === undefined ? {} : { articleId: recorded.articleId }),
    };
  } catch (error) {
    if (error instanceof UnrecoverableError) throw error;
    if (
      isMatomeError(error) &&
      (!error.retryable || error.code === 'LLM_BUDGET') &&
      error.code !== 'CONFLICT'
    ) {
      throw new UnrecoverableError(`${error.code}: ${error.message}`);
    }
    throw error;
  }
}

/** Starts one BullMQ worker per kind that has a handler. */
export function startWorkers(options: WorkerOptions): { workers: Worker[]; close(): Promise<void> } {
  const connection = redisConnection(options.redisUrl);
  const workers: Worker[] = [];
  for (const kind of Object.keys(options.handlers) as JobKind[]) {
    const handler = options.handlers[kind] as JobHandler<typeof kind> | undefined;
    if (handler === undefined) continue;
    const worker = new Worker(
      queueName(kind),
      (job) => processJob(kind, job, handler, options.ledger, options.queues),
      {
        connection,
        concurrency: options.concurrency?.[kind] ?? DEFAULT_CONCURRENCY[kind],
        lockDuration: options.lockDurationMs ?? 30_000,
        stalledInterval: options.stalledIntervalMs ?? 30_000,
        maxStalledCount: options.maxStalledCount ?? 20,
        ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
      },
    );
    // Connection errors are retried by the client; without a listener Node would treat them as fatal.
    worker.on('error', options.onError);
    workers.push(worker);
  }
  return {
    workers,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
