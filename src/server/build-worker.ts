import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { isMatomeError, MatomeError, type MatomeErrorCode } from '../domain/errors.ts';
import { createOfflineEngine } from '../engines/offline/compose-offline-article.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createHostScheduler } from '../fetch/host-scheduler.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import type { ProgressEvent } from '../pipeline/build-article.ts';
import { openStore } from '../store/open-store.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import {
  type BuildOutcome,
  type BuildRequest,
  type BuildRunner,
  buildAndSave,
  type EngineRequest,
} from './build-jobs.ts';

/** The product token robots.txt groups are matched against (as the CLI's). */
interface WorkerSetup {
  storePath: string;
  allowHosts: string[];
  /** The server's environment (model, address, credentials) for jobs that ask for the llm engine. */
  env?: Record<string, string | undefined>;
}

type ToWorker = { id: number; inputs: string[]; feed: BuildRequest['feed']; engine?: EngineRequest };
type FromWorker =
  | { id: number; type: 'progress'; progress: ProgressEvent }
  | { id: number; type: 'done'; outcome: BuildOutcome }
  | { id: number; type: 'failed'; error: { code: string; message: string; hint?: string } };

/**
 * A runner that builds in one worker thread, so composing and verifying an article (CPU work)
 * never holds up the server's requests. The worker opens its own connection to the same SQLite
 * file (WAL: readers and the writer do not block each other), loads the tokenizer once, and has
 * the one guarded fetch, robots policy and host scheduler every build shares.
 */
export function createWorkerRunner(setup: WorkerSetup): { runner: BuildRunner; close: () => Promise<void> } {
  const worker = new Worker(new URL(import.meta.url), { workerData: setup satisfies WorkerSetup });
  worker.unref();
  let next = 0;
  const pending = new Map<
    number,
    {
      resolve: (outcome: BuildOutcome) => void;
      reject: (error: unknown) => void;
      onProgress: (p: ProgressEvent) => void;
    }
  >();
  worker.on('message', (message: FromWorker) => {
    const waiting = pending.get(message.id);
    if (waiting === undefined) return;
    if (message.type === 'progress') waiting.onProgress(message.progress);
    else {
      pending.delete(message.id);
      if (message.type === 'done') waiting.resolve(message.outcome);
      else
        waiting.reject(
          new MatomeError(message.error.code as MatomeErrorCode, message.error.message, {
            ...(message.error.hint === undefined ? {} : { hint: message.error.hint }),
          }),
        );
    }
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  return {
    runner: (inputs, feed, onProgress, engine) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve, reject, onProgress });
        worker.postMessage({
          id,
          inputs,
          feed,
          ...(engine === undefined ? {} : { engine }),
        } satisfies ToWorker);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

async function serveBuilds(port: NonNullable<typeof parentPort>, setup: WorkerSetup): Promise<void> {
  const store = await openStore(setup.storePath);
  const tokenizer = await createTokenizer();
  const fetch = createGuardedFetch({ allowHosts: setup.allowHosts });
  const deps = {
    store,
    tokenizer,
    engine: createOfflineEngine(),
    ...(setup.env === undefined ? {} : { env: setup.env }),
    access: {
      fetch,
      robots: createRobotsPolicy({ fetch }),
      scheduler: createHostScheduler(),
    },
  };
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    queue = queue.then(async () => {
      const post = (reply: FromWorker) => port.postMessage(reply);
      try {
        const outcome = await buildAndSave(
          deps,
          message.inputs,
          message.feed,
          (progress) => post({ id: message.id, type: 'progress', progress }),
          message.engine,
        );
        post({ id: message.id, type: 'done', outcome });
      } catch (error) {
        post({
          id: message.id,
          type: 'failed',
          error: isMatomeError(error)
            ? {
                code: error.code,
                message: error.message,
                ...(error.hint === undefined ? {} : { hint: error.hint }),
              }
            : { code: 'INTERNAL', message: `Build failed: ${(error as Error)?.message ?? String(error)}` },
        });
      }
    });
  });
}

if (
  !isMainThread &&
  parentPort !== null &&
  (workerData as WorkerSetup | undefined)?.storePath !== undefined
) {
  await serveBuilds(parentPort, workerData as WorkerSetup);
}
