import type { Conflict, Evidence } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import type { DateMention } from '../text/dates.ts';
import type { Quantity } from '../text/quantities.ts';
import type { Token } from '../text/tokenizer.ts';
import { dateHead } from '../understand/date-head.ts';
import type { DocumentUnderstanding, Understanding } from '../understand/understand-document.ts';

/**
 * Where sources disagree: two sources that state different numbers (same unit), dates (same
 * shape) or roles for the same person about the same thing. Reads the sources through the
 * build's shared understanding (each text analysed once). Pure and deterministic; the pipeline
 * runs it once per build and stores the result in `article.conflicts` so the article can say so.
 */
export function findConflicts(documents: readonly Document[], understanding: Understanding): Conflict[] {
  const scope = documents.map((document) => understanding.of(document));
  const mentions = scope.flatMap(findMentions);
  return [...valueConflicts(scope, mentions, wordWeights(scope)), ...roleConflicts(scope)];
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
  /** Unit or date shape; only mentions with the same key are compared (人 with 人, 年度 with 年度). */
  key: string;
  /** The value in a comparable form: the number in its unit, or the date's fields. */
  value: string;
  /** The value as the source writes it (約1200人, 十一日). */
  display: string;
  /** The sentence the value stands in: the evidence. */
  sentence: { start: number; end: number; text: string };
  /** Content words of the clause around the value (dictionary forms), with their weight factor. */
  words: Map<string, number>;
  /** Sum of the words' weights. */
  total: number;
  /** Surfaces of the content words, in text order, for naming the subject. */
  surfaces: Array<{ base: string; surface: string; start: number; end: number; factor: number }>;
  /** A date's head: the first predicate after it (3月19日の本会議で採決される: 採決). */
  head?: string;
  /** A number that is not a level but the start of a change (4300円から) or its size (600円増). */
  change?: true;
}

/** The shape of a resolved date: dates compare only with dates of the same shape. */
function dateKey(date: DateMention): string | undefined {
  // 同日/翌日 are read through the date before them, and ごろ is no claim to a day: neither is
  // firm enough to set against another outlet's date.
  if (date.approx || /^[同翌]/u.test(date.text)) return undefined;
  if (date.period === 'fiscal' && date.year !== undefined && date.month === undefined) return '年度';
  if (date.period !== undefined) return undefined;
  if (date.day !== undefined && date.month !== undefined) return date.time !== undefined ? '日時' : '日';
  if (date.month !== undefined && date.day === undefined) return '月';
  if (date.year !== undefined && date.month === undefined) return '年';
  return undefined;
}

function dateValue(date: DateMention): string {
  return [date.year ?? '?', date.month ?? '?', date.day ?? '?', date.time ?? ''].join('-');
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

/**
 * The values a document states, read from its understanding (numbers in any notation — 1500人,
 * 千五百人, 1億2千万円 — and dates resolved against the page's date, so 10日 and 11月10日 compare).
 */
function findMentions(read: DocumentUnderstanding): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of read.sentences) {
    const found: Array<{
      kind: ValueKind;
      key: string;
      value: string;
      display: string;
      start: number;
      end: number;
      head?: string;
      /** Where the words about the value may reach to (a date's head predicate). */
      reach?: number;
      change?: true;
    }> = [];
    for (const date of sentence.dates) {
      const key = dateKey(date);
      if (key === undefined) continue;
      // A date standing before a comma (病院は10日、…を発表した) dates the clause its predicate ends.
      const dated = dateHead(sentence, date);
      const head = dated?.lemma;
      const headEnd = dated?.end;
      found.push({
        kind: 'date',
        key,
        value: dateValue(date),
        display: date.text,
        start: date.start,
        end: date.end,
        ...(head !== undefined ? { head } : {}),
        ...(headEnd !== undefined ? { reach: headEnd } : {}),
      });
    }
    for (const quantity of sentence.quantities) {
      // A bare number says nothing of what it counts; a number inside a date is the date's.
      if (quantity.unit === '' || quantity.vague) continue;
      if (sentence.dates.some((date) => quantity.start < date.end && quantity.end > date.start)) continue;
      found.push({
        kind: 'number',
        key: quantity.unit,
        value: `${quantity.bound ?? ''}${Number(quantity.value.toPrecision(12))}`,
        display: quantity.text.trim(),
        start: quantity.start,
        end: quantity.end,
        ...(isChange(sentence.text, quantity, sentence.quantities) ? { change: true as const } : {}),
      });
    }
    for (const value of found) {
      const [from, to] = clauseAround(sentence.text, value.start, Math.max(value.end, value.reach ?? 0));
      const surfaces = sentence.tokens
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
        sourceId: read.document.id,
        key: value.key,
        value: value.value,
        display: value.display,
        sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
        words: new Map(surfaces.map((word) => [word.base, word.factor])),
        total: 0,
        surfaces,
        ...(value.head !== undefined ? { head: value.head } : {}),
        ...(value.change ? { change: true as const } : {}),
      });
    }
  }
  return mentions;
}

/**
 * True when a number is part of a change rather than a level: its start (4300円から4900円に), its
 * size (600円増, 月600円の値上げ), or the difference of two levels the sentence gives.
 */
