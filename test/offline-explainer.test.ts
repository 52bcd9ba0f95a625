// The explainer parts of the offline article (timeline, key figures, who said what): built by code
// across the sources, each entry resting on its own source and checked by the verifier like every
// other factual unit, rendered in every format the linter accepts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { type Article, ArticleSchema } from '../src/domain/article.ts';
import type { Document } from '../src/domain/document.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { renderHtml, renderMarkdown, renderText } from '../src/render/index.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import type { Understanding } from '../src/understand/understand-document.ts';
import { lintText } from '../src/verify/lint-text.ts';
import { verifyArticle } from '../src/verify/verify-article.ts';
import { REPO } from './support/review-articles.ts';

describe('the offline article’s explainer parts', () => {
  let tokenizer: Tokenizer;
  let article: Article;
  let documents: readonly Document[];
  let understanding: Understanding;
  before(async () => {
    tokenizer = await createTokenizer();
    ({ article, documents, understanding } = await buildArticle([join(REPO, 'samples', 'hospital-merger')], {
      tokenizer,
      engine: createOfflineEngine(),
    }));
  });

  it('gives key figures in the article’s own words, each from its own source', () => {
    const figures = article.explainer?.figures ?? [];
    assert.ok(figures.length >= 2, JSON.stringify(article.explainer));
    for (const entry of figures) {
      assert.equal(entry.fact.verbatim, false);
      assert.match(entry.fact.text, /^[^。]+は[^。]*\d[^。]*。$/u, entry.fact.text);
      assert.deepEqual(new Set(entry.fact.evidence.map((span) => span.sourceId)), new Set([entry.sourceId]));
      // Not a copy of the sentence it rests on: shorter, and the sentence says more.
      assert.ok(entry.fact.text.length < (entry.fact.evidence[0]?.text.length ?? 0), entry.fact.text);
    }
  });

  it('quotes short marked words with the speaker the source names', () => {
    const quotes = article.explainer?.quotes ?? [];
    assert.ok(quotes.length >= 1);
    for (const entry of quotes) {
      const source = documents.find((document) => document.id === entry.sourceId) as Document;
      assert.equal(entry.fact.verbatim, true);
      assert.ok([...entry.fact.text].length <= 32, entry.fact.text);
      assert.ok(source.text.includes(`「${entry.fact.text}」`), entry.fact.text);
      const sentence = entry.fact.evidence[0] as { start: number };
      const around = source.text.slice(Math.max(0, sentence.start - 80), sentence.start);
      assert.ok(around.includes(entry.speaker), `${entry.speaker} before 「${entry.fact.text}」`);
    }
  });

  it('orders the timeline by date, each entry with the date its sentence gives', () => {
    const timeline = article.explainer?.timeline ?? [];
    assert.ok(timeline.length >= 2, JSON.stringify(timeline));
    const keys = timeline.map((entry) => entry.sortKey);
    assert.deepEqual(keys, [...keys].sort());
    for (const entry of timeline) {
      const year = entry.sortKey.slice(0, 4);
      assert.ok(entry.date.startsWith(year), `${entry.date} / ${entry.sortKey}`);
      assert.ok((entry.fact.evidence[0]?.text ?? '').length > 0);
    }
  });

  it('verifies every entry, and rejects a figure the source does not give', () => {
    const report = verifyArticle(article, documents, tokenizer, { understanding });
    const onEntries = report.findings.filter(
      (finding) => 'path' in finding.location && finding.location.path.startsWith('explainer.'),
    );
    assert.deepEqual(onEntries, []);
    const tampered = structuredClone(article);
    const figure = tampered.explainer?.figures[0];
    assert.ok(figure !== undefined);
    figure.fact.text = figure.fact.text.replace(/\d+/u, (digits) => String(Number(digits) + 7));
    const flagged = verifyArticle(tampered, documents, tokenizer, { understanding }).findings.filter(
      (finding) =>
        finding.severity === 'error' &&
        'path' in finding.location &&
        finding.location.path === 'explainer.figures[0].fact',
    );
    assert.ok(flagged.length > 0, figure.fact.text);
  });

  it('refuses an entry resting on another source and a quote that is not the speaker’s words', () => {
    const other = article.sources.find((source) => source.id !== article.explainer?.figures[0]?.sourceId);
    const crossed = structuredClone(article);
    const figure = crossed.explainer?.figures[0];
    assert.ok(figure !== undefined && other !== undefined);
    figure.sourceId = other.id;
    assert.throws(() => ArticleSchema.parse(crossed), /rests on its own source/u);
    const unquoted = structuredClone(article);
    const quote = unquoted.explainer?.quotes[0];
    assert.ok(quote !== undefined);
    quote.fact.verbatim = false;
    assert.throws(() => ArticleSchema.parse(unquoted), /exact words/u);
  });

  it('renders the parts in every format, with each entry’s outlet, and the linter accepts them', () => {
    const text = renderText(article);
    assert.match(text, /■数字で見る\n・[^\n]+は[^\n]*\d[^\n]*（[^）]+）/u);
    assert.match(text, /■時系列で見る\n・\d{4}年/u);
    assert.match(text, /■発言で見る\n・[^\n「]+「[^」]+」（[^）]+）/u);
    assert.ok(text.indexOf('■数字で見る') < text.indexOf('それでは、詳しく見ていきましょう。'));
    const markdown = renderMarkdown(article);
    assert.match(markdown, /### 数字で見る/u);
    assert.match(renderHtml(article), /<section class="explainer"><h2>発言で見る<\/h2>/u);
    for (const [format, rendered] of [
      ['txt', text],
      ['md', markdown],
      ['html', renderHtml(article)],
    ] as const) {
      const problems = lintText(rendered, format).filter((finding) => finding.severity !== 'info');
      assert.deepEqual(
        problems.map((finding) => `${finding.code}: ${finding.message}`),
        [],
        format,
      );
    }
  });
});
