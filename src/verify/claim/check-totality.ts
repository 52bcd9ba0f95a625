import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { type Clause, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, overlapScorer } from './alignment.ts';
import { sameValue } from './elements.ts';

// Totality and exclusivity (全額, すべて, 全員, 単独, 唯一, だけ/のみ) and rank (最も, 過去最多, 3番目,
// 初めて, 10年ぶり) change what a clause asserts.

// Words that make a clause about all of something or only one thing, by meaning: any word of a
// group backs any other (すべて for 全て, のみ for だけ; a source's いずれも, of those it names, for 全員). だけ/のみ in できるだけ, それだけ, だけでなく
// and のみならず say no such thing.
const TOTALITY: ReadonlyArray<[string, RegExp, RegExp?]> = [
  ['全額', /全額/u],
  // A source's いずれも (each of those it names) says all as well, and so does the Sino-Japanese
  // prefix 全 on a noun (全額, 全戸, 全域, 全世帯: all of the amount, the households, the area) — but
  // 全国, which names where (全国の約140施設: facilities across the country), not how many.
  // The prefix stands before a counted noun's number as well (全14か所, 全３棟: all 14 of them).
  ['全て', /全て|すべて|全部|全面的|全面/u, /全て|すべて|全部|いずれも|全(?!国)(?=[\p{Script=Han}0-9])/u],
  ['全員', /全員|全員が|皆が/u, /全員|皆が|いずれも/u],
  ['単独', /単独/u],
  ['唯一', /唯一|ただ一つ|ただ1つ/u],
  ['一切', /一切/u],
  ['だけ', /(?<!でき(?:る)?|それ|これ|あれ|どれ)(?:だけ|のみ)(?!で(?:は)?なく|ならず)/u],
];

