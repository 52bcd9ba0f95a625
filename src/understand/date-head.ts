import { findDates } from '../text/dates.ts';
import { type Clause, clauseAt, keyOf, type Predicate, type SentenceReading } from './read-sentence.ts';

/** What a date dates in its sentence: the predicate's lemma (or verbal noun's key), and where it ends. */
export interface DateHead {
  lemma: string;
  end: number;
  /** The head ends a relative clause (2028年に稼働する予定の工場): it dates what the noun is, not the sentence's event. */
  attributive?: true;
}

// Verbs that say nothing of which event a date is about (開業することになる: 開業 is the event).
const GENERIC_HEADS = new Set(['する', 'なる', 'ある', 'いる', 'できる', 'おる']);

/**
 * The event a date dates. Japanese puts the head last: a verbal noun right after the date, or
 * after the date and の (12日発表の速報値, 3月の開業を予定: 発表, 開業); the next predicate of its
 * clause after a date with の (3月19日の本会議で採決される: 採決); otherwise the last predicate of the
 * clause it stands in — of the end of the chain when the date is set off by a comma (11月10日、…
 * 受けて…発表した: 発表), since such a date dates the whole sentence, and of the next clause when
 * the comma ends its own (…は9日、…と発表した), while a date inside what is announced, not set off
 * (…説明会を10日に開くと発表した), dates the announced act; of the のは clause when a cleft sentence puts the
 * date in focus (気付いたのは10日だった). A generic verb (する, なる) or
 * the clause's hedge (開く予定だ: 予定 is the modality, 開く the event) is never the head. The one
 * reading of date heads for the verifier and the conflict finder.
 */
export function dateHead(
  reading: SentenceReading,
  date: { start: number; end: number },
): DateHead | undefined {
  // A function of the sentence and the date's place in it: a source sentence's dates are asked
  // about by every claim checked against it (and by the conflict finder), each answered once.
  let heads = headsOf.get(reading);
  if (heads === undefined) {
    heads = new Map();
    headsOf.set(reading, heads);
  }
  const key = date.start * 2 ** 21 + date.end;
  if (heads.has(key)) return heads.get(key);
  const head = dateHeadOnce(reading, date);
  heads.set(key, head);
  return head;
}

const headsOf = new WeakMap<SentenceReading, Map<number, DateHead | undefined>>();

