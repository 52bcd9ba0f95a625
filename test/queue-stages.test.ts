// The stages of a watch round as queues of their own, against a real redis-server, on SQLite and on
// PostgreSQL: a round queues fetch jobs, fetch → extract → cluster → build run as separate jobs, and
// the story's article lands in the store once. Every stage job's first run "dies" after its effects
// and before its result is recorded (the worst moment: BullMQ runs it again), and afterwards every
// job is delivered once more: no snapshot, item, assignment, article or revision is duplicated.
// The news is invented (test/support/news-outlets.ts).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { createBuildHandler } from '../src/queue/job-handlers.ts';
import { readQueueStatus } from '../src/queue/queue-status.ts';
import { createJobQueues, JOB_KINDS, type JobKind, type JobQueues } from '../src/queue/queues.ts';
import {
  createClusterHandler,
  createExtractHandler,
  createFetchHandler,
  createRecheckHandler,
  queueDuePolls,
  queueDueRechecks,
} from '../src/queue/stage-handlers.ts';
import { type JobHandler, type JobHandlers, startWorkers } from '../src/queue/start-workers.ts';
import { openStorePorts, type StorePorts } from '../src/store/open-store.ts';
import { DEFAULT_RECHECK_SCHEDULE } from '../src/stories/recheck-schedule.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { BUS, type Outlet, outletWorld, startBusOutlets } from './support/news-outlets.ts';
import { type PostgresServer, postgresAvailable, startPostgres } from './support/postgres.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';
import { runMatome } from './support/run-cli.ts';

const { skip } = redisAvailable();
const pg = postgresAvailable();
/** The default re-check schedule as a job carries it (untilMs null: open-ended). */
const DEFAULT_RECHECK_STEPS = DEFAULT_RECHECK_SCHEDULE.map((step) => ({
  everyMs: step.everyMs,
  untilMs: Number.isFinite(step.untilMs) ? step.untilMs : null,
}));
const STAGES = ['fetch', 'extract', 'cluster', 'build', 'recheck'] as const;

/** The handler, except that the first run of each job throws after its effects, before its result is recorded. */
function diesOnce<K extends JobKind>(kind: K, handler: JobHandler<K>, died: string[]): JobHandler<K> {
  return {
    ...handler,
    async run(payload, context) {
      const done = await handler.run(payload, context);
      if (!died.includes(context.fence.key)) {
        died.push(context.fence.key);
        throw new Error(`the ${kind} worker died after its effects (test)`);
      }
      return done;
    },
  };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await delay(100);
  }
}

/** True when no queue has a job waiting, delayed or running. */
async function idle(queues: JobQueues): Promise<boolean> {
  for (const kind of STAGES) {
    const counts = await queues.queue(kind).getJobCounts('waiting', 'delayed', 'active', 'prioritized');
    if (Object.values(counts).some((count) => count > 0)) return false;
  }
  return true;
}

/** Waits until no queue has a job waiting, delayed or running. */
async function drained(queues: JobQueues): Promise<void> {
  await until('the queues to drain', () => idle(queues));
}

