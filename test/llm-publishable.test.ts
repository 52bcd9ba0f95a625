// The llm engine end to end, through the real `matome build` command and real HTTP: with the
// answers a good explainer writer would give (hand-written for samples/offshore-wind, paraphrased
// and cited), the article passes the verifier as publishable, and a rebuild is served from the
// store's answer cache without a single model call.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Article, articleFacts } from '../src/domain/article.ts';
import type { Document } from '../src/domain/document.ts';
import type { Report } from '../src/domain/report.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { listSourceFiles, readSource } from '../src/fetch/read-source.ts';
import {
  type HandWrittenAnswers,
  handWrittenReply,
  loadHandWrittenAnswers,
} from './support/hand-written-answers.ts';
import { type LlmServer, startLlmServer } from './support/llm-server.ts';
import { runMatome } from './support/run-cli.ts';

const CLUSTER = 'offshore-wind';
const FIXTURE = join(import.meta.dirname, 'fixtures', 'llm', `${CLUSTER}.answers.json`);
const FORMATS = ['txt', 'md', 'html', 'json'] as const;
// One frame call (title, points, closing) and one call per source; no repair was needed.
const CALLS = 4;

/** The environment without MATOME_* settings (model, keys, token budgets), so only the flags count. */
function withoutModelSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('MATOME_')));
}

/** The cluster's Documents as the CLI reads them (ids s1, s2, … in file order), to check evidence against. */
async function loadCluster(): Promise<Document[]> {
  const files = await listSourceFiles(join(import.meta.dirname, '..', 'samples', CLUSTER));
  const documents: Document[] = [];
  for (const file of files)
    documents.push(extractDocument(await readSource(file, {}), { id: `s${documents.length + 1}` }));
  return documents;
}

