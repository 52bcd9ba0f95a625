import { type Finding, pathFinding } from '../domain/report.ts';
import { type DateMention, datesAgree, findDates } from '../text/dates.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import { findQuantities, type Quantity } from '../text/quantities.ts';
import { romanize } from '../text/romanize.ts';
import type { Synonyms } from '../text/synonyms.ts';
import {
  type Clause,
  findPeople,
  isContentToken,
  keyOf,
  type Predicate,
  readSentence,
  type SentenceReading,
  stripQuotes,
} from '../understand/read-sentence.ts';
import {
  type DocumentUnderstanding,
  isAbbreviationOf,
  nounCompounds,
  type SourceSentence,
  tokensOf,
  type Understanding,
} from '../understand/understand-document.ts';

/**
 * The result of checking one claim against the sources it may rest on: problems found by aligning
 * each element of the claim (content words, quantities, dates, names, roles, predicates with
 * their polarity and modality, speakers, quotes) to elements of the sources, and the source
 * sentences it aligned to.
 */
export interface ClaimCheck {
  findings: Finding[];
  /** The source sentences that together cover the claim, best first. */
  evidence: SourceSentence[];
  /** Share (0–1) of the claim's content words found in its evidence. */
  score: number;
}

export interface ClaimCheckOptions {
  /** JSON path (or label) the findings point at. */
  path: string;
  /**
   * 'claim': a sentence that states facts (default). 'fragment': a title, point or heading — no
   * full sentence, so predicates and clauses are compared only where the fragment has them.
   * 'question': a hook question asserts nothing; only its names, numbers, dates and quotes count.
   */
  kind?: 'claim' | 'fragment' | 'question';
}

/** Weighted share of a claim's content words that must be found in its sources (error below). */
export const ADDITION_SHARE = 0.6;
/** …and below this share, a warning (a person should look). */
export const COVERAGE_WARNING = 0.8;
/** Weighted share of one clause's content words that one source sentence must have (error below). */
export const CLAUSE_SHARE = 0.3;

/**
 * Checks one claim (a sentence of an article or a user's sentence) against `scope`: the sources it
 * may rest on, taken together. See README "How the verifier decides".
 */
export function checkClaim(
  text: string,
  scope: readonly DocumentUnderstanding[],
  understanding: Understanding,
  options: ClaimCheckOptions,
): ClaimCheck {
  // The same unit is checked in each of an engine's repair rounds and again by the final
  // verification: against the same sources (the very same readings) the answer is the same.
  let checks = claimChecks.get(understanding);
  if (checks === undefined) {
    checks = new Map();
    claimChecks.set(understanding, checks);
  }
  const key = JSON.stringify([
    text,
    options.path,
    options.kind ?? 'claim',
    scope.map((read) => read.document.id),
  ]);
  const known = checks.get(key);
  if (
    known !== undefined &&
    known.scope.length === scope.length &&
    known.scope.every((read, i) => read === scope[i])
  )
    return { ...known.check, findings: [...known.check.findings], evidence: [...known.check.evidence] };
  const check = checkClaimOnce(text, scope, understanding, options);
  checks.set(key, { scope: [...scope], check });
  return { ...check, findings: [...check.findings], evidence: [...check.evidence] };
}

const claimChecks = new WeakMap<
  Understanding,
  Map<string, { scope: readonly DocumentUnderstanding[]; check: ClaimCheck }>
>();

function checkClaimOnce(
  text: string,
  scope: readonly DocumentUnderstanding[],
  understanding: Understanding,
  options: ClaimCheckOptions,
): ClaimCheck {
  const claim = readClaim(text, understanding);
  const context = createAlignment(claim, scope, understanding.synonyms);
  const out: Finding[] = [];
  const { path } = options;
  out.push(...checkQuotes(claim, context, path));
  out.push(...checkNames(claim, context, path, options.kind ?? 'claim'));
  out.push(...checkRoles(claim, context, path));
  out.push(...checkQuantities(claim, context, path));
  out.push(...checkDates(claim, context, path));
  const isFragment = options.kind === 'fragment' || options.kind === 'question';
  out.push(...checkPolarity(claim, context, path));
  if (!isFragment) out.push(...checkPredicates(claim, context, path, understanding.synonyms));
  out.push(...checkModality(claim, context, path, isFragment));
  // A title, point or question asserts no clause of its own: its words are checked, not its clauses.
  if (!isFragment) out.push(...checkAttribution(claim, context, path));
  if (options.kind !== 'question') out.push(...checkCoverage(claim, context, path, isFragment));
  return { findings: dedupe(out), evidence: context.evidence, score: context.score };
}

// ---------------------------------------------------------------------------------------------
// Alignment

/** A value per source sentence, computed once per sentence and kept for every later claim. */
interface SentenceLookup<T> {
  get(sentence: SourceSentence): T;
}

// Source sentences are read once per build; what every claim asks of them (the normalized text,
// the set of keys) is derived once per sentence too, not once per claim and sentence.
const sentenceNorms = new WeakMap<SourceSentence, string>();
const sentenceKeySets = new WeakMap<SourceSentence, ReadonlySet<string>>();
const NORMS: SentenceLookup<string> = {
  get(sentence) {
    let norm = sentenceNorms.get(sentence);
    if (norm === undefined) {
      norm = normalizeForMatch(sentence.text);
      sentenceNorms.set(sentence, norm);
    }
    return norm;
  },
};
/** A source sentence's normalized text (normalizeForMatch), made once per sentence. */
export function sourceSentenceNorm(sentence: SourceSentence): string {
  return NORMS.get(sentence);
}
const KEY_SETS: SentenceLookup<ReadonlySet<string>> = {
  get(sentence) {
    let keys = sentenceKeySets.get(sentence);
    if (keys === undefined) {
      keys = new Set(sentence.keys);
      sentenceKeySets.set(sentence, keys);
    }
    return keys;
  },
};

// A claim's reading depends on its text and the tokenizer only: an article's units, checked in
// every repair round and again by the final verification, are read once per build.
const claimReadings = new WeakMap<Understanding, Map<string, SentenceReading>>();
function readClaim(text: string, understanding: Understanding): SentenceReading {
  let readings = claimReadings.get(understanding);
  if (readings === undefined) {
    readings = new Map();
    claimReadings.set(understanding, readings);
  }
  let reading = readings.get(text);
  if (reading === undefined) {
    reading = readSentence(text, understanding.tokenizer, tokensOf(understanding, text));
    readings.set(text, reading);
  }
  return reading;
}

interface Alignment {
  scope: readonly DocumentUnderstanding[];
  /** The claim's quantities and dates (as written, no reference date), found once. */
  quantities: Quantity[];
  dates: DateMention[];
  sentences: SourceSentence[];
  norms: SentenceLookup<string>;
  keySets: SentenceLookup<ReadonlySet<string>>;
  /** The claim's content keys (outside its quotes) with their weights. */
  weights: Map<string, number>;
  evidence: SourceSentence[];
  score: number;
  /** Synonyms of each claim key (paraphrase: 先送り for 延期). */
  synonyms: Map<string, readonly string[]>;
  /** Site names by source id (an article may name the outlet that reported something). */
  siteNames: Map<string, string>;
  /** True when a listed source is not Japanese: what cannot be aligned across languages is for a person to check. */
  crossLanguage: boolean;
  /** The listed sources in the claim's own language: where its words are looked up. */
  local: DocumentUnderstanding[];
}

// Words for what the sources themselves say or how they differ: an article may always use them.
const SOURCE_TALK = new Set([
  '報道',
  '報じる',
  '伝える',
  '食い違う',
  '異なる',
  '分かれる',
  '記事',
  '数字',
  '各紙',
  '各社',
]);
// Japanese relational and formal nouns (形式名詞・関係名詞): they frame a fact (〜の時点で, 〜を理由に,
// 〜をもとに, 〜の規模) rather than state one.
const RELATIONAL_NOUNS = new Set([
  '時点',
  '理由',
  '規模',
  'もと',
  '当時',
  '際',
  'ため',
  '場合',
  '結果',
  '以降',
  '以前',
  '前後',
  '一方',
  '程度',
  '状況',
  '様子',
  '内容',
  '方向',
  '対象',
  '点',
  '面',
  '例',
  '別',
  '中',
  '上',
  '下',
  '間',
  '後',
  '前',
  'うち',
  'ほか',
  '他',
  '全体',
  '部分',
  '方',
  '形',
  '件',
  '分',
  '際',
  '具合',
  '関係',
  '影響',
]);

