import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { findSortedLine, writeFileAtomically } from './sorted-lines.ts';

describe('findSortedLine', () => {
  // A header, then invented lines sorted in code-unit order of their first field.
  const lines = ['あかね\t1\t2', 'いぶき\t3', 'うしお', 'え\t4,5', '漢字語\t6'];
  const bytes = Buffer.from(`a header line\n${lines.join('\n')}\n`);
  const body = bytes.indexOf(0x0a) + 1;

  it('finds every line by its first field, with its other fields', () => {
    assert.deepEqual(findSortedLine(bytes, body, 'あかね'), ['1', '2']);
    assert.deepEqual(findSortedLine(bytes, body, 'いぶき'), ['3']);
    assert.deepEqual(findSortedLine(bytes, body, 'うしお'), []);
    assert.deepEqual(findSortedLine(bytes, body, 'え'), ['4,5']);
    assert.deepEqual(findSortedLine(bytes, body, '漢字語'), ['6']);
  });

  it('finds nothing before, between or after the lines, nor the header', () => {
    for (const key of ['', 'あ', 'いぶ', 'いぶきの', 'お', '龍', 'a header line'])
      assert.equal(findSortedLine(bytes, body, key), undefined, key);
    assert.equal(findSortedLine(Buffer.from('a header line\n'), body, 'あ'), undefined);
  });
});

describe('writeFileAtomically', () => {
  const directory = mkdtempSync(join(tmpdir(), 'matome-sorted-lines-'));
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('writes the file whole, making its folder, and leaves no temporary file', () => {
    writeFileAtomically(join(directory, 'made', 'index.tsv'), () => 'a header\nあ\t1\n');
    assert.equal(readFileSync(join(directory, 'made', 'index.tsv'), 'utf8'), 'a header\nあ\t1\n');
    assert.deepEqual(readdirSync(join(directory, 'made')), ['index.tsv']);
  });

  it('writes nothing, and never makes the text, where the folder cannot be made', () => {
    const blocker = join(directory, 'a-file');
    writeFileSync(blocker, '');
    let made = false;
    writeFileAtomically(join(blocker, 'index.tsv'), () => {
      made = true;
      return 'never';
    });
    assert.equal(made, false);
    assert.equal(readFileSync(blocker, 'utf8'), '');
  });
});
