import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Synonyms } from '../../text/synonyms.ts';
import type { Token } from '../../text/tokenizer.ts';
import { keyOf, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';

// A participant added with も: 「ほかの寺にも」, 「他の自治体の通知書も」, 「A以外の業者にも」. The
// determiners of otherness (ほか, 他, 別, and 以外 after what is excluded) with の, then a noun, then
// も (after a case particle or alone), extend the clause's act or state to others of that noun than
// the ones the sources tell of. A faithful claim says so only where a source does: some listed
// sentence names the same noun together with a word of otherness (ほかの橋も調べた, 他社にも, 別の
// 教員が). Where none does, the others are the claim's own: a party, place or object added to the
// event. The closed class of Japanese words for "other", not a list of nouns.
//
// Over an English page the noun cannot be matched (its words are not the claim's), so the test is
// wider: the others are the claim's own only where no listed sentence of either language has any word
// of otherness or of the same again at all (other, another, elsewhere, also, as well, similar …; ほか,
// 他, 別, 以外). A page that says "other plants" or "also" of anything may be summarized loosely, and
// the check leaves it (the vadd36 round).

/** Determiners of otherness before の (ほかの, 他の, 別の, X以外の). */
const OTHER = /^(?:ほか|他|別|以外)$/u;
/** A source word of otherness: ほか (ほかに, このほか), 他 (他社, その他), 別, 以外. */
const OTHER_IN_SOURCE = /ほか|他|別|以外/u;
/**
 * An English word of otherness or of the same again (the wider class read on English pages): other,
 * others, another, elsewhere, else, also, as well, too, similar, likewise, the rest, remaining.
 */
const OTHER_IN_ENGLISH =
  /\b(?:other|others|another|elsewhere|else|also|as well|too|similar\w*|likewise|the rest|remaining)\b/iu;
/** A number written as a word with its counter つ (二つ, 三つ): a count, not the noun. */
const COUNT_WORD = /^[一二三四五六七八九十]+つ$/u;
/** The case particles a participant takes before も (にも, でも, からも, へも, とも). */
const CASE_BEFORE_MO = /^(?:に|で|から|へ|と)$/u;

const isNounPart = (token: Token | undefined) =>
  token !== undefined &&
  ((token.pos === '名詞' && !/^(?:非自立|数|副詞可能|代名詞)$/u.test(token.posDetail)) ||
    token.pos === '接頭詞') &&
  !COUNT_WORD.test(token.surface);

const isParticle = (token: Token | undefined, surface: RegExp) =>
  token !== undefined && token.pos === '助詞' && surface.test(token.surface);

/** The end (exclusive) of the noun compound starting at `at`, or `at` when none starts there. */
function compoundEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  while (isNounPart(tokens[end]) && (end === at || tokens[end]?.start === tokens[end - 1]?.end)) end++;
  return end;
}

/** Past a count right after a noun or before の (教員1人, 45の): its number and counter. */
function pastCount(tokens: readonly Token[], at: number): number {
  let k = at;
  if (tokens[k]?.posDetail !== '数' && !COUNT_WORD.test(tokens[k]?.surface ?? '')) return at;
  while (tokens[k]?.posDetail === '数' || COUNT_WORD.test(tokens[k]?.surface ?? '')) k++;
  if (tokens[k]?.posDetail === '接尾') k++;
  return k;
}

interface Others {
  /** The noun the others are of (自治体 of ほかの自治体の通知書も). */
  noun: string;
  /** Its last part, the head (施設 of 温泉施設). */
  head: string;
  /** The phrase as written, from the determiner to も. */
  text: string;
}

/**
 * The others a claim extends its clause to, outside quotes: a determiner of otherness and の, a
 * count if any (ほかの二つの), a noun compound, up to two more の-nouns (ほかの自治体の通知書), then
 * も alone or after a case particle. Undefined when the claim has none.
 */
function othersOf(claim: SentenceReading): Others | undefined {
  const tokens = claim.tokens;
  const outside = stripQuotes(claim.text, claim.quotes);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const determiner = tokens[i] as Token;
    if (!OTHER.test(determiner.surface) || determiner.pos !== '名詞' || outside[determiner.start] === '＊')
      continue;
    if (!isParticle(tokens[i + 1], /^の$/u)) continue;
    let at = i + 2;
    // A count before the noun (ほかの45のトンネル, ほかの二つの海水浴場).
    const counted = pastCount(tokens, at);
    if (counted > at && isParticle(tokens[counted], /^の$/u)) at = counted + 1;
    // A verb's continuative right after の is a noun made of the verb, with its suffix if any
    // (ほかの打ち上げ, 他の植え替え: 植え + 替え): the whole is the noun.
    const nominal = tokens[at]?.pos === '動詞' && tokens[at]?.inflection === '連用形';
    const end = nominal ? Math.max(at + 1, compoundEnd(tokens, at + 1)) : compoundEnd(tokens, at);
    if (end === at) continue;
    const noun = normalizeForMatch(
      claim.text.slice((tokens[at] as Token).start, (tokens[end - 1] as Token).end),
    );
    const last = nominal ? noun : keyOf(tokens[end - 1] as Token);
    // A head of one character (館 of 図書館, 者 of 関係者) names too many things to stand for the noun.
    const head = [...last].length >= 2 ? last : noun;
    let k = pastCount(tokens, end);
    for (let link = 0; link < 2 && isParticle(tokens[k], /^の$/u); link++) {
      const next = compoundEnd(tokens, k + 1);
      if (next === k + 1) break;
      k = pastCount(tokens, next);
    }
    if (isParticle(tokens[k], CASE_BEFORE_MO)) k++;
    const mo = tokens[k];
    if (mo === undefined || mo.surface !== 'も' || mo.pos !== '助詞') continue;
    return { noun, head, text: claim.text.slice(determiner.start, mo.end) };
  }
  return undefined;
}

/**
 * Others no source tells of: the claim extends its act or state to others of a noun (othersOf),
 * and no listed sentence names that noun (itself, a synonym, or its head) with a word of otherness.
 * Where a listed source is in English (alignment.crossLanguage), no listed sentence may have any word
 * of otherness at all (OTHER_IN_SOURCE, OTHER_IN_ENGLISH), the noun unread. Called by
 * checkUnsaidPredication, for every scope.
 */
export function checkOthersToo(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
): Finding[] {
  // Cheap test first: no determiner of otherness in the claim's text, nothing to read.
  if (!/ほか|他|別|以外/u.test(claim.text)) return [];
  const others = othersOf(claim);
  if (others === undefined) return [];
  const forms = [others.noun, others.head, ...synonyms.of(others.noun)].map((form) =>
    normalizeForMatch(form),
  );
  const told = alignment.sentences.some((sentence) => {
    const norm = alignment.norms.get(sentence) ?? '';
    if (alignment.crossLanguage) return OTHER_IN_SOURCE.test(norm) || OTHER_IN_ENGLISH.test(sentence.text);
    return OTHER_IN_SOURCE.test(norm) && forms.some((form) => form !== '' && norm.includes(form));
  });
  if (told) return [];
  return [
    pathFinding(
      'support.addition',
      'error',
      path,
      `No listed source tells of others of 「${others.noun}」: 「${others.text}」 adds a party or object to the event.`,
      others.text,
      { kind: 'others', text: others.text },
    ),
  ];
}
