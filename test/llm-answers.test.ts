// What a model server may send back that is not the clean answer asked for: JSON wrapped in fences,
// think blocks or prose; one bad item; impossible usage; an answer far too large or too deep; an
// error body; a Retry-After of a day. Each is read, or refused with its real cause, and only the
// part it concerns falls back. A scripted loopback server stands in for the model.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLlmEngine, type LlmEngineOptions } from '../src/engines/llm/compose-llm-article.ts';
import { createLanguageModel } from '../src/engines/llm/create-language-model.ts';
import { extractJson } from '../src/engines/llm/extract-json.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { expectMatomeError } from './support/expect-failure.ts';
import {
  type LlmReply,
  type LlmRequestRecord,
  type LlmServer,
  startLlmServer,
} from './support/llm-server.ts';
import { createMemoryCache } from './support/memory-cache.ts';
import { runMatome } from './support/run-cli.ts';
import { callKind, goodFrame, goodReply, goodSection, sectionIndex } from './support/scripted-answers.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'offshore-wind');

describe('llm engine reading what a model server sends back', () => {
  let tokenizer: Tokenizer;
  let server: LlmServer;
  let route: (request: LlmRequestRecord) => LlmReply = goodReply;
  before(async () => {
    tokenizer = await createTokenizer({ kind: 'segmenter' });
    server = await startLlmServer((request) => route(request));
  });
  after(() => server.close());

  const build = async (options: Partial<LlmEngineOptions> = {}) => {
    const { model, modelId } = createLanguageModel({
      model: 'compatible:scripted',
      baseURL: server.baseURL,
      env: {},
    });
    const engine = createLlmEngine({
      model,
      modelId,
      limits: { timeoutMs: 5000, maxRetries: 2 },
      ...options,
    });
    const start = server.requests.length;
    const result = await buildArticle([SAMPLE], { tokenizer, engine });
    return { ...result, requests: server.requests.slice(start) };
  };
  const text = (value: unknown) => JSON.stringify(value);
  /** Good answers, except section `n`, which gets `reply(prompt)`. */
  const onSection = (n: number, reply: (prompt: string) => LlmReply) => {
    route = (request) =>
      callKind(request) === 'section' && sectionIndex(request) === n
        ? reply(request.prompt)
        : goodReply(request);
  };
  const reasonsFor = (fallbacks: Array<{ path: string; reason: string }> | undefined, prefix: string) =>
    (fallbacks ?? []).filter((f) => f.path.startsWith(prefix)).map((f) => f.reason);

  it('takes the JSON out of a ```json fence, a <think> block and surrounding prose', async () => {
    route = (request) => {
      const kind = callKind(request);
      if (kind === 'frame')
        return {
          kind: 'text',
          text: `以下が回答です。\n${text(goodFrame(request.prompt))}\nご確認ください。`,
        };
      const n = sectionIndex(request);
      const json = text(goodSection(request.prompt));
      if (n === 1) return { kind: 'text', text: `\`\`\`json\n${json}\n\`\`\`` };
      if (n === 2) return { kind: 'text', text: `<think>まず {出典} を読む。"}" に注意。</think>\n${json}` };
      return { kind: 'text', text: `Sure! Here is the section: ${json} Hope this helps.` };
    };
    const { article, requests } = await build();
    assert.equal(requests.length, 4, 'no second try was needed');
    assert.equal(article.engine.fallbacks, undefined, text(article.engine.fallbacks));
    assert.equal(article.engine.modelText?.share, 1);
  });

  it('writes the schema into the prompt of the second ask, for a server that ignores response_format', async () => {
    let asked = 0;
    onSection(1, (prompt) => {
      asked += 1;
      return asked === 1
        ? { kind: 'text', text: '洋上風力の記事をまとめました。' }
        : { kind: 'json', value: goodSection(prompt) };
    });
    const { article, requests } = await build();
    const section = requests.filter((r) => callKind(r) === 'section' && sectionIndex(r) === 1);
    assert.equal(section.length, 2);
    assert.doesNotMatch(section[0]?.prompt ?? '', /JSON スキーマに合う/);
    assert.match(
      section[1]?.prompt ?? '',
      /JSON スキーマに合う JSON オブジェクト1つだけ[\s\S]*"additionalProperties":false/,
    );
    assert.equal(section[1]?.body.response_format?.type, 'json_schema');
    assert.equal(reasonsFor(article.engine.fallbacks, 'sections[0]').length, 0);
  });

  it('drops only the item with a citation of -1, naming its field, and keeps the rest of the part', async () => {
    route = (request) => {
      if (callKind(request) !== 'frame') return goodReply(request);
      const frame = goodFrame(request.prompt) as { leadPoints: Array<{ cites: number[] }> };
      (frame.leadPoints[1] as { cites: number[] }).cites = [-1];
      return { kind: 'json', value: frame };
    };
    const { article } = await build();
    assert.deepEqual(
      article.engine.fallbacks?.map((f) => f.path),
      ['leadPoints[1]'],
    );
    assert.match(article.engine.fallbacks?.[0]?.reason ?? '', /^leadPoints\[1\]: cites\[0\]: Too small/);
    const frame = article.engine.modelText?.parts.find((part) => part.part === 'frame');
    assert.equal(frame?.fallbackUnits, 1);
    assert.ok((frame?.modelChars ?? 0) > 0);
    assert.match(article.title.text, /^【まとめ】/);
  });

  it('names a unit missing a field, in words the article can show', async () => {
    route = (request) => {
      if (callKind(request) !== 'frame') return goodReply(request);
      const frame = goodFrame(request.prompt) as { leadPoints: Array<{ cites?: number[] }> };
      delete (frame.leadPoints[2] as { cites?: number[] }).cites;
      return { kind: 'json', value: frame };
    };
    const { article } = await build();
    const reason = article.engine.fallbacks?.find((f) => f.path === 'leadPoints[2]')?.reason ?? '';
    assert.match(reason, /^leadPoints\[2\]: cites: Invalid input: expected array, received nothing$/);
  });

  for (const [name, usage] of [
    ['negative', { input: -5, output: 10 }],
    ['absurdly large', { input: 9e15, output: 10 }],
  ] as const) {
    it(`refuses ${name} reported usage as the server's fault, for that part only`, async () => {
      onSection(2, (prompt) => ({ kind: 'json', value: goodSection(prompt), usage }));
      const cache = createMemoryCache();
      const { article } = await build({ cache });
      assert.match(
        reasonsFor(article.engine.fallbacks, 'sections[1]').join(),
        /reported impossible usage: .*input tokens (-5|9000000000000000)/,
      );
      assert.ok(cache.ledger.every((call) => call.inputTokens >= 0 && call.inputTokens < 1e9));
      // The call is in the ledger, with no tokens: what it cost is unknown.
      assert.deepEqual(
        cache.ledger.filter((call) => call.label.startsWith('section S2')).map((call) => call.outcome),
        ['failed'],
      );
      assert.equal(reasonsFor(article.engine.fallbacks, 'sections[0]').length, 0);
    });
  }

  it('stops reading an answer larger than the cap and says so', async () => {
    onSection(1, () => ({ kind: 'text', text: 'あ'.repeat(2_000_000) }));
    const { article } = await build();
    assert.match(
      reasonsFor(article.engine.fallbacks, 'sections[0]').join(),
      /Model answer too large: .*over 4194304 bytes/,
    );
  });

  it('names JSON nested too deep as the answer, not as a connection problem', async () => {
    onSection(1, () => ({ kind: 'text', text: `{"heading":${'['.repeat(100_000)}${']'.repeat(100_000)}}` }));
    const { article } = await build();
    const reasons = reasonsFor(article.engine.fallbacks, 'sections[0]').join();
    assert.match(reasons, /not the JSON asked for: .*nested deeper than 32 levels/);
    assert.doesNotMatch(reasons, /base-url/);
  });

  it("puts the server's own message of an HTTP 400 in the reason, without claiming retries", async () => {
    onSection(1, () => ({
      kind: 'status',
      status: 400,
      body: {
        error: {
          message: 'the request exceeds the available context size, try increasing it',
          type: 'invalid_request_error',
        },
      },
    }));
    const { article, requests } = await build();
    const reasons = reasonsFor(article.engine.fallbacks, 'sections[0]').join();
    assert.match(reasons, /HTTP 400: the request exceeds the available context size, try increasing it\)/);
    assert.doesNotMatch(reasons, /attempts/);
    assert.equal(requests.filter((r) => callKind(r) === 'section' && sectionIndex(r) === 1).length, 1);
  });

  it('stops at once on a Retry-After of 99999 s, saying so, without waiting or retrying', async () => {
    route = () => ({
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '99999' },
      body: { message: 'quota' },
    });
    const started = Date.now();
    const start = server.requests.length;
    const error = await expectMatomeError(build({ concurrency: 1 }));
    assert.equal(error.code, 'LLM_RATE_LIMITED');
    assert.match(error.message, /^Model server asked to wait: .*\(HTTP 429, Retry-After 99999 s\)$/);
    assert.match(error.hint ?? '', /28 hours/);
    assert.ok(Date.now() - started < 4000);
    assert.equal(server.requests.length - start, 1);
  });

  it('prints the share of model text after the verdict, and checks --min-model-share', async () => {
    route = goodReply;
    const out = await mkdtemp(join(tmpdir(), 'matome-share-'));
    try {
      const args = [
        'build',
        '--engine',
        'llm',
        '--model',
        'compatible:scripted',
        '--base-url',
        server.baseURL,
      ];
      args.push('--no-store', '--out', out, '--format', 'json', '--slug', 'share');
      const built = await runMatome([...args, '--min-model-share', '0.9', SAMPLE]);
      assert.equal(built.code, 0, built.stderr);
      const line = built.stderr.split('\n').find((l) => l.startsWith('matome: model text'));
      assert.match(
        line ?? '',
        /^matome: model text (\d+)% of the article \(\d+ of \d+ characters; \d+ of \d+ units fell back to the sources' own words: frame \d+%, S1 \d+%, S2 \d+%, S3 \d+%\)$/,
      );
      assert.ok(Number(line?.match(/model text (\d+)%/)?.[1]) >= 90, line);
      const bad = await runMatome([...args, '--min-model-share', '1.5', SAMPLE]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /Invalid arguments: --min-model-share 1\.5/);
      const offline = await runMatome([
        'build',
        '--no-store',
        '--out',
        out,
        '--min-model-share',
        '0.5',
        SAMPLE,
      ]);
      assert.equal(offline.code, 2);
      assert.match(offline.stderr, /--min-model-share with the offline engine/);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('starts the timeout when a call is sent, not while it waits its turn', async () => {
    route = (request) => ({ ...goodReply(request), delayMs: 500 });
    const started = Date.now();
    const { article, requests } = await build({ concurrency: 1, limits: { timeoutMs: 1500, maxRetries: 0 } });
    assert.equal(requests.length, 4);
    // Four calls of 500 ms one after another outlast the 1,500 ms timeout, counted with their waits.
    assert.ok(Date.now() - started > 2000);
    assert.equal(article.engine.fallbacks, undefined, JSON.stringify(article.engine.fallbacks));
  });

  it('caches a repair that failed, so an identical rebuild makes no call at all', async () => {
    route = (request) => {
      const kind = callKind(request);
      if (kind === 'repair') return { kind: 'text', text: 'すみません、書き直せませんでした。' };
      if (kind === 'section' && sectionIndex(request) === 1) {
        const section = goodSection(request.prompt) as { summary: Array<{ text: string }> };
        (section.summary[0] as { text: string }).text = '町は住民全員に10万円を配ると発表した。';
        return { kind: 'json', value: section };
      }
      return goodReply(request);
    };
    const cache = createMemoryCache();
    const first = await build({ cache });
    const repairs = first.requests.filter((r) => callKind(r) === 'repair');
    assert.equal(repairs.length, 2, 'the repair, and once more for prose instead of JSON');
    assert.ok(first.article.engine.fallbacks?.some((f) => f.path === 'sections[0].card.summary[0]'));
    const again = await build({ cache });
    assert.equal(again.requests.length, 0);
    assert.deepEqual(again.article.engine.fallbacks, first.article.engine.fallbacks);
  });
});

describe('extractJson', () => {
  it('finds the object after a think block that mentions braces, in a fence, or in prose', () => {
    assert.deepEqual(extractJson('<think>{not json}</think>{"a":1}'), { a: 1 });
    assert.deepEqual(extractJson('```json\n{"a":"}"}\n```'), { a: '}' });
    assert.deepEqual(extractJson('答えは {"a":[1,2]} です'), { a: [1, 2] });
  });

  it('says what it saw when there is no complete object', () => {
    assert.throws(
      () => extractJson('{"a": "cut'),
      /no complete JSON object in the answer \(cut off or malformed\)/,
    );
    assert.throws(() => extractJson('I cannot help.'), /no JSON object in the answer: "I cannot help."/);
    assert.throws(() => extractJson('<think>still thinking'), /ends inside a <think> block/);
  });
});
