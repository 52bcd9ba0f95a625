import type { Document } from '../domain/document.ts';
import { type DateMention, findDocumentDates } from '../text/dates.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import { findQuantities, type Quantity } from '../text/quantities.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { createSynonyms, type Synonyms } from '../text/synonyms.ts';
import { independentPieces, type Token, type Tokenizer } from '../text/tokenizer.ts';
import {
  definedAliases,
  isAbbreviationOf,
  kanaAbbreviationsOf,
  type Reference,
  resolveReferences,
} from './coreference.ts';
import { retractedEnd } from './correction-note.ts';
import {
  alignmentGlosses,
  countedNounAfter,
  findGlosses,
  type GlossedPredicate,
  type GlossMatch,
  glossedPredicates,
  glossKeys,
  type NounGloss,
} from './english-gloss.ts';
import { englishSpeakerDescription, englishSpeakerOf } from './english-speaker.ts';
import { isContentToken, keyOf, readSentence, type SentenceReading } from './read-sentence.ts';
import { daysOfTimes, type TimedDate } from './time-days.ts';

// 略称 are read in coreference.ts (同労組 for 県職員労働組合); the verifier asks here too.
export { isAbbreviationOf, kanaAbbreviationsOf };

/** One sentence of a source, read, at its place in the document's stored text. */
export interface SourceSentence extends SentenceReading {
  sourceId: string;
  /** [start, end) in the document's stored text. */
  start: number;
  end: number;
  /** Paragraph number (0 is the headline). */
  paragraph: number;
  isHeadline: boolean;
  quantities: Quantity[];
  /** Dates resolved against the page's date and the dates mentioned before (同日 → the last one). */
  dates: DateMention[];
  /**
   * Its clock times written without a day (午後2時10分ごろ), each joined to the day it belongs to
   * (time-days.ts): read once here, for every check that compares times.
   */
  timed: TimedDate[];
  /** Its 同- words (同社, 同市 …) and the entities named before them that they stand for. */
  references: Reference[];
  /** The sentence before it in the same paragraph: whose words a quote-only sentence carries on. */
  previous?: SourceSentence;
  /**
   * A sentence not in Japanese: its vocabulary verbs as the Japanese predicates they gloss, with
   * their English polarity (english-gloss.ts glossedPredicates), for the polarity check alone.
   */
  glossedPredicates?: GlossedPredicate[];
  /**
   * Its keys as a set, made once when the sentence is read: what compares two sentences' words
   * (does one outlet's sentence retell another's, is a candidate like one taken) looks keys up here
   * instead of building a set of the same keys for every pair.
   */
  keySet: ReadonlySet<string>;
}

/** What a source says, sentence by sentence, with the headline as a sentence of its own. */
export interface DocumentUnderstanding {
  document: Document;
  sentences: SourceSentence[];
  /** The stored text, NFKC without whitespace (for verbatim and name look-ups). */
  norm: string;
  /** Every content key of the document. */
  keys: Set<string>;
  /** Person → role phrases across the document, surnames included (森田 → 院長). */
  roles: Map<string, Set<string>>;
  /** Noun compounds of the document (市教育委員会, 山吹農業協同組合): what a 略称 may stand for. */
  compounds: Set<string>;
}

/**
 * Reads every sentence of a document once: tokens, predicates, quotes, speakers, quantities, dates.
 * `known`: readings this build has already made, by text (createUnderstanding's): a sentence another
 * source has word for word (a wire story run by two outlets) takes that reading, which depends on the
 * text and its tokens only, instead of being read again.
 */
