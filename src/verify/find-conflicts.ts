import type { Conflict, Evidence } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { splitSentences } from '../text/split-sentences.ts';
import type { Token, Tokenizer } from '../text/tokenizer.ts';

/**
 * Where sources disagree: two sources that state different numbers (same counter), dates (same
 * granularity) or roles for the same person about the same thing. Pure and deterministic; the
 * pipeline stores the result in `article.conflicts` so the article can say so openly.
 */
export function findConflicts(documents: readonly Document[], tokenizer: Tokenizer): Conflict[] {
  const sentenceWords: Array<Set<string>> = [];
  const mentions = documents.flatMap((document) => findMentions(document, tokenizer, sentenceWords));
  const weight = wordWeights(sentenceWords);
  return [...valueConflicts(documents, mentions, weight), ...roleConflicts(documents)];
}

/** Context words two mentions must share (by IDF weight) to be about the same thing. */
export const SAME_THING_WEIGHT = 2.5;
/** …and the share of the shorter clause's weight those shared words must make up. */
export const SAME_THING_SHARE = 0.5;

const ROLE_NAMES =
  '理事長|院長|副院長|市長|町長|村長|知事|社長|会長|専務|常務|部長|課長|局長|教授|准教授|大統領|首相|大臣|長官|議長|委員長|代表|頭取|総裁|監督|所長|学長|校長|会頭|組合長';
const ROLE = new RegExp(
  `((?:[\\p{Script=Han}々]{2,6}|[\\p{Script=Katakana}ー・]{2,12}))((?:前|元|副|新|次期)?(?:${ROLE_NAMES}))`,
  'gu',
);

/** (person, role) pairs in a text: 村井直人院長 → [村井直人, 院長]. */
export function extractRoles(text: string): [string, string][] {
  return extractRoleSpans(text).map(({ name, role }) => [name, role]);
}

interface RoleSpan {
  name: string;
  role: string;
  /** [start, end) of name and role in the (NFKC) text. */
  start: number;
  end: number;
}

function extractRoleSpans(text: string): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (const match of text.normalize('NFKC').matchAll(ROLE)) {
    // The greedy name may have eaten a role prefix (副 of 副市長): give it back to the role.
    const raw = match[1] as string;
    const prefix = /(?:前|元|副|新|次期)$/u.exec(raw)?.[0] ?? '';
    const name = raw.slice(0, raw.length - prefix.length);
    if ([...name].length >= 2)
      spans.push({
        name,
        role: prefix + (match[2] as string),
        start: match.index,
        end: match.index + match[0].length,
      });
  }
  return spans;
}

type ValueKind = 'number' | 'date';

/** One number or date a source states, with the words around it. */
interface Mention {
  kind: ValueKind;
  sourceId: string;
  /** Counter or date shape; only mentions with the same key are compared (人 with 人, 年度 with 年度). */
  key: string;
  /** Normalised value: NFKC, no thousands separators, no 約. */
  value: string;
  /** The value as the source writes it, with 約 when it has one. */
  display: string;
  /** The sentence the value stands in: the evidence. */
  sentence: { start: number; end: number; text: string };
  /** Content words of the clause around the value (dictionary forms), with their weight factor. */
  words: Map<string, number>;
  /** Surfaces of the content words, in text order, for naming the subject. */
  surfaces: Array<{ base: string; surface: string; start: number; end: number; factor: number }>;
}

const DIGITS = '[0-9０-９]+(?:[.,．，][0-9０-９]+)*';
const COUNTERS =
  'キロワット時|キロワット|ヘクタール|メートル|キロ|トン|ドル|万円|億円|兆円|円|人|台|床|件|基|社|歳|倍|割|%|％|両|駅|校|世帯|枚|時間|店|戸|棟';
