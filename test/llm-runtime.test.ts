// The llm engine against a real llama.cpp runtime: node-llama-cpp 3.21.1 running the tiny
// random-weights GGUF of ../shared/data/models, in process (`local:`) and behind a loopback
// OpenAI-compatible server (`compatible:` / `llamacpp:`). What the model writes is gibberish, so
// every part must fall back, visibly; the ledger must match the runtime's own token count; an
// identical rebuild must make no request. Kept short: one or two small invented sources, 128 output
// tokens (256 through the CLI, its least).
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../src/domain/article.ts';
import { REPAIR_SCHEMAS } from '../src/engines/llm/answer-schemas.ts';
import { createModelCaller } from '../src/engines/llm/call-model.ts';
import { createLlmEngine, type LlmEngineOptions } from '../src/engines/llm/compose-llm-article.ts';
import { createLanguageModel } from '../src/engines/llm/create-language-model.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { expectMatomeError } from './support/expect-failure.ts';
import {
  type LlamaServer,
  runtimeUnavailable,
  startLlamaServer,
  TINY_MODEL,
} from './support/llama-server.ts';
import { createMemoryCache } from './support/memory-cache.ts';
import { runMatome } from './support/run-cli.ts';
import { callKind } from './support/scripted-answers.ts';

const TINY = join(import.meta.dirname, 'fixtures', 'llm', 'tiny');
const SOURCES = [join(TINY, 'bridge-a.html'), join(TINY, 'bridge-b.html')];
const LIMITS = { timeoutMs: 60_000, maxRetries: 0, maxOutputTokens: 128 };

const unavailable = await runtimeUnavailable();
if (unavailable) console.log(`# llm-runtime tests skipped: ${unavailable}`);

