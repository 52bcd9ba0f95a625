import type { StoryItem } from '../domain/story-item.ts';
import { findDates } from '../text/dates.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import { findQuantities, parseJapaneseNumber } from '../text/quantities.ts';
import { splitSentences } from '../text/split-sentences.ts';
import type { Synonyms } from '../text/synonyms.ts';
import { PLACE_JOINER, type Token, type Tokenizer } from '../text/tokenizer.ts';
import { bareKindsIn } from '../understand/coreference.ts';
import { findPeople, isContentToken, keyOf, readSentence } from '../understand/read-sentence.ts';
import { topicOf } from '../understand/subject.ts';
import { createUnderstanding, kanaAbbreviationsOf } from '../understand/understand-document.ts';
import { senseRelatedOf } from './sense-keys.ts';

/**
 * What the clusterer compares of one feed item, read once: its words, its noun phrases (names of
 * people, organisations and places among them), its numbers with units, the days it names, and
 * when it was published. Pure: the same item and tokenizer give the same reading.
 */
export interface ItemReading {
  id: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** Content words (dictionary forms, NFKC) → weight; title words count twice (the lead names the event). */
  words: Map<string, number>;
  /**
   * Content word or noun phrase → the other words of its Sudachi synonym groups (運転手 →
   * ドライバー, 運転者), two characters or more: a paraphrase says the same thing in other words,
   * and the word and phrase views match them (cluster-items.ts, `cosine` and `phraseOverlap`).
   * Only the item's own words and phrases; empty in a story's profile.
   */
  synonyms: Map<string, readonly string[]>;
  /**
   * Content word → the other words EDICT gives the same main translation (sense-keys.ts: 延期 →
   * 先送り, 繰り延べ; 謝罪 → 詫びる), two characters or more: the same thing or act in other words,
   * matched by the word view as a synonym is (`cosine`) but not counted among the shared words that
   * make a match broad — an act told alike is shared by two incidents of one kind as much.
   * Only the item's own words; empty in a story's profile.
   */
  glossedAlike: Map<string, readonly string[]>;
  /**
   * Kanji compound word → the kanji words it ends in that keep their own reading in it (五重塔 →
   * 塔, 彼岸花 → 花 with its voiced ばな, 小菊 → 菊; not 農家 → 家, read か there and いえ alone):
   * the compound's head, what it is a kind of (`headsOf`). Only the item's own words; empty in a
   * story's profile.
   */
  compoundHeads: Map<string, readonly string[]>;
  /** Noun compounds and people (NFKC, ≥ 2 characters) → weight; title phrases count twice. */
  phrases: Map<string, number>;
  /** People named (full names or surnames). */
  people: string[];
  /** Places at the level of a prefecture, city, town or village (青葉市, 若草町), split out of compounds. */
  places: string[];
  /** `prefecture>municipality` for each address that writes one in the other (青葉県若草町 → 青葉県>若草町). */
  containment: string[];
  /**
   * Quantities as `value unit` keys (120億5千万円 and 百二十億円 read alike), units only, no bare numbers;
   * and clock times on the 24-hour clock as HH:MM (午後6時 → 18:00).
   */
  numbers: string[];
  /** Days the item names (YYYY-MM-DD), resolved against its publication date. */
  days: string[];
  /** Days named in the headline or the first sentence: the days of the item's own event. */
  leadDays: string[];
  /**
   * The people the first sentence gives an age in parentheses, as `kind=N歳` (男性=64歳, 被告=56歳:
   * the word before the parenthesis, see `agedPeople`), when the sentence does not set its event
   * in a case it names first (…の事件で、…): who the item's own event happened to or was done by.
   */
  leadAges: string[];
  /**
   * Figures the headline or the first sentence gives (its quantities and its ages, as `numbers`
   * keys): the counts a first report gives of its own event (客30人, 金魚約3万匹, 男性(45)). Empty in
   * a story's profile.
   */
  leadNumbers: string[];
  /**
   * Noun phrases of the headline and the first sentence: the event the item reports (news is
   * written lead first; later sentences give background, often another event). Empty in a story's profile.
   */
  leadPhrases: string[];
  /**
   * Days named in recap sentences (see recapPhrases: 同社は3日にも…を発表している, 12日に再開した
   * ばかりだった): the days of an earlier event, set apart from the item's own. Empty in a story's profile.
   */
  recapDays: string[];
  /**
   * Noun phrases named only in later sentences that recount another, earlier event (`isRecap`:
   * 別の施設で…, 達成したばかり, …に続き): what the item sets apart from its own event.
   * In a story's profile: the phrases that every member naming them names only so.
   */
  recapPhrases: string[];
  /**
   * Figures named only in recap sentences (同社の工場では3月、瓶120本が割れている): an earlier
   * event's, as recapPhrases. Empty in a story's profile.
   */
  recapNumbers: string[];
  /**
   * The item's own phrases that a recap sentence's setting refers back to with 同 (同牧場では…, 同工房では…:
   * 高原牧場, 菓子工房 named before): the setting the other matter happened in, the item's actor or place.
   * Empty in a story's profile.
   */
  recapSettings: string[];
  /**
   * The first sentence's topic, NFKC (大鷹電機 of 大鷹電機は16日、…): who the item's event is about,
   * read by `understand/`'s `topicOf`; '' when no は binds one. Empty in a story's profile.
   */
  topic: string;
  /** Day and clock time together (YYYY-MM-DDTHH:MM): when the event happened, to the minute. */
  moments: string[];
  /**
   * The moments the lead gives as approximate (17日午後3時半ごろ): when something happened, as a
   * first report times an incident; a scheduled act is timed exactly (午前10時から会見). Empty in a
   * story's profile.
   */
  occurrences: string[];
  /** Days with their part of the day (YYYY-MM-DD/night), from a part named (十五日未明) or a clock time read as its part. */
  dayParts: string[];
  /**
   * Parts of the day an item that names no day at all gives its scene (早朝の高速道路を…, あの朝,
   * 夜明け前の暗い海で): a feature or broadcast piece on the event just reported. Empty when any day is named.
   */
  undatedParts: string[];
  /**
   * Kind words of a place or body the item uses bare as the place (町の…, 港で…, 湖に…: `bareKindsIn`;
   * not as topic or subject, 県は…, 町が…, the body acting) and names no place or body of itself (no
   * phrase of its own ends in the kind): a piece that calls the place of the story it follows by its
   * kind alone, as news calls a place it has named. Empty in a profile.
   */
  bareKinds: string[];
  /**
   * The day an item counts from by the news convention 〜から一夜明けた (火災から一夜明けた商店街, 一夜
   * 明けた10日): the day before the day it names with it, or before its day of publication.
   */
  nightBefore: string[];
  /**
   * Phrases the first sentence names as what came before its own event, in the grammar of a
   * follow-up: a state that has now ended (行方不明になっていた男の子が…見つかった, 通行止めとなっていた
   * トンネルが…再開した) or what the act responds to (津波注意報が出たことを受け、町は…). Empty in a
   * story's profile.
   */
  referBack: string[];
  /**
   * Phrases the first sentence names as the case it follows up, in a news lead's frame: the case
   * named before the comma (…が出た問題で、県は…; …が転んだ事故で、市は…) or what the act
   * responds to (…の事故を受け、…). The item says itself that it reports a development of that
   * case, however long ago it was reported (`scorePair`). A story's profile pools its members'.
   */
  followsUp: string[];
  /**
   * What the case the lead frames itself by is called, where its name says so (逆走 of …の逆走事故を
   * 受け、, 買収 of …の買収事件で、): kanji right before the case noun; '' when the frame names only a
   * bare case (…が出た問題で、) or ends otherwise (…ことを受け、). Empty in a story's profile.
   */
  followedCase: string;
  /**
   * True when `followsUp` was read from a relative clause that recalls the case (`caseRecalled`:
   * 川に染料を流した工場に), not from a frame: a first report's clauses read alike, so such a
   * recall counts as a frame only where the other item names two of its phrases (`scorePair`).
   */
  caseRecall: boolean;
  /**
   * What happened to what: `argument>predicate` pairs (サービス>停止 of 一部サービス停止 or
   * サービスが止まり, 攻撃>受ける of 攻撃を受けた), each also under the predicate's synonyms
   * (サービス>止まる), so that two wordings of one event meet. See `eventsOf`.
   */
  events: string[];
  /**
   * Numbered names of one instance of a series (台風18号 and 台風十八号 alike, 鳳凰戦第2局, 原発3号機,
   * 全日空123便): see `designationsOf`. Also counted among the phrases.
   */
  designations: string[];
  /**
   * Compound names → the hiragana 略称 they may go by (千鳥銀行 → ちぎん, ちぎ…; 千草電鉄 → ちぐ電…),
   * read from their parts' readings (`kanaFormsOf`).
   */
  kanaForms: Map<string, readonly string[]>;
  /** Hiragana words that may be a kana 略称 of a name another item gives (ちぎん, ちぐ電): `kanaWordsOf`. */
  kanaWords: string[];
  /**
   * Names the lead introduces by their kind (家電メーカーのカナメ電機は…) → the parts of that kind
   * another report may call them by (家電, 家電メーカー): `kindsOf`.
   */
  kinds: Map<string, readonly string[]>;
  /** What the item's compounds start with, part by part (精密, 精密部品 of 精密部品メーカー): `kindPrefixesOf`. */
  kindPrefixes: string[];
  /**
   * Named places and bodies below the municipality the item names (北浦橋, 鷺沼高校): noun compounds
   * that start with a proper noun or a word the dictionary does not know and end in a common noun, the
   * kind of the thing named (`namedCompoundsOf`); not a municipality's own office or body (若草町役場).
   * A later development names its matter so. Empty in a story's profile.
   */
  names: string[];
  /** Normalised title + description, for near-duplicate shingles. */
  text: string;
}

