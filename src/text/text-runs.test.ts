import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runsOf } from './text-runs.ts';

describe('runsOf', () => {
  it('holds every run of n code points of a text, and only those', () => {
    const runs = runsOf('市は新病院を開く', 3);
    assert.deepEqual([...runs].sort(), ['は新病', '市は新', '新病院', '病院を', '院を開', 'を開く'].sort());
    assert.equal(runs.has('市は病'), false);
  });

  it('counts an emoji as one character and never cuts it in half', () => {
    const runs = runsOf('a😀bc', 2);
    assert.deepEqual([...runs].sort(), ['a😀', '😀b', 'bc'].sort());
  });

  it('gives no run when the text is shorter than n, and the same set again for the same text', () => {
    assert.equal(runsOf('短い', 5).size, 0);
    assert.equal(runsOf('同じ文の連なり', 2), runsOf('同じ文の連なり', 2));
    assert.notEqual(runsOf('同じ文の連なり', 2), runsOf('同じ文の連なり', 3));
  });
});
