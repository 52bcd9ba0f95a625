// The summary evaluation: for each article with a hand-written reference, the offline engine's
// ✅ lines and the Lead-3 baseline, both scored with character ROUGE against the reference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leadSentences, rankSentences, selectSentences } from '../../src/engines/offline/rank-sentences.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { readSource } from '../../src/fetch/read-source.ts';
import type { Tokenizer } from '../../src/text/tokenizer.ts';
import { type RougeScores, rouge } from './rouge.ts';

export const REPO = join(import.meta.dirname, '..', '..');
const REFERENCES = join(REPO, 'test', 'fixtures', 'summaries', 'references.json');

export interface SummaryScore {
  file: string;
  engine: RougeScores;
  lead3: RougeScores;
}

/** Scores every article in references.json; the caller holds the tokenizer. */
export async function evaluateSummaries(tokenizer: Tokenizer): Promise<SummaryScore[]> {
  const references = JSON.parse(readFileSync(REFERENCES, 'utf8')) as Array<{
    file: string;
    reference: string[];
  }>;
  const scores: SummaryScore[] = [];
  for (const { file, reference } of references) {
    const document = extractDocument(await readSource(join(REPO, file), {}), { id: 's1' });
    const ranked = rankSentences(document, tokenizer.tokenize(document.text));
    const text = (sentences: ReadonlyArray<{ text: string }>) =>
      sentences.map((sentence) => sentence.text).join('');
    const expected = reference.join('');
    scores.push({
      file,
      engine: rouge(text(selectSentences(ranked, 3)), expected),
      lead3: rouge(text(leadSentences(ranked, 3)), expected),
    });
  }
  return scores;
}

/** Mean of each ROUGE measure. */
export function meanScores(scores: readonly RougeScores[]): RougeScores {
  const mean = (key: keyof RougeScores) => scores.reduce((sum, score) => sum + score[key], 0) / scores.length;
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeL: mean('rougeL') };
}
