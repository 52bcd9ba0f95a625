// `build --judge MODEL`: a language model's second opinion on every factual unit the rules support,
// against a loopback server that speaks the OpenAI-compatible protocol with scripted answers. No
// model that can judge Japanese runs here: these tests check the plumbing (which units are sent,
// against which sources, what a doubt does, the budget, the cache, the repair), not the judging.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../src/domain/article.ts';
import type { Engine } from '../src/engines/engine.ts';
import { createModelCaller, type LlmCache } from '../src/engines/llm/call-model.ts';
import { createLlmEngine } from '../src/engines/llm/compose-llm-article.ts';
import { createLanguageModel } from '../src/engines/llm/create-language-model.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createArticleJudge } from '../src/pipeline/judge-article.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { factualUnits, verifyArticle } from '../src/verify/verify-article.ts';
import { apiHeaders, createDeskFixture } from './support/desk-fixture.ts';
import {
  type LlmReply,
  type LlmRequestRecord,
  type LlmServer,
  startLlmServer,
} from './support/llm-server.ts';
import { createMemoryCache } from './support/memory-cache.ts';
import { runMatome } from './support/run-cli.ts';
import { goodReply, numberedLines } from './support/scripted-answers.ts';

const SAMPLE = join(import.meta.dirname, '..', 'samples', 'offshore-wind');

const isJudge = (request: Pick<LlmRequestRecord, 'prompt'>) =>
  request.prompt.includes('この主張が出典で裏付けられるかを判定し');
/** The claim a judge request asks about. */
const claimOf = (request: Pick<LlmRequestRecord, 'prompt'>) =>
  request.prompt.match(/<<<[^\n]* claim>>>\n([^\n]*)\n<<<END/u)?.[1] ?? '';
/** The sources (S1, S2…) a judge request shows. */
const sourcesOf = (request: Pick<LlmRequestRecord, 'prompt'>) =>
  [...request.prompt.matchAll(/^出典 (S\d+):$/gmu)].map((match) => match[1]);
const supported: LlmReply = {
  kind: 'json',
  value: { verdict: 'supported', cites: [1], reason: '一致する。' },
};

