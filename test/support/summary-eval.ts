// The summary evaluation: for each article with a hand-written reference, the offline engine's
// ✅ lines (the key facts its article gives a source, in its own words where it can write them)
// and the Lead-3 baseline, both scored with character ROUGE against the reference. Two sets: the
// bundled one (test/fixtures/summaries, 23 articles) and ../shared/data/summaries-dev (40 invented
// articles, half of them not lead-first; a set the ✅ selection was not tuned on).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/domain/document.ts';
import { ownOnCard, readCandidates, selectSummary } from '../../src/engines/offline/read-candidates.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { readSource } from '../../src/fetch/read-source.ts';
import type { Tokenizer } from '../../src/text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../../src/understand/understand-document.ts';
import { type RougeScores, rouge } from './rouge.ts';
import { SHARED_DIR } from './shared-data.ts';

export const REPO = join(import.meta.dirname, '..', '..');
const REFERENCES = join(REPO, 'test', 'fixtures', 'summaries', 'references.json');
export const SUMMARIES_DEV = join(SHARED_DIR, 'data', 'summaries-dev', 'articles.jsonl');

export interface SummaryScore {
  file: string;
  engine: RougeScores;
  lead3: RougeScores;
  /** summaries-dev only: whether the article states its news in the first sentences. */
  leadFirst?: boolean;
  /** The engine's three lines. */
  lines: string[];
}

/** The engine's ✅ lines for one document: what its section's card would show. */
export function summaryLines(document: Document, understanding: Understanding): string[] {
  return selectSummary(readCandidates(understanding.of(document))).map(
    (candidate) => (ownOnCard(candidate) ? candidate.written?.text : undefined) ?? candidate.sentence.text,
  );
}

/** Scores every article in references.json (the bundled set); the caller holds the tokenizer. */
export async function evaluateSummaries(tokenizer: Tokenizer): Promise<SummaryScore[]> {
  const references = JSON.parse(readFileSync(REFERENCES, 'utf8')) as Array<{
    file: string;
    reference: string[];
  }>;
  const understanding = createUnderstanding(tokenizer);
  const scores: SummaryScore[] = [];
  for (const { file, reference } of references) {
    const document = extractDocument(await readSource(join(REPO, file), {}), { id: 's1' });
    const lines = summaryLines(document, understanding);
    const body = document.text.slice(document.titleSpan[1]);
    const expected = reference.join('');
    scores.push({
      file,
      lines,
      engine: rouge(lines.join(''), expected),
      lead3: rouge(leadThree(body).join(''), expected),
    });
  }
  return scores;
}

/** A summaries-dev article as extraction stores a page: headline, blank line, body. */
export function summariesDevDocument(article: {
  title: string;
  siteName: string;
  publishedAt: string;
  url: string;
  text: string;
}): Document {
  const text = `${article.title}\n\n${article.text}`;
  return {
    id: 's1',
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    publishedAt: article.publishedAt,
    lang: 'ja',
    text,
    titleSpan: [0, article.title.length],
    contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
  };
}

/** Scores the summaries-dev articles by its README: symbols kept, Lead-3 by its sentence rules. */
export function evaluateSummariesDev(tokenizer: Tokenizer): SummaryScore[] {
  if (!existsSync(SUMMARIES_DEV)) return [];
  const understanding = createUnderstanding(tokenizer);
  const scores: SummaryScore[] = [];
  for (const line of readFileSync(SUMMARIES_DEV, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as {
      id: string;
      title: string;
      siteName: string;
      publishedAt: string;
      url: string;
      text: string;
      summary: string[];
      leadFirst: boolean;
    };
    // The system sees the page, never the reference or the split.
    const document = summariesDevDocument(article);
    const lines = summaryLines(document, understanding);
    const expected = article.summary.join('');
    scores.push({
      file: article.id,
      leadFirst: article.leadFirst,
      lines,
      engine: rouge(lines.join(''), expected, { keepSymbols: true }),
      lead3: rouge(leadThree(article.text).join(''), expected, { keepSymbols: true }),
    });
  }
  return scores;
}

const OPEN = '「『（(【〔';
const CLOSE = '」』）)】〕';

/**
 * Lead-3 by summaries-dev's README: the body split at paragraph breaks and after 。！？!? outside
 * brackets; a paragraph without a final terminator is one sentence; the first three.
 */
export function leadThree(body: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of body.split(/\n\s*\n/u)) {
    let depth = 0;
    let current = '';
    for (const char of paragraph.trim()) {
      current += char;
      if (OPEN.includes(char)) depth += 1;
      else if (CLOSE.includes(char)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && '。！？!?'.includes(char)) {
        sentences.push(current.trim());
        current = '';
      }
    }
    if (current.trim() !== '') sentences.push(current.trim());
    if (sentences.length >= 3) break;
  }
  return sentences.slice(0, 3);
}

/** Mean of each ROUGE measure. */
export function meanScores(scores: readonly RougeScores[]): RougeScores {
  const mean = (key: keyof RougeScores) =>
    scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score[key], 0) / scores.length;
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeL: mean('rougeL') };
}
