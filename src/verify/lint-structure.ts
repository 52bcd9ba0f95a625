import { excerpt, type LintHit } from './lint-hit.ts';
import { type LineOf, splitLines } from './lint-lines.ts';
import { gluesOn, URL_IN_TEXT } from './lint-urls.ts';

/**
 * The まとめ format's markers and fixed wording as the linter recognises them (FORMAT.md). They
 * mirror render/labels.ts, which this stage may not import; the recognisers also accept the
 * variants seen in the wild (full-width colons, 公開日不明 alone, glued card lines).
 */
const POINT = '💡';
const USES_MARKERS = /(?:^|[\r\n])[ \t　]*(?:[-*+][ \t]+)?(?:💡|✅)/u;
const SUMMARY = '✅';
const DATE = /^公開日(?:[ \t]*[:：][ \t]*)?/;
const READ_MORE = /^さらに読む[ \t　]*[⇒→>＞:：]?[ \t　]*/;
const SOURCE = /^(?:出典|画像元)/;
/** The format's lead of an attributed quotation (以下は「site」の記事からの引用です). */
export const QUOTE_INTRO = /^以下は「(.+?)」の.{0,20}引用/;
// A section opens with heading, hook question, hook answer and comment, then its card.
const PREAMBLE_LINES = 4;
// Dialogue voices react and ask: short lines ending in ね / か / ましょう, or led by なるほど.
const VOICE =
  /^(?:\*\*(?:解説|読者)\*\*[:：]|(?:解説|読者)[:：]|なるほど)|(?:ね|よね|ねえ|でしょうか|ですか|ますか|のか|か|ましょう)[。？?！!…]*$/;
const VOICE_MAX_LENGTH = 80;

// Uncarded text: a trailing run of at least UNCARDED_RUN body paragraphs, each of which shares
// less than UNCARDED_COVERAGE (IDF-weighted share of its content bigrams) with its section's
// heading, hook and card. Measured on the seed example: the paragraphs about the defence secretary
// score 0.16–0.22 against the card they follow; the paragraph before them 0.47, and the last
// section's own paragraphs 0.28–0.92 (one paragraph of the first section scores 0.17, alone).
const UNCARDED_COVERAGE = 0.3;
const UNCARDED_RUN = 2;
// Paragraphs with fewer content bigrams than this say too little to judge.
const MIN_BIGRAMS = 4;

type Kind =
  | 'blank'
  | 'point'
  | 'summary'
  | 'date'
  | 'card'
  | 'heading'
  | 'voice'
  | 'quote-intro'
  | 'quote'
  | 'notice'
  | 'prose';

/** A piece of the text with one role: a line, or the part of a line glued on after a card's URL. */
interface Segment {
  kind: Kind;
  offset: number;
  /** The text with list, heading and blockquote markers taken off. */
  content: string;
  /** Length in the text (from `offset`). */
  length: number;
  /** For card lines: what the line provides. */
  site?: string;
  hasUrl?: boolean;
  /** For date lines: whether a date (or 公開日不明) follows the label. */
  hasDate?: boolean;
}

interface Card {
  first: number;
  last: number;
  summaries: number[];
  dates: number[];
  site: string | undefined;
  /** The さらに読む line, when the card has one. */
  readMore: number | undefined;
  url: boolean;
}

/**
 * Checks the shape of a まとめ article in text: three 💡 lines before the first section and three
 * after the last; each source card (公開日, three ✅ lines, さらに読む ⇒site, URL) complete; and no
 * block of body text without a source card of its own. Runs only when the text uses the format's
 * markers (a line starting with 💡 or ✅); other texts get no structure findings.
 *
 * Uncarded text, the heuristic: a section is its preamble (heading, hook question and answer,
 * comment: the PREAMBLE_LINES lines before its card), the card, then dialogue and body up to the
 * next section's preamble, or for the last section up to the closing sentence and 💡 lines. Body
 * paragraphs that are attributed quotations (以下は「site」の記事からの引用です, or a `>` block
 * with 引用元) belong to their source. Each other paragraph is scored by how much of its content
 * (kanji, katakana and Latin bigrams, weighted by rarity in the whole text) also occurs in its
 * section's preamble and card. A run of at least UNCARDED_RUN paragraphs at the end of a section,
 * all scoring under UNCARDED_COVERAGE, is text a reader cannot trace to that section's source:
 * typically a section whose card was lost, appended to the previous one.
 */