function createAlignment(
  claim: SentenceReading,
  scope: readonly DocumentUnderstanding[],
  synonyms: Synonyms,
): Alignment {
  for (const understanding of scope) indexSentenceTexts(understanding.sentences);
  const sentences = scope.flatMap((understanding) => understanding.sentences);
  const norms = NORMS;
  const keySets = KEY_SETS;
  const outside = stripQuotes(claim.text, claim.quotes);
  const weights = new Map<string, number>();
  // Words inside a number or date (the 月 of 11月10日) are checked as numbers and dates.
  const quantities = findQuantities(claim.text);
  const dates = findDates(claim.text);
  const figures = [...quantities, ...dates];
  claim.tokens.forEach((token, i) => {
    if (outside[token.start] === '＊') return;
    if (figures.some((figure) => token.start >= figure.start && token.end <= figure.end)) return;
    if (!isContentToken(token)) return;
    const key = keyOf(token);
    const next = claim.tokens[i + 1];
    const isPredicateNoun =
      token.pos === '名詞' &&
      (token.posDetail === 'サ変接続' || token.posDetail === '形容動詞語幹') &&
      next !== undefined &&
      (next.baseForm === 'する' ||
        next.baseForm === 'できる' ||
        next.baseForm === 'だ' ||
        next.baseForm === 'な' ||
        next.surface === 'に');
    // Names and nouns carry the facts; predicates are often paraphrased (設置する → 立ち上げる).
    // Adverbial and relational nouns (今回, 時点, 理由) and the words an article uses to talk
    // about its sources (報道, 伝える, 食い違う) say little or nothing about the story.
    const weight = SOURCE_TALK.has(key)
      ? 0
      : token.posDetail === '固有名詞'
        ? 1.5
        : token.posDetail === '副詞可能' || RELATIONAL_NOUNS.has(key)
          ? 0.3
          : token.pos === '名詞' && !isPredicateNoun
            ? 1
            : 0.6;
    if (weight === 0) return;
    weights.set(key, Math.max(weights.get(key) ?? 0, weight));
  });
  // An English sentence (a quoted wire report) is looked up in the English sources, a Japanese one in the Japanese.
  const latin = (claim.text.match(/[A-Za-z]/gu) ?? []).length;
  const isEnglish = latin > claim.text.replace(/\s/gu, '').length / 2;
  const local = scope.filter((understanding) => (understanding.document.lang === 'ja') !== isEnglish);
  const base: Alignment = {
    scope,
    quantities,
    dates,
    sentences,
    norms,
    keySets,
    weights,
    evidence: [],
    score: 0,
    crossLanguage: local.length < scope.length,
    local,
    siteNames: new Map(scope.map((u) => [u.document.id, normalizeForMatch(u.document.siteName ?? '')])),
    synonyms: new Map(
      claim.keys.map((key) => [key, synonyms.of(key).filter((word) => [...word].length >= 2)]),
    ),
  };
  // Greedy cover: the sentences that together cover most of the claim (merges of two sentences).
  const covered = new Set<string>();
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  // A sentence's gain is the weight of the uncovered keys it covers: each key's weight goes to the
  // sentences that cover it (sentencesCovering), added in the order of the keys as before, and the
  // first sentence (in scope order) with the most gain wins — not every sentence asked about every key.
  const order = new Map<SourceSentence, number>();
  sentences.forEach((sentence, i) => {
    if (!order.has(sentence)) order.set(sentence, i);
  });
  const coverers = new Map<string, ReadonlySet<SourceSentence>>();
  const index = coverIndexOf(base);
  for (const key of weights.keys()) {
    let holders = index.byKey.get(key);
    if (holders === undefined) {
      holders = sentencesCovering(base, key);
      index.byKey.set(key, holders);
    }
    coverers.set(key, holders);
  }
  while (base.evidence.length < 4) {
    let best: SourceSentence | undefined;
    let bestGain = 0;
    const gains = new Map<SourceSentence, number>();
    for (const [key, weight] of weights) {
      if (covered.has(key)) continue;
      for (const sentence of coverers.get(key) ?? [])
        if (!base.evidence.includes(sentence)) gains.set(sentence, (gains.get(sentence) ?? 0) + weight);
    }
    for (const [sentence, gain] of gains)
      if (
        gain > bestGain ||
        (gain === bestGain && best !== undefined && (order.get(sentence) ?? 0) < (order.get(best) ?? 0))
      ) {
        best = sentence;
        bestGain = gain;
      }
    if (best === undefined || bestGain < 1) break;
    base.evidence.push(best);
    for (const key of weights.keys()) if (covers(base, best, key)) covered.add(key);
  }
  let found = 0;
  for (const [key, weight] of weights) if (covered.has(key)) found += weight;
  base.score = total === 0 ? 1 : found / total;
  return base;
}

interface CoverIndex {
  arrays: Set<readonly SourceSentence[]>;
  byKey: Map<string, Set<SourceSentence>>;
}
const coverIndexes = new WeakMap<Alignment, CoverIndex>();
function coverIndexOf(alignment: Alignment): CoverIndex {
  let index = coverIndexes.get(alignment);
  if (index === undefined) {
    index = {
      arrays: new Set(alignment.scope.map((understanding) => understanding.sentences)),
      byKey: new Map(),
    };
    coverIndexes.set(alignment, index);
  }
  return index;
}

/**
 * The scope's sentences that cover a key (those for which covers() is true), found per source from
 * its key index, the sentences whose text holds the key (one search of the source) and its site name.
 */
function sentencesCovering(alignment: Alignment, key: string): Set<SourceSentence> {
  const found = new Set<SourceSentence>();
  for (const word of [key, ...(alignment.synonyms.get(key) ?? [])]) {
    const long = [...word].length >= 2;
    for (const understanding of alignment.scope) {
      for (const sentence of sentencesHolding(understanding.sentences, word)) found.add(sentence);
      // coversExactly's site-name test: every sentence of a source whose site name holds the word.
      if (long)
        for (const [sourceId, group] of bySourceId(understanding.sentences))
          if ((alignment.siteNames.get(sourceId) ?? '').includes(word))
            for (const sentence of group) found.add(sentence);
    }
  }
  return found;
}

const sourceGroups = new WeakMap<readonly SourceSentence[], Map<string, SourceSentence[]>>();
function bySourceId(sentences: readonly SourceSentence[]): Map<string, SourceSentence[]> {
  let groups = sourceGroups.get(sentences);
  if (groups === undefined) {
    groups = new Map();
    for (const sentence of sentences) {
      const group = groups.get(sentence.sourceId);
      if (group === undefined) groups.set(sentence.sourceId, [sentence]);
      else group.push(sentence);
    }
    sourceGroups.set(sentences, groups);
  }
  return groups;
}

// The sentences of a source that have a word (sentenceHas), found once per source and word from
// the source's key index and its joined text (textHas), not by asking each sentence.
const keyIndexes = new WeakMap<readonly SourceSentence[], Map<string, SourceSentence[]>>();
const holdingWord = new WeakMap<readonly SourceSentence[], Map<string, SourceSentence[]>>();
function sentencesHolding(sentences: readonly SourceSentence[], word: string): readonly SourceSentence[] {
  let byWord = holdingWord.get(sentences);
  if (byWord === undefined) {
    byWord = new Map();
    holdingWord.set(sentences, byWord);
  }
  let holding = byWord.get(word);
  if (holding !== undefined) return holding;
  let index = keyIndexes.get(sentences);
  if (index === undefined) {
    index = new Map();
    for (const sentence of sentences)
      for (const key of KEY_SETS.get(sentence)) {
        const list = index.get(key);
        if (list === undefined) index.set(key, [sentence]);
        else list.push(sentence);
      }
    keyIndexes.set(sentences, index);
  }
  const found = new Set(index.get(word) ?? []);
  if ([...word].length >= 2) {
    const texts = sentenceTexts.get(sentences);
    if (texts === undefined || word.includes('\u0000')) {
      for (const sentence of sentences) if (textHas(sentence, word)) found.add(sentence);
    } else for (const at of textHolders(texts, word)) found.add(sentences[at] as SourceSentence);
  }
  holding = [...found];
  byWord.set(word, holding);
  return holding;
}

/** True when the sentence has the key as a word, or (for words of two or more characters) in its text. */
function covers(alignment: Alignment, sentence: SourceSentence, key: string): boolean {
  // A sentence of the alignment's scope: looked up among the key's coverers, found once per
  // alignment and key (sentencesCovering) — the scans over every sentence ask about few keys.
  const owner = ownerOfSentence.get(sentence);
  const index = owner === undefined ? undefined : coverIndexOf(alignment);
  if (index !== undefined && owner !== undefined && index.arrays.has(owner)) {
    let holders = index.byKey.get(key);
    if (holders === undefined) {
      holders = sentencesCovering(alignment, key);
      index.byKey.set(key, holders);
    }
    return holders.has(sentence);
  }
  if (coversExactly(alignment, sentence, key)) return true;
  return (alignment.synonyms.get(key) ?? []).some((synonym) => coversExactly(alignment, sentence, synonym));
}

function coversExactly(alignment: Alignment, sentence: SourceSentence, key: string): boolean {
  return (
    sentenceHas(alignment, sentence, key) ||
    ([...key].length >= 2 && (alignment.siteNames.get(sentence.sourceId) ?? '').includes(key))
  );
}

// Whether a source sentence has a key (as a word, or in its text for keys of two or more
// characters) depends on the sentence and the key only: answered once per pair for every claim.
const sentenceKeyAnswers = new WeakMap<SourceSentence, Map<string, boolean>>();
function sentenceHas(alignment: Alignment, sentence: SourceSentence, key: string): boolean {
  let answers = sentenceKeyAnswers.get(sentence);
  if (answers === undefined) {
    answers = new Map();
    sentenceKeyAnswers.set(sentence, answers);
  }
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = alignment.keySets.get(sentence).has(key) || ([...key].length >= 2 && textHas(sentence, key));
    answers.set(key, answer);
  }
  return answer;
}

/**
 * A source's sentences' normalized texts joined by NUL (which no key holds, so no match crosses
 * two sentences), with where each starts: a key is searched for once in the whole source, and the
 * sentences that hold it are found by position, instead of searching every sentence for it.
 */
interface SentenceTexts {
  joined: string;
  starts: number[];
  position: Map<SourceSentence, number>;
  holders: Map<string, Set<number>>;
}
const sentenceTexts = new WeakMap<readonly SourceSentence[], SentenceTexts>();
const textsOfSentence = new WeakMap<SourceSentence, SentenceTexts>();
/** The sentence list (a source's sentences) a sentence was first registered with. */
const ownerOfSentence = new WeakMap<SourceSentence, readonly SourceSentence[]>();

/** Registers a source's sentences for textHas (once per source). */
function indexSentenceTexts(sentences: readonly SourceSentence[]): void {
  if (sentenceTexts.has(sentences)) return;
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const sentence of sentences) {
    starts.push(at);
    const norm = NORMS.get(sentence);
    parts.push(norm);
    at += norm.length + 1;
  }
  const texts: SentenceTexts = {
    joined: parts.join('\u0000'),
    starts,
    position: new Map(sentences.map((sentence, i) => [sentence, i])),
    holders: new Map(),
  };
  sentenceTexts.set(sentences, texts);
  for (const sentence of sentences) {
    if (!textsOfSentence.has(sentence)) textsOfSentence.set(sentence, texts);
    if (!ownerOfSentence.has(sentence)) ownerOfSentence.set(sentence, sentences);
  }
}

/** True when the sentence's normalized text contains `key` (exactly NORMS.get(sentence).includes(key)). */
function textHas(sentence: SourceSentence, key: string): boolean {
  const texts = textsOfSentence.get(sentence);
  const position = texts?.position.get(sentence);
  if (texts === undefined || position === undefined || key.includes('\u0000'))
    return NORMS.get(sentence).includes(key);
  return textHolders(texts, key).has(position);
}