const TITLE_WEIGHT = 2;

// Reporting verbs (dictionary forms; サ変 nouns as eventsOf reads them): 〜は…と発表した says who
// told, not what happened. A pair of one (電機>発表) is shared by every announcement of its actor —
// a plant and a recall alike — so it is not an event of the item.
export const REPORTING: ReadonlySet<string> = new Set(
  '発表 公表 説明 表明 報告 指摘 強調 会見 コメント 明らか 述べる 話す 語る 示す 答える 伝える'.split(' '),
);

/**
 * A past day with にも (湾内では12日にも漁船の転覆事故があった, 同社は4日にも…を発表している): another
 * event of the same kind before the item's own, told as background. A day not before the item's
 * publication (28日にも解除: "as early as") is no recap.
 */
function isEarlierToo(sentence: string, date: ReturnType<typeof findDates>[number], today: string): boolean {
  if (!sentence.startsWith('にも', date.end)) return false;
  if (date.year === undefined || date.month === undefined || date.day === undefined) return false;
  return dayKey(new Date(Date.UTC(date.year, date.month - 1, date.day))) < today;
}

const JST = 9 * 3_600_000;
const dayKey = (date: Date) => date.toISOString().slice(0, 10);

// A follow-up names what came before its own event as an ended state (〜になっていた,
// 〜となっていた: had been missing, had been closed; 〜が続いていた: a closure or a suspension that
// had gone on until the item's own event ended it) or as what its act responds to (〜を受け).
const REFERRING_BACK = /(?:[にと]なっていた|が続いていた|を受け)/u;

/** The part of a sentence before its last referring-back marker; '' when it has none. */
export function referringBack(sentence: string): string {
  let end = -1;
  for (const match of sentence.matchAll(new RegExp(REFERRING_BACK, 'gu'))) end = match.index;
  return end < 0 ? '' : sentence.slice(0, end);
}

/**
 * The parts of the day (as `findDates` names them: 朝 morning, 昼・午後 daytime, 夕方 evening, 夜・
 * 未明・深夜 night) a clock time may be called by. Where two parts meet either is used: 午前3時12分 is
 * 未明 or 早朝, 午後5時半 is 午後 or 夕方, 午後7時 is 夕方 or 夜.
 */
function partsOfTime(time: string): string[] {
  const hour = Number(time.slice(0, 2));
  if (hour < 5) return ['night', 'morning'];
  if (hour < 12) return ['morning'];
  if (hour < 16) return ['daytime'];
  if (hour < 19) return ['daytime', 'evening'];
  return ['evening', 'night'];
}

/**
 * Nouns that name a part of the day on their own, as `findDates` reads the parts (朝 morning, 昼
 * daytime, 夕方 evening, 夜・未明・深夜 night); the small hours before dawn (夜明け, 明け方) are
 * night or morning, as a clock time before five is (`partsOfTime`). A closed class of time nouns.
 */
const PART_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['早朝', ['morning']],
  ['朝', ['morning']],
  ['朝方', ['morning']],
  ['昼', ['daytime']],
  ['昼間', ['daytime']],
  ['昼下がり', ['daytime']],
  ['日中', ['daytime']],
  ['夕方', ['evening']],
  ['夕刻', ['evening']],
  ['夕暮れ', ['evening']],
  ['夜', ['night']],
  ['夜間', ['night']],
  ['晩', ['night']],
  ['深夜', ['night']],
  ['未明', ['night']],
  ['真夜中', ['night']],
  ['夜明け', ['night', 'morning']],
  ['明け方', ['night', 'morning']],
]);

/**
 * A sentence that recounts another, earlier event as background, as the grammar marks it: the
 * aspect of something just done (〜たばかり: 受賞したばかり), a determiner setting the thing apart
 * (別の施設で), a sequence after an event (〜に続き), or a sentence that opens on the same day
 * (同じ日の…では, 同日に…): another happening set beside the item's own. So does a sentence that opens
 * on its setting named as the same one (同じ公園では…, 同じ商店街の駐車場では…: 同じ, like 別の, sets a
 * thing beside the item's own, and what follows is another matter of that setting). News puts such
 * a sentence after its lead.
 */
export const isRecap = (sentence: string) =>
  /[ただ]ばかり|別の|に続[きいく]|^(?:同じ日|同日)[のに]/u.test(sentence) || SAME_SETTING.test(sentence);
// 同じ and a noun phrase (kanji, katakana, の) before では / でも: not a relative clause (同じ時期に建てた…でも).
const SAME_SETTING = /^同じ[\p{Script=Han}\p{Script=Katakana}ー・の]{1,12}?(?:では|でも)/u;

/**
 * A later sentence that opens on このほか or ほかに (after a short topic at most: 県内ではこのほか、,
 * 今週はほかに、): a roundup or a bulletin turning from the matter it leads with to others (このほか、
 * 鶴見市の…が逮捕され、…). What it tells is other stories', as a recap's is another event's.
 */
const OTHER_MATTERS = /^(?:[^、。]{0,8}?[はで]、?)?(?:このほか|ほかに[、,は]|ほかには)/u;

// How many tokens a sentence's opening setting (同社では, 市内では, 港の倉庫では) may take.
const SETTING_TOKENS = 6;

// How many more tokens a relative clause on the setting (暮らしていた施設では, 事故があった港では) may take.
const CLAUSE_TOKENS = 6;

/**
 * Where a sentence opens on a setting as its topic (Nでは within its first tokens, no comma before):
 * the index of で, or -1. A verb before it may only be a relative clause on the setting (彼女が
 * 暮らしていた施設では: the clause ends in a verb or た right before the setting's noun, not a case
 * noun); a verb joined on by て or で to what follows (事故を受けて町では) opens a sentence of the
 * item's own act.
 */
function settingTopicAt(tokens: readonly Token[]): number {
  const opening = tokens.slice(0, SETTING_TOKENS + CLAUSE_TOKENS + 2);
  const at = opening.findIndex(
    (token, index) => token.surface === 'で' && token.pos === '助詞' && opening[index + 1]?.surface === 'は',
  );
  if (at < 1) return -1;
  const before = opening.slice(0, at);
  if (before.some((token) => token.pos === '記号')) return -1;
  if (!before.some((token) => token.pos === '動詞')) return at <= SETTING_TOKENS ? at : -1;
  const joined = before.some(
    (token, index) =>
      token.pos === '助詞' &&
      token.posDetail === '接続助詞' &&
      !(before[index + 1]?.pos === '動詞' && before[index + 1]?.posDetail === '非自立'),
  );
  const head = before[at - 1];
  return joined || head?.pos !== '名詞' || CLAUSE_CASE.test(head.surface) ? -1 : at;
}
// A relative clause on a case noun (車両が止まった事故では…も分かった) tells the event itself: what
// follows is more of it, not another matter of a setting.
const CLAUSE_CASE = /(?:事件|事故|問題|事案|騒動)$/u;

/**
 * Another matter of the setting, dated before the item's day (同社の工場では5日、…; 町では3月、…が
 * 起きている): a later sentence that opens on a setting as its topic and times what it tells to an
 * earlier month or day, written as when it happened (the date followed by 、 or に), is background: an
 * earlier event of the same firm, town or bay. A month or day that qualifies a noun (10月の海水温: a
 * period the sentence describes) does not time a happening and is left alone.
 */
