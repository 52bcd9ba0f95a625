import { type Finding, pathFinding } from '../../domain/report.ts';
import type { Token } from '../../text/tokenizer.ts';
import { englishStems, saysInEnglish } from '../../understand/english-dictionary.ts';
import { type Clause, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import type { Alignment } from './alignment.ts';

// The direction of a comparison (closed grammar of Japanese comparison): a standard marked with より
// (YよりADJ: 旧館より多い, 先代よりひと回り大きな船) or taken by a verb of exceeding or falling short
// (Yを上回る, Yを超える, Yの80席を下回る, Yに満たない, Yに及ばない). One side says the thing is more than
// the standard, the other less: the claim turns the source round as surely as a negation does.

type Direction = 'more' | 'less';

// The degree words of a comparison, each with its direction and dimension. A verb of exceeding or
// falling short names no dimension (neutral): it answers a degree adjective of any dimension, while two
// adjectives are compared only on one dimension (大きい against 小さい, not against 少ない: a smaller
// vehicle may carry more).
const DEGREES: ReadonlyArray<{ form: RegExp; direction: Direction; dimension: string }> = [
  { form: /^大き/u, direction: 'more', dimension: 'size' },
  { form: /^小さ/u, direction: 'less', dimension: 'size' },
  { form: /^多/u, direction: 'more', dimension: 'count' },
  { form: /^少な/u, direction: 'less', dimension: 'count' },
  { form: /^高/u, direction: 'more', dimension: 'height' },
  { form: /^低/u, direction: 'less', dimension: 'height' },
  { form: /^長/u, direction: 'more', dimension: 'length' },
  { form: /^短/u, direction: 'less', dimension: 'length' },
  { form: /^広/u, direction: 'more', dimension: 'width' },
  { form: /^狭/u, direction: 'less', dimension: 'width' },
  { form: /^(?:上回|超え|超す|超し|超過)/u, direction: 'more', dimension: 'neutral' },
  { form: /^(?:下回|満たな|及ばな)/u, direction: 'less', dimension: 'neutral' },
];

// After the standard: the marker of comparison (より, を after the standard or its figure — 旧館の80席を —,
// or に before a verb of falling short), then within a few characters of degree or amount (一回り, 2割ほど)
// the degree word, in the marker's own phrase (no 、 or 。 between). A degree word in its adverbial form
// before another (大きく下回る) says how far, not which way, and is passed over; one that is denied
// (多くはない, 上回らなかった) says neither side.
const MARKER = /^[」』]?(?:より(?:も)?|(?:の[^、。をがは]{1,8})?を|に)/u;
const DEGREE_WORD =
  /(大き|小さ|多|少な|高|低|長|短|広|狭|上回|超え|超す|超し|超過|下回|満たな|及ばな)(\p{Script=Hiragana}{0,4})/gu;
const DENIED = /^(?:く(?:は|も)?な|ら(?:な|ず)|え(?:な|ず)|さ(?:な|ず)|ではな|じゃな|ない|なか|ず)/u;

interface Comparison {
  /** The standard as written (旧館, 先代). */
  standard: string;
  direction: Direction;
  dimension: string;
  /** The degree word as written. */
  written: string;
  /** The claim's: the noun of what is compared (新館は, 座席は), where the clause names it. */
  topic?: string | undefined;
}

function degreeOf(word: string): { direction: Direction; dimension: string } | undefined {
  return DEGREES.find((degree) => degree.form.test(word));
}

// A share or a multiple of the standard as what a thing came to (例年の4分の1に減った, 前年の3倍に増えた,
// 予定の半分にとどまった): its direction is the share's own — a part of the standard is less than it, a
// multiple more — whatever the verb after it, so it names no dimension.
const PROPORTION =
  /^[」』]?の(?:約|およそ)?(?:([0-9０-９一二三四五六七八九十]+分の[0-9０-９一二三四五六七八九十]+|半分|半数|[0-9０-９一二三四五六七八九](?:割|%|％))|([2-9２-９]|[0-9０-９]{2,}|[二三四五六七八九十])(?:[.．][0-9０-９]+)?倍)(?:ほど|程度|近く|余り|あまり|強|弱)?(?:に|まで)/u;

/** The comparison said right after `at` in `text` (the marker, the degree word), unless denied. */
function comparedAfter(text: string, at: number): Omit<Comparison, 'standard'> | undefined {
  const share = PROPORTION.exec(text.slice(at));
  if (share !== null) {
    const rest = text.slice(at + share[0].length);
    if (/^[^、。]{0,8}?(?:ない|なかっ|ず)/u.test(rest)) return undefined;
    return {
      direction: share[2] === undefined ? 'less' : 'more',
      dimension: 'neutral',
      written: share[0].replace(/^[」』]?の/u, ''),
    };
  }
  const marker = MARKER.exec(text.slice(at))?.[0];
  if (marker === undefined) return undefined;
  const from = at + marker.length;
  const window = (text.slice(from, from + 10).match(/^[^、。]*/u) as RegExpMatchArray)[0];
  for (const match of window.matchAll(DEGREE_WORD)) {
    const word = match[1] as string;
    const tail = match[2] ?? '';
    if ((match.index ?? 0) > 6) return undefined;
    if (/^く(?!の)/u.test(tail) && (match.index ?? 0) + match[0].length < window.length) continue;
    const degree = degreeOf(word);
    if (degree === undefined) return undefined;
    // Only より takes a degree adjective; を and に take a verb of exceeding or falling short, and に
    // only one of falling short (県内に多い says where, not than what).
    if (!/^[」』]?より/u.test(marker) && degree.dimension !== 'neutral') return undefined;
    if (/^[」』]?に$/u.test(marker) && !/^(?:満たな|及ばな)/u.test(word)) return undefined;
    if (DENIED.test(tail) || DENIED.test(text.slice(from + (match.index ?? 0) + match[0].length)))
      return undefined;
    return { direction: degree.direction, dimension: degree.dimension, written: word + tail };
  }
  return undefined;
}

/**
 * The claim's comparisons, each with its standard: the run of nouns right before より, を or に (a
 * name the tokenizer splits — ほしく/さ/号 — keeps its noun tail, which is enough to find it again).
 */
function claimComparisons(tokens: readonly Token[], text: string, clause: Clause): Comparison[] {
  const out: Comparison[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const marker = tokens[i] as Token;
    if (marker.start < clause.start || marker.end > clause.end) continue;
    if (!['より', 'を', 'に', 'の'].includes(marker.surface) || !marker.pos.startsWith('助詞')) continue;
    let j = i - 1;
    while (j >= 0 && tokens[j]?.pos === '名詞' && (tokens[j]?.start ?? 0) >= clause.start) j--;
    if (j === i - 1) continue;
    const standard = text.slice((tokens[j + 1] as Token).start, marker.start);
    // A figure or a time is no standard of the thing compared (5月より, 80席を).
    if (/^[0-9０-９]/u.test(standard) || [...standard].length < 2) continue;
    const compared = comparedAfter(text, marker.start);
    if (compared === undefined) continue;
    // What is compared: the noun before the clause's last は or が ahead of the standard.
    let k = j;
    while (
      k > 0 &&
      (tokens[k] as Token).start >= clause.start &&
      !['は', 'が'].includes((tokens[k] as Token).surface)
    )
      k--;
    const topic =
      ['は', 'が'].includes(tokens[k]?.surface ?? '') && tokens[k - 1]?.pos === '名詞'
        ? tokens[k - 1]?.surface
        : undefined;
    out.push({ standard, topic, ...compared });
  }
  return out;
}

/** Every comparison a source sentence makes against `standard`. */
function sourceComparisons(text: string, standard: string): Comparison[] {
  const out: Comparison[] = [];
  for (let at = text.indexOf(standard); at >= 0; at = text.indexOf(standard, at + 1)) {
    const compared = comparedAfter(text, at + standard.length);
    if (compared !== undefined) out.push({ standard, ...compared });
  }
  return out;
}

// English comparison (closed grammar): a preposition or verb of being past or short of a standard
// (dropped below the threshold, exceeded the mean, fewer than a year earlier) before the words that
// say it; a denial just before it (did not exceed, never fell below) says neither side.
const ENGLISH_COMPARED =
  /\b(?:(below|less than|fewer than|lower than|smaller than|short of)|(above|exceed(?:s|ed|ing)?|more than|greater than|higher than|larger than|bigger than|surpass(?:es|ed|ing)?))\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/giu;
const ENGLISH_DENIED = /\b(?:not|n't|never|no longer|neither|nor)\s+(?:\w+\s+){0,2}$/iu;
// A comparison in a clause of condition or time to come (until readings sink below the threshold,
// if it exceeds the mean) asserts nothing of what is.
const ENGLISH_UNASSERTED = /\b(?:until|till|if|unless|once|whether|when|before)\b[^,;:.]*$/iu;

/** Every comparison an English sentence makes against the claim's standard (its dictionary glosses). */
function englishComparisons(text: string, standard: string): Comparison[] {
  const out: Comparison[] = [];
  for (const match of text.matchAll(ENGLISH_COMPARED)) {
    if (ENGLISH_DENIED.test(text.slice(Math.max(0, (match.index ?? 0) - 40), match.index))) continue;
    if (ENGLISH_UNASSERTED.test(text.slice(0, match.index))) continue;
    if (!saysInEnglish(standard, englishStems(match[3] ?? ''))) continue;
    out.push({
      standard,
      direction: match[1] === undefined ? 'more' : 'less',
      dimension: 'neutral',
      written: match[0],
    });
  }
  return out;
}

const opposed = (one: Comparison, other: Comparison) =>
  one.direction !== other.direction &&
  (one.dimension === other.dimension || one.dimension === 'neutral' || other.dimension === 'neutral');

/**
 * A claim clause that compares a thing with a standard one way (旧館より多い) where a source sentence
 * that shares another of the clause's words compares it with the same standard the other way
 * (旧館の80席を下回る), and no source sentence compares anything with that standard the claim's way
 * (`support.negation`). The standard said in a comparison frame is what aligns the two: a clause's other
 * words may be few (a name the tokenizer splits) and a headline may share more of them.
 */
export function checkComparisonDirection(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  const out: Finding[] = [];
  for (const clause of claim.clauses)
    for (const comparison of claimComparisons(claim.tokens, outside, clause)) {
      const keys = clause.keys.filter((key) => degreeOf(key) === undefined);
      const said = alignment.sentences.flatMap((sentence) =>
        sourceComparisons(sentence.text, comparison.standard).map((other) => ({ sentence, other })),
      );
      // A page in another language compares in its own words: its sentences are read for English
      // comparison, and another of the claim clause's words must be said there too (by the dictionary).
      const foreign: Array<{ sentence: SourceSentence; other: Comparison }> = alignment.crossLanguage
        ? alignment.scope
            .filter((understanding) => !alignment.local.includes(understanding))
            .flatMap((understanding) =>
              understanding.sentences.flatMap((sentence) =>
                englishComparisons(sentence.text, comparison.standard)
                  .filter(() => {
                    const stems = englishStems(sentence.text);
                    const told = keys.filter(
                      (key) => key !== comparison.standard && saysInEnglish(key, stems),
                    );
                    return told.length >= 1;
                  })
                  .map((other) => ({ sentence, other })),
              ),
            )
        : [];
      said.push(...foreign);
      if (said.some(({ other }) => other.direction === comparison.direction)) continue;
      const against = said.find(
        ({ sentence, other }) =>
          opposed(comparison, other) &&
          (foreign.some((one) => one.sentence === sentence) ||
            keys.some((key) => sentence.keys.includes(key))) &&
          (comparison.topic === undefined ||
            sentence.text.includes(comparison.topic) ||
            foreign.some((one) => one.sentence === sentence)),
      );
      if (against === undefined) continue;
      out.push(
        pathFinding(
          'support.negation',
          'error',
          path,
          `The claim says the thing is ${comparison.direction === 'more' ? 'more' : 'less'} than ${comparison.standard} (「${comparison.written}」) where the source says the opposite (「${against.other.written}」): 「${against.sentence.text}」.`,
          comparison.written,
        ),
      );
    }
  return out;
}
