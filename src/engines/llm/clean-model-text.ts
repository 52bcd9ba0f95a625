import { isDisplayText } from '../../domain/article.ts';
import { ownEntry } from '../../text/own-entry.ts';

// Markup a model may add although asked not to. Removed, never rendered: renderers escape text,
// but a link or tag from a model would still be the model's invention, not the source's.
const SCRIPT_LIKE = /<(script|style|iframe|object|embed|template)\b[\s\S]*?(?:<\/\1\s*>|$)/giu;
// Inline formatting and links: removing the tags leaves the words they wrapped whole.
const INLINE_TAG = /<\/?(?:a|b|strong|em|i|u|span|mark|small|sub|sup|code|q|cite|abbr|time|br)\b[^<>]*>/giu;
const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/gu;
const MARKDOWN_LINK = /!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/gu;
const URL_LIKE =
  /\b(?:https?|ftp|javascript|data|vbscript|file):[^\s「」『』（）()、。]*|\bwww\.[^\s「」『』（）()、。]+/giu;
const MARKDOWN_MARKS = /\*\*|__|~~|`+|^#{1,6}\s+|^>\s+|^[-*+]\s+|^\d+\.\s+/gmu;
const EMOJI_POINTS = /[💡✅]/gu;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(lt|gt|amp|quot|apos|nbsp));/giu;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

// What is left of markup once cleaning is done: an angle bracket (or its look-alikes ‹ ›), an
// entity, a sentence that now starts with a comma or stop, or brackets emptied of what they held.
const MARKUP_LEFT = /[<>‹›]|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/iu;
const STARTS_BROKEN = /^[、。，．,.)）」』】\]]/u;
const EMPTIED = /「\s*」|『\s*』|（\s*）|\(\s*\)|【\s*】|\[\s*\]/u;

/** A model's text after cleaning, or why cleaning left it unusable. */
export type InspectedText = { text: string; damage?: undefined } | { text?: undefined; damage: string };

function decodeEntities(text: string): string {
  // Entities are decoded before tags are looked for, so `&lt;script&gt;` is removed as a script.
  return text.replace(ENTITY, (all, decimal?: string, hex?: string, name?: string) => {
    const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    return ownEntry(NAMED, (name ?? '').toLowerCase()) ?? all;
  });
}

/**
 * Cleans a model's text into a display string (tags, scripts, links, URLs and Markdown removed,
 * whitespace joined into one line) and says when the cleaning damaged it: a script, a URL or a
 * block of markup was cut out of the sentence (what is left may be a fragment such as 「詳細は を参照」
 * or only the words after a script), or markup survived in some other form. A damaged unit is
 * repaired or replaced, never published as it is.
 */
export function inspectModelText(raw: string): InspectedText {
  const decoded = decodeEntities(raw.normalize('NFC'));
  const removed: string[] = [];
  const remove = (text: string, pattern: RegExp, what: string, by = '') =>
    text.replace(pattern, (...args: unknown[]) => {
      removed.push(what);
      return by.replace('$1', String(args[1] ?? ''));
    });
  let text = remove(decoded, SCRIPT_LIKE, 'a script or style block');
  text = text.replace(INLINE_TAG, '');
  text = remove(text, TAG, 'an HTML element');
  text = text.replace(MARKDOWN_LINK, '$1');
  text = remove(text, URL_LIKE, 'a URL');
  text = text
    .replace(MARKDOWN_MARKS, '')
    .replace(EMOJI_POINTS, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    // Bidi controls (U+202E and kin) would reorder what a reader sees; a model has no use for them.
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/\s{2,}/gu, ' ')
    .trim();
  if (removed.length > 0) return { damage: `cleaning cut ${removed[0]} out of the text` };
  if (MARKUP_LEFT.test(text)) return { damage: 'markup is left in the text after cleaning' };
  if (STARTS_BROKEN.test(text)) return { damage: 'the text starts mid-sentence' };
  if (EMPTIED.test(text)) return { damage: 'the text has empty brackets' };
  if (!isDisplayText(text)) return { damage: 'nothing displayable is left once markup is removed' };
  return { text };
}

/** A model's text as a display string, or undefined when cleaning left nothing usable (see inspectModelText). */
export function cleanModelText(raw: string): string | undefined {
  return inspectModelText(raw).text;
}
