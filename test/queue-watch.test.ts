// `matome watch --redis` as real processes: two watch instances on one real redis-server schedule
// the rounds once (one leader, one job scheduler), a `matome worker` runs the rounds (the feeds'
// fetch, extract, cluster and build as jobs of their own) and the story's article lands in the store; when the leader stops, the other instance takes the schedule over.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { createJobQueues } from '../src/queue/queues.ts';
import { WATCH_SCHEDULER_ID } from '../src/queue/watch-schedule.ts';
import { openStorePorts } from '../src/store/open-store.ts';
import { type Outlet, outletWorld, startBusOutlets } from './support/news-outlets.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';
import { runMatome } from './support/run-cli.ts';

const { skip } = redisAvailable();
const root = join(import.meta.dirname, '..');

describe('matome watch --redis with matome worker', { skip, timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-queue-watch-'));
  const world = outletWorld();
  let outlets: Outlet[] = [];
  let redis: RedisServer;
  const children: ChildProcess[] = [];

  before(async () => {
    redis = await startRedis();
    outlets = await startBusOutlets(world);
    writeFileSync(
      join(dir, 'feeds.txt'),
      `${outlets.map((outlet) => `${outlet.origin}/feed.xml`).join('\n')}\n`,
    );
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    for (const outlet of outlets) {
      outlet.server.closeAllConnections();
      outlet.server.close();
    }
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function start(args: string[]) {
    const child = spawn(process.execPath, ['bin/matome.js', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
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
  const until = async (what: string, check: () => boolean | Promise<boolean>, output: () => string) => {
    const end = Date.now() + 90_000;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${output()}`);
      await delay(200);
    }
  };

  it('schedules the rounds once from two instances, a worker runs them, and the other instance takes over', async () => {
    const store = join(dir, 'store.db');
    const watchArgs = [
      'watch',
      join(dir, 'feeds.txt'),
      '--redis',
      redis.url,
      '--every',
      '2',
      '--poll-min',
      '1s',
    ];
    const watchers = [start(watchArgs), start(watchArgs)];
    const all = () => watchers.map((watcher) => watcher.output).join('\n---\n');
    const leads = () => watchers.filter((watcher) => /leading \(fencing token \d+\)/.test(watcher.output));
    const standsBy = () => watchers.filter((watcher) => /standing by/.test(watcher.output));
    await until('one leader and one standing by', () => leads().length === 1 && standsBy().length === 1, all);
    const queues = createJobQueues(redis.url);
    try {
      const schedulers = await queues.queue('watch').getJobSchedulers();
      assert.deepEqual(
        schedulers.map((scheduler) => [scheduler.key, scheduler.every]),
        [[WATCH_SCHEDULER_ID, 2000]],
      );

      // A worker runs the scheduled rounds: the story's article is built into the store.
      const worker = start([
        'worker',
        '--redis',
        redis.url,
        '--store',
        store,
        '--kinds',
        'watch,fetch,extract,cluster,build',
        '--allow-host',
        '127.0.0.1',
      ]);
      const ports = openStorePorts(store);
      await until(
        'the worker to start',
        () => /matome: worker on/.test(worker.output),
        () => worker.output,
      );
      const stories = await ports.stories();
      try {
        await until(
          'the story’s article',
          async () => (await stories.listStoryArticles()).length > 0,
          () => `${worker.output}\n${all()}`,
        );
        const [revision] = await stories.listStoryArticles();
        assert.equal(revision?.revision, 1);
        assert.equal(revision?.links.length, 2);
        assert.match(worker.output, /watch job repeat:\S+ done/);
        // The round's stages ran as jobs of their own (the revision is recorded before the build
        // job's completion is reported).
        await until(
          'the build job done',
          () => /build job build-[0-9a-f]{32} done/.test(worker.output),
          () => worker.output,
        );
        for (const kind of ['fetch', 'extract', 'cluster'])
          assert.match(worker.output, new RegExp(`${kind} job ${kind}-[0-9a-f]{32} done`));
      } finally {
        await stories.close();
      }

      // The leader stops (SIGTERM): the other instance takes the schedule over, still one scheduler.
      const leader = leads()[0] as (typeof watchers)[0];
      const other = watchers.find((watcher) => watcher !== leader) as (typeof watchers)[0];
      const exited = new Promise((resolve) => leader.child.once('exit', resolve));
      leader.child.kill('SIGTERM');
      assert.equal(await exited, 0);
      await until('the other instance to lead', () => /leading \(fencing token 2\)/.test(other.output), all);
      assert.equal((await queues.queue('watch').getJobSchedulers()).length, 1);
    } finally {
      await queues.close();
    }
  });
  it('serve --watch --redis queues its rounds for matome worker instead of running them', async () => {
    const queueRedis = await startRedis();
    const store = join(dir, 'serve-store.db');
    const feeds = join(dir, 'feeds.txt');
    try {
      // Refused before the desk starts: engine options (workers build) and --every without --redis.
      const engine = await runMatome([
        'serve',
        '--port',
        '0',
        '--store',
        store,
        '--watch',
        feeds,
        '--redis',
        queueRedis.url,
        '--engine',
        'offline',
      ]);
      assert.notEqual(engine.code, 0);
      assert.match(engine.stderr, /--engine with --watch and --redis/);
      const every = await runMatome([
        'serve',
        '--port',
        '0',
        '--store',
        store,
        '--watch',
        feeds,
        '--every',
        '5',
      ]);
      assert.notEqual(every.code, 0);
      assert.match(every.stderr, /--every without --watch and --redis/);

      const desk = start([
        'serve',
        '--port',
        '0',
        '--store',
        store,
        '--watch',
        feeds,
        '--redis',
        queueRedis.url,
        '--every',
        '2',
        '--poll-min',
        '1s',
      ]);
      await until(
        'the desk to lead the schedule',
        () => /leading \(fencing token 1\)/.test(desk.output),
        () => desk.output,
      );
      assert.match(desk.output, /watching 2 feed\(s\) from .*: a round every 2 s queued on redis:/);
      const worker = start([
        'worker',
        '--redis',
        queueRedis.url,
        '--store',
        store,
        '--allow-host',
        '127.0.0.1',
      ]);
      const ports = openStorePorts(store);
      const stories = await ports.stories();
      try {
        await until(
          'the story’s article built by the worker',
          async () =>
            (await stories.listStoryArticles()).length > 0 && /build job build-\S+ done/.test(worker.output),
          () => `${worker.output}\n${desk.output}`,
        );
        assert.equal((await stories.listStoryArticles())[0]?.links.length, 2);
        assert.match(worker.output, /watch job repeat:\S+ done/);
        // The desk ran no round itself.
        assert.doesNotMatch(desk.output, /matome watch: round:/);
      } finally {
        await stories.close();
      }
      const queues = createJobQueues(queueRedis.url);
      try {
        assert.equal((await queues.queue('watch').getJobSchedulers()).length, 1);
        const exited = new Promise((resolve) => desk.child.once('exit', resolve));
        desk.child.kill('SIGTERM');
        assert.equal(await exited, 0);
        // The leader stopped: it removed the schedule.
        assert.equal((await queues.queue('watch').getJobSchedulers()).length, 0);
      } finally {
        await queues.close();
        worker.child.kill('SIGTERM');
      }
    } finally {
      await queueRedis.stop();
    }
  });
});