export function findStructureProblems(text: string, lineOf: LineOf): LintHit[] {
  if (!USES_MARKERS.test(text)) return [];
  const segments = segment(text);
  const cards = groupCards(segments);
  const hits: LintHit[] = [];
  const span = (from: number, to: number) => {
    const a = segments[from] as Segment;
    const b = segments[to] as Segment;
    return { offset: a.offset, length: b.offset + b.length - a.offset };
  };
  const lines = (from: number, to: number) => {
    const a = lineOf((segments[from] as Segment).offset);
    const b = lineOf((segments[to] as Segment).offset);
    return a === b ? `line ${a}` : `lines ${a}–${b}`;
  };

  if (cards.length === 0) {
    const first = segments.findIndex((s) => s.kind === 'point' || s.kind === 'summary');
    return [
      {
        code: 'card.none',
        severity: 'error',
        ...span(first, first),
        message:
          'The text uses the まとめ markers but has no source card (公開日, ✅ lines, さらに読む ⇒site, URL): nothing in it is attributed',
      },
    ];
  }

  hits.push(...checkPoints(segments, cards, span, lines, text.length));
  for (const card of cards) hits.push(...checkCard(card, segments, span, lines));
  hits.push(...findUncardedText(segments, cards, span, lines));
  return hits.sort((a, b) => a.offset - b.offset);
}

type Span = (from: number, to: number) => { offset: number; length: number };
type Lines = (from: number, to: number) => string;

function checkPoints(segments: Segment[], cards: Card[], span: Span, lines: Lines, end: number): LintHit[] {
  const firstCard = (cards[0] as Card).first;
  const lastCard = (cards.at(-1) as Card).last;
  const points = segments.flatMap((s, i) => (s.kind === 'point' ? [i] : []));
  const lead = points.filter((i) => i < firstCard);
  const closing = points.filter((i) => i > lastCard);
  const hits: LintHit[] = [];
  const count = (code: string, found: number[], where: string, empty: { offset: number; length: number }) => {
    if (found.length === 3) return;
    const at = found.length > 0 ? span(found[0] as number, found.at(-1) as number) : empty;
    hits.push({
      code,
      severity: 'error',
      ...at,
      message: `${found.length} ${POINT} lines ${where}${found.length > 0 ? ` (${lines(found[0] as number, found.at(-1) as number)})` : ''}; the format has exactly three`,
    });
  };
  count('points.lead-count', lead, 'before the first section', {
    offset: (segments[firstCard] as Segment).offset,
    length: 0,
  });
  count('points.closing-count', closing, 'after the last section', { offset: end, length: 0 });
  for (const i of points.filter((i) => i > firstCard && i < lastCard)) {
    hits.push({
      code: 'points.misplaced',
      severity: 'warning',
      ...span(i, i),
      message: `${POINT} line inside a section (${lines(i, i)}); points belong before the first section or after the last`,
      evidence: (segments[i] as Segment).content,
    });
  }
  return hits;
}

