import type { Article, DialogueLine, Evidence, Fact, Paragraph, Section } from '../../domain/article.ts';
import { isDisplayText } from '../../domain/article.ts';
import type { Document } from '../../domain/document.ts';
import { MatomeError } from '../../domain/errors.ts';
import { extractKeyphrases, type Keyphrase } from '../../text/keyphrases.ts';
import { similarity } from '../../text/normalize.ts';
import type { Tokenizer } from '../../text/tokenizer.ts';
import { quotationShare, sourceCard, sourceRef } from '../article-parts.ts';
import type { Engine } from '../engine.ts';
import { spanOf, templatedFact, verbatimFact } from './facts.ts';
import { type RankedSentence, rankSentences, selectSentences, wordOverlap } from './rank-sentences.ts';
import { pickVoiceLine } from './voice-lines.ts';

export const OFFLINE_ENGINE_VERSION = '0.1.0';

/** Sentences a point may not resemble more than this (character-bigram Dice) — no repeats. */
const REPEAT_THRESHOLD = 0.5;
/** Body quotation budget per section, in sentences: enough to explain, still subordinate. */
const BODY_SENTENCES = 4;
// Sentences that look ahead: the closing points prefer them.
const OUTLOOK = /今後|見通し|予定|方針|計画|目指|検討|課題|見込み|可能性|方向|注目|will|plan|expect/;

interface Analysis {
  document: Document;
  ranked: RankedSentence[];
  keyphrases: Keyphrase[];
  /** The three ✅ sentences, in document order. */
  summary: RankedSentence[];
}

/** A sentence picked for a point, with the document it comes from. */
interface PointPick {
  document: Document;
  sentence: RankedSentence;
}

/** The offline engine: deterministic, no network, no model. */
export function createOfflineEngine(): Engine {
  return {
    name: 'offline',
    composeArticle: async (documents, { tokenizer }) => composeOfflineArticle(documents, tokenizer),
  };
}

/** Composes an Article from documents using only their own sentences and fixed wording. */
export function composeOfflineArticle(documents: readonly Document[], tokenizer: Tokenizer): Article {
  if (documents.length === 0) {
    throw new MatomeError('INVALID_ARGUMENT', 'Failed to compose article: no sources', {
      hint: 'Pass at least one source file, directory or URL.',
    });
  }
  const analyses = documents.map((document): Analysis => {
    const tokens = tokenizer.tokenize(document.text);
    const ranked = rankSentences(document, tokens);
    if (ranked.length < 3) {
      throw new MatomeError(
        'SOURCE_TOO_SHORT',
        `Failed to compose section: ${document.url} (only ${ranked.length} usable sentences; 3 are needed)`,
        { hint: 'Use the full article page, or leave this source out.' },
      );
    }
    return {
      document,
      ranked,
      keyphrases: extractKeyphrases(document.text, tokens, { limit: 8, boostSpans: [document.titleSpan] }),
      summary: selectSentences(ranked, 3),
    };
  });
  const leadPicks = pickLeadPoints(analyses);
  const closingPicks = pickClosingPoints(analyses, leadPicks);
  const shownAsPoints = [...leadPicks, ...closingPicks];
  const askedQuestions = new Set<string>();
  const sections = analyses.map((analysis) =>
    composeSection(
      analysis,
      shownAsPoints.filter((pick) => pick.document === analysis.document).map((pick) => pick.sentence),
      askedQuestions,
    ),
  );
  const topics = pickTopics(analyses);
  const [first, second] = topics;
  if (!first) {
    throw new MatomeError(
      'SOURCE_TOO_SHORT',
      'Failed to compose article: no key phrases found in the sources',
      {
        hint: 'Check that the sources are news articles with body text.',
      },
    );
  }
  const names = topics.map((topic) => topic.text);
  const topicEvidence = topics.map((topic) => topic.evidence);
  const title = templatedFact(`【まとめ】${names.join('、')}`, topicEvidence);
  const closingTopics = second ? `${first.text}と${second.text}` : first.text;
  const closingSentence = templatedFact(`今回の記事では、${closingTopics}について解説しました。`, [
    first.evidence,
    ...(second ? [second.evidence] : []),
  ]);
  const draft = {
    title,
    leadPoints: toFacts(leadPicks),
    sections,
    closing: { sentence: closingSentence, points: toFacts(closingPicks) },
  };
  return {
    schemaVersion: 1,
    ...draft,
    sources: documents.map(sourceRef),
    engine: { name: 'offline', version: OFFLINE_ENGINE_VERSION },
    quotation: quotationShare(draft),
  };
}

