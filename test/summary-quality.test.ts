import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { evaluateSummaries, meanScores, type SummaryScore } from './support/summary-eval.ts';

describe('offline ✅ summaries', () => {
  let scores: SummaryScore[];
  before(async () => {
    const tokenizer: Tokenizer = await createTokenizer();
    scores = await evaluateSummaries(tokenizer);
  });

  it('are evaluated on at least 20 articles with hand-written references', () => {
    assert.ok(scores.length >= 20, `only ${scores.length} articles`);
  });

  it('beat Lead-3 on mean character ROUGE-1, ROUGE-2 and ROUGE-L', () => {
    const engine = meanScores(scores.map((score) => score.engine));
    const lead3 = meanScores(scores.map((score) => score.lead3));
    assert.ok(engine.rouge1 > lead3.rouge1, `ROUGE-1 ${engine.rouge1} ≤ Lead-3 ${lead3.rouge1}`);
    assert.ok(engine.rouge2 > lead3.rouge2, `ROUGE-2 ${engine.rouge2} ≤ Lead-3 ${lead3.rouge2}`);
    assert.ok(engine.rougeL > lead3.rougeL, `ROUGE-L ${engine.rougeL} ≤ Lead-3 ${lead3.rougeL}`);
  });
});
