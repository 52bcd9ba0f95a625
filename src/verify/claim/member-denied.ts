import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { existentEnd } from '../../understand/existence.ts';
import { type Clause, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, alignClause, overlapInContext } from './alignment.ts';

// A member of a kind denied: 〜の中に重体の人はいなかった, うち入院した人はいない say that none of a group
// was of some kind. A source that counts people of that kind in the group (うち1人が重体で, 入院は2人)
// says the opposite, though it negates nothing the claim affirms and names no act.

// The heads that make a kind into people (重体の人, 入院した者): the language's generic nouns of a
// person, which name no kind of their own.
const PERSON_HEAD = /^(?:人|者|人たち|方)$/u;

// A count of people: Arabic or kanji digits before 人 (1人, ２人, 三人).
const PEOPLE = '(?:[0-9０-９]+|[一二三四五六七八九十]+)人';

/**
 * The kind a negated existence denies of people (重体の人はいない → 重体; 重体者はいない → 重体):
 * the noun before の where the subject is a generic person, the stem of a noun made with 者, else
 * undefined (a plain noun, 子どもはいない, names the people themselves, no kind of them).
 */
function deniedKind(claim: SentenceReading, end: number): string | undefined {
  const k = claim.tokens.findIndex((token) => token.end === end);
  const head = claim.tokens[k];
  if (head === undefined || head.pos !== '名詞') return undefined;
  if (head.surface === '者' && head.posDetail === '接尾') {
    const stem = claim.tokens[k - 1];
    return stem?.pos === '名詞' ? stem.surface : undefined;
  }
  if (!PERSON_HEAD.test(head.surface)) return undefined;
  const particle = claim.tokens[k - 1];
  if (particle?.surface !== 'の' || particle.pos !== '助詞') return undefined;
  // The compound noun before の (入院 + 中), a number or pronoun ending it (3人の人) naming no kind.
  let kind = '';
  for (let at = k - 2; at >= 0; at--) {
    const noun = claim.tokens[at];
    if (noun?.pos !== '名詞' || /^(?:数|代名詞|非自立)$/u.test(noun.posDetail ?? '')) break;
    kind = noun.surface + kind;
  }
  const last = claim.tokens[k - 2];
  return kind === '' || last?.posDetail === '数' || (last?.posDetail === '接尾' && kind === last.surface)
    ? undefined
    : kind;
}

/** Whether the sentence, outside its quotes, counts people of the kind: 1人が重体で, うち2人は重体だ, 重体は1人. */
function countsKind(sentence: SourceSentence, kind: string): boolean {
  const text = normalizeForMatch(stripQuotes(sentence.text, sentence.quotes));
  const word = normalizeForMatch(kind);
  const counted = new RegExp(`${PEOPLE}(?:が|は|も)${word}(?:者)?(?:で|だ|です|と|に|、|。|$)`, 'u');
  const numbered = new RegExp(`${word}(?:者|の人)?(?:が|は)${PEOPLE}`, 'u');
  return counted.test(text) || numbered.test(text);
}

/**
 * A claim clause that denies any person of a kind (重体の人はいなかった, 重体者はいない) where the source
 * sentence its words align to — about as closely as their best counterpart — counts people of that
 * kind (うち1人が重体で). An exception in the claim (ほかに, 以外) leaves room for the ones counted.
 * `support.negation`.
 */
export function checkMemberDenied(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  for (const predicate of claim.predicates) {
    if (!predicate.negated || predicate.kind !== 'existence') continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (clause.quoted || clause.hedges.length > 0) continue;
    const end = existentEnd(claim, predicate);
    if (end === undefined) continue;
    const kind = deniedKind(claim, end);
    if (kind === undefined || [...kind].length < 2) continue;
    if (/ほか|他に|以外/u.test(claim.text.slice(clause.start, predicate.start))) continue;
    // The group the kind is denied of (搬送された8人のうち) is often a clause of its own: the claim's
    // words are read together. The counting sentence must name some word of the claim besides the
    // kind and a person (the group or its event), and be about as close to the claim as its best
    // counterpart.
    const keys = [...new Set(claim.clauses.filter((one) => !one.quoted).flatMap((one) => one.keys))];
    const others = keys.filter((key) => key !== kind && !PERSON_HEAD.test(key));
    let aligned: SourceSentence | undefined;
    let best = 0;
    for (const [i, sentence] of alignment.sentences.entries()) {
      if (!countsKind(sentence, kind)) continue;
      // A sentence names its group as the one before it left it (発症したのは3人。3人は…、うち1人は重体).
      const before = alignment.sentences[i - 1];
      const said = normalizeForMatch(
        (before?.sourceId === sentence.sourceId ? before.text : '') + sentence.text,
      );
      if (!others.some((key) => said.includes(key))) continue;
      const score = overlapInContext(alignment, sentence, keys);
      if (aligned === undefined || score > best) {
        aligned = sentence;
        best = score;
      }
    }
    if (aligned === undefined) continue;
    const counterpart = alignClause(alignment, keys);
    if (counterpart !== undefined && best < 0.7 * overlapInContext(alignment, counterpart.sentence, keys))
      continue;
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says no one was 「${kind}」 (「${claim.text.slice(clause.start, clause.end)}」); the source counts some: 「${aligned.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    ];
  }
  return [];
}