function dateHeadOnce(reading: SentenceReading, date: { start: number; end: number }): DateHead | undefined {
  const topic = topicEvent(reading, date);
  if (topic !== undefined) return topic;
  let i = reading.tokens.findIndex((token) => token.start >= date.end);
  if (reading.tokens[i]?.start === date.end && reading.tokens[i]?.surface === 'の') i++;
  const next = reading.tokens[i];
  if (
    next !== undefined &&
    (next.start === date.end || next.start === date.end + 1) &&
    next.pos === '名詞' &&
    next.posDetail === 'サ変接続'
  )
    return { lemma: keyOf(next), end: next.end };
  // A date outside a direct quote dates no predicate inside it (6日に「…当たった」と連絡があった:
  // the quote is what was said, the date when it was said).
  const quoteOf = (start: number, end: number) =>
    reading.quotes.findIndex((quote) => start > quote.start && end < quote.end);
  const dateQuote = quoteOf(date.start, date.end);
  const isEvent = (p: Predicate) =>
    (dateQuote >= 0 || quoteOf(p.start, p.end) < 0) &&
    (occurring(reading, p) !== undefined ||
      (!GENERIC_HEADS.has(p.lemma) && !(reading.clauses[p.clause]?.hedges ?? []).includes(p.lemma)));
  const head = (predicate: Predicate | undefined): DateHead | undefined =>
    predicate === undefined
      ? undefined
      : { lemma: occurring(reading, predicate) ?? predicate.lemma, end: predicate.end };
  // A cleft sentence puts the date in focus after のは (気付いたのは10日午前3時ごろだった): it
  // dates the predicate of the のは clause. So does a cleft that is what someone says, its copula
  // before the quoting と (燃えたのは1日未明だったと発表した): the date is still the focus of the のは
  // clause, and the verb of saying is dated, if at all, by a date of its own (市は3日、…).
  const cleft = /のは\s*[、，]?\s*$/u.exec(reading.text.slice(0, date.start));
  if (
    cleft !== null &&
    /^\s*(?:ごろ|頃)?(?:(?:だ|だった|です|でした|である|であった)?\s*[。．]?\s*$|(?:だ|だった|である|であった)と)/u.test(
      reading.text.slice(date.end),
    )
  )
    return head(reading.predicates.filter((p) => p.end <= cleft.index && isEvent(p)).at(-1));
  if (reading.text.startsWith('の', date.end)) {
    const clause = clauseAt(reading, date.end);
    return head(reading.predicates.find((p) => p.start >= date.end && p.end <= clause.end && isEvent(p)));
  }
  let c = reading.clauses.findIndex((clause) => date.start >= clause.start && date.start < clause.end);
  if (c < 0) return head(reading.predicates.filter(isEvent).at(-1));
  const setOff = SET_OFF.test(reading.text.slice(date.end)) || earlierDayAfterComma(reading.text, date);
  // Of two dates set off by commas (…で19日、屋根が飛ばされた問題で、気象台は20日、…と発表した: the
  // lead's frame), the first dates the acts up to the second, which dates the rest of the chain.
  if (setOff) {
    const later = laterSetOffDate(reading, date);
    const before =
      later === undefined
        ? undefined
        : reading.predicates.filter((p) => p.start >= date.end && p.end <= later && isEvent(p)).at(-1);
    if (before !== undefined) return head(before);
  }
  const lastEventOf = (clause: Clause) =>
    reading.predicates.filter((p) => p.start >= date.end && p.end <= clause.end && isEvent(p)).at(-1);
  // A date set off by a comma where its clause ends (汐見汽船（港北市）は9日、10月から…と発表した)
  // has no predicate of its own: it dates the clauses after it.
  // So has one whose only event heads a relative clause (8日朝、巡回をしていた係員が、…見つけた: the
  // worker is described by the check, the date dates what the worker did).
  if (
    setOff &&
    !hasOwnEvent(reading, reading.clauses[c] as Clause, date, isEvent) &&
    c + 1 < reading.clauses.length
  )
    c++;
  if (setOff) while (reading.clauses[c]?.continuative && c + 1 < reading.clauses.length) c++;
  // …and past the phrases set off by commas that hold no event (4合目付近で、…男性が、…): they lead
  // up to the predicate of a later clause, which the date dates.
  if (setOff)
    while (lastEventOf(reading.clauses[c] as Clause) === undefined && c + 1 < reading.clauses.length) c++;
  // A date inside a relative clause (2028年に稼働する予定の工場を建てる) dates that clause's verb,
  // the first one after it that modifies a noun.
  if (!setOff) {
    const clause = reading.clauses[c] as Clause;
    const first = reading.predicates.find((p) => p.start >= date.end && p.end <= clause.end && isEvent(p));
    if (first !== undefined && modifiesNoun(reading, first))
      return { lemma: first.lemma, end: first.end, attributive: true };
    // A date inside what is announced or said (説明会を10日に開くと発表した) dates the quoted act,
    // not the verb of saying: only a date set off by a comma (同社は7日、…) dates the announcement.
    // The act must be the first predicate after the date: one a relative clause heads
    // (10日に予定していた祭りを中止すると発表した: 予定) keeps the date to itself.
    const next = reading.predicates.find((p) => p.start >= date.end && p.end <= clause.end);
    if (first !== undefined && next === first && quotedByTo(reading, first))
      return { lemma: first.lemma, end: first.end };
  }
  return head(lastEventOf(reading.clauses[c] as Clause));
}

/** True when the clause has an event after the date that does not head a relative clause. */
function hasOwnEvent(
  reading: SentenceReading,
  clause: Clause,
  date: { start: number; end: number },
  isEvent: (p: Predicate) => boolean,
): boolean {
  return reading.predicates.some(
    (p) => p.start >= date.end && p.end <= clause.end && isEvent(p) && !modifiesNoun(reading, p),
  );
}

// A comma that lists the next day (8月8、9日に; 8、9の両日) is no setting off, nor is a date with its case
// particle before the comma (来年度から、…始める; 3月末まで、…休む).
const SET_OFF = /^(?:から|まで|より|に|には|にも)?\s*[、，](?![0-9０-９]{1,2}(?:日|の?両日))/u;

// A day after the comma, with its 日 (…は5日、3日に…).
const DAY_AFTER_COMMA = /^\s*[、，]\s*([0-9０-９]{1,2})日/u;

/**
 * True when the date is a day (5日) and the comma after it is followed by an earlier day of the
 * month (…は5日、3日に行った…と発表した): a list of days runs forward (8、9日; 5日、6日の両日), so a
 * day that goes back is no second item of a list but the date of another event, and the comma sets
 * the first date off.
 */