const NUMBER = new RegExp(
  `(約|およそ|最大|少なくとも)?(?<![0-9０-９.,．，])(${DIGITS}(?:[万億兆](?:${DIGITS})?)*)(${COUNTERS})`,
  'gu',
);
// Dates by shape: fiscal years, calendar dates, month-days and days of the month. A day right
// after 週/毎 or before あたり/最大 is a rate (週3日, 1日最大), not a date.
const DATE =
  /(?<![0-9０-９])(?:([0-9０-９]{4})年度|([0-9０-９]{4})年(?:([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?)?|([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?|(?<![週毎])([0-9０-９]{1,2})日(?!あたり|最大|平均|当たり))/gu;

function normalizeValue(text: string): string {
  return text.normalize('NFKC').replace(/(\d),(?=\d{3})/gu, '$1');
}

/** The shape key of a date match: 年度, 年, 年月, 年月日, 月, 月日, 日. */
function dateKey(match: RegExpMatchArray): string {
  if (match[1] !== undefined) return '年度';
  if (match[2] !== undefined)
    return match[4] !== undefined ? '年月日' : match[3] !== undefined ? '年月' : '年';
  if (match[5] !== undefined) return match[6] !== undefined ? '月日' : '月';
  return '日';
}

// Clause boundaries: a value's subject is usually in its own clause (新規雇用は約1500人にのぼり).
const CLAUSE_BREAK = /[、，。！？!?　]/u;

function isContentWord(token: Token): boolean {
  if (token.pos === '名詞')
    return (
      !['数', '非自立', '代名詞', '接尾', '副詞可能'].includes(token.posDetail) &&
      !/^[0-9０-９]/u.test(token.surface)
    );
  if (token.pos === '動詞') return token.posDetail === '自立' && !GENERIC_VERBS.has(token.baseForm);
  return false;
}

// Verbs that say nothing about what a number is about (する, なる, ある…).
const GENERIC_VERBS = new Set(['する', 'なる', 'ある', 'いる', 'れる', 'られる', 'できる', 'おる']);

/** The values a document states; `sentenceWords` collects every sentence's content words (for IDF). */
function findMentions(
  document: Document,
  tokenizer: Tokenizer,
  sentenceWords: Array<Set<string>>,
): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of splitSentences(document.text)) {
    const tokens = tokenizer.tokenize(sentence.text);
    sentenceWords.push(new Set(tokens.filter(isContentWord).map(baseOf)));
    const found: Array<{
      kind: ValueKind;
      key: string;
      value: string;
      display: string;
      start: number;
      end: number;
    }> = [];
    const taken: Array<[number, number]> = [];
    for (const match of sentence.text.matchAll(DATE)) {
      const start = match.index;
      const end = start + match[0].length;
      taken.push([start, end]);
      found.push({
        kind: 'date',
        key: dateKey(match),
        value: normalizeValue(match[0]),
        display: match[0],
        start,
        end,
      });
    }
    for (const match of sentence.text.matchAll(NUMBER)) {
      const start = match.index + (match[1]?.length ?? 0);
      const end = match.index + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      found.push({
        kind: 'number',
        key: match[3] as string,
        value: normalizeValue(`${match[2]}${match[3]}`),
        display: match[1] === '約' ? `約${match[2]}${match[3]}` : `${match[2]}${match[3]}`,
        start,
        end,
      });
    }
    if (found.length === 0) continue;
    for (const value of found) {
      const [from, to] = clauseAround(sentence.text, value.start, value.end);
      const surfaces = tokens
        .filter((token) => token.start >= from && token.end <= to && isContentWord(token))
        .filter((token) => token.end <= value.start || token.start >= value.end)
        .map((token) => ({
          base: baseOf(token),
          surface: token.surface,
          start: token.start,
          end: token.end,
          // Verbs (減る, 増やす) say less than nouns about which thing a value counts.
          factor: token.pos === '動詞' ? 0.5 : 1,
        }));
      mentions.push({
        kind: value.kind,
        sourceId: document.id,
        key: value.key,
        value: value.value,
        display: value.display,
        sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
        words: new Map(surfaces.map((word) => [word.base, word.factor])),
        surfaces,
      });
    }
  }
  return mentions;
}

function baseOf(token: Token): string {
  return token.baseForm === '*' ? token.surface : token.baseForm;
}

/** [from, to) of the clause holding [start, end): between the nearest clause breaks. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to] as string)) to++;
  return [from, to];
}

/**
 * Inverse document frequency of each word over the cluster's sentences: a word found in many
 * sentences (計画, 市) says little about which thing a value is about; a rare one (雇用) says much.
 */
function wordWeights(sentences: ReadonlyArray<ReadonlySet<string>>): (word: string) => number {
  const frequency = new Map<string, number>();
  for (const words of sentences)
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const total = Math.max(sentences.length, 1);
  return (word) => Math.log((total + 1) / ((frequency.get(word) ?? 0) + 1)) + 0.5;
}

/**
 * Two values are about the same thing when their clauses share rare words, and those words are
 * a large part of at least one clause (雇用1500人 / 新規雇用は約1200人を見込む), not one common
 * word among many (生徒の約6割が利用 / 利用者を1割以上増やす).
 */
function isSameThing(a: Mention, b: Mention, weight: (word: string) => number): boolean {
  const total = (mention: Mention) =>
    [...mention.words].reduce((sum, [word, factor]) => sum + factor * weight(word), 0);
  let shared = 0;
  for (const [word, factor] of a.words) if (b.words.has(word)) shared += factor * weight(word);
  return shared >= SAME_THING_WEIGHT && shared >= SAME_THING_SHARE * Math.min(total(a), total(b));
}

/** True when the source states this value (same key) anywhere: then it does not contradict it. */
function states(mentions: readonly Mention[], sourceId: string, key: string, value: string): boolean {
  return mentions.some(
    (mention) => mention.sourceId === sourceId && mention.key === key && mention.value === value,
  );
}

function valueConflicts(
  documents: readonly Document[],
  mentions: readonly Mention[],
  weight: (word: string) => number,
): Conflict[] {
  // Union-find over mentions: linked when about the same thing (shared context words).
  const parent = mentions.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const disagreeing = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as Mention;
    for (let j = i + 1; j < mentions.length; j++) {
      const b = mentions[j] as Mention;
      if (a.sourceId === b.sourceId || a.kind !== b.kind || a.key !== b.key) continue;
      if (!isSameThing(a, b, weight)) continue;
      if (a.value !== b.value) {
        // A source that also states the other value is not contradicting it: it gives both
        // (当初の約4000億円から約5600億円に).
        if (states(mentions, a.sourceId, b.key, b.value) || states(mentions, b.sourceId, a.key, a.value))
          continue;
        disagreeing.add(i);
        disagreeing.add(j);
      }
      parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  for (let index = 0; index < mentions.length; index++) {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), index]);
  }
  const conflicts: Conflict[] = [];
  for (const members of groups.values()) {
    if (!members.some((index) => disagreeing.has(index))) continue;
    const claims = new Map<string, Mention>();
    for (const index of members) {
      const mention = mentions[index] as Mention;
      const id = `${mention.sourceId}\u0000${mention.value}`;
      if (!claims.has(id)) claims.set(id, mention);
    }
    const list = [...claims.values()];
    if (new Set(list.map((mention) => mention.value)).size < 2) continue;
    const order = new Map(documents.map((document, index) => [document.id, index]));
    list.sort(
      (a, b) =>
        (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0) || a.sentence.start - b.sentence.start,
    );
    conflicts.push({
      kind: (list[0] as Mention).kind,
      subject: subjectOf(list, weight),
      claims: list.map((mention) => ({
        sourceId: mention.sourceId,
        value: mention.display,
        evidence: evidenceOf(mention.sourceId, mention.sentence),
      })),
    });
  }
  return conflicts;
}