export function understandDocument(
  document: Document,
  tokenizer: Tokenizer,
  known?: ReadonlyMap<string, SentenceReading>,
): DocumentUnderstanding {
  const spans = splitSentences(document.text).filter((span) => span.text.trim() !== '');
  const paragraphOf = paragraphIndex(document.text);
  const dates = findDocumentDates(
    spans.map((span) => span.text),
    document.publishedAt,
  );
  const readings = spans.map((span) => known?.get(span.text) ?? readSentence(span.text, tokenizer));
  const timed = daysOfTimes(
    spans.map((span, i) => ({
      text: span.text,
      dates: dates[i] ?? [],
      paragraph: paragraphOf(span.start),
      ...(document.lang === 'ja' ? { reading: readings[i] as SentenceReading } : {}),
    })),
  );
  const sentences: SourceSentence[] = [];
  const references = resolveReferences(readings);
  spans.forEach((span, i) => {
    const reading = readings[i] as SentenceReading;
    // A sentence not in Japanese also carries the Japanese words its news vocabulary glosses
    // (english-gloss.ts), so a Japanese sentence written from it aligns with it word by word. Its
    // glosses are found once, for the keys and the predicates alike, and kept for glossesOf.
    const found = document.lang === 'ja' ? [] : findGlosses(span.text);
    const aligned = document.lang === 'ja' ? [] : alignmentGlosses(span.text, {}, found);
    const glossed =
      document.lang === 'ja'
        ? []
        : glossKeys(
            span.text,
            (japanese) => tokenizer.tokenize(japanese).filter(isContentToken).map(keyOf),
            {},
            aligned,
          );
    const paragraph = paragraphOf(span.start);
    const before = sentences.at(-1);
    const keys = [...reading.keys, ...glossed.filter((key) => !reading.keys.includes(key))];
    const sentence: SourceSentence = {
      ...reading,
      ...(document.lang === 'ja' ? {} : { glossedPredicates: glossedPredicates(span.text, aligned) }),
      keys,
      keySet: new Set(keys),
      sourceId: document.id,
      start: span.start,
      end: span.end,
      paragraph,
      isHeadline: span.start < document.titleSpan[1] && span.end > document.titleSpan[0],
      quantities: quantitiesOf(reading),
      dates: dates[i] ?? [],
      timed: timed[i] ?? [],
      references: references[i] ?? [],
      ...(before !== undefined && before.paragraph === paragraph ? { previous: before } : {}),
    };
    sentences.push(sentence);
    sentenceReadings.set(sentence, reading);
    if (document.lang !== 'ja') sentenceGlosses.set(sentence, found);
  });
  const keys = new Set(sentences.flatMap((sentence) => sentence.keys));
  const roles = new Map<string, Set<string>>();
  for (const sentence of sentences)
    for (const { person, role } of sentence.roles) {
      const set = roles.get(person) ?? new Set<string>();
      set.add(role);
      roles.set(person, set);
    }
  const compounds = new Set(sentences.flatMap((sentence) => nounCompounds(sentence.tokens)));
  return { document, sentences, norm: normalizeForMatch(document.text), keys, roles, compounds };
}

// The quantities of a sentence's text (findQuantities), found once per reading: a source sentence's
// are its own, and an article's unit that repeats one word for word shares its reading (readingOf).
const readingQuantities = new WeakMap<SentenceReading, Quantity[]>();

/** The quantities of a reading's text (findQuantities(reading.text)), found once per reading. */
export function quantitiesOf(reading: SentenceReading): Quantity[] {
  let quantities = readingQuantities.get(reading);
  if (quantities === undefined) {
    quantities = findQuantities(reading.text);
    readingQuantities.set(reading, quantities);
  }
  return quantities;
}

// Readings of a source sentence's text that do not depend on the claim or candidate asking, made
// once per sentence (so once per build): an English sentence's glosses when understandDocument
// reads it (its keys and predicates start from them), the rest the first time a consumer asks.
// The verifier's checks and the offline engine made them again for every claim or candidate that
// read the sentence (check-attribution reads every sentence of an English page for each claim's
// speaker; check-quantities the noun after each English figure for each claim).
const sentenceGlosses = new WeakMap<SourceSentence, ReadonlyArray<GlossMatch & { past?: boolean }>>();
const sentenceSpeakers = new WeakMap<SourceSentence, EnglishSpeaker | null>();
const sentenceCounted = new WeakMap<SourceSentence, Map<number, NounGloss | undefined>>();

// A source sentence's text in NFKC: the verifier's checks compare a claim's words with it for each
// claim aligned with the sentence (names, polarity, predicates), so it is made once per sentence.
const sentenceNfkc = new WeakMap<SourceSentence, string>();

/** A source sentence's text in NFKC (sentence.text.normalize('NFKC')), made once per sentence. */
export function nfkcTextOf(sentence: SourceSentence): string {
  let text = sentenceNfkc.get(sentence);
  if (text === undefined) {
    text = sentence.text.normalize('NFKC');
    sentenceNfkc.set(sentence, text);
  }
  return text;
}