export function datesAnotherMatter(
  sentence: string,
  tokens: readonly Token[],
  dates: ReturnType<typeof findDates>,
  today: string,
): boolean {
  if (settingTopicAt(tokens) < 1) return false;
  return dates.some((date) => {
    if (!/^(?:、|に[、\p{Script=Han}])/u.test(sentence.slice(date.end))) return false;
    if (date.year === undefined || date.month === undefined) return false;
    if (date.day === undefined)
      return `${date.year}-${String(date.month).padStart(2, '0')}` < today.slice(0, 7);
    return dayKey(new Date(Date.UTC(date.year, date.month - 1, date.day))) < today;
  });
}

/**
 * A later sentence that tells of another matter in the item's setting, as the grammar marks it: it
 * opens on the setting as its topic (市では, 同社では, 島では), puts a thing with the particle も
 * (also: 〜の故障も, 〜の事故も) and tells it as having happened or going on (〜た, 〜ている). That
 * is how a report of one event points at another of the same place or body (町では橋の補修も続いて
 * いる): background, as a recap is. An intention or a plan (〜も強化する) is not told so, and a
 * sentence that opens on something else (時刻, a person) is left to `isRecap`.
 */
export function tellsAnotherMatter(tokens: readonly Token[]): boolean {
  const at = settingTopicAt(tokens);
  if (at < 1) return false;
  for (let index = at + 2; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.surface !== 'も' || token.pos !== '助詞' || tokens[index - 1]?.pos !== '名詞') continue;
    const rest = tokens.slice(index + 1);
    if (!rest.some((next) => next.pos === '動詞' && next.posDetail === '自立')) continue;
    const told = rest.some(
      (next, i) =>
        (next.pos === '助動詞' && next.baseForm === 'た') ||
        (next.surface === 'て' && ['いる', 'おる'].includes(rest[i + 1]?.baseForm ?? '')),
    );
    if (told) return true;
  }
  return false;
}

// A period before the item's own day, named by the calendar rather than by a date: this month, last
// month, this or last year, last week, this or last season (今月, 先月, 今年, 昨年, 先週, 今季). A closed
// class of time nouns; 今週 and 今日 are left out (the item's own event may be told so).
const EARLIER_PERIOD =
  /^(?:今月|先月|今年|昨年|去年|先週|先ごろ|今冬|昨冬|今季|昨季|今シーズン)(?:[、に]|には|にも)/u;
// A case told as having happened (事故があった, 事件が起きた, 火災が発生した): that there was one,
// not what the item reports of it.
const CASE_HAPPENED =
  /(?:事故|事件|火災|火事|騒ぎ|騒動|トラブル)が(?:あった|起きた|起きている|起きていた|発生した|発生している|相次いだ|相次いでいる)/u;

/**
 * Another matter of the setting, timed by a period of the calendar (同社では今月、…事故があった; 町では
 * 昨年、…火災が起きている): a later sentence that opens on a setting as its topic (as
 * `tellsAnotherMatter` reads it), times what it tells by a period word right after the setting, and
 * tells that a case happened. That is how a first report points at an earlier incident of the same
 * firm or place when the month is the item's own (`datesAnotherMatter` needs a month or day before
 * it): background, as a recap is. A sentence that gives a day, or tells what the item reports, is left alone.
 */
export function periodAnotherMatter(sentence: string, tokens: readonly Token[]): boolean {
  const at = settingTopicAt(tokens);
  if (at < 1) return false;
  const after = tokens[at + 1];
  if (after === undefined) return false;
  const rest = sentence.slice(after.end).replace(/^、/u, '');
  return EARLIER_PERIOD.test(rest) && CASE_HAPPENED.test(rest);
}

/**
 * A lead that opens on background, as the grammar marks it: the first sentence opens on a setting as
 * its topic (島では, 同社では: as `tellsAnotherMatter` reads it) and times what it tells before the
 * item's own day — by a period word right after the setting (今月、先月、) or by a day before the
 * publication (14日夜に: as `datesAnotherMatter` reads it) —, and the second sentence dates the item's
 * own act right after its topic (同社は20日、; 町が始めた実験は17日、: `ACT_DAY`) or opens on its own day
 * (6日夜に…が焼けた, 10日夜には…). News then sets the
 * scene first and reports second (若葉島では3日夜に…停電し、…が続いている。町は5日、…): the
 * second sentence is the lead, and the first tells another matter, or the story's own matter as what
 * came before, as a later recap sentence does.
 */
function backgroundFirst(
  description: readonly string[],
  firstTokens: readonly Token[],
  published: string,
  today: string,
): boolean {
  const [first, second] = description;
  if (first === undefined || second === undefined) return false;
  // The report dates its act after its topic (同社は20日、) or opens on its day (6日夜に…が焼けた).
  const opensOnDay = findDates(second, { reference: published }).some(
    (date) => date.start === 0 && date.day !== undefined,
  );
  if (!ACT_DAY.test(second) && !opensOnDay) return false;
  const tokens = firstTokens;
  const at = settingTopicAt(tokens);
  if (at < 1) return false;
  const after = tokens[at + 1];
  if (after === undefined) return false;
  const rest = first.slice(after.end).replace(/^、/u, '');
  return (
    EARLIER_PERIOD.test(rest) ||
    datesAnotherMatter(first, tokens, findDates(first, { reference: published }), today)
  );
}

/**
 * The topic of a lead that names its actor in brackets after its kind (若葉町の菓子工房「X」は10日、;
 * 市の染め物工房「Y」は): the news convention for a firm's, shop's or facility's own name, which
 * `topicOf` does not read past the closing bracket. The kind right before the bracket and the name,
 * NFKC, brackets left out (菓子工房X): the actor, as a topic bound by は is. Only where what comes
 * before the bracket is a noun phrase (nouns joined by の, no comma, no verb) and は follows the
 * closing bracket; undefined otherwise.
 */
export function quotedNameTopic(tokens: readonly Token[]): string | undefined {
  const open = tokens.findIndex((token) => token.surface === '「');
  if (open < 0) return undefined;
  const close = tokens.findIndex((token, index) => index > open && token.surface === '」');
  if (close < 0 || close === open + 1 || tokens[close + 1]?.surface !== 'は') return undefined;
  const before = tokens.slice(0, open);
  const nounPhrase = before.every(
    (token) =>
      (token.pos === '名詞' && token.posDetail !== '数') ||
      token.pos === '接頭詞' ||
      (token.pos === '助詞' && token.surface === 'の'),
  );
  const inside = tokens.slice(open + 1, close);
  if (!nounPhrase || inside.some((token) => token.pos === '記号' && /[、。「」]/u.test(token.surface)))
    return undefined;
  // The kind in apposition: the nouns right before the bracket, after the last の.
  let first = open;
  while (first > 0 && (tokens[first - 1] as Token).pos !== '助詞') first--;
  const kind = tokens
    .slice(first, open)
    .map((token) => token.surface)
    .join('');
  return normalizeForMatch(kind + inside.map((token) => token.surface).join(''));
}

function add(map: Map<string, number>, key: string, weight: number) {
  map.set(key, (map.get(key) ?? 0) + weight);
}

// Rendaku: a native word that heads a compound may voice its first kana (はな → ひがんばな): the kana
// with the combining voiced sound mark, composed (ハ + ゛ → バ); a kana that has no voiced form stays two
// characters and is left out.
const voicedFirst = (reading: string): string | undefined => {
  const voiced = `${reading[0] ?? ''}\u3099`.normalize('NFC');
  return voiced.length === 1 ? voiced + reading.slice(1) : undefined;
};

const readingOf = (text: string, tokenizer: Tokenizer) => {
  const tokens = tokenizer.tokenize(text);
  return tokens.length === 1 ? tokens[0]?.reading : undefined;
};

/**
 * The heads of a kanji compound word: the kanji words it ends in (one kanji or more) whose reading
 * as a word of their own ends the compound's reading, as it is or with its first kana voiced
 * (rendaku). A Japanese compound noun is right-headed, X+Y a kind of Y (五重塔 is a 塔, 彼岸花 a 花,
 * 小学校 a 学校), so a piece that calls the story's thing by its head names it by its class. Where
 * the last kanji is read otherwise in the compound (降水 こうすい against 水 みず, 農家 のうか against
 * 家 いえ, 満月 against 月 つき) it is a bound element of a Sino-Japanese word, not the free noun, and
 * the compound is no kind of it. Needs the tokenizer's readings (none: no heads).
 */
