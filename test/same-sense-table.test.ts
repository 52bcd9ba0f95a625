// The same-sense relation a build reads (data/edict/same-sense.tsv, text/same-sense.ts loadSameSense)
// is the relation the code makes from the shipped dictionary: a change to the relation or the
// dictionary without rebuilding the table fails here (rebuild: node scripts/build-same-sense.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createSameSense, loadSameSense, SAME_SENSE_FILE, sameSenseTable } from '../src/text/same-sense.ts';

describe('data/edict/same-sense.tsv', () => {
  it('is the relation made from the shipped dictionary now', () => {
    assert.ok(
      readFileSync(SAME_SENSE_FILE, 'utf8') === sameSenseTable(),
      'stale: run node scripts/build-same-sense.ts',
    );
  });

  it('answers as the relation does, for words it holds and words it does not', () => {
    const made = createSameSense();
    const read = loadSameSense();
    const words = readFileSync(SAME_SENSE_FILE, 'utf8')
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split('\t')[0] ?? '')
      .filter((_, at) => at % 37 === 0);
    assert.ok(words.length > 300, `${words.length} words sampled`);
    for (const word of [...words, '延期', 'わびる', '存在しない語形', 'ｗａｒｅ'])
      assert.deepEqual(read.of(word), made.of(word), word);
    assert.ok(read.of('延期').length > 0);
  });

  it('is checked by its build script', () => {
    const result = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '..', 'scripts', 'build-same-sense.ts'), '--check'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /is the relation made now \(\d+ words\)/);
  });
});
