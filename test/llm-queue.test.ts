// The llm engine against a one-slot model server that queues requests (like llama.cpp with one
// slot, or Ollama): the generation limit starts at the first token, waiting in the queue has its
// own longer limit, and a request given up is withdrawn (the server sees the connection close).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLlmEngine, type LlmEngineOptions } from '../src/engines/llm/compose-llm-article.ts';
import { createLanguageModel } from '../src/engines/llm/create-language-model.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import {
  type LlmReply,
  type LlmRequestRecord,
  type LlmServer,
  startLlmServer,
} from './support/llm-server.ts';
import { callKind, goodReply, sectionIndex } from './support/scripted-answers.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'offshore-wind');

describe('llm engine against a one-slot server that queues requests', () => {
  let tokenizer: Tokenizer;
  let server: LlmServer;
  let route: (request: LlmRequestRecord) => LlmReply = goodReply;
  before(async () => {
    tokenizer = await createTokenizer();
    server = await startLlmServer((request) => route(request), { slots: 1 });
  });
  after(() => server.close());

  const build = async (limits: NonNullable<LlmEngineOptions['limits']>) => {
    const { model, modelId } = createLanguageModel({
      model: 'compatible:one-slot',
      baseURL: server.baseURL,
      env: {},
    });
    const engine = createLlmEngine({ model, modelId, concurrency: 4, limits });
    const start = server.requests.length;
    const result = await buildArticle([SAMPLE], { tokenizer, engine });
    return { ...result, requests: server.requests.slice(start) };
  };

  it('writes every part with 4 calls in flight, though the later ones wait in the queue longer than the generation limit', async () => {
    // Answers slow enough (600 ms each) that the last of 4 waits well past the limit even when a
    // loaded machine sends the requests a few hundred milliseconds apart.
    route = (request) => ({ ...goodReply(request), delayMs: 600 });
    const { article, documents, requests } = await build({ timeoutMs: 1100, maxRetries: 0 });
    assert.equal(requests.length, documents.length + 1);
    assert.equal(article.engine.fallbacks, undefined, JSON.stringify(article.engine.fallbacks));
    // Each answer took about 600 ms once it had the slot, one at a time: the last one waited for
    // all the others. Timed from the request (the old per-call limit) it would have run out.
    const waits = requests.map((request) => (request.startedAt ?? Number.NaN) - request.at);
    const longest = Math.max(...waits);
    assert.ok(longest > 1100, `the longest wait in the queue was ${longest} ms`);
    const starts = requests.map((request) => request.startedAt ?? 0).sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++)
      assert.ok((starts[i] ?? 0) - (starts[i - 1] ?? 0) >= 550, `answers overlapped: ${starts.join(', ')}`);
  });

  it('times out a generation that stalls after its first token, and closes that request', async () => {
    route = (request) =>
      callKind(request) === 'section' && sectionIndex(request) === 2
        ? { kind: 'stall', text: '{"comment":"途中で止まる' }
        : goodReply(request);
    const { article, requests } = await build({ timeoutMs: 500, maxRetries: 0 });
    const stalled = requests.find(
      (request) => callKind(request) === 'section' && sectionIndex(request) === 2,
    );
    assert.ok(
      stalled?.startedAt !== undefined && stalled.closedAt !== undefined,
      'the stalled request was closed',
    );
    const generating = (stalled.closedAt ?? 0) - (stalled.startedAt ?? 0);
    assert.ok(generating >= 450 && generating < 3000, `closed ${generating} ms after it started`);
    const fallback = article.engine.fallbacks?.find((entry) => entry.path === 'sections[1]');
    assert.match(fallback?.reason ?? '', /not finished 500 ms after its first token/);
    assert.deepEqual(
      article.engine.fallbacks?.map((entry) => entry.path).filter((path) => !path.startsWith('sections[1]')),
      [],
    );
  });

  it('withdraws requests still queued when the first-token limit runs out, and the server drops them unstarted', async () => {
    route = (request) => ({ ...goodReply(request), delayMs: 1500 });
    const { article, requests } = await build({ timeoutMs: 5000, firstTokenTimeoutMs: 700, maxRetries: 0 });
    const started = requests.filter((request) => request.startedAt !== undefined);
    const withdrawn = requests.filter((request) => request.startedAt === undefined);
    assert.equal(started.length, 1);
    assert.equal(withdrawn.length, requests.length - 1);
    for (const request of withdrawn) {
      assert.ok(request.closedAt !== undefined, 'closed by the client');
      // The client's clock starts before the request reaches the server (connection set-up, a
      // loaded machine): the wait the server sees is the limit less that, never near zero, and it
      // ends before the first request's answer (1500 ms) would have let this one start.
      const waited = (request.closedAt ?? 0) - request.at;
      assert.ok(waited >= 350 && waited < 1500, `withdrawn after ${waited} ms`);
    }
    const reasons = (article.engine.fallbacks ?? []).map((entry) => entry.reason);
    assert.ok(reasons.length >= withdrawn.length, JSON.stringify(reasons));
    assert.ok(reasons.some((reason) => /no first token in 700 ms; the request was withdrawn/.test(reason)));
  });
});