// The key of each of a source sentence's tokens (keyOf, the token's own word whether or not it is a
// content word), in token order: the verifier's opposite checks compare a claim's word with every
// token of every sentence in scope for each claim, so the keys are made once per sentence.
const sentenceTokenKeys = new WeakMap<SourceSentence, readonly string[]>();

/** keyOf of each of a source sentence's tokens, index for index, made once per sentence. */
export function tokenKeysOf(sentence: SourceSentence): readonly string[] {
  let keys = sentenceTokenKeys.get(sentence);
  if (keys === undefined) {
    keys = sentence.tokens.map(keyOf);
    sentenceTokenKeys.set(sentence, keys);
  }
  return keys;
}

// The wording a source sentence's correction note retracts (「東区」 of 区名を「東区」と書きましたが…)
// depends on the sentence alone: the verifier's name check asks for it for every claim whose scope
// holds the sentence, so it is found once per sentence.
const retractedWordingMemo = new WeakMap<SourceSentence, string | null>();

/** The wording a source sentence retracts, in brackets before the verb that wrote it; null: none, or one with a figure. */
export function retractedWordingOf(sentence: SourceSentence): string | null {
  let wording = retractedWordingMemo.get(sentence);
  if (wording === undefined) {
    const text = nfkcTextOf(sentence);
    const until = retractedEnd(text);
    const found = until === undefined ? undefined : /「([^「」]{2,20})」$/u.exec(text.slice(0, until))?.[1];
    wording = found !== undefined && !/[\p{Nd}〇一二三四五六七八九十百千万億]/u.test(found) ? found : null;
    retractedWordingMemo.set(sentence, wording);
  }
  return wording;
}

/** The vocabulary's words in a source sentence (english-gloss.ts findGlosses of its text), found once. */
export function glossesOf(sentence: SourceSentence): ReadonlyArray<GlossMatch & { past?: boolean }> {
  let glosses = sentenceGlosses.get(sentence);
  if (glosses === undefined) {
    glosses = findGlosses(sentence.text);
    sentenceGlosses.set(sentence, glosses);
  }
  return glosses;
}

/** Who an English sentence gives its words to: the phrase and the vocabulary's words in it. */
export interface EnglishSpeaker {
  /** The speaker phrase (english-speaker.ts englishSpeakerOf): Town officials, Emi Kurata. */
  phrase: string;
  /** findGlosses of the phrase (with its title in apposition when it opens the sentence). */
  glosses: ReadonlyArray<GlossMatch & { past?: boolean }>;
}

/**
 * The speaker phrase of a source sentence's attribution and its glosses, read once per sentence;
 * undefined where the sentence names none (englishSpeakerOf).
 */
export function englishSpeakerIn(sentence: SourceSentence): EnglishSpeaker | undefined {
  let speaker = sentenceSpeakers.get(sentence);
  if (speaker === undefined) {
    const phrase = englishSpeakerOf(sentence.text);
    // A subject opening the sentence with its title in apposition (Aya Ono, head of the parks
    // section, said …): the title's words are glossed with the name, as a phrase written "its
    // president, Ken Sato" is — the claim may name the speaker by either.
    const words =
      phrase !== undefined && sentence.text.trim().startsWith(phrase)
        ? (englishSpeakerDescription(sentence.text) ?? phrase)
        : phrase;
    speaker = phrase === undefined ? null : { phrase, glosses: findGlosses(words ?? phrase) };
    sentenceSpeakers.set(sentence, speaker);
  }
  return speaker ?? undefined;
}

/**
 * The vocabulary noun a figure of a source sentence counts (english-gloss.ts countedNounAfter of
 * its text from the figure's end `from`), read once per sentence and figure.
 */
export function countedNounIn(sentence: SourceSentence, from: number): NounGloss | undefined {
  let counted = sentenceCounted.get(sentence);
  if (counted === undefined) {
    counted = new Map();
    sentenceCounted.set(sentence, counted);
  }
  if (!counted.has(from)) counted.set(from, countedNounAfter(sentence.text, from));
  return counted.get(from);
}

const documentTokensOf = new WeakMap<readonly SourceSentence[], Token[]>();

