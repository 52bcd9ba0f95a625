import type { Document } from '../../domain/document.ts';
import { similarity } from '../../text/normalize.ts';
import { findGlosses } from '../../understand/english-gloss.ts';
import type { DocumentUnderstanding, SourceSentence } from '../../understand/understand-document.ts';
import { writeEnglishFact } from './write-english-fact.ts';
import { type WrittenFact, writeFact, writeFigures } from './write-fact.ts';

/** One body sentence of a source as the offline engine weighs it. */
export interface Candidate {
  document: Document;
  sentence: SourceSentence;
  /** Order among the document's body sentences (0 = first). */
  position: number;
  /** The article's own sentence written from it, when one can be (write-fact.ts). */
  written?: WrittenFact;
  /** How many facts it carries: figures, dates, named actors, a predicate, the story's words. */
  facts: number;
  /** Looks ahead: a plan, forecast or aim in its main clause (予定, 方針, 見通し, 目指す …). */
  outlook: boolean;
  /** Someone's words in a direct quote, with the speaker named. */
  speech: boolean;
  /** Content keys, for telling two sentences that say the same apart. */
  keys: ReadonlySet<string>;
}

// Sentences too short or too long to stand alone as a line of the article.
const MIN_LENGTH = 12;
const MAX_LENGTH = 160;

/**
 * Reads a source's body sentences as candidates. A sentence's weight is the count of facts it
 * carries — each figure, date and named actor (up to three of each kind), one for a predicate
 * that says something happened, one for each of the headline's content words it repeats (up to
 * three: the story's own subject), and one for each other outlet that reports it — not tuned
 * weights. A scene-setting lede (an unnamed
 * person's expression, the weather) carries few facts and sinks below the news.
 */
export function readCandidates(read: DocumentUnderstanding): Candidate[] {
  return readCandidatesAgainst(read, []);
}

/**
 * Candidates of one source read against the other sources of the cluster: a fact another outlet
 * also reports (half its content words in one of their sentences) counts once more per outlet —
 * the story's news is what several outlets report, a scene-setting lede is one outlet's colour.
 */
export function readCandidatesAgainst(
  read: DocumentUnderstanding,
  others: readonly DocumentUnderstanding[],
): Candidate[] {
  const headline = new Set(read.sentences.filter((sentence) => sentence.isHeadline).flatMap((s) => s.keys));
  const body = read.sentences.filter(
    (sentence) =>
      !sentence.isHeadline &&
      sentence.text.length >= MIN_LENGTH &&
      sentence.text.length <= MAX_LENGTH &&
      /[。．.!?！？」]$/u.test(sentence.text),
  );
  const indexOf = new Map(read.sentences.map((sentence, i) => [sentence, i]));
  return body.map((sentence, position) => {
    const names = new Set([...sentence.people, ...sentence.names]);
    const predicate = sentence.predicates.some((predicate) => predicate.kind === 'verb') ? 1 : 0;
    const story = Math.min(3, new Set(sentence.keys.filter((key) => headline.has(key))).size);
    const keys = new Set(sentence.keys);
    const confirmed = others.filter((other) => reportsSame(keys, other)).length;
    const facts =
      confirmed +
      Math.min(3, sentence.quantities.length) +
      Math.min(3, sentence.dates.length) +
      Math.min(3, names.size) +
      predicate +
      story;
    const main = sentence.clauses.at(-1);
    // English news says it with will, is scheduled to, plans to (understand/english-gloss.ts).
    const outlook =
      read.document.lang === 'ja'
        ? main !== undefined && main.hedges.length > 0 && !main.quoted
        : findGlosses(sentence.text).some((gloss) => gloss.gloss.kind === 'modality');
    const speech =
      sentence.quotes.some((quote) => [...quote.inner].length >= 8) &&
      (sentence.quoteSpeaker !== undefined || sentence.speaker !== undefined);
    const index = indexOf.get(sentence) ?? -1;
    // A sentence too close to the source to rewrite still gives its key figure in own words
    // (総事業費は約5600億円。): the article states the fact, the sentence itself stays the source's.
    const figure = read.document.lang === 'ja' ? writeFigures(sentence)[0] : undefined;
    // A source not in Japanese: its plain facts written in Japanese from the news vocabulary.
    const written =
      (read.document.lang === 'ja'
        ? writeFact(
            sentence,
            read.norm,
            read.sentences.slice(Math.max(0, index - 8), index),
            read.document.publishedAt,
          )
        : writeEnglishFact(sentence, read.document.publishedAt)) ??
      (figure === undefined
        ? undefined
        : { text: figure, start: sentence.start, end: sentence.end, figure: true as const });
    return {
      document: read.document,
      sentence,
      position,
      ...(written === undefined ? {} : { written }),
      facts,
      outlook,
      speech,
      keys,
    };
  });
}