describe('build --judge against a scripted OpenAI-compatible server', () => {
  let tokenizer: Tokenizer;
  let server: LlmServer;
  let route: (request: LlmRequestRecord) => LlmReply = () => supported;
  before(async () => {
    tokenizer = await createTokenizer();
    server = await startLlmServer((request) => route(request));
  });
  after(() => server.close());

  const judgeFor = (options: { budget?: number; cache?: LlmCache } = {}) => {
    const configured = createLanguageModel({ model: 'compatible:judge', baseURL: server.baseURL, env: {} });
    const caller = createModelCaller({
      model: configured.model,
      modelId: configured.modelId,
      limits: { timeoutMs: 5000, maxRetries: 0, maxOutputTokens: 256 },
      ...(options.cache ? { cache: options.cache } : {}),
    });
    return createArticleJudge({
      caller,
      model: configured.modelId,
      ...(options.budget === undefined ? {} : { budget: options.budget }),
    });
  };
  const build = async (
    engine: Engine = createOfflineEngine(),
    options: Parameters<typeof judgeFor>[0] = {},
  ) => {
    const start = server.requests.length;
    const result = await buildArticle([SAMPLE], { tokenizer, engine, judge: judgeFor(options) });
    const report = verifyArticle(result.article, result.documents, tokenizer);
    return { ...result, report, requests: server.requests.slice(start).filter(isJudge) };
  };
  const doubtsOf = (report: ReturnType<typeof verifyArticle>) =>
    report.findings.filter((finding) => finding.code === 'support.judge');

  it('puts a doubt on exactly the unit it is about, and judges a section’s unit against its own source only', async () => {
    const plain = await buildArticle([SAMPLE], { tokenizer, engine: createOfflineEngine() });
    const doubted = plain.article.sections[1]?.card.summary[0]?.text ?? '';
    route = (request) =>
      claimOf(request) === doubted
        ? {
            kind: 'json',
            value: { verdict: 'contradicted', cites: [2], reason: '出典は別の数字を挙げている。' },
          }
        : supported;
    const { article, report, requests } = await build();
    const paths = doubtsOf(report).map((finding) => 'path' in finding.location && finding.location.path);
    assert.deepEqual(paths, ['sections[1].card.summary[0]']);
    assert.equal(report.verdict, 'needs_review');
    const doubt = article.judge?.doubts[0];
    assert.equal(doubt?.reason, '出典は別の数字を挙げている。');
    // The cited sentence is the second sentence of the section's own source.
    assert.equal(doubt?.cites[0]?.sourceId, article.sections[1]?.sourceId);
    assert.match(doubtsOf(report)[0]?.message ?? '', /別の数字/u);
    // Scope: the section's unit was shown its own source alone; the title every source.
    const sectionAsk = requests.find((request) => claimOf(request) === doubted);
    assert.deepEqual(sectionAsk && sourcesOf(sectionAsk), ['S1']);
    const titleAsk = requests.find((request) => claimOf(request) === article.title.text);
    assert.deepEqual(titleAsk && sourcesOf(titleAsk), ['S1', 'S2', 'S3']);
    const sectionSource = plain.documents.find((document) => document.id === article.sections[1]?.sourceId);
    const other = plain.documents.find((document) => document.id !== article.sections[1]?.sourceId);
    assert.ok(sectionAsk?.prompt.includes(sectionSource?.title ?? '?'));
    assert.ok(!sectionAsk?.prompt.includes(other?.text.slice(0, 30) ?? '?'));
    assert.equal(article.judge?.doubted, 1);
    assert.equal(article.judge?.judged, requests.length);
    assert.equal(article.judge?.failed, 0);
    // Once the unit reads otherwise (an editor changed it), the doubt no longer applies.
    const edited = structuredClone(article);
    (edited.sections[1] as Article['sections'][number]).card.summary[0].text = edited.sections[1]?.card
      .summary[1].text as string;
    assert.deepEqual(doubtsOf(verifyArticle(edited, plain.documents, tokenizer)), []);
  });

  it('does not send a unit the rules reject', async () => {
    const offline = createOfflineEngine();
    const fabricated = '洋上風力発電所の建設費は9999億円に膨らんだ。';
    const engine: Engine = {
      name: 'offline',
      composeArticle: async (documents, context) => {
        const article = await offline.composeArticle(documents, context);
        const section = article.sections[0] as Article['sections'][number];
        section.card.summary[2] = { ...section.card.summary[2], text: fabricated };
        return article;
      },
    };
    route = () => supported;
    const { report, requests, article, documents } = await build(engine);
    assert.ok(
      report.findings.some(
        (finding) =>
          finding.severity === 'error' &&
          'path' in finding.location &&
          finding.location.path.startsWith('sections[0].card.summary[2]'),
      ),
    );
    assert.ok(!requests.some((request) => claimOf(request) === fabricated));
    const questions = factualUnits(article, documents).filter((unit) => /[?？]$/u.test(unit.fact.text));
    assert.ok(!requests.some((request) => questions.some((unit) => unit.fact.text === claimOf(request))));
    assert.ok(requests.length > 5);
  });

  it('stops at the budget and counts the units it did not judge', async () => {
    route = () => supported;
    const all = await build();
    const { article, report, requests } = await build(createOfflineEngine(), { budget: 3 });
    assert.equal(requests.length, 3);
    assert.equal(article.judge?.judged, 3);
    assert.equal(article.judge?.skipped, (all.article.judge?.judged ?? 0) - 3);
    const summary = report.findings.find((finding) => finding.code === 'judge.summary');
    assert.match(summary?.message ?? '', /budget of 3 units was reached/u);
  });

  it('asks each claim once: a rebuild with the same cache makes no calls', async () => {
    route = () => supported;
    const cache = createMemoryCache();
    const first = await build(createOfflineEngine(), { cache });
    assert.ok(first.requests.length > 5);
    assert.equal(first.article.judge?.usage.calls, first.requests.length);
    const second = await build(createOfflineEngine(), { cache });
    assert.equal(second.requests.length, 0);
    assert.equal(second.article.judge?.usage.calls, 0);
    assert.equal(second.article.judge?.usage.cachedCalls, first.requests.length);
    assert.equal(second.article.judge?.judged, first.article.judge?.judged);
  });

  it('reports malformed answers as judge.error and loses nothing of the article', async () => {
    const plain = await buildArticle([SAMPLE], { tokenizer, engine: createOfflineEngine() });
    route = (request) =>
      claimOf(request) === plain.article.title.text
        ? { kind: 'json', value: { verdict: 'not-stated', cites: [999], reason: '存在しない文。' } }
        : { kind: 'text', text: 'I think it is fine.' };
    const { article, report, requests } = await build();
    assert.ok(requests.length > 5);
    assert.equal(article.judge?.judged, 0);
    assert.equal(article.judge?.failed, article.judge?.errors.length);
    assert.ok((article.judge?.failed ?? 0) > 5);
    assert.deepEqual(doubtsOf(report), []);
    const errors = report.findings.filter((finding) => finding.code === 'judge.error');
    assert.equal(errors.length, article.judge?.failed);
    assert.ok(errors.some((finding) => /cited sentence \[999\]/u.test(finding.message)));
    const { judge: _judge, ...rest } = article;
    assert.deepEqual(rest, plain.article);
  });

  const llmEngine = () => {
    const { model, modelId } = createLanguageModel({
      model: 'compatible:scripted',
      baseURL: server.baseURL,
      env: {},
    });
    return createLlmEngine({ model, modelId, limits: { timeoutMs: 5000, maxRetries: 0 } });
  };
  const isRepair = (request: LlmRequestRecord) => request.prompt.includes('書き直して JSON');
  const doubt: LlmReply = {
    kind: 'json',
    value: { verdict: 'not-stated', cites: [], reason: '出典にない評価を加えている。' },
  };

  it('sends a unit of the llm engine that the judge doubts to the repair once, with the judge’s reason', async () => {
    route = (request) => (isJudge(request) ? supported : goodReply(request));
    const plain = await build(llmEngine());
    const lead = plain.article.leadPoints[0].text;
    const start = server.requests.length;
    // The repair rewrites the point as another of its passages (goodRepair would take the same one).
    const secondPassage = (request: LlmRequestRecord): LlmReply => ({
      kind: 'json',
      value: {
        units: request.prompt
          .split(/^id: /mu)
          .slice(1)
          .map((block) => {
            const passage = numberedLines(block)[1] ?? numberedLines(block)[0];
            return { id: block.split('\n')[0]?.trim(), text: passage?.text, cites: [passage?.no] };
          }),
      },
    });
    route = (request) =>
      isJudge(request)
        ? claimOf(request) === lead
          ? doubt
          : supported
        : isRepair(request)
          ? secondPassage(request)
          : goodReply(request);
    const { article, report } = await build(llmEngine());
    const repairs = server.requests
      .slice(start)
      .filter((request) => isRepair(request) && request.prompt.includes('id: leadPoints[0]'));
    assert.equal(repairs.length, 1);
    assert.match(repairs[0]?.prompt ?? '', /support\.judge/u);
    assert.match(repairs[0]?.prompt ?? '', /出典にない評価を加えている/u);
    assert.match(repairs[0]?.prompt ?? '', /id: leadPoints\[0\]/u);
    // The rewrite (a source sentence) is supported by the judge, so it stands.
    assert.notEqual(article.leadPoints[0].text, lead);
    assert.ok(
      !doubtsOf(report).some(
        (finding) => 'path' in finding.location && finding.location.path === 'leadPoints[0]',
      ),
    );
    assert.ok(!(article.engine.fallbacks ?? []).some((fallback) => fallback.path === 'leadPoints[0]'));
  });

  it('falls back to the sources’ own words when the judge doubts the repair too', async () => {
    route = (request) => (isJudge(request) ? supported : goodReply(request));
    const plain = await build(llmEngine());
    const lead = plain.article.leadPoints[0].text;
    const repaired = new Set<string>();
    route = (request) => {
      if (isJudge(request))
        return claimOf(request) === lead || repaired.has(claimOf(request)) ? doubt : supported;
      if (isRepair(request)) {
        const reply = goodReply(request);
        const units = (reply as { value: { units: Array<{ id: string; text: string }> } }).value.units;
        for (const unit of units) if (unit.id === 'leadPoints[0]') repaired.add(unit.text);
        return reply;
      }
      return goodReply(request);
    };
    const { article, report } = await build(llmEngine());
    assert.ok(repaired.size > 0);
    assert.notEqual(article.leadPoints[0].text, lead);
    assert.ok(!repaired.has(article.leadPoints[0].text));
    const fallback = (article.engine.fallbacks ?? []).find((entry) => entry.path === 'leadPoints[0]');
    assert.match(fallback?.reason ?? '', /support\.judge/u);
    // The sources' own words that stand there now are not doubted.
    assert.ok(
      !doubtsOf(report).some(
        (finding) => 'path' in finding.location && finding.location.path === 'leadPoints[0]',
      ),
    );
  });
});

