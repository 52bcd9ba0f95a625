import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import {
  evaluateSummaries,
  evaluateSummariesDev,
  meanScores,
  type SummaryScore,
} from './support/summary-eval.ts';

describe('offline ✅ summaries', () => {
  let bundled: SummaryScore[];
  let dev: SummaryScore[];
  before(async () => {
    const tokenizer: Tokenizer = await createTokenizer();
    bundled = await evaluateSummaries(tokenizer);
    dev = evaluateSummariesDev(tokenizer);
  });

  it('are evaluated on at least 20 articles with hand-written references', () => {
    assert.ok(bundled.length >= 20, `only ${bundled.length} articles`);
  });

  it('stay within 0.04 of Lead-3 on the bundled set in character ROUGE-1 and ROUGE-L', () => {
    // Own sentences are shorter than the source's, so surface overlap drops a little on news-first pages.
    const engine = meanScores(bundled.map((score) => score.engine));
    const lead3 = meanScores(bundled.map((score) => score.lead3));
    assert.ok(engine.rouge1 > lead3.rouge1 - 0.04, `ROUGE-1 ${engine.rouge1} vs Lead-3 ${lead3.rouge1}`);
    assert.ok(engine.rougeL > lead3.rougeL - 0.04, `ROUGE-L ${engine.rougeL} vs Lead-3 ${lead3.rougeL}`);
  });

  it('match Lead-3 on summaries-dev overall and beat it where the news is not in the lead', (t) => {
    if (dev.length === 0) return t.skip('../shared/data/summaries-dev absent');
    assert.equal(dev.length, 40);
    const engine = meanScores(dev.map((score) => score.engine));
    const lead3 = meanScores(dev.map((score) => score.lead3));
    assert.ok(engine.rouge1 >= lead3.rouge1, `ROUGE-1 ${engine.rouge1} < Lead-3 ${lead3.rouge1}`);
    assert.ok(engine.rougeL >= lead3.rougeL, `ROUGE-L ${engine.rougeL} < Lead-3 ${lead3.rougeL}`);
    const late = dev.filter((score) => score.leadFirst === false);
    const lateEngine = meanScores(late.map((score) => score.engine));
    const lateLead3 = meanScores(late.map((score) => score.lead3));
    assert.ok(lateEngine.rouge1 > lateLead3.rouge1 && lateEngine.rougeL > lateLead3.rougeL);
  });

  it("score Lead-3 on summaries-dev as its README gives it (the scorer follows the set's rules)", (t) => {
    if (dev.length === 0) return t.skip('../shared/data/summaries-dev absent');
    const lead3 = meanScores(dev.map((score) => score.lead3));
    assert.equal(lead3.rouge1.toFixed(3), '0.457');
    assert.equal(lead3.rouge2.toFixed(3), '0.235');
    assert.equal(lead3.rougeL.toFixed(3), '0.299');
  });
});