// A source says "only" with the other restrictive forms of the language too (限定の表現): しか with a
// negative in its sentence (2軒しかない, 30分しかしていない), にとどまる, に過ぎない, に限る/限られる/
// 限って (not に限らず). しかし is the conjunction "but" only where it opens a sentence or a clause.
const ONLY_SAID =
  /(?:(?<!^|[。、，,\s「『（(])しか|しか(?!し))[^。\n]*?(?:ない|なかっ|なく|ず|ません)|に(?:とどま|止ま|留ま)|に(?:過|す)ぎ(?:ない|なかっ|ず|ません)|に限(?:る|られ|り|っ)/u;

/** The pattern a source sentence must match to back the word: for だけ/のみ, any restrictive form. */
function saidPattern(word: string, pattern: RegExp): RegExp {
  return word === 'だけ' ? new RegExp(`${pattern.source}|${ONLY_SAID.source}`, 'u') : pattern;
}

// Words that rank the clause's fact among others or mark it as a record, by meaning (closed
// grammar of Japanese comparison): the most of all (最も, 一番, 過去最多, 史上最高); a place counted in
// a ranking (3番目, 2位); the first time, or the first in a span (初めて, 県内初の, 10年ぶり, 以来初).
// 最初の and 当初の (the first of a series, the original plan), 最高気温 and 最大20分 (a term, a bound)
// rank nothing in a claim; 初めてではない denies the rank and is a negation's matter. A source may say
// the most with any compound of 最 (最寄りの for 一番近い), the first with any 初 (a headline's 暑さ
// 理由は初) but 最初 and 当初, and 初日, 初旬, 初期, 年初, 月初 (a day or a part of a span: no rank).
const RANK: ReadonlyArray<[string, RegExp, RegExp?]> = [
  [
    '最も',
    /最も|一番(?!目)|いちばん|(?:過去|史上)最\p{Script=Han}/u,
    /最[も\p{Script=Han}]|一番(?!目)|いちばん/u,
  ],
  ['番目', /[0-9０-９一二三四五六七八九十]+(?:番目|位(?!置))/u],
  [
    '初めて',
    /(?<![最当年月期])初(?:めて(?!では|でな|じゃ)|の|[、。\s]|$)|ぶり/u,
    /(?<![最当年月期])初(?![日旬期])|ぶり/u,
  ],
];

// A record (過去最多, 史上最高) is a rank no page says by another superlative far from the fact: a
// quote's 一番の近道 or a 最新の設備 ranks something else. Page-wide, the record is backed only by
// the same superlative compound (最多 for 過去最多) or another record phrase (過去最高, 史上最大).
const RECORD = /(?:過去|史上)最(\p{Script=Han})/u;

/** The page-wide backing of a rank word as the claim writes it: for a record, its own compound. */
function pageBacking(written: string, backing: RegExp): RegExp {
  const record = RECORD.exec(written);
  return record === null ? backing : new RegExp(`最${record[1]}|(?:過去|史上)最`, 'u');
}

/**
 * A claim clause that says all (全額, すべて, 全員) or only (単独, 唯一, だけ, のみ) must find that
 * word, or one of the same meaning, in the source sentences it aligns with: 「国が全額負担する」 over
 * 「国と県、市などが負担する」 adds that the state pays it all, though every other word is there. So
 * must a word of rank (RANK), which no listed page may say anywhere: 「県内で最も高い水準になる」 over
 * 「4170円に上がる」 adds a ranking.
 */
export function checkTotality(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  claim.clauses.forEach((clause: Clause) => {
    if (clause.quoted) return;
    const text = outside.slice(clause.start, clause.end);
    const words = [...TOTALITY, ...RANK].filter(([, pattern]) => pattern.test(text));
    if (words.length === 0) return;
    // The sentences that say (nearly) as much of the clause as the best one, read with the one before.
    const closest = (keys: readonly string[]) => {
      const score = overlapScorer(alignment, keys);
      let best = 0;
      for (const sentence of alignment.sentences) best = Math.max(best, score(sentence));
      return { best, sentences: alignment.sentences.filter((sentence) => score(sentence) >= 0.7 * best) };
    };
    const own = closest(clause.keys.filter((key) => alignment.weights.has(key)));
    let aligned = own.sentences;
    if (own.best < 2) {
      // A clause too short to align alone (…約4200トンで、県内で3番目に多かった) is read with the
      // claim's other clauses, which carry what it is said of; the sentences closest to the clause
      // alone still count.
      const whole = closest(
        claim.clauses.flatMap((each) => each.keys).filter((key) => alignment.weights.has(key)),
      );
      if (whole.best < 2) return;
      aligned = [...whole.sentences, ...(own.best > 0 ? own.sentences : [])];
    }
    const said = aligned
      .flatMap((sentence) => [sentence.previous?.text ?? '', sentence.text])
      .map((sentenceText) => normalizeForMatch(sentenceText))
      .join('\n');
    // A rank is often said of a fact far from the sentence giving it (a headline's 過去最多に, a
    // lead's 初): only one no listed page says anywhere is added.
    const pageSays = (pattern: RegExp) =>
      alignment.local.some((understanding) =>
        understanding.sentences.some((sentence) => pattern.test(normalizeForMatch(sentence.text))),
      );
    for (const [word, pattern, sourcePattern] of words) {
      const backing = sourcePattern ?? saidPattern(word, pattern);
      if (backing.test(said)) continue;
      const match = pattern.exec(text);
      if (RANK.some(([rank]) => rank === word) && pageSays(pageBacking(match?.[0] ?? word, backing)))
        continue;
      if (word === 'だけ' && match !== null && countSaidWhole(alignment, clause.start + match.index, aligned))
        continue;
      if (
        word === '全て' &&
        match !== null &&
        totalSaid(alignment, clause.start + match.index, text.slice(match.index), aligned)
      )
        continue;
      const written = match?.[0] ?? word;
      out.push(
        pathFinding(
          'support.addition',
          'error',
          path,
          `The claim says 「${written}」, which no source sentence about this says: 「${(aligned[0] ?? alignment.sentences[0])?.text ?? ''}」.`,
          written,
        ),
      );
    }
  });
  return out;
}

// A count given as the whole of what it counts (当直の係員は2人で、…; 係員は2人だった): the predicate of
// its noun, not one part of a larger number. Such a source tells as much as a claim's 2人だけ does.
// So is a count the noun comes to be (児童は1人になった, 参加者は5人となった: the whole, after a change).
const WHOLE_COUNT_AFTER = /^(?:で(?![はもき])|だ|だっ|です|でし|。|$|[にと]な[らりるれろっ])/u;
// Alone (単独で, 一人で): a count of one said as the manner of the act.
const ALONE = /単独|(?:一|1|１|ひと)人で/u;

/**
 * True when the claim's だけ/のみ at `at` follows a count (社員は1人だけだった) that a sentence the
 * clause aligns with gives as the whole (社員は1人で、…), or, for a count of one, as the act done
 * alone (単独で作業): an exhaustive count says "only" in itself (the vfa37 round).
 */
function countSaidWhole(alignment: Alignment, at: number, aligned: readonly SourceSentence[]): boolean {
  const count = alignment.quantities.find((quantity) => quantity.end === at && quantity.unit !== '');
  if (count === undefined || count.vague === true || count.bound !== undefined) return false;
  return aligned.some(
    (sentence) =>
      (count.value === 1 && ALONE.test(sentence.text)) ||
      sentence.quantities.some(
        (theirs) =>
          theirs.unit === count.unit &&
          sameValue(theirs, count) &&
          theirs.bound === undefined &&
          WHOLE_COUNT_AFTER.test(sentence.text.slice(theirs.end)),
      ),
  );
}

// A total (全部で5枚, 全てで3件): 全部, 全て and すべて before で and a count sum what is counted; they
// say no more than the count does, which a source gives as what was done or found (看板を5枚立てた).
const TOTAL_BEFORE_COUNT = /^(?:全部|全て|すべて)で、?/u;

/**
 * True when the claim's 全部/全て at `at` (its text from there `from`) is the sum of a count right
 * after it (全部で5枚だ) and a sentence the clause aligns with gives that count, in the same unit, as
 * neither a bound nor a vague figure.
 */
function totalSaid(
  alignment: Alignment,
  at: number,
  from: string,
  aligned: readonly SourceSentence[],
): boolean {
  const total = TOTAL_BEFORE_COUNT.exec(from);
  if (total === null) return false;
  const count = alignment.quantities.find((quantity) => quantity.start === at + total[0].length);
  if (count === undefined || count.unit === '' || count.vague === true || count.bound !== undefined)
    return false;
  return aligned.some((sentence) =>
    sentence.quantities.some(
      (theirs) => theirs.unit === count.unit && sameValue(theirs, count) && theirs.bound === undefined,
    ),
  );
}
