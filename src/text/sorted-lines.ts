import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * The line of `bytes` (from `body` on: UTF-8 lines, each ending in a newline, sorted in code-unit
 * order of their first tab-separated field) whose first field is `key`: its other fields, or
 * undefined when no line has it. A binary search over the bytes that decodes only the lines it visits
 * (UTF-8's newline byte is never part of another character, so a line starts after a newline byte):
 * the cache files of the synonym and dictionary indexes are read this way, without decoding them whole.
 */
export function findSortedLine(bytes: Buffer, body: number, key: string): string[] | undefined {
  // [low, high): whole lines, each of low and high a line's start (or the end).
  let low = body;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = bytes.lastIndexOf(NEWLINE, middle - 1) + 1;
    const end = bytes.indexOf(NEWLINE, start);
    const tab = bytes.indexOf(TAB, start);
    const at = bytes.toString('utf8', start, tab === -1 || tab > end ? end : tab);
    if (at === key) return bytes.toString('utf8', start, end).split('\t').slice(1);
    if (at < key) low = end + 1;
    else high = start;
  }
  return undefined;
}

/**
 * Writes a cache file whole or not at all (a temporary file renamed); in a read-only install,
 * nothing. The text is made only once the temporary file is open, so a folder that cannot be written
 * costs no sorting or joining of an index that would be thrown away.
 */
export function writeFileAtomically(file: string, text: () => string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  let opened = false;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const descriptor = openSync(temporary, 'w');
    opened = true;
    try {
      writeFileSync(descriptor, text());
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, file);
  } catch {
    // A read-only install: the caller's index is made in memory on each load instead. (Only a
    // temporary file this call opened is removed: where the folder could not be made, there is none.)
    if (opened) rmSync(temporary, { force: true });
  }
}
