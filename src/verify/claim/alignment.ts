import type { DateMention } from '../../text/dates.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Quantity } from '../../text/quantities.ts';
import type { Synonyms } from '../../text/synonyms.ts';
import { datesOfReading } from '../../understand/date-head.ts';
import { injuredClassForms, injuryParaphrases } from '../../understand/existence.ts';
import {
  type Clause,
  isContentToken,
  keyOf,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import {
  type DocumentUnderstanding,
  quantitiesOf,
  readingOf,
  type SourceSentence,
  type Understanding,
} from '../../understand/understand-document.ts';
import { compoundsOfPhrases, standsAlone } from './compound-forms.ts';
import { agrees, sameValue } from './elements.ts';

// The alignment of one claim with its listed sources: the claim's content words and their weights,
// the source sentences that cover it, and lookups every check shares (once per source sentence).

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
      // A 同- word says its antecedent's words (同社 → 白鷺電器): understand/coreference.ts.
      keys = new Set([...sentence.keys, ...sentence.references.flatMap((reference) => reference.keys)]);
      sentenceKeySets.set(sentence, keys);
    }
    return keys;
  },
};

// A claim's reading depends on its text and the tokenizer only: an article's units, checked in
// every repair round and again by the final verification, are read once per build, and a unit
// that repeats a source sentence takes that sentence's reading (readingOf).
export function readClaim(text: string, understanding: Understanding): SentenceReading {
  return readingOf(understanding, text);
}

export interface Alignment {
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
  /** The synonym dictionary itself: a word that is no claim key (a compound the tokenizer splits). */
  thesaurus?: Synonyms;
  /**
   * Compounds of the sources that tell a claim noun together with its verb (休業 for 営業 of 営業を休む:
   * compound-forms.ts). They count where a key's words are looked up (coverage, overlap), not as the
   * noun's synonyms: the compound is the whole act, not the thing the act is done to. The verb has
   * them among its synonyms.
   */
  compounds?: Map<string, readonly string[]>;
  /** Site names by source id (an article may name the outlet that reported something). */
  siteNames: Map<string, string>;
  /** True when a listed source is not Japanese: what cannot be aligned across languages is for a person to check. */
  crossLanguage: boolean;
  /** The listed sources in the claim's own language: where its words are looked up. */
  local: DocumentUnderstanding[];
  /** The claim's text outside its quotes, NFKC without whitespace (the names it gives). */
  claimNorm?: string;
}

