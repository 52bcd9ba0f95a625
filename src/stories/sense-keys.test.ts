import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readEdict } from '../text/edict.ts';
import { SENSE_KEY_LIMIT, senseKeyOf, senseKeysOf, senseRelatedOf } from './sense-keys.ts';

describe('sense keys (EDICT main translations, stemmed)', () => {
  it('brings a noun gloss and its verb gloss to one key, notes and "to" dropped', () => {
    assert.equal(senseKeyOf('postponement'), senseKeyOf('to postpone'));
    assert.equal(senseKeyOf('apology'), senseKeyOf('to apologize (apologise)'));
    assert.notEqual(senseKeyOf('lunch'), senseKeyOf('launch'));
  });

  it('relates the words the shipped dictionary translates alike: 延期 ⇄ 繰り延べ, 昼食 ⇄ ランチ', () => {
    assert.ok(senseRelatedOf('延期').includes('繰り延べ'), senseRelatedOf('延期').join(' '));
    assert.ok(senseRelatedOf('繰り延べ').includes('延期'), senseRelatedOf('繰り延べ').join(' '));
    assert.ok(senseRelatedOf('昼食').includes('ランチ'), senseRelatedOf('昼食').join(' '));
    // Two things of one kind are not one thing: a warehouse is no storeroom.
    assert.equal(senseRelatedOf('倉庫').includes('物置'), false);
    // A word is not its own relation, and a word the dictionary lacks has none.
    assert.equal(senseRelatedOf('延期').includes('延期'), false);
    assert.deepEqual(senseRelatedOf('鷺ノ宮町'), []);
  });

  // Invented dictionary lines: the rule, apart from the shipped file.
  const invented = (lines: string[]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'sense-keys-')), 'edict.txt');
    writeFileSync(path, `# invented\n${lines.join('\n')}\n`);
    return readEdict(path);
  };

  it('reads only the first gloss of the first sense, where that sense is a noun or a verb', () => {
    const edict = invented([
      '甲語 [こうご] /(n,vs) entrusting/trust/(P)/',
      '乙語 [おつご] /(n) trust/reliance/(P)/',
      '丙語 [へいご] /(n,vs) entrusting/(P)/',
      '丁語 [ていご] /(adv) entrusting/(P)/',
    ]);
    assert.deepEqual(senseRelatedOf('甲語', edict), ['丙語']);
    assert.deepEqual(senseRelatedOf('乙語', edict), []);
    assert.deepEqual(senseRelatedOf('丁語', edict), []);
  });

  it('leaves out a key more headwords share than the limit: a broad word names no one act', () => {
    const many = Array.from(
      { length: SENSE_KEY_LIMIT + 1 },
      (_, i) => `語${String.fromCodePoint(0x4e00 + i)} [ご] /(v5r) to change/(P)/`,
    );
    const edict = invented([
      ...many,
      '変語 [へんご] /(n,vs) changing/(P)/',
      '換語 [かんご] /(n) exchange/(P)/',
    ]);
    assert.deepEqual(senseKeysOf('変語', edict), []);
    assert.deepEqual(senseRelatedOf('語一', edict), []);
    const few = invented(many.slice(0, SENSE_KEY_LIMIT));
    assert.equal(senseRelatedOf('語一', few).length, SENSE_KEY_LIMIT - 1);
  });
});