/** The positions of the sentences whose normalized text holds `key` (no NUL in it), searched once per key. */
function textHolders(texts: SentenceTexts, key: string): Set<number> {
  let holders = texts.holders.get(key);
  if (holders === undefined) {
    holders = new Set();
    for (let at = texts.joined.indexOf(key); at !== -1; at = texts.joined.indexOf(key, at + 1)) {
      // The sentence whose text holds this offset: the last one starting at or before it.
      let low = 0;
      let high = texts.starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((texts.starts[middle] as number) <= at) low = middle;
        else high = middle - 1;
      }
      holders.add(low);
    }
    texts.holders.set(key, holders);
  }
  return holders;
}

/** Weighted overlap of some keys with a sentence. */
function overlap(alignment: Alignment, sentence: SourceSentence, keys: Iterable<string>): number {
  let sum = 0;
  for (const key of new Set(keys))
    if (covers(alignment, sentence, key)) sum += alignment.weights.get(key) ?? 0.6;
  return sum;
}

/** Weighted overlap of some keys with a sentence read together with the one before it in its paragraph. */
function overlapInContext(alignment: Alignment, sentence: SourceSentence, keys: Iterable<string>): number {
  const previous = sentence.previous;
  let sum = 0;
  for (const key of new Set(keys))
    if (covers(alignment, sentence, key) || (previous !== undefined && covers(alignment, previous, key)))
      sum += alignment.weights.get(key) ?? 0.6;
  return sum;
}

/** The clause keys of the claim around an offset (the clause holding it). */
function clauseAt(claim: SentenceReading, offset: number): Clause {
  return (
    claim.clauses.find((clause) => offset >= clause.start && offset < clause.end) ??
    (claim.clauses.at(-1) as Clause)
  );
}

// ---------------------------------------------------------------------------------------------
// Quotes: verbatim, given to their speaker, not cut so that they reverse what was said

const REVERSING_CONTINUATION =
  /^(?:と(?:言|い)って(?:いる|る)?|とは(?:言|い)って)?(?:の|わけ|もの)?(?:で|じゃ)は?(?:ない|なく|ありません)(?!か)/u;

function checkQuotes(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const claimOutside = stripQuotes(claim.text, claim.quotes);
  for (const quote of claim.quotes) {
    // Nested quotes are checked with their outer quote.
    if (claim.quotes.some((other) => other !== quote && other.start < quote.start && other.end > quote.end))
      continue;
    const inner = normalizeForMatch(quote.inner);
    if (inner === '') continue;
    const places = alignment.local.flatMap((understanding) =>
      understanding.sentences.filter((sentence) => (alignment.norms.get(sentence) ?? '').includes(inner)),
    );
    const inDocument = alignment.local.some((understanding) => understanding.norm.includes(inner));
    if (places.length === 0 && !inDocument) {
      // A bracketed short name (a group, a product) that is not in the sources is a name problem.
      out.push(
        pathFinding(
          'quote.altered',
          'error',
          path,
          `The quotation 「${quote.inner}」 is not the source's exact words.`,
          claim.text.slice(quote.start, quote.end),
        ),
      );
      continue;
    }
    // Cut so that it reverses: what follows the quoted words inside the source's quote negates them.
    for (const sentence of places) {
      const norm = alignment.norms.get(sentence) ?? '';
      const at = norm.indexOf(inner);
      const after = norm.slice(at + inner.length, at + inner.length + 20);
      if (!after.startsWith('」') && REVERSING_CONTINUATION.test(after)) {
        out.push(
          pathFinding(
            'quote.reversed',
            'error',
            path,
            `The quotation 「${quote.inner}」 is cut before 「${after.split('」')[0]}」, which reverses what was said: 「${sentence.text}」.`,
            claim.text.slice(quote.start, quote.end),
          ),
        );
        break;
      }
    }
    // Given to its speaker: the people the claim names before the quote must be the quote's speaker.
    const before = claim.tokens.filter(
      (token) => token.end <= quote.start && claimOutside[token.start] !== '＊',
    );
    // The speaker is the person named last before the quote (桜浜漁業協同組合の村井組合長は「…」).
    const claimed = findPeople(before).slice(-1);
    const quoted = places.filter((sentence) => isQuotedIn(sentence, inner, alignment));
    if (claimed.length > 0 && quoted.length > 0) {
      const matches = quoted.some((sentence) => {
        const window = attributionWindow(
          sentence,
          alignment.scope.find((u) => u.document.id === sentence.sourceId),
        );
        return claimed.some((person) => mentions(window, person));
      });
      if (!matches)
        out.push(
          pathFinding(
            'quote.speaker',
            'error',
            path,
            `The quotation 「${quote.inner}」 is given to ${claimed.join('・')}, but the source gives it to someone else: 「${(quoted[0] as SourceSentence).text}」.`,
            claim.text.slice(quote.start, quote.end),
          ),
        );
    }
  }
  return out;
}

/** True when the quoted words stand inside a quote of the sentence (not in its narrative). */
function isQuotedIn(sentence: SourceSentence, inner: string, alignment: Alignment): boolean {
  const norm = alignment.norms.get(sentence) ?? '';
  return (
    sentence.quotes.some((quote) => normalizeForMatch(quote.inner).includes(inner)) ||
    norm.includes(`「${inner}`)
  );
}

/**
 * Text that names who speaks in a sentence: its words outside quotes, and — when it names no
 * speaker of its own — those of the sentences before it: news carries a speaker over several
 * sentences, across paragraphs (高森市長は…。…とも述べた。).
 */
function attributionWindow(sentence: SourceSentence, document?: DocumentUnderstanding): string {
  const own = stripQuotes(sentence.text, sentence.quotes);
  const hasOwnSpeaker =
    sentence.quoteSpeaker !== undefined ||
    /によると|によれば/u.test(own) ||
    sentence.tokens.some((token) => token.nameKind === 'person' && own[token.start] !== '＊');
  const index = document?.sentences.indexOf(sentence) ?? -1;
  const before =
    hasOwnSpeaker || document === undefined || index < 0
      ? sentence.previous === undefined
        ? []
        : [sentence.previous]
      : document.sentences.slice(Math.max(0, index - 3), index);
  return normalizeForMatch([...before.map((other) => stripQuotes(other.text, other.quotes)), own].join('\n'));
}

/** True when `text` mentions the person: full name, or its first two characters (the surname). */
function mentions(text: string, person: string): boolean {
  if (text.includes(person)) return true;
  const surname = [...person].slice(0, 2).join('');
  return [...person].length > 2 && text.includes(surname);
}

// ---------------------------------------------------------------------------------------------
// Names and roles

function checkNames(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  kind: NonNullable<ClaimCheckOptions['kind']>,
): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const english = alignment.scope.filter((understanding) => understanding.document.lang !== 'ja');
  const englishText = english.map((understanding) => understanding.document.text.toLowerCase()).join('\n');
  for (const name of claim.names) {
    const at = claim.text.normalize('NFKC').indexOf(name);
    if (at >= 0 && outside.normalize('NFKC')[at] === '＊') continue;
    if (/^[A-Za-z][A-Za-z\s.'-]*$/u.test(name)) {
      const loose = name.toLowerCase().replace(/[^a-z]/gu, '');
      if (
        alignment.scope.some((u) =>
          u.norm
            .toLowerCase()
            .replace(/[^a-z]/gu, '')
            .includes(loose),
        )
      )
        continue;
    }
    if (alignment.local.some((understanding) => understanding.norm.includes(name))) {
      // A title or keyword list gives a name no context to check it in.
      const misplaced = kind === 'claim' ? checkNameContext(claim, alignment, name, path) : undefined;
      if (misplaced !== undefined) out.push(misplaced);
      continue;
    }
    if (english.length > 0 && englishText.includes(name.toLowerCase())) continue;
    if (english.length > 0 && matchesReading(name, claim, englishText)) continue;
    if (abbreviates(alignment, name)) continue;
    // A loanword (コメ, ジュース) over an English source may be its translation: for a person to check.
    const isLoanword = !claim.tokens.some(
      (token) => token.nameKind !== undefined && name.includes(normalizeForMatch(token.surface)),
    );
    if (english.length > 0 && isLoanword) {
      out.push(
        pathFinding(
          'support.cross-language',
          'warning',
          path,
          `「${name}」 is in no Japanese source; a person should check it against the English one.`,
          name,
        ),
      );
      continue;
    }
    out.push(
      pathFinding('support.name', 'error', path, `The name 「${name}」 is not in the listed sources.`, name),
    );
  }
  return out;
}

/**
 * A name the sources have, but not for what the claim says of it (another hospital made the
 * announcement, another company builds the hotel): the sentences that name it must align with the
 * claim's words about it at least half as well as the best sentence does.
 */
function checkNameContext(
  claim: SentenceReading,
  alignment: Alignment,
  name: string,
  path: string,
): Finding | undefined {
  const at = claim.text.normalize('NFKC').indexOf(name);
  if (at < 0) return undefined;
  // Only names the dictionary knows as people, organisations or places (not loanwords such as バックアップ).
  if (
    !claim.tokens.some(
      (token) => token.nameKind !== undefined && name.includes(normalizeForMatch(token.surface)),
    )
  )
    return undefined;
  const aboutName = (keys: readonly string[]) =>
    [...new Set(keys)].filter(
      (key) => alignment.weights.has(key) && !name.includes(key) && !key.includes(name),
    );
  let keys = aboutName(clauseAt(claim, at).keys);
  const weight = (list: readonly string[]) =>
    list.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
  if (weight(keys) < 2.5) keys = aboutName(claim.keys);
  if (weight(keys) < 2.5) return undefined;
  let best = 0;
  let withName = 0;
  for (const sentence of alignment.sentences) {
    const score = overlap(alignment, sentence, keys);
    best = Math.max(best, score);
    // News carries the subject over a few sentences (高森市長は…。…とも述べた。), across paragraphs too.
    const document = alignment.scope.find((u) => u.document.id === sentence.sourceId);
    const index = document?.sentences.indexOf(sentence) ?? -1;
    // A person is carried over; a place or an organisation is named where it acts.
    const isPerson = claim.tokens.some(
      (token) => token.nameKind === 'person' && name.includes(normalizeForMatch(token.surface)),
    );
    const near = isPerson
      ? (document?.sentences.slice(Math.max(0, index - 3), index + 1) ?? [sentence])
      : [sentence];
    if (near.some((other) => mentions(normalizeForMatch(other.text), name)))
      withName = Math.max(withName, score);
  }
  if (best < 2 || withName >= 0.5 * best) return undefined;
  return pathFinding(
    'support.name',
    'error',
    path,
    `The sources name 「${name}」, but not in what the claim says of it.`,
    name,
  );
}

