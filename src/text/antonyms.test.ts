import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { antonymsOf } from './antonyms.ts';

describe('antonymsOf', () => {
  it('derives compounds that differ in one opposite kanji', () => {
    assert.ok(antonymsOf('増額').includes('減額'));
    assert.ok(antonymsOf('否決').includes('可決'));
    assert.ok(antonymsOf('閉館').includes('開館'));
    assert.ok(antonymsOf('有料').includes('無料'));
  });

  it('gives the table’s opposites that share no kanji, both ways', () => {
    assert.deepEqual(antonymsOf('増える'), ['減る']);
    assert.ok(antonymsOf('減少').includes('増加'));
    assert.ok(antonymsOf('反対').includes('賛成'));
  });

  it('gives nothing for a word without an opposite, and never the word itself', () => {
    assert.deepEqual(antonymsOf('説明'), []);
    assert.deepEqual(antonymsOf('走る'), []);
    assert.ok(!antonymsOf('上下').includes('上下'));
  });
});
