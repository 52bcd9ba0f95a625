import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Token } from '../../text/tokenizer.ts';
import { inOrderWithin, isCompanyWord, namesBody, namesCompany } from '../../understand/coreference.ts';
import {
  findPeople,
  isContentToken,
  keyOf,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import { compoundStart, pastGlossBefore, subjectOf, topicOf } from '../../understand/subject.ts';
import {
  documentAliases,
  isAbbreviationOf,
  type SourceSentence,
} from '../../understand/understand-document.ts';
import { type Alignment, alignClause, overlap } from './alignment.ts';
import { mentions } from './speakers.ts';

// Agents: what the claim says its named subject did, the sources say of that subject, not another.

/**
 * The claim's named subject (X は/が …) must be the one the sources say the rest of the claim of.
 * The rest of the claim (its words outside the subject) is aligned to the source sentence that
 * says most of it; when that sentence binds another named subject (Y は …) and no sentence saying
 * as much of it names the claim's subject, the claim gives Y's act to X (`support.name`). A source
 * sentence whose subject is unsaid or a reference (同病院は) is not compared: who it is would have to
 * be read from the sentences before it.
 */
export function checkAgent(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const mine = participantOf(claim, alignment);
  if (mine === undefined) return [];
  // A passive after the subject (…に点検を求められた) makes it the one acted on, not the doer:
  // who acts is the case-role check's to compare.
  if (
    claim.tokens.some(
      (token) =>
        token.start >= mine.end &&
        token.posDetail === '接尾' &&
        /^(?:れる|られる)$/u.test(token.baseForm ?? ''),
    )
  )
    return [];
  const name = normalizeForMatch(mine.text);
  const bare = mine.kind === 'body';
  // A name no listed source has is the name check's to report; a body called by its kind (市, 神社)
  // must stand in a source as a word of its own (市に, 、県が), not only inside a name (楢見市).
  if (!alignment.local.some((understanding) => understanding.norm.includes(name))) return [];
  if (bare && !alignment.sentences.some((sentence) => standsIn(alignment.norms.get(sentence), name)))
    return [];
  // Only the words of the subject's own stretch: a clause that binds another participant of its own
  // (組合が…を発表した翌日、市は…; 県は…したが、委員長は…) says that participant's act, not the subject's.
  const [from, to] = ownStretch(claim, mine, alignment);
  const keys = [
    ...new Set(
      claim.tokens
        .filter(
          (token) =>
            token.start >= from &&
            token.end <= to &&
            (token.end <= mine.start || token.start >= mine.end) &&
            isContentToken(token),
        )
        .map(keyOf)
        .filter((key) => (alignment.weights.get(key) ?? 0) > 0 && !name.includes(key)),
    ),
  ];
  const counterpart = alignClause(alignment, keys);
  if (counterpart === undefined || counterpart.score < 3) return [];
  // A sentence that binds no subject of its own (…とみて調べている, 北湊病院が担ってきた医療も引き継ぐ)
  // carries over who acts in the sentence before it.
  const sentence = counterpart.sentence;
  const theirs =
    participantOf(sentence, alignment) ??
    (topicOf(sentence) === undefined && sentence.previous !== undefined
      ? participantOf(sentence.previous, alignment)
      : undefined);
  if (theirs === undefined) return [];
  const other = normalizeForMatch(theirs.text);
  // One person, named in full or by surname and title (大河内翔投手, 大河内投手), is the same subject.
  const sharesPersonName = claim.tokens.some(
    (token) =>
      token.start >= mine.start &&
      token.end <= mine.end &&
      token.nameKind === 'person' &&
      [...token.surface].length >= 2 &&
      other.includes(normalizeForMatch(token.surface)),
  );
  if (same(name, other) || sharesPersonName || aliases(alignment, name, other)) return [];
  // A body called by its kind may be the named one shortened (農協 for 水瀬町農業協同組合): its
  // characters in order within the other name.
  if ((bare && inOrderWithin(name, other)) || (theirs.kind === 'body' && inOrderWithin(other, name)))
    return [];
  // A company called by its kind (会社は, 同 left out) may be any company the page names.
  if ((bare || theirs.kind === 'body') && namesCompany(name) && namesCompany(other)) return [];
  // …and so may one called by a compound of kind words (バス会社, 運行会社: no name in it), on either side.
  const theirReading = participantOf(sentence, alignment) === undefined ? sentence.previous : sentence;
  if (
    namesCompany(name) &&
    namesCompany(other) &&
    (kindOnly(claim, mine) || (theirReading !== undefined && kindOnly(theirReading, theirs)))
  )
    return [];
  // The head of an office speaks for it: what 岡野直樹局長 says, 上下水道局 says (…としている).
  if (claim.reported && headsBody(other, name)) return [];
  // Xは Yが V (本店は建築家の田中が設計した): the が-noun is the verb's agent, the は-noun only its
  // topic (象は鼻が長い); a claim that names the source's agent with が says the act of that agent.
  if (
    claim.text.slice(mine.end, mine.end + 1) === 'は' &&
    normalizeForMatch(claim.text.slice(mine.end)).includes(`${other}が`)
  )
    return [];
  // Any sentence that says nearly as much of the claim and names its subject backs it.
  // A person (柏木大輔市長, 浜田氏) is named by their surname too; an organisation (柚原市民病院) only whole.
  const people = findPeople(
    claim.tokens.filter((token) => token.start >= mine.start && token.end <= mine.end),
  ).filter(
    (person) =>
      name === person ||
      /^(?:氏|さん|君|容疑者|被告)$/u.test(name.slice(person.length)) ||
      claim.roles.some((role) => role.person === person && name === `${person}${role.role}`),
  );
  const names = (sentence: SourceSentence) => {
    const norm = alignment.norms.get(sentence);
    if (sideOfKind(norm, name)) return true;
    if (bare) return actsIn(norm, name);
    return norm.includes(name) || people.some((person) => mentions(norm, person));
  };
  if (
    alignment.sentences.some(
      (sentence) => names(sentence) && overlap(alignment, sentence, keys) >= 0.7 * counterpart.score,
    )
  )
    return [];
  return [
    pathFinding(
      'support.name',
      'error',
      path,
      `The sources say this of 「${theirs.text}」, not of 「${mine.text}」: 「${counterpart.sentence.text}」.`,
      mine.text,
    ),
  ];
}

/**
 * The stretch of the claim that says what its subject did: the whole sentence, less the part of
 * another participant (a name or a body bound by は, が or も outside quotes) that a comma parts from
 * the subject. Before the subject, a comma after that participant's own predicate (組合が故障を発表した
 * 翌日、市は…) ends its part; after the subject, a comma that closes a stretch — after a word or a
 * conjunctive particle, not after a case or topic particle (…と説明したが、委員長は…; X さんは34歳、
 * Y さんは…) — starts it. XはYがV, and X は、Y が…, keep Y in the subject's stretch.
 */
function ownStretch(
  claim: SentenceReading,
  mine: { start: number; end: number },
  alignment: Alignment,
): [number, number] {
  let from = 0;
  let to = claim.text.length;
  const tokens = claim.tokens;
  const outside = stripQuotes(claim.text, claim.quotes);
  for (let i = 0; i < tokens.length; i++) {
    const particle = tokens[i] as Token;
    if (particle.pos !== '助詞' || !/^[はがも]$/u.test(particle.surface)) continue;
    if (outside[particle.start] === '＊' || particle.start === mine.end) continue;
    const j = pastGlossBefore(tokens, i);
    const last = tokens[j];
    if (last === undefined || last.pos !== '名詞') continue;
    const parts = tokens.slice(
      compoundStart(tokens, j, (token) => token.pos === '名詞' || token.pos === '接頭詞'),
      j + 1,
    );
    const first = parts[0] as Token;
    const text = claim.text.slice(first.start, last.end);
    if (!parts.some((token) => token.nameKind !== undefined) && !isBody(text, alignment)) continue;
    if (last.end <= mine.start) {
      for (const comma of tokens)
        if (
          comma.surface === '、' &&
          comma.start >= last.end &&
          comma.end <= mine.start &&
          claim.predicates.some(
            (predicate) => predicate.start >= particle.end && predicate.end <= comma.start,
          )
        )
          from = Math.max(from, comma.end);
    } else if (first.start >= mine.end) {
      for (let k = i - 1; k > 0; k--) {
        const comma = tokens[k] as Token;
        if (comma.start < mine.end) break;
        const before = tokens[k - 1] as Token;
        if (comma.surface === '、' && (before.pos !== '助詞' || before.posDetail === '接続助詞')) {
          to = Math.min(to, comma.start);
          break;
        }
      }
    }
  }
  return [from, to];
}

/**
 * A body the sentence makes its subject by its kind alone (市は, 町が, 神社は, 水道局は): no name,
 * but on a page about one town the town, and a participant as distinct from another body of the
 * page as a named one is. A reference word (同市, 当社) refers back and is not read.
 */
function bodyOf(
  reading: SentenceReading,
  alignment: Alignment,
): { text: string; start: number; end: number; kind: string } | undefined {
  const topic = topicOf(reading);
  if (topic === undefined || !isBody(topic.text, alignment)) return undefined;
  return { text: topic.text, start: topic.start, end: topic.end, kind: kindOf(topic) };
}

/** A body named by several words (萩野町漁業協同組合) is named as an organisation is; one word (市) is a kind. */
function kindOf(topic: { text: string; tokens: readonly unknown[] }): string {
  return topic.tokens.length >= 2 && namesBody(topic.text) ? 'organization' : 'body';
}

/** A body called by its kind (市, 神社) or by a short name a listed source defines; no reference word (同市). */
function isBody(text: string, alignment: Alignment): boolean {
  if (/^[同両当本各]/u.test(text)) return false;
  if (namesBody(text)) return true;
  const norm = normalizeForMatch(text);
  return alignment.local.some((understanding) =>
    documentAliases(understanding).some(({ short }) => normalizeForMatch(short) === norm),
  );
}

/**
 * Who acts in a sentence: its named subject, else a body it makes its subject by kind (bodyOf) or by
 * the short name a listed source defines for it (縹浜鉄 for 縹浜鉄道（縹浜鉄）); when its topic is
 * none of these (工事は, 調査は), the next が of XはYがV, whose noun is the agent.
 */
function participantOf(
  reading: SentenceReading,
  alignment: Alignment,
): { text: string; start: number; end: number; kind: string } | undefined {
  const first = subjectOf(reading) ?? bodyOf(reading, alignment);
  if (
    first !== undefined &&
    !reading.tokens.some((token) => token.end === first.start && token.surface === 'と')
  )
    return first;
  // A topic that is no participant (工事は, 理由は不明で、): the first participant bound by a
  // later は or が (XはYがV, …ず、町は…) is who acts.
  let topic = topicOf(reading);
  let from = 0;
  while (topic !== undefined) {
    // One of several joined by と (町村と県が) acts with the others, as a group: not compared.
    if (reading.tokens.some((token) => token.end === topic?.start && token.surface === 'と'))
      return undefined;
    const named = topic.tokens.find((token) => token.nameKind !== undefined);
    if (named?.nameKind !== undefined)
      return { text: topic.text, start: topic.start, end: topic.end, kind: named.nameKind };
    if (isBody(topic.text, alignment))
      return { text: topic.text, start: topic.start, end: topic.end, kind: kindOf(topic) };
    // Past the particle, however far a gloss in brackets set it after the noun.
    from = Math.max(from + 1, topic.end + 1);
    topic = topicOf(reading, from);
  }
  return undefined;
}

/**
 * True when a participant is named by kind words alone (バス会社, 運行会社, 建設会社): common nouns,
 * none of them read as a name, ending in a word for a company — a company the page may call by its
 * name. A name the dictionary reads as common nouns (X電器) does not end in such a word.
 */
function kindOnly(reading: SentenceReading, participant: { start: number; end: number }): boolean {
  const tokens = reading.tokens.filter(
    (token) => token.start >= participant.start && token.end <= participant.end,
  );
  return (
    tokens.length >= 2 &&
    isCompanyWord(tokens.at(-1)?.surface ?? '') &&
    tokens.every(
      (token) =>
        token.pos === '名詞' &&
        token.nameKind === undefined &&
        /^(?:一般|サ変接続|接尾)$/u.test(token.posDetail ?? ''),
    )
  );
}

/**
 * True when a sentence makes "the side" of the body's kind its subject (村側が, 会社側は: the body
 * itself, as one party of two) where the claim names a body of that kind (苔野村 for 村側): the kind
 * is a word that ends a body's name (村, 市, 会社, 学校), standing alone before 側.
 */
function sideOfKind(norm: string, name: string): boolean {
  for (const match of norm.matchAll(
    /(?:^|[^\p{Script=Han}\p{Script=Katakana}ー])(\p{Script=Han}{1,2})側[はがも]/gu,
  )) {
    const kind = match[1] as string;
    if (name.endsWith(kind) && namesBody(kind)) return true;
  }
  return false;
}

/** True when a sentence names the body called `body` as a word of its own (市に, 、県が), not part of a name. */
function standsIn(norm: string, body: string): boolean {
  return new RegExp(
    `(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー])${escapeRegExp(body)}(?:[はがもにをへと]|から)`,
    'u',
  ).test(norm);
}

/** True when a sentence makes the body called `body` the subject of a clause (市は, 、市が), not part of a name. */
function actsIn(norm: string, body: string): boolean {
  return new RegExp(`(?:^|[^\\p{Script=Han}\\p{Script=Katakana}ー])${escapeRegExp(body)}[はがも]`, 'u').test(
    norm,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * True when a person's title names them the head of a body of the kind the body's name ends in:
 * 局長 of …局, 署長 of …署, 知事 of …県 (a closed class of Japanese office titles).
 */
function headsBody(person: string, body: string): boolean {
  const head = /(\p{Script=Han})長$/u.exec(person)?.[1];
  if (head !== undefined && head !== '社' && body.endsWith(head)) return true;
  return /知事$/u.test(person) && /[都道府県]$/u.test(body);
}

/** True when two subjects name the same one: equal, one inside the other, or a 略称 of it. */
function same(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || isAbbreviationOf(a, b) || isAbbreviationOf(b, a);
}

/**
 * True when a listed source defines one as the short name of the other (汐見県消費生活センター
 * （県消費センター）), the full name holding the other (汐見県消費生活センター for 消費生活センター) or
 * the short one inside it.
 */
function aliases(alignment: Alignment, a: string, b: string): boolean {
  return alignment.local.some((understanding) =>
    documentAliases(understanding).some(
      ({ long, short }) => (same(a, long) && same(b, short)) || (same(a, short) && same(b, long)),
    ),
  );
}
