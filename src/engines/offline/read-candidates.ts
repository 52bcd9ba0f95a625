import type { Document } from '../../domain/document.ts';
import { charBigrams, normalizeForMatch, similarity } from '../../text/normalize.ts';
import { Postings, prefixLength, type TokenOrder, tokenOrder } from '../../text/prefix-filter.ts';
import {
  type DocumentUnderstanding,
  glossesOf,
  type SourceSentence,
} from '../../understand/understand-document.ts';
import { writeEnglishFact } from './write-english-fact.ts';
import {
  introducesWords,
  leansOnBefore,
  MAX_TERM_QUOTE,
  standsAlone,
  type WrittenFact,
  writeFact,
  writeFigures,
} from './write-fact.ts';

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
// A sentence not in Japanese takes about twice the characters for the same facts (English news
// runs 2–3 letters to a Japanese character): its line is the Japanese the engine writes from it.
const FOREIGN_LENGTH_RATIO = 2;

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
 * `reports` files the sentences of `others` (it may hold more sources; only `others` count): pass one
 * made once for the whole cluster (indexReports) when reading every source against the rest.
 */
export function readCandidatesAgainst(
  read: DocumentUnderstanding,
  others: readonly DocumentUnderstanding[],
  reports: ReportIndex = indexReports(others),
): Candidate[] {
  // How many times each other source is given (a source given twice counts twice).
  const otherSet = new Map<DocumentUnderstanding, number>();
  for (const other of others) otherSet.set(other, (otherSet.get(other) ?? 0) + 1);
  const headline = new Set(read.sentences.filter((sentence) => sentence.isHeadline).flatMap((s) => s.keys));
  const maxLength = read.document.lang === 'ja' ? MAX_LENGTH : MAX_LENGTH * FOREIGN_LENGTH_RATIO;
  const body = read.sentences.filter(
    (sentence) =>
      !sentence.isHeadline &&
      sentence.text.length >= MIN_LENGTH &&
      sentence.text.length <= maxLength &&
      /[。．.!?！？」]$/u.test(sentence.text) &&
      !isEditorialNote(sentence.text),
  );
  const indexOf = new Map(read.sentences.map((sentence, i) => [sentence, i]));
  return body.map((sentence, position) => {
    const names = new Set([...sentence.people, ...sentence.names]);
    const predicate = sentence.predicates.some((predicate) => predicate.kind === 'verb') ? 1 : 0;
    const story = Math.min(3, new Set(sentence.keys.filter((key) => headline.has(key))).size);
    const keys = sentence.keySet;
    const confirmed = reportsCount(keys, otherSet, reports);
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
        : glossesOf(sentence).some(
            // (A possibility, may or could, is not a plan or a forecast.)
            (gloss) => gloss.gloss.kind === 'modality' && gloss.gloss.ja !== '可能性',
          );
    const speech =
      sentence.quotes.some((quote) => [...quote.inner].length >= 8) &&
      (sentence.quoteSpeaker !== undefined || sentence.speaker !== undefined);
    const index = indexOf.get(sentence) ?? -1;
    // A sentence too close to the source to rewrite still gives its key figure in own words
    // (総事業費は約5600億円。): the article states the fact, the sentence itself stays the source's.
    const figure = read.document.lang === 'ja' ? writeFigures(sentence)[0] : undefined;
    // A source not in Japanese: its plain facts written in Japanese from the news vocabulary.
    const sentenceWritten =
      read.document.lang === 'ja'
        ? writeFact(
            sentence,
            read.norm,
            read.sentences.slice(0, Math.max(0, index)),
            read.document.publishedAt,
          )
        : writeEnglishFact(sentence, read.document.publishedAt, read.document.text.slice(0, sentence.start));
    // Only the first act of a sentence (written.part) gives way to its key figure: the figure is a
    // fact the sentence states whole.
    const written =
      (sentenceWritten?.part === true && figure !== undefined ? undefined : sentenceWritten) ??
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

/**
 * The sentences of a cluster's sources filed by content key for "does another outlet report this
 * fact" (prefix-filter.ts): a sentence is compared only with the sentences that share one of its
 * rarest keys, not with every sentence of every other source. Sentences with the same key set (a
 * wire story's sentence in every outlet that runs it) are filed once, as one group with the sources
 * that have it, so the work grows with the distinct sentences, not with the copies. Made once per
 * build of candidates.
 */
export interface ReportIndex {
  order: TokenOrder;
  postings: Postings<KeyGroup>;
  /** Which sources have a sentence with at least half of a key set, by the key set (keyText). */
  confirmers: Map<string, readonly DocumentUnderstanding[]>;
}

/** Sentences with one key set: the keys and the sources that have such a sentence, each once. */
interface KeyGroup {
  keys: ReadonlySet<string>;
  sources: Set<DocumentUnderstanding>;
}

/** A key set as one text, the same for every set of the same keys (sorted in `order`). */
function keyText(sorted: readonly string[]): string {
  return sorted.join('\u0000');
}

export function indexReports(reads: readonly DocumentUnderstanding[]): ReportIndex {
  const postings = new Postings<KeyGroup>();
  const sets = reads.flatMap((read) => read.sentences.map((sentence) => sentence.keySet));
  const order = tokenOrder(sets);
  const groups = new Map<string, KeyGroup>();
  let at = 0;
  for (const read of reads)
    for (const _sentence of read.sentences) {
      const keys = sets[at++] as ReadonlySet<string>;
      const text = keyText(order.sort(keys));
      let group = groups.get(text);
      if (group === undefined) {
        group = { keys, sources: new Set() };
        groups.set(text, group);
        postings.add(group, keys);
      }
      group.sources.add(read);
    }
  return { order, postings, confirmers: new Map() };
}

/**
 * How many of `others` have a sentence with at least half of `keys` (three or more of them). Such
 * a sentence shares one of the first keys.size − ⌊keys.size / 2⌋ + 1 keys in the index's order.
 */
function reportsCount(
  keys: ReadonlySet<string>,
  others: ReadonlyMap<DocumentUnderstanding, number>,
  index: ReportIndex,
): number {
  if (keys.size < 3 || others.size === 0) return 0;
  const sorted = index.order.sort(keys);
  const text = keyText(sorted);
  let confirming = index.confirmers.get(text);
  if (confirming === undefined) {
    const sources = new Set<DocumentUnderstanding>();
    for (const group of index.postings.find(
      sorted.slice(0, prefixLength(keys.size, Math.floor(keys.size / 2))),
    )) {
      let shared = 0;
      for (const key of keys) if (group.keys.has(key)) shared += 1;
      if (shared / keys.size >= 0.5) for (const source of group.sources) sources.add(source);
    }
    confirming = [...sources];
    index.confirmers.set(text, confirming);
  }
  let count = 0;
  for (const source of confirming) count += others.get(source) ?? 0;
  return count;
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

/**
 * True when two candidates state the same fact, however worded: much the same (isSimilar), or every
 * figure and date one gives (by value: 約12億円 and 12億円 alike, 2027年7月 and 2027年7月に) is given
 * by the other, which shares a content word with it besides them (開業 of 開業は2027年7月になる and
 * 2027年7月に開業する予定だ). Two sentences with no figure or date are told apart by isSimilar alone.
 */
export function isSameFact(a: Candidate, b: Candidate): boolean {
  if (isSimilar(a, b)) return true;
  const [one, other] = [marksOf(a), marksOf(b)];
  const [small, large] = one.size <= other.size ? [one, other] : [other, one];
  if (small.size === 0) return false;
  for (const mark of small) if (!large.has(mark)) return false;
  // A word of a figure or date itself (月 of 2027年7月, 12 of 約12億円) is not the thing it counts or dates.
  const written = [a, b].flatMap(({ sentence }) =>
    [...sentence.quantities, ...sentence.dates].map((mark) => normalizeForMatch(mark.text)),
  );
  for (const key of a.keys) if (b.keys.has(key) && !written.some((mark) => mark.includes(key))) return true;
  return false;
}

/** A sentence's figures and dates by value: 12億円 → 1200000000円; 2027年7月 → 2027-7-. */
function marksOf(candidate: Candidate): Set<string> {
  const { quantities, dates } = candidate.sentence;
  return new Set([
    ...quantities.map((quantity) => `${quantity.value}${quantity.unit}`),
    ...dates.map((date) =>
      date.year === undefined && date.month === undefined && date.day === undefined
        ? date.text
        : `${date.year ?? ''}-${date.month ?? ''}-${date.day ?? ''}${date.period ?? ''}`,
    ),
  ]);
}

function isSimilarOnce(a: Candidate, b: Candidate): boolean {
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  let shared = 0;
  for (const key of small) if (large.has(key)) shared += 1;
  const overlap = small.size === 0 ? 0 : shared / small.size;
  return (small.size >= 3 && overlap >= 0.75) || similarity(a.sentence.text, b.sentence.text) > 0.5;
}

/**
 * A text's character bigrams (of its normalized text, as similarity counts them) as distinct
 * tokens: the k-th occurrence of a bigram is its own token, so the tokens two texts share are the
 * bigrams similarity() counts as shared.
 */
function bigramTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [bigram, count] of charBigrams(normalizeForMatch(text)))
    for (let k = 1; k <= count; k++) tokens.push(`${bigram}\u0001${k}`);
  return tokens;
}

// A sentence's bigram tokens, made once per sentence.
const bigramTokenMemo = new WeakMap<SourceSentence, string[]>();
function bigramTokensOf(sentence: SourceSentence): string[] {
  let tokens = bigramTokenMemo.get(sentence);
  if (tokens === undefined) {
    tokens = bigramTokens(sentence.text);
    bigramTokenMemo.set(sentence, tokens);
  }
  return tokens;
}

// The token a sentence with no bigram at all is filed under: two such sentences are similar when
// their normalized texts are equal.
const NO_BIGRAM = '\u0002';

/**
 * The filing order of a set of candidates for SimilarSet, made once for all the SimilarSets over
 * them (each repair round of a build starts an empty one): the keys and bigrams ordered by how many
 * distinct candidates hold each (prefix-filter.ts tokenOrder), and each candidate's kind — its text
 * and keys as one text: equal for candidates isSimilar cannot tell apart — and sorted tokens.
 * `universe`: the candidates that will be added or asked about (others work too).
 */
export class CandidateOrder {
  readonly #keyOrder: TokenOrder;
  readonly #bigramOrder: TokenOrder;
  readonly #kinds = new Map<Candidate, string>();
  readonly #sortedKeys = new Map<string, string[]>();
  readonly #sortedBigrams = new Map<string, string[]>();

  constructor(universe: readonly Candidate[]) {
    const kinds = new Map<string, Candidate>();
    for (const candidate of universe) {
      const kind = this.kind(candidate);
      if (!kinds.has(kind)) kinds.set(kind, candidate);
    }
    const distinct = [...kinds.values()];
    this.#keyOrder = tokenOrder(distinct.map((candidate) => candidate.keys));
    this.#bigramOrder = tokenOrder(distinct.map((candidate) => bigramTokensOf(candidate.sentence)));
  }

  /** The order of the candidates' sentence bigrams (rarest first): ShownLines files lines in it. */
  get bigrams(): TokenOrder {
    return this.#bigramOrder;
  }

  /** The candidate's text and keys as one text: equal for candidates isSimilar cannot tell apart. */
  kind(candidate: Candidate): string {
    let kind = this.#kinds.get(candidate);
    if (kind === undefined) {
      kind = JSON.stringify([candidate.sentence.text, ...[...candidate.keys].sort()]);
      this.#kinds.set(candidate, kind);
    }
    return kind;
  }

  /** The candidate's keys in filing order (made once per kind). */
  keys(candidate: Candidate): string[] {
    const kind = this.kind(candidate);
    let keys = this.#sortedKeys.get(kind);
    if (keys === undefined) {
      keys = this.#keyOrder.sort(candidate.keys);
      this.#sortedKeys.set(kind, keys);
    }
    return keys;
  }

  /** The candidate's sentence bigrams in filing order (made once per kind; NO_BIGRAM for none). */
  bigramsOf(candidate: Candidate): string[] {
    const kind = this.kind(candidate);
    let bigrams = this.#sortedBigrams.get(kind);
    if (bigrams === undefined) {
      bigrams = this.#bigramOrder.sort(bigramTokensOf(candidate.sentence));
      if (bigrams.length === 0) bigrams = [NO_BIGRAM];
      this.#sortedBigrams.set(kind, bigrams);
    }
    return bigrams;
  }
}

/**
 * Candidates taken so far, filed so that "is one of them similar to this one" (isSimilar) compares
 * only those that can be (prefix-filter.ts): two candidates with ¾ of the smaller key set shared
 * share one of the smaller set's first |keys| − ⌊¾·|keys|⌋ + 1 keys; two whose bigram Dice is over
 * ½ share more than a third of either's bigrams, so one of each one's first |bigrams| − ⌊|bigrams| / 3⌋ + 1.
 * Every pair found is decided by isSimilar itself, so the answers are those of comparing every pair.
 * Candidates of the same text and keys (a sentence several outlets carry word for word) are alike
 * to isSimilar — each is similar to the other and to the same others — so such a candidate is
 * filed and asked about once, for all of them.
 */
export class SimilarSet {
  readonly #order: CandidateOrder;
  readonly #byKeyPrefix = new Postings<Candidate>();
  readonly #byKey = new Postings<Candidate>();
  readonly #byBigramPrefix = new Postings<Candidate>();
  readonly #added = new Set<string>();
  readonly #asked = new Map<string, { upTo: number; similar: boolean }>();

  /** An empty set, filing candidates in `order` (made once for the candidates of a build). */
  constructor(order: CandidateOrder) {
    this.#order = order;
  }

  add(candidate: Candidate): void {
    // One like it in every way is filed already: it answers for this one.
    const kind = this.#order.kind(candidate);
    if (this.#added.has(kind)) return;
    this.#added.add(kind);
    const keys = this.#order.keys(candidate);
    const bigrams = this.#order.bigramsOf(candidate);
    this.#byKey.add(candidate, keys);
    this.#byKeyPrefix.add(
      candidate,
      keys.slice(0, prefixLength(keys.length, Math.floor(0.75 * keys.length))),
    );
    this.#byBigramPrefix.add(
      candidate,
      bigrams.slice(0, prefixLength(bigrams.length, Math.floor(bigrams.length / 3))),
    );
  }

  /** True when a candidate added is similar to `candidate` (isSimilar(added, candidate)). */
  hasSimilar(candidate: Candidate): boolean {
    // Asked again, a candidate is compared only with those added since (once similar, always).
    const kind = this.#order.kind(candidate);
    const asked = this.#asked.get(kind);
    if (asked?.similar === true) return true;
    const since = asked?.upTo ?? 0;
    const upTo = this.#byKey.filed;
    if (since === upTo) return false;
    const keys = this.#order.keys(candidate);
    const bigrams = this.#order.bigramsOf(candidate);
    const found = this.#byKeyPrefix.find(keys, since);
    this.#byKey.find(keys.slice(0, prefixLength(keys.length, Math.floor(0.75 * keys.length))), since, found);
    this.#byBigramPrefix.find(bigrams, since, found);
    let similar = false;
    for (const other of found)
      if (isSimilar(other, candidate)) {
        similar = true;
        break;
      }
    this.#asked.set(kind, { upTo, similar });
    return similar;
  }
}

/**
 * The lines the article shows, filed so that "does a line say this in nearly the same words"
 * (bigram Dice ≥ 0.9, similarity()) compares a text only with the lines that can (prefix-filter.ts):
 * a line with Dice ≥ 0.9 to a text shares at least 9/11 of the line's bigrams with it (the text has at
 * least 9/11 of the line's bigrams, and 0.45 of their sum are shared), so one of the line's first
 * |bigrams| − ⌈9/11·|bigrams|⌉ + 1. Every line found is decided by similarity() itself.
 */
// A text's bigram tokens for ShownLines (as read, and sorted in a filing order), made once per text
// and order: the ShownLines of a build share the build's order, so a text looked up again, or a line
// filed again in another ShownLines over the same order, is not read again.
const shownTokens = new WeakMap<TokenOrder, Map<string, { all: string[]; sorted?: string[] }>>();

export class ShownLines {
  readonly #lines = new Set<string>();
  readonly #postings = new Postings<string>();
  readonly #order: TokenOrder;
  readonly #tokensOf: Map<string, { all: string[]; sorted?: string[] }>;

  /**
   * `order`: the order the lines' bigrams are filed in. Any one order gives the same answers; one
   * with the rarest bigrams first (CandidateOrder's, from the sentences the lines are written
   * from) files each line under bigrams few others have, so a look-up finds few lines to compare.
   * Without one, the bigrams by text.
   */
  constructor(lines: Iterable<string>, order: TokenOrder = tokenOrder([])) {
    this.#order = order;
    let tokensOf = shownTokens.get(order);
    if (tokensOf === undefined) {
      tokensOf = new Map();
      shownTokens.set(order, tokensOf);
    }
    this.#tokensOf = tokensOf;
    for (const line of lines) this.add(line);
  }

  has(line: string): boolean {
    return this.#lines.has(line);
  }

  add(line: string): void {
    if (this.#lines.has(line)) return;
    this.#lines.add(line);
    const tokens = this.#tokens(line);
    // ⌊0.81·n⌋ ≤ 9/11·n: a prefix as long or longer than the bound needs.
    this.#postings.add(line, tokens.slice(0, prefixLength(tokens.length, Math.floor(0.81 * tokens.length))));
  }

  /** True when a shown line (but those in `except`) says `text` in nearly the same words. */
  restates(text: string, except: ReadonlySet<string> = new Set()): boolean {
    // A look-up reads every token of the text: they need no order, only a line's filing does.
    for (const line of this.#postings.find(this.#tokens(text, false)))
      if (!except.has(line) && (line === text || similarity(text, line) >= 0.9)) return true;
    return false;
  }

  #tokens(text: string, sorted = true): string[] {
    let known = this.#tokensOf.get(text);
    if (known === undefined) {
      const all = bigramTokens(text);
      // A text of one character or none: found by its normalized text, which alone makes it alike.
      const alone = [`\u0002${normalizeForMatch(text)}`];
      known = all.length === 0 ? { all: alone, sorted: alone } : { all };
      this.#tokensOf.set(text, known);
    }
    if (!sorted) return known.all;
    if (known.sorted === undefined) known.sorted = this.#order.sort(known.all);
    return known.sorted;
  }
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

// In English: quotation marks, or a personal pronoun (a person's account: said she used to …).
const PERSONAL_WORDS = /["“”]|\b(?:he|she|him|his|her)\b/iu;

/**
 * Someone's words: a remark with its speaker, or a quote longer than a term (「上下分離方式」); on a
 * page not in Japanese, a direct quote in quotation marks (englishQuote).
 */
export function holdsWords(candidate: Candidate): boolean {
  return (
    candidate.speech ||
    candidate.sentence.quotes.some((quote) => [...quote.inner].length > MAX_TERM_QUOTE) ||
    (candidate.document.lang !== 'ja' && englishQuote(candidate.sentence.text))
  );
}

// English words in quotation marks longer than a term: three words or more ("We will rebuild the
// line," …), not a name or a term ("Blue Line").
const ENGLISH_QUOTED = /["“]([^"“”]*)["”]/gu;

/**
 * Whether an English sentence holds a direct quote: words in quotation marks longer than a term, or
 * a quotation mark left open or closed (a quote the sentence splitter cut across sentences).
 */
export function englishQuote(text: string): boolean {
  const marks = text.match(/["“”]/gu)?.length ?? 0;
  const opened = text.match(/“/gu)?.length ?? 0;
  const closed = text.match(/”/gu)?.length ?? 0;
  if (marks % 2 === 1 || opened !== closed) return true;
  return [...text.matchAll(ENGLISH_QUOTED)].some(
    (quote) => (quote[1] as string).trim().split(/\s+/u).length >= 3,
  );
}

// How a colour passage (雑観) ends its main clause: a person's face or feeling shown, not an act
// reported — 表情を見せた, 笑顔を見せる, 胸をなで下ろした, 目を細めた, 声を弾ませた, 肩を落とした,
// 涙を浮かべた, ため息をついた, 安堵の色を浮かべた.
const FEELING =
  /(?:(?:(?:表情|笑顔|笑み|涙|安堵の色)を(?:見せ|浮かべ|こぼ|流|にじませ))|ため息をつ|胸をなで下ろ|目を細め|声を弾ませ|肩を落と|ほっとし|喜びをかみしめ)[^、。]{0,5}$|(?:寂しそう|不安そう|うれしそう|誇らしそう|不安げ|満足げ)に[^、。]{0,10}$/u;

/**
 * A colour sentence (a scene or a feeling: 11日朝、駅で列車を待っていた生徒は、ほっとした表情を
 * 見せた。): its main clause shows someone's face or feeling rather than reporting an act. News
 * leads with the facts; a colour lede is read after them.
 */
export function isColour(sentence: Pick<SourceSentence, 'text' | 'clauses'>): boolean {
  const main = sentence.clauses.at(-1);
  const clause = main === undefined ? sentence.text : sentence.text.slice(main.start, main.end);
  return FEELING.test(clause.replace(/[。．]$/u, ''));
}

// The page's note to its reader about itself (※7月31日更新 …本文を更新しました。/ …誤りでした。
// 訂正しておわびします。; a note under its label, 【訂正】3日配信の記事で…の誤りでした。訂正します。):
// what changed on the page, not a fact of the story. (An added fact — 【追記】市は16日、… — is news
// and stays.)
const EDITORIAL_NOTE =
  /^(?:※|【(?:訂正|おわび|お詫び)】)|(?:を更新しました|訂正しておわびします|おわびして訂正します|訂正します)[。．]$/u;
// The page's note of its own revision (【更新】…を受けて、第5段落を追加しました。/ …第3段落を書き
// 換えました。/ …の方針を追記しました（9月24日15時）。): its act is an edit of the page — a part of
// the page (段落, 見出し, 本文) as its object, or under the 【更新】 label a verb of editing in the
// polite past the page uses to its reader (the label may carry the time: 【5月9日18時更新】). Why the page changed (…を受けて) is told in the story's
// own sentences; the note itself is no fact of the story. (県は集計を修正しました。 under no label is
// news: only a part of the page, or the label, makes the act the page's.)
const EDITS = '(?:追記|追加|加筆|書き換え|改め|修正|差し替え)(?:し)?ました';
const REVISION_NOTE = new RegExp(
  `(?:段落|見出し|本文)を${EDITS}|^【[^】]{0,20}?更新】[^。]*${EDITS}(?:[（(][^）)]*[）)])?[。．]?(?:[（(][^）)]*[）)])?$`,
  'u',
);

/** True when a sentence is the page's update or correction note, not a fact of the story. */
export function isEditorialNote(text: string): boolean {
  return EDITORIAL_NOTE.test(text) || REVISION_NOTE.test(text);
}

/**
 * Whether a ✅ line gives the candidate in the article's own words: a key fact is given whole on
 * the card, so one written only as its actor's first act (written.part) is quoted there instead.
 */
export function ownOnCard(candidate: Candidate): boolean {
  // (A ✅ line is one compact sentence: not two statements written as two, written.second.)
  return (
    candidate.written !== undefined &&
    candidate.written.part !== true &&
    candidate.written.second === undefined
  );
}

/**
 * Whether a ✅ line may give the candidate as two statements of the engine's own (written.second:
 * AはXし、BはYした → AはXした。BはYした。) rather than quote it: the key fact whole, in own words.
 * Only where the section would otherwise be over its quotation share (compose-offline-article.ts);
 * a card line is one compact sentence where it can be (ownOnCard).
 */
export function ownStatementsOnCard(candidate: Candidate): boolean {
  return (
    candidate.written !== undefined &&
    candidate.written.part !== true &&
    candidate.written.second !== undefined
  );
}

/**
 * A shorter fact to quote in place of `quoted`, for a section over its quotation share whose body
 * only quotes one fact: among the `candidates` that `isFree` allows, one shorter than `quoted`
 * (and at most `maxChars`), still a fact of the story (half its facts or more; not a scene, nor the
 * page's own note) that reads on its own (in Japanese: no lean on the sentence before, no pointer
 * at words given elsewhere); the one that says the most in the fewest characters.
 */
export function shorterQuoteOf(
  quoted: Candidate,
  candidates: readonly Candidate[],
  isFree: (candidate: Candidate) => boolean,
  maxChars: number,
): Candidate | undefined {
  const length = (candidate: Candidate) => [...candidate.sentence.text].length;
  return candidates
    .filter(
      (candidate) =>
        candidate !== quoted &&
        isFree(candidate) &&
        length(candidate) <= maxChars &&
        length(candidate) >= 12 &&
        length(candidate) < length(quoted) &&
        candidate.facts * 2 >= quoted.facts &&
        !isColour(candidate.sentence) &&
        !isEditorialNote(candidate.sentence.text) &&
        (candidate.document.lang !== 'ja' ||
          (standsAlone(candidate.sentence.text) && !introducesWords(candidate.sentence.text))),
    )
    .sort(
      (a, b) =>
        b.facts / b.sentence.text.length - a.facts / a.sentence.text.length || a.position - b.position,
    )[0];
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
  // The lead facts before colour: a scene or a feeling is a key fact only when nothing else is.
  const order = (a: Candidate, b: Candidate) =>
    Number(isColour(a.sentence)) - Number(isColour(b.sentence)) || byFacts(a, b);
  for (const candidate of [...candidates].filter(isFree).sort(order)) {
    if (chosen.length === 3) break;
    if (chosen.some((other) => isSimilar(other, candidate))) continue;
    if (!ownOnCard(candidate)) {
      // Someone's words are a remark (the body's, who said what), not a key fact of the card, nor
      // is a line that only introduces them (幹部はこう打ち明ける。).
      if (
        quotes >= maxQuotes ||
        candidate.sentence.text.length > maxQuoteChars ||
        holdsWords(candidate) ||
        introducesWords(candidate.sentence.text) ||
        // Nor a line that leans on the sentence before it (…けがをしたため。).
        leansOnBefore(candidate.sentence.text)
      )
        continue;
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
          candidate.sentence.text.length <= maxQuoteChars &&
          // A fact that reads on its own (not こう打ち明ける), not someone's remark.
          !holdsWords(candidate) &&
          standsAlone(candidate.sentence.text),
      ),
    );
  // Still short (every sentence long, or taken): a free key fact too long for a quote, the facts
  // that say the most in the fewest characters first (quotation stays subordinate; not someone's
  // words, nor a line that leans on the one before); then any free sentence that is not someone's
  // words, then any such sentence at all, and only then a quote, so a card always has its three
  // lines (the composer refuses sources with fewer than three).
  const longFacts = () =>
    candidates
      .filter(
        (candidate) =>
          isFree(candidate) &&
          !chosen.includes(candidate) &&
          !holdsWords(candidate) &&
          !isColour(candidate.sentence) &&
          !leansOnBefore(candidate.sentence.text) &&
          // (In English, a quote or a person's account — she said, he declined — is someone's words.)
          (candidate.document.lang === 'ja' || !PERSONAL_WORDS.test(candidate.sentence.text)),
      )
      .sort(
        (a, b) =>
          b.facts / b.sentence.text.length - a.facts / a.sentence.text.length || a.position - b.position,
      );
  // (A ✅ line states a fact: a direct quote is the body's, who said what.)
  const anyone = () => true;
  const noWords = (pass: (candidate: Candidate) => boolean) => (candidate: Candidate) =>
    pass(candidate) && !holdsWords(candidate);
  const passes = [noWords(isFree), noWords(anyone), isFree, anyone];
  for (const pass of passes)
    for (const candidate of pass === passes[0] && chosen.length < 3
      ? [...longFacts(), ...candidates]
      : candidates) {
      if (chosen.length >= 3) break;
      if (!chosen.includes(candidate) && pass(candidate)) chosen.push(candidate);
    }
  return chosen.sort((a, b) => a.position - b.position);
}

/**
 * The fact a section's body gives in the article's own words when no sentence of its source is left
 * to quote, so that the body does not quote a line the article shows already: a sentence the writer
 * put in its own words and no part uses yet first, else a ✅ line or the hook answer of the section
 * written (their source sentence has an own form) — none whose own words `shown` (the section's
 * card and hook as shown) or another used sentence's own words already show. Undefined where the
 * writer has none.
 */
export function restatedFactOf(
  candidates: readonly Candidate[],
  summary: readonly Candidate[],
  hookAnswer: Candidate,
  used: readonly Candidate[],
  shown: readonly string[],
): Candidate | undefined {
  const key = (text: string) => text.normalize('NFKC').replace(/[\s。．「」『』]/gu, '');
  const own = [...summary, hookAnswer];
  const seen = new Set([
    ...shown.map(key),
    ...used.flatMap((candidate) =>
      candidate.written === undefined || own.includes(candidate) ? [] : [key(candidate.written.text)],
    ),
  ]);
  const fresh = (candidate: Candidate) =>
    candidate.written !== undefined && !seen.has(key(candidate.written.text));
  return candidates.find((candidate) => !used.includes(candidate) && fresh(candidate)) ?? own.find(fresh);
}
