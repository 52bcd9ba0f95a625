// Fault injection over the job queue: 1000 scripted builds (each charges two model calls to the
// day's token budget and saves an article; each saved one is published to a loopback target)
// run by worker processes that are SIGKILLed at random moments, while Redis is restarted once and
// one worker blocks its event loop past the lock duration. Nothing may be lost or done twice, and
// the day's budget may not be passed. Run twice: on one SQLite file, and on one PostgreSQL database
// shared by every worker process (each with its own connections, as separate machines would have).
// Bounded: each run gives up after 240 s.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { createJobQueues } from '../src/queue/queues.ts';
import { openJobLedger } from '../src/store/open-store.ts';
import { sampleArticle } from './support/article-factory.ts';
import { type PostgresServer, postgresAvailable, startPostgres } from './support/postgres.ts';
import { type PublishTarget, startPublishTarget } from './support/publish-target.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';
import { seededRandom } from './support/seeded-random.ts';

const { skip } = redisAvailable();
const postgresSkip = skip === false ? postgresAvailable().skip : skip;
const JOBS = 1000;
const TOKENS_PER_CALL = 100;
// Enough for 950 builds of two calls: the last ones must be refused, not charged past the budget.
const BUDGET = 950 * 2 * TOKENS_PER_CALL;
const LOCK_MS = 3000;
const WORKER = join(import.meta.dirname, 'support', 'queue-worker-process.ts');

/** Reads counts from the store after the run: SQLite file or PostgreSQL URL, the same SQL. */
interface StoreReader {
  count(sql: string): Promise<number>;
  leaseOf(key: string): Promise<number>;
  close(): Promise<void>;
}

