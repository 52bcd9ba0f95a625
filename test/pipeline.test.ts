import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { articleFacts } from '../src/domain/article.ts';
import { findEvidenceProblems } from '../src/domain/evidence.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { OUTPUT_FORMATS, renderArticle, renderText } from '../src/render/index.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';

const SAMPLES = join(import.meta.dirname, '..', 'samples');
const clusters = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(SAMPLES, entry.name))
  .sort();

describe('building an article from the bundled samples', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const build = (inputs: string[]) => buildArticle(inputs, { tokenizer, engine: createOfflineEngine() });

  it('has at least three sample clusters of 2–4 pages', () => {
    assert.ok(clusters.length >= 3);
    for (const cluster of clusters) {
      const pages = readdirSync(cluster).filter((file) => /\.(html?|txt|md)$/.test(file));
      assert.ok(pages.length >= 2 && pages.length <= 4, `${cluster} has ${pages.length} pages`);
    }
  });

  for (const cluster of clusters) {
    describe(cluster.slice(SAMPLES.length + 1), () => {
      it('points every evidence span inside its own source text, with matching text', async () => {
        const { article, documents } = await build([cluster]);
        assert.deepEqual(findEvidenceProblems(article, documents), []);
        const facts = articleFacts(article);
        assert.ok(facts.length > 20);
        for (const section of article.sections) {
          const own = documents.find((document) => document.id === section.sourceId);
          assert.ok(own);
          for (const span of section.card.summary.flatMap((fact) => fact.evidence)) {
            assert.equal(span.sourceId, own.id);
            assert.equal(own.text.slice(span.start, span.end), span.text);
          }
        }
      });

      it('lays out the text in the format: points, one card per source, three ✅, closing', async () => {
        const { article, documents } = await build([cluster]);
        const text = renderText(article);
        const lines = text.split('\n');
        assert.equal(lines[0], article.title.text);
        const firstHeading = lines.indexOf(article.sections[0]?.heading.text ?? '');
        assert.ok(firstHeading > 0);
        assert.equal(lines.slice(0, firstHeading).filter((line) => line.startsWith('💡 ')).length, 3);
        assert.equal(article.sections.length, documents.length);
        const cards = lines.flatMap((line, index) => (line.startsWith('公開日') ? [index] : []));
        assert.equal(cards.length, documents.length);
        cards.forEach((index, n) => {
          const document = documents[n];
          assert.ok(document);
          assert.match(lines[index] ?? '', /^(公開日:\d{4}\/\d{2}\/\d{2}|公開日不明)$/);
          assert.ok(lines.slice(index + 1, index + 4).every((line) => line.startsWith('✅ ')));
          assert.ok(!lines[index + 4]?.startsWith('✅'));
          assert.equal(
            lines[index + 4],
            `さらに読む ⇒${article.sections[n]?.card.siteName ?? new URL(document.url).hostname}`,
          );
          // A web page shows its address; a saved file its site and that it is a saved page, never a path.
          const location = /^https?:/u.test(document.url)
            ? document.url
            : `${article.sections[n]?.card.siteName ?? '保存されたページ'}（保存されたページ）`;
          assert.equal(lines[index + 5], `出典: ${location}`);
          assert.doesNotMatch(lines[index + 5] ?? '', /file:/u);
        });
        const closing = lines.indexOf(article.closing.sentence.text);
        assert.equal(
          lines.slice(closing + 1, closing + 4).filter((line) => line.startsWith('💡 ')).length,
          3,
        );
      });

      it('gives the same output for the same input, byte for byte', async () => {
        const first = await build([cluster]);
        const second = await build([cluster]);
        for (const format of OUTPUT_FORMATS) {
          assert.equal(renderArticle(first.article, format), renderArticle(second.article, format));
        }
      });
    });
  }

  it('explains in its own prose, with quotation marked and subordinate', async () => {
    const { article } = await build([clusters[0] as string]);
    const paragraphs = article.sections.flatMap((section) => section.body);
    // Most factual units are the engine's own sentences, and quotation stays under half of the article.
    const facts = articleFacts(article);
    assert.ok(facts.filter((fact) => !fact.verbatim).length > facts.length / 2);
    assert.ok(article.quotation.quotedShare <= 0.5, `${article.quotation.quotedShare}`);
    for (const paragraph of paragraphs)
      if (paragraph.kind === 'quotation')
        for (const fact of paragraph.sentences) assert.equal(fact.verbatim, true);
    assert.equal(article.quotation.quoteHeavy, false);
    assert.doesNotMatch(renderText(article), /本文の多くが出典記事からの引用/);
  });
});
