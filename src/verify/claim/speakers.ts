import { normalizeForMatch } from '../../text/normalize.ts';
import { parseJapaneseNumber } from '../../text/quantities.ts';
import { romanize } from '../../text/romanize.ts';
import type { Token } from '../../text/tokenizer.ts';
import { isRoleWord, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import { subjectOf } from '../../understand/subject.ts';
import type { DocumentUnderstanding, SourceSentence } from '../../understand/understand-document.ts';

// Who speaks in a source sentence, and whether a text names a person.

// The police as Japanese news names them: a station by its place (栃木署, 中央署), a prefecture's
// force (県警, 府警, 道警) or Tokyo's (警視庁). A station of another service (消防署, 税務署,
// 労働基準監督署, 海上保安署), the other words ending in 署 (部署, 署名) and 同署, 各署, 両署 (which may
// stand for fire stations) are not the police; a page that calls the police 同署 has named the station
// before. Read by the coverage check (a claim's 警察 found) and the attribution check (an agency's kind).
export const POLICE_NAME =
  /[\p{Script=Han}\p{Script=Katakana}](?<!消防|税務|監督|保安|部|同|各|両)署(?!名)|[都道府県]警|警視庁/u;

/**
 * Text that names who speaks in a sentence: its words outside quotes, and — when it names no
 * speaker of its own — those of the sentences before it: news carries a speaker over several
 * sentences, across paragraphs (高森市長は…。…とも述べた。).
 */
export function attributionWindow(sentence: SourceSentence, document?: DocumentUnderstanding): string {
  const own = stripQuotes(sentence.text, sentence.quotes);
  const hasOwnSpeaker =
    sentence.quoteSpeaker !== undefined ||
    /によると|によれば|によりますと/u.test(own) ||
    sentence.tokens.some((token) => token.nameKind === 'person' && own[token.start] !== '＊');
  const index = document?.sentences.indexOf(sentence) ?? -1;
  const before =
    hasOwnSpeaker || document === undefined || index < 0
      ? sentence.previous === undefined
        ? []
        : [stripQuotes(sentence.previous.text, sentence.previous.quotes)]
      : carriedSpeaker(document.sentences.slice(Math.max(0, index - 3), index));
  // Each part normalized on its own, so the line between them stays: a name ending one part and the
  // next part's first word (青嶺県 / 同店を…) are no compound.
  return [...before.map(normalizeForMatch), ownWindow(sentence)].join('\n');
}

/**
 * A sentence's own words outside its quotes, with the entities its own 同- words stand for (同社長は
 * 「…」: the president named before), each part normalized on its own: the window of who speaks
 * without any sentence before it.
 */
export function ownWindow(sentence: SourceSentence): string {
  const own = stripQuotes(sentence.text, sentence.quotes);
  const referred = sentence.references
    .filter((reference) => own[reference.start] !== '＊')
    .flatMap((reference) => reference.antecedents);
  return [own, ...referred].map(normalizeForMatch).join('\n');
}

/**
 * Who a sentence that names no speaker carries on from: the speaker, quote speaker or named
 * subject (X は, understand/subject.ts) of the nearest sentence before it that has one (高森市長は…。…とも述べた。), with what its 同- words
 * stand for — not every name those sentences mention (県警は、病院から…記録を解析し、…。…とみて
 * 調べている: the police, not the hospital). When none of them has one, their words outside quotes.
 */
function carriedSpeaker(before: readonly SourceSentence[]): string[] {
  for (const other of [...before].reverse()) {
    const phrase = other.quoteSpeaker ?? other.speaker ?? subjectOf(other)?.text;
    if (phrase === undefined) continue;
    const referred = other.references
      .filter((reference) => phrase.includes(reference.text))
      .flatMap((reference) => reference.antecedents);
    return [phrase, ...referred];
  }
  return before.map((other) => stripQuotes(other.text, other.quotes));
}

/** True when `text` mentions the person: full name, or its first two characters (the surname). */
export function mentions(text: string, person: string): boolean {
  if (text.includes(person)) return true;
  const surname = [...person].slice(0, 2).join('');
  return [...person].length > 2 && text.includes(surname);
}

/** True when a quote gives someone's words: followed by と/との/（speaker）, or a sentence of its own. */
export function isSpeech(text: string, quote: { start: number; end: number; inner: string }): boolean {
  const after = text.slice(quote.end, quote.end + 3);
  // A bracketed name that opens a sentence and goes on as its words (「七瀬川夏まつり」暑さで中止に)
  // is no one's speech; a quote that stands alone there is.
  const opens = quote.start === 0 && !/^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(after);
  return /^(?:と|（|\(|。|$)/u.test(after) || opens || /[。、]$/u.test(quote.inner);
}

/**
 * True when a name names the outlet whose `siteName` is `site`: the whole name, or three or more
 * characters of it (放送ニュース of みなと放送ニュース). The one test of "this is that outlet" for
 * the claim checks (who reported what: here; a disputed figure given to its reporter:
 * attributed-figure.ts).
 */
export function namesOutlet(name: string, site: string): boolean {
  const normal = normalizeForMatch(name);
  return site !== '' && ((site.includes(normal) && [...normal].length >= 3) || normal.includes(site));
}

/**
 * The listed sources whose outlet the claim names as the one that reports (東和新聞によると…,
 * 東和新聞は…と報じた, 東和新聞の取材に): saying who reported what. By the outlet's own name (its
 * `siteName`), outside the claim's quotes, or as the claim's speaker (namesOutlet).
 */
export function outletsNamed(
  reading: Pick<SentenceReading, 'text' | 'quotes' | 'speaker'>,
  siteNames: ReadonlyMap<string, string>,
): Set<string> {
  const outside = normalizeForMatch(stripQuotes(reading.text, reading.quotes));
  const found = new Set<string>();
  const sites = [...siteNames].filter(([, site]) => [...site].length >= 2);
  // A site written as the subject (…は, …によると) reports it; so does one joined to such a site
  // (梓新聞とAzusa Dailyは: both report it), settled from the last of the row back.
  const after = (site: string) => {
    const at = outside.indexOf(site);
    return at < 0 ? undefined : outside.slice(at + site.length);
  };
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, site] of sites) {
      if (found.has(id)) continue;
      const rest = after(site);
      const joined =
        rest !== undefined &&
        /^[とや、]/u.test(rest) &&
        sites.some(([other, otherSite]) => found.has(other) && rest.startsWith(otherSite, 1));
      if (
        joined ||
        (rest !== undefined && /^(?:は|が|も|によると|によれば|の取材|の報道|の記事|の調べ)/u.test(rest)) ||
        (reading.speaker !== undefined && namesOutlet(reading.speaker, site))
      ) {
        found.add(id);
        grew = true;
      }
    }
  }
  return found;
}

