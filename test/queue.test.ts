// The job queue against a real redis-server: real builds (offline engine, sample pages as files),
// their articles saved once per job key, publish to a loopback target, status with failure
// reasons, and per-host politeness shared through Redis.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { createBuildHandler, createPublishHandler, createVerifyHandler } from '../src/queue/job-handlers.ts';
import { jobKey } from '../src/queue/job-key.ts';
import { createQueueBuildRunner } from '../src/queue/queue-build-runner.ts';
import { readQueueStatus } from '../src/queue/queue-status.ts';
import { createJobQueues, type JobQueues, redisConnection } from '../src/queue/queues.ts';
import { createRedisHostScheduler } from '../src/queue/redis-host-scheduler.ts';
import { startWorkers } from '../src/queue/start-workers.ts';
import { createJobLedger } from '../src/store/create-job-ledger.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import type { JobLedger } from '../src/store/job-ledger.ts';
import type { Store } from '../src/store/store.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { SAMPLES } from './support/desk-fixture.ts';
import { type PublishTarget, startPublishTarget } from './support/publish-target.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';

const { skip } = redisAvailable();
const RAILWAY = ['asagiri-nippo-misuzu-line.html', 'kakuu-keizai-misuzu-railway.html'].map((name) =>
  join(SAMPLES, 'local-railway', name),
);