/**
 * The document's tokens, offsets into its stored text: its sentences' tokens, read once by
 * understandDocument, put end to end. What needs the whole text's words (keyphrases) takes these
 * instead of tokenising the text a second time.
 */
export function documentTokens(read: DocumentUnderstanding): Token[] {
  let tokens = documentTokensOf.get(read.sentences);
  if (tokens === undefined) {
    tokens = read.sentences.flatMap((sentence) =>
      sentence.tokens.map((token) => ({
        ...token,
        start: token.start + sentence.start,
        end: token.end + sentence.start,
      })),
    );
    documentTokensOf.set(read.sentences, tokens);
  }
  return tokens;
}

/** Runs of adjacent nouns (and prefixes), NFKC: 県 病院 局長 → 県病院局長. */
export function nounCompounds(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let run = '';
  let end = -1;
  for (const token of tokens) {
    const isNoun =
      (token.pos === '名詞' && token.posDetail !== '数' && token.posDetail !== '非自立') ||
      token.pos === '接頭詞';
    if (isNoun && (run === '' || token.start === end)) run += token.surface;
    else {
      if ([...run].length >= 2) out.push(normalizeForMatch(run));
      run = isNoun ? token.surface : '';
    }
    end = token.end;
  }
  if ([...run].length >= 2) out.push(normalizeForMatch(run));
  return out;
}

// The document's compounds by their first code point, filed once per understanding: a 略称 and
// what it stands for start alike (isAbbreviationOf), so only those are asked about a word.
const compoundsByFirst = new WeakMap<DocumentUnderstanding, Map<number | undefined, string[]>>();

/** The compounds of the document that start with the same code point as `word`. */
export function compoundsStartingLike(understanding: DocumentUnderstanding, word: string): readonly string[] {
  let byFirst = compoundsByFirst.get(understanding);
  if (byFirst === undefined) {
    byFirst = new Map();
    for (const compound of understanding.compounds) {
      const first = compound.codePointAt(0);
      const list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, [compound]);
      else list.push(compound);
    }
    compoundsByFirst.set(understanding, byFirst);
  }
  return byFirst.get(word.codePointAt(0)) ?? [];
}

// The short names each document defines (coreference.ts definedAliases: two passes over its whole
// text), found once per understanding: the verifier asks for every claim and body it compares.
const aliasesOf = new WeakMap<DocumentUnderstanding, ReadonlyArray<{ long: string; short: string }>>();

/** The short names the document defines for a body (definedAliases of its text), found once per understanding. */
export function documentAliases(
  understanding: DocumentUnderstanding,
): ReadonlyArray<{ long: string; short: string }> {
  let aliases = aliasesOf.get(understanding);
  if (aliases === undefined) {
    aliases = definedAliases(understanding.document.text);
    aliasesOf.set(understanding, aliases);
  }
  return aliases;
}

/** Maps an offset of the stored text to its paragraph number (blank lines separate paragraphs). */
function paragraphIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (const match of text.matchAll(/\n\s*\n/gu)) starts.push(match.index + match[0].length);
  return (offset) => {
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] as number) <= offset) index++;
    return index;
  };
}

/**
 * Understanding of a build's sources, each document read once and shared by every consumer
 * (engines, verifier, conflict finder). Cached by content hash, so the same page listed again
 * (under another id) is not read twice.
 */
export interface Understanding {
  of(document: Document): DocumentUnderstanding;
  readonly tokenizer: Tokenizer;
  /** Synonyms for aligning paraphrases (loaded on first use). */
  readonly synonyms: Synonyms;
}

// The synonym dictionary is as heavy as the tokenizer's (~0.3 s): loaded once per tokenizer, i.e.
// once per process, not once per verification.
const synonymsOf = new WeakMap<Tokenizer, Synonyms>();

