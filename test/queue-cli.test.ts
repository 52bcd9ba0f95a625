// `matome serve --redis` and `matome worker` as real processes on one store and a real
// redis-server: a build asked of the desk is run by the worker, and `matome status` shows it.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';
import { runMatome } from './support/run-cli.ts';

const { skip } = redisAvailable();
const root = resolve(import.meta.dirname, '..');
const TOKEN = 'queue-cli-token-0123456789';

function start(
  args: string[],
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray; output: () => string }> {
  const child = spawn(process.execPath, ['bin/matome.js', ...args], {
    cwd: root,
    env: { ...process.env, MATOME_DESK_TOKENS: `佐藤:${TOKEN}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  return new Promise((resolveStart, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const match = ready.exec(output);
      if (match) resolveStart({ child, match, output: () => output });
    });
    child.once('exit', (code) => reject(new Error(`matome ${args[0]} exited ${code}: ${output}`)));
  });
}

describe('matome worker, serve --redis and status', { skip, timeout: 120_000 }, () => {
  let redis: RedisServer;
  let dir: string;
  before(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'matome-queue-cli-'));
  });
  after(async () => {
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs a build asked of the desk in a worker process, on the shared store, and reports it', async () => {
    const store = join(dir, 'store.db');
    const worker = await start(
      ['worker', '--redis', redis.url, '--store', store, '--concurrency', 'fetch=8,build=2'],
      /worker on redis:.*\n/,
    );

    const desk = await start(
      ['serve', '--redis', redis.url, '--port', '0', '--store', store, '--sources', 'samples'],
      /review desk at (http:\/\/[^/\s]+)\/[\s\S]*job queue on/,
    );
    const url = desk.match[1];
    try {
      // Per kind: the ones named, the others at their defaults.
      assert.match(
        worker.output(),
        /\(fetch ×8, extract ×2, cluster ×1, build ×2, recheck ×1, verify ×1, publish ×4, watch ×1\)/,
      );
      const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
      const started = await fetch(`${url}/api/jobs`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ sources: ['local-railway'] }),
      });
      assert.equal(started.status, 202);
      const { id } = (await started.json()) as { id: string };
      let job: { status: string; articleId?: number; error?: unknown } = { status: 'queued' };
      for (let tries = 0; tries < 600 && (job.status === 'queued' || job.status === 'running'); tries++) {
        await new Promise((wait) => setTimeout(wait, 100));
        job = (await (await fetch(`${url}/api/jobs/${id}`, { headers })).json()) as typeof job;
      }
      assert.equal(job.status, 'done', JSON.stringify(job));
      const reader = createSqliteStore(store);
      assert.equal((await reader.getArticle(job.articleId ?? 0))?.article.sources.length, 3);
      await reader.close();

      const status = await runMatome(['status', '--redis', redis.url, '--store', store, '--json']);
      assert.equal(status.code, 0, status.stderr);
      const parsed = JSON.parse(status.stdout) as {
        kinds: { build: { completed: number; depth: number; failed: number } };
        store: { results: Record<string, number> };
      };
      assert.deepEqual(
        [parsed.kinds.build.completed, parsed.kinds.build.depth, parsed.kinds.build.failed],
        [1, 0, 0],
      );
      assert.equal(parsed.store.results.build, 1);
      const text = await runMatome(['status', '--redis', redis.url, '--store', store]);
      assert.match(text.stdout, /^build: 0 waiting, 0 running, 1 done, 0 failed, 0 retried$/m);
    } finally {
      desk.child.kill('SIGTERM');
      worker.child.kill('SIGTERM');
    }
    const codes = await Promise.all(
      [desk.child, worker.child].map((child) => new Promise((done) => child.once('exit', done))),
    );
    assert.deepEqual(codes, [0, 0]);
    assert.match(worker.output(), /build job build-[0-9a-f]{32} done/);
    assert.doesNotMatch(worker.output(), /failed/);
  });

  it('says what is wrong with a missing Redis URL, a bad option or an unreachable Redis', async () => {
    const missing = await runMatome(['worker']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /--redis URL is required/);
    const zero = await runMatome(['worker', '--redis', redis.url, '--concurrency', '0']);
    assert.match(zero.stderr, /--concurrency 0 \(give a whole number from 1 to 64\)/);
    const kind = await runMatome(['worker', '--redis', redis.url, '--concurrency', 'fetch=4,parse=2']);
    assert.match(kind.stderr, /--concurrency fetch=4,parse=2 \(give N, or KIND=N pairs .*fetch=4,build=2\)/);
    const many = await runMatome(['worker', '--redis', redis.url, '--concurrency', 'build=99']);
    assert.match(many.stderr, /--concurrency build 99 \(give a whole number from 1 to 64\)/);
    const model = await runMatome(
      ['worker', '--redis', redis.url, '--engine', 'llm', '--store', join(dir, 'llm.db')],
      {
        env: { ...process.env, MATOME_MODEL: '' },
      },
    );
    assert.match(model.stderr, /Missing model: --engine llm/);
    const share = await runMatome(['worker', '--redis', redis.url, '--min-model-share', '0.5']);
    assert.match(share.stderr, /--min-model-share is for matome build/);
    const scheme = await runMatome(['status', '--redis', 'http://127.0.0.1:6379']);
    assert.match(scheme.stderr, /Invalid Redis URL: http:\/\/127.0.0.1:6379/);
    const down = await runMatome(['status', '--redis', 'redis://127.0.0.1:1']);
    assert.notEqual(down.code, 0);
    assert.match(down.stderr, /Failed to reach Redis: redis:\/\/127.0.0.1:1/);
    assert.match(down.stderr, /hint: Start redis-server/);
  });
});
