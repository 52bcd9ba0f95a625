import { normalizeParagraph } from './normalize-paragraph.ts';
import type { SplitText } from './split-plain-text.ts';
import { toLines } from './split-plain-text.ts';

/** A Markdown source: headline, plain paragraphs, and what its front matter says. */
export interface SplitMarkdown extends SplitText {
  /** Raw `date:` of a YAML front matter block, if any. */
  date?: string;
  author?: string;
}

/** Inline Markdown reduced to its text, in order: images go, links keep their text, emphasis and code marks go. */
const INLINE_RULES: readonly [RegExp, string][] = [
  [/<!--[\s\S]*?-->/g, ''],
  [/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, ''],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'],
  [/<((?:https?|mailto):[^>\s]+)>/g, '$1'],
  [/<\/?[a-z][^>]*>/gi, ''],
  [/(`+)(.+?)\1/g, '$2'],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'],
  [/~~(?=\S)(.+?)(?<=\S)~~/g, '$1'],
  // Single * or _ emphasis; "_" only at word edges, so snake_case names survive.
  [/\*(?=\S)([^*]+?)(?<=\S)\*/g, '$1'],
  [/(?<![\p{L}\p{N}])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1'],
];

const stripInline = (text: string) =>
  INLINE_RULES.reduce((result, [pattern, to]) => result.replace(pattern, to), text);

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** `key: value` pairs of a leading YAML front matter block (flat keys only), and the lines after it. */
function readFrontMatter(lines: string[]): { fields: Map<string, string>; body: string[] } {
  const fields = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { fields, body: lines };
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end === -1) return { fields, body: lines };
  for (const line of lines.slice(1, end)) {
    const match = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/.exec(line);
    if (match?.[1] && match[2]) fields.set(match[1].toLowerCase(), match[2].replace(/^(["'])(.*)\1$/, '$2'));
  }
  return { fields, body: lines.slice(end + 1) };
}

interface Block {
  lines: string[];
  /** Heading level, 0 for a paragraph. */
  heading: number;
  /** Code: kept as text, not read as Markdown. */
  code: boolean;
}

const blockText = (lines: readonly string[], code: boolean) =>
  normalizeParagraph(code ? lines.join('\n') : stripInline(lines.join('\n')));

/** Markdown lines grouped into blocks; block markup (markers, fences, rules) removed. */
function readBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = (heading = 0, code = false) => {
    if (current.some((line) => line.trim() !== '')) blocks.push({ lines: current, heading, code });
    current = [];
  };
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch?.[1]?.startsWith(fence)) {
        flush(0, true);
        fence = undefined;
      } else {
        current.push(line);
      }
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    const next = lines[index + 1] ?? '';
    if (fenceMatch?.[1]) {
      flush();
      fence = fenceMatch[1];
    } else if (heading?.[1]) {
      flush();
      current.push(heading[2] ?? '');
      flush(heading[1].length);
    } else if (
      current.length === 0 &&
      line.trim() !== '' &&
      !LIST_ITEM.test(line) &&
      SETEXT_UNDERLINE.test(next)
    ) {
      current.push(line);
      flush(next.trim().startsWith('=') ? 1 : 2);
      index++; // the underline
    } else if (line.trim() === '' || THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line)) {
      flush();
    } else if (TABLE_DELIMITER.test(line) && line.includes('|')) {
    } else if (LIST_ITEM.test(line)) {
      flush();
      current.push(line.replace(LIST_ITEM, ''));
    } else {
      // Blockquote markers and table pipes are layout; their text stays.
      current.push(
        line
          .replace(/^ {0,3}(?:>[ \t]?)+/, '')
          .replace(/^\s*\||\|\s*$/g, '')
          .replace(/\s\|\s/g, ' '),
      );
    }
  }
  flush(0, fence !== undefined);
  return blocks;
}

/**
 * Markdown: the headline is the front matter's title, else the first level-1 heading, else the
 * first line; the body becomes plain paragraphs (headings and list items are paragraphs of their
 * own, links keep their text, images and markup go).
 */
export function splitMarkdown(text: string): SplitMarkdown {
  const { fields, body } = readFrontMatter(toLines(text));
  const blocks = readBlocks(body);
  const frontTitle = normalizeParagraph(stripInline(fields.get('title') ?? ''));
  let title: string | undefined = frontTitle || undefined;
  if (!title) {
    const h1 = blocks.findIndex((block) => block.heading === 1);
    if (h1 !== -1) {
      title = blockText(blocks[h1]?.lines ?? [], false);
      blocks.splice(h1, 1);
    } else if (blocks[0]) {
      // No heading: the first line is the headline, and the rest of its block stays body text.
      const [first = '', ...rest] = blocks[0].lines.filter((line) => line.trim() !== '');
      title = blockText([first], blocks[0].code);
      blocks[0] = { ...blocks[0], lines: rest };
    }
  }
  const paragraphs = blocks
    .map((block) => blockText(block.lines, block.code))
    .filter((paragraph) => paragraph !== '');
  const date = fields.get('date');
  const author = fields.get('author');
  return {
    ...(title ? { title } : {}),
    paragraphs,
    ...(date ? { date } : {}),
    ...(author ? { author } : {}),
  };
}
