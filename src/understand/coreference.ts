import { normalizeForMatch } from '../text/normalize.ts';
import type { Token } from '../text/tokenizer.ts';
import { isContentToken, keyOf } from './read-sentence.ts';

/**
 * Coreference of the 同- words of Japanese news (同社, 同氏, 同市, 同県, 同大, 同署 …): once an entity
 * is named, the article refers back to it as 同 + its kind. Each such word is resolved to the entity
 * it stands for, so a sentence saying 同社は… backs a claim that names the company.
 */
export interface Reference {
  /** [start, end) of the 同- word in the sentence. */
  start: number;
  end: number;
  /** The 同- word as written (同社). */
  text: string;
  /** What it may stand for, NFKC, most likely first (白鷺電器). */
  antecedents: string[];
  /** Content keys of the antecedents (白鷺, 電器): the words the sentence says through it. */
  keys: string[];
}

interface Mention {
  name: string;
  keys: string[];
  /** The name written in 「」 right after a kind noun (洋菓子店「…」): what the kind stands for. */
  alias?: string;
  aliasKeys?: string[];
  /** For a person: the title written after the name (教授 of 岡野真一教授). */
  title?: string;
  /** A kind after a founder word alone (県立学校, 公立保育園): such bodies, named by who runs them. */
  generic?: boolean;
}

type Kind = 'company' | 'person' | 'titled' | 'suffix' | 'both-companies' | 'both-people';

/**
 * The 同- words and what each refers back to. 同社 is a company, 同氏 a person; the others name the
 * kind by the last character of the entity's name (同市 → …市, 同県 → …県, 同大 → …大学 or …大,
 * 同署 → …署, 同院 → …病院 or …院, 同校 → …学校 or …高校 or …校).
 */
const ANAPHORS: ReadonlyArray<readonly [string, Kind, RegExp?]> = [
  ['同社', 'company'],
  ['同氏', 'person'],
  // 両社, 両氏: the last two companies or people named.
  ['両社', 'both-companies'],
  ['両氏', 'both-people'],
  // 同 + a title: the person last named with that title (同教授 → 岡野真一教授), else the last person.
  ...[
    '准教授',
    '教授',
    '研究員',
    '社長',
    '会長',
    '市長',
    '知事',
    '町長',
    '村長',
    '区長',
    '署長',
    '所長',
    '院長',
    '学長',
    '理事長',
    '容疑者',
    '被告',
    '選手',
    '監督',
    '議員',
  ].map((title) => [`同${title}`, 'titled'] as const),
  ['同市', 'suffix', /市$/u],
  ['同県', 'suffix', /県$/u],
  ['同府', 'suffix', /府$/u],
  ['同町', 'suffix', /町$/u],
  ['同村', 'suffix', /村$/u],
  ['同区', 'suffix', /区$/u],
  ['同国', 'suffix', /国$/u],
  ['同大学', 'suffix', /大学?$/u],
  ['同大', 'suffix', /大学?$/u],
  ['同署', 'suffix', /署$/u],
  ['同省', 'suffix', /省$/u],
  ['同庁', 'suffix', /庁$/u],
  ['同局', 'suffix', /局$/u],
  ['同党', 'suffix', /党$/u],
  ['同病院', 'suffix', /病院$/u],
  ['同院', 'suffix', /院$/u],
  ['同校', 'suffix', /校$/u],
  ['同園', 'suffix', /園$/u],
  ['同協会', 'suffix', /協会$/u],
  ['同センター', 'suffix', /センター$/u],
  ['同工場', 'suffix', /工場$/u],
];

/**
 * A bare kind word opening a clause (町は…, 市は…, 県の…, 漁協によると…) is news's shorthand for the
 * body of that kind it named: once 港北町 is named, 町は発電所から… says it of 港北町, as 同町 would.
 */
