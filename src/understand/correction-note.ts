/**
 * Correction notes (訂正): news corrects its own earlier text in a note that quotes the wrong
 * wording first and then says it was wrong — 「45歳」としていましたが、「54歳」の誤りでした;
 * 初版で「約18億円」としたのは「約8億円」の誤りでした; 名前を「X」と表記しましたが、正しくは「Y」です.
 * What stands before the marker (のは / が after the verb that wrote it) is retracted: no source
 * states it, though its words are on the page.
 */

// The verb that wrote the wrong wording (plain and polite, past and progressive), then のは or が,
// and later in the sentence the word that calls it wrong (誤り, 間違い) or gives the right one (正しくは).
const CORRECTION =
  /と(?:し|あっ|あり|書い|書き|記し|報じ|表記し|掲載し)(?:てい)?(?:た|ました)(?:のは|が)[、，]?[^。]*?(?:誤り|間違い|正しくは)/u;

/** The end of the retracted part of a correction note (its wrong wording ends before it), or undefined. */
export function retractedEnd(text: string): number | undefined {
  const note = CORRECTION.exec(text);
  return note === null ? undefined : note.index;
}

/** True when [start, end) of the text lies in the wrong wording a correction note retracts. */
export function isRetractedSpan(text: string, start: number, end: number): boolean {
  const until = retractedEnd(text);
  return until !== undefined && start >= 0 && end <= until;
}

// A sentence that itself tells of the correction (…と誤って伝え、54歳に訂正した; …としていたが、正しくは…)
// may repeat the wrong wording.
const TELLS_CORRECTION = /誤っ|誤り|誤記|訂正|間違|正しくは/u;

/** True when the text speaks of an error or its correction: it may quote what was retracted. */
export function tellsCorrection(text: string): boolean {
  return TELLS_CORRECTION.test(text);
}

// A claim's denial of a wording right after it (約30万円ではなく, 「北川橋」ではなかった, 6歳ではない):
// a few letters of the word it ends (橋, a closing bracket), then では / じゃ and a negation.
const DENIED_WORDING = /^[^、。「」\s]{0,3}[」』]?\s*(?:では|じゃ)(?:なく|ない|なかっ|ありません)/u;

/**
 * True when the text denies the wording that ends at `end` (X ではなく Y, X ではない): a claim that
 * names a value a correction note retracts to deny it says what the note says.
 */
export function deniesWording(text: string, end: number): boolean {
  return DENIED_WORDING.test(text.slice(end));
}

// An editor's stamp on the page itself: the time it was updated or added to (12月4日16時更新, 5日追記)
// and the time an earlier version went out (3日の配信時, 十六日の掲載時).
// Also the day of the article or programme a note corrects (5日配信の記事で, 5日に掲載した記事,
// 5日付の記事, 5日の記事で): the note dates a version, as 配信時 does.
const STAMP_AFTER =
  /^\s*[:：]?\s*(?:更新|追記|修正)|^の(?:配信|掲載|公開|放送|初版)(?:時|の際)|^(?:に|の)?(?:配信|掲載|公開|放送)(?:した|された|しました|されました)?の?(?:記事|番組|ニュース)|^(?:付け?|の)の?(?:記事|紙面|朝刊|夕刊)/u;

/**
 * True when the date is an editor's stamp in a note on the page (※12月4日16時更新, ※3日の配信時、…):
 * it dates the page's versions, not an event the page tells (so does a corrected article's day,
 * ※5日配信の記事で). Only in a note — a sentence opening
 * with ※, 【 or （, or with the date itself — so a told event (契約を3月末で更新) keeps its date.
 */
export function isStampDate(text: string, date: { start: number; end: number }): boolean {
  const opening = text.slice(0, date.start).trim();
  if (!/^(?:[※【（(][^。]{0,6})?$/u.test(opening)) return false;
  return STAMP_AFTER.test(text.slice(date.end));
}

// A value someone gave before a newer report replaced it, in the wording news uses for it: これまで
// (今まで, 従来, 当初) before the value, and after it と or で with a past progressive of a verb of stating
// — 市はこれまで約120人としていた, 県はこれまで約40分間と説明していたが, 当初は3日間と発表していました.
const SUPERSEDED_BEFORE = /(?:これまで|今まで|従来|当初)[^。]*$/u;
const SUPERSEDED_AFTER =
  /^\s*(?:間|から|まで|以降)?[」』]?\s*(?:と|で)\s*(?:し|説明し|発表し|公表し|報告し|伝え|見込んで|み|さ|説明され|発表され)てい(?:た|ました)/u;

/**
 * True when [start, end) of the text is a value the sentence gives as what was said before (市教委は
 * これまで16人としていたが、…): a later report superseded it, so no source states it as it stands.
 */
export function isSupersededSpan(text: string, start: number, end: number): boolean {
  return SUPERSEDED_BEFORE.test(text.slice(0, start)) && SUPERSEDED_AFTER.test(text.slice(end));
}

/** A claim's words that tell a value as the earlier account (当初, これまで) — no longer stated as it stands. */
export const TELLS_EARLIER = /当初|従来|もともと|元々|以前|前回|旧来|これまで|今まで/u;
/** A claim's words that tell of a revision (修正, 訂正, 改めた, 正しくは): both values, who changed what. */
export const TELLS_REVISION = /修正|訂正|改め|正しくは/u;
