import type { Document } from '../domain/document.ts';
import type { Finding } from '../domain/report.ts';
import { normalizeForMatch, similarity } from '../text/normalize.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { detectStance } from '../text/stance.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import { splitLines } from './lint-lines.ts';
import { createLocator } from './lint-locate.ts';
import { gluesOn, URL_IN_TEXT } from './lint-urls.ts';
import {
  type Context,
  checkRoles,
  checkUnit,
  checkVoice,
  claimFact,
  createContext,
  type Sentence,
  type Unit,
} from './verify-article.ts';
import { type Report, verdictOf } from './verify-report.ts';

/** The role a piece of a text article plays in the まとめ format (FORMAT.md). */
export type TextPartKind =
  | 'title'
  | 'lead-point'
  | 'heading'
  | 'hook-question'
  | 'hook-answer'
  | 'summary'
  | 'body'
  | 'voice'
  | 'closing'
  | 'closing-point'
  | 'explainer';

/** One checked piece of a text article: a sentence, a point or a short part, at its place in the input. */
export interface TextUnit {
  kind: TextPartKind;
  text: string;
  /** [offset, offset + text.length) of the input holds `text`. */
  offset: number;
  /** Index into TextArticle.sections; absent for the title, the points and the closing. */
  section?: number;
}

/** A section of a text article: the part between its heading and the next section, with its card. */
export interface TextSection {
  heading?: string;
  /** The URL its source card names (出典: https://…), when it has one. */
  url?: string;
  /** The site its card names after さらに読む ⇒. */
  siteName?: string;
  /** Where the section starts and ends in the input. */
  start: number;
  end: number;
}

/** A text article read into its parts; the checks run on `units`. */
export interface TextArticle {
  units: TextUnit[];
  sections: TextSection[];
}

/** The parts of a text article that are short (no full sentence): they must keep who said it and how sure. */
const SHORT_PARTS: ReadonlySet<TextPartKind> = new Set([
  'title',
  'lead-point',
  'heading',
  'hook-question',
  'hook-answer',
  'closing-point',
]);

/**
 * Verifies an article given as plain text (or Markdown) in the まとめ layout against its sources:
 * each sentence gets the checks of verifyArticle's units (numbers, dates, names, quotes, negation,
 * modality, attribution, coverage, section–source binding), a section's sentences against the
 * source its card's URL names (or the source it matches best when it has no card), the title,
 * points and closing against all sources; roles across the whole text; and the short parts
 * (title, points, hook) for claims they state flatly that the sources only attribute, hedge or
 * condition. Findings point into `text` (line, column, offset, length). Never throws on any string.
 */