function checkCard(card: Card, segments: Segment[], span: Span, lines: Lines): LintHit[] {
  const hits: LintHit[] = [];
  const where = `Source card (${lines(card.first, card.last)})`;
  const at = span(card.first, card.first);
  // Evidence only where a line is itself at fault (an empty 公開日 or さらに読む line).
  const evidenceOf = (i: number | undefined) =>
    i === undefined ? {} : { evidence: (segments[i] as Segment).content };
  if (card.summaries.length !== 3) {
    hits.push({
      code: 'card.summary-count',
      severity: 'error',
      ...(card.summaries.length > 0
        ? span(card.summaries[0] as number, card.summaries.at(-1) as number)
        : at),
      message: `${where} has ${card.summaries.length} ${SUMMARY} lines; a card summarises its source in exactly three`,
    });
  }
  const dated = card.dates.some((i) => segments[i]?.hasDate === true);
  if (!dated) {
    hits.push({
      code: 'card.missing-date',
      severity: 'error',
      ...(card.dates.length > 0 ? span(card.dates[0] as number, card.dates[0] as number) : at),
      message:
        card.dates.length > 0
          ? `${where} has an empty 公開日 line; give the date or write 公開日不明`
          : `${where} has no 公開日 line; give the date, or write 公開日不明 when the page gives none`,
      ...evidenceOf(card.dates[0]),
    });
  }
  if (card.site === undefined) {
    hits.push({
      code: 'card.missing-site',
      severity: 'error',
      ...(card.readMore === undefined ? at : span(card.readMore, card.readMore)),
      message:
        card.readMore !== undefined
          ? `${where} names no site after さらに読む ⇒`
          : `${where} has no さらに読む ⇒site line naming the source`,
      ...evidenceOf(card.readMore),
    });
  }
  if (!card.url) {
    hits.push({
      code: 'card.missing-url',
      severity: 'error',
      ...at,
      message: `${where} has no URL line (出典: https://…); the reader cannot open the source`,
    });
  }
  return hits;
}

function findUncardedText(segments: Segment[], cards: Card[], span: Span, lines: Lines): LintHit[] {
  const weight = rarityWeights(segments);
  const preambles = cards.map((card, k) => preambleStart(segments, card, cards[k - 1]));
  const closingStart = findClosingStart(segments, (cards.at(-1) as Card).last);
  const hits: LintHit[] = [];
  cards.forEach((card, k) => {
    const end = k + 1 < cards.length ? (preambles[k + 1] as number) : closingStart;
    const context = new Set<string>();
    for (let i = preambles[k] as number; i <= card.last; i++) {
      for (const bigram of contentBigrams((segments[i] as Segment).content)) context.add(bigram);
    }
    const paragraphs = unattributedParagraphs(segments, card.last + 1, end);
    const run: number[] = [];
    for (const i of [...paragraphs].reverse()) {
      const bigrams = contentBigrams((segments[i] as Segment).content);
      if (bigrams.size < MIN_BIGRAMS) continue;
      if (coverage(bigrams, context, weight) >= UNCARDED_COVERAGE) break;
      run.unshift(i);
    }
    if (run.length < UNCARDED_RUN) return;
    const first = run[0] as number;
    const last = run.at(-1) as number;
    const heading = segments[preambles[k] as number] as Segment;
    hits.push({
      code: 'body.uncarded',
      severity: 'error',
      ...span(first, last),
      message: `${run.length} body paragraphs (${lines(first, last)}) cannot be attached to a source card: they share almost nothing with the card of their section 「${excerpt(heading.content, 20)}」 (${lines(card.first, card.last)}), so their source is not shown`,
      evidence: excerpt((segments[first] as Segment).content, 60),
    });
  });
  return hits;
}

/** Body paragraphs between `from` and `to` that no quotation lead or 引用元 line attributes. */
function unattributedParagraphs(segments: Segment[], from: number, to: number): number[] {
  const found: number[] = [];
  let attributed = false;
  for (let i = from; i < to; i++) {
    const s = segments[i] as Segment;
    if (s.kind === 'quote-intro') attributed = true;
    else if (s.kind === 'quote') {
      if (!attributed && !quoteBlockCites(segments, i)) found.push(i);
    } else {
      if (s.kind !== 'blank') attributed = false;
      if (s.kind === 'prose') found.push(i);
    }
  }
  return found;
}

