// The language model judge in queue workers (`matome worker --judge`, and a desk request's `judge`
// under `matome serve --redis`) against a real redis-server and the scripted loopback model server:
// the worker makes the judge's calls, the stored article carries the judge record, and a rebuild by
// another worker on the same store asks nothing again (the answers are cached in the store).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { runWorkerCommand } from '../src/cli/worker-command.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createQueueBuildRunner, type QueuedBuildRunner } from '../src/queue/queue-build-runner.ts';
import { createJobQueues, type JobQueues } from '../src/queue/queues.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { openStorePorts } from '../src/store/open-store.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import {
  type LlmReply,
  type LlmRequestRecord,
  type LlmServer,
  startLlmServer,
} from './support/llm-server.ts';
import { type Outlet, outletWorld, startBusOutlets } from './support/news-outlets.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';

const { skip } = redisAvailable();
const SAMPLE = join(import.meta.dirname, '..', 'samples', 'offshore-wind');

const isJudge = (request: Pick<LlmRequestRecord, 'prompt'>) =>
  request.prompt.includes('この主張が出典で裏付けられるかを判定し');
const claimOf = (request: Pick<LlmRequestRecord, 'prompt'>) =>
  request.prompt.match(/<<<[^\n]* claim>>>\n([^\n]*)\n<<<END/u)?.[1] ?? '';
const supported: LlmReply = {
  kind: 'json',
  value: { verdict: 'supported', cites: [1], reason: '一致する。' },
};