/** True when the word is a 略称 of a compound the sources use, or the sources use a 略称 of it. */
function abbreviates(alignment: Alignment, word: string): boolean {
  return alignment.local.some((understanding) =>
    [...understanding.compounds].some(
      (compound) => isAbbreviationOf(word, compound) || isAbbreviationOf(compound, word),
    ),
  );
}

/** True when every part of a Japanese name is found, by its reading in Latin letters, in English text. */
function matchesReading(name: string, claim: SentenceReading, englishText: string): boolean {
  const parts = claim.tokens.filter(
    (token) => token.posDetail === '固有名詞' && name.includes(normalizeForMatch(token.surface)),
  );
  if (parts.length === 0) return false;
  return parts.every((token) => {
    if (token.reading === undefined) return false;
    const latin = romanize(token.reading);
    return latin.length >= 2 && new RegExp(`\\b${latin}\\b`, 'u').test(englishText);
  });
}

// Prefixes that change an office into another one: 副市長 is not 市長, 前市長 is no longer 市長.
const ROLE_CHANGING_PREFIX = /(?:副|前|元|准|代理|次期|名誉|新)$/u;

function rolesCompatible(claimed: string, known: string): boolean {
  if (claimed === known) return true;
  const [longer, shorter] = claimed.length > known.length ? [claimed, known] : [known, claimed];
  if (!longer.endsWith(shorter)) return false;
  return !ROLE_CHANGING_PREFIX.test(longer.slice(0, longer.length - shorter.length));
}

// English titles and the Japanese offices they translate (longest first, so Deputy Mayor is not
// read as Mayor). A translation table of titles, not of any page's wording.
const ENGLISH_TITLES: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/deputy mayor|vice[- ]mayor/u, ['副市長', '副町長', '副村長']],
  [/mayor/u, ['市長', '町長', '村長']],
  [/deputy governor|vice[- ]governor/u, ['副知事']],
  [/governor/u, ['知事']],
  [/prime minister/u, ['首相', '総理大臣']],
  [/minister/u, ['大臣', '相']],
  [/vice[- ]president/u, ['副社長', '副会長', '副大統領', '副学長']],
  [/president/u, ['社長', '会長', '大統領', '学長', '理事長', '頭取', '総裁']],
  [/vice[- ]chair(?:man|woman|person)?/u, ['副会長', '副委員長', '副議長', '副理事長', '副組合長']],
  [/chair(?:man|woman|person)?/u, ['会長', '委員長', '議長', '理事長', '組合長']],
  [/principal/u, ['校長']],
  [/professor/u, ['教授', '准教授']],
];
const ENGLISH_TITLE = new RegExp(`\\b(${ENGLISH_TITLES.map(([title]) => title.source).join('|')})\\b`, 'gu');

/** The Japanese offices an English source gives a person, by the reading of the name (Mayor Akihiro Takamori). */
function englishRoles(alignment: Alignment, claim: SentenceReading, person: string): Set<string> {
  const found = new Set<string>();
  const english = alignment.scope.filter((understanding) => understanding.document.lang !== 'ja');
  if (english.length === 0) return found;
  const parts = claim.tokens.filter(
    (token) =>
      token.posDetail === '固有名詞' && person.includes(normalizeForMatch(token.surface)) && token.reading,
  );
  const family = parts[0]?.reading === undefined ? '' : romanize(parts[0].reading);
  if (family.length < 2) return found;
  for (const understanding of english) {
    const text = understanding.document.text.toLowerCase();
    for (const match of text.matchAll(ENGLISH_TITLE)) {
      // The title stands right before the name: at most one given name between them.
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      if (!new RegExp(`^\\s+(?:[a-z'-]+\\s+)?${family}\\b`, 'u').test(after)) continue;
      const title = match[0];
      const entry = ENGLISH_TITLES.find(([pattern]) =>
        new RegExp(`^(?:${pattern.source})$`, 'u').test(title),
      );
      for (const role of entry?.[1] ?? []) found.add(role);
    }
  }
  return found;
}

