/** One sentence of a text, with its [start, end) offsets (UTF-16 code units) into that text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Bracket pairs whose content is never split: Japanese quotes keep a quoted remark that holds
// several sentences (「…。…」と述べた) together with its attribution.
const CLOSER_OF: Record<string, string> = {
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '【': '】',
  '〔': '〕',
  '［': '］',
  '《': '》',
  '〈': '〉',
  '“': '”',
  '‘': '’',
};
// Straight quotes and square brackets cannot be paired reliably, but after a full stop they close.
const CLOSERS = new Set([...Object.values(CLOSER_OF), '"', "'", ']', '｝', '}']);
/** Always end a sentence (Japanese full-width terminators). */
const STRONG_TERMINATORS = new Set(['。', '！', '？', '｡']);
/** End a sentence only when the following text says so (see `endsAfterAsciiMark`, `endsAfterPeriod`). */
const WEAK_TERMINATORS = new Set(['.', '．', '!', '?']);
// The same by code unit (every bracket and terminator is one): the scans at every position read
// charCodeAt instead of making a one-character string of each character.
const code = (char: string) => char.charCodeAt(0);
const CLOSER_CODE_OF = new Map(Object.entries(CLOSER_OF).map(([open, close]) => [code(open), code(close)]));
const CLOSER_CODES = new Set([...CLOSERS].map(code));
const TERMINATOR_CODES = new Set([...STRONG_TERMINATORS, ...WEAK_TERMINATORS].map(code));
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
const SPACE = /\s/u;
// What may open a sentence after ". ": a capital, an opening quote or bracket, or Japanese script
// (mixed-language text). Not a digit, so that "No. 1" and "approx. 5" stay whole.
const SENTENCE_OPENER = /[\p{Lu}"'“‘(（「『【[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// URL and identifier characters: "?q=1", "!important", "Yahoo!Japan" keep going.
const URL_CONTINUATION = /[A-Za-z0-9=&/#%_\-.:;,+~@]/;

// Words that end in a period but rarely end a sentence: titles and reference words are followed
// by a name or a number (the classic Punkt abbreviation cases). Company suffixes (Inc., Co.) are
// left out on purpose: they end English news sentences about as often as they continue them.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'no',
  'nos',
  'vol',
  'fig',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'sgt',
  'capt',
  'rev',
  'hon',
  'vs',
]);
// Initials and dotted acronyms: "U.S", "e.g", "J" (as in "John F. Kennedy").
const INITIALISM = /^(?:[A-Za-z]\.)*[A-Za-z]$/;

/**
 * Splits Japanese or English text into trimmed sentences with offsets into `text`.
 * Every line break ends a sentence; brackets and quotes are never split.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let lineStart = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    splitLine(text, lineStart, match.index, sentences);
    lineStart = match.index + match[0].length;
  }
  splitLine(text, lineStart, text.length, sentences);
  return sentences;
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: SentenceSpan[]): void {
  const pairs = matchBrackets(text, lineStart, lineEnd);
  let sentenceStart = lineStart;
  let i = lineStart;
  while (i < lineEnd) {
    const close = pairs.get(i);
    if (close !== undefined) {
      // Jump over the whole bracketed part. It ends the sentence only when it closes on a
      // terminator and what follows starts a new English sentence (`He said, “Done.” Then …`);
      // a Japanese quote is followed by its attribution (「…。」と述べた), so it never ends there.
      const open = i;
      i = close + 1;
      if (closesOnTerminator(text, open, close) && startsNewSentence(text, i, lineEnd)) {
        pushTrimmed(text, sentenceStart, i, out);
        sentenceStart = i;
      }
      continue;
    }
    if (TERMINATOR_CODES.has(text.charCodeAt(i)) && endsSentence(text, i, lineStart, lineEnd)) {
      // Runs like "！？" or "..." and closing quotes right after the mark (…と述べた。」) belong to
      // the sentence they end.
      let end = i + 1;
      while (end < lineEnd && isTerminator(text[end])) end++;
      end = absorbClosers(text, end, lineEnd);
      pushTrimmed(text, sentenceStart, end, out);
      sentenceStart = end;
      i = end;
      continue;
    }
    i++;
  }
  pushTrimmed(text, sentenceStart, lineEnd, out);
}

/**
 * Pairs each opening bracket with its closing bracket on the same line (nesting-aware). An opener
 * that never closes is left unpaired, so it cannot swallow the rest of the paragraph.
 */
