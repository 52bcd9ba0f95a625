// A worker process running a watch round's stage jobs (fetch, extract, cluster, build, recheck) with
// the real handlers, the offline engine and a guarded fetch allowed on loopback, for the test that
// SIGKILLs workers mid-job (test/queue-stages.test.ts). With PAUSE_KIND set, the first job of that
// kind stops after its writes, before its result is recorded, and prints `effects done KEY`: the
// moment the test kills the process (its job then runs again in the next worker).
// Settings in the environment: REDIS_URL, STORE (a SQLite path or PostgreSQL URL), PAUSE_KIND,
// LOCK_MS and STALLED_MS (short, so a killed worker's job is taken over quickly).
import { createOfflineEngine } from '../../src/engines/offline/compose-offline-article.ts';
import { createGuardedFetch } from '../../src/fetch/guarded-fetch.ts';
import { createBuildHandler } from '../../src/queue/job-handlers.ts';
import { createJobQueues, type JobKind } from '../../src/queue/queues.ts';
import {
  createClusterHandler,
  createExtractHandler,
  createFetchHandler,
  createRecheckHandler,
} from '../../src/queue/stage-handlers.ts';
import { type JobHandler, type JobHandlers, startWorkers } from '../../src/queue/start-workers.ts';
import { openStorePorts } from '../../src/store/open-store.ts';
import { createTokenizer } from '../../src/text/tokenizer.ts';

const env = process.env;
const required = (name: string): string => {
  const value = env[name];
  if (value === undefined) throw new Error(`stage-worker-process: set ${name}`);
  return value;
};
const redisUrl = required('REDIS_URL');
const pauseKind = env.PAUSE_KIND;
let paused = false;

/** The handler, except that the first job of PAUSE_KIND waits forever after its writes. */
function pausing<K extends JobKind>(kind: K, handler: JobHandler<K>): JobHandler<K> {
  if (kind !== pauseKind) return handler;
  return {
    ...handler,
    async run(payload, context) {
      const done = await handler.run(payload, context);
      if (!paused) {
        paused = true;
        process.stdout.write(`effects done ${context.fence.key}\n`);
        await new Promise(() => {});
      }
      return done;
    },
  };
}

const ports = openStorePorts(required('STORE'));
const store = await ports.store();
const stories = await ports.stories();
const ledger = await ports.ledger();
const queues = createJobQueues(redisUrl);
const tokenizer = await createTokenizer();
const engine = createOfflineEngine();
const access = { fetch: createGuardedFetch({ allowHosts: ['127.0.0.1'] }) };
const handlers: JobHandlers = {
  fetch: pausing('fetch', createFetchHandler({ store, stories, access })),
  extract: pausing('extract', createExtractHandler({ store, stories })),
  cluster: pausing('cluster', createClusterHandler({ stories, tokenizer })),
  build: pausing('build', createBuildHandler({ store, stories, tokenizer, engine, access })),
  recheck: pausing('recheck', createRecheckHandler({ store, stories, tokenizer, engine, access })),
};
const workers = startWorkers({
  redisUrl,
  ledger,
  queues,
  handlers,
  lockDurationMs: Number(env.LOCK_MS ?? 30_000),
  stalledIntervalMs: Number(env.STALLED_MS ?? 30_000),
  maxStalledCount: 100,
  onError: (error) => process.stderr.write(`worker error: ${error.message}\n`),
});
for (const worker of workers.workers) {
  worker.on('completed', (job) => process.stdout.write(`done ${job.id}\n`));
  worker.on('failed', (job, error) => process.stdout.write(`failed ${job?.id}: ${error.message}\n`));
}
await Promise.all(workers.workers.map((worker) => worker.waitUntilReady()));
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void workers.close().then(async () => {
    await queues.close();
    await ledger.close();
    await stories.close();
    await store.close();
    process.exit(0);
  });
});