// Each source's sentences by content key, made once per source: whether another outlet reports a
// fact is answered from the sentences that share its keys, not by comparing every pair of sentences.
const keyIndexes = new WeakMap<DocumentUnderstanding, Map<string, SourceSentence[]>>();
function keyIndexOf(read: DocumentUnderstanding): Map<string, SourceSentence[]> {
  let index = keyIndexes.get(read);
  if (index === undefined) {
    index = new Map();
    for (const sentence of read.sentences)
      for (const key of new Set(sentence.keys)) {
        const list = index.get(key);
        if (list === undefined) index.set(key, [sentence]);
        else list.push(sentence);
      }
    keyIndexes.set(read, index);
  }
  return index;
}

/** True when one of the other source's sentences has at least half of `keys` (three or more of them). */
function reportsSame(keys: ReadonlySet<string>, other: DocumentUnderstanding): boolean {
  if (keys.size < 3) return false;
  const index = keyIndexOf(other);
  const shared = new Map<SourceSentence, number>();
  for (const key of keys)
    for (const theirs of index.get(key) ?? []) shared.set(theirs, (shared.get(theirs) ?? 0) + 1);
  for (const count of shared.values()) if (count / keys.size >= 0.5) return true;
  return false;
}

/** Candidates by the facts they carry, most first; earlier sentences first among equals (lead before colour). */
export function byFacts(a: Candidate, b: Candidate): number {
  return b.facts - a.facts || a.position - b.position;
}

/** True when two candidates say much the same (shared content words or characters). */
export function isSimilar(a: Candidate, b: Candidate): boolean {
  if (a.sentence === b.sentence) return true;
  // A function of the two sentences (keys are the sentence's own): answered once per pair for
  // every candidate list made from them (each repair round makes new ones).
  let answers = similarAnswers.get(a.sentence);
  if (answers === undefined) {
    answers = new Map();
    similarAnswers.set(a.sentence, answers);
  }
  let answer = answers.get(b.sentence);
  if (answer === undefined) {
    answer = isSimilarOnce(a, b);
    answers.set(b.sentence, answer);
  }
  return answer;
}

const similarAnswers = new WeakMap<SourceSentence, Map<SourceSentence, boolean>>();

function isSimilarOnce(a: Candidate, b: Candidate): boolean {
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  let shared = 0;
  for (const key of small) if (large.has(key)) shared += 1;
  const overlap = small.size === 0 ? 0 : shared / small.size;
  return (small.size >= 3 && overlap >= 0.75) || similarity(a.sentence.text, b.sentence.text) > 0.5;
}

/**
 * The `count` key facts of one source for its ✅ lines: the candidates that carry the most facts,
 * none much like another, in the order the source gives them. `usable` says which may be taken.
 */
export function selectKeyFacts(
  candidates: readonly Candidate[],
  count: number,
  usable: (candidate: Candidate) => boolean = () => true,
): Candidate[] {
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].filter(usable).sort(byFacts)) {
    if (chosen.length === count) break;
    if (chosen.some((other) => isSimilar(other, candidate))) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.position - b.position);
}

/**
 * A source's three ✅ lines: its key facts (selectKeyFacts order), written in the article's own
 * words where they can be. A key fact that cannot be rewritten is quoted rather than passed over,
 * but at most `maxQuotes` of the three are quotations (and none longer than `maxQuoteChars`), so
 * the card stays the article's own text; past that, the next fact that can be written is taken.
 */
export function selectSummary(
  candidates: readonly Candidate[],
  isFree: (candidate: Candidate) => boolean = () => true,
  options: { maxQuotes?: number; maxQuoteChars?: number } = {},
): Candidate[] {
  const maxQuotes = options.maxQuotes ?? 1;
  const maxQuoteChars = options.maxQuoteChars ?? 135;
  const chosen: Candidate[] = [];
  let quotes = 0;
  for (const candidate of [...candidates].filter(isFree).sort(byFacts)) {
    if (chosen.length === 3) break;
    if (chosen.some((other) => isSimilar(other, candidate))) continue;
    if (candidate.written === undefined) {
      if (quotes >= maxQuotes || candidate.sentence.text.length > maxQuoteChars) continue;
      quotes += 1;
    }
    chosen.push(candidate);
  }
  // A source with too few sentences the engine can write: its key facts, quoted.
  if (chosen.length < 3)
    chosen.push(
      ...selectKeyFacts(
        candidates,
        3 - chosen.length,
        (candidate) =>
          isFree(candidate) &&
          !chosen.includes(candidate) &&
          !chosen.some((other) => isSimilar(other, candidate)) &&
          candidate.sentence.text.length <= maxQuoteChars,
      ),
    );
  // Still short (every sentence long, or taken): any free sentence, then any sentence at all, so a
  // card always has its three lines (the composer refuses sources with fewer than three).
  for (const pass of [isFree, () => true])
    for (const candidate of candidates) {
      if (chosen.length >= 3) break;
      if (!chosen.includes(candidate) && pass(candidate)) chosen.push(candidate);
    }
  return chosen.sort((a, b) => a.position - b.position);
}
