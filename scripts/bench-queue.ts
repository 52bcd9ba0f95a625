// The job queue's throughput and overhead: `npm run bench:queue`.
// Articles per minute with 1, 2 and 4 worker processes on one redis-server and one store (SQLite
// file, then one PostgreSQL database shared by the worker processes: --store sqlite|postgres|both),
// each build a scripted one (test/support/queue-worker-process.ts: two model calls charged to the
// day's budget through the job ledger, each answered after a fixed latency, then the article saved
// as the job's result) — so the figures measure the queue and the store, not composing. Then the
// overhead per job: the same scripted build with no latency (BullMQ + the ledger's fenced SQLite
// writes), and BullMQ alone (a processor that does nothing). Needs redis-server (Debian package),
// and postgresql for the PostgreSQL rounds (its server started here, fsync on).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'bullmq';
import { createJobQueues, queueName, redisConnection } from '../src/queue/queues.ts';
import { openJobLedger } from '../src/store/open-store.ts';
import { sampleArticle } from '../test/support/article-factory.ts';
import { type PostgresServer, startPostgres } from '../test/support/postgres.ts';
import { startRedis } from '../test/support/redis.ts';

const { values } = parseArgs({
  options: {
    latency: { type: 'string', default: '200' },
    jobs: { type: 'string', default: '48' },
    'overhead-jobs': { type: 'string', default: '300' },
    store: { type: 'string', default: 'both' },
  },
});
const KINDS = { sqlite: ['sqlite'], postgres: ['postgres'], both: ['sqlite', 'postgres'] } as const;
const kinds = KINDS[values.store as keyof typeof KINDS];
if (kinds === undefined) {
  console.error(`bench-queue: --store ${values.store} is not one of sqlite, postgres, both`);
  process.exit(2);
}
const LATENCY_MS = Number(values.latency);
const JOBS = Number(values.jobs);
const OVERHEAD_JOBS = Number(values['overhead-jobs']);
const WORKER = join(import.meta.dirname, '..', 'test', 'support', 'queue-worker-process.ts');

const dir = mkdtempSync(join(tmpdir(), 'matome-bench-queue-'));
const articleFile = join(dir, 'article.json');
writeFileSync(articleFile, JSON.stringify(sampleArticle()));

/** Runs `jobs` scripted builds on `workers` worker processes (each one build at a time); milliseconds from enqueue to the last done. */
async function run(
  workers: number,
  jobs: number,
  latencyMs: number,
  round: string,
  postgres: PostgresServer | undefined,
): Promise<number> {
  const redis = await startRedis();
  const store = postgres === undefined ? join(dir, `${round}.db`) : await postgres.createDatabase();
  await (await openJobLedger(store)).close();
  const children: ChildProcess[] = [];
  try {
    await Promise.all(
      Array.from({ length: workers }, () => {
        const child = spawn(process.execPath, [WORKER], {
          env: {
            ...process.env,
            REDIS_URL: redis.url,
            STORE: store,
            ARTICLE_FILE: articleFile,
            // Builds here publish nothing; the worker still needs a target to allow.
            PUBLISH_TARGET: 'http://127.0.0.1:9/posts',
            LATENCY_MS: String(latencyMs),
            BUILD_CONCURRENCY: '1',
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        children.push(child);
        return new Promise<void>((ready) => {
          child.stdout?.on('data', (chunk) => {
            if (String(chunk).includes('ready')) ready();
          });
        });
      }),
    );
    const queues = createJobQueues(redis.url);
    const started = performance.now();
    await queues.addMany(
      'build',
      Array.from({ length: jobs }, (_, n) => ({ sources: [`${round}-story-${n}`] })),
    );
    for (;;) {
      const counts = await queues.queue('build').getJobCounts('completed', 'failed');
      if ((counts.completed ?? 0) + (counts.failed ?? 0) >= jobs) break;
      await new Promise((wait) => setTimeout(wait, 20));
    }
    const elapsed = performance.now() - started;
    await queues.close();
    return elapsed;
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await redis.stop();
  }
}

/** BullMQ alone: milliseconds per job for a processor that does nothing, one at a time. */
async function bullmqAlone(jobs: number): Promise<number> {
  const redis = await startRedis();
  try {
    const queues = createJobQueues(redis.url);
    let done = 0;
    let finish: () => void = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const worker = new Worker(
      queueName('build'),
      async () => {
        done += 1;
        if (done === jobs) finish();
        return {};
      },
      { connection: redisConnection(redis.url), concurrency: 1 },
    );
    await worker.waitUntilReady();
    const started = performance.now();
    await queues.addMany(
      'build',
      Array.from({ length: jobs }, (_, n) => ({ sources: [`noop-${n}`] })),
    );
    await finished;
    const elapsed = performance.now() - started;
    await worker.close();
    await queues.close();
    return elapsed / jobs;
  } finally {
    await redis.stop();
  }
}

const perMinute = (jobs: number, ms: number) => (jobs / ms) * 60_000;
const aloneMs = await bullmqAlone(OVERHEAD_JOBS);
for (const kind of kinds) {
  const postgres = kind === 'postgres' ? await startPostgres({ durable: true }) : undefined;
  try {
    const label = kind === 'postgres' ? 'one PostgreSQL database (fsync on)' : 'one SQLite file';
    console.log(
      `queue bench on ${label}: ${JOBS} scripted builds (2 model calls × ${LATENCY_MS} ms each), one build at a time per worker process`,
    );
    const rates: Record<number, number> = {};
    for (const workers of [1, 2, 4]) {
      const ms = await run(workers, JOBS, LATENCY_MS, `${kind}-w${workers}`, postgres);
      rates[workers] = perMinute(JOBS, ms);
      const ideal = perMinute(1, 2 * LATENCY_MS) * workers;
      console.log(
        `  ${workers} worker(s): ${rates[workers].toFixed(1)} articles/min (${(ms / 1000).toFixed(1)} s; ${((rates[workers] / ideal) * 100).toFixed(0)}% of the latency bound ${ideal.toFixed(0)}/min)`,
      );
    }
    console.log(
      `  scaling: 2 workers ${((rates[2] ?? 0) / (rates[1] ?? 1)).toFixed(2)}×, 4 workers ${((rates[4] ?? 0) / (rates[1] ?? 1)).toFixed(2)}× of 1 worker`,
    );
    const overheadMs = (await run(1, OVERHEAD_JOBS, 0, `${kind}-overhead`, postgres)) / OVERHEAD_JOBS;
    const commits = kind === 'postgres' ? 'PostgreSQL commits' : 'SQLite commits, synchronous=FULL';
    console.log(
      `  queue overhead per job (${OVERHEAD_JOBS} jobs, one worker, one at a time): ${overheadMs.toFixed(2)} ms with the job ledger (lease, 2 fenced charges, result + article: 4 ${commits}); BullMQ alone ${aloneMs.toFixed(2)} ms`,
    );
  } finally {
    await postgres?.stop();
  }
}
rmSync(dir, { recursive: true, force: true });
