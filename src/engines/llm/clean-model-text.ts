import { isDisplayText } from '../../domain/article.ts';

// Markup a model may add although asked not to. Removed, never rendered: renderers escape text,
// but a link or tag from a model would still be the model's invention, not the source's.
const SCRIPT_LIKE = /<(script|style|iframe|object|embed|template)\b[\s\S]*?(?:<\/\1\s*>|$)/giu;
const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/gu;
const MARKDOWN_LINK = /!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/gu;
const URL_LIKE =
  /\b(?:https?|ftp|javascript|data|vbscript|file):[^\s「」『』（）()、。]*|\bwww\.[^\s「」『』（）()、。]+/giu;
const MARKDOWN_MARKS = /\*\*|__|~~|`+|^#{1,6}\s+|^>\s+|^[-*+]\s+|^\d+\.\s+/gmu;
const EMOJI_POINTS = /[💡✅]/gu;

/**
 * A model's text as a display string: tags, scripts, links, URLs and Markdown removed, whitespace
 * joined into one line. Undefined when nothing displayable is left.
 */
export function cleanModelText(raw: string): string | undefined {
  const text = raw
    .normalize('NFC')
    .replace(SCRIPT_LIKE, '')
    .replace(TAG, '')
    .replace(MARKDOWN_LINK, '$1')
    .replace(URL_LIKE, '')
    .replace(MARKDOWN_MARKS, '')
    .replace(EMOJI_POINTS, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s{2,}/gu, ' ')
    .replace(/\(\s*\)|（\s*）/gu, '')
    .trim();
  return isDisplayText(text) ? text : undefined;
}