async function readStore(spec: string): Promise<StoreReader> {
  if (!spec.startsWith('postgres://')) {
    const db = new DatabaseSync(spec, { readOnly: true });
    return {
      count: async (sql) => Number((db.prepare(sql).get() as { n: number }).n),
      leaseOf: async (key) =>
        Number(
          (db.prepare('SELECT lease FROM job_leases WHERE job_key = ?').get(key) as { lease: number }).lease,
        ),
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: spec });
  await client.connect();
  return {
    count: async (sql) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n),
    leaseOf: async (key) =>
      Number(
        (await client.query<{ lease: string }>('SELECT lease FROM job_leases WHERE job_key = $1', [key]))
          .rows[0]?.lease,
      ),
    close: () => client.end(),
  };
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`the job queue under faults (${kind} store)`, {
    skip: kind === 'sqlite' ? skip : postgresSkip,
    timeout: 300_000,
  }, () => {
    let redis: RedisServer;
    let postgres: PostgresServer | undefined;
    let target: PublishTarget;
    let dir: string;
    let store: string;
    before(async () => {
      redis = await startRedis();
      target = await startPublishTarget();
      dir = mkdtempSync(join(tmpdir(), 'matome-queue-faults-'));
      if (kind === 'postgres') {
        postgres = await startPostgres();
        store = await postgres.createDatabase();
      } else store = join(dir, 'store.db');
    });
    after(async () => {
      await target?.close();
      await redis?.stop();
      await postgres?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('loses no job, builds and publishes each once, and keeps the token budget while workers are killed and Redis restarts', async () => {
      const articleFile = join(dir, 'article.json');
      writeFileSync(articleFile, JSON.stringify(sampleArticle()));
      await (await openJobLedger(store)).close();
      const random = seededRandom(17);
      const workers: ChildProcess[] = [];
      const blockedKeys: string[] = [];
      // What the blocked worker said when it went on: taken over, or not (then after BLOCK_MS).
      const unblocked: string[] = [];
      const ready = new Set<ChildProcess>();
      const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
      // The worker told to block its event loop; it is never killed, so the job it holds is taken over
      // because its lock ran out, not because it died.
      let blocker: ChildProcess | undefined;
      const spawnWorker = () => {
        const child = spawn(process.execPath, [WORKER], {
          env: {
            ...process.env,
            REDIS_URL: redis.url,
            STORE: store,
            ARTICLE_FILE: articleFile,
            PUBLISH_TARGET: target.url,
            LATENCY_MS: '5',
            TOKENS_PER_CALL: String(TOKENS_PER_CALL),
            BUDGET: String(BUDGET),
            BLOCK_MS: '60000',
            LOCK_MS: String(LOCK_MS),
            STALLED_MS: '1000',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout?.on('data', (chunk: Buffer) => {
          const text = chunk.toString();
          if (/^ready$/m.test(text)) ready.add(child);
          for (const match of text.matchAll(/^blocking (\S+)$/gm)) blockedKeys.push(match[1] ?? '');
          for (const match of text.matchAll(/^unblocked (.+)$/gm)) unblocked.push(match[1] ?? '');
        });
        child.stderr?.resume();
        workers.push(child);
        return child;
      };
      for (let n = 0; n < 3; n++) spawnWorker();

      const queues = createJobQueues(redis.url);
      const payloads = Array.from({ length: JOBS }, (_, n) => ({
        sources: [`story-${n}`],
        publishTo: target.url,
      }));
      const keys = await queues.addMany('build', payloads);
      assert.equal(new Set(keys).size, JOBS);

      let killed = 0;
      let restarted = false;
      let blocked = false;
      const started = Date.now();
      const deadline = started + 240_000;
      const settled = async () => {
        const build = await queues
          .queue('build')
          .getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized');
        const publish = await queues
          .queue('publish')
          .getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized');
        const open = (counts: Record<string, number>) =>
          (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0);
        return {
          build,
          publish,
          done:
            open(build) === 0 && open(publish) === 0 && (build.completed ?? 0) + (build.failed ?? 0) === JOBS,
        };
      };
      for (;;) {
        assert.ok(
          Date.now() < deadline,
          `the jobs did not settle in 240 s: ${JSON.stringify(await settled())}`,
        );
        await delay(400 + Math.floor(random() * 600));
        const elapsed = Date.now() - started;
        // Block a worker only while another is ready to take its job over: on a loaded machine
        // freshly spawned workers can take seconds to start.
        const readyWorkers = workers.filter((child) => alive(child) && ready.has(child));
        if (!blocked && elapsed > 2000 && readyWorkers.length >= 2) {
          blocker = readyWorkers[0];
          if (blocker !== undefined) {
            blocked = true;
            blocker.kill('SIGUSR2');
          }
        }
        if (!restarted && elapsed > 6000) {
          restarted = true;
          await redis.restart();
        }
        const state = await settled().catch(() => undefined);
        if (state?.done) break;
        if (killed < 12 && elapsed > 1000) {
          const candidates = workers.filter((child) => alive(child) && child !== blocker);
          const victim = candidates[Math.floor(random() * candidates.length)];
          if (victim !== undefined && random() < 0.6) {
            victim.kill('SIGKILL');
            killed += 1;
            spawnWorker();
          }
        }
      }
      const final = await settled();
      const failed = await queues.queue('build').getFailed(0, JOBS);
      for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
      await queues.close();

      const db = await readStore(store);
      const count = (sql: string) => db.count(sql);
      const builds = await count("SELECT COUNT(*) AS n FROM job_results WHERE kind = 'build'");
      const articles = await count('SELECT COUNT(*) AS n FROM articles');
      const slugs = await count('SELECT COUNT(DISTINCT slug) AS n FROM articles');
      const publishes = await count("SELECT COUNT(*) AS n FROM job_results WHERE kind = 'publish'");
      const tokens = await count(
        'SELECT COALESCE(SUM(input_tokens + output_tokens), 0) AS n FROM model_calls',
      );
      const charges = await count('SELECT COUNT(*) AS n FROM job_charges');
      const retaken = await count('SELECT COUNT(*) AS n FROM job_leases WHERE lease > 1');
      const blockedLeases = await Promise.all(blockedKeys.map((key) => db.leaseOf(key)));
      await db.close();
      const report = {
        seconds: Math.round((Date.now() - started) / 1000),
        killed,
        builds,
        failedBuilds: failed.length,
        articles,
        publishes,
        posts: target.created,
        postRequests: [...target.requests.values()].reduce((sum, n) => sum + n, 0),
        refusedStale: target.refusedStale,
        tokens,
        budget: BUDGET,
        retakenLeases: retaken,
        blockedLeases,
        unblocked,
        queue: final,
      };
      console.log(`# queue faults (${kind}): ${JSON.stringify(report)}`);

      // 0 jobs lost: every build finished, or failed for the budget and said so.
      assert.equal(builds + failed.length, JOBS);
      for (const job of failed) assert.match(job.failedReason, /^LLM_BUDGET: Refused to call the model/);
      assert.equal(final.build.completed, builds);
      // 0 duplicate articles: one article per finished build, each under its own slug.
      assert.equal(articles, builds);
      assert.equal(slugs, builds);
      // 0 duplicate publishes: one publish per article, in the store and on the target.
      assert.equal(publishes, builds);
      assert.equal(target.created, builds);
      assert.equal(target.posts.size, builds);
      assert.equal(final.publish.failed ?? 0, 0);
      // The budget held, every charge is one model call, and most builds were charged in full.
      assert.ok(tokens <= BUDGET, `${tokens} tokens charged, budget ${BUDGET}`);
      assert.equal(tokens, charges * TOKENS_PER_CALL);
      assert.ok(builds >= 900, `only ${builds} builds finished`);
      // The faults happened: workers were killed, Redis restarted, and jobs were taken over.
      assert.ok(killed >= 3 && restarted && blocked);
      assert.ok(retaken > 0, 'no job was ever handed to a second worker');
      // The blocked worker's job was handed to another worker (a later lease) while it was blocked.
      assert.equal(blockedKeys.length, 1);
      assert.ok(
        (blockedLeases[0] ?? 0) > 1,
        `the blocked job kept lease ${blockedLeases[0]} (its worker: ${unblocked.join('; ') || 'still blocked'})`,
      );
    });
  });
}
