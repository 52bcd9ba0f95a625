import {
  isContentToken,
  keyOf,
  type Predicate,
  type SentenceReading,
} from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';

// What a predicate acts on: the noun phrase marked with を right before it (補助金を増やす: 補助金).

/**
 * The content keys of the object a predicate takes: the run of nouns ending right before the
 * を that stands right before the predicate (現在のダイヤを維持できない → ダイヤ). Undefined when the
 * predicate has no such object (増えた, 路線維持のための).
 */
export function objectOf(reading: SentenceReading, predicate: Predicate): string[] | undefined {
  const tokens = reading.tokens;
  const at = tokens.findIndex((token) => token.start === predicate.start);
  if (at < 1) return undefined;
  // The を-phrase may stand a few adverbial words before its verb (4路線を10月1日に廃止し), not
  // across another predicate.
  let particle = -1;
  for (let i = at - 1; i >= Math.max(0, at - 8); i--) {
    const token = tokens[i];
    if (token === undefined || /^(?:動詞|助動詞|形容詞)$/u.test(token.pos) || token.surface === '。') break;
    if (token.surface === 'を' && token.pos === '助詞') {
      particle = i;
      break;
    }
  }
  if (particle < 1) return undefined;
  const run = [];
  for (let i = particle - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token === undefined || token.pos !== '名詞') break;
    run.unshift(token);
  }
  const keys = run.filter(isContentToken).map(keyOf);
  return keys.length === 0 ? undefined : keys;
}

/**
 * The key of the noun a predicate is said of: the last content noun before the nearest case or
 * topic particle (を, が, は, も, に, で, and their stacks: には, では, とは) in the few words before
 * the predicate, not across another predicate (増便は考えていない → 増便, 点検を受けていなかった →
 * 点検, 手順を、今週から始めた → 手順). Undefined when no such noun stands there.
 */
export function argumentOf(reading: SentenceReading, predicate: Predicate): string | undefined {
  return caseArgumentOf(reading, predicate)?.noun;
}

/**
 * argumentOf with the case particle that marks it (確保には → 確保, に): the particle right after the
 * noun, and the noun's token. `partitive` reads a part of a whole (出発便の一部が, 客の多くは) as the
 * whole, the noun before の.
 */
export function caseArgumentOf(
  reading: SentenceReading,
  predicate: Predicate,
  partitive = false,
): { noun: string; particle: string; index: number } | undefined {
  const tokens = reading.tokens;
  const at = tokens.findIndex((token) => token.start === predicate.start);
  if (at < 1) return undefined;
  let particle = -1;
  for (let i = at - 1; i >= Math.max(0, at - 8); i--) {
    const token = tokens[i];
    if (token === undefined || /^(?:動詞|助動詞|形容詞)$/u.test(token.pos) || token.surface === '。') break;
    if (token.pos === '助詞' && /^(?:を|が|は|も|に|で)$/u.test(token.surface)) {
      particle = i;
      while (tokens[particle - 1]?.pos === '助詞') particle--;
      break;
    }
  }
  if (particle < 1) return undefined;
  const part = tokens[particle - 1];
  const whole =
    partitive && part?.posDetail === '副詞可能' && tokens[particle - 2]?.surface === 'の' ? particle - 3 : -1;
  const index = whole >= 0 ? whole : particle - 1;
  const noun = tokens[index];
  // A noun used as an adverb or an adjective (新たには設けない, 今は) is no argument.
  if (
    noun === undefined ||
    noun.pos !== '名詞' ||
    // The whole of a part may be a noun with a suffix (出発便の一部: 便).
    !(isContentToken(noun) || (whole >= 0 && noun.posDetail === '接尾')) ||
    /^(?:形容動詞語幹|副詞可能)$/u.test(noun.posDetail)
  )
    return undefined;
  return { noun: keyOf(noun), particle: tokens[particle]?.surface ?? '', index };
}

/**
 * True when an affirmed predicate heads a purpose (路線を維持するための補助金, 守るために): it names an
 * aim and says nothing of whether the act is done, so no source sentence's polarity answers it.
 * A past or negated verb before ため gives a cause (減ったため, 足りないため), which is stated.
 */
export function statesPurpose(reading: SentenceReading, predicate: Predicate): boolean {
  if (predicate.negated) return false;
  const after = /^([\p{Script=Hiragana}]{0,3}?)ため(?:の|に)/u.exec(
    reading.text.slice(predicate.end, predicate.end + 8),
  );
  if (after === null) return false;
  const written = reading.text.slice(predicate.start, predicate.end) + (after[1] ?? '');
  return !/(?:た|だ|ない|ず|ぬ)$/u.test(written);
}

/**
 * True when both predicates name an object with を, the two objects share no word and are no
 * synonyms of each other, and the claim's object is a thing the listed sources name themselves:
 * the source says its predicate of something else (便数を減らす is no answer to 補助金を増やす,
 * where the sources speak of 補助金 elsewhere), so it cannot contradict the claim's. A claim's
 * object the sources never name (料金 for their 運賃) may be the same thing in other words: the
 * predicates are compared as before.
 */
export function actOnOtherObjects(
  claim: SentenceReading,
  mine: Predicate,
  sentence: SentenceReading,
  theirs: Predicate,
  alignment: Pick<Alignment, 'local' | 'synonyms'>,
): boolean {
  const a = objectOf(claim, mine);
  const b = objectOf(sentence, theirs);
  if (a === undefined || b === undefined) return false;
  if (a.some((key) => b.some((other) => namesSameThing(key, other, alignment)))) return false;
  return a.some((key) => alignment.local.some((understanding) => understanding.keys.has(key)));
}

/**
 * Two nouns for one thing: the same word, one inside the other (祭り, 夏祭り) where the shorter has at
 * least `minInside` characters, or a synonym of the first.
 */
export function namesSameThing(
  a: string,
  b: string,
  alignment: Pick<Alignment, 'synonyms'>,
  minInside = 0,
): boolean {
  const within = (short: string, long: string) => [...short].length >= minInside && long.includes(short);
  return a === b || within(a, b) || within(b, a) || (alignment.synonyms.get(a)?.includes(b) ?? false);
}
