import { type Finding, pathFinding } from '../../domain/report.ts';
import type { Token } from '../../text/tokenizer.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import { type Alignment, alignClause } from './alignment.ts';

// One participant described by another act: the claim's 同乗していた男性 where the source sentence it
// aligns to tells of 運転していた男性 (vrole40, issue 9). The frames compare head nouns only; this
// compares the relative clause that describes one person.

// The heads a description is read for: the general person nouns that name anyone by sex, age or as a
// person (a closed class); a noun of a person named by what they do (業者 to whom work was given,
// 委員 of a committee) is left, for the part its relative clause tells may be done to it.
const PERSON_HEAD = /^(?:人|男性|女性|男|女|男児|女児|少年|少女|子ども|子供)$/u;

// A noun of a person named by what they do (an ending of the closed class of person suffixes), as
// the noun before の that describes a person (運転手の男性).
const PERSON_KIND = /^\p{Script=Han}+(?:員|者|手|士|師|官)$/u;

// The tail of a relative clause between its verb and the noun it describes: the auxiliaries of
// tense and aspect (た, ている, ていた, てしまった) — a closed class.
const isTail = (token: Token) =>
  token.pos === '助動詞' ||
  (token.pos === '助詞' && token.posDetail === '接続助詞' && /^(?:て|で)$/u.test(token.surface)) ||
  (token.pos === '動詞' && token.posDetail === '非自立');

/**
 * The act of the relative clause right before the noun at `head` (運転していた男性 → 運転; 営む女性
 * → 営む), or undefined where the noun has none: a verbal noun with する is the noun, any other
 * verb its dictionary form.
 */
function describingAct(tokens: readonly Token[], head: number): string | undefined {
  let i = head - 1;
  while (i >= 0 && isTail(tokens[i] as Token)) i--;
  const verb = tokens[i];
  if (verb === undefined || verb.pos !== '動詞' || verb.posDetail !== '自立' || i === head - 1) {
    // A verb right before its noun, with no auxiliary (営む女性), is in its own 連体 form.
    if (verb === undefined || verb.pos !== '動詞' || verb.posDetail !== '自立') return undefined;
    if (verb.inflection !== undefined && verb.inflection !== '基本形') return undefined;
  }
  if (verb.baseForm === 'する') {
    const noun = tokens[i - 1];
    return noun?.pos === '名詞' && noun.posDetail === 'サ変接続' ? noun.surface : undefined;
  }
  // A light verb says nothing of what the person did (いる, ある, なる).
  if (/^(?:いる|ある|なる|おる)$/u.test(verb.baseForm)) return undefined;
  return verb.baseForm;
}

/**
 * The noun of a person's kind before の that describes the noun at `head` (運転手の男性 → 運転手), or
 * undefined where there is none.
 */
function describingKind(tokens: readonly Token[], head: number): string | undefined {
  const no = tokens[head - 1];
  if (no === undefined || no.surface !== 'の' || no.pos !== '助詞') return undefined;
  let i = head - 2;
  while (i >= 0 && (tokens[i] as Token).pos === '名詞' && (tokens[i] as Token).nameKind === undefined) i--;
  const kind = tokens
    .slice(i + 1, head - 1)
    .map((token) => token.surface)
    .join('');
  return PERSON_KIND.test(kind) ? kind : undefined;
}

type Description = { head: string; act: string; kind: 'clause' | 'noun' };

/** The participants described by a relative clause or a person's kind with の: the head and its description. */
function describedParticipants(tokens: readonly Token[]): Description[] {
  const out: Description[] = [];
  for (const [at, token] of tokens.entries()) {
    if (token.pos !== '名詞' || !PERSON_HEAD.test(token.surface)) continue;
    // The end of its noun: 男性 of 男性職員 is no head.
    if (tokens[at + 1]?.pos === '名詞' && tokens[at + 1]?.posDetail !== '接尾') continue;
    const act = describingAct(tokens, at);
    if (act !== undefined) out.push({ head: token.surface, act, kind: 'clause' });
    const kind = describingKind(tokens, at);
    if (kind !== undefined) out.push({ head: token.surface, act: kind, kind: 'noun' });
  }
  return out;
}

// The kanji of a word, the part two forms of one act share (乗る and 同乗 share 乗).
const kanjiOf = (word: string) => [...word].filter((c) => /\p{Script=Han}/u.test(c));

/** Whether two acts may say one thing: a synonym, or a kanji of one inside the other (乗る, 同乗). */
function sameAct(alignment: Alignment, a: string, b: string): boolean {
  if (a === b) return true;
  // The person suffix two kinds share (作業員, 警備員) says nothing of which kind.
  const stem = (word: string) => kanjiOf(word.replace(/(?:員|者|手|士|師|官)$/u, ''));
  const shared = stem(a).filter((c) => stem(b).includes(c));
  if (shared.length > 0) return true;
  const synonyms = [...(alignment.synonyms.get(a) ?? []), ...(alignment.thesaurus?.of(a) ?? [])];
  return synonyms.includes(b);
}

/**
 * A participant the claim describes by one act (同乗していた男性) where the source sentence the rest of
 * its clause aligns to describes the participant of the same head noun by another act (運転していた男性),
 * and no sentence of the listed pages that names that head says the claim's act at all: the claim gives
 * the person another part (`role.mismatch`). A participant the claim leaves undescribed is never read;
 * a synonym or a form sharing a kanji (乗っていた for 同乗していた) is the same description.
 */
export function checkParticipantDescription(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
): Finding[] {
  if (alignment.crossLanguage) return [];
  const described = describedParticipants(claim.tokens);
  if (described.length === 0) return [];
  for (const { head, act, kind } of described) {
    // Said of some participant on the pages (or in a sentence that names one): a description, not a swap.
    const said = alignment.local.some((document) =>
      document.sentences.some(
        (sentence) =>
          sentence.text.includes(head) &&
          (sentence.text.includes(act) || sentence.tokens.some((token) => token.baseForm === act)),
      ),
    );
    if (said) continue;
    // The whole sentence but the description: the person's act is often told in a clause after it.
    const keys = [...new Set(claim.clauses.flatMap((c) => c.keys).filter((key) => !act.includes(key)))];
    if (keys.length < 3) continue;
    const aligned = alignClause(alignment, keys);
    if (aligned === undefined) continue;
    const shared = keys.filter((key) => aligned.sentence.keys.includes(key)).length;
    if (shared < keys.length * 0.8) continue;
    const other = describedParticipants(aligned.sentence.tokens).find(
      (candidate) =>
        candidate.head === head && candidate.kind === kind && !sameAct(alignment, act, candidate.act),
    );
    if (other === undefined) continue;
    return [
      pathFinding(
        'role.mismatch',
        'error',
        path,
        `The source describes the ${head} by ${other.act} where the claim says ${act}: 「${aligned.sentence.text}」.`,
        `${act}${head}`,
        { name: head, role: act, known: other.act },
      ),
    ];
  }
  return [];
}