function checkRoles(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  for (const { person, role } of claim.roles) {
    const known = new Set<string>();
    for (const understanding of alignment.local)
      for (const [other, roles] of understanding.roles)
        if (other === person || other.startsWith(person) || person.startsWith(other))
          for (const r of roles) known.add(r);
    if (known.size === 0) for (const r of englishRoles(alignment, claim, person)) known.add(r);
    if (known.size === 0) continue;
    if ([...known].some((other) => rolesCompatible(role, other))) continue;
    out.push(
      pathFinding(
        'role.mismatch',
        'error',
        path,
        `The sources call ${person} ${[...known].join('/')}, not ${role}.`,
        `${person}${role}`,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Quantities and dates, and the conflicts between sources about them

function sameUnit(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit || a.unit === '' || b.unit === '';
}

function sameValue(a: Quantity, b: Quantity): boolean {
  return (
    Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) &&
    Boolean(a.vague) === Boolean(b.vague)
  );
}

function outsideQuotes<T extends { start: number }>(claim: SentenceReading, items: readonly T[]): T[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  return items.filter((item) => outside[item.start] !== '＊');
}

function checkQuantities(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const quantities = outsideQuotes(claim, alignment.quantities);
  for (const quantity of quantities) {
    const clause = clauseAt(claim, quantity.start);
    const holders = alignment.sentences.filter((sentence) =>
      sentence.quantities.some((other) => sameUnit(quantity, other) && sameValue(quantity, other)),
    );
    const derived =
      holders.length === 0 &&
      alignment.sentences.some(
        (sentence) =>
          // A difference is an amount of change (月600円上がり), never a starting value (6割台から).
          (isDifference(quantity, sentence.quantities) &&
            !/^\s*から/u.test(claim.text.slice(quantity.end, quantity.end + 3))) ||
          isWordQuantity(quantity, alignment.norms.get(sentence) ?? ''),
      );
    if (holders.length === 0 && !derived) {
      out.push(
        pathFinding(
          'support.number',
          'error',
          path,
          `The number 「${quantity.text}」 is not in the listed sources.`,
          quantity.text,
        ),
      );
      continue;
    }
    // Where another listed source gives a different value for the same thing, stating one as
    // settled is a conflict, unless the claim also gives the other value (who reported what).
    const anchor = best(holders, (sentence) => overlap(alignment, sentence, clause.keys));
    if (anchor === undefined) continue;
    const anchorScore = overlap(alignment, anchor, clause.keys);
    for (const sentence of alignment.sentences) {
      if (sentence.sourceId === anchor.sourceId) continue;
      const score = overlap(alignment, sentence, clause.keys);
      const twin = retells(anchor, sentence);
      if (!twin && (score < 1 || score < 0.35 * anchorScore)) continue;
      // A source that states the claimed value itself does not dispute it, unless only as the old
      // value of a revision (約40億円から約45億円に上方修正).
      const rivalDocument = alignment.scope.find((u) => u.document.id === sentence.sourceId);
      const revised = (rivalDocument?.sentences ?? []).flatMap((other) => revisionsOf(other, quantity));
      if (revised.length > 0) {
        const newer = revised.find((value) => !quantities.some((mine) => sameValue(mine, value)));
        if (newer !== undefined)
          out.push(
            pathFinding(
              'conflict.settled',
              'error',
              path,
              `Source ${sentence.sourceId} revised 「${quantity.text}」 to 「${newer.text}」; the claim states the old figure as settled.`,
              quantity.text,
            ),
          );
        break;
      }
      if (rivalDocument?.sentences.some((other) => statesAsCurrent(other, quantity))) continue;
      // A figure the claim dates (20日時点のまとめで約45億円) is not disputed by an earlier figure of another date.
      const claimDates = alignment.dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
      if (
        claimDates.length > 0 &&
        datesOf(anchor).some((d) => claimDates.some((mine) => agrees(mine, d))) &&
        !datesOf(sentence).some((d) => claimDates.some((mine) => agrees(mine, d)))
      )
        continue;
      const rival = sentence.quantities.find(
        (other) =>
          other.unit === quantity.unit &&
          !sameValue(quantity, other) &&
          !quantities.some((mine) => sameValue(mine, other)) &&
          !sentence.quantities.some((mine) => sameValue(mine, quantity)) &&
          Boolean(other.vague) === Boolean(quantity.vague) &&
          sameSubject(alignment, sentence, quantity, other, twin ? undefined : clause),
      );
      if (rival === undefined) continue;
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `The sources disagree: 「${quantity.text}」 (${anchor.sourceId}) against 「${rival.text}」 (${sentence.sourceId}: 「${sentence.text}」); the claim states one as settled.`,
          quantity.text,
        ),
      );
      break;
    }
  }
  return out;
}

/**
 * True when the rival value counts the same thing: the clause it stands in shares a noun of the
 * claim's clause (what is counted: 患者, 事業費, 利用者) — or, with no clause given, its sentence
 * retells the anchor's — and it is of the same order (a part of a total, 15億円 of 40億円, is
 * another thing).
 */
function sameSubject(
  alignment: Alignment,
  sentence: SourceSentence,
  mine: Quantity,
  other: Quantity,
  clause: Clause | undefined,
): boolean {
  const ratio = Math.max(mine.value, other.value) / Math.max(1e-9, Math.min(mine.value, other.value));
  if (ratio > 3) return false;
  if (clause === undefined) return true;
  const around = sentence.clauses.filter((c, i, all) => {
    const next = all[i + 1];
    const inside = (x: Clause) => x.start <= other.start && x.end >= other.end;
    return inside(c) || (c.continuative && next !== undefined && inside(next));
  });
  const rivalKeys = new Set(around.flatMap((c) => c.keys));
  return clause.keys.some((key) => rivalKeys.has(key) && (alignment.weights.get(key) ?? 0) >= 1);
}

/** The new values of revisions in a sentence that start from the value (約40億円から約45億円に): [約45億円]. */
function revisionsOf(sentence: SourceSentence, quantity: Quantity): Quantity[] {
  const out: Quantity[] = [];
  sentence.quantities.forEach((q, i) => {
    const next = sentence.quantities[i + 1];
    if (next === undefined || !sameUnit(q, quantity) || !sameValue(q, quantity) || next.unit !== q.unit)
      return;
    const between = sentence.text.slice(q.end, next.start);
    if (/^\s*から/u.test(between) && /^\s*に/u.test(sentence.text.slice(next.end, next.end + 2)))
      out.push(next);
  });
  return out;
}

/** True when the sentence states the value as it stands, not as the starting point of a change (AからBに). */
function statesAsCurrent(sentence: SourceSentence, quantity: Quantity): boolean {
  return sentence.quantities.some(
    (q) =>
      sameUnit(q, quantity) &&
      sameValue(q, quantity) &&
      !/^\s*から/u.test(sentence.text.slice(q.end, q.end + 3)),
  );
}

/** Quantities written as words: 半額/半分/半数 are 2分の1, a bare 倍 (倍以上, 倍増) is 2倍. */
function isWordQuantity(quantity: Quantity, norm: string): boolean {
  if (quantity.value === 0.5 && quantity.unit === '') return /半額|半分|半数|半減/u.test(norm);
  if (quantity.value === 2 && quantity.unit === '倍')
    return /(?<![\d一二三四五六七八九十百千数])倍/u.test(norm);
  return false;
}

/** True when the quantity is the difference of two quantities of one source sentence (4300円→4900円: 600円). */
function isDifference(quantity: Quantity, others: readonly Quantity[]): boolean {
  for (const a of others)
    for (const b of others)
      if (
        a !== b &&
        a.unit === quantity.unit &&
        b.unit === quantity.unit &&
        Math.abs(a.value - b.value - quantity.value) < 1e-9
      )
        return true;
  return false;
}

/**
 * True when a claim's date can be the source's: datesAgree, or — for a source's bare day (17日),
 * whose month was inferred — the same day of the following month (news also reports days ahead).
 */
function agrees(claim: DateMention, source: DateMention): boolean {
  if (datesAgree(claim, source)) return true;
  // The other reading of a bare day's month (19日 on a page of the 13th: last month's or this
  // month's) can back a claim's full date, never a claim that names only a month.
  if (!source.relative || source.month === undefined || /月/u.test(source.text) || claim.day === undefined)
    return false;
  const month = (source.month % 12) + 1;
  const year = source.year === undefined ? undefined : month === 1 ? source.year + 1 : source.year;
  return datesAgree(claim, { ...source, month, ...(year === undefined ? {} : { year }) });
}

/** The dates a sentence speaks of: its own, or (when it names no day) those of the sentence before it in the paragraph. */
function datesOf(sentence: SourceSentence): DateMention[] {
  if (sentence.dates.some((date) => date.day !== undefined) || sentence.previous === undefined)
    return sentence.dates;
  return [...sentence.dates, ...sentence.previous.dates];
}

function checkDates(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const references = [
    ...new Set(
      alignment.scope
        .map((understanding) => understanding.document.publishedAt)
        .filter((date) => date !== undefined),
    ),
  ];
  const first = alignment.dates;
  const readings = [first, ...references.map((reference) => findDates(claim.text, { reference }))];
  const outside = stripQuotes(claim.text, claim.quotes);
  first.forEach((mention, m) => {
    if (outside[mention.start] === '＊') return;
    const variants = readings.map((reading) => reading[m]).filter((d): d is DateMention => d !== undefined);
    const clause = clauseAt(claim, mention.start);
    // The words around the date say what it dates (1952年開館の映画館が閉館する: 開館); the whole
    // clause when too few stand near it.
    const near = claim.tokens
      .filter(
        (token) =>
          token.start >= clause.start &&
          token.end <= clause.end &&
          token.end >= mention.start - 20 &&
          token.start <= mention.end + 20 &&
          isContentToken(token),
      )
      .map(keyOf)
      .filter((key) => alignment.weights.has(key));
    const weightOf = (list: readonly string[]) =>
      list.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
    const clauseKeys = clause.keys.filter((key) => alignment.weights.has(key));
    const keys = weightOf(near) >= 2 ? near : clauseKeys;
    const scoredNear = alignment.sentences.map((sentence) => ({
      sentence,
      score: overlap(alignment, sentence, keys),
    }));
    // Conflicts compare whole clauses: the same event, not only the same date words.
    const scored = alignment.sentences.map((sentence) => ({
      sentence,
      score: overlap(alignment, sentence, clauseKeys),
    }));
    const bestScore = Math.max(0, ...scoredNear.map((entry) => entry.score));
    const agreeing = scoredNear.filter(({ sentence }) =>
      datesOf(sentence).some((date) => variants.some((variant) => agrees(variant, date))),
    );
    const aligned = agreeing.filter((entry) => entry.score >= 0.5 * bestScore);
    if (aligned.length === 0) {
      out.push(
        pathFinding(
          'support.date',
          'error',
          path,
          agreeing.length === 0
            ? `The date 「${mention.text}」 is not in the listed sources.`
            : `The date 「${mention.text}」 is in the sources, but for something else: 「${(agreeing[0] as { sentence: SourceSentence }).sentence.text}」.`,
          mention.text,
        ),
      );
      return;
    }
    // The date is in the sentence, but it dates another event there (12日発表の速報値), while the
    // claim's event carries a different date (県は19日、…上方修正した).
    const mine = dateHead(claim, mention);
    const closest = best(aligned, (entry) => entry.score) as { sentence: SourceSentence; score: number };
    const misplaced =
      mine !== undefined &&
      [closest].every(({ sentence }) => {
        const own = sentence.dates.filter((date) => variants.some((variant) => agrees(variant, date)));
        // The competing date is of the same kind (a day for a day, not 2032年度 for 19日).
        return (
          own.length > 0 &&
          own.every((date) => dateHead(sentence, date) !== mine) &&
          sentence.dates.some(
            (date) => !own.includes(date) && sharesFields(mention, date) && dateHead(sentence, date) === mine,
          )
        );
      });
    if (misplaced) {
      const sentence = closest.sentence;
      out.push(
        pathFinding(
          'support.date',
          'error',
          path,
          `The date 「${mention.text}」 is in the sources, but for something else: 「${sentence.text}」.`,
          mention.text,
        ),
      );
      return;
    }
    // A different date or time for the same event in another listed source: a conflict.
    const anchor = best(aligned, (entry) => entry.score) as { sentence: SourceSentence; score: number };
    const lemmas = new Set(
      claim.predicates.filter((p) => p.start >= clause.start && p.end <= clause.end).map((p) => p.lemma),
    );
    for (const { sentence, score } of scored) {
      const anchorScore = overlap(alignment, anchor.sentence, clauseKeys);
      if (sentence.sourceId === anchor.sentence.sourceId) continue;
      if (score < 2 || (score < 0.7 * anchorScore && !sameHead(claim, mention, sentence))) continue;
      // The same event: the rival sentence says it with one of the clause's own predicates, and
      // does not give the claim's figures other values (the 12日 速報値 is another event than the 19日 revision).
      if (!sentence.predicates.some((p) => lemmas.has(p.lemma))) continue;
      const figures = alignment.quantities;
      if (
        figures.some(
          (mine) =>
            sentence.quantities.some((q) => q.unit === mine.unit && !sameValue(q, mine)) &&
            !sentence.quantities.some((q) => sameValue(q, mine)),
        )
      )
        continue;
      const rival = sentence.dates.find(
        (date) =>
          variants.every((variant) => !agrees(variant, date)) &&
          sharesFields(mention, date) &&
          !first.some((mine) => agrees(mine, date)) &&
          // A date of another event of the sentence (休止 from the 11th, 再開 from the 25th) is no rival.
          sameEventHead(mine, dateHead(sentence, date)),
      );
      if (rival === undefined) continue;
      if (datesOf(sentence).some((date) => variants.some((variant) => agrees(variant, date)))) continue;
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `The sources disagree: 「${mention.text}」 against 「${rival.text}」 (${sentence.sourceId}: 「${sentence.text}」); the claim states one as settled.`,
          mention.text,
        ),
      );
      break;
    }
  });
  return out;
}

/**
 * True when two source sentences tell the same thing in their own words: at least three content
 * words in common, making up half of the shorter one's. A claim rests on one outlet's wording, so
 * whether another outlet reports the same event is judged between the two sources' sentences, not
 * only by how much of the claim's wording the other outlet happens to share.
 */
function retells(a: SourceSentence, b: SourceSentence): boolean {
  const mine = new Set(a.keys);
  const theirs = new Set(b.keys);
  let shared = 0;
  for (const key of theirs) if (mine.has(key)) shared += 1;
  return shared >= 3 && shared >= 0.5 * Math.min(mine.size, theirs.size);
}

/**
 * True when the claim's date and one of the sentence's dates date the same predicate. Japanese
 * puts the head last: a date with の dates the next predicate (3月19日の本会議で採決される), a
 * date standing alone (11月10日、…発表した) the sentence's last one.
 */
function sameHead(claim: SentenceReading, mention: DateMention, sentence: SourceSentence): boolean {
  const mine = dateHead(claim, mention);
  return mine !== undefined && sentence.dates.some((date) => dateHead(sentence, date) === mine);
}

