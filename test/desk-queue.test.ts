// The desk's queue page and /api/queue (matome serve --redis) over a real redis-server: waiting,
// running, done, failed with its reason and retried, the same figures `matome status` prints.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { MatomeError } from '../src/domain/errors.ts';
import { readQueueStatus } from '../src/queue/queue-status.ts';
import { createJobQueues, type JobQueues } from '../src/queue/queues.ts';
import { startWorkers } from '../src/queue/start-workers.ts';
import { type DeskServer, startDeskServer } from '../src/server/start-desk-server.ts';
import type { JobLedger } from '../src/store/job-ledger.ts';
import { openStorePorts } from '../src/store/open-store.ts';
import type { Store } from '../src/store/store.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { sampleArticle } from './support/article-factory.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';
import { runMatome } from './support/run-cli.ts';

const { skip } = redisAvailable();
const TOKEN = 'queue-desk-token-0123456789';

describe('the desk shows the job queue', { skip, timeout: 120_000 }, () => {
  let redis: RedisServer;
  let dir: string;
  let file: string;
  let store: Store;
  let ledger: JobLedger;
  let queues: JobQueues;
  let server: DeskServer;
  let workers: { close(): Promise<void> } | undefined;

  before(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'matome-desk-queue-'));
    file = join(dir, 'store.db');
    const ports = openStorePorts(file);
    store = await ports.store();
    ledger = await ports.ledger();
    queues = createJobQueues(redis.url);
    server = await startDeskServer({
      store,
      tokenizer: await createTokenizer({ kind: 'segmenter' }),
      editors: new Map([[TOKEN, '佐藤']]),
      port: 0,
      queueStatus: () => readQueueStatus(queues, { ledger }),
    });
  });
  after(async () => {
    await workers?.close();
    await server?.close();
    await queues?.close();
    await ledger?.close();
    await store?.close();
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows waiting, done, failed with its reason and retried jobs as matome status does', async () => {
    // Builds: two that succeed, one refused for good (its reason kept), one that fails once and
    // succeeds on its retry. A verify job waits: no worker takes verify jobs here.
    let flaky = 0;
    workers = startWorkers({
      redisUrl: redis.url,
      ledger,
      queues,
      onError: () => {},
      handlers: {
        build: {
          async run(payload) {
            const name = payload.sources[0] ?? '';
            if (name === 'refused')
              throw new MatomeError('SOURCE_NOT_FOUND', 'Failed to read source: refused (no such file)', {
                hint: 'Check the path.',
              });
            if (name === 'flaky' && flaky++ === 0) throw new Error('connection reset by peer');
            return {
              result: { verdict: 'pass', skipped: [] },
              article: { slug: `queued-${name}`, article: sampleArticle(), snapshotIds: [] },
            };
          },
        },
      },
    });
    const builds = await queues.addMany('build', [
      { sources: ['one'] },
      { sources: ['two'] },
      { sources: ['refused'] },
      { sources: ['flaky'] },
    ]);
    await queues.add('verify', { articleId: 1 });
    for (let tries = 0; ; tries++) {
      const counts = await queues.queue('build').getJobCounts('completed', 'failed');
      if ((counts.completed ?? 0) === 3 && (counts.failed ?? 0) === 1) break;
      assert.ok(tries < 400, `builds did not settle: ${JSON.stringify(counts)}`);
      await delay(50);
    }

    const api = await fetch(`${server.url}/api/queue`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(api.status, 200);
    const shown = (await api.json()) as Awaited<ReturnType<typeof readQueueStatus>>;
    assert.deepEqual(
      { ...shown.kinds.build, recentFailures: shown.kinds.build.recentFailures.map((failure) => failure.id) },
      { depth: 0, running: 0, completed: 3, failed: 1, retried: 1, recentFailures: [builds[2]] },
    );
    assert.match(
      shown.kinds.build.recentFailures[0]?.reason ?? '',
      /^SOURCE_NOT_FOUND: Failed to read source: refused/,
    );
    assert.equal(shown.kinds.verify.depth, 1);
    assert.deepEqual(shown.store, { results: { build: 3 }, leases: 4, retakenLeases: 1 });

    // The same figures as matome status on the same queue and store.
    const status = await runMatome(['status', '--redis', redis.url, '--store', file, '--json']);
    assert.equal(status.code, 0, status.stderr);
    assert.deepEqual(JSON.parse(status.stdout), shown);

    // The page: behind the login, one row per kind with the figures, the failure's reason.
    const anonymous = await fetch(`${server.url}/queue`, { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    const login = await fetch(`${server.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }),
      redirect: 'manual',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = await (await fetch(`${server.url}/queue`, { headers: { cookie } })).text();
    const row = (kind: string) => new RegExp(`<tr id="queue-${kind}">.*?</tr>`).exec(page)?.[0] ?? '';
    const cells = (kind: string) =>
      [...row(kind).matchAll(/<td>(\d+)<\/td>/g)].map((match) => Number(match[1]));
    assert.deepEqual(cells('build'), [0, 0, 3, 1, 1]);
    assert.deepEqual(cells('verify'), [1, 0, 0, 0, 0]);
    assert.match(page, /最近の失敗（理由）/);
    assert.match(page, /SOURCE_NOT_FOUND: Failed to read source: refused \(no such file\)/);
    assert.match(page, /4 件中 1 件を別のワーカーが引き継ぎました/);
  });

  it('says so when the desk runs its builds itself', async () => {
    const plain = await startDeskServer({
      store,
      tokenizer: await createTokenizer({ kind: 'segmenter' }),
      editors: new Map([[TOKEN, '佐藤']]),
      port: 0,
    });
    try {
      const api = await fetch(`${plain.url}/api/queue`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(api.status, 404);
      assert.match(((await api.json()) as { error: { hint: string } }).error.hint, /matome serve --redis/);
    } finally {
      await plain.close();
    }
  });
});
