import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { WatchRun } from './watch-command.ts';

type FromWorker = { type: 'line'; text: string };

/** A watch loop running beside the desk. */
export interface Watching {
  /** Asks the loop to stop after its current step and waits until it has (store closed). */
  close(): Promise<void>;
}

/**
 * Runs `matome watch`'s loop (`runWatchLoop`, the same code) in a worker thread of `matome serve`,
 * so polling, clustering and building never hold up the desk's requests. The worker opens its own
 * connections to the store (SQLite in WAL mode: the desk reads while it writes), and its own
 * tokenizer, guarded fetch, robots policy, host scheduler and engine (the one `run.engineValues`
 * name, as `matome build` makes it, from the environment given). Each line it prints comes to
 * `onLine`; a failure ends the loop with a line saying why, and the desk keeps running.
 */
export function startWatchWorker(
  run: WatchRun,
  onLine: (text: string) => void,
  /** The worker's environment (the engine's model, address and keys): the desk's, by default the process's. */
  env: Readonly<Record<string, string | undefined>> = process.env,
): Watching {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { watchRun: run },
    env: Object.fromEntries(
      Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (message: FromWorker) => onLine(message.text));
  worker.on('error', (error) => onLine(`matome watch: stopped: ${error.message}\n`));
  return {
    async close() {
      worker.postMessage('stop');
      await exited;
    },
  };
}

const setup = workerData as { watchRun?: WatchRun } | undefined;
if (!isMainThread && parentPort !== null && setup?.watchRun !== undefined) {
  const port = parentPort;
  const stopping = new AbortController();
  port.on('message', (message) => {
    if (message === 'stop') stopping.abort();
  });
  const post = (text: string) => port.postMessage({ type: 'line', text } satisfies FromWorker);
  try {
    const { runWatchLoop } = await import('./watch-command.ts');
    await runWatchLoop(
      setup.watchRun,
      { stdout: post, stderr: post, isTty: false },
      { stop: stopping.signal },
    );
  } catch (error) {
    post(`matome watch: stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  port.close();
}