function earlierDayAfterComma(text: string, date: { start: number; end: number }): boolean {
  const own = /([0-9０-９]{1,2})日$/u.exec(text.slice(date.start, date.end));
  const next = DAY_AFTER_COMMA.exec(text.slice(date.end));
  if (own === null || next === null) return false;
  const day = (digits: string) =>
    Number(digits.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
  return day(next[1] as string) < day(own[1] as string);
}

// The dates of a reading's text on its own (no page date, no sentence before it), found once per
// reading: the date heads here and the verifier's alignment of a claim (alignment.ts) both read them.
const datesOf = new WeakMap<SentenceReading, ReturnType<typeof findDates>>();

/** findDates(reading.text), found once per reading; the caller must not change what it gets. */
export function datesOfReading(reading: SentenceReading): ReturnType<typeof findDates> {
  let dates = datesOf.get(reading);
  if (dates === undefined) {
    dates = findDates(reading.text);
    datesOf.set(reading, dates);
  }
  return dates;
}

/** Where the next date after this one that is itself set off by a comma starts; undefined if none. */
function laterSetOffDate(reading: SentenceReading, date: { start: number; end: number }): number | undefined {
  const dates = datesOfReading(reading);
  return dates.find((other) => other.start >= date.end && SET_OFF.test(reading.text.slice(other.end)))?.start;
}

// What may follow a date that is the predicate of its sentence's topic, to the sentence's end: ごろ, a
// copula (だった, です), or になる / に始まる (the event comes at or begins at the date), and a hedge noun.
const TOPIC_PREDICATE =
  /^\s*(?:ごろ|頃)?\s*(?:(?:に|と)(?:なる|なった|なります|なりました|始まる|始まった|始まります|始まりました))?\s*(?:予定|見通し|見込み)?\s*(?:だ|だった|です|でした|である|であった)?\s*[。．]?\s*$/u;

/**
 * A date that is the predicate of the sentence's topic (119番通報は2日午前4時ごろだった, 一般公開は
 * 7月中旬になる見通しだ, 公開は7月上旬に始まる予定だ) dates the event the topic names, when the topic is
 * a verbal noun: the same event as that noun used as a verb, or as the subject of a cleft (通報があった
 * のは…).
 */
function topicEvent(reading: SentenceReading, date: { start: number; end: number }): DateHead | undefined {
  if (!TOPIC_PREDICATE.test(reading.text.slice(date.end))) return undefined;
  const before = /は\s*[、，]?\s*$/u.exec(reading.text.slice(0, date.start));
  if (before === null) return undefined;
  const wa = reading.tokens.findLast((token) => token.start === before.index && token.surface === 'は');
  const noun = wa === undefined ? undefined : reading.tokens[reading.tokens.indexOf(wa) - 1];
  if (noun === undefined || noun.end !== before.index || noun.pos !== '名詞' || noun.posDetail !== 'サ変接続')
    return undefined;
  return { lemma: keyOf(noun), end: noun.end };
}

// Verbs that say an event took place, of the noun that is their subject (連絡があった, 爆発が起きた).
const OCCURRING = new Set(['ある', '起きる', '起こる']);

/** True for a verb that says an event took place (火災があった, 火災が起きた): one act whichever is used. */
export const isOccurring = (lemma: string): boolean => OCCURRING.has(lemma);

// Verbs that make a fact public (発表した, 公表した, 明らかにした): Japanese news closes an account with
// one of them (…が6日、明らかにした) and a paraphrase may pick another; each says only that the actor
// made the fact known, so a date heading one dates them all. A closed class: the verbs of making
// known, lemmas as the reading gives them (明らかにする is 明らか).
const MAKING_KNOWN = new Set(['発表', '公表', '明らか']);

/** True for a verb that makes a fact public (発表, 公表, 明らかにする): one act whichever is used. */
export const isMakingKnown = (lemma: string): boolean => MAKING_KNOWN.has(lemma);

/**
 * The event a verb of occurring says took place: the verbal noun that is its subject (6日に連絡が
 * あった: 連絡; 爆発が起きた: 爆発), the same event as that noun used as a verb (6日に連絡した).
 */
function occurring(reading: SentenceReading, predicate: Predicate): string | undefined {
  if (!OCCURRING.has(predicate.lemma) || predicate.negated) return undefined;
  const at = reading.tokens.findIndex((token) => token.start === predicate.start);
  const particle = reading.tokens[at - 1];
  const noun = reading.tokens[at - 2];
  if (particle === undefined || noun === undefined || !/^[がもは]$/u.test(particle.surface)) return undefined;
  return noun.pos === '名詞' && noun.posDetail === 'サ変接続' ? keyOf(noun) : undefined;
}

/** True when the predicate's chain ends in the quoting particle と (開くと発表した, 開かれると述べた). */
function quotedByTo(reading: SentenceReading, predicate: Predicate): boolean {
  const tokens = reading.tokens;
  let i = tokens.findIndex((token) => token.start >= predicate.end);
  while (
    i >= 0 &&
    i < tokens.length &&
    (tokens[i]?.pos === '助動詞' ||
      (tokens[i]?.pos === '動詞' && (tokens[i]?.posDetail !== '自立' || tokens[i]?.baseForm === 'する')))
  )
    i++;
  // kuromoji tags this と now as quoting (格助詞), now as conjunctive (引き上げると明らかにした); a
  // conditional と (雨が降ると、) is set off by its comma.
  const next = tokens[i];
  return next?.surface === 'と' && next.pos === '助詞' && tokens[i + 1]?.surface !== '、';
}

// Nouns of a plan or forecast that a relative clause may end on before の (稼働する予定の工場).
const HEDGE_NOUN = /^(?:予定|見込み|見通し|計画|方針)$/u;

/**
 * True when the predicate ends a relative clause: after its auxiliaries it is followed by a noun
 * (稼働する工場), or by a plan noun and の (稼働する予定の工場).
 */
export function modifiesNoun(reading: SentenceReading, predicate: Predicate): boolean {
  const tokens = reading.tokens;
  let i = tokens.findIndex((token) => token.start >= predicate.end);
  // A verbal noun that する takes through a particle (点検をしていた職員): its chain is する's.
  if (/^(?:を|は|も)$/u.test(tokens[i]?.surface ?? '') && tokens[i + 1]?.baseForm === 'する') i++;
  while (i >= 0 && i < tokens.length) {
    const token = tokens[i] as (typeof tokens)[number];
    // …and the て of an auxiliary verb after it (担ってきた, 続いている).
    const after = tokens[i + 1];
    const inChain =
      token.pos === '助動詞' ||
      (token.pos === '動詞' && (token.posDetail === '非自立' || token.baseForm === 'する')) ||
      (token.pos === '助詞' &&
        (token.surface === 'て' || token.surface === 'で') &&
        after?.pos === '動詞' &&
        after.posDetail === '非自立');
    if (!inChain) break;
    i++;
  }
  const isNoun = (token: (typeof tokens)[number] | undefined) =>
    token !== undefined && (token.pos === '接頭詞' || (token.pos === '名詞' && token.posDetail !== '非自立'));
  const next = tokens[i];
  if (!isNoun(next)) return false;
  if (!HEDGE_NOUN.test(next?.surface ?? '')) return true;
  return tokens[i + 1]?.surface === 'の' && isNoun(tokens[i + 2]);
}

// Where an English clause ends or another begins: punctuation, a conjunction, a relative or
// subordinating word (…a car that crashed…, …, after scorching…).
const ENGLISH_CLAUSE_BREAK =
  /[,;:—–()]|\b(?:and|but|or|that|which|who|whom|whose|where|when|while|whereas|because|although|though|after|before|since|until|as|if|according)\b/giu;
// A preposition of the date itself (since early Monday, after Sunday night): no break of its clause.
const ENGLISH_DATE_PREPOSITION = /^\s*(?:(?:early|late)\s+)?$/iu;

/**
 * The event a date dates in an English sentence, read from the sentence's vocabulary verbs
 * (english-gloss.ts glossedPredicates): the verb of the date's own clause — the clause ends at a
 * comma, a conjunction or a relative word — nearest before it (…broke out … on Saturday
 * afternoon), or, with none before it, the one right after it (Police on Monday began analyzing…).
 * English puts a date after its verb or before it, never across a clause break: in "Police on
 * Monday began analyzing the recorder of a car that crashed … on Sunday morning" Monday dates
 * 始める and Sunday what the car did. A clause with no vocabulary verb gives no head.
 */
export function englishDateHead(
  text: string,
  predicates: readonly { lemma: string; start: number; end: number }[],
  date: { start: number; end: number },
): DateHead | undefined {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(ENGLISH_CLAUSE_BREAK)) {
    const at = match.index;
    const end = at + match[0].length;
    if (end <= date.start) {
      if (!ENGLISH_DATE_PREPOSITION.test(text.slice(end, date.start))) from = end;
    } else if (at >= date.end) {
      to = at;
      break;
    }
  }
  const inClause = predicates.filter((p) => p.start >= from && p.end <= to);
  const before = inClause.filter((p) => p.end <= date.start).at(-1);
  // A date before its verb stands right before it (Police on Monday began…); one after an unknown
  // verb (said Tuesday it will abolish…) dates that verb, not the next one.
  const head =
    before ?? inClause.find((p) => p.start >= date.end && /^\s+$/u.test(text.slice(date.end, p.start)));
  return head === undefined ? undefined : { lemma: head.lemma, end: head.end };
}