/** True unless both heads are known and differ. */
function sameEventHead(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * The predicate a date dates: a verbal noun right after it (12日発表の速報値: 発表), the next
 * predicate after a date with の, the last one of its clause otherwise.
 */
function dateHead(reading: SentenceReading, date: DateMention): string | undefined {
  const next = reading.tokens.find((token) => token.start >= date.end);
  if (next !== undefined && next.start === date.end && next.pos === '名詞' && next.posDetail === 'サ変接続')
    return keyOf(next);
  if (reading.text.startsWith('の', date.end)) {
    const clause = clauseAt(reading, date.end);
    return reading.predicates.find((p) => p.start >= date.end && p.end <= clause.end)?.lemma;
  }
  // Otherwise the clause it stands in dates the event, by its last predicate.
  let c = reading.clauses.findIndex((clause) => date.start >= clause.start && date.start < clause.end);
  if (c < 0) return reading.predicates.at(-1)?.lemma;
  // A date set off by a comma (11月10日、…受けて…発表した) dates the end of the chain; one with a
  // particle (9日午前1時すぎに…観測し、) the clause it stands in.
  if (/^\s*[、，]/u.test(reading.text.slice(date.end)))
    while (reading.clauses[c]?.continuative && c + 1 < reading.clauses.length) c++;
  const clause = reading.clauses[c] as Clause;
  return reading.predicates.filter((p) => p.start >= date.end && p.end <= clause.end).at(-1)?.lemma;
}

/** True when the two dates give the same fields (both a day, both a time…), so they can disagree. */
function sharesFields(a: DateMention, b: DateMention): boolean {
  if (a.time !== undefined && b.time !== undefined) return true;
  if (a.day !== undefined && b.day !== undefined) return a.time === undefined && b.time === undefined;
  if (a.month !== undefined && b.month !== undefined && a.day === undefined && b.day === undefined)
    return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Predicates: polarity, modality, attribution

/** The source sentence best aligned with a clause of the claim (by its content words), if it aligns at all. */
function alignClause(
  alignment: Alignment,
  keys: readonly string[],
  filter: (sentence: SourceSentence) => boolean = () => true,
): { sentence: SourceSentence; score: number } | undefined {
  const total = new Set(keys).size;
  let found: { sentence: SourceSentence; score: number } | undefined;
  for (const sentence of alignment.sentences) {
    if (!filter(sentence)) continue;
    const score = overlap(alignment, sentence, keys);
    if (found === undefined || score > found.score) found = { sentence, score };
  }
  if (found === undefined || found.score < Math.min(2, total * 0.6)) return undefined;
  return found;
}

function checkPolarity(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (outside[predicate.start] === '＊') continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const candidates = alignment.sentences.filter((sentence) =>
      sentence.predicates.some((other) => other.lemma === predicate.lemma),
    );
    const aligned = alignClause(alignment, clause.keys, (sentence) => candidates.includes(sentence));
    if (aligned === undefined) continue;
    // Only the sentence the clause corresponds to says its polarity: another that merely uses the
    // verb (課税する in general, where the clause is about an exemption) does not.
    // Both are scored with the sentence before them, whose subject a Japanese sentence often
    // leaves unsaid (大野幹事長は…と述べた。予算案への賛否は明らかにせず…).
    const counterpart = alignClause(alignment, clause.keys);
    if (
      counterpart !== undefined &&
      overlapInContext(alignment, aligned.sentence, clause.keys) <
        0.7 * overlapInContext(alignment, counterpart.sentence, clause.keys)
    )
      continue;
    const matches = aligned.sentence.predicates.filter((other) => other.lemma === predicate.lemma);
    if (matches.some((other) => polarityOf(aligned.sentence, other) === predicate.negated)) continue;
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim ${predicate.negated ? 'negates' : 'affirms'} 「${claim.text.slice(predicate.start, predicate.end)}」, which the source ${predicate.negated ? 'affirms' : 'negates'}: 「${aligned.sentence.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    );
  }
  return out;
}

// A predicate whose event a following noun says there is no trace of (検証した形跡がうかがえない,
// 協議した事実はない, 説明したことはない) is negated by it.
const DENIED_EVENT =
  /^(?:し|され|させ)?(?:た|ている|ていた)?(?:形跡|事実|記録|跡|様子|証拠|こと)(?:が|は|も)(?:ない|なかった|ありません|うかがえない|見当たらない|見られない|見つからない|確認できない|確認されていない)/u;

/** Whether a source predicate is negated, counting a denial of its event after it (〜した形跡はない). */
function polarityOf(sentence: SourceSentence, predicate: Predicate): boolean {
  if (predicate.negated) return true;
  return DENIED_EVENT.test(sentence.text.slice(predicate.end).replace(/^[「」]/u, ''));
}

// Verbs that report speech or frame a statement: attribution checks them, not the predicate check.
const FRAMING_PREDICATES = new Set([
  '述べる',
  '話す',
  '語る',
  '言う',
  '説明',
  '発表',
  '明らか',
  '示す',
  '強調',
  '指摘',
  '表明',
  '訴える',
  '答える',
  '明かす',
  'する',
  'なる',
  'ある',
  'いる',
  '見る',
  'みる',
  '受ける',
  '加える',
  '続ける',
  '表現',
  '評価',
  '批判',
  // Holding a role (市長を務める) restates the role, which the role check compares.
  '務める',
  '就く',
  '担う',
  ...SOURCE_TALK,
]);

/**
 * What each clause says happened must be said by a source sentence about the same thing: its main
 * predicate (辞任した, 断念した), or a synonym, or a predicate sharing a kanji with it (陳謝/謝罪), in a
 * sentence aligned with the clause's other words. A predicate the sources never use for those
 * words is an event the claim adds.
 */
/** True when the predicate at `start` modifies the noun after it (補助にかかる費用): not what the clause asserts. */
function modifiesNoun(claim: SentenceReading, start: number): boolean {
  const tokens = claim.tokens;
  let i = tokens.findIndex((token) => token.start === start) + 1;
  if (i <= 0) return false;
  while (i < tokens.length) {
    const token = tokens[i] as (typeof tokens)[number];
    const inChain =
      token.pos === '助動詞' ||
      (token.pos === '動詞' && (token.posDetail === '非自立' || token.baseForm === 'する')) ||
      (token.pos === '助詞' && token.posDetail === '接続助詞');
    if (!inChain) return token.pos === '名詞' && token.posDetail !== '非自立';
    i++;
  }
  return false;
}

/** Content phrases of a clause besides its verb: adjacent nouns are one phrase (白川製作所, 県土木部長). */
function phraseCount(claim: SentenceReading, clause: Clause, lemma: string): number {
  let count = 0;
  let previousEnd = -1;
  for (const token of claim.tokens) {
    if (
      token.start < clause.start ||
      token.end > clause.end ||
      !isContentToken(token) ||
      keyOf(token) === lemma
    )
      continue;
    if (!(token.pos === '名詞' && token.start === previousEnd)) count++;
    previousEnd = token.pos === '名詞' ? token.end : -1;
  }
  return count;
}

/** Content phrases besides the verb from which a clause counts as pinned down by them. */
const PINNED_CLAUSE_WORDS = 3;

function checkPredicates(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  claim.clauses.forEach((clause, c) => {
    if (clause.quoted) return;
    const predicate = [...claim.predicates]
      .reverse()
      .find(
        (p) =>
          p.clause === c &&
          p.kind === 'verb' &&
          outside[p.start] !== '＊' &&
          !FRAMING_PREDICATES.has(p.lemma) &&
          !LOOSE_HEDGE.test(p.lemma) &&
          !modifiesNoun(claim, p.start),
      );
    if (predicate === undefined) return;
    const keys = clause.keys.filter((key) => key !== predicate.lemma && alignment.weights.has(key));
    // A clause whose other words pin down the event (who, what, when, how much) may paraphrase its
    // verb (設置 → 立ち上げ); one that is little more than its subject and verb (社長は辞任した)
    // says nothing the sources back unless the verb itself is there.
    if (phraseCount(claim, clause, predicate.lemma) > PINNED_CLAUSE_WORDS) return;
    // A number or date pins the event down as well (赤字が年約3億円続いた); and only the claim's
    // final clause is its main assertion (練習を重ね、2勝を挙げた: the first clause sets the scene).
    const pinned = [...alignment.quantities, ...alignment.dates].some(
      (figure) => figure.start >= clause.start && figure.end <= clause.end,
    );
    if (pinned || c !== claim.clauses.length - 1) return;
    const forms = new Set([predicate.lemma, ...synonyms.of(predicate.lemma)]);
    const stem = predicate.lemma.replace(/[\p{Script=Hiragana}]+$/u, '');
    const kanji = [...stem].filter((char) => /\p{Script=Han}/u.test(char));
    const written = normalizeForMatch(claim.text.slice(predicate.start, predicate.end));
    const says = (sentence: SourceSentence) => {
      const norm = alignment.norms.get(sentence) ?? '';
      if ([...written].length >= 2 && norm.includes(written)) return true;
      if (
        sentence.predicates.some((p) => forms.has(p.lemma)) ||
        [...forms].some((form) => norm.includes(form))
      )
        return true;
      if (stem.length >= 2 && norm.includes(stem)) return true;
      // A verbal noun sharing a kanji with the claim's (陳謝 / 謝罪, 設置 / 設ける).
      return sentence.predicates.some((p) => [...p.lemma].some((char) => kanji.includes(char)));
    };
    let best = 0;
    let bestSaying = 0;
    for (const sentence of alignment.sentences) {
      const score = overlap(alignment, sentence, keys);
      best = Math.max(best, score);
      if (says(sentence)) bestSaying = Math.max(bestSaying, score);
    }
    if (best === 0 ? alignment.sentences.some(says) : bestSaying >= 0.5 * best) return;
    out.push(
      pathFinding(
        'support.predicate',
        alignment.crossLanguage ? 'warning' : 'error',
        path,
        `No listed source says 「${claim.text.slice(predicate.start, predicate.end)}」 of what this clause is about.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    );
  });
  return out;
}

function checkModality(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  isFragment: boolean,
): Finding[] {
  const out: Finding[] = [];
  const evidenceText = alignment.evidence.map((sentence) => sentence.text).join('\n');
  claim.clauses.forEach((clause) => {
    if (clause.quoted) return;
    // Certainty the sources do not state: 決定, 確実, 断言…
    // 決まる見通し: a decision that is itself forecast is no certainty.
    const hedgedHere = LOOSE_HEDGE.test(claim.text.slice(clause.start));
    for (const word of hedgedHere ? [] : clause.certain) {
      const family = certaintyFamily(word);
      const aligned = alignClause(
        alignment,
        clause.keys.filter((key) => !key.startsWith(family)),
      );
      const sources = [...alignment.evidence, ...(aligned === undefined ? [] : [aligned.sentence])].flatMap(
        (sentence) => sentence.clauses,
      );
      if (
        sources.some((source) => source.certain.some((other) => certaintyFamily(other) === family)) ||
        evidenceText.includes(word)
      )
        continue;
      out.push(
        pathFinding(
          'support.modality',
          'error',
          path,
          `The claim says 「${word}」, a certainty its sources do not state.`,
          word,
        ),
      );
      return;
    }
    // A hedge dropped: the aligned source clause is a plan, forecast, consideration or risk.
    if (isFragment) return;
    // The claim side is read leniently: a hedge word anywhere in the claim (利用者数の見込みについては
    // …とする報道がある) keeps it a forecast; the source side strictly (only where it heads its clause).
    const hedged = claim.clauses.some((other) => other.hedges.length > 0) || LOOSE_HEDGE.test(claim.text);
    // A condition (可決されれば) asserts nothing.
    const isCondition = /(?:ば|たら|なら|場合は?)[、,]?$/u.test(
      claim.text.slice(clause.start, clause.end).trim(),
    );
    if (hedged || isCondition || clause.keys.length === 0) return;
    const aligned = alignSourceClause(
      alignment,
      clause.keys,
      elementsOf(alignment, clause.start, clause.end),
    );
    if (aligned === undefined || aligned.hedges.length === 0) return;
    // A claim that quotes the words carries their hedge inside the quote.
    if (aligned.quotedShare >= 0.5 && claim.quotes.length > 0) return;
    out.push(
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim states flatly what the source gives as 「${aligned.hedges[0]}」: 「${aligned.sentence.text}」.`,
        claim.text.slice(clause.start, clause.end),
      ),
    );
  });
  return out;
}

const LOOSE_HEDGE =
  /予定|見通|方針|検討|恐れ|おそれ|見込|試算|計画|構想|目標|予想|想定|推計|可能性|とみられ|と見られ|かもしれ|だろう/u;

/** Words of one certainty: 決定, 決まる and 決める all say it is decided. */
function certaintyFamily(word: string): string {
  return word.startsWith('決') ? '決' : word.slice(0, 2);
}

/** A stretch of one source sentence: one clause, or a clause chained to the next one. */
interface SourceSpan {
  sentence: SourceSentence;
  start: number;
  end: number;
  /** Hedges that scope over the span: its own, or the next clause's when chained to it. */
  hedges: string[];
  quotedShare: number;
  score: number;
}

// Normalized text of a source sentence's clause spans, made once per span for every claim.
const spanNorms = new WeakMap<SourceSentence, Map<number, string>>();
function spanNorm(sentence: SourceSentence, start: number, end: number): string {
  let norms = spanNorms.get(sentence);
  if (norms === undefined) {
    norms = new Map();
    spanNorms.set(sentence, norms);
  }
  const key = start * 2 ** 21 + end;
  let norm = norms.get(key);
  if (norm === undefined) {
    norm = normalizeForMatch(sentence.text.slice(start, end));
    norms.set(key, norm);
  }
  return norm;
}

/**
 * The source span best aligned with a claim clause: most shared content words, plus the claim's
 * numbers and dates found there; and most of the claim clause's weight. A clause chained in the
 * continuative form to the next one is also tried together with it (提出され、…採決される予定), and
 * wins only when the claim spans both.
 */
function alignSourceClause(
  alignment: Alignment,
  keys: readonly string[],
  claim?: { quantities: Quantity[]; dates: DateMention[] },
): SourceSpan | undefined {
  const wanted = [...new Set(keys)];
  let found: SourceSpan | undefined;
  // Only a sentence with a span that scores can give the span returned (the first with the top
  // score, which must reach 2): the others are passed over unread (spanCandidates).
  const candidates = spanCandidates(alignment, wanted, claim);
  for (const sentence of alignment.sentences) {
    if (!candidates.has(sentence)) continue;
    const clauses = sentence.clauses;
    clauses.forEach((clause, c) => {
      const spans: Array<[Clause, Clause | undefined]> = [[clause, undefined]];
      const next = clauses[c + 1];
      if (clause.continuative && next !== undefined) spans.push([clause, next]);
      for (const [first, second] of spans) {
        const start = first.start;
        const end = (second ?? first).end;
        const have = new Set([...first.keys, ...(second?.keys ?? [])]);
        const norm = spanNorm(sentence, start, end);
        let score = 0;
        for (const key of wanted)
          if (have.has(key) || ([...key].length >= 2 && norm.includes(key)))
            score += alignment.weights.get(key) ?? 0.6;
        if (claim !== undefined) {
          for (const quantity of claim.quantities)
            if (sentence.quantities.some((q) => q.start >= start && q.end <= end && sameValue(q, quantity)))
              score += 1.5;
          for (const date of claim.dates)
            if (sentence.dates.some((d) => d.start >= start && d.end <= end && agrees(date, d))) score += 1.5;
        }
        // A chained pair takes the second clause's hedge (it scopes over both); the first clause's own
        // hedge only when the claim is about the first clause.
        const aboutFirst =
          second !== undefined &&
          wanted.filter((key) => first.keys.includes(key)).length >
            wanted.filter((key) => second.keys.includes(key)).length;
        const hedges =
          second === undefined
            ? first.hedges
            : aboutFirst
              ? [...first.hedges, ...second.hedges]
              : second.hedges;
        const quotedShare =
          second === undefined ? first.quotedShare : (first.quotedShare + second.quotedShare) / 2;
        // Ties go to the single clause: a chained pair must add something of the claim.
        if (found === undefined || score > found.score)
          found = { sentence, start, end, hedges, quotedShare, score };
      }
    });
  }
  const total = wanted.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0.6), 0);
  if (found === undefined || found.score < 2 || found.score < 0.5 * total) return undefined;
  return found;
}

