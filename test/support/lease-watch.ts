// Tells a worker whose event loop is blocked when its job has been taken over by another worker.
// The blocked thread cannot run a query, so a helper thread does: the blocked thread writes the
// job's fence into shared memory and waits on it (Atomics.wait); the helper asks the job ledger
// (the real port, on SQLite or PostgreSQL) every 50 ms whether that fence is still current, and
// wakes the blocked thread once it is not. Used by queue-worker-process.ts.
import { setTimeout as delay } from 'node:timers/promises';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { isMatomeError } from '../../src/domain/errors.ts';
import { openJobLedger } from '../../src/store/open-store.ts';

// Shared cell: [state, lease, key length] as Int32, then the key's UTF-8 bytes.
const IDLE = 0;
const ASKED = 1;
const TAKEN_OVER = 2;
const KEY_BYTES = 1024;

export interface LeaseWatch {
  /** Blocks the calling thread until `fence` is stale in the store, or `maxMs` passes; true when taken over. */
  blockUntilTakenOver(fence: { key: string; lease: number }, maxMs: number): boolean;
  close(): Promise<void>;
}

/** Starts the helper thread on the store at `store` (a SQLite path or a PostgreSQL URL). */
export function startLeaseWatch(store: string): LeaseWatch {
  const cell = new SharedArrayBuffer(12 + KEY_BYTES);
  const words = new Int32Array(cell, 0, 3);
  const bytes = new Uint8Array(cell, 12, KEY_BYTES);
  const thread = new Worker(new URL(import.meta.url), { workerData: { store, cell } });
  thread.unref();
  return {
    blockUntilTakenOver(fence, maxMs) {
      const key = new TextEncoder().encode(fence.key);
      if (key.length > KEY_BYTES) throw new Error(`lease-watch: job key longer than ${KEY_BYTES} bytes`);
      bytes.fill(0);
      bytes.set(key);
      Atomics.store(words, 1, fence.lease);
      Atomics.store(words, 2, key.length);
      Atomics.store(words, 0, ASKED);
      const until = Date.now() + maxMs;
      while (Atomics.load(words, 0) === ASKED && Date.now() < until) {
        Atomics.wait(words, 0, ASKED, Math.max(1, until - Date.now()));
      }
      const takenOver = Atomics.load(words, 0) === TAKEN_OVER;
      Atomics.store(words, 0, IDLE);
      return takenOver;
    },
    async close() {
      await thread.terminate();
    },
  };
}

if (!isMainThread) {
  const { store, cell } = workerData as { store: string; cell: SharedArrayBuffer };
  const words = new Int32Array(cell, 0, 3);
  const bytes = new Uint8Array(cell, 12, KEY_BYTES);
  const ledger = await openJobLedger(store);
  for (;;) {
    await delay(50);
    if (Atomics.load(words, 0) !== ASKED) continue;
    const key = new TextDecoder().decode(bytes.slice(0, Atomics.load(words, 2)));
    try {
      await ledger.assertCurrent({ key, lease: Atomics.load(words, 1) });
    } catch (error) {
      if (!isMatomeError(error) || error.code !== 'CONFLICT') throw error;
      Atomics.compareExchange(words, 0, ASKED, TAKEN_OVER);
      Atomics.notify(words, 0);
    }
  }
}