describe('the judge in queue workers', { skip, timeout: 180_000 }, () => {
  let redis: RedisServer;
  let llm: LlmServer;
  let dir: string;
  let path: string;
  let queues: JobQueues;
  let queued: { runner: QueuedBuildRunner; close(): Promise<void> };
  let tokenizer: Tokenizer;
  let doubted = '';
  let route: (request: LlmRequestRecord) => LlmReply = () => supported;

  /** A `matome worker` for build jobs on the shared store; stopped by the returned function. */
  async function startWorker(
    args: string[],
    env: Record<string, string> = {},
  ): Promise<{ stop(): Promise<number>; output: () => string }> {
    const stopping = new AbortController();
    let output = '';
    const write = (text: string) => {
      output += text;
    };
    const done = runWorkerCommand(['--redis', redis.url, '--store', path, '--kinds', 'build', ...args], {
      stdout: write,
      stderr: write,
      tokenizer,
      signal: stopping.signal,
      env: { ...process.env, ...env },
    });
    for (let tries = 0; !/worker on redis:/.test(output); tries++) {
      assert.ok(tries < 200, `the worker did not start: ${output}`);
      await Promise.race([done, delay(50)]);
    }
    return {
      stop: async () => {
        stopping.abort();
        return await done;
      },
      output: () => output,
    };
  }
  const judgeRequests = (from: number) => llm.requests.slice(from).filter(isJudge);
  const stored = async (articleId: number) => {
    const store = createSqliteStore(path);
    try {
      return (await store.getArticle(articleId))?.article;
    } finally {
      await store.close();
    }
  };

  before(async () => {
    redis = await startRedis();
    llm = await startLlmServer((request) => route(request));
    dir = mkdtempSync(join(tmpdir(), 'matome-queue-judge-'));
    path = join(dir, 'store.db');
    queues = createJobQueues(redis.url);
    queued = createQueueBuildRunner(redis.url, queues, () => {});
    tokenizer = await createTokenizer();
    const plain = await buildArticle([SAMPLE], { tokenizer, engine: createOfflineEngine() });
    doubted = plain.article.sections[1]?.card.summary[0]?.text ?? '';
    route = (request) =>
      isJudge(request) && claimOf(request) === doubted
        ? {
            kind: 'json',
            value: { verdict: 'contradicted', cites: [2], reason: '出典は別の数字を挙げている。' },
          }
        : supported;
  });
  after(async () => {
    await queued?.close();
    await queues?.close();
    await llm?.close();
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('judges a queued build with the worker’s --judge, and a second worker’s rebuild asks nothing again', async () => {
    const worker = await startWorker(['--judge', 'compatible:judge', '--base-url', llm.baseURL]);
    let calls: number;
    try {
      const start = llm.requests.length;
      const built = await queued.runner([SAMPLE], undefined, () => {});
      assert.equal(built.verdict, 'needs_review');
      const article = await stored(built.articleId);
      const asked = judgeRequests(start);
      calls = asked.length;
      assert.ok(calls > 5);
      // The worker made the calls; the stored article carries the record, the doubt on its unit.
      assert.equal(article?.judge?.model, 'compatible:judge');
      assert.equal(article?.judge?.judged, calls);
      assert.equal(article?.judge?.usage.calls, calls);
      assert.deepEqual(
        article?.judge?.doubts.map((doubt) => [doubt.path, doubt.text, doubt.reason]),
        [['sections[1].card.summary[0]', doubted, '出典は別の数字を挙げている。']],
      );
      assert.ok(asked.some((request) => claimOf(request) === doubted));
    } finally {
      assert.equal(await worker.stop(), 0);
    }
    // Another worker on the same store: the same build asked again is answered from the store's cache.
    const second = await startWorker(['--judge', 'compatible:judge', '--base-url', llm.baseURL]);
    try {
      const start = llm.requests.length;
      const again = await queued.runner([SAMPLE], undefined, () => {});
      const article = await stored(again.articleId);
      assert.deepEqual(judgeRequests(start), []);
      assert.equal(article?.judge?.usage.calls, 0);
      assert.equal(article?.judge?.usage.cachedCalls, calls);
      assert.deepEqual(
        article?.judge?.doubts.map((doubt) => doubt.path),
        ['sections[1].card.summary[0]'],
      );
    } finally {
      assert.equal(await second.stop(), 0);
    }
  });

  it('judges a desk request’s judge and budget in a worker started without --judge, and refuses local: models', async () => {
    const worker = await startWorker([], { MATOME_BASE_URL: llm.baseURL });
    try {
      const start = llm.requests.length;
      const built = await queued.runner([SAMPLE], undefined, () => {}, {
        judge: 'compatible:desk-judge',
        'judge-budget': 3,
      });
      const article = await stored(built.articleId);
      assert.equal(article?.judge?.model, 'compatible:desk-judge');
      assert.equal(article?.judge?.budget, 3);
      assert.equal(article?.judge?.judged, 3);
      assert.ok((article?.judge?.skipped ?? 0) > 0);
      assert.equal(judgeRequests(start).length, 3);
      assert.deepEqual(
        judgeRequests(start).map((request) => request.body.model),
        ['desk-judge', 'desk-judge', 'desk-judge'],
      );
      // A request's other engine options stay the workers' own.
      await assert.rejects(
        queued.runner([SAMPLE], undefined, () => {}, { judge: 'compatible:desk-judge', engine: 'llm' }),
        /Not implemented: engine options/,
      );
      // An in-process model is the worker operator's to choose, never a queued job's.
      await assert.rejects(
        queued.runner([SAMPLE], undefined, () => {}, { judge: 'local:/models/judge.gguf' }),
        (error: Error & { code?: string }) =>
          error.code === 'INVALID_ARGUMENT' && /local:\/models\/judge\.gguf/.test(error.message),
      );
      assert.equal(judgeRequests(start).length, 3);
    } finally {
      assert.equal(await worker.stop(), 0);
    }
  });

  it('judges a story’s build (a watch round’s, queued by a cluster job) in a worker with --judge', async () => {
    const outlets: Outlet[] = await startBusOutlets(outletWorld());
    const worker = await startWorker([
      '--judge',
      'compatible:story-judge',
      '--base-url',
      llm.baseURL,
      '--allow-host',
      '127.0.0.1',
    ]);
    const ports = openStorePorts(path);
    const stories = await ports.stories();
    try {
      const start = llm.requests.length;
      await queues.add('build', {
        sources: outlets.map((outlet) => `${outlet.origin}/bus.html`),
        story: { id: 'story-judged', minSources: 2 },
      });
      let revision: { articleId: number } | undefined;
      for (let tries = 0; revision === undefined; tries++) {
        assert.ok(tries < 600, `the story was not built: ${worker.output()}`);
        await delay(100);
        revision = (await stories.listStoryArticles(['story-judged']))[0];
      }
      const article = await stored(revision.articleId);
      const asked = judgeRequests(start);
      assert.ok(asked.length > 3);
      assert.ok(asked.every((request) => request.body.model === 'story-judge'));
      assert.equal(article?.judge?.model, 'compatible:story-judge');
      assert.equal(article?.judge?.usage.calls, asked.length);
      assert.equal(article?.judge?.skipped, 0);
    } finally {
      await stories.close();
      assert.equal(await worker.stop(), 0);
      for (const outlet of outlets) {
        outlet.server.closeAllConnections();
        outlet.server.close();
      }
    }
  });

  it('keeps the article when the judge cannot be reached: judge.error notes, not a failed build', async () => {
    const worker = await startWorker([
      '--judge',
      'compatible:unreachable',
      '--judge-budget',
      '2',
      '--max-retries',
      '0',
      '--base-url',
      'http://127.0.0.1:9/v1',
    ]);
    try {
      const built = await queued.runner([SAMPLE], undefined, () => {});
      const article = await stored(built.articleId);
      assert.equal(article?.judge?.judged, 0);
      assert.equal(article?.judge?.failed, 2);
      assert.equal(article?.judge?.errors.length, 2);
      assert.ok(article !== undefined && article.sections.length > 0);
    } finally {
      assert.equal(await worker.stop(), 0);
    }
  });
});

describe('worker options that only shape builds', () => {
  // Refused before Redis is reached (nothing listens on port 1): a worker that runs no build or
  // recheck job would ignore them, and a judge asked for would silently judge nothing.
  const worker = (args: string[]) =>
    runWorkerCommand(['--redis', 'redis://127.0.0.1:1', ...args], {
      stdout: () => {},
      stderr: () => {},
    });

  it('refuses --judge on a worker without build or recheck jobs, naming the kinds it runs', async () => {
    await assert.rejects(
      worker(['--kinds', 'fetch,extract', '--judge', 'openai:some-model']),
      (error: Error) =>
        /--judge shapes build and recheck jobs, and this worker runs only fetch, extract \(add build or recheck to --kinds, or leave it out\)/.test(
          error.message,
        ),
    );
    await assert.rejects(
      worker(['--kinds', 'verify', '--engine', 'llm', '--model', 'm', '--judge-budget', '9']),
      /--engine llm, --judge-budget, --model shape build and recheck jobs, and this worker runs only verify/,
    );
  });
});
