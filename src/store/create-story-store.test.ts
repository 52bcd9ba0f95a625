import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createStoryStore } from './create-story-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'matome-story-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const item = (id: string, published: string) => ({
  id,
  outlet: '架空日報',
  title: `見出し${id}`,
  description: '',
  link: `https://kaku.example/${id}`,
  published,
});

describe('story store', () => {
  it('keeps each item once, lists them in published order and survives reopening', () => {
    const path = join(dir, 'a.db');
    const store = createStoryStore(path);
    assert.equal(
      store.saveItems([item('b', '2026-04-06T10:00:00+09:00'), item('a', '2026-04-05T10:00:00+09:00')]),
      2,
    );
    assert.equal(
      store.saveItems([item('a', '2026-04-05T10:00:00+09:00'), item('c', '2026-04-07T10:00:00+09:00')]),
      1,
    );
    store.saveAssignments([
      { id: 'a', story: 'story:a', reason: { decision: 'new' } },
      { id: 'b', story: 'story:a', reason: { decision: 'joined', score: 0.3 } },
    ]);
    store.saveAssignments([{ id: 'b', story: 'story:b', reason: { decision: 'new' } }]);
    assert.equal(store.addCorrection({ kind: 'split', items: ['b'] }), 1);
    store.close();
    const reopened = createStoryStore(path);
    assert.deepEqual(
      reopened.listItems().map((stored) => stored.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(reopened.listAssignments(), [
      { id: 'a', story: 'story:a', reason: { decision: 'new' } },
      { id: 'b', story: 'story:b', reason: { decision: 'new' } },
    ]);
    assert.deepEqual(reopened.listCorrections(), [{ kind: 'split', items: ['b'] }]);
    reopened.close();
    assert.throws(() => reopened.listItems(), /the store is closed/u);
  });
});