function composeSection(
  { document, ranked, keyphrases, summary }: Analysis,
  points: RankedSentence[],
  askedQuestions: Set<string>,
): Section {
  const onCard = new Set(summary.map((sentence) => sentence.start));
  const elsewhere = new Set([...onCard, ...points.map((sentence) => sentence.start)]);
  const answer = pickHookAnswer(ranked, elsewhere);
  const answerFact = verbatimFact(document, answer.start, answer.end);
  const question = hookQuestion(document, sourceTopic(keyphrases), answerFact, answer, askedQuestions);
  askedQuestions.add(question.text);
  const bodySentences = selectSentences(ranked, BODY_SENTENCES, new Set([...elsewhere, answer.start]));
  const body = toParagraphs(document, bodySentences.length > 0 ? bodySentences : [answer]);
  const key = document.contentHash;
  const dialogue: DialogueLine[] = [
    {
      kind: 'voice',
      role: 'explainer',
      position: 'before-body',
      text: pickVoiceLine('explainerOpening', key),
    },
    { kind: 'voice', role: 'reader', position: 'before-body', text: pickVoiceLine('readerQuestion', key) },
    { kind: 'voice', role: 'reader', position: 'after-body', text: pickVoiceLine('readerClosing', key) },
  ];
  const [one, two, three] = summary.map((sentence) => verbatimFact(document, sentence.start, sentence.end));
  return {
    sourceId: document.id,
    heading: isDisplayText(document.title)
      ? verbatimFact(document, document.titleSpan[0], document.titleSpan[1])
      : verbatimFact(document, summary[0]?.start ?? 0, summary[0]?.end ?? 0),
    hook: { question, answer: answerFact },
    comment: { kind: 'voice', role: 'explainer', text: pickVoiceLine('comment', key) },
    card: sourceCard(document, [one as Fact, two as Fact, three as Fact]),
    dialogue,
    body,
  };
}

/**
 * The hook's answer: a short, strong sentence not shown elsewhere (card, points) when the source
 * has one. It is quoted whole, so someone's claim keeps its speaker and a hedge stays a hedge.
 */
function pickHookAnswer(ranked: readonly RankedSentence[], shown: ReadonlySet<number>): RankedSentence {
  const fresh = ranked.filter((sentence) => !shown.has(sentence.start));
  const pool = fresh.length > 0 ? fresh : ranked;
  const value = (sentence: RankedSentence) => sentence.score - Math.max(0, sentence.text.length - 60) * 0.01;
  return [...pool].sort((a, b) => value(b) - value(a) || a.start - b.start)[0] as RankedSentence;
}

/**
 * The hook's question, from fixed wording around the source's topic phrase: it names the speaker
 * when the answer is someone's claim, asks about the outlook when the answer is hedged. Wording
 * another section already asked is skipped for the next fitting one.
 */
function hookQuestion(
  document: Document,
  topic: Keyphrase | undefined,
  answer: Fact,
  sentence: RankedSentence,
  asked: ReadonlySet<string>,
): Fact {
  const [start, end] = topic?.spans[0] ?? document.titleSpan;
  const subject = document.text.slice(start, end);
  const evidence: Evidence[] = [spanOf(document, start, end)];
  if (answer.modality === 'reported' && answer.speaker !== undefined) {
    evidence.push(spanOf(document, sentence.start, sentence.end));
  }
  const wordings =
    answer.modality === 'reported' && answer.speaker !== undefined
      ? [
          `${subject}について、${answer.speaker}は何と述べた?`,
          `${answer.speaker}は${subject}について何と述べた?`,
        ]
      : answer.modality === 'hedged'
        ? [`${subject}、今後どうなる?`, `${subject}、この先の見通しは?`]
        : sentence.hasNumber
          ? [`${subject}、具体的な中身は?`, `${subject}、数字で見ると?`]
          : [`${subject}、何が起きた?`, `${subject}、記事のポイントは?`];
  const text = wordings.find((wording) => !asked.has(wording)) ?? (wordings[0] as string);
  return templatedFact(text, evidence);
}