/**
 * The scope's sentences where one of alignSourceClause's spans can score above 0: one of its
 * clauses has a wanted key, or one of its spans' normalized texts holds a wanted key of two or more
 * characters (searched once per source and key in the spans' texts joined), or the claim has
 * numbers (dates) and the sentence has some.
 */
function spanCandidates(
  alignment: Alignment,
  wanted: readonly string[],
  claim?: { quantities: Quantity[]; dates: DateMention[] },
): Set<SourceSentence> {
  const found = new Set<SourceSentence>();
  for (const understanding of alignment.scope) {
    const spans = spanTextsOf(understanding.sentences);
    for (const key of wanted) {
      for (const sentence of spans.byClauseKey.get(key) ?? []) found.add(sentence);
      if ([...key].length >= 2 && !key.includes('\u0000'))
        for (const at of textHolders(spans.texts, key))
          found.add(understanding.sentences[at] as SourceSentence);
    }
    if (claim !== undefined) {
      if (claim.quantities.length > 0) for (const sentence of spans.withQuantities) found.add(sentence);
      if (claim.dates.length > 0) for (const sentence of spans.withDates) found.add(sentence);
    }
  }
  return found;
}

interface SpanTexts {
  /** Per sentence (by position), its spans' normalized texts joined by NUL. */
  texts: SentenceTexts;
  byClauseKey: Map<string, SourceSentence[]>;
  withQuantities: SourceSentence[];
  withDates: SourceSentence[];
}
const spanTexts = new WeakMap<readonly SourceSentence[], SpanTexts>();
function spanTextsOf(sentences: readonly SourceSentence[]): SpanTexts {
  let found = spanTexts.get(sentences);
  if (found !== undefined) return found;
  const starts: number[] = [];
  const parts: string[] = [];
  const byClauseKey = new Map<string, SourceSentence[]>();
  let at = 0;
  for (const sentence of sentences) {
    const norms: string[] = [];
    const keys = new Set<string>();
    sentence.clauses.forEach((clause, c) => {
      for (const key of clause.keys) keys.add(key);
      norms.push(spanNorm(sentence, clause.start, clause.end));
      const next = sentence.clauses[c + 1];
      if (clause.continuative && next !== undefined) norms.push(spanNorm(sentence, clause.start, next.end));
    });
    for (const key of keys) {
      const list = byClauseKey.get(key);
      if (list === undefined) byClauseKey.set(key, [sentence]);
      else list.push(sentence);
    }
    const text = norms.join('\u0000');
    starts.push(at);
    parts.push(text);
    at += text.length + 1;
  }
  found = {
    texts: { joined: parts.join('\u0000'), starts, position: new Map(), holders: new Map() },
    byClauseKey,
    withQuantities: sentences.filter((sentence) => sentence.quantities.length > 0),
    withDates: sentences.filter((sentence) => sentence.dates.length > 0),
  };
  spanTexts.set(sentences, found);
  return found;
}

/** The claim's numbers and dates inside [start, end). */
function elementsOf(alignment: Alignment, start: number, end: number) {
  return {
    quantities: alignment.quantities.filter((q) => q.start >= start && q.end <= end),
    dates: alignment.dates.filter((d) => d.start >= start && d.end <= end),
  };
}