/** True when the `>` block holding segment `at` has a 引用元 (citation) line. */
function quoteBlockCites(segments: Segment[], at: number): boolean {
  for (let i = at; segments[i]?.kind === 'quote'; i++) {
    if ((segments[i] as Segment).content.includes('引用元')) return true;
  }
  return false;
}

/** First segment of the preamble before `card`: up to PREAMBLE_LINES non-blank lines. */
function preambleStart(segments: Segment[], card: Card, previous: Card | undefined): number {
  let start = card.first;
  let taken = 0;
  for (let i = card.first - 1; i > (previous?.last ?? -1) && taken < PREAMBLE_LINES; i--) {
    const s = segments[i] as Segment;
    if (s.kind === 'blank') continue;
    if (s.kind === 'point' || s.kind === 'quote' || s.kind === 'quote-intro') break;
    if (s.content.startsWith('それでは')) break;
    start = i;
    taken++;
  }
  return start;
}

/** Where the closing begins: the line before the closing 💡 lines (and a heading before it). */
function findClosingStart(segments: Segment[], lastCard: number): number {
  const firstPoint = segments.findIndex((s, i) => i > lastCard && s.kind === 'point');
  if (firstPoint < 0) return segments.length;
  let start = firstPoint;
  let taken = 0;
  for (let i = firstPoint - 1; i > lastCard; i--) {
    const kind = (segments[i] as Segment).kind;
    if (kind === 'blank') continue;
    if (taken === 1 && kind !== 'heading') break;
    start = i;
    taken++;
    if (taken === 2) break;
  }
  return start;
}

const CONTENT_RUN = /[\p{Script=Han}\p{Script=Katakana}ー々A-Za-z0-9]+/gu;

/** Bigrams of code points inside runs of kanji, katakana, Latin letters and digits (NFKC, lower case). */
function contentBigrams(text: string): Set<string> {
  const bigrams = new Set<string>();
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(CONTENT_RUN)) {
    const chars = [...match[0]];
    if (chars.length === 1) bigrams.add(chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i++) bigrams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return bigrams;
}

/** Inverse document frequency over the text's segments: words on every line weigh little. */
function rarityWeights(segments: Segment[]): (bigram: string) => number {
  const frequency = new Map<string, number>();
  let total = 0;
  for (const s of segments) {
    if (s.kind === 'blank') continue;
    total++;
    for (const bigram of contentBigrams(s.content)) frequency.set(bigram, (frequency.get(bigram) ?? 0) + 1);
  }
  return (bigram) => Math.log((total + 1) / ((frequency.get(bigram) ?? 0) + 0.5));
}

function coverage(bigrams: Set<string>, context: Set<string>, weight: (bigram: string) => number): number {
  let shared = 0;
  let all = 0;
  for (const bigram of bigrams) {
    const w = weight(bigram);
    all += w;
    if (context.has(bigram)) shared += w;
  }
  return all === 0 ? 1 : shared / all;
}

/** Consecutive card parts (blank lines allowed between) form one card; a part out of order starts the next. */
function groupCards(segments: Segment[]): Card[] {
  const cards: Card[] = [];
  let current: Card | undefined;
  segments.forEach((s, i) => {
    if (s.kind === 'blank') return;
    if (s.kind !== 'date' && s.kind !== 'summary' && s.kind !== 'card') {
      current = undefined;
      return;
    }
    // Card parts come in the order 公開日, ✅ lines, さらに読む, URL; one coming back means a new card.
    const linked = current !== undefined && (current.readMore !== undefined || current.url);
    const startsNew =
      current === undefined ||
      (s.kind === 'date' && (current.dates.length > 0 || current.summaries.length > 0 || linked)) ||
      (s.kind === 'summary' && linked) ||
      (s.kind === 'card' && s.site !== undefined && current.readMore !== undefined);
    if (startsNew || current === undefined) {
      current = {
        first: i,
        last: i,
        summaries: [],
        dates: [],
        site: undefined,
        readMore: undefined,
        url: false,
      };
      cards.push(current);
    }
    current.last = i;
    if (s.kind === 'date') current.dates.push(i);
    else if (s.kind === 'summary') current.summaries.push(i);
    else {
      if (s.site !== undefined) current.readMore = i;
      if (s.site) current.site = s.site;
      if (s.hasUrl) current.url = true;
    }
  });
  return cards;
}

