import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { type Clause, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import { type Alignment, overlapScorer } from './alignment.ts';

// Totality and exclusivity: 全額, すべて, 全員, 単独, 唯一, だけ/のみ change what a clause asserts.

// Words that make a clause about all of something or only one thing, by meaning: any word of a
// group backs any other (すべて for 全て, のみ for だけ). だけ/のみ in できるだけ, それだけ, だけでなく
// and のみならず say no such thing.
const TOTALITY: ReadonlyArray<[string, RegExp]> = [
  ['全額', /全額/u],
  ['全て', /全て|すべて|全部|全面的|全面/u],
  ['全員', /全員|全員が|皆が/u],
  ['単独', /単独/u],
  ['唯一', /唯一|ただ一つ|ただ1つ/u],
  ['一切', /一切/u],
  ['だけ', /(?<!でき(?:る)?|それ|これ|あれ|どれ)(?:だけ|のみ)(?!で(?:は)?なく|ならず)/u],
];

// A source says "only" with the other restrictive forms of the language too (限定の表現): しか with a
// negative in its sentence (2軒しかない), にとどまる, に過ぎない, に限る/限られる (not に限らず).
const ONLY_SAID =
  /しか(?!し)[^。\n]*?(?:ない|なかっ|なく|ず|ません)|に(?:とどま|止ま|留ま)|に(?:過|す)ぎ(?:ない|なかっ|ず|ません)|に限(?:る|られ|り)/u;

/** The pattern a source sentence must match to back the word: for だけ/のみ, any restrictive form. */
function saidPattern(word: string, pattern: RegExp): RegExp {
  return word === 'だけ' ? new RegExp(`${pattern.source}|${ONLY_SAID.source}`, 'u') : pattern;
}

/**
 * A claim clause that says all (全額, すべて, 全員) or only (単独, 唯一, だけ, のみ) must find that
 * word, or one of the same meaning, in the source sentences it aligns with: 「国が全額負担する」 over
 * 「国と県、市などが負担する」 adds that the state pays it all, though every other word is there.
 */
export function checkTotality(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  claim.clauses.forEach((clause: Clause) => {
    if (clause.quoted) return;
    const text = outside.slice(clause.start, clause.end);
    const words = TOTALITY.filter(([, pattern]) => pattern.test(text));
    if (words.length === 0) return;
    const keys = clause.keys.filter((key) => alignment.weights.has(key));
    const score = overlapScorer(alignment, keys);
    let best = 0;
    for (const sentence of alignment.sentences) best = Math.max(best, score(sentence));
    if (best < 2) return;
    // The sentences that say (nearly) as much of the clause as the best one, read with the one before.
    const aligned = alignment.sentences.filter((sentence) => score(sentence) >= 0.7 * best);
    const said = aligned
      .flatMap((sentence) => [sentence.previous?.text ?? '', sentence.text])
      .map((sentenceText) => normalizeForMatch(sentenceText))
      .join('\n');
    for (const [word, pattern] of words) {
      if (saidPattern(word, pattern).test(said)) continue;
      const written = pattern.exec(text)?.[0] ?? word;
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
