import type { TextBlock } from './collect-paragraphs.ts';

/**
 * Page furniture that sits inside the article's own markup and so survives the element-level
 * cleaning (non-content.ts): "Read more: …" lines, related-story lists under a "You may also
 * like" heading or at the very end, share-button rows, promotional links in capitals, calls to
 * subscribe, ad and comment labels, and datelines and bylines printed as paragraphs. Each rule
 * looks at a paragraph's text, how much of it is link text and what element opened it, and at
 * most at its neighbours; none is keyed to a particular site. One pass, linear in the paragraphs.
 */

/**
 * Labels that open a line pointing to another story: "Read more:", "[Related: …]", "SEE ALSO:",
 * "Also on example.com …", "関連記事：". All but the last form need their colon or bracket, so a
 * sentence that merely starts with "More" or "Also" is not one.
 */
const READ_MORE_LABEL =
  /^[[(（【]?\s*(?:(?:read (?:more|next|also)|related(?: (?:post|story|stories|article|articles|content|coverage|reading))?|see (?:more|also)|also(?: read)?|more|watch|listen|leggi anche(?: su)?|leia (?:também|mais)|veja também|lesen sie auch|lire aussi|lee también|читайте также|関連(?:記事)?|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|参考記事)\s*[:：|】\]]|also on \S+\.\S+\s)/iu;

/**
 * Headings of related-story blocks: "You may also like…", "More Great WIRED Stories", "Trending",
 * "LATEST NEWS", "関連記事": a lead word and a few more. They only count when link lines follow.
 */
const RELATED_HEADING =
  /^(?:you (?:may|might) (?:also )?like|(?:more|related|recommended|latest|recent|popular|top|trending|most (?:read|popular)|editor['’]?s picks|don['’]?t miss|read (?:more|next)|see also|also on)(?:\s+[\p{L}\p{N}'’&:,-]+){0,6}|関連記事|関連ニュース|おすすめ記事|人気記事|新着記事|あわせて読みたい|合わせて読みたい)[\s.…:：!]*$/iu;

/** A paragraph that is only the label of an ad slot or of the comment section. */
const LABEL_ONLY =
  /^(?:advert(?:isement)?|sponsored(?: content)?|anzeige|publicidade?|pubblicità|publicité|реклама|iklan|広告|スポンサーリンク|\d*\s*comments?|leave a (?:comment|reply)|tell us what you think\W*|コメント)$/iu;

/** A call to subscribe: "Sign up for our Email Newsletters here", "Subscribe to … on YouTube". */
const SUBSCRIBE_CALL = /\b(?:subscribe|sign[ -]?up)\b/i;
const SUBSCRIBE_TARGET = /\b(?:newsletters?|inbox|youtube|channel|podcasts?)\b/i;

/** Words of a share-button row: network names and what the buttons say. */
const SHARE_WORDS = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'pinterest',
  'pin',
  'pint',
  'linkedin',
  'reddit',
  'tumblr',
  'telegram',
  'line',
  'email',
  'e-mail',
  'mail',
  'print',
  'share',
  'tweet',
  'copy',
  'link',
  'messenger',
  'pocket',
  'flipboard',
  'シェア',
  'ツイート',
  'はてブ',
  'ポスト',
  'ブックマーク',
]);

const MAX_SHORT_LINE = 160;

const linkShare = (block: TextBlock) => (block.text.length === 0 ? 0 : block.linkLength / block.text.length);
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** "Read more: Alibaba poised to…" where the rest is a link. */
function isReadMoreLine(block: TextBlock): boolean {
  return (
    block.text.length <= MAX_SHORT_LINE * 2 && linkShare(block) >= 0.5 && READ_MORE_LABEL.test(block.text)
  );
}

/** A row of share buttons: "Whatsapp Facebook Pint Baixar", "シェア ツイート はてブ". */
function isShareRow(block: TextBlock): boolean {
  const words = wordsOf(block.text);
  if (words.length === 0 || block.text.length > MAX_SHORT_LINE) return false;
  const shareWords = words.filter((word) => SHARE_WORDS.has(word)).length;
  return shareWords >= 2 && shareWords * 4 >= words.length * 3;
}

/** A link written in capitals ("GET FOX BUSINESS ON THE GO"), or one that says "click here": a promotion. */
function isPromotionLink(block: TextBlock): boolean {
  if (block.text.length > MAX_SHORT_LINE || linkShare(block) < 0.5) return false;
  if (/\bclick(?:ing)? here\b/i.test(block.text)) return true;
  const letters = block.text.match(/\p{L}/gu) ?? [];
  return (
    linkShare(block) >= 0.9 &&
    wordsOf(block.text).length >= 3 &&
    letters.length > 0 &&
    letters.every((letter) => letter === letter.toUpperCase() && /[A-Z]/.test(letter.normalize('NFD')))
  );
}

/** A line that is mostly a link: an entry of a link list. */
const isLinkLine = (block: TextBlock | undefined) =>
  block !== undefined && block.text.length <= MAX_SHORT_LINE && linkShare(block) >= 0.8;

/** A short linked invitation to subscribe to a newsletter or channel. */
function isSubscribeCall(block: TextBlock): boolean {
  return (
    block.text.length <= MAX_SHORT_LINE * 1.5 &&
    block.linkLength > 0 &&
    SUBSCRIBE_CALL.test(block.text) &&
    SUBSCRIBE_TARGET.test(block.text)
  );
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
/** Dates, times and their labels as datelines print them ("Updated 1:39 am EST, Wednesday, November 20, 2019"). */
const DATELINE_DATES = [
  String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?`,
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b(?:,?\s+\d{4})?`,
  String.raw`\b${MONTH}\s+\d{4}\b`,
  String.raw`\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b`,
  String.raw`\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b`,
  String.raw`\b(?:today|yesterday)\b`,
];
const DATELINE_TIMES = [
  String.raw`\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?`,
  String.raw`\b\d{1,2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4}\b)?`,
  String.raw`\b${WEEKDAY}(?=\W|$)`,
];
const DATELINE_DATE = new RegExp(DATELINE_DATES.join('|'), 'iu');
const DATELINE_PARTS = new RegExp([...DATELINE_DATES, ...DATELINE_TIMES].join('|'), 'giu');
const DATELINE_LABELS =
  /\b(?:(?:last\s+|first\s+)?(?:published|updated|posted|modified|created)(?:\s+(?:on|at))?|original|on|at|and|\d{4})\b/giu;

/**
 * "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", "18 Nov 2019, 19:09", "Today 12:01 AM": dates,
 * times and their labels only. A time alone ("10 p.m.") is a live blog's entry heading, not a dateline.
 */
export function isDateline(text: string): boolean {
  if (text.length > MAX_SHORT_LINE || !DATELINE_DATE.test(text)) return false;
  const withoutDates = text.replace(DATELINE_PARTS, ' ');
  return wordsOf(withoutDates.replace(DATELINE_LABELS, ' ')).length === 0;
}

/**
 * A Japanese byline: "文・浜辺一郎", "取材・文／岬花子", "記者：浜辺一郎", "筆者 岬花子" — a label
 * and a name of at most 20 characters, nothing else.
 */
const JAPANESE_BYLINE =
  /^[(（]?(?:(?:(?:取材|文|写真|筆者|著者|執筆者?|記者|構成|編集)[・/／、]?)+\s*[:：/／・]\s*|(?:筆者|著者|記者)\s+)[^\s。、]{1,20}[)）]?$/u;

/** "By Brigit Katz", "By Justine Coleman - 11/18/19 11:04 PM EST": a byline, with or without its date. */
function isByline(text: string): boolean {
  if (JAPANESE_BYLINE.test(text)) return true;
  if (text.length > 120 || /[.!?。]$/.test(text)) return false;
  const byline = /^(?:(?:written|posted|story|reporting|text)\s+)?by\s+(\p{Lu}.*)$/iu.exec(text);
  if (!byline) return false;
  // The name part: a few capitalised words, perhaps followed by a dateline.
  const [name = '', ...rest] = (byline[1] ?? '').split(/\s+[-–—|]\s+|\s*[|,]\s*/);
  return name.split(/\s+/).length <= 6 && (rest.length === 0 || isDateline(rest.join(' ')));
}

/** A list item that is only a link. */
const isListLink = (block: TextBlock | undefined) => block?.opener === 'li' && isLinkLine(block);

/**
 * An entry of a list that a related-story heading announced: short and mostly link, allowing a
 * date or a source name beside the link ("港の朝市が再開（3月1日）").
 */
const isRelatedEntry = (block: TextBlock | undefined) =>
  block !== undefined && block.text.length <= MAX_SHORT_LINE && linkShare(block) >= 0.5;

/**
 * A heading's words without the marks that decorate it: 【関連記事】, ■関連記事, ＜あわせて読みたい＞,
 * ▼ Related stories. Punctuation and symbols at either end only.
 */
const undecorated = (text: string) => text.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');

/** A related-story heading, decorated or not, with at least one related entry after it. */
function isRelatedHeading(
  block: TextBlock,
  next: TextBlock | undefined,
  afterNext: TextBlock | undefined,
): boolean {
  const words = undecorated(block.text);
  if (words.length === 0 || !RELATED_HEADING.test(words)) return false;
  // Two entries, or one that ends the text.
  return isRelatedEntry(next) && (afterNext === undefined || isRelatedEntry(afterNext));
}

/** Paragraph text of the article's own prose: a block of some length with little link text. */
const isProse = (block: TextBlock | undefined) =>
  block !== undefined && block.text.length >= 40 && linkShare(block) < 0.2;

/**
 * How many blocks from `index` form a list of links (two or more list items that are only links)
 * set between paragraphs of prose: a related-story block inserted into the body, heading or not.
 * A list of links at the end of the text is left to trailingLinkList; one with prose on both
 * sides is never the article's own list of sources, which ends it.
 */
function inlineLinkListLength(blocks: readonly TextBlock[], index: number): number {
  if (!isProse(blocks[index - 1])) return 0;
  let end = index;
  while (isListLink(blocks[end])) end += 1;
  return end - index >= 2 && isProse(blocks[end]) ? end - index : 0;
}

/**
 * How many blocks at the end form a list of links (two or more list items that are only links),
 * with at most two linked paragraphs after it (an author's "follow me" note, a forum invitation):
 * the "more stories" list a page ends its article with. A paragraph without a link after the list
 * is the article's own closing, and then the list is part of the article.
 */
function trailingLinkList(blocks: readonly TextBlock[]): number {
  let index = blocks.length;
  const isLinkedNote = (block: TextBlock | undefined) =>
    block !== undefined && block.linkLength > 0 && !isListLink(block);
  while (index > 0 && blocks.length - index < 2 && isLinkedNote(blocks[index - 1])) index -= 1;
  let items = 0;
  while (index > 0 && isListLink(blocks[index - 1])) {
    index -= 1;
    items += 1;
  }
  return items >= 2 ? blocks.length - index : 0;
}

/** How many blocks at the start of the text may be a byline. */
const BYLINE_WINDOW = 3;

/**
 * The paragraphs of extracted HTML text without the furniture described above. A related-story
 * heading goes only with the link lines after it, and link lines go only after such a heading or a
 * "Read more" line, or when they form a list set between paragraphs of prose: a list of links
 * that ends the article can be its content (a list of sources).
 */
export function filterBlocks(blocks: readonly TextBlock[]): string[] {
  const end = blocks.length - trailingLinkList(blocks);
  const kept: string[] = [];
  let inLinkList = false;
  let skipUntil = 0;
  blocks.forEach((block, index) => {
    if (index >= end || index < skipUntil) return;
    if (inLinkList && isRelatedEntry(block)) return;
    inLinkList = false;
    if (isReadMoreLine(block)) {
      inLinkList = true;
      return;
    }
    // A heading followed by two related entries (or one that ends the text) is a related-story list.
    if (isRelatedHeading(block, blocks[index + 1], blocks[index + 2])) {
      inLinkList = true;
      return;
    }
    const inline = inlineLinkListLength(blocks, index);
    if (inline > 0) {
      skipUntil = index + inline;
      return;
    }
    if (
      LABEL_ONLY.test(block.text) ||
      isShareRow(block) ||
      isPromotionLink(block) ||
      isSubscribeCall(block) ||
      isDateline(block.text)
    )
      return;
    if (index < BYLINE_WINDOW && isByline(block.text)) return;
    kept.push(block.text);
  });
  return kept;
}