function isChange(text: string, quantity: Quantity, others: readonly Quantity[]): boolean {
  const after = text.slice(quantity.end, quantity.end + 4);
  if (
    /^\s*(?:から|増|減|アップ|ダウン|(?:の|も)?(?:値上げ|値下げ|引き上げ|引き下げ|上昇|減少|増加))/u.test(
      after,
    )
  )
    return true;
  return others.some(
    (a) =>
      a !== quantity &&
      a.unit === quantity.unit &&
      others.some(
        (b) =>
          b !== a &&
          b !== quantity &&
          b.unit === quantity.unit &&
          Math.abs(a.value - b.value - quantity.value) < 1e-9,
      ),
  );
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
function wordWeights(scope: readonly DocumentUnderstanding[]): (word: string) => number {
  const frequency = new Map<string, number>();
  let total = 0;
  for (const read of scope)
    for (const sentence of read.sentences) {
      total += 1;
      for (const word of new Set(sentence.tokens.filter(isContentWord).map(baseOf)))
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  total = Math.max(total, 1);
  // Each word's weight computed once, not once for every pair of mentions that shares it.
  const weights = new Map<string, number>();
  for (const [word, count] of frequency) weights.set(word, Math.log((total + 1) / (count + 1)) + 0.5);
  const unseen = Math.log(total + 1) + 0.5;
  return (word) => weights.get(word) ?? unseen;
}

/**
 * Two values are about the same thing when their clauses share rare words, and those words are
 * a large part of at least one clause (雇用1500人 / 新規雇用は約1200人を見込む), not one common
 * word among many (生徒の約6割が利用 / 利用者を1割以上増やす).
 */
function isSameThing(a: Mention, b: Mention, weight: (word: string) => number): boolean {
  let shared = 0;
  for (const [word, factor] of a.words) if (b.words.has(word)) shared += factor * weight(word);
  return shared >= SAME_THING_WEIGHT && shared >= SAME_THING_SHARE * Math.min(a.total, b.total);
}

function valueConflicts(
  scope: readonly DocumentUnderstanding[],
  mentions: readonly Mention[],
  weight: (word: string) => number,
): Conflict[] {
  for (const mention of mentions)
    mention.total = [...mention.words].reduce((sum, [word, factor]) => sum + factor * weight(word), 0);
  // What each source states, for "a source that also states the other value does not contradict it".
  const stated = new Set(mentions.map((m) => `${m.sourceId}\u0000${m.key}\u0000${m.value}`));
  const states = (sourceId: string, m: Mention) => stated.has(`${sourceId}\u0000${m.key}\u0000${m.value}`);
  // Candidate pairs share a word (isSameThing needs one): an index by kind, key and word keeps the
  // search near-linear in the number of mentions instead of comparing every pair. Dates are filed
  // by the predicate heading them too (two dates disagree only about the same event), and what is
  // never linked — a change (4300円から4900円に) is no level to compare, a date heading nothing —
  // is not filed.
  const linkable = (mention: Mention) =>
    !mention.change && (mention.kind !== 'date' || mention.head !== undefined);
  const slotOf = (mention: Mention, word: string) =>
    mention.kind === 'date'
      ? `date\u0000${mention.key}\u0000${mention.head}\u0000${word}`
      : `${mention.kind}\u0000${mention.key}\u0000${word}`;
  const index = new Map<string, number[]>();
  mentions.forEach((mention, i) => {
    if (!linkable(mention)) return;
    for (const word of mention.words.keys()) {
      const slot = slotOf(mention, word);
      const list = index.get(slot);
      if (list === undefined) index.set(slot, [i]);
      else list.push(i);
    }
  });
  // Union-find over mentions (with path halving): linked when about the same thing.
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) {
      parent[root] = parent[parent[root] as number] as number;
      root = parent[root] as number;
    }
    return root;
  };
  const disagreeing = new Set<number>();
  // tried[j] === i + 1: mention j was compared with mention i already (through another shared word).
  const tried = new Int32Array(mentions.length);
  mentions.forEach((a, i) => {
    if (!linkable(a)) return;
    for (const word of a.words.keys()) {
      const list = index.get(slotOf(a, word)) as number[];
      // The list is in mention order: only the mentions after this one are compared with it.
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((list[middle] as number) <= i) low = middle + 1;
        else high = middle;
      }
      for (let at = low; at < list.length; at++) {
        const j = list[at] as number;
        const b = mentions[j] as Mention;
        if (a.sourceId === b.sourceId || tried[j] === i + 1) continue;
        tried[j] = i + 1;
        if (!isSameThing(a, b, weight)) continue;
        // A source that also states the other value is not contradicting it: it gives both
        // (当初の約4000億円から約5600億円に).
        if (a.value !== b.value && !states(a.sourceId, b) && !states(b.sourceId, a)) {
          disagreeing.add(i);
          disagreeing.add(j);
        }
        parent[find(j)] = find(i);
      }
    }
  });
  const groups = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [i]);
    else group.push(i);
  }
  const order = new Map(scope.map((read, i) => [read.document.id, i]));
  const conflicts: Conflict[] = [];
  for (const members of groups.values()) {
    if (!members.some((i) => disagreeing.has(i))) continue;
    const claims = new Map<string, Mention>();
    for (const i of members) {
      const mention = mentions[i] as Mention;
      const id = `${mention.sourceId}\u0000${mention.value}`;
      if (!claims.has(id)) claims.set(id, mention);
    }
    const list = [...claims.values()];
    if (new Set(list.map((mention) => mention.value)).size < 2) continue;
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

function roleConflicts(scope: readonly DocumentUnderstanding[]): Conflict[] {
  // Per person: the roles each source gives them, with the sentence that says so.
  interface Said {
    sourceId: string;
    role: string;
    sentence: { start: number; end: number; text: string };
  }
  const people = new Map<string, Said[]>();
  for (const { document, sentences } of scope) {
    for (const sentence of sentences) {
      // Offsets are looked up in the NFKC text; only sentences whose NFKC form keeps their length
      // can be cited by offset, and those are all the Japanese sentences in practice.
      for (const { name, role } of extractRoleSpans(sentence.text)) {
        const said = {
          sourceId: document.id,
          role,
          sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
        };
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
    const order = new Map(scope.map((read, index) => [read.document.id, index]));
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
