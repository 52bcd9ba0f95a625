/** C0/C1 control characters other than the whitespace ones: invisible, never part of what a reader sees. */
const CONTROL = /[\p{Cc}--[\t\n\f\r]]/gv;

/**
 * A line break between two East Asian wide characters (kanji, kana, full-width punctuation).
 * Hard-wrapped Japanese has no spaces between words, so such a break is removed rather than
 * turned into a space; CSS Text 3 §4.1.2 (segment break transformation) does the same.
 */
const WIDE =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\u30FC\\uFF01-\\uFF60\\uFFE0-\\uFFE6';
const WIDE_SEGMENT_BREAK = new RegExp(
  `(?<=[${WIDE}])[\\t\\n\\f\\r ]*[\\n\\r][\\t\\n\\f\\r ]*(?=[${WIDE}])`,
  'gu',
);

/**
 * One paragraph as stored: controls removed, runs of HTML whitespace collapsed to one space, and
 * trimmed (a leading full-width indent is layout, not text). Nothing else changes: evidence spans
 * index the stored text, so it stays the page's own characters (no NFKC).
 */
export function normalizeParagraph(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(WIDE_SEGMENT_BREAK, '')
    .replace(/[\t\n\f\r ]+/g, ' ')
    .trim();
}