export function createUnderstanding(
  tokenizer: Tokenizer,
  options: { synonyms?: Synonyms } = {},
): Understanding {
  const cache = new Map<string, DocumentUnderstanding>();
  const understanding: Understanding = {
    tokenizer,
    get synonyms() {
      if (options.synonyms !== undefined) return options.synonyms;
      let synonyms = synonymsOf.get(tokenizer);
      if (synonyms === undefined) {
        synonyms = createSynonyms();
        synonymsOf.set(tokenizer, synonyms);
      }
      return synonyms;
    },
    of(document) {
      const key = `${document.id}\u0000${document.contentHash}`;
      let found = cache.get(key);
      if (found !== undefined && found.document.text !== document.text) found = undefined;
      if (found === undefined) {
        // The same page under another id is read once (the text compared too: a hash is only a claim).
        const shared = [...cache.values()].find(
          (entry) =>
            entry.document.contentHash === document.contentHash && entry.document.text === document.text,
        );
        found =
          shared === undefined
            ? // Through the pieces memo: a clause that recurs in the sources (また、 ただ、 a repeated
              // figure) is tokenised once per build.
              understandDocument(
                document,
                { kind: tokenizer.kind, tokenize: (text) => tokenizeByPieces(understanding, text) },
                textReadings.get(understanding),
              )
            : {
                ...shared,
                document,
                sentences: relabel(shared.sentences, document.id),
              };
        cache.set(key, found);
        // An article quoting a source sentence word for word asks for its tokens again (tokensOf).
        const known = sentenceTokens.get(understanding) ?? new Map<string, Token[]>();
        sentenceTokens.set(understanding, known);
        const read = textReadings.get(understanding) ?? new Map<string, SentenceReading>();
        textReadings.set(understanding, read);
        for (const sentence of found.sentences)
          if (!known.has(sentence.text)) {
            known.set(sentence.text, sentence.tokens);
            keepPieces(understanding, sentence.text, sentence.tokens);
            const reading = sentenceReadings.get(sentence);
            if (reading !== undefined) read.set(sentence.text, reading);
          }
      }
      return found;
    },
  };
  return understanding;
}

// The tokens of each source sentence an understanding has read, by text: the same text is not
// tokenised again when an article's unit or voice line repeats it.
const sentenceTokens = new WeakMap<Understanding, Map<string, Token[]>>();

// The reading (readSentence) each source sentence was made from, and by text per understanding:
// an article's unit that repeats a source sentence word for word (a third of a build's units) is
// not read again. readSentence depends on the text and its tokens only, and tokensOf gives such a
// unit that sentence's tokens.
const sentenceReadings = new WeakMap<SourceSentence, SentenceReading>();
const textReadings = new WeakMap<Understanding, Map<string, SentenceReading>>();

/** The reading of a text, read once per understanding: a source sentence's own where the text is one. */
export function readingOf(understanding: Understanding, text: string): SentenceReading {
  let read = textReadings.get(understanding);
  if (read === undefined) {
    read = new Map();
    textReadings.set(understanding, read);
  }
  let reading = read.get(text);
  if (reading === undefined) {
    reading = readSentence(text, understanding.tokenizer, tokensOf(understanding, text));
    read.set(text, reading);
  }
  return reading;
}

const textTokens = new WeakMap<Understanding, Map<string, Token[]>>();
// Texts kept per understanding (a build's article units and voice lines are far fewer).
const TEXT_TOKENS_KEPT = 20_000;

// Texts that are part of matome itself, the same in every build (the offline engine's voice
// lines): tokenised once per tokenizer, i.e. once per process like the dictionary, not once per
// build: all of them when the first is asked for. A tokenizer gives the same tokens for the same text, so the tokens are those of
// tokenising them again.
const fixedTexts = new Set<string>();
const fixedTokens = new WeakMap<Tokenizer, Map<string, Token[]>>();

/** Declares program texts (not input) whose tokens tokensOf may keep for the process. */
export function declareFixedTexts(texts: Iterable<string>): void {
  for (const text of texts) fixedTexts.add(text);
}

/** Whether `text` is a declared program text: one made from it by a fixed rule is one too. */
export function isFixedText(text: string): boolean {
  return fixedTexts.has(text);
}

/**
 * The tokens of a short text that is not a source sentence (an article's unit, a voice line, a
 * headline being written), tokenised once per understanding and shared by the engine and the
 * verifier: a unit is checked in every repair round and again by the final verification. A fixed
 * text (declareFixedTexts) is tokenised once per tokenizer.
 */