export function headsOf(word: string, tokenizer: Tokenizer): string[] {
  const chars = [...word];
  if (chars.length < 2 || !/^\p{Script=Han}+$/u.test(word)) return [];
  const whole = readingOf(word, tokenizer);
  if (whole === undefined) return [];
  const heads: string[] = [];
  for (let start = 1; start < chars.length; start++) {
    const head = chars.slice(start).join('');
    const own = readingOf(head, tokenizer);
    if (own === undefined || own.length >= whole.length) continue;
    const voiced = voicedFirst(own);
    if (whole.endsWith(own) || (voiced !== undefined && whole.endsWith(voiced))) heads.push(head);
  }
  return heads;
}

/**
 * Reads the parts of an item the clusterer compares. `synonyms` defaults to the dictionary loaded
 * once per tokenizer (shared with the verifier's reading, `createUnderstanding`); `senseRelated`
 * to the words EDICT glosses alike (sense-keys.ts), read with them.
 */
export function readItem(
  item: StoryItem,
  tokenizer: Tokenizer,
  synonyms: Synonyms = createUnderstanding(tokenizer).synonyms,
  senseRelated: (word: string) => readonly string[] = senseRelatedOf,
): ItemReading {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const people = new Set<string>();
  const places = new Set<string>();
  const numbers = new Set<string>();
  const days = new Set<string>();
  const leadDays = new Set<string>();
  const leadAges = new Set<string>();
  const leadNumbers = new Set<string>();
  const leadPhrases = new Set<string>();
  const recapDays = new Set<string>();
  const recapOnly = new Set<string>();
  const elsewhere = new Set<string>();
  const recapFigures = new Set<string>();
  const settingKinds = new Set<string>();
  const ownFigures = new Set<string>();
  let topic = '';
  const moments = new Set<string>();
  const occurrences = new Set<string>();
  const dayParts = new Set<string>();
  const undatedParts = new Set<string>();
  const nightBefore = new Set<string>();
  const bareSeen = new Set<string>();
  const referBack = new Set<string>();
  const followsUp = new Set<string>();
  let followedCase = '';
  let framedLead = false;
  let recalledLead = false;
  const events = new Set<string>();
  const designations = new Set<string>();
  const containment = new Set<string>();
  const kanaForms = new Map<string, readonly string[]>();
  const kinds = new Map<string, readonly string[]>();
  const kindPrefixes = new Set<string>();
  const names = new Set<string>();
  // News is written lead first: the headline and the first sentence say what the item is about;
  // later sentences add background, often another event (同線では先月にも…). Their words
  // count for less, and the days they name are not taken as the item's own event days.
  const description = splitSentences(item.description).map((span) => span.text);
  const today = dayKey(new Date(Date.parse(item.published) + JST));
  // A lead that opens on background (島では14日夜に…停電し、…; 同社では今月、…): the report is the
  // next sentence, and the first is read as a recap.
  // Each description sentence is tokenized once, here, for this test and for the reading below.
  const descriptionTokens = description.map((text) => tokenizer.tokenize(text));
  const leadIndex = backgroundFirst(description, descriptionTokens[0] ?? [], item.published, today) ? 1 : 0;
  const parts = [
    // Headlines separate phrases with spaces (若草町で震度5強 津波の心配なし): read each as a sentence.
    ...item.title
      .split(/[ \u3000]+/u)
      .map((text) => ({ text, tokens: undefined, weight: TITLE_WEIGHT, lead: true, background: false })),
    ...description.map((text, index) => ({
      text,
      tokens: descriptionTokens[index],
      weight: index === leadIndex ? 1 : 0.5,
      lead: index === leadIndex,
      background: index < leadIndex,
    })),
  ];
  let previous: ReturnType<typeof findDates>[number] | undefined;
  for (const part of parts) {
    for (const sentence of [part.text]) {
      const tokens: Token[] = part.tokens ?? tokenizer.tokenize(sentence);
      // The first sentence's topic when は binds it (大鷹電機は16日、…): the actor. A が subject is
      // as often what the event happened to (森川県政が幕を下ろす, 車輪が脱線した).
      if (part.lead && part.weight === 1) {
        const bound = topicOf(readSentence(sentence, tokenizer, tokens));
        if (
          bound !== undefined &&
          tokens.some((token) => token.start === bound.end && token.surface === 'は')
        )
          topic = normalizeForMatch(bound.text);
        else topic = quotedNameTopic(tokens) ?? '';
      }
      const dates = findDates(sentence, {
        reference: item.published,
        ...(previous === undefined ? {} : { previous }),
      });
      const recap =
        part.background ||
        (!part.lead &&
          (OTHER_MATTERS.test(sentence) ||
            isRecap(sentence) ||
            tellsAnotherMatter(tokens) ||
            periodAnotherMatter(sentence, tokens) ||
            dates.some((date) => isEarlierToo(sentence, date, today)) ||
            datesAnotherMatter(sentence, tokens, dates, today)));
      // A recap tells another matter (同じ町では先月、…もあった): its words past the setting it opens
      // with are that matter's, not the item's, and would dilute the item's word view against its own
      // story (and lend it to the story recalled). Its phrases are still read, as recap phrases.
      const setting = recap ? settingEnd(sentence) : sentence.length;
      const referred = recap ? SAME_BODY.exec(sentence)?.[1] : undefined;
      if (referred !== undefined) settingKinds.add(referred);
      for (const token of tokens)
        if (token.start < setting && isContentToken(token)) add(words, keyOf(token), part.weight);
      const earlier = part.lead && part.weight === 1 ? referringBack(sentence) : '';
      const framed = part.lead && part.weight === 1 ? caseFollowed(sentence) : '';
      const recalled = part.lead && part.weight === 1 && framed === '' ? caseRecalled(sentence) : '';
      const followed = framed || recalled;
      if (followed !== '') followedCase = NAMED_CASE.exec(followed)?.[1] ?? '';
      if (framed !== '') framedLead = true;
      if (recalled !== '') recalledLead = true;
      for (const compound of phrasesOf(sentence, tokens)) {
        if (earlier.includes(compound)) referBack.add(compound);
        if (followed.includes(compound)) followsUp.add(compound);

        add(phrases, compound, part.weight);
        if (part.lead) leadPhrases.add(compound);
        (recap ? recapOnly : elsewhere).add(compound);
        const inCompound = placesIn(compound).filter((place) => !endsInCommonNoun(place, tokens));
        for (const [index, place] of inCompound.entries()) {
          places.add(place);
          if (place !== compound) add(phrases, place, part.weight);
          const before = inCompound[index - 1];
          // 千草県蒼井市: an address names the prefecture a municipality is in.
          if (before !== undefined && isPrefecture(before) && !isPrefecture(place))
            containment.add(`${before}>${place}`);
        }
      }
      if (!recap) for (const name of namedCompoundsOf(tokens)) names.add(name);
      for (const { phrase, forms } of kanaFormsOf(tokens))
        if (phrases.has(phrase)) kanaForms.set(phrase, forms);
      for (const prefix of kindPrefixesOf(tokens)) kindPrefixes.add(prefix);
      // A part of the day named on its own, not as a day's (十五日未明 is read with its day below).
      if (!recap && dates.length === 0)
        for (const token of tokens)
          for (const named of PART_NOUNS.get(token.surface) ?? []) undatedParts.add(named);
      if (!recap) for (const day of overnightFrom(sentence, dates, today)) nightBefore.add(day);
      // A bare kind as topic or subject (県は…, 町が…) is the body acting, which every announcement of
      // that body shares; as the place (町の山林, 港で燃えた, 湖に) it is where the event happened.
      if (!recap)
        for (const { kind, next } of bareKindsIn(sentence)) if (!/[はが]/u.test(next)) bareSeen.add(kind);
      // What a recap sentence says happened (11日に…を達成したばかりだった) happened before, in
      // another event: its predicate–argument pairs are not the item's events.
      for (const event of recap ? [] : eventsOf(tokens)) {
        if (REPORTING.has(event.predicate)) continue;
        events.add(`${event.argument}>${event.predicate}`);
        for (const other of synonyms.of(event.predicate))
          if ([...other].length >= 2) events.add(`${event.argument}>${other}`);
      }
      for (const designation of designationsOf(tokens)) {
        designations.add(designation);
        add(phrases, designation, part.weight);
      }
      for (const person of findPeople(tokens)) {
        people.add(person);
        add(phrases, person, part.weight);
      }
      // A person is named by role and title, not by kind (田所恭一社長, 大西勝容疑者); a surname
      // alone may be the tagger's reading of a firm's or a place's name (沖津 of 沖津精機).
      if (part.lead && part.weight === 1)
        for (const { name, kind } of kindsOf(tokens))
          if (![...people].some((person) => [...person].length >= 3 && name.includes(person)))
            kinds.set(name, kind);
      for (const quantity of findQuantities(sentence)) {
        if (quantity.unit === '' || quantity.vague) continue;
        numbers.add(`${quantity.value}${quantity.unit}`);
        (recap ? recapFigures : ownFigures).add(`${quantity.value}${quantity.unit}`);
        if (part.lead) leadNumbers.add(`${quantity.value}${quantity.unit}`);
      }
      for (const age of agesIn(sentence, tokens)) {
        numbers.add(age);
        (recap ? recapFigures : ownFigures).add(age);
        if (part.lead) leadNumbers.add(age);
      }
      if (part.lead && part.weight === 1 && !recap && !IN_A_CASE.test(sentence))
        for (const { kind, age } of agedPeople(sentence, tokens)) leadAges.add(`${kind}=${age}`);
      for (const date of dates) {
        // A clock time is a figure too, read on the 24-hour clock (午前4時12分 and 4時12分 are 04:12,
        // 午後6時 and 18時 are 18:00): a scene piece that names no day still gives the time the
        // clock stopped or the bell rang, as its event's report does with the day.
        if (date.time !== undefined) {
          numbers.add(date.time);
          (recap ? recapFigures : ownFigures).add(date.time);
          if (part.lead) leadNumbers.add(date.time);
        }
        if (date.year === undefined || date.month === undefined || date.day === undefined) continue;
        const day = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
        days.add(day);
        if (part.lead) leadDays.add(day);
        if (recap) recapDays.add(day);
        if (date.time !== undefined) moments.add(`${day}T${date.time}`);
        if (date.time !== undefined && date.approx === true && part.lead)
          occurrences.add(`${day}T${date.time}`);
        // A day with its part (十五日未明, 八日の午後, けさ) times an event more loosely than a clock
        // time, and a clock time can be called by its part (午前3時12分 is 未明): both are read as
        // day/part, so that a next-day or feature piece that writes 十五日未明 meets the first
        // report's 15日午前3時12分. Not from a recap: an earlier event's time is not the item's.
        const named =
          date.time === undefined ? (date.part === undefined ? [] : [date.part]) : partsOfTime(date.time);
        if (!recap) for (const part of named) dayParts.add(`${day}/${part}`);
        previous = date;
      }
    }
  }
  const synonymsOfWords = new Map<string, readonly string[]>();
  for (const word of new Set([...words.keys(), ...phrases.keys()])) {
    // One-character synonyms (客 for 乗客's group, 手) are too ambiguous to match on.
    const others = synonyms.of(word).filter((other) => [...other].length >= 2);
    if (others.length > 0) synonymsOfWords.set(word, others);
  }
  const glossedAlike = new Map<string, readonly string[]>();
  for (const word of words.keys()) {
    if ([...word].length < 2) continue;
    const others = senseRelated(word);
    if (others.length > 0) glossedAlike.set(word, others);
  }
  const compoundHeads = new Map<string, readonly string[]>();
  for (const word of words.keys()) {
    const heads = headsOf(word, tokenizer);
    if (heads.length > 0) compoundHeads.set(word, heads);
  }
  return {
    id: item.id,
    time: Date.parse(item.published),
    words,
    synonyms: synonymsOfWords,
    glossedAlike,
    compoundHeads,
    phrases,
    people: [...people],
    places: [...places],
    containment: [...containment],
    numbers: [...numbers],
    days: [...days],
    leadDays: [...leadDays],
    leadAges: [...leadAges],
    leadNumbers: [...leadNumbers],
    leadPhrases: [...leadPhrases],
    recapDays: [...recapDays],
    recapPhrases: [...recapOnly].filter((phrase) => !elsewhere.has(phrase)),
    recapNumbers: [...recapFigures].filter((figure) => !ownFigures.has(figure)),
    recapSettings: [...elsewhere].filter((phrase) => [...settingKinds].some((kind) => phrase.endsWith(kind))),
    topic,
    moments: [...moments],
    occurrences: [...occurrences],
    dayParts: [...dayParts],
    undatedParts: days.size === 0 ? [...undatedParts] : [],
    nightBefore: [...nightBefore],
    bareKinds: [...bareSeen].filter(
      (kind) => ![...phrases.keys()].some((phrase) => namesOfKind(phrase, kind)),
    ),
    referBack: [...referBack],
    followsUp: [...followsUp],
    followedCase,
    caseRecall: recalledLead && !framedLead,
    events: [...events],
    designations: [...designations],
    kanaForms,
    kanaWords: kanaWordsOf(`${item.title}\n${item.description}`.normalize('NFKC')),
    kinds,
    kindPrefixes: [...kindPrefixes],
    names: [...names],
    text: normalizeForMatch(`${item.title}${item.description}`),
  };
}