export function verifyText(text: string, documents: readonly Document[], tokenizer: Tokenizer): Report {
  const parsed = readTextArticle(text);
  const context = createContext(documents, tokenizer);
  const all = documents.map((document) => document.id);
  const sourceOf = bindTextSections(parsed, documents);
  const findings: Finding[] = [];
  const units: Unit[] = [];
  const byPath = new Map<string, TextUnit>();
  parsed.units.forEach((part, index) => {
    const path = `units[${index}]`;
    byPath.set(path, part);
    const sourceId = part.section === undefined ? undefined : sourceOf[part.section];
    if (part.kind === 'voice') {
      // A voice line outside any section, or in a section without a source, has nothing to repeat.
      if (sourceId !== undefined)
        findings.push(
          ...checkVoice(context, path, { kind: 'voice', role: 'explainer', text: part.text }, sourceId),
        );
      return;
    }
    if (part.kind === 'explainer') {
      // An explainer item rests on the source it names at its end (as in verifyArticle), or on all.
      const outlet = ITEM_OUTLET.exec(part.text);
      const named = documents.find(
        (document) => outlet !== null && document.siteName !== undefined && document.siteName === outlet[1],
      );
      const fact = outlet === null ? part.text : part.text.slice(0, outlet.index);
      const item: Unit = { path, fact: claimFact(fact), scope: named === undefined ? all : [named.id] };
      units.push(item);
      findings.push(...checkUnit(context, item));
      return;
    }
    const unit: Unit =
      sourceId === undefined
        ? { path, fact: claimFact(part.text), scope: all }
        : { path, fact: claimFact(part.text), scope: [sourceId], section: sourceId };
    units.push(unit);
    const own = checkUnit(context, unit);
    if (!SHORT_PARTS.has(part.kind)) {
      findings.push(...own);
      return;
    }
    // A hook answer is read with its question: 「不可能」 answers 「米国抜きに解決可能?」.
    const question = parsed.units[index - 1];
    const probe =
      part.kind === 'hook-answer' && question?.kind === 'hook-question'
        ? `${question.text} ${part.text}`
        : part.text;
    // A short part's qualifier findings name the words that overstate; they stand for the claim
    // checker's findings of the same kind on the whole part.
    const qualifiers = checkQualifiers(context, unit, probe);
    const named = new Set(qualifiers.map((finding) => finding.code));
    findings.push(...own.filter((finding) => !named.has(finding.code)), ...qualifiers);
  });
  findings.push(...checkRoles(context, units, []));
  const locate = createLocator(text);
  const located = findings.map((finding): Finding => {
    const path = 'path' in finding.location ? finding.location.path : '';
    const part = byPath.get(path);
    if (part === undefined) return finding;
    // Point at the offending words when the finding names them, else at the whole unit.
    const inside = finding.evidence === undefined ? -1 : part.text.indexOf(finding.evidence);
    const range =
      inside >= 0 && finding.evidence !== undefined && finding.evidence.length > 0
        ? { offset: part.offset + inside, length: finding.evidence.length }
        : { offset: part.offset, length: part.text.length };
    // Messages that name another unit by path (role.contradiction) name its line instead.
    const message = finding.message.replace(/units\[(\d+)\]/gu, (whole, n: string) => {
      const other = parsed.units[Number(n)];
      return other === undefined ? whole : `line ${locate(other.offset, 0).line}`;
    });
    return { ...finding, message, location: locate(range.offset, range.length) };
  });
  located.sort((a, b) => offsetOf(a) - offsetOf(b) || a.code.localeCompare(b.code));
  return { verdict: verdictOf(located), findings: located };
}

function offsetOf(finding: Finding): number {
  return 'offset' in finding.location ? finding.location.offset : 0;
}

// ---------------------------------------------------------------------------------------------
// Reading the layout

const POINT = '💡';
const SUMMARY = '✅';
const DATE_LINE = /^公開日/u;
const READ_MORE = /^さらに読む[ \t　]*[⇒→>＞:：]?[ \t　]*/u;
const SOURCE_LINE = /^(?:出典|画像元)/u;
const TRANSITION = /^それでは/u;
// The explainer parts' heading and item marks (render/labels.ts, which verify/ may not import).
const EXPLAINER_HEADING = '■';
const EXPLAINER_ITEM = '・';
// The outlet an explainer item names at its end: …（瀬戸内タイムス）.
const ITEM_OUTLET = /[（(]([^（）()]+)[）)]$/u;
// Dialogue voices react and ask (the linter's rule, lint-structure.ts): short lines ending in
// ね / か / ましょう, or led by なるほど.
const VOICE =
  /^(?:\*\*(?:解説|読者)\*\*[:：]|(?:解説|読者)[:：]|なるほど)|(?:ね|よね|ねえ|でしょうか|ですか|ますか|のか|か|ましょう)[。？?！!…]*$/u;
const VOICE_MAX_LENGTH = 80;
const QUESTION_END = /[?？]$/u;
// A section opens with heading, hook question, hook answer and comment before its card.
const PREAMBLE_LINES = 4;

type SegmentKind = 'blank' | 'point' | 'summary' | 'date' | 'card' | 'text';

interface Segment {
  kind: SegmentKind;
  /** Content without list/heading markers, the 💡/✅ marker, or surrounding space. */
  text: string;
  offset: number;
  url?: string;
  site?: string;
}

/**
 * Reads a text article into its parts (FORMAT.md): title, lead 💡 points, then per source card a
 * section (heading, hook question and answer, comment before the card; dialogue and body after
 * it), and the closing sentence and 💡 points after the last section. Body lines and ✅ lines are
 * split into sentences. A text without source cards is a title and body sentences. Never throws.
 */
