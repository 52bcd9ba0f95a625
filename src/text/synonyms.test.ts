import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createSynonyms } from './synonyms.ts';

describe('createSynonyms', () => {
  const directory = mkdtempSync(join(tmpdir(), 'matome-synonyms-'));
  after(() => rmSync(directory, { recursive: true, force: true }));
  const direct = createSynonyms({ cacheDir: false });

  it('keeps its word index in a cache file and gives the same synonyms from it', () => {
    const first = createSynonyms({ cacheDir: directory });
    const files = readdirSync(directory);
    assert.equal(files.length, 1);
    assert.match(files[0] as string, /^sudachi-synonyms-\d+\.\d+\.\d+\.v2\.tsv$/u);
    const lines = readFileSync(join(directory, files[0] as string), 'utf8').split('\n');
    assert.ok(lines.length > 10_000, `${lines.length} lines`);
    const second = createSynonyms({ cacheDir: directory });
    // Every 50th word of the index, and words given in other widths or with spaces.
    const words = lines
      .slice(1, -1)
      .filter((_, i) => i % 50 === 0)
      .map((line) => line.split('\t')[0] as string);
    for (const word of [...words, '会見', '開始', 'ｶﾝﾊﾟﾆｰ', ' 病 院 ']) {
      assert.deepEqual(second.of(word), direct.of(word), word);
      assert.deepEqual(first.of(word), direct.of(word), word);
    }
    assert.ok(second.of('病院').includes('ホスピタル'));
  });

  it('makes the index again from the dictionary when the cache file is cut short', () => {
    const file = join(directory, readdirSync(directory)[0] as string);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.length / 2));
    const synonyms = createSynonyms({ cacheDir: directory });
    assert.deepEqual(synonyms.of('開始'), direct.of('開始'));
    assert.equal(readFileSync(file, 'utf8'), text);
  });

  it('makes it again when the cache file ends at a line but lacks lines, or was made for another version', () => {
    const file = join(directory, readdirSync(directory)[0] as string);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.lastIndexOf('\n', text.length / 2) + 1));
    assert.deepEqual(createSynonyms({ cacheDir: directory }).of('開始'), direct.of('開始'));
    assert.equal(readFileSync(file, 'utf8'), text);
    writeFileSync(file, text.replace(/@[^ ]+ /u, '@0.0.0 '));
    assert.deepEqual(createSynonyms({ cacheDir: directory }).of('開始'), direct.of('開始'));
    assert.equal(readFileSync(file, 'utf8'), text);
  });

  it('finds the first and the last word of the file, and none before, after or between them', () => {
    const file = join(directory, readdirSync(directory)[0] as string);
    const lines = readFileSync(file, 'utf8').split('\n').slice(1, -1);
    const synonyms = createSynonyms({ cacheDir: directory });
    for (const line of [lines[0], lines[1], lines.at(-2), lines.at(-1)] as string[]) {
      const [word, ...others] = line.split('\t');
      assert.deepEqual(synonyms.of(word as string), others, word);
    }
    for (const word of ['\u0001', '\uffee\uffee', `${lines[0]?.split('\t')[0]}\u0001`])
      assert.deepEqual(synonyms.of(word), []);
  });
});