// Words for what the sources themselves say or how they differ: an article may always use them.
export const SOURCE_TALK = new Set([
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

export function createAlignment(
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
  const quantities = quantitiesOf(claim);
  const dates = datesOfReading(claim);
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
  // A noun + verb of the claim that a source tells as one compound of their kanji (営業を休む: 休業).
  const compounds = compoundsOfPhrases(
    claim.tokens,
    (word) =>
      local.some(
        (understanding) =>
          understanding.keys.has(word) &&
          understanding.sentences.some((sentence) => standsAlone(sentence.tokens, word)),
      ),
    (word) => synonyms.of(word),
  );
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
    claimNorm: normalizeForMatch(outside),
    siteNames: new Map(scope.map((u) => [u.document.id, normalizeForMatch(u.document.siteName ?? '')])),
    thesaurus: synonyms,
    // Sudachi's synonyms, and the words news uses for a degree of injury (軽傷: 軽いけが;
    // existence.ts injuryParaphrases) and, over Japanese pages, for the injured as a class (けが人:
    // けが; injuredClassForms) — an English page's gloss of injured would pull the English
    // attribution check onto a sentence of injuries that names no speaker (No one was injured.).
    // And for a verb, a compound of two kanji a source writes for it and its noun (compound-forms.ts).
    synonyms: new Map(
      claim.keys.map((key) => [
        key,
        [
          ...synonyms.of(key),
          ...injuryParaphrases(claim.text, key),
          ...(local.length < scope.length ? [] : injuredClassForms(key)),
          ...(compounds.verbs.get(key) ?? []),
        ]
          .filter((word) => [...word].length >= 2)
          .concat(questioningForms(claim.text, key), restorationForms(claim.text, key)),
      ]),
    ),
    compounds: compounds.nouns,
  };
  // Greedy cover: the sentences that together cover most of the claim (merges of two sentences).
  const covered = new Set<string>();
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  // A sentence's gain is the weight of the uncovered keys it covers: each key's weight goes to the
  // sentences that cover it (sentencesCovering), added in the order of the keys as before, and the
  // first sentence (in scope order) with the most gain wins — not every sentence asked about every key.
  const index = coverIndexOf(base);
  let order = index.shared.order;
  if (order === undefined) {
    order = new Map<SourceSentence, number>();
    for (const [i, sentence] of sentences.entries()) if (!order.has(sentence)) order.set(sentence, i);
    index.shared.order = order;
  }
  const coverers = new Map<string, ReadonlySet<SourceSentence>>();
  for (const key of weights.keys()) coverers.set(key, coverersOf(base, index, key));
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

// Police questioning is one act in the words news uses for it: (関係者から)事情を聴く, 話を聞く, 事情聴取.
// In a claim that says it, 事情 and 話 stand for each other (話 is one letter: a word, not a part of
// one); 聴く and 聞く are one verb written two ways. A set phrase of Japanese news, not a pair of pages.
const QUESTIONING = /(?:事情|話)を(?:聴|聞)|事情聴取/u;
function questioningForms(text: string, key: string): string[] {
  if (key === '聴く') return ['聞く'];
  if (key === '聞く') return ['聴く'];
  if (!QUESTIONING.test(text)) return [];
  if (key === '事情') return ['話', '聴取'];
  if (key === '話') return ['事情'];
  return [];
}

// Coming back to the former state is one meaning in the words news uses for it: 復旧, 回復 and 復元
// (a thing, a service, an amount made whole again), and the native 元に戻る / 元に戻す / 元通りになる.
// In a claim that uses one of them, the others stand for it. A closed class of Japanese by meaning,
// not a pair of pages; 戻る and 元 alone (店に戻る, 元社員) are read so only where the claim says
// 元に戻る / 元通り, and a bare 戻る of a source (品ぞろえが戻る) does not align with a claim's 復旧
// here: it only tells that the act is not one the claim adds (check-predicates checkUnsaidActs).
const RESTORED_NOUNS: readonly string[] = ['復旧', '回復', '復元'];
const BACK_TO_FORMER = /元(?:の状態)?(?:に|通りに?)(?:戻|もど)|元通り/u;
export function restorationForms(text: string, key: string): string[] {
  if (RESTORED_NOUNS.includes(key)) return [...RESTORED_NOUNS.filter((noun) => noun !== key), '元通り'];
  if (!BACK_TO_FORMER.test(text)) return [];
  if (key === '元' || key === '戻る' || key === '戻す' || key === '元通り') return [...RESTORED_NOUNS];
  return [];
}

/** The native verbs of coming back (電気が戻った): a source's way of telling a claim's 復旧 or 回復. */
export const RESTORING_VERBS: readonly string[] = ['戻る', '戻す'];

interface CoverIndex {
  arrays: Set<readonly SourceSentence[]>;
  byKey: Map<string, Set<SourceSentence>>;
  /** What depends on the scope only, shared by every alignment over the same scope. */
  shared: ScopeShared;
}
const coverIndexes = new WeakMap<Alignment, CoverIndex>();
function coverIndexOf(alignment: Alignment): CoverIndex {
  let index = coverIndexes.get(alignment);
  if (index === undefined) {
    index = {
      arrays: new Set(alignment.scope.map((understanding) => understanding.sentences)),
      byKey: new Map(),
      shared: scopeShared(alignment.scope),
    };
    coverIndexes.set(alignment, index);
  }
  return index;
}

/** The scope's sentences that cover a key (covers()), found once per scope, key and synonyms in a build. */
function coverersOf(alignment: Alignment, index: CoverIndex, key: string): Set<SourceSentence> {
  let holders = index.byKey.get(key);
  if (holders === undefined) {
    // sentencesCovering reads the scope's sentences and site names, the key and its synonyms.
    const synonyms = coveringForms(alignment, key);
    const sharedKey = synonyms.length === 0 ? key : [key, ...synonyms].join('\u0001');
    holders = index.shared.coverers.get(sharedKey);
    if (holders === undefined) {
      holders = sentencesCovering(alignment, key);
      index.shared.coverers.set(sharedKey, holders);
    }
    index.byKey.set(key, holders);
  }
  return holders;
}

// Claims are checked against a few scopes (all sources, or one), each many times in a build: what
// an alignment derives from its scope alone is kept per scope (the same understandings, in order).
interface ScopeShared {
  /** sentencesCovering's answers, by key and its synonyms. */
  coverers: Map<string, Set<SourceSentence>>;
  /** Each sentence's first position in the scope's sentences. */
  order?: Map<SourceSentence, number>;
}
const understandingNumbers = new WeakMap<DocumentUnderstanding, number>();
let nextUnderstandingNumber = 0;
const scopesShared = new WeakMap<DocumentUnderstanding, Map<string, ScopeShared>>();
function scopeShared(scope: readonly DocumentUnderstanding[]): ScopeShared {
  const first = scope[0];
  if (first === undefined) return { coverers: new Map() };
  const signature = scope
    .map((understanding) => {
      let number = understandingNumbers.get(understanding);
      if (number === undefined) {
        number = nextUnderstandingNumber++;
        understandingNumbers.set(understanding, number);
      }
      return number;
    })
    .join(',');
  let byScope = scopesShared.get(first);
  if (byScope === undefined) {
    byScope = new Map();
    scopesShared.set(first, byScope);
  }
  let shared = byScope.get(signature);
  if (shared === undefined) {
    shared = { coverers: new Map() };
    byScope.set(signature, shared);
  }
  return shared;
}

/**
 * The scope's sentences that cover a key (those for which covers() is true), found per source from
 * its key index, the sentences whose text holds the key (one search of the source) and its site name.
 */
function sentencesCovering(alignment: Alignment, key: string): Set<SourceSentence> {
  const found = new Set<SourceSentence>();
  for (const word of [key, ...coveringForms(alignment, key)]) {
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

/** The other words that say a key where its words are looked up: its synonyms and compounds. */
export function coveringForms(
  alignment: Pick<Alignment, 'synonyms' | 'compounds'>,
  key: string,
): readonly string[] {
  const compounds = alignment.compounds?.get(key);
  const synonyms = alignment.synonyms.get(key) ?? [];
  return compounds === undefined ? synonyms : [...synonyms, ...compounds];
}

/** True when the sentence has the key as a word, or (for words of two or more characters) in its text. */
function covers(alignment: Alignment, sentence: SourceSentence, key: string): boolean {
  const index = scopeIndexHolding(alignment, sentence);
  return index !== undefined
    ? coverersOf(alignment, index, key).has(sentence)
    : coversOutsideScope(alignment, sentence, key);
}

/**
 * The alignment's cover index when the sentence is of its scope: then covers() looks it up among
 * the key's coverers, found once per scope and key (sentencesCovering) — the scans over every
 * sentence ask about few keys.
 */
function scopeIndexHolding(alignment: Alignment, sentence: SourceSentence): CoverIndex | undefined {
  const owner = ownerOfSentence.get(sentence);
  if (owner === undefined) return undefined;
  const index = coverIndexOf(alignment);
  return index.arrays.has(owner) ? index : undefined;
}

function coversOutsideScope(alignment: Alignment, sentence: SourceSentence, key: string): boolean {
  if (coversExactly(alignment, sentence, key)) return true;
  return coveringForms(alignment, key).some((synonym) => coversExactly(alignment, sentence, synonym));
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
export function overlap(alignment: Alignment, sentence: SourceSentence, keys: Iterable<string>): number {
  return overlapOfDistinct(alignment, sentence, keys instanceof Set ? keys : new Set(keys));
}

/** overlap() of keys given without repeats: the sentence's place in the scope looked up once, not per key. */
function overlapOfDistinct(alignment: Alignment, sentence: SourceSentence, keys: Iterable<string>): number {
  const index = scopeIndexHolding(alignment, sentence);
  let sum = 0;
  for (const key of keys)
    if (
      index !== undefined
        ? coverersOf(alignment, index, key).has(sentence)
        : coversOutsideScope(alignment, sentence, key)
    )
      sum += alignment.weights.get(key) ?? 0.6;
  return sum;
}

/**
 * overlap() of one set of keys, for a scan over many sentences: each key's weight goes to the scope's
 * sentences that cover it (coverersOf, found once per scope and key), added in the order of the
 * keys as overlap adds them — the same sums, without asking every sentence about every key. A
 * sentence outside the scope's index is scored by overlap itself.
 */
export function overlapScorer(
  alignment: Alignment,
  keys: Iterable<string>,
): (sentence: SourceSentence) => number {
  const distinct = keys instanceof Set ? keys : new Set(keys);
  const index = coverIndexOf(alignment);
  const scores = new Map<SourceSentence, number>();
  for (const key of distinct) {
    const weight = alignment.weights.get(key) ?? 0.6;
    for (const sentence of coverersOf(alignment, index, key))
      scores.set(sentence, (scores.get(sentence) ?? 0) + weight);
  }
  return (sentence) =>
    scopeIndexHolding(alignment, sentence) === index
      ? (scores.get(sentence) ?? 0)
      : overlapOfDistinct(alignment, sentence, distinct);
}

/** Weighted overlap of some keys with a sentence read together with the one before it in its paragraph. */
export function overlapInContext(
  alignment: Alignment,
  sentence: SourceSentence,
  keys: Iterable<string>,
): number {
  const previous = sentence.previous;
  let sum = 0;
  for (const key of new Set(keys))
    if (covers(alignment, sentence, key) || (previous !== undefined && covers(alignment, previous, key)))
      sum += alignment.weights.get(key) ?? 0.6;
  return sum;
}

/** The candidate best aligned with a clause's keys when read with the sentence before it (alignClause's threshold). */
export function alignInContext(
  alignment: Alignment,
  keys: readonly string[],
  candidates: readonly SourceSentence[],
): { sentence: SourceSentence; score: number } | undefined {
  const total = new Set(keys).size;
  let found: { sentence: SourceSentence; score: number } | undefined;
  for (const sentence of candidates) {
    const score = overlapInContext(alignment, sentence, keys);
    if (found === undefined || score > found.score) found = { sentence, score };
  }
  if (found === undefined || found.score < Math.min(2, total * 0.6)) return undefined;
  return found;
}

export function outsideQuotes<T extends { start: number }>(claim: SentenceReading, items: readonly T[]): T[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  return items.filter((item) => outside[item.start] !== '＊');
}

/** The source sentence best aligned with a clause of the claim (by its content words), if it aligns at all. */
export function alignClause(
  alignment: Alignment,
  keys: readonly string[],
  filter: (sentence: SourceSentence) => boolean = () => true,
): { sentence: SourceSentence; score: number } | undefined {
  const distinct = new Set(keys);
  const total = distinct.size;
  const score = overlapScorer(alignment, distinct);
  let found: { sentence: SourceSentence; score: number } | undefined;
  for (const sentence of alignment.sentences) {
    if (!filter(sentence)) continue;
    const value = score(sentence);
    if (found === undefined || value > found.score) found = { sentence, score: value };
  }
  if (found === undefined || found.score < Math.min(2, total * 0.6)) return undefined;
  return found;
}

/** A stretch of one source sentence: one clause, or a clause chained to the next one. */
export interface SourceSpan {
  sentence: SourceSentence;
  start: number;
  end: number;
  /** Hedges that scope over the span: its own, or the next clause's when chained to it. */
  hedges: string[];
  /** Where the hedges stand past the span (a plan ending a continuative chain): that clause's end. */
  hedgesEnd?: number;
  quotedShare: number;
  score: number;
}

const NO_KEYS: readonly string[] = [];

// The spans of a source sentence's numbers (dates) that match one of the claim's, as one typed
// array of [start, end, which claim number] triples in the order of the claim's numbers: what
// alignSourceClause scores every span with, in the one kind of array V8 optimises it for (a list of
// lists, empty or not, changed kind from sentence to sentence and threw the optimised code away).
const NO_SPANS = new Int32Array(0);

function matchedSpans<T extends { start: number; end: number }>(
  claim: readonly T[],
  own: readonly T[],
  same: (mine: T, theirs: T) => boolean,
): Int32Array {
  const spans: number[] = [];
  for (let m = 0; m < claim.length; m += 1)
    for (const item of own) if (same(claim[m] as T, item)) spans.push(item.start, item.end, m);
  return spans.length === 0 ? NO_SPANS : Int32Array.from(spans);
}

/** `score` with 1.5 added for each of the claim's numbers (dates) matched inside [start, end): matchedSpans' triples. */
function scoreWithin(score: number, spans: Int32Array, start: number, end: number): number {
  let last = -1;
  for (let t = 0; t < spans.length; t += 3)
    if (spans[t + 2] !== last && (spans[t] as number) >= start && (spans[t + 1] as number) <= end) {
      score += 1.5;
      last = spans[t + 2] as number;
    }
  return score;
}

// matchedSpans passes the claim's item first: a source's quantity is compared with a claim's as before
// (sameValue's tolerance is the first one's); agrees takes the claim's date first itself.
const sameQuantity = (mine: Quantity, theirs: Quantity) => sameValue(theirs, mine);

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
export function alignSourceClause(
  alignment: Alignment,
  keys: readonly string[],
  claim?: { quantities: Quantity[]; dates: DateMention[] },
): SourceSpan | undefined {
  const wanted = [...new Set(keys)];
  // Per wanted key, once per call: its weight, and whether it is searched in the span's text. Typed
  // arrays, read in the inner loop below: a plain array of weights is of another kind to V8 when all
  // of them are whole numbers than when one is 0.6, and each change of kind threw its optimised code
  // away (a deoptimisation at every new mix of weights, then a compile again).
  const weights = Float64Array.from(wanted, (key) => alignment.weights.get(key) ?? 0.6);
  const inText = Uint8Array.from(wanted, (key) => ([...key].length >= 2 ? 1 : 0));
  let found: SourceSpan | undefined;
  // Only a sentence with a span that scores can give the span returned (the first with the top
  // score, which must reach 2): the others are passed over unread (spanCandidates).
  const candidates = spanCandidates(alignment, wanted);
  const withQuantities = claim !== undefined && claim.quantities.length > 0;
  const withDates = claim !== undefined && claim.dates.length > 0;
  for (const sentence of alignment.sentences) {
    const byWords = candidates.has(sentence);
    if (
      !byWords &&
      !(withQuantities && sentence.quantities.length > 0) &&
      !(withDates && sentence.dates.length > 0)
    )
      continue;
    // Per claim number (date), the sentence's that match it: compared once per sentence, not per span.
    const quantityMatches = withQuantities
      ? matchedSpans(claim.quantities, sentence.quantities, sameQuantity)
      : NO_SPANS;
    const dateMatches = withDates ? matchedSpans(claim.dates, sentence.dates, agrees) : NO_SPANS;
    // A sentence no wanted key can score in (by its words or a reference to a name the claim gives),
    // with none of the claim's numbers or dates, scores 0 in every span: it can be neither the span
    // returned (which must score 2) nor displace one.
    if (
      !byWords &&
      quantityMatches.length === 0 &&
      dateMatches.length === 0 &&
      !sentence.references.some((reference) => reference.keys.some((key) => wanted.includes(key)))
    )
      continue;
    const clauses = sentence.clauses;
    for (let c = 0; c < clauses.length; c += 1) {
      const first = clauses[c] as Clause;
      const next = clauses[c + 1];
      const chained = first.continuative && next !== undefined;
      for (let pair = 0; pair < (chained ? 2 : 1); pair += 1) {
        const second = pair === 1 ? next : undefined;
        const start = first.start;
        const end = (second ?? first).end;
        const norm = spanNorm(sentence, start, end);
        // A bare kind word or 同- word of the span (市は… after 湊野市) says the name it stands for,
        // where the claim gives that name itself.
        const referred =
          sentence.references.length === 0
            ? NO_KEYS
            : sentence.references
                .filter(
                  (reference) =>
                    reference.start >= start &&
                    reference.end <= end &&
                    reference.antecedents.some((name) => alignment.claimNorm?.includes(name)),
                )
                .flatMap((reference) => reference.keys);
        let score = 0;
        for (let k = 0; k < wanted.length; k += 1) {
          const key = wanted[k] as string;
          if (
            first.keys.includes(key) ||
            second?.keys.includes(key) ||
            (inText[k] === 1 && norm.includes(key)) ||
            referred.includes(key)
          )
            score += weights[k] as number;
        }
        score = scoreWithin(score, quantityMatches, start, end);
        score = scoreWithin(score, dateMatches, start, end);
        // Ties go to the single clause: a chained pair must add something of the claim; and to the
        // body over the headline, which compresses what the body says in full.
        if (
          found !== undefined &&
          !(
            score > found.score ||
            (score === found.score && found.sentence.paragraph === 0 && sentence.paragraph !== 0)
          )
        )
          continue;
        // A chained pair takes the second clause's hedge (it scopes over both); the first clause's own
        // hedge only when the claim is about the first clause.
        const aboutFirst =
          second !== undefined &&
          wanted.filter((key) => first.keys.includes(key)).length >
            wanted.filter((key) => second.keys.includes(key)).length;
        const inherited =
          second === undefined && first.hedges.length === 0 ? planOverChain(sentence, c) : undefined;
        const hedges =
          second === undefined
            ? inherited !== undefined
              ? inherited
              : first.hedges
            : aboutFirst
              ? [...first.hedges, ...second.hedges]
              : second.hedges;
        const quotedShare =
          second === undefined ? first.quotedShare : (first.quotedShare + second.quotedShare) / 2;
        found = {
          sentence,
          start,
          end,
          hedges,
          ...(inherited !== undefined ? { hedgesEnd: sentence.clauses.at(-1)?.end ?? end } : {}),
          quotedShare,
          score,
        };
      }
    }
  }
  const total = wanted.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0.6), 0);
  if (found === undefined || found.score < 2 || found.score < 0.5 * total) return undefined;
  return found;
}

// A plan that ends a sentence (〜する方針だ, 〜する予定だ, 〜する方針を示した): a closed class of the hedges.
const PLAN_HEDGE = /^(?:方針|予定|計画)$/u;
// Acts of stating, meeting, admitting or taking something as ground, done before the plan is stated
// (発表し、…方針を示した; 会議を開き、…方針を決めた; ミスを認め、…方針だ; 報告を受け、…): a closed class of
// Japanese news verbs. A continuative clause with one of them reports that act as done.
const DONE_BEFORE_PLAN =
  /^(?:発表|明らか|表明|公表|説明|述べる|話す|示す|語る|会見|開く|開催|協議|審議|議論|話し合う|受ける|踏まえる|集める|招集|報告|謝罪|陳謝|わびる|認める|確認|答える|回答|判明|伝える|訪れる|訪問|出席|会う|面会|視察|明かす|強調|指摘)$/u;

/**
 * The plan hedge a clause chained in the continuative form takes from the sentence's last clause
 * (二重確認を導入し、夜間の作業は当面やめる方針だ: both acts are planned), when the chain runs from it to
 * that clause in the continuative form, no clause of the chain has a hedge of its own, an ongoing
 * state (〜しており、: already so) or an act of stating, meeting or admitting (DONE_BEFORE_PLAN), and
 * the last clause's predicate is a plan (方針, 予定, 計画). Undefined when it takes none (no empty
 * array: the caller reads one kind of value whichever way the chain ends).
 */
function planOverChain(sentence: SourceSentence, c: number): string[] | undefined {
  const clauses = sentence.clauses;
  let k = c;
  while (clauses[k]?.continuative && k + 1 < clauses.length) {
    const clause = clauses[k] as Clause;
    if (clause.hedges.length > 0 || clause.quoted) return undefined;
    const text = sentence.text.slice(clause.start, clause.end);
    if (/(?:おり|ており|ていて|てい)[、，]?$/u.test(text)) return undefined;
    // The clause's own act is its last predicate: one before it heads a relative clause (確認する「…」を導入し).
    const own = sentence.predicates.filter((predicate) => predicate.clause === k).at(-1);
    if (own === undefined || own.negated || DONE_BEFORE_PLAN.test(own.lemma)) return undefined;
    k += 1;
  }
  if (k === c || k !== clauses.length - 1) return undefined;
  const last = clauses[k] as Clause;
  if (last.quoted) return undefined;
  const plans = last.hedges.filter((hedge) => PLAN_HEDGE.test(hedge));
  return plans.length > 0 ? plans : undefined;
}

/**
 * The scope's sentences where one of alignSourceClause's spans can score above 0 by its words: one
 * of its clauses has a wanted key, or one of its spans' normalized texts holds a wanted key of two
 * or more characters (searched once per source and key in the spans' texts joined). A sentence
 * with numbers (dates) when the claim has some can score too: alignSourceClause tests that itself.
 */
function spanCandidates(alignment: Alignment, wanted: readonly string[]): Set<SourceSentence> {
  const found = new Set<SourceSentence>();
  for (const understanding of alignment.scope) {
    const spans = spanTextsOf(understanding.sentences);
    for (const key of wanted)
      for (const sentence of keyCandidates(spans, understanding.sentences, key)) found.add(sentence);
  }
  return found;
}

/** A source's sentences that spanCandidates takes for one key, found once per source and key. */
function keyCandidates(
  spans: SpanTexts,
  sentences: readonly SourceSentence[],
  key: string,
): readonly SourceSentence[] {
  let list = spans.byKey.get(key);
  if (list === undefined) {
    const found = new Set(spans.byClauseKey.get(key) ?? []);
    if ([...key].length >= 2 && !key.includes('\u0000'))
      for (const at of textHolders(spans.texts, key)) found.add(sentences[at] as SourceSentence);
    list = [...found];
    spans.byKey.set(key, list);
  }
  return list;
}

interface SpanTexts {
  /** Per sentence (by position), its spans' normalized texts joined by NUL. */
  texts: SentenceTexts;
  byClauseKey: Map<string, SourceSentence[]>;
  /** keyCandidates' answers. */
  byKey: Map<string, readonly SourceSentence[]>;
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
    byKey: new Map(),
  };
  spanTexts.set(sentences, found);
  return found;
}

/** The claim's numbers and dates inside [start, end). */
export function elementsOf(alignment: Alignment, start: number, end: number) {
  return {
    quantities: alignment.quantities.filter((q) => q.start >= start && q.end <= end),
    dates: alignment.dates.filter((d) => d.start >= start && d.end <= end),
  };
}

export function best<T>(items: readonly T[], score: (item: T) => number): T | undefined {
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