export function readTextArticle(text: string): TextArticle {
  const segments = segment(text);
  const cards = groupCards(segments);
  const units: TextUnit[] = [];
  const sections: TextSection[] = [];
  const firstCard = cards[0]?.first ?? segments.length;
  const lastCard = cards.at(-1)?.last ?? -1;
  const titleAt = segments.findIndex((s) => s.kind !== 'blank');
  const add = (kind: TextPartKind, s: Segment, section?: number) => {
    units.push(
      section === undefined
        ? { kind, text: s.text, offset: s.offset }
        : { kind, text: s.text, offset: s.offset, section },
    );
  };
  const addSentences = (kind: TextPartKind, s: Segment, section?: number) => {
    for (const sentence of splitSentences(s.text)) {
      const trimmed = sentence.text.trim();
      if (trimmed === '') continue;
      const offset = s.offset + sentence.start + sentence.text.indexOf(trimmed);
      const part = { kind, text: trimmed, offset };
      units.push(section === undefined ? part : { ...part, section });
    }
  };
  const addProse = (s: Segment, section?: number) => {
    if (isVoice(s.text)) add('voice', s, section);
    else addSentences('body', s, section);
  };

  if (titleAt >= 0 && segments[titleAt]?.kind === 'text') add('title', segments[titleAt] as Segment);
  if (cards.length === 0) {
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i] as Segment;
      if (i === titleAt && s.kind === 'text') continue;
      if (s.kind === 'point') add('lead-point', s);
      else if (s.kind === 'text' || s.kind === 'summary') addProse(s);
    }
    return { units, sections };
  }

  const preambles = cards.map((card, k) =>
    preambleOf(segments, card.first, k === 0 ? titleAt : (cards[k - 1] as Card).last),
  );
  const closingPoints = segments.flatMap((s, i) => (i > lastCard && s.kind === 'point' ? [i] : []));
  const closingAt = closingSentenceAt(segments, lastCard, closingPoints[0]);
  for (let i = 0; i < firstCard; i++) {
    if (segments[i]?.kind === 'point') add('lead-point', segments[i] as Segment);
  }
  // The explainer parts before the sections (■時系列で見る, ■数字で見る, ■発言で見る): each ・ item
  // is a fact of the source it names at its end.
  let inExplainer = false;
  for (let i = titleAt + 1; i < (preambles[0]?.[0] ?? firstCard); i++) {
    const s = segments[i] as Segment;
    if (s.kind === 'blank') continue;
    if (s.kind === 'text' && s.text.startsWith(EXPLAINER_HEADING)) inExplainer = true;
    else if (inExplainer && s.kind === 'text' && s.text.startsWith(EXPLAINER_ITEM)) {
      const item = s.text.slice(EXPLAINER_ITEM.length).trim();
      if (item !== '') add('explainer', { ...s, text: item, offset: s.offset + s.text.indexOf(item) });
    } else inExplainer = false;
  }
  cards.forEach((card, k) => {
    const preamble = preambles[k] as number[];
    const start = preamble[0] ?? card.first;
    const end =
      k + 1 < cards.length
        ? ((preambles[k + 1] as number[])[0] ?? (cards[k + 1] as Card).first)
        : (closingAt ?? closingPoints[0] ?? segments.length);
    const roles = preambleRoles(preamble.map((i) => (segments[i] as Segment).text));
    preamble.forEach((i, n) => {
      add(roles[n] as TextPartKind, segments[i] as Segment, k);
    });
    const heading = preamble[roles.indexOf('heading')];
    const section: TextSection = {
      start: (segments[start] as Segment).offset,
      end: end < segments.length ? (segments[end] as Segment).offset : text.length,
      ...(heading === undefined ? {} : { heading: (segments[heading] as Segment).text }),
      ...(card.url === undefined ? {} : { url: card.url }),
      ...(card.site === undefined ? {} : { siteName: card.site }),
    };
    sections.push(section);
    for (let i = card.first; i <= card.last; i++) {
      const s = segments[i] as Segment;
      if (s.kind === 'summary') addSentences('summary', s, k);
    }
    for (let i = card.last + 1; i < end; i++) {
      const s = segments[i] as Segment;
      // Points inside a section are misplaced (the linter says so); their text is still checked.
      if (s.kind === 'text' || s.kind === 'point') addProse(s, k);
    }
  });
  if (closingAt !== undefined) add('closing', segments[closingAt] as Segment);
  for (const i of closingPoints) add('closing-point', segments[i] as Segment);
  units.sort((a, b) => a.offset - b.offset);
  return { units, sections };
}

