import { ownEntry } from '../text/own-entry.ts';
import { excerpt, type LintHit } from './lint-hit.ts';

/** Input formats the text linter reads. */
export type LintFormat = 'txt' | 'md' | 'html';

/**
 * What a reader sees of an input, with a way back to the input. The checks run on `text`; their
 * offsets are turned into ranges of the input by `toSource`, so findings point into the file.
 */
export interface TextView {
  text: string;
  /** The input range [offset, offset + length) that shows the view range of the same shape. */
  toSource: (offset: number, length: number) => { offset: number; length: number };
  /** Problems seen while building the view that the text no longer shows (input offsets). */
  hits: LintHit[];
}

/**
 * Builds the reader's view of an input:
 * - txt: the text itself;
 * - md: the text with backslash escapes resolved (`\[object Object\]` reads `[object Object]`);
 * - html: the text content of the body and headings, entities decoded, a line break at each block
 *   element and `<br>`. Script, style, template and title contents are not shown to a reader and
 *   are left out. Each view character remembers the input range it came from (an entity maps to
 *   the whole `&amp;`), so a finding's location points inside the HTML source.
 */
export function createTextView(input: string, format: LintFormat): TextView {
  if (format === 'txt') return { text: input, toSource: (offset, length) => ({ offset, length }), hits: [] };
  const builder = createBuilder(input);
  const hits = format === 'md' ? unescapeMarkdown(input, builder) : extractHtmlText(input, builder);
  return { text: builder.text(), toSource: builder.toSource, hits };
}

interface ViewBuilder {
  /** Appends the input range [from, to) as is. */
  copy: (from: number, to: number) => void;
  /** Appends view text that stands for the input range [from, to) as a whole (an entity, an escape). */
  push: (text: string, from: number, to: number) => void;
  text: () => string;
  toSource: TextView['toSource'];
}

function createBuilder(input: string): ViewBuilder {
  const parts: string[] = [];
  // For each view code unit, the input range it came from.
  const starts: number[] = [];
  const ends: number[] = [];
  const inputLength = input.length;
  return {
    copy: (from, to) => {
      if (to <= from) return;
      parts.push(input.slice(from, to));
      for (let i = from; i < to; i++) {
        starts.push(i);
        ends.push(i + 1);
      }
    },
    push: (text, from, to) => {
      parts.push(text);
      for (let i = 0; i < text.length; i++) {
        starts.push(from);
        ends.push(to);
      }
    },
    text: () => parts.join(''),
    toSource: (offset, length) => {
      const start = starts[offset] ?? inputLength;
      if (length <= 0) return { offset: start, length: 0 };
      const end = ends[Math.min(offset + length, starts.length) - 1] ?? start;
      return { offset: start, length: Math.max(0, end - start) };
    },
  };
}

function unescapeMarkdown(input: string, builder: ViewBuilder): LintHit[] {
  let plain = 0;
  for (const match of input.matchAll(/\\([!-/:-@[-`{-~])/g)) {
    builder.copy(plain, match.index);
    builder.push(match[1] as string, match.index, match.index + 2);
    plain = match.index + 2;
  }
  builder.copy(plain, input.length);
  return [];
}

const HIDDEN = new Set(['script', 'style', 'template', 'title']);
const BLOCK = new Set(
  `address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer
  form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section summary table tbody td tfoot th
  thead tr ul`.split(/\s+/),
);
// Elements that never belong in an article: a model's reasoning or an unfilled template.
const LEAK_TAGS: Record<string, { code: string; what: string }> = {
  think: { code: 'leak.reasoning', what: 'Reasoning trace' },
  thinking: { code: 'leak.reasoning', what: 'Reasoning trace' },
  reasoning: { code: 'leak.reasoning', what: 'Reasoning trace' },
  scratchpad: { code: 'leak.reasoning', what: 'Reasoning trace' },
  placeholder: { code: 'leak.placeholder', what: 'Placeholder' },
};
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
  times: '×',
  yen: '¥',
  copy: '©',
  reg: '®',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/**
 * A small HTML tokenizer (not a DOM): DOM parsers drop source positions, and the linter needs
 * them. It is forgiving like a browser: an unclosed tag or comment runs to the end of the input.
 */
function extractHtmlText(input: string, builder: ViewBuilder): LintHit[] {
  const hits: LintHit[] = [];
  let i = 0;
  let plain = 0;
  const flush = (to: number) => builder.copy(plain, to);
  while (i < input.length) {
    const char = input[i];
    if (char === '<') {
      const tag = readTag(input, i);
      if (tag === undefined) {
        i++;
        continue;
      }
      flush(i);
      const name = tag.name;
      const leak = LEAK_TAGS[name];
      if (leak) {
        const text = input.slice(i, tag.end);
        hits.push({
          code: leak.code,
          severity: 'error',
          offset: i,
          length: tag.end - i,
          message: `${leak.what} element ${text} left in the page`,
          evidence: text,
          params: { text: excerpt(text), severity: 'error', element: 1 },
        });
      }
      let next = tag.end;
      if (!tag.closing && HIDDEN.has(name)) {
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = tag.end;
        const found = close.exec(input);
        next = found ? (readTag(input, found.index)?.end ?? input.length) : input.length;
      }
      if (BLOCK.has(name)) builder.push('\n', i, i);
      i = next;
      plain = i;
    } else if (char === '&') {
      const entity = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(
        input.slice(i, i + 40),
      );
      const decoded = entity ? decodeEntity(entity[1] as string) : undefined;
      if (entity && decoded !== undefined) {
        flush(i);
        builder.push(decoded, i, i + entity[0].length);
        i += entity[0].length;
        plain = i;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  flush(input.length);
  return hits;
}

/** A tag at `at` ("<p>", "</div>", "<!-- … -->", "<!doctype …>"), or undefined for a literal "<". */
function readTag(input: string, at: number): { name: string; closing: boolean; end: number } | undefined {
  if (input.startsWith('<!--', at)) {
    const close = input.indexOf('-->', at + 4);
    return { name: '!--', closing: false, end: close < 0 ? input.length : close + 3 };
  }
  const head = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)|^<[!?]/.exec(input.slice(at, at + 64));
  if (!head) return undefined;
  // Skip to the ">" that ends the tag, stepping over quoted attribute values that may contain ">".
  // A quote opens a value only right after "=" (as in browsers): title=it's is no quoted value.
  let quote: string | undefined;
  let previous = '';
  let i = at + head[0].length;
  for (; i < input.length; i++) {
    const char = input[i] as string;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if ((char === '"' || char === "'") && previous === '=') quote = char;
    else if (char === '>') break;
    if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') previous = char;
  }
  return {
    name: (head[2] ?? '!').toLowerCase(),
    closing: head[1] === '/',
    end: Math.min(i + 1, input.length),
  };
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  }
  return ownEntry(ENTITIES, body);
}