export function tokensOf(understanding: Understanding, text: string): Token[] {
  let known = textTokens.get(understanding);
  if (known === undefined) {
    known = new Map();
    textTokens.set(understanding, known);
  }
  let tokens = known.get(text) ?? sentenceTokens.get(understanding)?.get(text);
  if (tokens === undefined && fixedTexts.has(text)) {
    let fixed = fixedTokens.get(understanding.tokenizer);
    if (fixed === undefined) {
      fixed = new Map();
      fixedTokens.set(understanding.tokenizer, fixed);
    }
    // All of them at the first one asked for (a few hundred characters), so that no later build
    // tokenises one.
    if (!fixed.has(text))
      for (const each of fixedTexts)
        if (!fixed.has(each)) fixed.set(each, understanding.tokenizer.tokenize(each));
    tokens = fixed.get(text);
  }
  if (tokens === undefined) {
    tokens = tokenizeByPieces(understanding, text);
    if (known.size >= TEXT_TOKENS_KEPT) known.clear();
    known.set(text, tokens);
  }
  return tokens;
}

// The pieces (independentPieces: up to and including a 、 or 。) of the texts an understanding has
// tokenised, by text: where an article's unit, voice line or headline repeats a clause of a source
// sentence, or of another unit, word for word, that clause's tokens are taken instead of tokenising
// it again. A piece points into the tokens it came from; its own are cut out when first asked for.
interface KnownPiece {
  tokens: readonly Token[];
  start: number;
  end: number;
  own?: Token[];
}
const pieceTokens = new WeakMap<Understanding, Map<string, KnownPiece>>();

function piecesOf(understanding: Understanding): Map<string, KnownPiece> {
  let pieces = pieceTokens.get(understanding);
  if (pieces === undefined) {
    pieces = new Map();
    pieceTokens.set(understanding, pieces);
  }
  return pieces;
}

function keepPieces(understanding: Understanding, text: string, tokens: readonly Token[]): void {
  const spans = independentPieces(understanding.tokenizer.kind, text);
  if (spans === undefined) return;
  const pieces = piecesOf(understanding);
  if (pieces.size >= TEXT_TOKENS_KEPT) pieces.clear();
  for (const [start, end] of spans) {
    const piece = text.slice(start, end);
    if (!pieces.has(piece)) pieces.set(piece, { tokens, start, end });
  }
}

function ownTokens(piece: KnownPiece): Token[] {
  piece.own ??= piece.tokens
    .filter((token) => token.start >= piece.start && token.start < piece.end)
    .map((token) => ({ ...token, start: token.start - piece.start, end: token.end - piece.start }));
  return piece.own;
}

/**
 * The tokens of `text`, its known pieces taken as they are and only the others tokenised (a text
 * none of whose pieces is known goes to the tokenizer whole, and its pieces are kept).
 */
function tokenizeByPieces(understanding: Understanding, text: string): Token[] {
  const spans = independentPieces(understanding.tokenizer.kind, text);
  if (spans === undefined) return understanding.tokenizer.tokenize(text);
  const pieces = piecesOf(understanding);
  if (!spans.some(([start, end]) => pieces.has(text.slice(start, end)))) {
    const whole = understanding.tokenizer.tokenize(text);
    keepPieces(understanding, text, whole);
    return whole;
  }
  const tokens: Token[] = [];
  for (const [start, end] of spans) {
    const piece = text.slice(start, end);
    let known = pieces.get(piece);
    if (known === undefined) {
      known = { tokens: understanding.tokenizer.tokenize(piece), start: 0, end: piece.length };
      pieces.set(piece, known);
    }
    for (const token of ownTokens(known))
      tokens.push({ ...token, start: token.start + start, end: token.end + start });
  }
  return tokens;
}

/** A tokenizer that answers from tokensOf: what a consumer of the understanding tokenises is tokenised once. */
export function sharedTokenizer(understanding: Understanding): Tokenizer {
  return { kind: understanding.tokenizer.kind, tokenize: (text) => tokensOf(understanding, text) };
}

function relabel(sentences: readonly SourceSentence[], sourceId: string): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const sentence of sentences) {
    const before = out.at(-1);
    const { previous: _previous, ...rest } = sentence;
    out.push({
      ...rest,
      sourceId,
      ...(sentence.previous !== undefined && before !== undefined ? { previous: before } : {}),
    });
  }
  return out;
}