function isVoice(text: string): boolean {
  return [...text].length <= VOICE_MAX_LENGTH && VOICE.test(text.replace(/\*+$/u, ''));
}

/** Up to PREAMBLE_LINES text lines before a card, after `floor` (the previous card or the title). */
function preambleOf(segments: Segment[], cardFirst: number, floor: number): number[] {
  const found: number[] = [];
  for (let i = cardFirst - 1; i > floor && found.length < PREAMBLE_LINES; i--) {
    const s = segments[i] as Segment;
    if (s.kind === 'blank') continue;
    if (s.kind !== 'text' || TRANSITION.test(s.text)) break;
    found.unshift(i);
  }
  return found;
}

/** heading, hook question, hook answer, comment — by position, and by shape when lines are missing. */
function preambleRoles(lines: string[]): TextPartKind[] {
  const roles: TextPartKind[] = lines.map(() => 'heading');
  let rest = lines.length;
  if (rest > 1 && isVoice(lines[rest - 1] as string)) roles[--rest] = 'voice';
  const question = lines.findIndex((line, i) => i > 0 && i < rest && QUESTION_END.test(line));
  if (question > 0) {
    roles[question] = 'hook-question';
    if (question + 1 < rest) roles[question + 1] = 'hook-answer';
  } else if (rest >= 3) {
    roles[1] = 'hook-question';
    roles[2] = 'hook-answer';
  }
  // A line before the heading that is neither can only be more heading text.
  return roles;
}

/** The closing sentence: the text line just before the closing points, unless it is a voice line. */
function closingSentenceAt(
  segments: Segment[],
  lastCard: number,
  firstPoint: number | undefined,
): number | undefined {
  if (firstPoint === undefined) return undefined;
  for (let i = firstPoint - 1; i > lastCard; i--) {
    const s = segments[i] as Segment;
    if (s.kind === 'blank') continue;
    return s.kind === 'text' && !isVoice(s.text) ? i : undefined;
  }
  return undefined;
}

interface Card {
  first: number;
  last: number;
  url?: string;
  site?: string;
}

/** Consecutive card parts (公開日, ✅ lines, さらに読む, URL; blank lines between) form one card. */
function groupCards(segments: Segment[]): Card[] {
  const cards: Card[] = [];
  let current: Card | undefined;
  let linked = false;
  segments.forEach((s, i) => {
    if (s.kind === 'blank') return;
    if (s.kind !== 'date' && s.kind !== 'summary' && s.kind !== 'card') {
      current = undefined;
      return;
    }
    // A 公開日 or ✅ line after the card's link starts the next card.
    if (current === undefined || (linked && s.kind !== 'card')) {
      current = { first: i, last: i };
      cards.push(current);
      linked = false;
    }
    current.last = i;
    if (s.kind === 'card') {
      linked = true;
      if (s.url !== undefined && current.url === undefined) current.url = s.url;
      if (s.site !== undefined && s.site !== '' && current.site === undefined) current.site = s.site;
    }
  });
  return cards;
}

const MARKERS = /^[ \t　]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?=\S)|>[ \t]?|\d{1,9}[.)][ \t]+)?/u;

/** Classifies each line; a card line with text glued after its URL gives two segments. */
function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const line of splitLines(text)) {
    const lead = MARKERS.exec(line.text)?.[0] ?? '';
    const raw = line.text.slice(lead.length);
    const content = raw.trim();
    if (content === '') {
      segments.push({ kind: 'blank', text: '', offset: line.offset });
      continue;
    }
    const offset = line.offset + lead.length + raw.indexOf(content);
    const card = readCardLine(content);
    if (card !== undefined) {
      segments.push({
        kind: 'card',
        text: content.slice(0, card.end),
        offset,
        ...(card.url === undefined ? {} : { url: card.url }),
        ...(card.site === undefined ? {} : { site: card.site }),
      });
      const rest = content.slice(card.end);
      const trimmed = rest.trim();
      if (trimmed !== '') segments.push(classify(trimmed, offset + card.end + rest.indexOf(trimmed)));
      continue;
    }
    segments.push(classify(content, offset));
  }
  return segments;
}