// A recap's setting that refers back with 同 to a body or place the item named (同牧場では, 同工房でも): its kind.
const SAME_BODY = /^同([\p{Script=Han}\p{Script=Katakana}ー]{1,6})(?:では|でも)/u;

// The setting a recap sentence opens with (会場となった大学では、…も; 同じ町では先月…も): where the other
// matter happened, which is the item's own setting; the words after it tell the other matter.
const RECAP_SETTING = /^[^。、,]*?(?:では|でも)/u;
function settingEnd(sentence: string): number {
  return RECAP_SETTING.exec(sentence)?.[0].length ?? 0;
}

// A place name: one to four characters and an administrative suffix, read from the start of a
// compound. Longer runs are organisations that contain a place (緑風党大川県連), and 同県 /
// 当市 / 全市 refer back or generalise.
const AFTER_PLACE =
  /^(?:[^都府県市区町村]{1,4}[都府県市区町村]|議会|議|長|役所|役場|庁|警|民|内|外|立|営|選|教委|教育委員会|選管|選挙管理委員会|北部|南部|東部|西部|中部|全域|連)/u;
const NOT_A_PLACE = /^(?:同|当|本|全|各|両|他|市|県|町|村|都|区)/u;

/** True when a phrase names one place or body of a kind (白樺町 of 町, 蓑沼湖 of 湖): the kind after a name of two characters or more. */
export const namesOfKind = (phrase: string, kind: string) =>
  phrase.endsWith(kind) && [...phrase].length >= [...kind].length + 2;

/** True for a prefecture (大川県, 東京都), false for a municipality (若草町), as `placesIn` reads them. */
export const isPrefecture = (place: string) => /[都府県]$/u.test(place);

/** Places in a noun compound: 大川県若草町 → 大川県, 若草町; 青葉市議会 → 青葉市. */
export function placesIn(compound: string): string[] {
  const out: string[] = [];
  // 前青葉市長 (a former mayor of 青葉市): the prefix is not part of the place.
  let rest = compound.replace(/^[前元新旧]/u, '');
  for (;;) {
    const match = /^([^都府県市区町村]{1,4}[都府県市区町村])/u.exec(rest);
    if (match === null) break;
    const place = match[1] as string;
    rest = rest.slice(place.length);
    // Three characters at least (港町 or 市町 name a kind of place, not one), and followed by what
    // follows a municipality in a compound — another place, its assembly, office, head, police,
    // residents — or by nothing: 大川県政 is a governor's administration, not a prefecture.
    if ([...place].length >= 3 && !NOT_A_PLACE.test(place) && (rest === '' || AFTER_PLACE.test(rest)))
      out.push(place);
  }
  return out;
}

/**
 * True when a place read by `placesIn` ends in a common noun of the dictionary that itself ends in
 * 市 / 町 / 村 (城下町, 田舎町, 企業城下町): a kind of town, not a municipality, which is a name with
 * the suffix (苗代市: 苗代 + 市) or a proper noun.
 */
function endsInCommonNoun(place: string, tokens: readonly Token[]): boolean {
  return tokens.some(
    (token) =>
      token.pos === '名詞' &&
      token.posDetail === '一般' &&
      [...token.surface].length >= 2 &&
      /[市町村]$/u.test(token.surface) &&
      place.endsWith(token.surface),
  );
}