/** Groups quoted sentences by the source paragraph they come from. */
function toParagraphs(document: Document, sentences: readonly RankedSentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current = -1;
  for (const sentence of sentences) {
    const fact = verbatimFact(document, sentence.start, sentence.end);
    const last = paragraphs.at(-1);
    if (last && sentence.paragraph === current) last.sentences.push(fact);
    else paragraphs.push({ kind: 'quotation', sentences: [fact] });
    current = sentence.paragraph;
  }
  return paragraphs;
}

/**
 * How well a key phrase names the story: specific phrases beat generic ones (2 characters ×0.67,
 * 3 ×1, 6 or more ×2 — generic two-kanji nouns such as 病院 rarely name a story), and rank counts
 * rather than raw score, so one very frequent generic noun cannot flatten every other phrase.
 */
function topicScore(text: string, rank: number): number {
  return Math.min([...text].length, 6) / 3 / (1 + 0.3 * rank);
}

/** The source's own topic for its hook: its best-naming key phrase. */
function sourceTopic(keyphrases: readonly Keyphrase[]): Keyphrase | undefined {
  let best: Keyphrase | undefined;
  let bestScore = 0;
  keyphrases.forEach((phrase, rank) => {
    const score = topicScore(phrase.text, rank);
    if (score > bestScore && isDisplayText(phrase.text)) {
      best = phrase;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Key phrases of the whole cluster for the title and closing: phrases that several sources share
 * and specific ones (longer compounds such as 宇野川病院 over 病院) first, in the article's
 * language when any source is in it, none inside or much like another.
 */
function pickTopics(analyses: readonly Analysis[]): Array<{ text: string; evidence: Evidence }> {
  const hasJapanese = analyses.some(({ document }) => document.lang === 'ja');
  const totals = new Map<string, { score: number; sources: number; evidence: Evidence; order: number }>();
  analyses.forEach(({ document, keyphrases }, sourceIndex) => {
    if (hasJapanese && document.lang !== 'ja') return;
    keyphrases.forEach((phrase, rank) => {
      const [start, end] = phrase.spans[0] ?? [0, 0];
      if (!isDisplayText(phrase.text) || end <= start) return;
      const score = topicScore(phrase.text, rank);
      const entry = totals.get(phrase.text);
      if (entry) {
        entry.score = Math.max(entry.score, score);
        entry.sources += 1;
      } else {
        totals.set(phrase.text, {
          score,
          sources: 1,
          evidence: spanOf(document, start, end),
          order: sourceIndex * 100 + rank,
        });
      }
    });
  });
  const ordered = [...totals.entries()].sort(
    ([, a], [, b]) =>
      b.score + 0.25 * (b.sources - 1) - (a.score + 0.25 * (a.sources - 1)) || a.order - b.order,
  );
  const chosen: Array<{ text: string; evidence: Evidence }> = [];
  // Specific phrases (three characters or more) first; short ones only to reach two topics.
  const specificFirst = [
    ...ordered.filter(([text]) => [...text].length >= 3),
    ...ordered.filter(([text]) => [...text].length < 3),
  ];
  for (const [text, entry] of specificFirst) {
    if (chosen.length >= 2 && [...text].length < 3) break;
    const overlaps = chosen.some(
      (other) => other.text.includes(text) || text.includes(other.text) || similarity(other.text, text) > 0.4,
    );
    if (overlaps) continue;
    chosen.push({ text, evidence: entry.evidence });
    if (chosen.length === 3) break;
  }
  return chosen;
}

type Queue = { document: Document; queue: RankedSentence[] };

/**
 * Three 💡 points across sources: each source's most informative self-contained sentence in turn,
 * no repeats. Informativeness leads and position only helps: a feature story's opening scene is
 * no takeaway.
 */
function pickLeadPoints(analyses: readonly Analysis[]): PointPick[] {
  const value = (sentence: RankedSentence) =>
    sentence.informativeness +
    0.5 / (1 + sentence.position) +
    (sentence.hasNumber ? 0.1 : 0) -
    (sentence.dependent ? 0.5 : 0) -
    Math.max(0, sentence.text.length - 80) * 0.01;
  const queues = analyses.map(({ document, ranked }) => ({
    document,
    queue: [...ranked].sort((a, b) => value(b) - value(a) || a.start - b.start),
  }));
  return pickThree(queues, queues, []);
}

/**
 * Three closing 💡 points: forward-looking sentences, later in their articles, repeating neither
 * the lead points nor — while the sources offer others — a ✅ line.
 */
function pickClosingPoints(analyses: readonly Analysis[], leadPoints: readonly PointPick[]): PointPick[] {
  const value = (sentence: RankedSentence, count: number) =>
    0.5 * sentence.score +
    (OUTLOOK.test(sentence.text) ? 1 : 0) +
    (0.3 * sentence.position) / Math.max(count, 1);
  const queues = analyses.map(({ document, ranked }) => ({
    document,
    queue: [...ranked].sort((a, b) => value(b, ranked.length) - value(a, ranked.length) || a.start - b.start),
  }));
  const offCard = queues.map(({ document, queue }, index) => {
    const card = new Set(analyses[index]?.summary.map((sentence) => sentence.start));
    return { document, queue: queue.filter((sentence) => !card.has(sentence.start)) };
  });
  return pickThree(offCard, queues, leadPoints);
}

/** Two sentences say the same thing when their characters or their content words mostly agree. */
function isRepeat(a: RankedSentence, b: RankedSentence): boolean {
  return similarity(a.text, b.text) > REPEAT_THRESHOLD || wordOverlap(a.words, b.words) > REPEAT_THRESHOLD;
}

/** Three points from the preferred queues, topped up from all queues when those run out. */
function pickThree(
  preferred: readonly Queue[],
  all: readonly Queue[],
  avoid: readonly PointPick[],
): PointPick[] {
  const picked = pickRoundRobin(preferred, avoid, 3);
  if (picked.length < 3) picked.push(...pickRoundRobin(all, [...avoid, ...picked], 3 - picked.length));
  if (picked.length < 3) {
    throw new MatomeError(
      'SOURCE_TOO_SHORT',
      'Failed to compose article: too few distinct sentences for three points',
      {
        hint: 'Add another source or use longer articles.',
      },
    );
  }
  return picked;
}

/** Takes one sentence from each source's queue in turn — points spread across the cluster — skipping repeats. */
function pickRoundRobin(queues: readonly Queue[], avoid: readonly PointPick[], count: number): PointPick[] {
  const picked: PointPick[] = [];
  const taken = avoid.map((pick) => pick.sentence);
  const cursors = queues.map(() => 0);
  let exhausted = false;
  while (picked.length < count && !exhausted) {
    exhausted = true;
    for (const [index, { document, queue }] of queues.entries()) {
      if (picked.length === count) break;
      while ((cursors[index] ?? 0) < queue.length) {
        const sentence = queue[cursors[index] ?? 0] as RankedSentence;
        cursors[index] = (cursors[index] ?? 0) + 1;
        if (taken.some((other) => isRepeat(other, sentence))) continue;
        picked.push({ document, sentence });
        taken.push(sentence);
        exhausted = false;
        break;
      }
    }
  }
  return picked;
}

function toFacts(picks: readonly PointPick[]): [Fact, Fact, Fact] {
  const [one, two, three] = picks.map(({ document, sentence }) =>
    verbatimFact(document, sentence.start, sentence.end),
  );
  return [one as Fact, two as Fact, three as Fact];
}