function describeStages(
  name: string,
  openPorts: () => Promise<{ spec: string; ports: StorePorts }>,
  options: { skip: string | false },
) {
  describe(`queued watch stages on ${name}`, { skip: skip || options.skip, timeout: 180_000 }, () => {
    const world = outletWorld();
    let outlets: Outlet[] = [];
    let redis: RedisServer;
    let tokenizer: Tokenizer;
    const errors: Error[] = [];

    before(async () => {
      redis = await startRedis();
      outlets = await startBusOutlets(world);
      tokenizer = await createTokenizer();
    });
    after(async () => {
      for (const outlet of outlets) {
        outlet.server.closeAllConnections();
        outlet.server.close();
      }
      await redis?.stop();
    });

    it('runs fetch → extract → cluster → build as jobs, each effect once though every job runs twice', async () => {
      const { spec, ports } = await openPorts();
      const store = await ports.store();
      const stories = await ports.stories();
      const ledger = await ports.ledger();
      const queues = createJobQueues(redis.url);
      const died: string[] = [];
      const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'] });
      const access = { fetch };
      const handlers: JobHandlers = {
        fetch: diesOnce('fetch', createFetchHandler({ store, stories, access }), died),
        extract: diesOnce('extract', createExtractHandler({ store, stories }), died),
        cluster: diesOnce('cluster', createClusterHandler({ stories, tokenizer }), died),
        build: diesOnce(
          'build',
          createBuildHandler({ store, stories, tokenizer, engine: createOfflineEngine(), access }),
          died,
        ),
        recheck: diesOnce(
          'recheck',
          createRecheckHandler({ store, stories, tokenizer, engine: createOfflineEngine(), access }),
          died,
        ),
      };
      const workers = startWorkers({
        redisUrl: redis.url,
        ledger,
        queues,
        handlers,
        concurrency: { fetch: 4, extract: 2, cluster: 2, build: 2 },
        onError: (error) => errors.push(error),
      });
      try {
        const feeds = outlets.map((outlet) => `${outlet.origin}/feed.xml`);
        const settings = { poll: { minMs: 60_000, maxMs: 600_000 }, minSources: 2 };
        const keys = await queueDuePolls(feeds, settings, { stories, queues });
        assert.equal(keys.length, 2);
        // A second round before the polls ran finds the same feeds due at the same time: the same jobs.
        assert.deepEqual(await queueDuePolls(feeds, settings, { stories, queues }), keys);

        await until('the story’s article', async () => (await stories.listStoryArticles()).length > 0);
        await drained(queues);

        const pages = outlets.map((outlet) => `${outlet.origin}/bus.html`);
        const expectOnce = async () => {
          for (const url of [...feeds, ...pages])
            assert.equal((await store.listSnapshots(url)).length, 1, `one snapshot of ${url}`);
          const items = await stories.listItemsAfter(0);
          assert.deepEqual(items.map((stored) => stored.item.link).sort(), [...pages].sort());
          const assignments = await stories.listAssignments();
          assert.equal(assignments.length, 2);
          assert.equal(new Set(assignments.map((assignment) => assignment.story)).size, 1, 'one story');
          const revisions = await stories.listStoryArticles();
          assert.equal(revisions.length, 1);
          assert.equal(revisions[0]?.revision, 1);
          assert.deepEqual([...(revisions[0]?.links ?? [])].sort(), [...pages].sort());
          const articles = await store.listArticles();
          assert.equal(articles.length, 1);
          assert.equal(articles[0]?.id, revisions[0]?.articleId);
          const saved = await store.getArticle(revisions[0]?.articleId ?? -1);
          assert.equal(saved?.article.sources.length, 2);
          assert.match(saved?.slug ?? '', /^story-[0-9a-f]{12}$/);
          // Both feeds' next polls are recorded: the round finds nothing due now.
          for (const feed of feeds) assert.ok((await stories.feedPoll(feed)) !== undefined, feed);
          assert.deepEqual(await queueDuePolls(feeds, settings, { stories, queues }), []);
        };
        await expectOnce();
        // Every stage job died once after its effects and ran again.
        for (const kind of STAGES.filter((stage) => stage !== 'recheck'))
          assert.ok(
            died.some((key) => key.startsWith(`${kind}-`)),
            `a ${kind} job died: ${died.join(' ')}`,
          );

        const status = await readQueueStatus(queues, { ledger });
        assert.equal(status.kinds.fetch.completed, 2);
        assert.equal(status.kinds.extract.completed, 2);
        assert.equal(status.kinds.build.completed, 1);
        assert.ok(status.kinds.cluster.completed >= 1);
        for (const kind of STAGES.filter((stage) => stage !== 'recheck')) {
          assert.equal(status.kinds[kind].failed, 0, kind);
          assert.equal(
            status.kinds[kind].retried,
            status.kinds[kind].completed,
            `every ${kind} job ran twice`,
          );
        }
        assert.equal(status.store?.results.fetch, 2);
        assert.equal(status.store?.results.build, 1);

        // Every job delivered once more (the finished BullMQ jobs removed, then added again under
        // the same keys): the ledger has their results, only the follow-ups are re-added, nothing new.
        const feedReads = () =>
          outlets.map((outlet) => outlet.requests.filter((path) => path === '/feed.xml').length);
        const readBefore = feedReads();
        const again: { kind: JobKind; data: unknown }[] = [];
        for (const kind of STAGES) {
          for (const job of await queues.queue(kind).getJobs(['completed'])) {
            again.push({ kind, data: job.data });
            await job.remove();
          }
        }
        for (const { kind, data } of again) await queues.add(kind, data as never);
        await delay(300);
        await drained(queues);
        await expectOnce();
        // A poll is recorded once per feed and due time: delivered again, no feed is read again.
        assert.deepEqual(feedReads(), readBefore);

        // A source changes what the article cites (the riders' count): the story's re-check, due
        // once its interval has passed, queued by two overlapping rounds as one job, dies once after
        // its effects and runs again: one 追記 revision, one new snapshot of that page.
        const page = outlets[0]?.items[0];
        assert.ok(page !== undefined);
        page.paragraphs = BUS('62');
        const later = () => new Date(Date.now() + 30 * 24 * 3600 * 1000);
        const recheck = DEFAULT_RECHECK_STEPS;
        const rechecks = await queueDueRechecks(recheck, { stories, queues, now: later });
        assert.equal(rechecks.length, 1);
        assert.deepEqual(await queueDueRechecks(recheck, { stories, queues, now: later }), rechecks);
        await until('the 追記 revision', async () => (await stories.listStoryArticles()).length === 2);
        await drained(queues);
        assert.ok(
          died.some((key) => key.startsWith('recheck-')),
          'the recheck job died once',
        );
        const revisions = await stories.listStoryArticles();
        assert.deepEqual(
          revisions.map((revision) => [revision.revision, revision.reason]),
          [
            [1, 'sources'],
            [2, 'update'],
          ],
        );
        const updated = await store.getArticle(revisions[1]?.articleId ?? -1);
        assert.equal(updated?.article.updates?.length, 1);
        assert.match(updated?.article.updates?.[0]?.text ?? '', /62人/);
        assert.equal((await store.listArticles()).length, 2);
        assert.equal((await store.listSnapshots(`${outlets[0]?.origin}/bus.html`)).length, 2);
        assert.equal((await store.listSnapshots(`${outlets[1]?.origin}/bus.html`)).length, 1);
        // Checked now: the next re-check is another due time (nothing changed since: no revision).
        const next = await queueDueRechecks(recheck, { stories, queues, now: later });
        assert.notDeepEqual(next, rechecks);
        await delay(300);
        await drained(queues);
        assert.equal((await stories.listStoryArticles()).length, 2);

        // matome status shows each stage's queue with its counts.
        const shown = await runMatome(['status', '--redis', redis.url, '--store', spec]);
        assert.equal(shown.code, 0, shown.stderr);
        for (const kind of JOB_KINDS) assert.match(shown.stdout, new RegExp(`^${kind}: \\d+ waiting`, 'mu'));
        // The jobs added again ran once each (no retry); the store counts every job taken over.
        assert.match(shown.stdout, /^fetch: 0 waiting, 0 running, 2 done, 0 failed, 0 retried$/mu);
        assert.match(shown.stdout, /^build: 0 waiting, 0 running, 1 done, 0 failed, 0 retried$/mu);
        assert.match(shown.stdout, /^recheck: 0 waiting, 0 running, 2 done, 0 failed, 2 retried$/mu);
        assert.match(
          shown.stdout,
          /^store: results 1 build, (\d+) cluster, 2 extract, 2 fetch, 2 recheck; (\d+) of \d+ jobs taken over by another worker$/mu,
        );
        assert.deepEqual(errors, []);
      } finally {
        await workers.close();
        await queues.close();
        await ledger.close();
        await stories.close();
        await store.close();
      }
    });
  });
}