const KATAKANA_WORD = /^[\p{Script=Katakana}ー・]+$/u;
const KATAKANA_NAME = /[\p{Script=Katakana}ー・]{2,}/gu;
const LATIN_NAME = /\b[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*/gu;

// A news convention: a person's age is given as a bare number in parentheses right after the
// word that names the person (男性(63), 1年の男子生徒(13)); a feature piece or a broadcast writes it
// out (六十三歳の男性, 63歳の男性). Read as N歳 so that both meet. Not after a person's name or its
// title (浜名真澄氏(47), 山田容疑者(35)): the name already says who, and its age would count twice.
const PARENTHESISED_AGE = /[(（]([0-9０-９]{1,3})[)）]/gu;

/** The ages a sentence gives in the news convention 男性(63), as `N歳` keys, of people not named. */
export function agesIn(sentence: string, tokens: readonly Token[]): string[] {
  return agedPeople(sentence, tokens).map(({ age }) => age);
}

/** The ages `agesIn` reads, each with the word that names the person (男性, 男児, 被告). */
export function agedPeople(sentence: string, tokens: readonly Token[]): Array<{ kind: string; age: string }> {
  const out: Array<{ kind: string; age: string }> = [];
  for (const match of sentence.matchAll(PARENTHESISED_AGE)) {
    const index = tokens.findIndex((token) => token.end === match.index);
    const before = tokens[index];
    if (before === undefined || before.pos !== '名詞' || before.posDetail === '数') continue;
    const named = (token: Token | undefined) => token?.nameKind === 'person';
    if (named(before) || (before.posDetail === '接尾' && named(tokens[index - 1]))) continue;
    const age = Number((match[1] ?? '').normalize('NFKC'));
    // The word is the noun with its suffix (容疑者 of 容疑+者, 入所者 of 入所+者), not the suffix alone.
    const stem = tokens[index - 1];
    const word =
      before.posDetail === '接尾' && stem !== undefined && stem.end === before.start && stem.pos === '名詞'
        ? stem.surface + before.surface
        : before.surface;
    if (age > 0 && age <= 120) out.push({ kind: normalizeForMatch(word), age: `${age}歳` });
  }
  return out;
}

/**
 * Incidents named by their kind, which frame a follow-up's lead as a case noun does (…が焼けた火事で、;
 * …の食中毒で、保健所は…; …の脱線は、…が原因とみられる): mishaps and wrongdoing a body then
 * investigates, rules on or answers for.
 */
/** The bare nouns of a case (事件, 事故 …): they name that something happened, not what. */
export const BARE_CASES = '事件|事故|問題|事案|騒動';

export const INCIDENT_KINDS: readonly string[] = [
  '火災',
  '火事',
  '爆発',
  '停電',
  '流出',
  '盗難',
  '食中毒',
  '集団感染',
  '脱線',
  '転覆',
  '座礁',
  '沈没',
  '墜落',
  '横転',
  '破裂',
  '漏れ',
  '出火',
  '崩落',
  '倒壊',
  '転倒',
  '転落',
  '不正',
];

// A news convention: a follow-up sets its event in the case the story reported first, named
// before the comma (…が壊された事件で、同署は…; 転覆事故で、海上保安部は…): the people it then names
// (a second suspect, another crew member) are of that case.
const IN_A_CASE = /(?:事件|事故|問題|事案)で[、,]/u;

// The frame of a follow-up's lead: the case it develops, named before the comma (〜た問題で、
// 〜の事故で、), what its act responds to (〜を受け、〜を受けて、) or concerns (〜について、,
// 〜を巡り、: the matter the act is about, named as the story named it), or a case the lead
// recalls as having happened to what its act is done to (〜事故があった病院に、〜問題が起きた町で).
// An incident named by its kind (…が焼けた火事で、; …工場の爆発で、; …の全域停電で、) frames a lead
// before the comma as a case noun does: the news convention for a development of a fire, an
// explosion, an outage, a spill or a theft reported before. So does a lead whose topic is the case
// (…工場の爆発は、; …で起きた横転事故は、: what caused it, what it showed): a first report tells its
// event as news (…で火事があった), not as a topic already known. Not 問題は、 (the problem is…), and
// not the case alone or after a demonstrative (事故は、; この火事は、), which names no case.
// The incident kinds are mishaps and wrongdoing a body investigates (INCIDENT_KINDS): a fire, a
// food poisoning, a derailment, a capsizing, a burst, a leak, a collapse, a fraud. Not a natural
// hazard (…で起きた地震で、震度6弱を観測した町では…, 土砂崩れ, 雪崩), which a first report tells
// so, nor a state (停止で、, 死亡で、), which is as often a cause told in passing.
const INCIDENT = INCIDENT_KINDS.join('|');
const FOLLOWING_UP = new RegExp(
  `(?:(?:${BARE_CASES}|${INCIDENT})で|を受け(?:て)?|について|を(?:巡|めぐ)(?:り|って))[、,]|(?:${BARE_CASES})(?:が|の)(?:あった|起きた)|(?<!^|[こそあ]の|同)(?:事件|事故|${INCIDENT})は[、,]`,
  'u',
);
// What ends a frame after the case it names.
const FRAME_END =
  /(?:(?:で|は|を受けて?|について|を(?:巡|めぐ)(?:り|って))[、,]|(?:が|の)(?:あった|起きた))$/u;

// A case named by what happened, in kanji right before the case noun (逆走事故, 買収事件, the 爆発
// of 花火工場の爆発事故): that name. The tagger may read it as a verb (逆走), so it is read from the text.
const NAMED_CASE = /(\p{Script=Han}+)(?:事件|事故|問題|事案|騒動)$/u;

/**
 * The part of a lead sentence up to its case frame (the case noun included: …が出た問題 of
 * …が出た問題で、県は…); '' when it has none.
 */
export function caseFollowed(sentence: string): string {
  const match = FOLLOWING_UP.exec(sentence);
  if (match === null) return '';
  return sentence.slice(0, match.index + match[0].replace(FRAME_END, '').length);
}

// The act's own day told right after its topic (県は12日、; 実行委員会は18日、): a follow-up's lead.
const ACT_DAY = /は(?:\d+|[一二三四五六七八九十]+)日[、,]/u;
// The end of a relative clause told in the simple past (流した, 捏造された, 相次いだ, 短かった, 原因と
// なった) right before the noun it qualifies (a kanji, katakana or 「 starting the noun).
const PAST_CLAUSE = /\p{Script=Hiragana}[ただ](?=[\p{Script=Han}\p{Script=Katakana}「\d])/gu;

/**
 * The relative clause a follow-up's lead recalls its case by, on the actor or on what the act is done
 * to, when the lead dates its own act after its topic (ACT_DAY): the clause before the topic (コースが
 * 短かった…の実行委員会は18日、…) or after it, on what takes を or に (市は7日、川に染料を流した工場に、
 * …命令を出した). The clause up to its past ending; '' when there is none. A clause of a state at the
 * time (〜ていた: 揚げていた凧, 管理していた瓶) is how a first report describes its own event, not a
 * recall, and is left out; so is a clause after a comma other than the act's day's.
 */
export function caseRecalled(sentence: string): string {
  const day = ACT_DAY.exec(sentence);
  if (day === null) return '';
  let after = '';
  for (const match of sentence.matchAll(PAST_CLAUSE)) {
    const end = match.index + 2;
    if (/[てで]い[ただ]$/u.test(sentence.slice(Math.max(0, end - 3), end))) continue;
    if (end <= day.index) {
      // Before the topic: the clause opens the sentence, and nothing but the noun it qualifies lies
      // between it and the topic.
      if (/[、,。]/u.test(sentence.slice(0, day.index))) return '';
      const before = sentence.slice(0, end);
      return DATED.test(before) ? '' : before;
    }
    const start = day.index + day[0].length;
    if (/[、,。]/u.test(sentence.slice(start, end))) break;
    // After it: the noun it qualifies takes を or に before the next comma; the outermost such clause
    // (捏造された…切符を切られた28人に) is the case.
    const head = /^[^、,。]*?[をに]/u.exec(sentence.slice(end));
    // A clause with a subject of its own (センターが…収容した犬を) tells an event with its participants,
    // as a first report describes what happened; a recall names the case by what was done.
    if (/が/u.test(sentence.slice(start, end))) break;
    if (head !== null && !/[ただ]/u.test(head[0])) after = sentence.slice(start, end);
  }
  // A clause that dates its case (3日の火災で…を失った) says which case by its day, as the day views
  // read it; its words alone (火災, 漁船) would frame the lead by any case of that kind. A clause dated
  // by its month (5月に終わった…工事の代金を) is how a first report describes its own matter.
  return DATED.test(after) ? '' : after;
}
const DATED = /(?:\d+|[一二三四五六七八九十]+)[日月]/u;

// 一夜明け(た), 〜から一夜, 一夜が明け: the morning after the event, a follow-up's fixed way of dating
// itself by it.
const OVERNIGHT = /一夜が?明け|から一夜/u;

/**
 * The event's day a sentence counts from by 〜から一夜明けた: the day before the date it names after
 * the phrase (一夜明けた10日 → the 9th), or before the item's day of publication (`today`) when it
 * names none (火災から一夜明けた商店街, in a piece of the next day).
 */
export function overnightFrom(
  sentence: string,
  dates: ReturnType<typeof findDates>,
  today: string,
): string[] {
  const match = OVERNIGHT.exec(sentence);
  if (match === null) return [];
  const after = dates.find((date) => date.start >= match.index && date.day !== undefined);
  const named =
    after?.year === undefined || after.month === undefined || after.day === undefined
      ? Date.parse(`${today}T00:00:00Z`)
      : Date.UTC(after.year, after.month - 1, after.day);
  return [dayKey(new Date(named - 86_400_000))];
}

/**
 * Noun phrases of a sentence: runs of adjacent nouns (not numbers) and prefixes, NFKC, two
 * characters or more, plus katakana names whole (ミドリ・テック, which the tagger cuts at ・) and
 * capitalised Latin names. A run does not start with a counter or suffix (the 日午前 left of
 * 5日午前 when the number is dropped), and 同社 / 同町 (which refer back to whatever the item
 * named before) are not phrases of their own.
 */
export function phrasesOf(sentence: string, tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const run of nounRuns(tokens)) {
    const phrase = phraseOfRun(run);
    if (phrase !== undefined) out.push(phrase);
  }
  const norm = sentence.normalize('NFKC');
  for (const match of norm.matchAll(KATAKANA_NAME)) {
    const name = match[0].replace(/^[ー・]+|・+$/gu, '');
    if ([...name].length >= 2 && !out.includes(name)) out.push(name);
  }
  for (const match of norm.matchAll(LATIN_NAME)) if (!out.includes(match[0])) out.push(match[0]);
  return out;
}

