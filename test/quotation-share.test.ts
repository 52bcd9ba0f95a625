// The Article's quotation.quotedShare (what the engines store and the quote-heavy notice reads) and
// the rights report's article share are one definition (domain/quotation-share.ts): the same
// number for any article, hand-made or built.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { quotationShare } from '../src/engines/article-parts.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { rightsReport } from '../src/verify/rights-report.ts';
import { fact, sampleArticle } from './support/article-factory.ts';

const SAMPLES = join(import.meta.dirname, '..', 'samples');

describe('the quotation share', () => {
  it('is the same number in the Article and in the rights report where the old counts differed', () => {
    const article = sampleArticle();
    // A verbatim title is shown unmarked; a quotation block marks even a sentence that is not
    // verbatim; characters outside the BMP count once, as a reader sees them.
    article.title = { ...fact('𠮷野家の新店舗が架空市に開業する'), verbatim: true };
    const first = article.sections[0];
    assert.ok(first);
    first.body = [
      {
        kind: 'quotation',
        sentences: [{ ...fact('𠮷野家は来春、架空市に新店舗を開くと発表した。'), verbatim: false }],
      },
      { kind: 'prose', sentences: [{ ...fact('記事の経緯を順に説明する。'), verbatim: false }] },
    ];
    const stored = quotationShare(article);
    const report = rightsReport(article, []);
    assert.equal(stored.quotedShare, report.article.share);
    assert.equal(
      report.article.share,
      Math.round((report.article.quotedChars / report.article.totalChars) * 1000) / 1000,
    );
    assert.equal(stored.quoteHeavy, report.article.share >= 0.5);
  });

  it('is the same number in a built article and in its report, for every sample cluster', async () => {
    const tokenizer = await createTokenizer();
    const clusters = readdirSync(SAMPLES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(SAMPLES, entry.name));
    for (const cluster of clusters) {
      const { article, documents } = await buildArticle([cluster], {
        tokenizer,
        engine: createOfflineEngine(),
      });
      const report = rightsReport(article, documents);
      assert.ok(report.article.totalChars > 0);
      assert.equal(article.quotation.quotedShare, report.article.share, cluster);
    }
  });
});
