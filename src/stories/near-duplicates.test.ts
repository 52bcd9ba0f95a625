import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNearDuplicateIndex, jaccard, shinglesOf } from './near-duplicates.ts';

const original =
  '青葉市で倉庫火災、2棟全焼。11日午後3時ごろ、青葉市港町の物流倉庫から出火し、鉄骨2階建ての2棟を全焼した。けが人はいない。';
const copy =
  '青葉市で倉庫火災、2棟全焼。11日午後3時ごろ、青葉市港町の物流倉庫から出火し、鉄骨2階建て2棟が全焼した。けが人はなかった。（共同）';
const other =
  '青葉市議会、新年度予算案を可決。青葉市議会は11日の本会議で、一般会計総額812億円の新年度予算案を可決した。';

describe('near-duplicates', () => {
  it('reads four-character shingles', () => {
    assert.deepEqual([...shinglesOf('あいうえお')], ['あいうえ', 'いうえお']);
    assert.deepEqual([...shinglesOf('あい')], ['あい']);
  });

  it('finds a wire copy of an earlier item and not an item about something else', () => {
    const index = createNearDuplicateIndex(0.5);
    assert.deepEqual(index.add('a', original), []);
    assert.deepEqual(index.add('b', other), []);
    const found = index.add('c', copy);
    assert.deepEqual(
      found.map((entry) => entry.id),
      ['a'],
    );
    assert.ok((found[0]?.jaccard ?? 0) >= 0.5);
    assert.equal(found[0]?.jaccard, jaccard(shinglesOf(original), shinglesOf(copy)));
  });

  it('forgets a removed item', () => {
    const index = createNearDuplicateIndex(0.5);
    index.add('a', original);
    index.remove('a');
    assert.deepEqual(index.add('c', copy), []);
  });
});
