import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { MatomeError, type MatomeErrorCode } from '../domain/errors.ts';
import type { Verdict } from '../domain/report.ts';
import type { FeedPick, SkippedSource } from '../pipeline/build-and-verify.ts';
import type { ProgressEvent } from '../pipeline/build-article.ts';
import { type BuildPayload, type JobQueues, queueName, redisConnection } from './queues.ts';

/** The desk's build runner shape (server/build-jobs.ts BuildRunner), met by enqueueing. */
export type QueuedBuildRunner = (
  inputs: string[],
  feed: FeedPick | undefined,
  onProgress: (progress: ProgressEvent) => void,
  /**
   * A desk job's own engine options: only its judge (`judge`, `judge-budget`) is carried to the
   * workers; each builds with its own engine.
   */
  engine?: Readonly<Record<string, unknown>>,
) => Promise<{ articleId: number; verdict: Verdict; skipped: SkippedSource[] }>;

const isProgress = (value: unknown): value is ProgressEvent =>
  typeof value === 'object' && value !== null && 'stage' in value && 'done' in value && 'total' in value;

/** A desk request's judge as a build job carries it; a budget not a whole number is refused here. */
function judgeRequest(model: unknown, budget: unknown): BuildPayload['judge'] {
  if (model === undefined) {
    if (budget === undefined) return undefined;
    throw new MatomeError('INVALID_ARGUMENT', 'Invalid arguments: --judge-budget without --judge', {
      hint: 'Add judge (a model), or drop judge-budget.',
    });
  }
  const asked = budget === undefined ? undefined : Number(budget);
  if (asked !== undefined && !(Number.isInteger(asked) && asked >= 0 && asked <= 100_000)) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: --judge-budget ${String(budget)}`, {
      hint: 'Give a whole number from 0 to 100000.',
    });
  }
  return { model: String(model).trim(), ...(asked === undefined ? {} : { budget: asked }) };
}

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
    async runner(inputs, feed, onProgress, engine) {
      const { judge, 'judge-budget': budget, ...others } = engine ?? {};
      if (Object.values(others).some((value) => value !== undefined)) {
        throw new MatomeError(
          'INVALID_ARGUMENT',
          'Not implemented: engine options in a desk build request under matome serve --redis (workers build with their own engine; only judge and judge-budget are carried)',
          {
            hint: 'Leave the engine options out of the request and start the workers with them (matome worker --engine llm --model …), or run matome serve without --redis.',
          },
        );
      }
      const asked = judgeRequest(judge, budget);
      await events.waitUntilReady();
      const key = await queues.add('build', {
        sources: inputs,
        ...(feed === undefined ? {} : { feed }),
        ...(asked === undefined ? {} : { judge: asked }),
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
