import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MatomeError } from '../domain/errors.ts';
import { createStoryStore, type StoryStore } from '../store/create-story-store.ts';
import { correctStories } from './correct-stories.ts';

const dir = mkdtempSync(join(tmpdir(), 'matome-correct-stories-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const item = (id: string, hour: number) => ({
  id,
  outlet: '架空日報',
  title: `見出し ${id}`,
  description: '',
  link: `https://kaku.example/${id}`,
  published: `2026-06-01T${String(hour).padStart(2, '0')}:00:00+09:00`,
});

async function storeWithTwoStories(name: string): Promise<StoryStore> {
  const store = createStoryStore(join(dir, name));
  await store.saveItems([item('a1', 8), item('a2', 9), item('a3', 10), item('b1', 11)]);
  await store.saveAssignments([
    { id: 'a1', story: 'story:a1', reason: { decision: 'new' } },
    { id: 'a2', story: 'story:a1', reason: { decision: 'joined' } },
    { id: 'a3', story: 'story:a1', reason: { decision: 'joined' } },
    { id: 'b1', story: 'story:b1', reason: { decision: 'new' } },
  ]);
  return store;
}

describe('correctStories', () => {
  it('names a merged story by its first item and moves only the later stories’ items', async () => {
    const store = await storeWithTwoStories('merge.db');
    const { correction, moved } = await correctStories(
      store,
      { kind: 'merge', stories: ['story:b1', 'story:a1'] },
      'merge.db',
    );
    assert.equal(correction, 1);
    assert.deepEqual(
      moved.map((a) => `${a.id}→${a.story}`),
      ['a1→story:b1', 'a2→story:b1', 'a3→story:b1'],
    );
    assert.deepEqual(await store.listCorrections(), [{ kind: 'merge', items: ['b1', 'a1'] }]);
    await store.close();
  });

  it('decides again when another editor changed the stories between the read and the write, losing neither correction', async () => {
    const store = await storeWithTwoStories('race.db');
    // Another editor splits a3 off story:a1 right after this correction read it.
    let reads = 0;
    const racing: StoryStore = {
      ...store,
      async listStoryEntries(stories) {
        const entries = await store.listStoryEntries(stories);
        reads += 1;
        if (reads === 1)
          await correctStories(store, { kind: 'split', story: 'story:a1', items: ['a3'] }, 'race.db');
        return entries;
      },
    };
    const { correction, moved } = await correctStories(
      racing,
      { kind: 'split', story: 'story:a1', items: ['a2'] },
      'race.db',
    );
    assert.equal(reads, 2);
    assert.equal(correction, 2);
    assert.deepEqual(moved, [
      { id: 'a2', story: 'split:a2', reason: { decision: 'editor-split', correction: 2, was: 'story:a1' } },
    ]);
    // The first decision, made on the stale read (a1, a2, a3), wrote nothing: a3 stays split off.
    assert.deepEqual(
      (await store.listAssignments()).map((a) => `${a.id}→${a.story}`),
      ['a1→story:a1', 'a2→split:a2', 'a3→split:a3', 'b1→story:b1'],
    );
    assert.deepEqual(await store.listCorrections(), [
      { kind: 'split', items: ['a3'] },
      { kind: 'split', items: ['a2'] },
    ]);
    await store.close();
  });

  it('gives up with a retryable conflict, writing nothing, when the stories change at every read', async () => {
    const store = await storeWithTwoStories('busy.db');
    let hour = 12;
    const busy: StoryStore = {
      ...store,
      async listStoryEntries(stories) {
        const entries = await store.listStoryEntries(stories);
        // A clusterer adds an item to story:b1 after every read.
        const id = `b${hour}`;
        await store.saveItems([item(id, hour)]);
        await store.saveAssignments([{ id, story: 'story:b1', reason: { decision: 'joined' } }]);
        hour += 1;
        return entries;
      },
    };
    await assert.rejects(
      correctStories(busy, { kind: 'merge', stories: ['story:a1', 'story:b1'] }, 'busy.db'),
      (error: unknown) =>
        error instanceof MatomeError &&
        error.code === 'CONFLICT' &&
        error.retryable &&
        /story:a1, story:b1 in busy\.db/u.test(error.message),
    );
    assert.equal(await store.countCorrections(), 0);
    assert.deepEqual(
      new Set((await store.listAssignments()).map((a) => a.story)),
      new Set(['story:a1', 'story:b1']),
    );
    await store.close();
  });

  it('refuses a split of every item, a stray item, an unknown story and a merge of one story, naming them', async () => {
    const store = await storeWithTwoStories('refused.db');
    await assert.rejects(
      correctStories(store, { kind: 'split', story: 'story:b1', items: ['b1'] }, 'refused.db'),
      /splitting every item of "story:b1" off would change nothing/u,
    );
    await assert.rejects(
      correctStories(store, { kind: 'split', story: 'story:a1', items: ['b1'] }, 'refused.db'),
      /item "b1" is not in story "story:a1"/u,
    );
    await assert.rejects(
      correctStories(store, { kind: 'merge', stories: ['story:a1', 'story:zz'] }, 'refused.db'),
      /no story "story:zz" in refused\.db/u,
    );
    await assert.rejects(
      correctStories(store, { kind: 'merge', stories: ['story:a1', 'story:a1'] }, 'refused.db'),
      /two different stories or more/u,
    );
    assert.equal(await store.countCorrections(), 0);
    await store.close();
  });
});
