import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyCorrections } from './apply-corrections.ts';

const clustered = [
  { id: 'a1', story: 'story:a1', reason: { decision: 'new' } },
  { id: 'a2', story: 'story:a1', reason: { decision: 'joined' } },
  { id: 'b1', story: 'story:b1', reason: { decision: 'new' } },
  { id: 'b2', story: 'story:b1', reason: { decision: 'joined' } },
];
const storyOf = (result: ReturnType<typeof applyCorrections>) =>
  Object.fromEntries(result.map((a) => [a.id, a.story]));

describe('applyCorrections', () => {
  it('moves every item of the later stories into the first on a merge', () => {
    const result = applyCorrections(clustered, [{ kind: 'merge', items: ['a1', 'b1'] }]);
    assert.deepEqual(storyOf(result), { a1: 'story:a1', a2: 'story:a1', b1: 'story:a1', b2: 'story:a1' });
    assert.deepEqual(result[2]?.reason, { decision: 'editor-merge', correction: 1, was: 'story:b1' });
  });

  it('gives split items a story of their own, named after the first of them', () => {
    const result = applyCorrections(clustered, [{ kind: 'split', items: ['a2'] }]);
    assert.deepEqual(storyOf(result), { a1: 'story:a1', a2: 'split:a2', b1: 'story:b1', b2: 'story:b1' });
  });

  it('applies corrections oldest first and skips items it does not hold', () => {
    const result = applyCorrections(clustered, [
      { kind: 'merge', items: ['a1', 'b1', 'missing'] },
      { kind: 'split', items: ['b2', 'a2'] },
    ]);
    assert.deepEqual(storyOf(result), { a1: 'story:a1', a2: 'split:b2', b1: 'story:a1', b2: 'split:b2' });
    assert.equal(clustered[1]?.story, 'story:a1', 'the input is not changed');
  });
});