/**
 * True when the speaker's name, read from its first word on, is spelt in the English text as one
 * word by its reading (楢岡中央バス → Naraoka, 南洋ロケット工業 → Nanyo, 星川 → Hoshikawa): an English
 * page writes a Japanese body's name by its sound, which the vocabulary's glosses do not give.
 * The first words of a name are its own (楢岡, 南洋); the common words after them (中央, 工業)
 * are not needed.
 */
export function readsInEnglish(tokens: readonly Token[], englishText: string): boolean {
  const words = new Set(englishText.toLowerCase().match(/[a-z]+/gu) ?? []);
  const spelt = (latin: string) => latin.length >= 4 && words.has(latin);
  let reading = '';
  for (const token of tokens.slice(0, 4)) {
    // A name's own words are written in kanji; a word in katakana or Latin letters ends it.
    if (!/^\p{Script=Han}+$/u.test(token.surface) || token.reading === undefined) return false;
    reading += token.reading;
    if (spelt(romanize(reading))) return true;
    // A municipality the dictionary cut across its kanji (苔野村 read 苔 + 野村 ノムラ): the name is
    // the reading before its unit's, which English writes without it (Kokeno, a mountain village).
    const unit = UNIT_READINGS[token.surface.at(-1) ?? ''] ?? [];
    if (unit.some((sound) => reading.endsWith(sound) && spelt(romanize(reading.slice(0, -sound.length)))))
      return true;
  }
  return false;
}

/**
 * The readings of a municipality's unit (市 ichi or shi, 町 machi or cho, 村 mura or son, 区 ku): an
 * English page writes the name without it (Kokeno for 苔野村) or as a word of its own (Kokeno Village).
 */
export const UNIT_READINGS: Readonly<Record<string, readonly string[]>> = {
  市: ['イチ', 'シ'],
  町: ['マチ', 'チョウ'],
  村: ['ムラ', 'ソン'],
  区: ['ク'],
};

/** The ages written as news writes them after a person, in parentheses: 女性(78), 男性（八一）. */
export function agesIn(text: string): number[] {
  return [...text.normalize('NFKC').matchAll(/\(([0-9]{1,3}|[〇一二三四五六七八九十]{1,4})\)/gu)].flatMap(
    (match) => {
      const value = parseJapaneseNumber(match[1] ?? '');
      return value === undefined ? [] : [value];
    },
  );
}

/**
 * True when an age given by its decade (70代の女性) is that of a person whose age the text gives
 * (女性（74）, 74歳): news writes the same person either way.
 */
export function inAgeDecade(decade: number, text: string): boolean {
  if (decade < 10 || decade % 10 !== 0) return false;
  const ages = [
    ...agesIn(text),
    ...[...text.normalize('NFKC').matchAll(/([0-9]{1,3})歳/gu)].map((match) => Number(match[1])),
  ];
  return ages.some((age) => age >= decade && age < decade + 10);
}

// What, written between a surname and a title, changes the office rather than naming the person
// (蓼科副町長, 蓼科前会長, 蓼科名誉会長): a closed class of the language's prefixes of offices.
const OFFICE_PREFIX = /^(?:副|前|元|准|新|次期|名誉|代表|代理|筆頭|専務|常務|総)/u;

/**
 * True when a claim's surname and title (蓼科町長) is the source's full name and title (蓼科悦郎町長):
 * the two begin with the same surname and end in the same office (a role word), and what the source
 * writes between them is a given name — one to four letters, no role word and nothing that changes
 * the office (蓼科副町長 is another person). News names a person in full once and by surname and
 * title after, and a paraphrase may use either; the dictionary often reads neither part of a rare
 * name as a person's, so the two are compared as written.
 */
export function isSurnameAndTitleOf(claimed: string, source: string): boolean {
  const mine = [...normalizeForMatch(claimed)];
  const theirs = [...normalizeForMatch(source)];
  let head = 0;
  while (head < mine.length && head < theirs.length && mine[head] === theirs[head]) head += 1;
  const title = mine.slice(head).join('');
  if (head === 0 || title === '' || !isRoleWord(title)) return false;
  const rest = theirs.slice(head).join('');
  if (!rest.endsWith(title)) return false;
  const given = rest.slice(0, rest.length - title.length);
  return (
    /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4}$/u.test(given) &&
    !OFFICE_PREFIX.test(given) &&
    !isRoleWord(given)
  );
}