function matchBrackets(text: string, start: number, end: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (CLOSER_CODE_OF.has(unit)) {
      stack.push(i);
      continue;
    }
    if (!CLOSER_CODES.has(unit)) continue;
    // A closer pairs with the nearest matching opener; openers above it were never closed.
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const open = stack[depth] as number;
      if (CLOSER_CODE_OF.get(text.charCodeAt(open)) === unit) {
        pairs.set(open, i);
        stack.length = depth;
        break;
      }
    }
  }
  return pairs;
}

function isTerminator(char: string | undefined): boolean {
  return char !== undefined && (STRONG_TERMINATORS.has(char) || WEAK_TERMINATORS.has(char));
}

/** Whether the bracketed part ends with a terminator, looking past nested closers (…。」』). */
function closesOnTerminator(text: string, open: number, close: number): boolean {
  let i = close - 1;
  while (i > open && CLOSERS.has(text[i] as string)) i--;
  return i > open && isTerminator(text[i]);
}

function absorbClosers(text: string, from: number, lineEnd: number): number {
  let end = from;
  while (end < lineEnd && CLOSERS.has(text[end] as string)) end++;
  return end;
}

/** Whether the terminator at `index` ends a sentence, judged by the text around it. */
function endsSentence(text: string, index: number, lineStart: number, lineEnd: number): boolean {
  const char = text[index] as string;
  if (STRONG_TERMINATORS.has(char)) return true;
  let next = index + 1;
  while (next < lineEnd && isTerminator(text[next])) next++;
  next = absorbClosers(text, next, lineEnd);
  if (char === '!' || char === '?') return endsAfterAsciiMark(text, index, next, lineEnd);
  if (char === '．') {
    // Full-width period: a Japanese full stop unless it sits inside a number or a word (３．５％).
    const following = text[next];
    return following === undefined || next >= lineEnd || !/[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/.test(following);
  }
  return endsAfterPeriod(text, index, next, lineStart, lineEnd);
}

/**
 * Half-width ! and ? end a sentence before whitespace or the line end. Glued to following text they
 * end one only in Japanese (え?本当): after a Latin word they are part of a name (Yahoo!ニュース)
 * or of a URL (?q=1).
 */
function endsAfterAsciiMark(text: string, index: number, next: number, lineEnd: number): boolean {
  if (next >= lineEnd || SPACE.test(text[next] as string)) return true;
  if (URL_CONTINUATION.test(text[next] as string)) return false;
  return !/[A-Za-z0-9]/.test(text[index - 1] ?? '');
}

/**
 * An English full stop ends a sentence at the end of the line, or before whitespace and a capital
 * (or an opening quote). Not inside numbers (3.5%, 1.2兆円) or URLs (no space follows), and not
 * after an abbreviation or initial (U.S., No. 1, Mr. Sato).
 */
function endsAfterPeriod(
  text: string,
  index: number,
  next: number,
  lineStart: number,
  lineEnd: number,
): boolean {
  if (!onlySpaceUntil(text, next, lineEnd) && !startsNewSentence(text, next, lineEnd)) return false;
  let wordStart = index;
  while (wordStart > lineStart && /[A-Za-z.]/.test(text[wordStart - 1] as string)) wordStart--;
  const word = text.slice(wordStart, index);
  if (word === '') return true;
  return !ABBREVIATIONS.has(word.toLowerCase()) && !INITIALISM.test(word);
}

/** Whitespace, then something that may open a sentence (see SENTENCE_OPENER). */
function startsNewSentence(text: string, from: number, lineEnd: number): boolean {
  let i = from;
  if (i >= lineEnd || !SPACE.test(text[i] as string)) return false;
  while (i < lineEnd && SPACE.test(text[i] as string)) i++;
  return i < lineEnd && SENTENCE_OPENER.test(text[i] as string);
}

function onlySpaceUntil(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!SPACE.test(text[i] as string)) return false;
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let from = start;
  let to = end;
  while (from < to && SPACE.test(text[from] as string)) from++;
  while (to > from && SPACE.test(text[to - 1] as string)) to--;
  if (to > from) out.push({ text: text.slice(from, to), start: from, end: to });
}