describe('llm engine with hand-written faithful answers (samples/offshore-wind)', () => {
  let fixture: HandWrittenAnswers;
  let server: LlmServer;
  let dir: string;
  let documents: Document[];
  let first: { code: number; stdout: string; stderr: string };

  /** `matome build` on the cluster against the loopback model, writing into `out` with the shared store. */
  const build = (out: string) =>
    runMatome(
      [
        'build',
        join('samples', CLUSTER),
        '--engine',
        'llm',
        '--model',
        'compatible:hand-written',
        '--base-url',
        server.baseURL,
        '--out',
        join(dir, out),
        '--store',
        join(dir, 'store.db'),
        '--slug',
        CLUSTER,
      ],
      { env: withoutModelSettings(process.env) },
    );
  const output = (out: string, suffix: string) => join(dir, out, `${CLUSTER}.${suffix}`);
  const readJson = <T>(out: string, suffix: string): T =>
    JSON.parse(readFileSync(output(out, suffix), 'utf8')) as T;

  before(async () => {
    fixture = loadHandWrittenAnswers(FIXTURE);
    server = await startLlmServer(handWrittenReply(fixture));
    dir = mkdtempSync(join(tmpdir(), 'matome-llm-publishable-'));
    // The child process does the build; reading the sources here meanwhile costs no extra time.
    [first, documents] = await Promise.all([build('first'), loadCluster()]);
  });

  after(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('builds with exit 0 and writes all four renderings beside the report', () => {
    assert.equal(first.code, 0, first.stderr);
    for (const format of FORMATS) assert.ok(existsSync(output('first', format)), `missing ${format}`);
    assert.ok(existsSync(output('first', 'report.json')));
    assert.ok(
      !existsSync(output('first', 'draft.json')),
      'a draft is only written when the article is blocked',
    );
  });

  it('publishes the hand-written prose itself, with no unit replaced by a fallback', () => {
    const article = readJson<Article>('first', 'json');
    assert.equal(article.engine.name, 'llm');
    assert.equal(article.engine.model, 'compatible:hand-written');
    assert.deepEqual(article.engine.fallbacks ?? [], [], 'units the model wrote fell back');
    assert.equal(article.engine.usage?.calls, CALLS);
    assert.equal(server.requests.length, CALLS);
    assert.equal(article.title.text, fixture.frame.title.text);
    assert.deepEqual(
      article.sections.map((section) => section.heading.text),
      fixture.sections.map((section) => section.answer.heading.text),
    );
    assert.deepEqual(
      article.sections[2]?.body.flatMap((paragraph) => paragraph.sentences.map((fact) => fact.text)),
      fixture.sections[2]?.answer.body.flatMap((paragraph) => paragraph.sentences.map((claim) => claim.text)),
    );
    // Paraphrase, not collage: nothing is shown as the source's exact words.
    assert.equal(article.quotation.quoteHeavy, false);
    assert.equal(article.quotation.quotedShare, 0);
  });

  it('passes the verifier as publishable, with no error and no warning', () => {
    const report = readJson<Report>('first', 'report.json');
    const serious = report.findings.filter(
      (finding) => finding.severity === 'error' || finding.severity === 'warning',
    );
    assert.deepEqual(
      serious.map(
        (finding) =>
          `${finding.severity} ${finding.code} at ${'path' in finding.location ? finding.location.path : '?'}: ${finding.message}`,
      ),
      [],
    );
    assert.equal(report.verdict, 'publishable');
    assert.match(first.stderr, /verdict publishable \(0 errors, 0 warnings/);
  });

  it('grounds every fact in exact slices of the sources it cites', () => {
    const article = readJson<Article>('first', 'json');
    assert.deepEqual(
      article.sources.map((source) => source.contentHash),
      documents.map((document) => document.contentHash),
    );
    const texts = new Map(documents.map((document) => [document.id, document.text]));
    const facts = articleFacts(article);
    assert.ok(facts.length >= 30, `only ${facts.length} facts`);
    for (const fact of facts) {
      assert.ok(fact.evidence.length > 0, fact.text);
      for (const span of fact.evidence) {
        assert.equal(texts.get(span.sourceId)?.slice(span.start, span.end), span.text, fact.text);
      }
    }
  });

  it('keeps markup, scripts and links out of the text, except on the source lines of the cards', () => {
    const text = readFileSync(output('first', 'txt'), 'utf8');
    assert.doesNotMatch(text, /<script|javascript:/iu);
    const card = /^出典(?:\/画像元)?: /u;
    const linked = text.split('\n').filter((line) => /http/iu.test(line));
    assert.deepEqual(
      linked.filter((line) => !card.test(line)),
      [],
    );
    // The two web sources are cited by their card lines (the third is a local file).
    assert.equal(linked.length, 2);
    assert.match(text, /^潮見沖の洋上風力、2年延期の背景に資材高/u);
  });

  it('rebuilds from the cached answers with zero model calls and the same text byte for byte', async () => {
    assert.equal(first.code, 0, first.stderr);
    const before = server.requests.length;
    const second = await build('second');
    assert.equal(second.code, 0, second.stderr);
    assert.equal(server.requests.length, before, 'the rebuild called the model');
    assert.deepEqual(readFileSync(output('second', 'txt')), readFileSync(output('first', 'txt')));
    const article = readJson<Article>('second', 'json');
    assert.equal(article.engine.usage?.calls, 0);
    assert.equal(article.engine.usage?.cachedCalls, CALLS);
  });

  it('refuses to answer from a stale fixture, naming the cited sentences the prompt no longer shows', () => {
    const reply = handWrittenReply(fixture);
    const title = fixture.sections[0]?.sourceTitle ?? '';
    const prompt = `出典 S1:\n<<<DATA-0 S1>>>\n（見出し）${title}\n[1] 見出し\n[2] 本文\n<<<END DATA-0>>>\n\nこの出典だけに基づいて、セクションを JSON で書いてください。`;
    const request = {
      protocol: 'openai',
      path: '/v1/chat/completions',
      headers: {},
      body: {},
      prompt,
      at: 0,
    } as const;
    assert.throws(() => reply(request), /cites sentences the prompt does not show: 4, 5, .*stale/u);
    const renamed = { ...request, prompt: prompt.replace(title, '別の記事') };
    assert.throws(() => reply(renamed), /is for 「洋上風力延期に潮見町/u);
  });
});