let dir: string | undefined;
describeStages(
  'SQLite',
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'matome-queue-stages-'));
    const spec = join(dir, 'store.db');
    return { spec, ports: openStorePorts(spec) };
  },
  { skip: false },
);
after(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

let server: PostgresServer | undefined;
if (skip === false && pg.skip === false) {
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await server?.stop();
  });
}
describeStages(
  'PostgreSQL',
  async () => {
    if (server === undefined) throw new Error('PostgreSQL was not started');
    const spec = await server.createDatabase();
    return { spec, ports: openStorePorts(spec) };
  },
  { skip: pg.skip },
);

describe('queued watch stages: worker processes SIGKILLed mid-job', { skip, timeout: 180_000 }, () => {
  const world = outletWorld();
  let outlets: Outlet[] = [];
  let redis: RedisServer;
  let workDir: string;
  const children: ChildProcess[] = [];

  before(async () => {
    redis = await startRedis();
    outlets = await startBusOutlets(world);
    workDir = mkdtempSync(join(tmpdir(), 'matome-queue-stages-kill-'));
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    for (const outlet of outlets) {
      outlet.server.closeAllConnections();
      outlet.server.close();
    }
    await redis?.stop();
    if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
  });

  function startWorker(store: string, pauseKind?: string) {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'support', 'stage-worker-process.ts')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        REDIS_URL: redis.url,
        STORE: store,
        LOCK_MS: '1000',
        STALLED_MS: '500',
        ...(pauseKind === undefined ? {} : { PAUSE_KIND: pauseKind }),
      },
    });
    children.push(child);
    const run = { child, output: '' };
    child.stdout?.on('data', (chunk) => {
      run.output += String(chunk);
    });
    child.stderr?.on('data', (chunk) => {
      run.output += String(chunk);
    });
    return run;
  }

  it('loses no job and duplicates nothing when a worker dies after each stage’s writes', async () => {
    const store = join(workDir, 'store.db');
    const ports = openStorePorts(store);
    const snapshots = await ports.store();
    const stories = await ports.stories();
    const ledger = await ports.ledger();
    const queues = createJobQueues(redis.url);
    try {
      const feeds = outlets.map((outlet) => `${outlet.origin}/feed.xml`);
      const pages = outlets.map((outlet) => `${outlet.origin}/bus.html`);
      const killed: string[] = [];
      let first = true;
      // One worker per stage, each killed (SIGKILL) right after its first job of that stage wrote
      // what it writes; its job is then taken over by the next worker, which dies at the next stage.
      for (const kind of ['fetch', 'extract', 'cluster', 'build'] as const) {
        const worker = startWorker(store, kind);
        await until('the worker to start', async () => /^ready$/mu.test(worker.output), 60_000);
        if (first) {
          await queueDuePolls(
            feeds,
            { poll: { minMs: 60_000, maxMs: 600_000 }, minSources: 2 },
            { stories, queues },
          );
          first = false;
        }
        // A worker runs every kind, so an earlier worker may already have done all of this stage's
        // work (its cluster job read both feeds' items): then nothing of this kind is left to kill.
        const stageDone = async () =>
          ((await queues.queue(kind).getJobCounts('completed')).completed ?? 0) > 0 && (await idle(queues));
        await until(
          `a ${kind} job’s writes`,
          async () => /effects done (\S+)/u.test(worker.output) || (await stageDone()),
          60_000,
        );
        const exited = new Promise((resolve) => worker.child.once('exit', resolve));
        worker.child.kill('SIGKILL');
        await exited;
        const key = /effects done (\S+)/u.exec(worker.output)?.[1];
        if (key !== undefined) killed.push(key);
      }
      const last = startWorker(store);
      await until('the story’s article', async () => (await stories.listStoryArticles()).length > 0, 60_000);
      await drained(queues);

      for (const url of [...feeds, ...pages])
        assert.equal((await snapshots.listSnapshots(url)).length, 1, `one snapshot of ${url}`);
      assert.deepEqual(
        (await stories.listItemsAfter(0)).map((stored) => stored.item.link).sort(),
        [...pages].sort(),
      );
      assert.equal((await stories.listAssignments()).length, 2);
      const revisions = await stories.listStoryArticles();
      assert.equal(revisions.length, 1);
      assert.equal((await snapshots.listArticles()).length, 1);
      // Every killed job finished in another worker, under a later lease.
      const counts = await ledger.counts();
      assert.ok(killed.length >= 1, 'at least the first fetch job was killed after its writes');
      assert.ok(counts.retakenLeases >= killed.length, JSON.stringify(counts));
      for (const key of killed) assert.ok((await ledger.resultOf(key)) !== undefined, `${key} finished`);
      for (const kind of STAGES.filter((stage) => stage !== 'recheck'))
        assert.equal((await queues.queue(kind).getJobCounts('failed')).failed, 0, kind);
      last.child.kill('SIGTERM');
    } finally {
      await queues.close();
      await ledger.close();
      await stories.close();
      await snapshots.close();
    }
  });
});
