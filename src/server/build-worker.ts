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

export type ToWorker = { id: number; inputs: string[]; feed: BuildRequest['feed']; engine?: EngineRequest };
export type FromWorker =
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
  serveBuildMessages(port, (message, onProgress) =>
    buildAndSave(deps, message.inputs, message.feed, onProgress, message.engine),
  );
}

/** The port side the build queue needs (a worker's parentPort, or a MessagePort in tests). */
export interface BuildPort {
  on(event: 'message', listener: (message: ToWorker) => void): unknown;
  postMessage(reply: FromWorker): void;
}

/**
 * Runs the builds the port asks for one after another and posts each one's progress and outcome.
 * A reply that cannot be posted (its data cannot be cloned, the port is closing) is answered with
 * a `failed` reply naming why, and never breaks the queue: every later build still runs and is
 * answered, where one thrown reply used to leave every later build waiting for ever.
 */
export function serveBuildMessages(
  port: BuildPort,
  build: (message: ToWorker, onProgress: (progress: ProgressEvent) => void) => Promise<BuildOutcome>,
): void {
  let queue = Promise.resolve();
  const failed = (id: number, error: unknown): FromWorker => ({
    id,
    type: 'failed',
    error: isMatomeError(error)
      ? {
          code: error.code,
          message: error.message,
          ...(error.hint === undefined ? {} : { hint: error.hint }),
        }
      : { code: 'INTERNAL', message: `Build failed: ${(error as Error)?.message ?? String(error)}` },
  });
  port.on('message', (message: ToWorker) => {
    queue = queue
      .then(async () => {
        let reply: FromWorker;
        try {
          reply = {
            id: message.id,
            type: 'done',
            outcome: await build(message, (progress) =>
              port.postMessage({ id: message.id, type: 'progress', progress }),
            ),
          };
        } catch (error) {
          reply = failed(message.id, error);
        }
        try {
          port.postMessage(reply);
        } catch (error) {
          port.postMessage({
            id: message.id,
            type: 'failed',
            error: {
              code: 'INTERNAL',
              message: `Build ${message.id} finished (${reply.type}) but its reply could not be sent: ${(error as Error)?.message ?? String(error)}`,
              hint: 'The article, if built, is in the store: list it with GET /api/articles.',
            },
          });
        }
      })
      .catch((error: unknown) => {
        // Not even the failure could be posted: say so here and keep the queue going.
        console.error(`matome build worker: build ${message.id} could not be answered: ${String(error)}`);
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
