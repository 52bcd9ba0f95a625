// Redis + PostgreSQL + several workers: two worker groups, each with its own PostgreSQL connections
// (as two machines would have), take build jobs from one Redis; every job's article is saved once,
// and a job run again finds its result in the store instead of building twice.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { createBuildHandler, createPublishHandler, createVerifyHandler } from '../src/queue/job-handlers.ts';
import { createJobQueues, type JobQueues } from '../src/queue/queues.ts';
import { startWorkers } from '../src/queue/start-workers.ts';
import { createPostgresJobLedger } from '../src/store/create-postgres-job-ledger.ts';
import { createPostgresStore } from '../src/store/create-postgres-store.ts';
import type { JobLedger } from '../src/store/job-ledger.ts';
import type { Store } from '../src/store/store.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { SAMPLES } from './support/desk-fixture.ts';
import { type PostgresServer, postgresAvailable, startPostgres } from './support/postgres.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';

const redisSkip = redisAvailable().skip;
const postgresSkip = postgresAvailable().skip;
const skip = redisSkip === false ? postgresSkip : redisSkip;
const RAILWAY = ['asagiri-nippo-misuzu-line.html', 'kakuu-keizai-misuzu-railway.html'].map((name) =>
  join(SAMPLES, 'local-railway', name),
);

async function waitForResult(queues: JobQueues, key: string): Promise<Record<string, unknown>> {
  for (let tries = 0; tries < 1200; tries++) {
    const state = await queues.queue('build').getJobState(key);
    if (state === 'completed' || state === 'failed') {
      const job = await queues.queue('build').getJob(key);
      if (state === 'failed') throw new Error(`build ${key} failed: ${job?.failedReason}`);
      return job?.returnvalue as Record<string, unknown>;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`build ${key} never completed`);
}

describe('job queue on Redis with a PostgreSQL store and two worker groups', {
  skip,
  timeout: 180_000,
}, () => {
  let redis: RedisServer;
  let postgres: PostgresServer;
  let queues: JobQueues;
  const groups: { store: Store; ledger: JobLedger; workers: { close(): Promise<void> } }[] = [];
  const errors: Error[] = [];

  before(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const url = await postgres.createDatabase();
    queues = createJobQueues(redis.url);
    const tokenizer = await createTokenizer();
    for (let group = 0; group < 2; group++) {
      const store = await createPostgresStore(url);
      const ledger = await createPostgresJobLedger(url);
      const workers = startWorkers({
        redisUrl: redis.url,
        ledger,
        queues,
        concurrency: { build: 2 },
        handlers: {
          build: createBuildHandler({ store, tokenizer, engine: createOfflineEngine(), access: {} }),
          verify: createVerifyHandler(store, tokenizer),
          publish: createPublishHandler(store, { targets: [] }),
        },
        onError: (error) => errors.push(error),
      });
      groups.push({ store, ledger, workers });
    }
  });
  after(async () => {
    for (const group of groups) {
      await group.workers.close();
      await group.ledger.close();
      await group.store.close();
    }
    await queues?.close();
    await redis?.stop();
    await postgres?.stop();
  });

  it('saves one article per job, and a rerun of a job writes nothing new', async () => {
    const payloads = Array.from({ length: 6 }, (_, index) => ({ sources: RAILWAY, request: `r${index}` }));
    const keys = await Promise.all(payloads.map((payload) => queues.add('build', payload)));
    // The same work added again is the same job.
    assert.deepEqual(await Promise.all(payloads.map((payload) => queues.add('build', payload))), keys);
    const results = await Promise.all(keys.map((key) => waitForResult(queues, key)));
    const [first, second] = groups as [(typeof groups)[0], (typeof groups)[0]];
    const ids = results.map((result) => Number(result.articleId));
    assert.equal(new Set(ids).size, 6);
    assert.equal((await first.store.listArticles()).length, 6);
    for (const id of ids) assert.equal((await second.store.getArticle(id))?.article.sources.length, 2);

    // Run one job again (its BullMQ record removed): the stored result is found, nothing is built.
    const key = keys[0] as string;
    await (await queues.queue('build').getJob(key))?.remove();
    await queues.add('build', payloads[0] as (typeof payloads)[0]);
    const rerun = await waitForResult(queues, key);
    assert.equal(rerun.articleId, ids[0]);
    assert.equal((await second.store.listArticles()).length, 6);
    const counts = await first.ledger.counts();
    assert.deepEqual(counts.results, { build: 6 });
    assert.deepEqual(errors, []);
  });
});
