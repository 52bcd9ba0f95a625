// linkedom's one-file build, as extract/parse-html.ts imports it.
import { parseHTML } from 'linkedom/worker';
import { ownEntry } from '../text/own-entry.ts';

/** Elements whose content is never readable text: dropped up to their closing tag. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'title',
  'select',
  'button',
  'textarea',
]);

/** Elements that break the text: their tags become spaces so "<p>a</p><p>b</p>" reads "a b". */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/**
 * One HTML token: a comment opener, a declaration or processing instruction, or a start/end tag.
 * `[^<>]*` rather than `[^>]*` keeps matching linear when a feed holds thousands of unclosed "<a".
 */
const TOKEN = String.raw`<!--|<[!?][^>]*>?|<(\/?)([A-Za-z][\w:-]*)[^<>]*>?`;

/**
 * The text of an HTML fragment with tags, comments and non-text elements removed, character
 * references still in place. A single linear scan rather than a DOM: feed HTML comes from outside,
 * and a DOM built from thousands of nested tags costs time that grows with the square of the depth.
 */
function stripMarkup(html: string): string {
  const token = new RegExp(TOKEN, 'g');
  // Elements known to have no closing tag further on: searching again for each of a thousand
  // unclosed <script> tags would make the scan quadratic.
  const unclosed = new Set<string>();
  let text = '';
  let last = 0;
  for (let match = token.exec(html); match !== null; match = token.exec(html)) {
    text += html.slice(last, match.index);
    const [whole, closing, rawName] = match;
    if (whole === '<!--') {
      // An unclosed comment runs to the end, as in a browser.
      const end = html.indexOf('-->', token.lastIndex);
      token.lastIndex = end === -1 ? html.length : end + 3;
    } else if (rawName !== undefined) {
      const name = rawName.toLowerCase();
      if (closing === '' && SKIPPED.has(name) && !whole.endsWith('/>') && !unclosed.has(name)) {
        const closer = new RegExp(`</${name}\\s*>`, 'gi');
        closer.lastIndex = token.lastIndex;
        const end = closer.exec(html);
        // Without a closing tag only the tag itself goes; its content stays as (harmless) text.
        if (end === null) unclosed.add(name);
        else token.lastIndex = end.index + end[0].length;
      }
      if (BLOCKS.has(name)) text += ' ';
    }
    last = token.lastIndex;
  }
  return text + html.slice(last);
}

/** The named references feeds commonly use; the rest of HTML's 2,000-odd names go to linkedom. */
const COMMON_NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  yen: '¥',
  times: '×',
  laquo: '«',
  raquo: '»',
};

const REFERENCE = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]*));/g;

function codePointText(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** Resolves HTML character references in text that holds no markup. */
function decodeHtmlReferences(text: string): string {
  if (!/&[#A-Za-z]/.test(text)) return text;
  let rare = false;
  const decoded = text.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return codePointText(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePointText(Number.parseInt(hex, 16));
    const common = ownEntry(COMMON_NAMED, name ?? '');
    if (common === undefined) rare = true;
    return common ?? reference;
  });
  if (!rare) return decoded;
  // Another name: linkedom knows all of HTML's. It decodes the original
  // text, not `decoded`, so nothing is decoded twice; escaping "<" leaves it one text node to read.
  const { document } = parseHTML(`<!doctype html><html><body>${text.replace(/</g, '&lt;')}</body></html>`);
  return (document as unknown as { body: { textContent: string | null } }).body.textContent ?? '';
}

const JAPANESE = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー、。，．・「」『』（）【】！？]`;
/** A line break between two Japanese characters: source wrapping, not a word space. */
const WRAPPED_JAPANESE = new RegExp(`(?<=${JAPANESE})[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=${JAPANESE})`, 'gu');
/** Controls, and the bidi overrides and isolates that can make a title or link read backwards. */
const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text fit for one line of display: line wrapping inside Japanese text joined, controls and bidi
 * overrides removed, whitespace collapsed, trimmed. Full-width spaces are kept: Japanese titles
 * use them as separators.
 */
export function cleanText(text: string): string {
  return text
    .replace(WRAPPED_JAPANESE, '')
    .replace(INVISIBLE, ' ')
    .replace(/[ \u00A0]+/g, ' ')
    .trim();
}

/**
 * The readable text of an HTML fragment (a feed's description or content) on one line: tags
 * dropped, character references decoded, scripts and styles left out, blocks separated by a space.
 * Nothing runs and nothing is fetched.
 */
export function htmlToText(html: string): string {
  // Most titles and many summaries hold no markup and no reference: nothing to do but clean.
  if (!/<|&[#A-Za-z]/.test(html)) return cleanText(html);
  return cleanText(decodeHtmlReferences(stripMarkup(html)));
}
