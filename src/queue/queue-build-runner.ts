import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { MatomeError, type MatomeErrorCode } from '../domain/errors.ts';
import type { Verdict } from '../domain/report.ts';
import type { FeedPick, SkippedSource } from '../pipeline/build-and-verify.ts';
import type { ProgressEvent } from '../pipeline/build-article.ts';
import { type JobQueues, queueName, redisConnection } from './queues.ts';

/** The desk's build runner shape (server/build-jobs.ts BuildRunner), met by enqueueing. */
export type QueuedBuildRunner = (
  inputs: string[],
  feed: FeedPick | undefined,
  onProgress: (progress: ProgressEvent) => void,
) => Promise<{ articleId: number; verdict: Verdict; skipped: SkippedSource[] }>;

const isProgress = (value: unknown): value is ProgressEvent =>
  typeof value === 'object' && value !== null && 'stage' in value && 'done' in value && 'total' in value;

/**
 * A build runner for `matome serve --redis`: each build is added to the build queue (under its
 * content key) and run by whichever `matome worker` takes it; progress and the result come back
 * through BullMQ's queue events. The desk keeps showing jobs as before.
 */
export function createQueueBuildRunner(
  redisUrl: string,
  queues: JobQueues,
  onError: (error: Error) => void,
): { runner: QueuedBuildRunner; close(): Promise<void> } {
  const events = new QueueEvents(queueName('build'), { connection: redisConnection(redisUrl) });
  // The client reconnects by itself; a build waiting on an event sees the outcome when it comes back.
  events.on('error', onError);
  const listeners = new Map<string, Set<(progress: ProgressEvent) => void>>();
  events.on('progress', ({ jobId, data }) => {
    if (!isProgress(data)) return;
    for (const listener of listeners.get(jobId) ?? []) listener(data);
  });
  return {
    async runner(inputs, feed, onProgress) {
      await events.waitUntilReady();
      const key = await queues.add('build', {
        sources: inputs,
        ...(feed === undefined ? {} : { feed }),
        request: randomUUID(),
      });
      const set = listeners.get(key) ?? new Set();
      set.add(onProgress);
      listeners.set(key, set);
      try {
        const job = await queues.queue('build').getJob(key);
        if (job === undefined) throw new Error(`build job ${key} vanished from the queue`);
        const value = (await job.waitUntilFinished(events)) as {
          articleId?: number;
          verdict?: Verdict;
          skipped?: SkippedSource[];
        };
        if (typeof value?.articleId !== 'number' || value.verdict === undefined) {
          throw new MatomeError('INVALID_ARGUMENT', `Build failed: ${key} (the worker returned no article)`, {
            hint: 'Run the same matome version for serve and worker.',
          });
        }
        return { articleId: value.articleId, verdict: value.verdict, skipped: value.skipped ?? [] };
      } catch (error) {
        if (error instanceof MatomeError) throw error;
        // BullMQ gives the failed reason as the message; build jobs fail with "<CODE>: <message>".
        const message = (error as Error).message ?? String(error);
        const code = /^([A-Z_]+): /.exec(message)?.[1];
        if (code === undefined) throw new Error(`Build failed in a worker: ${message}`, { cause: error });
        throw new MatomeError(code as MatomeErrorCode, message.slice(code.length + 2), {
          hint: 'See "matome status --redis URL" for the queue and the worker\'s output.',
        });
      } finally {
        set.delete(onProgress);
        if (set.size === 0) listeners.delete(key);
      }
    },
    close: () => events.close(),
  };
}
