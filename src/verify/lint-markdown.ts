import { excerpt, type LintHit } from './lint-hit.ts';
import { splitLines, type TextLine } from './lint-lines.ts';

const SCAN_LIMIT = 4096;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const THEMATIC_BREAK = /^ {0,3}([*\-_])(?:[ \t]*\1){2,}[ \t]*$/;
// Lines that start a block of their own, so emphasis cannot run on from the line before.
const BLOCK_START = /^\s*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>|\|)/;

/**
 * Finds broken Markdown in a source: a code fence never closed, a link `[text](` with no closing
 * parenthesis on its line, and `**` left open within a paragraph. Code spans, fenced code and
 * backslash escapes are respected. Offsets are into `source`.
 */
export function findMarkdownProblems(source: string): LintHit[] {
  const hits: LintHit[] = [];
  let fence: { char: string; size: number; line: TextLine } | undefined;
  let paragraph: TextLine[] = [];
  const endParagraph = () => {
    hits.push(...findOpenEmphasis(paragraph));
    paragraph = [];
  };
  for (const line of splitLines(source)) {
    const fenceMatch = FENCE.exec(line.text);
    if (fence) {
      const marker = fenceMatch?.[1];
      if (marker?.[0] === fence.char && marker.length >= fence.size && fenceMatch?.[2]?.trim() === '')
        fence = undefined;
      continue;
    }
    if (fenceMatch && !(fenceMatch[1]?.startsWith('`') && fenceMatch[2]?.includes('`'))) {
      endParagraph();
      fence = { char: fenceMatch[1]?.[0] as string, size: fenceMatch[1]?.length as number, line };
      continue;
    }
    if (line.text.trim() === '' || THEMATIC_BREAK.test(line.text)) {
      endParagraph();
      continue;
    }
    if (BLOCK_START.test(line.text)) endParagraph();
    paragraph.push(line);
    hits.push(...findOpenLinks(line));
  }
  endParagraph();
  if (fence) {
    hits.push({
      code: 'markdown.fence',
      severity: 'error',
      offset: fence.line.offset,
      length: fence.line.text.length,
      message: `Code fence ${fence.char.repeat(fence.size)} is never closed; the rest of the document renders as code`,
      evidence: fence.line.text,
      params: { fence: fence.char.repeat(fence.size) },
    });
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/** Positions of a line that are literal: escaped characters and the insides of code spans. */
function literalMask(text: string): boolean[] {
  const literal = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      literal[i] = true;
      literal[i + 1] = true;
      i++;
    } else if (text[i] === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const close = text.indexOf('`'.repeat(run), i + run);
      // A backtick run with no closing run of the same length is literal text, not a code span.
      if (close < 0) {
        i += run - 1;
        continue;
      }
      for (let j = i; j < close + run; j++) literal[j] = true;
      i = close + run - 1;
    }
  }
  return literal;
}

function findOpenLinks(line: TextLine): LintHit[] {
  const hits: LintHit[] = [];
  const { text } = line;
  const literal = literalMask(text);
  const lastParen = text.lastIndexOf(')');
  // Open "[" positions, innermost last: one pass pairs every "](" with its "[".
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (literal[i]) continue;
    if (text[i] === '[') open.push(i);
    else if (text[i] === ']') {
      const start = open.pop();
      // "…](" without "[" is plain text, not a link.
      if (start === undefined || text[i + 1] !== '(' || literal[i + 1]) continue;
      if (i + 2 <= lastParen && closesDestination(text, i + 2, literal)) continue;
      const from = text[start - 1] === '!' ? start - 1 : start;
      hits.push({
        code: 'markdown.link',
        severity: 'error',
        offset: line.offset + from,
        length: Math.max(0, text.trimEnd().length - from),
        message: `Link 「${excerpt(text.slice(from).trim(), 30)}」 has no closing ")"; it renders as raw brackets`,
        evidence: excerpt(text.slice(from).trimEnd(), 80),
        params: { text: excerpt(text.slice(from).trim(), 30) },
      });
    }
  }
  return hits;
}

/** True when the link destination starting at `from` (just after "(") is closed on this line. */
function closesDestination(text: string, from: number, literal: boolean[]): boolean {
  let i = from;
  if (text[i] === '<') {
    const end = text.indexOf('>', i);
    if (end < 0) return false;
    i = end + 1;
  }
  let depth = 0;
  for (const end = Math.min(text.length, from + SCAN_LIMIT); i < end; i++) {
    if (literal[i]) continue;
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** `**` opened and never closed within one paragraph (each toggles bold on or off). */
function findOpenEmphasis(paragraph: readonly TextLine[]): LintHit[] {
  let open: { line: TextLine; at: number } | undefined;
  for (const line of paragraph) {
    const literal = literalMask(line.text);
    for (const match of line.text.matchAll(/\*+/g)) {
      if (literal[match.index]) continue;
      for (let k = 0; k + 1 < match[0].length; k += 2) {
        open = open ? undefined : { line, at: match.index + k };
      }
    }
  }
  if (!open) return [];
  return [
    {
      code: 'markdown.emphasis',
      severity: 'error',
      offset: open.line.offset + open.at,
      length: 2,
      message: `"**" opened here is never closed in its paragraph; the asterisks show up literally`,
      evidence: excerpt(open.line.text.slice(open.at), 40),
      params: {},
    },
  ];
}
