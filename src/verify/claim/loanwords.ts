import { normalizeForMatch } from '../../text/normalize.ts';
import type { Token } from '../../text/tokenizer.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';

// Loanwords: a katakana run the dictionary knows as common nouns (サイズ, ホテル) is a word, not a
// name. The name check asks every katakana run of a claim of the sources; a common loanword the
// sources lack is a paraphrase's word as often as an added fact. It is an added fact where it stands
// as a participant of the clause — an argument marked by a case particle, an item of a list, the
// topic — and no listed source has it in any form (its spelling, a synonym the dictionary gives).

/** The claim tokens, first to last, that spell a katakana run exactly: undefined where none do. */
function runTokens(tokens: readonly Token[], name: string): [number, number] | undefined {
  const katakana = /[\p{Script=Katakana}ー]/u;
  for (let first = 0; first < tokens.length; first++) {
    let spelt = '';
    for (let last = first; last < tokens.length; last++) {
      const token = tokens[last] as Token;
      if (last > first && (tokens[last - 1] as Token).end !== token.start) break;
      spelt += token.surface.normalize('NFKC');
      if (!name.startsWith(spelt)) break;
      if (spelt !== name) continue;
      const before = tokens[first - 1];
      const after = tokens[last + 1];
      const glued = (other: Token | undefined, edge: string) =>
        other !== undefined &&
        katakana.test(edge) &&
        katakana.test(other.surface.normalize('NFKC').at(edge === 'start' ? -1 : 0) ?? '');
      if (glued(before, 'start') || glued(after, 'end')) break;
      return [first, last];
    }
  }
  return undefined;
}

/**
 * The span of a claim's katakana run (names(): KATAKANA_NAME) when every token of it is a common
 * noun the dictionary knows (a reading, no proper-noun tag): ネック, コンビニ, ドラッグストア.
 */
export function commonLoanword(claim: SentenceReading, name: string): [number, number] | undefined {
  const span = runTokens(claim.tokens, name);
  if (span === undefined) return undefined;
  const run = claim.tokens.slice(span[0], span[1] + 1);
  const common = run.every(
    (token) =>
      token.pos === '名詞' &&
      token.posDetail !== '固有名詞' &&
      token.nameKind === undefined &&
      token.reading !== undefined &&
      /^[\p{Script=Katakana}ー・]+$/u.test(token.surface.normalize('NFKC')),
  );
  return common && !partOfName(claim, span[0], span[1]) ? span : undefined;
}

/**
 * True when the katakana run is a part of a longer name: the noun compound holding it has a proper
 * noun or a word the dictionary does not know (龍苑ダイニング, 港北リゾート開発), or the compound is
 * all a bracket holds (「新政クラブ」: the way news sets off a name).
 */
function partOfName(claim: SentenceReading, first: number, last: number): boolean {
  const tokens = claim.tokens;
  const joined = (i: number) =>
    tokens[i]?.pos === '名詞' &&
    tokens[i - 1] !== undefined &&
    (tokens[i - 1] as Token).end === tokens[i]?.start;
  let start = first;
  while (start > 0 && tokens[start - 1]?.pos === '名詞' && joined(start)) start--;
  let end = last;
  while (joined(end + 1)) end++;
  const compound = tokens.slice(start, end + 1);
  if (
    compound.some(
      (token) =>
        token.posDetail === '固有名詞' || token.nameKind !== undefined || token.reading === undefined,
    )
  )
    return true;
  const from = (tokens[start] as Token).start;
  const to = (tokens[end] as Token).end;
  return /[「『（(]$/u.test(claim.text.slice(0, from)) && /^[」』）)]/u.test(claim.text.slice(to));
}

// Particles that mark a participant of the clause: the case particles, the list particles and the
// topic and focus particles.
const PARTICIPANT_PARTICLES = new Set([
  'が',
  'を',
  'に',
  'で',
  'へ',
  'から',
  'まで',
  'より',
  'と',
  'や',
  'か',
  'は',
  'も',
]);

/**
 * True when the noun compound holding tokens first…last stands as a participant of its clause: the
 * particle after the compound marks a case, a list item or the topic (ホテルが入る, ネット販売で,
 * パン店やカフェ、…), or a comma lists another noun after it. Not a participant: a noun that
 * modifies another (サイズの袋), the complement of なる or する (ネックとなる, 課題になる), a noun the
 * copula predicates, and a noun headed by a clause (…を受けたケースは): the clause says what it is,
 * and the clause and coverage checks compare the clause's words.
 */
export function standsAsParticipant(tokens: readonly Token[], first: number, last: number): boolean {
  const joined = (i: number) =>
    tokens[i]?.pos === '名詞' &&
    tokens[i - 1] !== undefined &&
    (tokens[i - 1] as Token).end === tokens[i]?.start;
  let start = first;
  while (start > 0 && tokens[start - 1]?.pos === '名詞' && joined(start)) start--;
  let end = last;
  while (joined(end + 1)) end++;
  const before = tokens[start - 1];
  if (before !== undefined && ['動詞', '形容詞', '助動詞'].includes(before.pos)) return false;
  const after = tokens[end + 1];
  if (after === undefined) return false;
  if (after.pos === '記号') return after.surface === '、' && tokens[end + 2]?.pos === '名詞';
  if (after.pos !== '助詞' || !PARTICIPANT_PARTICLES.has(after.surface)) return false;
  const verb = tokens[end + 2];
  if (
    (after.surface === 'と' || after.surface === 'に') &&
    verb !== undefined &&
    ['なる', 'する'].includes(verb.baseForm)
  )
    return false;
  return true;
}

/** True when a listed source has a synonym of the loanword the dictionary gives (事例 for ケース). */
export function inOtherForm(alignment: Alignment, name: string, synonyms: readonly string[]): boolean {
  return synonyms
    .map((word) => normalizeForMatch(word))
    .filter((word) => [...word].length >= 2 && word !== name && !/[A-Za-z]/u.test(word))
    .some((word) =>
      alignment.local.some(
        (understanding) => understanding.keys.has(word) || understanding.norm.includes(word),
      ),
    );
}