/**
 * True for a ノ / ヶ written inside a place name between two kanji (鴇ノ瀬市, 鵜ノ浜町): the genitive of
 * an old name, which the tagger reads as a symbol, so that the name is read whole, not as its tail
 * (瀬市). `before`: the run's last noun, where the token follows it with no gap.
 */
function placeJoiner(token: Token, before: Token | undefined, next: Token | undefined): boolean {
  return (
    before !== undefined &&
    /\p{Script=Han}$/u.test(before.surface) &&
    PLACE_JOINER.test(token.surface) &&
    next !== undefined &&
    next.start === token.end &&
    next.pos === '名詞' &&
    /^\p{Script=Han}/u.test(next.surface)
  );
}

/**
 * The runs of adjacent nouns (not numbers) and prefixes a sentence's phrases are made of; a run
 * does not start with a counter or suffix. Brackets and other symbols the tagger reads as nouns (its
 * unknown-word rule) end a run.
 */
function nounRuns(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  let end = -1;
  for (const [index, token] of tokens.entries()) {
    const isNoun =
      (((token.pos === '名詞' && token.posDetail !== '数' && token.posDetail !== '非自立') ||
        token.pos === '接頭詞' ||
        isNumeralInName(token, run.length > 0 && token.start === end, tokens[index + 1])) &&
        !/^[\p{P}\p{S}]+$/u.test(token.surface)) ||
      placeJoiner(token, run.length > 0 && token.start === end ? run.at(-1) : undefined, tokens[index + 1]);
    const joins = isNoun && run.length > 0 && token.start === end;
    if (!joins && run.length > 0) {
      out.push(run);
      run = [];
    }
    if (isNoun && (joins || token.posDetail !== '接尾')) run.push(token);
    end = token.end;
  }
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * A kanji numeral inside a name (雲居第一銀行, 雲一銀): it follows a noun or prefix of the run and a
 * noun that is no counter follows it, so it counts nothing (三万台, 十八万人 end in a counter).
 */
function isNumeralInName(token: Token, joins: boolean, next: Token | undefined): boolean {
  return (
    joins &&
    token.pos === '名詞' &&
    token.posDetail === '数' &&
    /^[一二三四五六七八九十]+$/u.test(token.surface) &&
    next !== undefined &&
    next.start === token.end &&
    next.pos === '名詞' &&
    next.posDetail !== '数' &&
    next.posDetail !== '接尾' &&
    next.posDetail !== '非自立'
  );
}

/** A run's phrase, NFKC, two characters or more; 同社 / 同町 (which refer back) are none. */
function phraseOfRun(run: readonly Token[]): string | undefined {
  const phrase = normalizeForMatch(run.map((token) => token.surface).join(''));
  return [...phrase].length >= 2 && !(phrase.startsWith('同') && [...phrase].length <= 3)
    ? phrase
    : undefined;
}

/**
 * Named places and bodies of a sentence below the municipality: runs of two nouns or more that start
 * with a proper noun (not a person's) or a word the dictionary does not know — the name — and end in a
 * common noun — the kind it names (北浦 + 橋, 鷺沼 + 高校). A run that
 * opens with a municipality or prefecture (若草町役場, 青葉県警) names that level's office, shared by
 * every matter of the town; a run that is all proper nouns (a district, a person) names no kind.
 */
export function namedCompoundsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const run of nounRuns(tokens)) {
    const first = run[0] as Token;
    const last = run.at(-1) as Token;
    if (run.length < 2 || last.posDetail === '固有名詞' || last.pos !== '名詞') continue;
    // A loanword is a common noun (ハザードマップ, シェアサイクル): only the dictionary's proper noun
    // or a word it does not know is a name.
    const proper = first.posDetail === '固有名詞' && first.nameKind !== 'person';
    if (!proper && first.reading !== undefined) continue;
    const phrase = phraseOfRun(run);
    if (phrase === undefined || [...phrase].length < 3) continue;
    // A municipality's or prefecture's own body (霞浦町観光協会, 霞浦町役場): the name and its level's
    // suffix first.
    const places = placesIn(phrase);
    if (places.length > 0 && phrase.startsWith(places[0] as string)) continue;
    if (/^[都道府県市区町村]$/u.test(run[1]?.surface ?? '')) continue;
    if (!out.includes(phrase)) out.push(phrase);
  }
  return out;
}

/**
 * Names a sentence introduces by their kind, in apposition to the subject: KIND の NAME は / が
 * (家電メーカーのカナメ電機（椿原市）は9日、…; 会計ソフト大手のアオバ・ソフトが…). A later or
 * local report often names the actor by that kind alone (椿原の家電大手, 会計ソフト会社の…), so
 * each name comes with the parts of its kind such a report can start with: every run of its
 * kind's words but its head alone (メーカー, 大手 say only "a firm"). A kind is a common noun: a
 * run with a place or a proper noun before の says where or whose (青葉市の…, 東雲化成の工場).
 */
export function kindsOf(tokens: readonly Token[]): Array<{ name: string; kind: string[] }> {
  const out: Array<{ name: string; kind: string[] }> = [];
  const runs = nounRuns(tokens);
  for (const [index, kind] of runs.entries()) {
    const name = runs[index + 1];
    const last = kind.at(-1) as Token;
    const no = tokens.find((token) => token.start === last.end);
    if (name === undefined || no?.surface !== 'の' || name[0]?.start !== no.end) continue;
    // The name is the subject: は or が follows it, or follows its bracketed address (（椿原市）は).
    const after = tokens.findIndex((token) => token.start === (name.at(-1) as Token).end);
    let next = tokens[after];
    if (next !== undefined && /^[(（]$/u.test(next.surface)) {
      const close = tokens.findIndex((token, at) => at > after && /^[)）]$/u.test(token.surface));
      next = close === -1 ? undefined : tokens[close + 1];
    }
    if (next === undefined || (next.surface !== 'は' && next.surface !== 'が')) continue;
    const nameText = phraseOfRun(name);
    const kindText = phraseOfRun(kind);
    if (nameText === undefined || kindText === undefined) continue;
    if (kind.some((token) => token.posDetail === '固有名詞') || placesIn(kindText).length > 0) continue;
    // A name, not a common noun (罹災証明の申請, 運転手の男性): it starts with a proper noun, a
    // word in katakana or one the dictionary does not know.
    const first = name[0] as Token;
    if (first.posDetail !== '固有名詞' && !KATAKANA_WORD.test(first.surface) && first.reading !== undefined)
      continue;
    const parts = new Set<string>();
    for (let from = 0; from < kind.length; from++)
      for (let to = from + 1; to <= kind.length; to++) {
        // Not its head alone, nor a part that starts with a suffix (向け of 自動車向け).
        if (from === kind.length - 1 || kind[from]?.posDetail === '接尾') continue;
        const text = normalizeForMatch(
          kind
            .slice(from, to)
            .map((token) => token.surface)
            .join(''),
        );
        if ([...text].length >= 2) parts.add(text);
      }
    if (parts.size > 0) out.push({ name: nameText, kind: [...parts] });
  }
  return out;
}

