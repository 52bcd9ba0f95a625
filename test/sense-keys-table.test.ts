// The sense-key table in data/edict/ is what scripts/build-sense-keys.ts gives from the shipped
// dictionary subset: the clusterer reads it instead of counting every entry's key per process, so it
// must say exactly what counting says.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { senseKeysOf, senseRelatedOf } from '../src/stories/sense-keys.ts';
import { isShippedEdict, loadEdict, readEdict } from '../src/text/edict.ts';

const root = join(import.meta.dirname, '..');

describe('data/edict/sense-keys.tsv', () => {
  it('is what the shipped dictionary gives', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-sense-keys.ts'), '--check'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /is what .*edict-common\.txt gives \(\d+ keys\)/);
  });

  it('relates the same words, in the same order, as counting the keys of every entry', () => {
    const shipped = loadEdict();
    assert.ok(isShippedEdict(shipped));
    // The same file read again is another dictionary object: its keys are counted, not read from the table.
    const counted = readEdict(join(root, 'data', 'edict', 'edict-common.txt'));
    assert.equal(isShippedEdict(counted), false);
    const words = counted
      .allEntries()
      .filter((_, i) => i % 40 === 0)
      .flatMap((entry) => [entry.headword, entry.reading]);
    let related = 0;
    for (const word of words) {
      assert.deepEqual(senseKeysOf(word, shipped), senseKeysOf(word, counted), word);
      assert.deepEqual(senseRelatedOf(word, shipped), senseRelatedOf(word, counted), word);
      if (senseRelatedOf(word, shipped).length > 0) related += 1;
    }
    assert.ok(related > 100, `${related} of ${words.length} words related`);
  });
});
