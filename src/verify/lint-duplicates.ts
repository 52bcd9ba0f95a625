import { excerpt, type LintHit } from './lint-hit.ts';
import { type LineOf, splitLines, type TextLine } from './lint-lines.ts';

// Lines shorter than this (after normalising) repeat by nature: "不可能", ">", a date.
const MIN_LENGTH = 10;
// Repeated text at least this long is content said twice; shorter repeats are usually set phrases
// (a dialogue line from a fixed bank) and only noted.
const CONTENT_LENGTH = 30;

const normalize = (line: string) => line.normalize('NFKC').replace(/\s+/gu, '');

interface Run {
  /** Positions (in `lines`) of the repeated lines, and of the first occurrence of each. */
  copies: number[];
  originals: number[];
}

/**
 * Finds repeated lines (compared after NFKC and without whitespace). Consecutive repeated lines
 * become one hit covering the repeated block. A block repeated right after itself (a generation
 * loop) is an error; content repeated elsewhere a warning; a short set phrase repeated is info.
 * Card date lines (公開日…) are exempt: several sources often share a date.
 */
export function findDuplicateLines(text: string, lineOf: LineOf): LintHit[] {
  const candidates = splitLines(text)
    .map((line) => ({ line, key: normalize(line.text) }))
    .filter(({ key }) => key.length >= MIN_LENGTH && !key.startsWith('公開日'));
  const lines = candidates.map((candidate) => candidate.line);
  const keys = candidates.map((candidate) => candidate.key);
  const first = new Map<string, number>();
  const runs: Run[] = [];
  keys.forEach((key, position) => {
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, position);
      return;
    }
    const last = runs.at(-1);
    if (last && last.copies.at(-1) === position - 1 && last.originals.at(-1) === seen - 1) {
      last.copies.push(position);
      last.originals.push(seen);
    } else {
      runs.push({ copies: [position], originals: [seen] });
    }
  });
  return runs.map((run) => toHit(run, lines, keys, text, lineOf));
}

function toHit(run: Run, lines: TextLine[], keys: string[], text: string, lineOf: LineOf): LintHit {
  const firstCopy = lines[run.copies[0] as number] as TextLine;
  const lastCopy = lines[run.copies.at(-1) as number] as TextLine;
  const firstOriginal = lines[run.originals[0] as number] as TextLine;
  const lastOriginal = lines[run.originals.at(-1) as number] as TextLine;
  const size = run.copies.length;
  const start = run.copies[0] as number;
  // Repeated right after itself: the block just before the copy is the same block.
  const adjacent =
    start >= size && run.copies.every((position, i) => keys[position] === keys[start - size + i]);
  // Judged by letters and digits only, so markers and labels (**読者**:) do not make a set phrase long.
  const length = run.copies.reduce(
    (sum, position) => sum + (keys[position] ?? '').replace(/[^\p{L}\p{N}]/gu, '').length,
    0,
  );
  const severity = adjacent ? 'error' : length >= CONTENT_LENGTH ? 'warning' : 'info';
  const where =
    size === 1
      ? `line ${lineOf(firstOriginal.offset)}`
      : `lines ${lineOf(firstOriginal.offset)}–${lineOf(lastOriginal.offset)}`;
  const what = size === 1 ? 'Line' : `${size} lines`;
  const end = lastCopy.offset + lastCopy.text.length;
  const block = text.slice(firstCopy.offset, end);
  return {
    code: 'text.duplicate',
    severity,
    offset: firstCopy.offset,
    length: end - firstCopy.offset,
    message: `${what} 「${excerpt(firstCopy.text.trim(), 30)}」 ${size === 1 ? 'repeats' : 'repeat'} ${where}${adjacent ? ' right after it' : ''}`,
    params: {
      text: excerpt(firstCopy.text.trim(), 30),
      line: lineOf(firstOriginal.offset),
      count: size,
      adjacent: adjacent ? 1 : 0,
    },
    evidence: excerpt(block, 80),
  };
}