/**
 * What each compound of a sentence starts with, part by part, short of the whole (精密, 精密部品 of
 * 精密部品メーカー; 家電 of 家電大手): how a report that names an actor by its kind begins its name.
 */
export function kindPrefixesOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const run of nounRuns(tokens))
    for (let to = 1; to < run.length; to++) {
      const text = normalizeForMatch(
        run
          .slice(0, to)
          .map((token) => token.surface)
          .join(''),
      );
      if ([...text].length >= 2) out.push(text);
    }
  return out;
}

/**
 * The hiragana 略称 each compound name of a sentence may go by (千鳥銀行 → ちぎん, 千草電鉄 → ちぐ電:
 * `understand/`'s kanaAbbreviationsOf), from its parts' readings; only runs whose parts all have one.
 */
export function kanaFormsOf(tokens: readonly Token[]): Array<{ phrase: string; forms: string[] }> {
  const out: Array<{ phrase: string; forms: string[] }> = [];
  for (const run of nounRuns(tokens)) {
    const phrase = phraseOfRun(run);
    if (phrase === undefined || run.length < 2 || run.some((token) => token.reading === undefined)) continue;
    const forms = kanaAbbreviationsOf(
      run.map((token) => ({ surface: token.surface, reading: token.reading as string })),
    );
    if (forms.length > 0) out.push({ phrase, forms });
  }
  return out;
}

// Hiragana that mark a word's end in running text (particles: ちぎんと, ちぐ電の, ふじぎんが).
// A kana 略称 is short: at most three kana and two more (kanaAbbreviationsOf), so longer pieces are
// not kept.
const KANA_FORM_MAX = 5;
const PARTICLE = /[とがのはをにもでやへ]/u;

/**
 * Hiragana words of a text that may be a kana 略称 (ちぎん, ふじぎん, ちぐ電): each run of hiragana
 * (with the kanji right after it, as in ちぐ電), cut where a particle may end a word or where the
 * kanji starts; every piece from the run's start or a particle to a particle, the kanji or the
 * run's end, three to five characters (as long as a form can be). Over-generous on purpose: a piece
 * counts only when it equals a form of a name the other item gives.
 */
export function kanaWordsOf(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(/[ぁ-ゖー]{2,24}\p{Script=Han}?/gu)) {
    const chars = [...match[0]];
    const starts = [0];
    const ends = [chars.length];
    if (/\p{Script=Han}/u.test(chars.at(-1) as string)) ends.push(chars.length - 1);
    chars.forEach((char, index) => {
      if (!PARTICLE.test(char)) return;
      ends.push(index);
      starts.push(index + 1);
    });
    for (const start of starts)
      for (const end of ends)
        if (end - start >= 3 && end - start <= KANA_FORM_MAX) out.add(chars.slice(start, end).join(''));
  }
  return [...out];
}

/** A predicate and one of its arguments: the head noun of a が / を / は phrase, or of the compound a headline's verbal noun ends. */
export interface EventPair {
  argument: string;
  predicate: string;
}

// Case particles that mark a predicate's core arguments: its subject (が, は, も) and object (を).
// に and で mostly mark times, places and means (直前に, 市内で), which say when or where, not what.
const CORE_CASE = new Set(['が', 'を', 'は', 'も']);

/**
 * The predicate–argument pairs of a sentence, read from its tokens the way Japanese news writes
 * them: arguments come before their predicate, each a noun phrase closed by a case particle
 * (クラウドサービスが止まり, 攻撃を受けた); nouns joined by の are one phrase whose nouns all count
 * (会計ソフト会社のクラウドサービスが → 会社, サービス), and a phrase's head is its last noun
 * (Japanese compounds are right-headed: クラウドサービス is a サービス); adverbial nouns (一部, 今後)
 * say how much or when, not what, and are passed over (サービスの一部を停止 → サービス>停止). A predicate is a content
 * verb or a verbal noun (サ変) used as one: followed by する / される, or closing a headline
 * compound (一部サービス停止 → サービス>停止, 株急落 → 株>急落). Each predicate takes the arguments
 * collected since the previous one.
 */
export function eventsOf(tokens: readonly Token[]): EventPair[] {
  const out: EventPair[] = [];
  let pending: string[] = [];
  let args: string[] = [];
  let run: Token[] = [];
  const isNoun = (token: Token) =>
    token.pos === '名詞' && isContentToken(token) && token.posDetail !== '副詞可能';
  const isVerbalNoun = (token: Token) => token.pos === '名詞' && token.posDetail === 'サ変接続';
  const emit = (predicate: string) => {
    for (const argument of args) if (argument !== predicate) out.push({ argument, predicate });
    args = [];
    pending = [];
  };
  const isCore = (token: Token | undefined) => token?.pos === '助詞' && CORE_CASE.has(token.surface);
  const closeRun = (next: Token | undefined) => {
    const nouns = run.filter(isNoun);
    run = [];
    const last = nouns.at(-1);
    const done = next === undefined || next.surface === '。';
    const followedByDo = next?.pos === '動詞' && next.baseForm === 'する';
    if (last !== undefined && isVerbalNoun(last) && (followedByDo || done)) {
      // A verbal noun used as the predicate; in a compound, the noun before it is its argument.
      const before = nouns.at(-2);
      if (before !== undefined) args.push(keyOf(before));
      emit(keyOf(last));
      return;
    }
    if (last !== undefined) pending.push(keyOf(last));
    // 〜の〜: one phrase, read on; a core particle makes the phrase an argument; anything else
    // (に, で, から, a comma) closes a phrase that is not one.
    if (next?.pos === '助詞' && next.surface === 'の') return;
    if (isCore(next)) args.push(...pending);
    pending = [];
  };
  for (const token of tokens) {
    if (token.pos === '名詞' && token.posDetail !== '数') {
      run.push(token);
      continue;
    }
    closeRun(token);
    if (token.pos === '動詞' && isContentToken(token)) emit(keyOf(token));
    else if (token.surface === '。') {
      args = [];
      pending = [];
    }
  }
  closeRun(undefined);
  return out;
}

/**
 * Numbered names: a noun with a number that names one instance of a series rather than counting
 * anything — 台風18号 (a typhoon), 原発3号機, 全日空123便, and any ordinal 第N (鳳凰戦第2局, 第5戦).
 * Such a name picks out one instance — an event (a typhoon, a game) or a unit or route (a reactor,
 * a flight) — and the phrase view cannot see it (numbers end noun phrases, and `findQuantities`
 * leaves 号 and ordinals out: they are not amounts). Read from the
 * tokens: the noun right before the number (with the one before it when it is a suffix: 鳳凰 + 戦),
 * an optional 第, the number in Arabic digits (十八 → 18), and the counter right after it. A number
 * with no noun before it (第32回青葉マラソン) is left out: 第32回 alone names nothing in particular.
 */
export function designationsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  const touches = (left: Token | undefined, right: Token | undefined) =>
    left !== undefined && right !== undefined && left.end === right.start;
  const isNumber = (token: Token | undefined) => token?.pos === '名詞' && token.posDetail === '数';
  for (let i = 0; i < tokens.length; i++) {
    if (!isNumber(tokens[i]) || isNumber(tokens[i - 1])) continue;
    let j = i;
    while (isNumber(tokens[j + 1]) && touches(tokens[j], tokens[j + 1])) j++;
    const counter = tokens[j + 1];
    if (counter === undefined || !touches(tokens[j], counter) || counter.posDetail !== '接尾') continue;
    const ordinal = tokens[i - 1]?.surface === '第' && touches(tokens[i - 1], tokens[i]);
    if (!ordinal && !/^(?:号|便)/u.test(counter.surface)) continue;
    const headEnd = ordinal ? i - 2 : i - 1;
    const head = tokens[headEnd];
    if (head === undefined || head.pos !== '名詞' || isNumber(head)) continue;
    if (!touches(head, tokens[headEnd + 1])) continue;
    const before = tokens[headEnd - 1];
    const name =
      head.posDetail === '接尾' && before?.pos === '名詞' && !isNumber(before) && touches(before, head)
        ? `${before.surface}${head.surface}`
        : head.surface;
    const digits = tokens
      .slice(i, j + 1)
      .map((token) => token.surface)
      .join('');
    const value = parseJapaneseNumber(digits.normalize('NFKC'));
    if (value === undefined) continue;
    out.push(normalizeForMatch(`${name}${ordinal ? '第' : ''}${value}${counter.surface}`));
  }
  return out;
}

/** The series of a numbered name, its number left out: 台風18号 → 台風#号, so 台風19号 is of the same one. */
export const seriesOf = (name: string) => name.replace(/\d+/u, '#');
