// The llm engine run by a queue worker against a real redis-server and the loopback model server:
// every model call is held against the day's budget in the store before it is made (under the
// job's fence) and settled with the usage the server reported; a job that would pass the budget is
// refused before its call reaches the server; a worker that lost its job cannot call the model.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { createLlmEngine } from '../src/engines/llm/compose-llm-article.ts';
import { createLanguageModel } from '../src/engines/llm/create-language-model.ts';
import { createBuildHandler } from '../src/queue/job-handlers.ts';
import { createJobLlmCache } from '../src/queue/job-llm-cache.ts';
import { createJobQueues, type JobQueues } from '../src/queue/queues.ts';
import { startWorkers } from '../src/queue/start-workers.ts';
import { createJobLedger } from '../src/store/create-job-ledger.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import type { JobLedger } from '../src/store/job-ledger.ts';
import type { Store } from '../src/store/store.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { SAMPLES } from './support/desk-fixture.ts';
import { type LlmServer, startLlmServer } from './support/llm-server.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';
import { goodReply } from './support/scripted-answers.ts';

const { skip } = redisAvailable();
const USAGE = { input: 900, output: 100 };

describe('queue workers with the llm engine', { skip, timeout: 120_000 }, () => {
  let redis: RedisServer;
  let llm: LlmServer;
  let dir: string;
  let path: string;
  let store: Store;
  let ledger: JobLedger;
  let queues: JobQueues;
  let workers: { close(): Promise<void> };
  let maxTokensPerDay = 1_000_000;
  const errors: Error[] = [];

  before(async () => {
    redis = await startRedis();
    llm = await startLlmServer((request) => ({ ...goodReply(request), usage: USAGE }));
    dir = mkdtempSync(join(tmpdir(), 'matome-queue-llm-'));
    path = join(dir, 'store.db');
    store = createSqliteStore(path);
    ledger = createJobLedger(path);
    queues = createJobQueues(redis.url);
    const { model, modelId } = createLanguageModel({
      model: 'compatible:scripted',
      baseURL: llm.baseURL,
      env: { OPENAI_API_KEY: 'test-key' },
    });
    workers = startWorkers({
      redisUrl: redis.url,
      ledger,
      queues,
      handlers: {
        build: createBuildHandler({
          store,
          tokenizer: await createTokenizer(),
          access: {},
          engine: async (context) =>
            createLlmEngine({
              model,
              modelId,
              cache: createJobLlmCache(store, ledger, context.fence, { maxTokensPerDay }),
              limits: { timeoutMs: 10_000, maxRetries: 0, maxOutputTokens: 1024, maxTokensPerDay },
            }),
        }),
      },
      onError: (error) => errors.push(error),
    });
  });
  after(async () => {
    await workers?.close();
    await queues?.close();
    await ledger?.close();
    await store?.close();
    await llm?.close();
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ledgerRows = () => {
    const db = new DatabaseSync(path, { readOnly: true });
    const rows = db.prepare('SELECT outcome, input_tokens, output_tokens FROM model_calls').all() as {
      outcome: string;
      input_tokens: number;
      output_tokens: number;
    }[];
    db.close();
    return rows;
  };
  const spent = () => ledgerRows().reduce((sum, row) => sum + row.input_tokens + row.output_tokens, 0);

  it('settles every held call with the usage the server reported', async () => {
    const key = await queues.add('build', { sources: [join(SAMPLES, 'offshore-wind')], request: 'one' });
    const job = await finished(queues, key);
    assert.equal(job.state, 'completed', job.reason);
    const rows = ledgerRows();
    assert.ok(llm.requests.length >= 2);
    assert.equal(rows.length, llm.requests.length);
    assert.deepEqual(
      rows.filter((row) => row.outcome !== 'ok'),
      [],
      'no call is left as a reservation',
    );
    assert.equal(spent(), llm.requests.length * (USAGE.input + USAGE.output));
    assert.deepEqual(errors, []);
  });

  it('refuses a build whose next call could pass the day budget, before the call reaches the server', async () => {
    // Room for less than one call's hold (its prompt's bytes plus the output limit).
    maxTokensPerDay = spent() + 500;
    const requestsBefore = llm.requests.length;
    const key = await queues.add('build', { sources: [join(SAMPLES, 'local-railway')], request: 'two' });
    const job = await finished(queues, key);
    assert.equal(job.state, 'failed');
    assert.match(
      job.reason,
      /^LLM_BUDGET: Refused to call the model: build-[0-9a-f]{32} 1:1:.* more would pass the daily budget/,
    );
    assert.equal(llm.requests.length, requestsBefore);
    assert.ok(spent() <= maxTokensPerDay);
    assert.equal((await store.listArticles()).length, 1);
  });

  it('lets no model call be made under a lease another worker has taken', async () => {
    const key = `build-${'c'.repeat(32)}`;
    const stale = await ledger.takeLease(key);
    await ledger.takeLease(key);
    const cache = createJobLlmCache(store, ledger, stale, { maxTokensPerDay: 10_000_000 });
    await assert.rejects(async () => cache.reserve?.('frame', 'scripted', 100), {
      code: 'CONFLICT',
      message: /lease 1 is stale; lease 2 holds the job now/,
    });
  });
});

async function finished(queues: JobQueues, key: string): Promise<{ state: string; reason: string }> {
  for (let tries = 0; tries < 1200; tries++) {
    const state = await queues.queue('build').getJobState(key);
    if (state === 'completed' || state === 'failed') {
      const job = await queues.queue('build').getJob(key);
      return { state, reason: job?.failedReason ?? '' };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`build job ${key} did not finish`);
}