function evidenceOf(sourceId: string, span: { start: number; end: number; text: string }): Evidence {
  return { sourceId, start: span.start, end: span.end, text: span.text };
}

/** Words naming what the claims are about: the context words all share, as the first source writes them. */
function subjectOf(claims: readonly Mention[], weight: (word: string) => number): string {
  const [first, ...rest] = claims as [Mention, ...Mention[]];
  const shared = first.surfaces.filter((word) => rest.some((other) => other.words.has(word.base)));
  const words = shared.length > 0 ? shared : first.surfaces;
  // Adjacent words stay one phrase (新規雇用); the heaviest phrase names the subject.
  const phrases: Array<{ text: string; weight: number; end: number }> = [];
  for (const word of words) {
    const last = phrases.at(-1);
    if (last && last.end === word.start) {
      last.text += word.surface;
      last.weight += weight(word.base);
      last.end = word.end;
    } else phrases.push({ text: word.surface, weight: weight(word.base), end: word.end });
  }
  const best = [...phrases].sort((a, b) => b.weight - a.weight)[0];
  return best?.text ?? first.display;
}

function roleConflicts(documents: readonly Document[]): Conflict[] {
  // Per person: the roles each source gives them, with the sentence that says so.
  interface Said {
    sourceId: string;
    role: string;
    sentence: { start: number; end: number; text: string };
  }
  const people = new Map<string, Said[]>();
  for (const document of documents) {
    for (const sentence of splitSentences(document.text)) {
      // Offsets are looked up in the NFKC text; only sentences whose NFKC form keeps their length
      // can be cited by offset, and those are all the Japanese sentences in practice.
      for (const { name, role } of extractRoleSpans(sentence.text)) {
        const said = { sourceId: document.id, role, sentence };
        // The same person by full name or surname (村井 of 村井直人): file under the longest name.
        const key = [...people.keys()].find((other) => other.startsWith(name) || name.startsWith(other));
        if (key === undefined) people.set(name, [said]);
        else {
          const list = people.get(key) as Said[];
          list.push(said);
          if (name.length > key.length) {
            people.delete(key);
            people.set(name, list);
          }
        }
      }
    }
  }
  const conflicts: Conflict[] = [];
  for (const [name, said] of people) {
    const rolesOf = (sourceId: string) =>
      new Set(said.filter((s) => s.sourceId === sourceId).map((s) => s.role));
    const disagree = said.some((a) =>
      said.some(
        (b) =>
          a.sourceId !== b.sourceId &&
          a.role !== b.role &&
          !rolesOf(a.sourceId).has(b.role) &&
          !rolesOf(b.sourceId).has(a.role),
      ),
    );
    if (!disagree) continue;
    const claims = new Map<string, Said>();
    for (const s of said)
      if (!claims.has(`${s.sourceId}\u0000${s.role}`)) claims.set(`${s.sourceId}\u0000${s.role}`, s);
    const order = new Map(documents.map((document, index) => [document.id, index]));
    conflicts.push({
      kind: 'role',
      subject: `${name}の肩書き`,
      claims: [...claims.values()]
        .sort(
          (a, b) =>
            (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0) ||
            a.sentence.start - b.sentence.start,
        )
        .map((s) => ({ sourceId: s.sourceId, value: s.role, evidence: evidenceOf(s.sourceId, s.sentence) })),
    });
  }
  return conflicts;
}