describe('llm engine against a real llama.cpp runtime (tiny random model)', { skip: unavailable }, () => {
  let tokenizer: Tokenizer;
  let server: LlamaServer;
  before(async () => {
    tokenizer = await createTokenizer({ kind: 'segmenter' });
    server = await startLlamaServer({ slots: 1 });
  });
  after(() => server?.close());

  const engineOn = (
    target: LlamaServer,
    options: Partial<LlmEngineOptions> = {},
    provider = 'llamacpp:tiny',
  ) => {
    const configured = createLanguageModel({ model: provider, baseURL: target.baseURL, env: {} });
    return createLlmEngine({
      model: configured.model,
      modelId: configured.modelId,
      concurrency: configured.defaultConcurrency,
      limits: LIMITS,
      ...options,
    });
  };
  const build = (engine: ReturnType<typeof engineOn>, inputs = SOURCES) =>
    buildArticle(inputs, { tokenizer, engine });
  const during = async <T>(target: LlamaServer, action: () => Promise<T>) => {
    const start = target.requests.length;
    const value = await action();
    return { value, requests: target.requests.slice(start) };
  };

  it('records in the ledger exactly the tokens the runtime counted, for parallel calls and cut-off answers alike', async () => {
    // Four calls in flight on purpose: the old ledger shared one "before" snapshot among them.
    const parallel = await startLlamaServer({ slots: 4 });
    try {
      const cache = createMemoryCache();
      const { value, requests } = await during(parallel, () =>
        build(engineOn(parallel, { cache, concurrency: 4 })),
      );
      const usage = value.article.engine.usage;
      const counted = requests.reduce((sum, r) => sum + r.promptTokens + r.completionTokens, 0);
      assert.ok(counted > 1000, `the runtime counted ${counted} tokens`);
      // Every answer of the random model is cut off at the token limit: those calls count too.
      assert.ok(
        requests.every((r) => r.finishReason === 'length'),
        JSON.stringify(requests.map((r) => r.finishReason)),
      );
      assert.equal(cache.ledger.length, requests.length);
      assert.equal(await cache.tokensUsedSince(new Date(0)), counted);
      assert.equal((usage?.inputTokens ?? 0) + (usage?.outputTokens ?? 0), counted);
      assert.equal(
        usage?.inputTokens,
        requests.reduce((sum, r) => sum + r.promptTokens, 0),
      );
      assert.ok(cache.ledger.every((call) => call.outcome === 'cut-off'));
    } finally {
      await parallel.close();
    }
  });

  it('asks a cut-off answer once, and makes no request at all when the same build is made again', async () => {
    const cache = createMemoryCache();
    const first = await during(server, () => build(engineOn(server, { cache })));
    // One request per part: the frame and two sections, none asked twice with the same limit.
    assert.deepEqual(first.requests.map((r) => callKind(r)).sort(), ['frame', 'section', 'section']);
    assert.ok(first.requests.every((r) => r.finishReason === 'length'));
    assert.ok(first.value.article.engine.fallbacks?.every((f) => /cut off/.test(f.reason)));
    const again = await during(server, () => build(engineOn(server, { cache })));
    assert.equal(again.requests.length, 0);
    assert.equal(again.value.article.engine.usage?.cachedCalls, 3);
    assert.deepEqual(again.value.article.engine.modelText, first.value.article.engine.modelText);
  });

  it('sends a repair schema whose id is bounded, so a grammar cannot write it to the token limit', async () => {
    const caller = createModelCaller({
      ...createLanguageModel({ model: 'llamacpp:tiny', baseURL: server.baseURL, env: {} }),
      limits: LIMITS,
    });
    const before = server.requests.length;
    await caller
      .call(
        'repair',
        { system: '書き直してください。', prompt: 'id: title\n書いた文: テスト' },
        REPAIR_SCHEMAS,
      )
      .catch(() => undefined);
    const sent = server.requests.slice(before)[0];
    assert.equal(sent?.responseFormat, 'json_schema');
    assert.equal(sent?.schema?.properties?.units?.items?.properties?.id?.maxLength, 48);
  });

  it('falls back from json_schema to JSON mode to the prompt alone when the server says it does not support them', async () => {
    const plain = await startLlamaServer({ accepts: [] });
    try {
      const { value, requests } = await during(plain, () =>
        build(engineOn(plain, {}, 'compatible:tiny'), [SOURCES[0] as string]),
      );
      const formats = requests.map((r) => `${r.responseFormat}:${r.status}`);
      assert.deepEqual(formats.slice(0, 3), ['json_schema:400', 'json_object:400', 'none:200']);
      // The later calls ask the way the server accepts, and the schema is in their prompt.
      assert.ok(
        formats.slice(3).every((f) => f === 'none:200'),
        formats.join(' '),
      );
      // Without an enforced schema the prompt carries it.
      assert.ok(requests.slice(1).every((r) => r.prompt.includes('"additionalProperties":false')));
      assert.equal(value.article.engine.modelText?.share, 0);
    } finally {
      await plain.close();
    }
  });

  it("names the server's own reason when a prompt does not fit the context", async () => {
    // 3,500 output tokens on top of the prompt do not fit the tiny model's 4,096: refused at once.
    const engine = engineOn(server, { limits: { ...LIMITS, maxOutputTokens: 3500 } });
    const { value, requests } = await during(server, () => build(engine, [SOURCES[0] as string]));
    assert.ok(requests.every((r) => r.status === 400 && r.completionTokens === 0));
    const reasons = value.article.engine.fallbacks?.map((f) => f.reason).join('\n') ?? '';
    assert.match(
      reasons,
      /HTTP 400: the request \(\d+ prompt tokens \+ 3500 output tokens\) exceeds the available context size \(4096 tokens\)/,
    );
  });

  it("uses the llama.cpp server's slot count, or one call at a time when the server does not say", async () => {
    await during(server, () => build(engineOn(server)));
    assert.equal(server.maxInFlight, 1);
    const unknown = await startLlamaServer({ noProps: true });
    const two = await startLlamaServer({ slots: 2 });
    try {
      await build(engineOn(unknown, {}, 'compatible:tiny'), [SOURCES[0] as string]);
      assert.equal(unknown.maxInFlight, 1);
      await build(engineOn(two), [SOURCES[0] as string]);
      assert.equal(two.maxInFlight, 2);
    } finally {
      await unknown.close();
      await two.close();
    }
  });

  it('times the wait for the first token apart from generation: queued calls finish, a call with no first token is withdrawn', async () => {
    // Four calls in flight on a runtime that generates one at a time: the later ones wait in its
    // queue, which the generation limit does not count, so every call runs to its token limit.
    const queued = await during(server, () =>
      build(engineOn(server, { concurrency: 4, limits: { ...LIMITS, firstTokenTimeoutMs: 600_000 } })),
    );
    assert.ok(server.maxInFlight >= 2, `at most ${server.maxInFlight} request(s) were in flight`);
    assert.ok(
      queued.requests.every((r) => r.finishReason === 'length'),
      JSON.stringify(queued.requests.map((r) => r.finishReason)),
    );
    const queuedReasons = (queued.value.article.engine.fallbacks ?? []).map((f) => f.reason).join('\n');
    assert.doesNotMatch(queuedReasons, /timed out/);
    // With no time for a first token, each call is withdrawn: the runtime finishes none, and each
    // part says why it fell back.
    const withdrawn = await during(server, () =>
      build(engineOn(server, { concurrency: 4, limits: { ...LIMITS, firstTokenTimeoutMs: 1 } })),
    );
    // (A call withdrawn that soon may never reach the server; one that did never finished.)
    assert.ok(
      withdrawn.requests.every((r) => r.finishReason === undefined),
      JSON.stringify(withdrawn.requests.map((r) => r.finishReason)),
    );
    const reasons = (withdrawn.value.article.engine.fallbacks ?? []).map((f) => f.reason);
    assert.ok(reasons.length >= 3, reasons.join('\n'));
    assert.ok(
      reasons.every((reason) => /no first token in 1 ms; the request was withdrawn/.test(reason)),
      reasons.join('\n'),
    );
  });

  it('says which GGUF file could not be loaded, and stops the build', async () => {
    const configured = createLanguageModel({ model: 'local:/nonexistent/model.gguf', env: {}, threads: 1 });
    const engine = createLlmEngine({ model: configured.model, modelId: configured.modelId, limits: LIMITS });
    const error = await expectMatomeError(buildArticle([SOURCES[0] as string], { tokenizer, engine }));
    assert.equal(error.code, 'LLM_CONFIG');
    assert.match(error.message, /^Failed to load model: \/nonexistent\/model\.gguf \(.*no such file/);
  });

  it('builds in process with local:PATH.gguf: every part falls back, the gate decides, the summary says 0%, --min-model-share fails with exit 10', async () => {
    const out = await mkdtemp(join(tmpdir(), 'matome-local-'));
    try {
      const args = ['build', '--engine', 'llm', '--model', `local:${TINY_MODEL}`, '--threads', '1'];
      args.push(
        '--max-output-tokens',
        '256',
        '--store',
        join(out, 'store.db'),
        '--out',
        out,
        '--slug',
        'tiny',
      );
      const first = await runMatome([...args, '--format', 'json,txt', ...SOURCES]);
      assert.ok(first.code === 0 || first.code === 9, `exit ${first.code}: ${first.stderr}`);
      assert.match(
        first.stderr,
        /matome: model text 0% of the article \(0 of \d+ characters; (\d+) of \1 units fell back to the sources' own words: frame 0%, S1 0%, S2 0%\)/,
      );
      const written = await readdir(out);
      const json = first.code === 0 ? 'tiny.json' : 'tiny.draft.json';
      assert.ok(written.includes(json), written.join(' '));
      const article = JSON.parse(await readFile(join(out, json), 'utf8')) as Article;
      assert.equal(article.engine.model, `local:${TINY_MODEL}`);
      assert.equal(article.engine.modelText?.share, 0);
      assert.equal(article.engine.usage?.calls, 3);
      assert.ok((article.engine.usage?.outputTokens ?? 0) >= 3 * 200, 'it generated');
      const report = await readFile(join(out, 'tiny.report.txt'), 'utf8');
      assert.match(report, /model text 0% of the article/);

      const again = await runMatome([...args, '--min-model-share', '0.5', ...SOURCES]);
      assert.equal(again.code, first.code === 9 ? 9 : 10, again.stderr);
      if (again.code === 10) {
        assert.match(
          again.stderr,
          /Refused to publish: tiny \(the model wrote 0% of the text, --min-model-share asks for 50%\)/,
        );
        const draft = JSON.parse(await readFile(join(out, 'tiny.draft.json'), 'utf8')) as Article;
        assert.equal(draft.engine.usage?.calls, 0, 'the rebuild came from the cache');
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