function classify(content: string, offset: number): Segment {
  for (const [marker, kind] of [
    [POINT, 'point'],
    [SUMMARY, 'summary'],
  ] as const) {
    if (content.startsWith(marker)) {
      const rest = content.slice(marker.length);
      const trimmed = rest.trim();
      return { kind, text: trimmed, offset: offset + marker.length + rest.indexOf(trimmed) };
    }
  }
  // Markdown shows voices and hooks in emphasis: the words, not the asterisks, are the part.
  const emphasis = /^(\*{1,2})([^*].*?)\1$/u.exec(content);
  if (emphasis) {
    const inner = (emphasis[2] as string).trim();
    return { kind: 'text', text: inner, offset: offset + content.indexOf(inner) };
  }
  return { kind: DATE_LINE.test(content) ? 'date' : 'text', text: content, offset };
}

/**
 * A card line: さらに読む ⇒site, 出典/画像元: URL, or a bare URL. The seed glues all of these and the
 * next sentence into one line, so the card part ends right after its URL when text is glued on.
 */
function readCardLine(content: string): { end: number; url?: string; site?: string } | undefined {
  const readMore = READ_MORE.exec(content);
  const bare = /^https?:\/\/\S+$/iu.test(content);
  if (!readMore && !SOURCE_LINE.test(content) && !bare) return undefined;
  const url = content.matchAll(URL_IN_TEXT).next().value;
  let site: string | undefined;
  if (readMore) {
    const after = content.slice(readMore[0].length);
    const stop = after.search(/出典|画像元|https?:\/\//iu);
    site = (stop < 0 ? after : after.slice(0, stop)).replace(/[`<>()[\]]/gu, '').trim();
  }
  const urlEnd = url === undefined ? content.length : url.index + url[0].length;
  const end = url !== undefined && gluesOn(content, urlEnd) ? urlEnd : content.length;
  return {
    end,
    ...(url === undefined ? {} : { url: url[0] }),
    ...(site === undefined ? {} : { site }),
  };
}

// ---------------------------------------------------------------------------------------------
// Binding sections to sources

/**
 * The source id each section of a text article speaks for: the source whose URL its card names
 * (exactly, else without the query), else the source its sentences match best; undefined without sources.
 */
export function bindTextSections(
  parsed: TextArticle,
  documents: readonly Document[],
): Array<string | undefined> {
  const sentences = documents.map((document) => splitSentences(document.text).map((span) => span.text));
  return parsed.sections.map((section, index) => {
    if (section.url !== undefined) {
      const url = section.url;
      const exact = documents.find((document) => urlKey(document.url) === urlKey(url));
      if (exact) return exact.id;
      const loose = documents.find((document) => urlKey(document.url, true) === urlKey(url, true));
      if (loose) return loose.id;
    }
    const texts = parsed.units
      .filter((unit) => unit.section === index && unit.kind !== 'voice')
      .map((unit) => unit.text);
    let best: { id: string; score: number } | undefined;
    documents.forEach((document, d) => {
      let score = 0;
      for (const text of texts)
        score += Math.max(0, ...(sentences[d] ?? []).map((sentence) => similarity(text, sentence)));
      if (best === undefined || score > best.score) best = { id: document.id, score };
    });
    return best?.id;
  });
}

/** A URL for comparison: no fragment, host in lower case, no trailing slash; `loose` drops the query too. */
function urlKey(url: string, loose = false): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    if (loose) parsed.search = '';
    return parsed.href.replace(/\/$/u, '');
  } catch {
    return url.trim();
  }
}

// ---------------------------------------------------------------------------------------------
// Short parts: claims the sources only attribute, hedge or condition

/** How a sentence qualifies what it says. */
type Qualifier = 'reported' | 'conditional' | 'hedged' | 'flat';

// detectStance's hedges, plus the words news uses for a feared or possible outcome (危惧される,
// 懸念される, …の危機, 恐れ) that it reads as plain assertions.
const HEDGE = /危惧|懸念|恐れ|おそれ|危機|リスク|可能性|かねない|かもしれ|見通し|見込み|とみられ|と見られ/u;
// Conditionals: 〜えば/〜れば (any conditional form), 〜たら, 〜なら, 〜場合は, 〜限り.
const CONDITION = /[えけげせてねべめれ]ば[、,]?|たら[、,]|なら(?:ば)?[、,]|場合(?:に)?は|限り[、,]/u;
const REPORTED_EXTRA = /との見方|との声|と指摘|と主張|と強調|によると|によれば/u;

function qualifierOf(sentence: string): Qualifier {
  const stance = detectStance(sentence);
  if (stance.modality === 'reported' || REPORTED_EXTRA.test(sentence)) return 'reported';
  if (CONDITION.test(sentence)) return 'conditional';
  if (stance.modality === 'hedged' || HEDGE.test(sentence)) return 'hedged';
  return 'flat';
}

const QUALIFIER_FINDING: Record<Exclude<Qualifier, 'flat'>, { code: string; how: string }> = {
  reported: { code: 'support.attribution', how: "only as someone's claim" },
  conditional: { code: 'support.condition', how: 'only under a condition' },
  hedged: { code: 'support.modality', how: 'only as a possibility or fear' },
};

/**
 * A short part (title, point, hook) that states a claim flatly, when every source sentence in its
 * scope that uses the claim's words attributes it to someone, hedges it or puts it under a
 * condition: 「不可能」 where only a named person says it is impossible, 支援が途絶えた where the
 * source says 途絶えれば. Headline-style parts are judged phrase by phrase (a question keeps its
 * doubt). `probe` finds the source sentence the part comes from (a hook answer with its question).
 */
function checkQualifiers(context: Context, unit: Unit, probe: string): Finding[] {
  const text = unit.fact.text;
  const inScope = context.sentences.filter((sentence) => unit.scope.includes(sentence.sourceId));
  const offending = new Map<
    Exclude<Qualifier, 'flat'>,
    { words: string[]; evidence: string; sentence: Sentence }
  >();
  for (const phrase of phrasesOf(text)) {
    if (qualifierOf(phrase) !== 'flat') continue;
    const spans = new Map<Exclude<Qualifier, 'flat'>, { start: number; end: number }>();
    for (const token of context.tokenizer.tokenize(phrase)) {
      const word = normalizeForMatch(token.surface);
      if (!isClaimWord(token.pos, token.posDetail) || [...word].length < 2) continue;
      const using = inScope.filter((sentence) => sentence.norm.includes(word));
      if (using.length === 0 || using.some((sentence) => qualifierOf(sentence.text) === 'flat')) continue;
      // The source sentence closest to the part says how the claim is qualified.
      const closest = using
        .map((sentence) => ({ sentence, score: similarity(probe, sentence.text) }))
        .sort((a, b) => b.score - a.score)[0]?.sentence as Sentence;
      const kind = qualifierOf(closest.text) as Exclude<Qualifier, 'flat'>;
      const entry = offending.get(kind) ?? { words: [], evidence: '', sentence: closest };
      offending.set(kind, entry);
      entry.words.push(token.surface);
      const span = spans.get(kind);
      spans.set(kind, { start: span?.start ?? token.start, end: token.end });
    }
    // The evidence runs from the first to the last offending word of the phrase (同盟の崩壊).
    for (const [kind, span] of spans) {
      const entry = offending.get(kind);
      if (entry !== undefined && entry.evidence === '') entry.evidence = phrase.slice(span.start, span.end);
    }
  }
  return [...offending].map(([kind, entry]) => {
    const { code, how } = QUALIFIER_FINDING[kind];
    const words = [...new Set(entry.words)].map((word) => `「${word}」`).join('');
    return {
      code,
      severity: 'error',
      location: { path: unit.path },
      message: `The part states ${words} flatly, but its sources say it ${how}: 「${entry.sentence.text}」.`,
      evidence: entry.evidence,
    };
  });
}

/** Content words that carry a claim: common nouns, verbs and adjectives (names are checked elsewhere). */
function isClaimWord(pos: string, detail: string): boolean {
  if (pos === '名詞') return !['固有名詞', '数', '非自立', '代名詞', '接尾'].includes(detail);
  if (pos === '動詞' || pos === '形容詞') return detail === '自立';
  return false;
}

/** A sentence is judged whole; a headline-style part phrase by phrase, leaving out questions. */
function phrasesOf(text: string): string[] {
  if (/[。．]$/u.test(text)) return [text];
  return text
    .split(/(?<=[?？!！])|[、,　\s]+/u)
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '' && !QUESTION_END.test(phrase) && !/か$/u.test(phrase));
}