describe('matome build --judge', () => {
  it('judges the built article, says so in the report and the terminal, and asks nothing again on a rebuild from the store', async () => {
    const server = await startLlmServer((request) =>
      isJudge(request) && /発電所/u.test(claimOf(request))
        ? { kind: 'json', value: { verdict: 'contradicted', cites: [], reason: '出典と食い違う。' } }
        : supported,
    );
    const dir = await mkdtemp(join(tmpdir(), 'matome-judge-'));
    try {
      const args = [
        'build',
        SAMPLE,
        '--store',
        join(dir, 'store.db'),
        '--out',
        join(dir, 'out'),
        '--judge',
        'compatible:judge',
        '--base-url',
        server.baseURL,
      ];
      const first = await runMatome(args);
      assert.equal(first.code, 0, first.stderr);
      const asked = server.requests.filter(isJudge).length;
      assert.ok(asked > 5);
      assert.match(
        first.stderr,
        new RegExp(
          `language model judge \\(compatible:judge\\): ${asked} units judged, \\d+ doubted, 0 failed; ${asked} calls`,
          'u',
        ),
      );
      const report = JSON.parse(await readFile(join(dir, 'out', 'offshore-wind.report.json'), 'utf8')) as {
        verdict: string;
        findings: Array<{ code: string; params?: Record<string, unknown> }>;
      };
      assert.equal(report.verdict, 'needs_review');
      const summary = report.findings.find((finding) => finding.code === 'judge.summary');
      assert.equal(summary?.params?.judged, asked);
      assert.ok(report.findings.some((finding) => finding.code === 'support.judge'));
      const second = await runMatome(args);
      assert.equal(second.code, 0, second.stderr);
      assert.equal(server.requests.filter(isJudge).length, asked);
      assert.match(
        second.stderr,
        new RegExp(`${asked} units judged, .*; 0 calls \\(${asked} answered from the cache\\)`, 'u'),
      );
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses --judge-budget without --judge, and a budget that is not a whole number', async () => {
    const noJudge = await runMatome(['build', SAMPLE, '--no-store', '--judge-budget', '3']);
    assert.notEqual(noJudge.code, 0);
    assert.match(noJudge.stderr, /--judge-budget without --judge/u);
    const bad = await runMatome([
      'build',
      SAMPLE,
      '--no-store',
      '--judge',
      'compatible:x',
      '--judge-budget',
      'x',
    ]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /--judge-budget x/u);
  });
});

describe('desk build jobs with a judge', () => {
  it('judges a job’s article with the model the request names, and refuses an in-process judge', async () => {
    const server = await startLlmServer((request) => (isJudge(request) ? supported : goodReply(request)));
    const fixture = await createDeskFixture(undefined, { MATOME_BASE_URL: server.baseURL });
    try {
      const started = await fixture.app.request('/api/jobs', {
        method: 'POST',
        headers: apiHeaders(undefined, true),
        body: JSON.stringify({
          sources: [
            'offshore-wind/hamakaze-shiomi-reaction.html',
            'offshore-wind/kakuu-keizai-shiomi-wind.html',
          ],
          engine: { judge: 'compatible:judge', 'judge-budget': 4 },
        }),
      });
      assert.equal(started.status, 202, await started.clone().text());
      const { id } = (await started.json()) as { id: string };
      await fixture.jobs.idle();
      const job = (await (
        await fixture.app.request(`/api/jobs/${id}`, { headers: apiHeaders() })
      ).json()) as {
        status: string;
        articleId?: number;
      };
      assert.equal(job.status, 'done', JSON.stringify(job));
      assert.equal(server.requests.filter(isJudge).length, 4);
      const stored = await fixture.store.getArticle(job.articleId ?? -1);
      assert.equal(stored?.article.judge?.judged, 4);
      assert.ok((stored?.article.judge?.skipped ?? 0) > 0);
      const refused = await fixture.app.request('/api/jobs', {
        method: 'POST',
        headers: apiHeaders(undefined, true),
        body: JSON.stringify({
          sources: ['offshore-wind/hamakaze-shiomi-reaction.html'],
          engine: { judge: 'local:/x.gguf' },
        }),
      });
      assert.equal(refused.status, 400);
    } finally {
      fixture.close();
      await server.close();
    }
  });
});
