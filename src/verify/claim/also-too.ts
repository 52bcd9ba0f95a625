import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Synonyms } from '../../text/synonyms.ts';
import type { Token } from '../../text/tokenizer.ts';
import { keyOf, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';

// A participant added with the additive も: 「公民館でも受け付ける」, 「土日も窓口を開ける」, 「小学生も含まれて
// いる」. も extends the clause's act or state to one more party, object, place or time beside those
// the sources tell of; where no listed sentence names that participant in any form, the claim adds
// it. The particle is the grammar's (a closed class of one), not a list of nouns. Left alone: a count
// before も (一人も, 4日にも: "not even one", a date), a time relative to an event (再開後も, 工事中
// も: "still, after"), names (the name check's), katakana loanwords (loanwords.ts's), and quotes.

/** Relational nouns of time that make 〜も mean "still" or "even then", not "also this one". */
const TIME_RELATIONAL = /^(?:後|前|中|以降|以来|当時|時点|間|際|最中|以後|以前)$/u;
/** The case particles a participant takes before も (にも, でも, からも, へも, とも). */
const CASE_BEFORE_MO = /^(?:に|で|から|へ|と)$/u;

const isNounPart = (token: Token | undefined) =>
  token !== undefined && token.pos === '名詞' && !/^(?:非自立|数|副詞可能|代名詞)$/u.test(token.posDetail);

interface Also {
  /** The participant as written (小学生 of 小学生も). */
  noun: string;
  /** Its parts of two characters or more (退職 and 金 of 退職金 → 退職). */
  parts: string[];
  /** From the participant to も, as written. */
  text: string;
}

/** The participants a claim adds with も, outside quotes: a noun compound, a case particle if any, も. */
function participantsWithMo(claim: SentenceReading): Also[] {
  const tokens = claim.tokens;
  const outside = stripQuotes(claim.text, claim.quotes);
  const out: Also[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const mo = tokens[k] as Token;
    if (mo.surface !== 'も' || mo.pos !== '助詞' || outside[mo.start] === '＊') continue;
    let end = k;
    if (tokens[end - 1]?.pos === '助詞' && CASE_BEFORE_MO.test(tokens[end - 1]?.surface ?? '')) end--;
    let start = end;
    while (
      start > 0 &&
      isNounPart(tokens[start - 1]) &&
      (start === end || tokens[start]?.start === tokens[start - 1]?.end)
    )
      start--;
    if (start === end) continue;
    const first = tokens[start] as Token;
    const last = tokens[end - 1] as Token;
    // A count (一人も, 4日にも) or a time relative to an event (再開後も) is no added participant.
    if (tokens[start - 1]?.posDetail === '数' || TIME_RELATIONAL.test(last.surface)) continue;
    const compound = tokens.slice(start, end);
    if (compound.some((token) => token.posDetail === '固有名詞' || token.nameKind !== undefined)) continue;
    // A katakana loanword participant is loanwords.ts's (one report, not two).
    if (/^[\p{Script=Katakana}ー]+$/u.test(claim.text.slice(first.start, last.end))) continue;
    out.push({
      noun: claim.text.slice(first.start, last.end),
      parts: compound.map((token) => keyOf(token)).filter((key) => [...key].length >= 2),
      text: claim.text.slice(first.start, mo.end),
    });
  }
  return out;
}

/**
 * A participant added with も (participantsWithMo) that no listed sentence names: not itself, a
 * synonym, a part of two characters or more, the written stem of a verb it nominalizes
 * (見直し by 見直す), or a verb whose stem is its first kanji (食欲 by 食べる). Japanese sources only
 * (an English page's words are not looked up here).
 */
export function checkAlsoToo(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
): Finding[] {
  if (alignment.sentences.length === 0 || alignment.crossLanguage) return [];
  const norms = alignment.sentences.map((sentence) => alignment.norms.get(sentence) ?? '');
  for (const also of participantsWithMo(claim)) {
    const stem = also.noun.replace(/[ぁ-ん]+$/u, '');
    const forms = [
      also.noun,
      stem,
      ...also.parts,
      ...synonyms.of(also.noun),
      ...also.parts.flatMap((part) => synonyms.of(part)),
    ]
      .map((form) => normalizeForMatch(form))
      .filter((form) => form !== '');
    if (norms.some((norm) => forms.some((form) => norm.includes(form)))) continue;
    // A noun whose first kanji is a source verb's stem names that act (食欲 by 食べる, 走行 by 走る).
    const head = [...also.noun][0] ?? '';
    const byVerb = alignment.sentences.some((sentence) =>
      sentence.tokens.some(
        (token) => token.pos === '動詞' && /\p{Script=Han}/u.test(head) && token.baseForm.startsWith(head),
      ),
    );
    if (byVerb) continue;
    return [
      pathFinding(
        'support.addition',
        'error',
        path,
        `No listed source names 「${also.noun}」: 「${also.text}」 adds a participant to the event.`,
        also.text,
        { kind: 'also', text: also.text },
      ),
    ];
  }
  return [];
}