describe('job queue', { skip, timeout: 120_000 }, () => {
  let redis: RedisServer;
  let target: PublishTarget;
  let dir: string;
  let store: Store;
  let ledger: JobLedger;
  let queues: JobQueues;
  let workers: { close(): Promise<void> };
  const errors: Error[] = [];

  before(async () => {
    redis = await startRedis();
    target = await startPublishTarget();
    dir = mkdtempSync(join(tmpdir(), 'matome-queue-'));
    const path = join(dir, 'store.db');
    store = createSqliteStore(path);
    ledger = createJobLedger(path);
    queues = createJobQueues(redis.url);
    const tokenizer = await createTokenizer();
    workers = startWorkers({
      redisUrl: redis.url,
      ledger,
      queues,
      handlers: {
        build: createBuildHandler({ store, tokenizer, engine: createOfflineEngine(), access: {} }),
        verify: createVerifyHandler(store, tokenizer),
        publish: createPublishHandler(store, { targets: [target.url] }),
      },
      onError: (error) => errors.push(error),
    });
  });
  after(async () => {
    await workers?.close();
    await queues?.close();
    await ledger?.close();
    await store?.close();
    await target?.close();
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('builds an article from sources once per job key, and publishes it once', async () => {
    const payload = { sources: RAILWAY, request: 'first' };
    const key = await queues.add('build', payload);
    assert.equal(key, jobKey('build', payload));
    const built = await waitForResult(queues, 'build', key);
    const articleId = Number(built.articleId);
    assert.ok(
      ['publishable', 'needs_review', 'blocked'].includes(String(built.verdict)),
      String(built.verdict),
    );
    const saved = await store.getArticle(articleId);
    assert.equal(saved?.article.sources.length, 2);
    assert.equal(saved?.snapshotIds.length, 2);

    // The same job again (the finished BullMQ job removed, so it really runs a second time): the
    // stored result is found, no second article is written.
    await (await queues.queue('build').getJob(key))?.remove();
    const before = (await store.listArticles()).length;
    assert.equal(await queues.add('build', payload), key);
    const rerun = await waitForResult(queues, 'build', key);
    assert.equal(rerun.articleId, articleId);
    assert.equal((await store.listArticles()).length, before);

    // The desk's runner: each request is its own build (a page may have changed since), with progress.
    const { runner, close } = createQueueBuildRunner(redis.url, queues, (error) => errors.push(error));
    const progress: string[] = [];
    const outcome = await runner(RAILWAY, undefined, (event) => progress.push(event.stage));
    await close();
    assert.ok(progress.includes('compose'), `progress seen: ${progress.join(',')}`);
    assert.notEqual(outcome.articleId, articleId);
    assert.equal((await store.listArticles()).length, before + 1);

    // Publish: once on the target, and once more asked → the same post, nothing new.
    const publishKey = await queues.add('publish', { articleId, target: target.url });
    const published = await waitForResult(queues, 'publish', publishKey);
    await (await queues.queue('publish').getJob(publishKey))?.remove();
    await queues.add('publish', { articleId, target: target.url });
    const republished = await waitForResult(queues, 'publish', publishKey);
    assert.equal(target.created, 1);
    assert.equal(target.requests.get(publishKey), 1);
    assert.equal(published.remoteId, 1);
    assert.equal(republished.remoteId, 1);
    assert.equal(target.posts.get(publishKey)?.slug, saved?.slug);

    // A target the worker was not given is not reached: the job fails for good, saying why.
    const elsewhere = `${target.url.replace('/posts', '/other')}`;
    const refusedKey = await queues.add('publish', { articleId, target: elsewhere });
    await waitForState(queues, 'publish', refusedKey, 'failed');
    const refused = await queues.queue('publish').getJob(refusedKey);
    assert.match(
      refused?.failedReason ?? '',
      /^FORBIDDEN: Refused to publish: http:\/\/127\.0\.0\.1:\d+\/other \(not a target of this worker\)/,
    );
    assert.equal(refused?.attemptsMade, 1);
    assert.equal(target.requests.size, 1);

    // Verify: the stored article checked again against its snapshots gives the build's verdict.
    const verifyKey = await queues.add('verify', { articleId });
    const verified = await waitForResult(queues, 'verify', verifyKey);
    assert.equal(verified.verdict, built.verdict);
  });

  it('reports a failed job with its reason, and queue depth and counts, in the status', async () => {
    const key = await queues.add('verify', { articleId: 999_999 });
    await waitForState(queues, 'verify', key, 'failed');
    const status = await readQueueStatus(queues, { ledger });
    const failure = status.kinds.verify.recentFailures.find((job) => job.id === key);
    assert.match(failure?.reason ?? '', /^NOT_FOUND: Failed to verify article: 999999 \(not in the store\)/);
    // Not retryable: failed on the first attempt, not five times.
    assert.equal(failure?.attempts, 1);
    assert.equal(status.kinds.verify.failed, 1);
    assert.ok(status.kinds.build.completed >= 1);
    assert.equal(status.kinds.build.depth, 0);
    assert.equal(status.store?.results.build, 2);
    assert.equal(status.store?.results.publish, 1);
    assert.equal(status.kinds.publish.failed, 1);
  });

  it('refuses a job whose payload is not what its kind takes, naming the field', async () => {
    await assert.rejects(() => queues.add('build', { sources: [] }), {
      code: 'INVALID_ARGUMENT',
      message: /^Invalid build job: sources/,
    });
    assert.throws(() => redisConnection('http://127.0.0.1:6379'), {
      code: 'INVALID_ARGUMENT',
      message: /Invalid Redis URL: http:\/\/127.0.0.1:6379/,
    });
  });

  it('keeps requests to one host apart across schedulers that share Redis', async (t) => {
    const clients = [new Redis(redis.url), new Redis(redis.url)];
    // Closed however the test ends: a client left open reconnects for ever once Redis stops, and
    // keeps this file's process (and the whole suite) from finishing.
    t.after(() => {
      for (const client of clients) client.disconnect();
    });
    const schedulers = clients.map((client) => createRedisHostScheduler(client, { minIntervalMs: 150 }));
    const starts: number[] = [];
    const task = async () => {
      starts.push(Date.now());
    };
    await Promise.all(
      Array.from({ length: 4 }, (_, n) => schedulers[n % 2]?.run('https://news.example/a', task)),
    );
    // Another host is not held up by the first: asked together with a request to the first host,
    // which must wait its interval, it starts first (an order, not a time, so load cannot fail it).
    const order: string[] = [];
    await Promise.all([
      schedulers[1]?.run('https://news.example/b', async () => {
        order.push('news');
      }),
      schedulers[0]?.run('https://other.example/', async () => {
        order.push('other');
      }),
    ]);
    assert.deepEqual(order, ['other', 'news']);
    starts.sort((a, b) => a - b);
    // The scheduler keeps the slots it grants 150 ms apart; a task starts when its slot comes, or later
    // on a loaded machine, so an observed gap can be short by that lag (133 ms was seen). Without the
    // scheduler the four would start within a few milliseconds of each other.
    for (let n = 1; n < 4; n++)
      assert.ok((starts[n] ?? 0) - (starts[n - 1] ?? 0) >= 100, `starts ${starts.join(',')}`);
    assert.ok((starts[3] ?? 0) - (starts[0] ?? 0) >= 400, `starts ${starts.join(',')}`);
  });
});

async function waitForState(
  queues: JobQueues,
  kind: 'build' | 'verify' | 'publish',
  key: string,
  state: string,
) {
  for (let tries = 0; tries < 600; tries++) {
    if ((await queues.queue(kind).getJobState(key)) === state) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${kind} job ${key} never reached ${state}`);
}

async function waitForResult(queues: JobQueues, kind: 'build' | 'verify' | 'publish', key: string) {
  await waitForState(queues, kind, key, 'completed');
  const job = await queues.queue(kind).getJob(key);
  return job?.returnvalue as Record<string, unknown>;
}