const BARE_KINDS: ReadonlyArray<readonly [string, Kind, RegExp?]> = [
  ['市', 'suffix', /市$/u],
  ['町', 'suffix', /町$/u],
  ['村', 'suffix', /村$/u],
  ['県', 'suffix', /県$/u],
  ['府', 'suffix', /府$/u],
  // …and so is a bare word for the kind of body last named (漁協によると… after 北浦漁協).
  ['漁協', 'suffix', /漁協$/u],
  ['農協', 'suffix', /農協$/u],
  ['組合', 'suffix', /組合$/u],
  ['協会', 'suffix', /協会$/u],
  ['大学', 'suffix', /大学$/u],
  ['病院', 'suffix', /病院$/u],
  // …and so is a bare word for the kind of water or land last named (湾の水温 after 北浦湾).
  ['湾', 'suffix', /湾$/u],
  ['港', 'suffix', /港$/u],
  ['川', 'suffix', /川$/u],
  ['湖', 'suffix', /湖$/u],
  ['島', 'suffix', /島$/u],
  // A works is a named place too: 工場では… after 北浦工場 says it of 北浦工場.
  ['工場', 'suffix', /工場$/u],
  ['会社', 'company'],
];
// A word of its own: no kana, kanji or digit before it (都市, その町), a case or binding particle after
// it (県警, 市町村 are other words), or 内 and a particle: 市内には, 港内で are inside the body named.
const BARE_RE = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}0-9０-９ー])(${BARE_KINDS.map(([word]) => word).join('|')})(?=[はがのもにで]|内[はがのもにで])`,
  'gu',
);

// The 同- word is a word of its own only when no kanji continues it into another one: 同大会 (the
// same tournament), 同市場, 同社会, 同局面, 同国籍 are not references.
// Nor is the 同 of a word before it (共同, 合同, 一同).
const ANAPHOR_RE = new RegExp(
  `(?<!\\p{Script=Han})(${ANAPHORS.map(([word]) => word)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![会場面籍産])`,
  'gu',
);

// Named places news calls back by their bare kind word (工場では, 湾の), as a body by 町は.
const PLACE_END = /(?:工場|湾|港|川|湖|島)$/u;
// How Japanese company names end (the legal form or the trade), for 同社: 白鷺電器, 東和精密工業,
// みなと銀行, 北星ホールディングス. Words that name a kind of business, not a fitted list of companies.
const COMPANY_NAME_END =
  /(?:株式会社|ホールディングス|グループ|銀行|証券|信金|信用金庫|商事|商会|物産|工業|産業|興業|重工|電器|電機|電工|電子|精密|精機|製作所|製薬|薬品|化学|化成|建設|工務店|鉄道|電鉄|航空|自動車|食品|製菓|乳業|電力|ガス|通信|不動産|商店|百貨店|運輸|交通|海運|汽船|商船|社)$/u;
// …and the trades that end a company's name only after a name of its own (丸三ストア, 北浦テクノサービス,
// 森山観光開発, 北見風力発電, 西浦観光バス): alone or after a common word they name a kind of business or an act
// (宅配サービス, 観光開発, 路線バス), and the dictionary reads several as verbal nouns.
const NAMED_TRADE_END =
  /(?:ストア|マート|サービス|システムズ?|フーズ|テック|エンジニアリング|開発|技研|発電|バス|印刷|製紙|酒造|飲料)$/u;
// Public bodies are named by their own 同- words (同省, 同市, 同大), not 同社.
const PUBLIC_BODY_END =
  /(?:省|庁|局|署|課|府|県|市|町|村|区|党|会|大学|大|校|院|センター|協会|団体|機構|漁協|農協|組合|気象台)$/u;
// Never a company for 同社, whatever the dictionary or the brackets after it say: a facility a body runs
// (…空港, …駅, …本店, …支店, …工場: news writes the place it is in after it in brackets, …空港（…県）, as it
// does for a firm), and the public bodies named by an abbreviation or an office (…委, …役所, …役場, …公社).
const NOT_COMPANY_END =
  /(?:空港|駅|本店|支店|営業所|店舗|庁舎|会館|体育館|球場|公園|工場|委|役所|役場|公社)$/u;
// 〜（本社・…）, 家電メーカーの〜, 〜社の: how the first mention of a company presents it — by a word
// for a company, or for the party goods come from (製造元の〜, 販売元の〜: 元, the maker or seller).
const COMPANY_BEFORE = /(?:メーカー|会社|企業|大手|業者|事業者|法人|(?:製造|販売|発売|輸入|分譲)元)の$/u;
// 〜（本社・…）, or the place it is based in, in brackets after the name: 汐見汽船（港北市）.
const COMPANY_AFTER = /^[（(]本社/u;
// X の 社長, X の田中一郎社長, X の社員: the staff of a company after its name.
// Between の and the title only a name or a word for the person, in kanji or katakana (no clause, no space).
const STAFF_AFTER =
  /^の[\p{Script=Han}\p{Script=Katakana}ー・]{0,8}?(?:社長|副社長|会長|専務|常務|社員|従業員)/u;
const BASED_IN = /^[（(][^）)、。]{1,8}[都道府県市区町村][）)]/u;
// 運営会社「北見電機」: the name in 「」 after a word for a company is that company, whatever its last word.
const COMPANY_APPOSITION = /(?:メーカー|会社|企業|事業者|法人)「$/u;
// 化学メーカー日向化成, 家電メーカー白鷺電器: a word for a company inside a run of nouns, with a name
// after it in the same run, presents that name as the company (its trade first, with no の).
const COMPANY_WORD = /^(?:メーカー|会社|企業|事業者|法人)$/u;

/** True when a word names a kind of company (会社, メーカー, 企業), not a company of its own. */
export function isCompanyWord(word: string): boolean {
  return COMPANY_WORD.test(word);
}

/** True when a noun compound names a body that acts (県消費センター, 北見電機), by how such names end. */
export function namesBody(compound: string): boolean {
  return PUBLIC_BODY_END.test(compound) || COMPANY_NAME_END.test(compound);
}

// Which side of public life a body is on, by the word its name ends in. A level of government (…県,
// …市, 町; not 地区 or 都市, common nouns for an area and a kind of town), an office of one (…局, …署,
// 保健所, …研究所: a unit of a level, which the level may speak for), or a private body (a company, an
// association, a union, a branch of one, a party). Words that name either side (…会, …院, …センター,
// 大学) are none of these.
const LEVEL_END = /(?:^|[^地都])[府県市町村区]$/u;
const OFFICE_END = /(?:省|庁|局|署|課|研究所|保健所|事務所|支所|役所|役場)$/u;
const PRIVATE_END = /(?:支部|協会|組合|漁協|農協|団体|党)$/u;

/**
 * The side of public life a body is on by its name's last word: a level of government (柊野市, 県),
 * an office of one (市環境局, 県動物研究所) or a private body (楡木建設, 推進員会柊野支部); undefined
 * for a word that names either side or no body.
 */
export function bodySideOf(compound: string): 'level' | 'office' | 'private' | undefined {
  if (OFFICE_END.test(compound)) return 'office';
  if (PRIVATE_END.test(compound) || COMPANY_NAME_END.test(compound)) return 'private';
  return LEVEL_END.test(compound) ? 'level' : undefined;
}

/** The level of government an office's name holds (県 of 県動物研究所, 市 of 市環境局), or undefined. */
export function levelOf(office: string): string | undefined {
  return /([府県市町村区])[^府県市町村区]*$/u.exec(office.replace(/[地都][区市]/gu, ''))?.[1];
}

/** True when a compound ends as a public body's name does (…市, …局, …署, …協会): no company. */
export function namesPublicBody(compound: string): boolean {
  return PUBLIC_BODY_END.test(compound);
}

/** True when a compound ends as a company's name does (…運輸, …社, 会社). */
export function namesCompany(compound: string): boolean {
  return COMPANY_NAME_END.test(compound);
}

/**
 * True when `after` opens with a short name of `name` in brackets, its characters in order
 * (霧生観光開発（霧生観光）, 北浜風力開発（北浜風力）): how news defines a body's short name.
 */
function shortNameAfter(name: string, after: string): boolean {
  const short = /^[（(]([\p{Script=Han}\p{Script=Katakana}ー]{2,12})[）)]/u.exec(after)?.[1];
  if (short === undefined || short.length >= name.length) return false;
  return inOrderWithin(short, name);
}

/** True when every character of `short` occurs in `long` in the same order (市選管 within 市選挙管理委員会). */
export function inOrderWithin(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
}

/** Runs of adjacent nouns with their tokens: 白鷺 電器 → 白鷺電器. */
function nounRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const last = run.at(-1);
    // …with the ノ or ヶ that joins two words of a place name (鷺ノ浦, 梅ヶ丘), which the dictionary
    // reads as a symbol of its own.
    const isNoun =
      (token.pos === '名詞' && token.posDetail !== '数' && token.posDetail !== '非自立') ||
      (/^[ノヶケ]$/u.test(token.surface) && last !== undefined && /\p{Script=Han}$/u.test(last.surface));
    if (isNoun && (last === undefined || last.end === token.start)) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = isNoun ? [token] : [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const textOf = (tokens: readonly Token[]) => tokens.map((token) => token.surface).join('');
const mentionOf = (tokens: readonly Token[]): Mention => ({
  name: normalizeForMatch(textOf(tokens)),
  keys: tokens.filter(isContentToken).map(keyOf),
});

/**
 * True when what follows a firm's name makes it what its sentence is about: the topic or the subject
 * (X は, X が, X（本社・…）は) or the firm whose president or staff speak (X の社長).
 */
function prominentAfter(after: string): boolean {
  const rest = after.replace(/^」/u, '').replace(/^[（(][^）)]{0,30}[）)]/u, '');
  return /^[はが]/u.test(rest) || STAFF_AFTER.test(rest);
}

// Who runs a body, said before its kind: 国立, 県立, 都立, 市立, 町立, 村立, 区立, 公立, 私立, 国公立.
// With nothing else before the kind (県立学校, 公立保育園) it may name the one such body of a place
// (町立病院) or a class of them (すべての県立学校): a 同- word takes it only when no body of its kind
// has been named by its own name (県立X高校), which is what the 同- word refers back to.
const FOUNDER_ONLY = /^(?:[国公私都道府県市区町村]+立)$/u;

/** What a sentence names, in order: companies, people and every name + kind (千鳥市, 汐見大学). */
function entitiesOf(text: string, tokens: readonly Token[]) {
  const found: Array<{ at: number; kind: Kind; mention: Mention; prominent?: boolean }> = [];
  for (const run of nounRuns(tokens)) {
    const first = run[0] as Token;
    if (first.surface.startsWith('同')) continue;
    const start = first.start;
    const end = (run.at(-1) as Token).end;
    const whole = textOf(run);
    // 化学メーカー日向化成: the name after the word for a company is the company, though its last
    // word (化成, 建設, 通信) is one the dictionary reads as a verbal noun.
    const word = run.findLastIndex((token) => COMPANY_WORD.test(token.surface));
    const named = run.slice(word + 1);
    if (
      word >= 0 &&
      named.length > 0 &&
      /[\p{Script=Han}\p{Script=Katakana}]/u.test(textOf(named)) &&
      (COMPANY_NAME_END.test(textOf(named)) ||
        named.some((token) => token.nameKind !== undefined) ||
        // 旅行会社こまどりトラベル: a coined name in katakana after the word for a company.
        /\p{Script=Katakana}{2}/u.test(textOf(named)))
    ) {
      found.push({
        at: (named[0] as Token).start,
        kind: 'company',
        mention: mentionOf(named),
        prominent: prominentAfter(text.slice(end)),
      });
      continue;
    }
    // A word for a kind of company at the end of a run (運営会社「…」, 運行会社の…, 親会社) says what
    // a company is; it is not a name (株式会社 ends one).
    if (COMPANY_WORD.test((run.at(-1) as Token).surface) && !/(?:株式|有限|合同|合資)会社$/u.test(whole))
      continue;
    // A company's name has kanji or kana and does not end in a verbal noun (工程変更 is an act),
    // unless the text gives it a short name in brackets (霧生観光開発（霧生観光）): only a name has one.
    const nameLike =
      /[\p{Script=Han}\p{Script=Katakana}]/u.test(whole) &&
      ((run.at(-1) as Token).posDetail !== 'サ変接続' || shortNameAfter(whole, text.slice(end)));
    // A name in 「」 is presented by what follows its closing bracket: 「北見電算」（本社・…）, 「北見電算」（港北市）.
    const quoted = text[start - 1] === '「' && text[end] === '」';
    const after = quoted ? text.slice(end + 1) : text.slice(end);
    const presented = COMPANY_AFTER.test(after) || BASED_IN.test(after);
    // A name and a trade name a company (北見建設, 丸三ストア, 森山観光開発), though the dictionary reads the
    // trade as a verbal noun: a name token before it (a surname, a place, a proper noun), or lone kanji the
    // dictionary knows as no word (丸 三). After a common word (宅配サービス, 臨時休校) the run names a kind
    // of business or an act.
    const head = run.slice(0, -1);
    const tradeName =
      head.length > 0 &&
      (COMPANY_NAME_END.test(whole) || NAMED_TRADE_END.test(whole)) &&
      (head.some((token) => token.nameKind !== undefined || token.posDetail === '固有名詞') ||
        head.filter((token) => /^\p{Script=Han}$/u.test(token.surface)).length >= 2);
    // X の (…) 社長, X の社員: a body whose president or staff a text names is a company, whatever its name's
    // last word (X電算サービスの社長).
    // (Not a shop: 駅前店の従業員; a chain's store is no company.)
    const staffed =
      run.length >= 2 &&
      (run.at(-1) as Token).nameKind !== 'person' &&
      !PUBLIC_BODY_END.test(whole) &&
      (!/店$/u.test(whole) || COMPANY_NAME_END.test(whole)) &&
      STAFF_AFTER.test(after);
    const nameOk =
      nameLike ||
      (/[\p{Script=Han}\p{Script=Katakana}]/u.test(whole) &&
        (tradeName || (quoted && presented) || staffed || (run.length >= 2 && COMPANY_AFTER.test(after))));
    // A word for a company before a name (…メーカーの X) presents a name, not a common noun (会社の株).
    const hasName =
      run.some((token) => token.nameKind !== undefined) ||
      /\p{Script=Katakana}/u.test(whole) ||
      COMPANY_NAME_END.test(whole);
    // A works (菓子メーカーの小鳩工場) is a place of the company, not the company.
    const isCompany =
      !NOT_COMPANY_END.test(whole) &&
      (tradeName ||
        (COMPANY_APPOSITION.test(text.slice(Math.max(0, start - 8), start)) && text[end] === '」') ||
        (nameOk &&
          ((run.some((token) => token.nameKind === 'organization') && !PUBLIC_BODY_END.test(whole)) ||
            (run.length >= 2 && COMPANY_NAME_END.test(whole)) ||
            (COMPANY_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && hasName) ||
            COMPANY_AFTER.test(after) ||
            staffed ||
            // …but a person's name (森田健二（北浦町）) ends in a given name.
            ((run.at(-1) as Token).nameKind !== 'person' && BASED_IN.test(after)))));
    if (isCompany) {
      // 白鷺電器 is a company even where the dictionary reads 白鷺 as a surname.
      found.push({ at: start, kind: 'company', mention: mentionOf(run), prominent: prominentAfter(after) });
      continue;
    }
    // People: a run of person-name tokens (岡野 真一), a surname alone too.
    const person = run.filter((token) => token.nameKind === 'person');
    const title = textOf(run.slice(run.lastIndexOf(person.at(-1) as Token) + 1));
    // …unless what follows the name is a body (北浦高校, 若松大学: a surname-like place name and a
    // school), which 同校, 同大 refer back to.
    // So is a works or a bay named after its place (小鳩工場, 北浦湾), which 同工場, 工場は, 湾の refer back to.
    // …nor is a city or prefecture whose name the dictionary reads as a person's (湊 + 野市: 湊野市):
    // no name of a person ends in 市, 県 or 府 after another word.
    const cityRead = run.length >= 2 && title === '' && /(?:市|県|府)$/u.test(whole);
    // …nor a place whose name the dictionary reads as a person's and which a kind word follows, alone or
    // with 立, within two words (X浜 + 市 + 中央, X + 瀬 + 市 + 消防本部, X浜 + 市立 + …): a person's title
    // is one word (市長), not the bare kind.
    const lastPerson = run.lastIndexOf(person.at(-1) as Token);
    const placeRead = run
      .slice(lastPerson + 1, lastPerson + 3)
      .some((token) => /^(?:市|町|村|県|府|区|郡)立?$/u.test(token.surface));
    if (
      person.length > 0 &&
      !cityRead &&
      !placeRead &&
      !(title !== '' && (PUBLIC_BODY_END.test(whole) || PLACE_END.test(whole)))
    ) {
      found.push({
        at: start,
        kind: 'person',
        mention: { ...mentionOf(person), ...(title === '' ? {} : { title: normalizeForMatch(title) }) },
      });
      continue;
    }
    // Every head of the run that ends a token and has a name before it: 千鳥市, 千鳥市消防局 — but not an
    // act (臨時休校 is no school for 同校: a head ending in a verbal noun names none). A kind word the
    // dictionary joins to what follows it (X町 + 長選, X市 + 立) ends a head of its own: X町, X市.
    // The name in 「」 right after a kind (洋菓子店「…」) is what the kind stands for, first.
    const quotedAfter = /^「([^「」。]{1,30})」/u.exec(text.slice(end))?.[1];
    const alias =
      quotedAfter === undefined
        ? {}
        : {
            alias: normalizeForMatch(quotedAfter),
            aliasKeys: tokens
              .filter((token) => token.start > end && token.end <= end + 1 + quotedAfter.length)
              .filter(isContentToken)
              .map(keyOf),
          };
    for (let i = 1; i < run.length; i++) {
      const token = run[i] as Token;
      const joined = /^(市|町|村|県|区)(?:長|立|議|議会|民|営)/u.exec(token.surface)?.[1];
      if (joined !== undefined) {
        const head = mentionOf(run.slice(0, i));
        found.push({
          at: start,
          kind: 'suffix',
          mention: { name: `${head.name}${joined}`, keys: head.keys },
        });
      }
      if (token.posDetail === 'サ変接続') continue;
      found.push({
        at: start,
        kind: 'suffix',
        mention: {
          ...mentionOf(run.slice(0, i + 1)),
          ...(i === run.length - 1 ? alias : {}),
          ...(FOUNDER_ONLY.test(textOf(run.slice(0, i))) ? { generic: true } : {}),
        },
      });
    }
    // A single kind noun with a name in 「」 after it (銭湯「…」) names a body too.
    if (run.length === 1 && quotedAfter !== undefined)
      found.push({ at: start, kind: 'suffix', mention: { ...mentionOf(run), ...alias } });
  }
  return found;
}

// Any other 同 + kanji word (同労組, 同組合, 同農協, 同会) refers back to the body last named whose name
// ends in that word (…労働組合, 北浦農協) or in what it abbreviates (労組: 労働組合), as 同市 does to …市:
// news calls a body back by 同 and its head noun. A word that names no such body (同日, 同様) is none.
const OTHER_ANAPHOR_RE = /(?<!\p{Script=Han})同(\p{Script=Han}{1,4})/gu;

/**
 * The most recent body named whose name ends in the word after 同, or in a phrase the word
 * abbreviates (労組 of 労働組合); the longest such word first (同組合員 is no 同組合 reference: the
 * word must be all of the kanji after 同 or a start of them that names the body).
 */
function bodyEndingIn(
  kanji: string,
  named: readonly Mention[],
  companies: readonly Mention[],
): { word: string; mention: Mention } | undefined {
  // A body named by its own name before one named only by who runs it (FOUNDER_ONLY).
  const recent = [...named, ...companies].toReversed();
  const candidates = [
    ...recent.filter((m) => m.generic !== true),
    ...recent.filter((m) => m.generic === true),
  ];
  for (let length = [...kanji].length; length >= 1; length--) {
    const word = [...kanji].slice(0, length).join('');
    for (const mention of candidates) {
      const chars = [...mention.name];
      if (chars.length <= length) continue;
      if (mention.name.endsWith(word)) return { word, mention };
      for (let i = 1; i + length + 2 <= chars.length; i++)
        if (isAbbreviationOf(word, chars.slice(i).join(''))) return { word, mention };
    }
  }
  return undefined;
}

/**
 * Resolves the 同- words of a document's sentences (in order, the headline first). A 同- word
 * stands for the most recent entity of its kind named before it; 同社 may also stand for the
 * article's own company, the first one it names (news keeps calling its subject 同社 after naming
 * another company in passing).
 */
export function resolveReferences(
  sentences: ReadonlyArray<{ text: string; tokens: readonly Token[] }>,
): Reference[][] {
  const companies: Mention[] = [];
  const people: Mention[] = [];
  const named: Mention[] = [];
  // The firm the text has called 同社 (the firm its report is about), and how often each firm is named.
  let subject: Mention | undefined;
  const namings = new Map<string, number>();
  const prominent = new Set<string>();
  return sentences.map(({ text, tokens }) => {
    const entities = entitiesOf(text, tokens);
    const references: Reference[] = [];
    let next = 0;
    const learnUpTo = (offset: number) => {
      while (next < entities.length && (entities[next] as { at: number }).at < offset) {
        const entity = entities[next++] as (typeof entities)[number];
        if (entity.kind === 'company') {
          namings.set(entity.mention.name, (namings.get(entity.mention.name) ?? 0) + 1);
          if (entity.prominent === true) prominent.add(entity.mention.name);
        }
        (entity.kind === 'company' ? companies : entity.kind === 'suffix' ? named : people).push(
          entity.mention,
        );
      }
    };
    const known = [...text.matchAll(ANAPHOR_RE), ...text.matchAll(BARE_RE)];
    const others = [...text.matchAll(OTHER_ANAPHOR_RE)].filter(
      (other) =>
        !known.some(
          (match) =>
            other.index < match.index + match[0].length && match.index < other.index + other[0].length,
        ),
    );
    const matches = [...known, ...others].sort((x, y) => x.index - y.index);
    for (const match of matches) {
      learnUpTo(match.index);
      if (others.includes(match)) {
        const found = bodyEndingIn(match[1] as string, named, companies);
        if (found !== undefined)
          references.push({
            start: match.index,
            end: match.index + 1 + found.word.length,
            text: `同${found.word}`,
            antecedents: namesOf(found.mention),
            keys: keysOf(found.mention),
          });
        continue;
      }
      const word = match[0];
      const [, kind, suffix] = [...ANAPHORS, ...BARE_KINDS].find(
        ([anaphor]) => anaphor === word,
      ) as (typeof ANAPHORS)[number];
      const candidates: Mention[] = [];
      if (kind === 'company') {
        const last = companies.at(-1);
        const first = companies[0];
        // A firm named once in passing (the maker of a part, a contractor named inside a clause) does not
        // take 同社 from the firm the text has already called 同社: 同社 still stands for that one, first.
        // A firm named as a topic or subject (X は, X が) or by its staff (X の社長) is no firm in passing,
        // nor is one whose name holds the other's or is held in it (the same firm, named two ways).
        const passing =
          word === '同社' &&
          last !== undefined &&
          subject !== undefined &&
          !subject.name.includes(last.name) &&
          !last.name.includes(subject.name) &&
          namings.get(last.name) === 1 &&
          !prominent.has(last.name);
        if (passing) candidates.push(subject as Mention, last as Mention);
        else {
          if (last !== undefined) candidates.push(last);
          if (first !== undefined && first.name !== last?.name) candidates.push(first);
        }
        if (word === '同社' && candidates[0] !== undefined) subject = candidates[0];
      } else if (kind === 'both-companies' || kind === 'both-people') {
        const known =
          kind === 'both-companies' ? companies : people.map((person) => fullName(people, person));
        const two: Mention[] = [];
        for (const mention of known.toReversed())
          if (two.length < 2 && !two.some((other) => other.name === mention.name)) two.push(mention);
        if (two.length === 2) candidates.push(...two.toReversed());
      } else if (kind === 'titled') {
        const title = word.slice(1);
        const titled = people.findLast((person) => person.title?.endsWith(title) ?? false) ?? people.at(-1);
        if (titled !== undefined) candidates.push(fullName(people, titled));
      } else if (kind === 'person') {
        // The full name of the last person named (岡野真一, not a later bare 岡野).
        const last = people.at(-1);
        if (last !== undefined) candidates.push(fullName(people, last));
      } else {
        const ofKind = (mention: Mention) => suffix?.test(mention.name) === true && mention.name.length > 1;
        // A body named by its own name before one named only by who runs it (FOUNDER_ONLY).
        const last =
          named.findLast((mention) => ofKind(mention) && mention.generic !== true) ?? named.findLast(ofKind);
        if (last !== undefined) candidates.push(last);
      }
      if (candidates.length > 0)
        references.push({
          start: match.index,
          end: match.index + word.length,
          text: word,
          antecedents: candidates.flatMap(namesOf),
          keys: [...new Set(candidates.flatMap(keysOf))],
        });
    }
    learnUpTo(Number.POSITIVE_INFINITY);
    return references;
  });
}

/** What a mention stands for, most likely first: the name in 「」 after a kind, then the kind. */
const namesOf = (mention: Mention) =>
  mention.alias === undefined ? [mention.name] : [mention.alias, mention.name];
const keysOf = (mention: Mention) => [...(mention.aliasKeys ?? []), ...mention.keys];

/** The longest name of the people named that starts with the person's (岡野真一 for a later 岡野). */
function fullName(people: readonly Mention[], person: Mention): Mention {
  return people
    .filter((other) => other.name.startsWith(person.name))
    .reduce((a, b) => (b.name.length > a.name.length ? b : a), person);
}

/**
 * True when one of the sentence's 同- words stands for `name` (or for an entity whose name holds it,
 * as `names` reads an antecedent: by default any text that holds the name).
 */
export function refersTo(
  references: readonly Reference[] | undefined,
  name: string,
  names: (antecedent: string, name: string) => boolean = (antecedent, wanted) => antecedent.includes(wanted),
): boolean {
  return (references ?? []).some((reference) =>
    reference.antecedents.some((antecedent) => names(antecedent, name)),
  );
}

/**
 * True when a bare kind word (会社, 市, 町, 漁協: news's shorthand for the body of that kind last
 * named) and a reference of a source (同社, 同市, or the source's own bare word) stand for a body of the
 * same kind, so they speak for the same one: 会社によると reports what 同社によると does.
 */
export function sameKindAs(bare: string, reference: Reference): boolean {
  const entry = BARE_KINDS.find(([word]) => word === bare);
  if (entry === undefined) return false;
  const [, kind, suffix] = entry;
  if (kind === 'company')
    return [...ANAPHORS, ...BARE_KINDS].some(
      ([word, other]) => word === reference.text && other === 'company',
    );
  return suffix !== undefined && reference.antecedents.some((antecedent) => suffix.test(antecedent));
}

/**
 * The kind words of places and bodies (市, 町, 村, 港, 湖, 大学, 病院…) a text uses bare, as `BARE_RE`
 * reads them (町の…, 港で…, 県は…): news's shorthand for the one of that kind the reader knows. Each
 * with the character after it (a particle, or 内 of 市内で).
 */
export function bareKindsIn(text: string): Array<{ kind: string; next: string }> {
  const found: Array<{ kind: string; next: string }> = [];
  for (const match of text.matchAll(BARE_RE)) {
    const kind = match[1] as string;
    if (BARE_KINDS.some(([word, what]) => word === kind && what === 'suffix'))
      found.push({ kind, next: text.charAt(match.index + kind.length) });
  }
  return found;
}

/**
 * Short names a text defines for a body in parentheses right after its full name, as news does on
 * first mention: 汐見県消費生活センター（県消費センター）, 北浜風力開発（北浜風力）. The short name is
 * taken when its characters appear in the full name in order (a 略称), so a gloss of place or
 * people (柚原市, 久住宗一郎院長) is none.
 */
export function definedAliases(text: string): Array<{ long: string; short: string }> {
  const out: Array<{ long: string; short: string }> = [];
  for (const match of normalizeForMatch(text).matchAll(
    /([\p{Script=Han}\p{Script=Katakana}ー]{3,24})[（(]([\p{Script=Han}\p{Script=Katakana}ー]{2,12})[）)]/gu,
  )) {
    const long = match[1] as string;
    const short = match[2] as string;
    if (short.length >= long.length) continue;
    let at = 0;
    for (const char of long) if (char === short[at]) at++;
    if (at === short.length) out.push({ long, short });
  }
  // 「湊川北部医療センター」（仮称、以下北部センター）: 以下 defines the name used from here on.
  for (const match of normalizeForMatch(text).matchAll(
    /([\p{Script=Han}\p{Script=Katakana}ー]{3,24})」?[（(](?:[^（）()、]{0,8}、)?以下、?([\p{Script=Han}\p{Script=Katakana}ー]{2,12})[）)]/gu,
  ))
    out.push({ long: match[1] as string, short: match[2] as string });
  return out;
}

/**
 * True when `short` is a Japanese abbreviation (略称) of `long`: the same first character and the
 * rest of its characters in order inside `long` (市教委 ⇄ 市教育委員会, 農協 ⇄ 農業協同組合, 日銀 ⇄ 日本銀行).
 */
export function isAbbreviationOf(short: string, long: string): boolean {
  // The first characters first: most pairs asked about differ there (asked for every name × compound).
  if (short.codePointAt(0) !== long.codePointAt(0) || short.length < 2) return false;
  const a = [...short];
  const b = [...long];
  // A contiguous part is not an abbreviation (史上 of 史上最大), and 同町 / 同社 refer back, not abbreviate.
  if (a.length < 2 || b.length < a.length + 2 || a[0] !== b[0] || long.includes(short) || a[0] === '同')
    return false;
  if (!a.every((char) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(char))) return false;
  let at = 1;
  for (const char of a.slice(1)) {
    while (at < b.length && b[at] !== char) at++;
    if (at >= b.length) return false;
    at++;
  }
  return true;
}

const SMALL_KANA = /^[ぁぃぅぇぉっゃゅょゎゕゖー]/u;
const toHiragana = (text: string) =>
  text.replace(/[\u30a1-\u30f6]/gu, (char) => String.fromCodePoint((char.codePointAt(0) as number) - 0x60));

/**
 * The hiragana 略称 a compound name may go by, from its parts and their readings. Locals and news
 * call a firm, bank or railway by the first sounds of its name's first part and of a later part,
 * written in hiragana — ちぎん for 千鳥銀行 (チ|ドリ + ギン|コウ), ふじぎん for 藤浪銀行 — or with
 * the later part's first kanji kept: ちぐ電 for 千草電鉄 (チグ|サ + 電). The character-order rule
 * (isAbbreviationOf) cannot see these: the short name shares no character with the full one.
 * Returns each form: one to three kana of the first part's reading (which must be written with a
 * kanji: a kana form rewrites kanji), then one or two kana of a later part's reading, or its first
 * kanji; three characters at least, never cut before a small kana or ー (a mora is not split).
 */
export function kanaAbbreviationsOf(parts: ReadonlyArray<{ surface: string; reading: string }>): string[] {
  const first = parts[0];
  if (parts.length < 2 || first === undefined || !/\p{Script=Han}/u.test(first.surface)) return [];
  const prefixes = (reading: string, most: number) => {
    const kana = [...toHiragana(reading)];
    if (!kana.every((char) => /[ぁ-ゖー]/u.test(char))) return [];
    const out: string[] = [];
    for (let n = 1; n <= Math.min(most, kana.length); n++)
      if (!SMALL_KANA.test(kana[n] ?? '')) out.push(kana.slice(0, n).join(''));
    return out;
  };
  const heads = prefixes(first.reading, 3);
  const forms = new Set<string>();
  for (const part of parts.slice(1, 4)) {
    const tails = prefixes(part.reading, 2);
    const kanji = [...part.surface][0] ?? '';
    if (/\p{Script=Han}/u.test(kanji)) tails.push(kanji);
    for (const head of heads)
      for (const tail of tails) if ([...head].length + [...tail].length >= 3) forms.add(`${head}${tail}`);
  }
  return [...forms];
}
