import type { Token } from '../text/tokenizer.ts';
import { namesBody } from './coreference.ts';
import { modifiesNoun } from './date-head.ts';
import { type SentenceReading, stripQuotes } from './read-sentence.ts';

/** The named agent a sentence binds with は or が: who or what the sentence is about. */
export interface Subject {
  /** The noun compound as written (菱川県立中央病院, 柏木大輔市長). */
  text: string;
  start: number;
  end: number;
  /** The kind of the first name in it. */
  kind: NonNullable<Token['nameKind']>;
}

const isCompoundNoun = (token: Token) =>
  (token.pos === '名詞' && token.posDetail !== '非自立' && token.posDetail !== '数') ||
  token.pos === '接頭詞';

/**
 * The sentence's named subject: the noun compound right before its first topic or subject
 * particle (は, が) outside quotes — past a parenthesis that glosses it (菱川病院（柚原市、…）は) —
 * when the compound holds a name (a person, an organisation or a place) or is a body named by
 * several words (県消費センター). A particle after another particle (10日には, 会見では) binds no
 * subject, and the next one is tried; a subject that is no name (同病院は, 職員が, a bare 県は)
 * gives none, since who it is must be read from the sentences before.
 */
export function subjectOf(reading: SentenceReading): Subject | undefined {
  const topic = topicOf(reading);
  if (topic === undefined) return undefined;
  const named = topic.tokens.find((token) => token.nameKind !== undefined);
  if (named?.nameKind !== undefined)
    return { text: topic.text, start: topic.start, end: topic.end, kind: named.nameKind };
  // A body named by its level and function (県消費センター, 市教育委員会, 県警交通課): a compound of
  // several words ending in a body word names one body, as a proper name does — a bare 県 or
  // 同センター does not.
  if (topic.tokens.length >= 2 && !/^[同両当本]/u.test(topic.text) && namesBody(topic.text))
    return { text: topic.text, start: topic.start, end: topic.end, kind: 'organization' };
  return undefined;
}

/**
 * The noun compound a sentence binds with its first は or が outside quotes (named or not: 船員は,
 * 県消費センターは), with its tokens; undefined when no particle binds one (10日には is no topic).
 * With `from`, the first such particle at or after that offset (the が of XはYがV after its topic).
 */
export function topicOf(
  reading: SentenceReading,
  from = 0,
): { text: string; start: number; end: number; tokens: Token[] } | undefined {
  const tokens = reading.tokens;
  const outside = stripQuotes(reading.text, reading.quotes);
  for (let i = 0; i < tokens.length; i++) {
    const particle = tokens[i] as Token;
    if (particle.start < from) continue;
    if (particle.pos !== '助詞' || (particle.surface !== 'は' && particle.surface !== 'が')) continue;
    if (outside[particle.start] === '＊') continue;
    // が inside a relative clause (北浦病院が担ってきた医療も引き継ぐ) binds the clause's verb, which
    // modifies the noun after it: not the sentence's subject.
    if (particle.surface === 'が') {
      const verb = reading.predicates.find((predicate) => predicate.start >= particle.end);
      if (verb !== undefined && modifiesNoun(reading, verb)) continue;
    }
    // A gloss in parentheses between the name and its particle.
    const j = pastGlossBefore(tokens, i);
    const last = tokens[j];
    if (last === undefined || last.pos === '助詞') continue;
    if (!isCompoundNoun(last)) return undefined;
    const first = compoundStart(tokens, j, isCompoundNoun);
    const parts = tokens.slice(first, j + 1);
    const start = (parts[0] as Token).start;
    const end = last.end;
    return { text: reading.text.slice(start, end), start, end, tokens: parts };
  }
  return undefined;
}

/**
 * The index of the token before token `i`, past a gloss in brackets that ends right before it
 * (楢見港湾局（港湾局）は: the token before the opening bracket).
 */
export function pastGlossBefore(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  if (tokens[j] !== undefined && /^[）)]$/u.test((tokens[j] as Token).surface)) {
    let depth = 0;
    for (; j >= 0; j--) {
      const surface = (tokens[j] as Token).surface;
      if (/^[）)]$/u.test(surface)) depth++;
      else if (/^[（(]$/u.test(surface) && --depth === 0) break;
    }
    j--;
  }
  return j;
}

/** The first token of the compound that ends at token `j`: the tokens before it that `isPart` takes, with no gap. */
export function compoundStart(
  tokens: readonly Token[],
  j: number,
  isPart: (token: Token) => boolean,
): number {
  let first = j;
  while (first > 0) {
    const before = tokens[first - 1] as Token;
    if (!isPart(before) || before.end !== (tokens[first] as Token).start) break;
    first--;
  }
  return first;
}