/** Classifies each line; a card line with text glued after its URL yields two segments. */
function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const line of splitLines(text)) {
    const stripped =
      /^[ \t　]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?=\S)|\d{1,9}[.)][ \t]+)?/.exec(line.text)?.[0] ?? '';
    const content = line.text.slice(stripped.length).trimEnd();
    const offset = line.offset + stripped.length;
    const heading = /^[ \t]*#{1,6}[ \t]/.test(line.text);
    if (content.trim() === '') {
      segments.push({ kind: 'blank', offset: line.offset, content: '', length: line.text.length });
      continue;
    }
    const card = readCardLine(content);
    if (card) {
      const cardLength = card.gluedAt ?? content.length;
      segments.push({
        kind: 'card',
        offset,
        content: content.slice(0, cardLength),
        length: cardLength,
        ...(card.site !== undefined ? { site: card.site } : {}),
        hasUrl: card.hasUrl,
      });
      if (card.gluedAt !== undefined) {
        const rest = content.slice(card.gluedAt);
        segments.push({
          kind: classify(rest, false),
          offset: offset + card.gluedAt,
          content: rest,
          length: rest.length,
        });
      }
      continue;
    }
    const kind = classify(content, heading);
    const date = kind === 'date' ? content.replace(DATE, '').trim() : '';
    segments.push({
      kind,
      offset,
      content,
      length: content.length,
      ...(kind === 'date' ? { hasDate: date.length > 0 } : {}),
    });
  }
  return segments;
}

function classify(content: string, heading: boolean): Kind {
  if (heading) return 'heading';
  if (content.startsWith(POINT)) return 'point';
  if (content.startsWith(SUMMARY)) return 'summary';
  if (DATE.test(content)) return 'date';
  if (content.startsWith('>')) return 'quote';
  if (QUOTE_INTRO.test(content)) return 'quote-intro';
  if (content.startsWith('※') || content.startsWith('*※')) return 'notice';
  if ([...content].length <= VOICE_MAX_LENGTH && VOICE.test(content.replace(/\*+$/, ''))) return 'voice';
  return 'prose';
}

/**
 * Reads a card line: さらに読む ⇒site, 出典/画像元: URL, or a bare URL; the example glues all three
 * and the next sentence into one line, so each part is looked for on its own.
 */
function readCardLine(
  content: string,
): { site: string | undefined; hasUrl: boolean; gluedAt: number | undefined } | undefined {
  const readMore = READ_MORE.exec(content);
  const bareUrl = /^(?:https?|file|ftp):\/\/\S+$/i.test(content);
  if (!readMore && !SOURCE.test(content) && !bareUrl) return undefined;
  const url = content.matchAll(URL_IN_TEXT).next().value;
  let site: string | undefined;
  if (readMore) {
    const after = content.slice(readMore[0].length);
    const stop = after.search(/出典|画像元|(?:https?|file|ftp):\/\//i);
    const raw = (stop < 0 ? after : after.slice(0, stop)).trim();
    // Markdown shows the site as a link: [site](<url>).
    site = (/^\[([^\]]*)\]/.exec(raw)?.[1] ?? raw).replace(/[`<>()[\]]/g, '').trim();
  }
  let gluedAt: number | undefined;
  if (url && gluesOn(content, url.index + url[0].length)) gluedAt = url.index + url[0].length;
  // A source read from a saved file has no address to show: its 出典 line says it is a saved page
  // (保存されたページ) instead of printing the machine's file path.
  const savedPage = SOURCE.test(content) && SAVED_PAGE.test(content);
  return { site, hasUrl: url !== undefined || savedPage, gluedAt };
}

const SAVED_PAGE = /保存されたページ/u;
