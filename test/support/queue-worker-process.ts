// A `matome worker` with a scripted build, for the fault-injection test and the queue bench: the
// queue, the job ledger (fencing, results, token charges) and the publish step are the real ones;
// only composing is scripted: each build charges two model calls of fixed size to the day's budget,
// waits a fixed latency for each (the scripted model), and saves a copy of a template article under
// its own slug. SIGUSR2 makes the next build block its event loop until another worker has taken the job over
// (its lock ran out), at most BLOCK_MS.
// Usage: node test/support/queue-worker-process.ts (settings in the environment, see below; STORE: a
// SQLite path or a PostgreSQL URL; PUBLISH_TARGET: the one target publish jobs may name).
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import type { Article } from '../../src/domain/article.ts';
import { createPublishHandler, publishWhenAsked } from '../../src/queue/job-handlers.ts';
import { createJobQueues } from '../../src/queue/queues.ts';
import { startWorkers } from '../../src/queue/start-workers.ts';
import { openStorePorts } from '../../src/store/open-store.ts';
import { startLeaseWatch } from './lease-watch.ts';

const env = process.env;
const required = (name: string): string => {
  const value = env[name];
  if (value === undefined) throw new Error(`queue-worker-process: set ${name}`);
  return value;
};
const redisUrl = required('REDIS_URL');
const storePath = required('STORE');
const template = JSON.parse(readFileSync(required('ARTICLE_FILE'), 'utf8')) as Article;
const latencyMs = Number(env.LATENCY_MS ?? 5);
const tokensPerCall = Number(env.TOKENS_PER_CALL ?? 100);
const budget = Number(env.BUDGET ?? Number.MAX_SAFE_INTEGER);
const blockMs = Number(env.BLOCK_MS ?? 0);
const day = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);

let blockNext = false;
process.on('SIGUSR2', () => {
  blockNext = true;
});
// Charges in flight in this process. A charge holds the store's one budget lock (on PostgreSQL a
// transaction-scoped advisory lock) until it commits; an event loop blocked in the middle of another
// job's charge would hold it for the whole block, every other worker's charge would wait on it, and
// no worker would have a free slot to take the blocked job over until the server ended the blocked
// session (idle_in_transaction_session_timeout, 10 s; test/store-postgres-timeouts.test.ts tests that
// stall). The block waits for none to be in flight, so what it tests is the queue lock running out.
let charging = 0;

const ports = openStorePorts(storePath);
const store = await ports.store();
const ledger = await ports.ledger();
const leaseWatch = startLeaseWatch(storePath);
const queues = createJobQueues(redisUrl);
const workers = startWorkers({
  redisUrl,
  ledger,
  queues,
  concurrency: { build: Number(env.BUILD_CONCURRENCY ?? 4), publish: Number(env.PUBLISH_CONCURRENCY ?? 4) },
  lockDurationMs: Number(env.LOCK_MS ?? 30_000),
  stalledIntervalMs: Number(env.STALLED_MS ?? 30_000),
  maxStalledCount: 1000,
  onError: (error) => process.stderr.write(`worker error: ${error.message}\n`),
  handlers: {
    build: {
      async run(payload, context) {
        const name = payload.sources[0] ?? 'unnamed';
        for (const call of ['frame', 'section']) {
          if (blockNext && call === 'section') {
            blockNext = false;
            while (charging > 0) await delay(1);
            process.stdout.write(`blocking ${context.fence.key}\n`);
            // The event loop stays blocked (the lock is not renewed) until another worker has taken
            // the job over — a later lease in the store, asked by a helper thread — or BLOCK_MS passes.
            const takenOver = leaseWatch.blockUntilTakenOver(context.fence, blockMs);
            process.stdout.write(
              `unblocked ${context.fence.key} ${takenOver ? 'taken over' : 'not taken over'}\n`,
            );
          }
          charging += 1;
          try {
            await context.ledger.charge(
              context.fence,
              { call, model: 'scripted', inputTokens: tokensPerCall / 2, outputTokens: tokensPerCall / 2 },
              { since: day, maxTokens: budget },
            );
          } finally {
            charging -= 1;
          }
          await delay(latencyMs);
        }
        return {
          result: { verdict: 'pass', skipped: [] },
          article: {
            slug: `scripted-${name.replace(/[^a-z0-9-]/gi, '-')}`,
            article: template,
            snapshotIds: [],
          },
        };
      },
      after: publishWhenAsked,
    },
    publish: createPublishHandler(store, { targets: [required('PUBLISH_TARGET')] }),
  },
});
await Promise.all(workers.workers.map((worker) => worker.waitUntilReady()));
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void workers.close().then(async () => {
    await queues.close();
    await ledger.close();
    await store.close();
    await leaseWatch.close();
    process.exit(0);
  });
});