/** True when a quote gives someone's words: followed by と/との/（speaker）, or a sentence of its own. */
function isSpeech(text: string, quote: { start: number; end: number; inner: string }): boolean {
  const after = text.slice(quote.end, quote.end + 3);
  return /^(?:と|（|\(|。|$)/u.test(after) || quote.start === 0 || /[。、]$/u.test(quote.inner);
}

/** Share (0–1) of the claim words a source span has that stand inside its quotes: the claim repeats someone's words. */
function quotedShareOf(alignment: Alignment, span: SourceSpan, keys: readonly string[]): number {
  const sentence = span.sentence;
  // Quotes that overlap the span and are someone's words (「…」と述べた, 「…」との声), not a bracketed
  // name (新しい橋「みなと橋」が完成した).
  const quoted = sentence.quotes
    .filter((quote) => quote.start < span.end && quote.end > span.start && isSpeech(sentence.text, quote))
    .map((quote) => normalizeForMatch(quote.inner))
    .join('\n');
  const outside = normalizeForMatch(
    stripQuotes(sentence.text.slice(0, span.end), sentence.quotes).slice(span.start),
  );
  let inside = 0;
  let found = 0;
  for (const key of new Set(keys)) {
    const weight = alignment.weights.get(key) ?? 0;
    if (weight === 0) continue;
    const isInside = quoted.includes(key);
    const isOutside = outside.includes(key);
    if (!isInside && !isOutside) continue;
    found += weight;
    if (isInside && !isOutside) inside += weight;
  }
  return found === 0 ? 0 : inside / found;
}

/**
 * The source sentence whose quoted words (「…」と話した) hold most of the claim's content words —
 * at least 70% of their weight — when the sources' own narration holds clearly less of them
 * (20 points): the claim repeats someone's words, not a fact the source states.
 */
function quotedOnly(alignment: Alignment, keys: readonly string[]): SourceSentence | undefined {
  const wanted = [...new Set(keys)].filter((key) => (alignment.weights.get(key) ?? 0) > 0);
  const total = wanted.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
  if (total < 2) return undefined;
  const share = (text: string) =>
    wanted.reduce((sum, key) => sum + (text.includes(key) ? (alignment.weights.get(key) ?? 0) : 0), 0) /
    total;
  let best: { sentence: SourceSentence; share: number } | undefined;
  let plain = 0;
  for (const sentence of alignment.sentences) {
    plain = Math.max(plain, share(normalizeForMatch(stripQuotes(sentence.text, sentence.quotes))));
    for (const quote of sentence.quotes) {
      if (!isSpeech(sentence.text, quote)) continue;
      const value = share(normalizeForMatch(quote.inner));
      if (best === undefined || value > best.share) best = { sentence, share: value };
    }
  }
  if (best === undefined || best.share < 0.7 || best.share < plain + 0.2) return undefined;
  return best.sentence;
}

const INSIDER = /関係者|幹部|捜査員|筋によると/u;

function checkAttribution(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const quoted = claim.quotes.length > 0;
  // An opinion the source gives as someone's words, stated as plain fact.
  if (!claim.reported && !quoted && claim.speaker === undefined) {
    const content = claim.clauses.flatMap((clause) => clause.keys);
    const aligned = alignSourceClause(alignment, content, elementsOf(alignment, 0, claim.text.length));
    if (aligned !== undefined && quotedShareOf(alignment, aligned, content) >= 0.6) {
      out.push(
        pathFinding(
          'support.attribution',
          'error',
          path,
          `The claim states as fact what the source gives as someone's words: 「${aligned.sentence.text}」.`,
          claim.text,
        ),
      );
      return out;
    }
    // …or whose words, spread over several clauses, stand inside one of the source's quotes.
    const quote = quotedOnly(alignment, content);
    if (quote !== undefined) {
      out.push(
        pathFinding(
          'support.attribution',
          'error',
          path,
          `The claim states as fact what the source gives as someone's words: 「${quote.text}」.`,
          claim.text,
        ),
      );
      return out;
    }
  }
  // Reported speech given to someone the source does not give it to.
  const speaker = claim.speaker;
  if (speaker === undefined || quoted || SOURCE_TALK.has(speaker)) return out;
  // What is said: the clauses after the one naming the speaker (X によると、…), else all but the speaker's words.
  const at = claim.text.normalize('NFKC').replace(/\s+/gu, '').indexOf(speaker);
  const said = claim.clauses.filter(
    (clause) => at < 0 || clause.start > at + speaker.length || clause.end < at,
  );
  const content = (said.length > 0 ? said : claim.clauses)
    .flatMap((clause) => clause.keys)
    .filter((key) => !speaker.includes(key));
  const from = said[0]?.start ?? 0;
  const aligned = alignSourceClause(alignment, content, elementsOf(alignment, from, claim.text.length));
  if (aligned === undefined) return out;
  const sentence = aligned.sentence;
  if (!sentence.reported && !(sentence.previous?.reported ?? false)) return out;
  const window = attributionWindow(
    sentence,
    alignment.scope.find((u) => u.document.id === sentence.sourceId),
  );
  const claimedPeople = findPeople(readSpeakerTokens(claim, speaker));
  // Any person the claim names may be the one whose words these are (A は…、B は…と述べた).
  const named =
    claimedPeople.length > 0
      ? [...new Set([...claimedPeople, ...claim.people])]
      : [headOf(speaker), ...claim.people];
  const sourceSpeaker = sentence.speaker ?? sentence.previous?.speaker ?? '';
  // Insiders (関係者への取材で分かった, 関係者によると) are not the body they work for.
  const insiderDropped = INSIDER.test(stripQuotes(sentence.text, sentence.quotes)) && !INSIDER.test(speaker);
  // A source sentence with a speaker of its own (県農政課は「…」としている) is compared with that
  // speaker; one without (a quote carried on from the sentence before) with its neighbourhood.
  const own = sentence.quoteSpeaker ?? sentence.previous?.quoteSpeaker;
  const explicit = own === undefined ? undefined : normalizeForMatch(own);
  const sameSpeaker =
    explicit === undefined
      ? named.some((name) => mentions(window, name))
      : named.some((name) => mentions(explicit, name) || mentions(name, headOf(explicit)));
  if (sameSpeaker && !insiderDropped) return out;
  out.push(
    pathFinding(
      'support.attribution',
      'error',
      path,
      `The claim gives these words to ${speaker}; the source gives them to ${sourceSpeaker === '' ? 'someone else' : sourceSpeaker}: 「${sentence.text}」.`,
      speaker,
    ),
  );
  return out;
}

function readSpeakerTokens(claim: SentenceReading, speaker: string) {
  const at = claim.text.normalize('NFKC').replace(/\s+/gu, '').indexOf(speaker);
  if (at < 0) return [];
  return claim.tokens.filter((token) => token.start >= at && token.end <= at + speaker.length + 4);
}

/** The head noun of a speaker phrase: 白川県の試算 → 白川県; 県農政課 → 県農政課. */
function headOf(speaker: string): string {
  return speaker.split('の')[0] ?? speaker;
}

// ---------------------------------------------------------------------------------------------
// Coverage: what no listed source says

function checkCoverage(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  isFragment: boolean,
): Finding[] {
  const missing: string[] = [];
  let total = 0;
  let found = 0;
  // Words inside a claim compound that is a 略称 of a source compound (市教委 for 市教育委員会).
  const abbreviated = new Set<string>();
  for (const compound of nounCompounds(claim.tokens))
    if (abbreviates(alignment, compound))
      for (const token of claim.tokens)
        if (compound.includes(normalizeForMatch(token.surface))) abbreviated.add(keyOf(token));
  for (const [key, weight] of alignment.weights) {
    total += weight;
    const isCovered =
      abbreviated.has(key) ||
      [key, ...(alignment.synonyms.get(key) ?? [])].some((word) =>
        alignment.local.some(
          (understanding) =>
            understanding.keys.has(word) ||
            understanding.norm.includes(word) ||
            normalizeForMatch(understanding.document.siteName ?? '').includes(word),
        ),
      );
    if (isCovered) {
      found += weight;
      continue;
    }
    // A longer word whose first two kanji the sources have (中学生 for 中学校) is a paraphrase more
    // often than a new fact: half credit, and not counted as a missing noun.
    const stem = /^\p{Script=Han}{2}/u.exec(key)?.[0];
    if (
      [...key].length >= 3 &&
      stem !== undefined &&
      alignment.local.some((understanding) => understanding.norm.includes(stem))
    ) {
      found += weight / 2;
      continue;
    }
    missing.push(key);
  }
  const share = total === 0 ? 1 : found / total;
  const missingNouns = missing.filter((key) => (alignment.weights.get(key) ?? 0) >= 1);
  const clauseProblems = isFragment ? [] : checkClauses(claim, alignment, path);
  if (missing.length === 0) return clauseProblems;
  const words = missing.map((key) => `「${key}」`).join('');
  if (alignment.crossLanguage)
    return [
      pathFinding(
        'support.cross-language',
        'warning',
        path,
        `${words} could not be aligned with the listed sources, one of which is not Japanese; a person should check the translation.`,
        claim.text,
      ),
    ];
  // A title or point of a few words has its names, numbers and dates checked on their own; a word
  // the sources lack there is for a person to look at.
  if (!isFragment && (share < ADDITION_SHARE || missingNouns.length >= 2))
    return [
      ...clauseProblems,
      pathFinding(
        'support.coverage',
        'error',
        path,
        `The listed sources do not say ${words} (${Math.round(share * 100)}% of the claim's content words found).`,
        claim.text,
      ),
    ];
  // A word or two paraphrased (語る for 話す) in a sentence whose facts all align is no finding.
  if (share >= COVERAGE_WARNING) return clauseProblems;
  return [
    ...clauseProblems,
    pathFinding(
      'support.coverage',
      'warning',
      path,
      `${words} not found in the listed sources (${Math.round(share * 100)}% of the claim's content words found).`,
      claim.text,
    ),
  ];
}

/**
 * Each clause of the claim must rest on one source sentence: a clause whose words are spread
 * over the sources but said together nowhere (新たな入院の受け入れも停止する) adds a claim.
 */
function checkClauses(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  for (const clause of claim.clauses) {
    if (clause.quoted) continue;
    const keys = [...new Set(clause.keys)].filter((key) => alignment.weights.has(key));
    const total = keys.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
    if (total < 2.5) continue;
    let bestScore = 0;
    for (const sentence of alignment.sentences)
      bestScore = Math.max(bestScore, overlap(alignment, sentence, keys));
    if (bestScore >= CLAUSE_SHARE * total) continue;
    out.push(
      pathFinding(
        alignment.crossLanguage ? 'support.cross-language' : 'support.addition',
        alignment.crossLanguage ? 'warning' : 'error',
        path,
        `No listed source sentence says what this clause says (at most ${Math.round((100 * bestScore) / total)}% of its words in one source sentence).`,
        claim.text.slice(clause.start, clause.end),
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function best<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let found: T | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const value = score(item);
    if (value > bestScore) {
      found = item;
      bestScore = value;
    }
  }
  return found;
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\u0000${finding.evidence ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
