// Incremental clustering over the story store (pipeline/cluster-stored-items.ts) on
// ../shared/data/stories-dev: items delivered in rounds are decided once, and the stories equal
// those of one clusterer run over every item in the order the store received them.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type StoryAssignment, type StoryItem, StoryItemSchema } from '../src/domain/story-item.ts';
import { createStoredClustering } from '../src/pipeline/cluster-stored-items.ts';
import { createStoryStore, type StoryStore } from '../src/store/create-story-store.ts';
import { createStoryClusterer } from '../src/stories/cluster-items.ts';
import { readItem } from '../src/stories/read-item.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { sharedData } from './support/shared-data.ts';

const data = sharedData('data/stories-dev');
const dir = mkdtempSync(join(tmpdir(), 'matome-stories-incremental-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const byPublished = (a: StoryItem, b: StoryItem) =>
  Date.parse(a.published) - Date.parse(b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One clusterer over the items in the given order, every item decided. */
function fullRun(items: readonly StoryItem[], tokenizer: Tokenizer): Map<string, StoryAssignment> {
  const clusterer = createStoryClusterer();
  return new Map(
    items.map((item) => {
      const { id, story, reason } = clusterer.add(readItem(item, tokenizer));
      return [id, { id, story, reason: JSON.parse(JSON.stringify(reason)) as Record<string, unknown> }];
    }),
  );
}

/** A tokenizer that counts the texts it is given. */
function counting(tokenizer: Tokenizer) {
  const counter = {
    calls: 0,
    tokenizer: {
      kind: tokenizer.kind,
      tokenize(text: string) {
        counter.calls++;
        return tokenizer.tokenize(text);
      },
    } satisfies Tokenizer,
  };
  return counter;
}

describe('incremental story clustering', { skip: data.skip }, () => {
  let tokenizer: Tokenizer;
  let items: StoryItem[];
  before(async () => {
    tokenizer = await createTokenizer();
    items = readFileSync(join(data.path, 'items.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => StoryItemSchema.parse(JSON.parse(line)));
  });

  it('decides items arriving in six rounds as one run over them all, also across restarts', async () => {
    const ordered = [...items].sort(byPublished);
    const rounds = [0, 1, 2, 3, 4, 5].map((round) =>
      ordered.slice(Math.floor((round * ordered.length) / 6), Math.floor(((round + 1) * ordered.length) / 6)),
    );
    const expected = fullRun(ordered, tokenizer);
    assert.ok(new Set([...expected.values()].map((a) => a.story)).size < ordered.length / 2);

    // One process: the clusterer's state is kept between rounds.
    const path = join(dir, 'rounds.db');
    const store = createStoryStore(path);
    const kept = createStoredClustering(store, tokenizer);
    for (const round of rounds) {
      const { assignments: got } = await kept.add(round);
      assert.deepEqual(
        got.map((a) => a.id),
        round.map((item) => item.id),
      );
      for (const assignment of got) assert.deepEqual(assignment, expected.get(assignment.id));
    }
    assert.deepEqual(
      (await store.listAssignments()).map((a) => [a.id, a.story]),
      ordered.map((item) => [item.id, expected.get(item.id)?.story]),
    );
    await store.close();

    // A process per round (cron): each starts from the store alone.
    const restartPath = join(dir, 'restarts.db');
    for (const round of rounds) {
      const reopened = createStoryStore(restartPath);
      for (const assignment of (await createStoredClustering(reopened, tokenizer).add(round)).assignments)
        assert.deepEqual(assignment, expected.get(assignment.id), assignment.id);
      await reopened.close();
    }
  });

  it('takes items that arrive late (older than those stored) in the order received', async () => {
    // Five rounds that each span the whole period: every round after the first brings items
    // older than ones already stored.
    const ordered = [...items].sort(byPublished);
    const rounds = [0, 1, 2, 3, 4].map((round) => ordered.filter((_item, index) => index % 5 === round));
    const received = rounds.flat();
    const expected = fullRun(received, tokenizer);
    const store = createStoryStore(join(dir, 'late.db'));
    const clustering = createStoredClustering(store, tokenizer);
    for (const round of rounds)
      for (const assignment of (await clustering.add(round)).assignments)
        assert.deepEqual(assignment, expected.get(assignment.id), assignment.id);
    assert.deepEqual(
      (await store.listItemsAfter(0)).map((stored) => stored.item.id),
      received.map((item) => item.id),
    );
    await store.close();
  });

  it('reads only the new items in a round, keeps stored decisions and follows an editor’s correction', async () => {
    const ordered = [...items].sort(byPublished);
    const half = Math.floor(ordered.length / 2);
    const store = createStoryStore(join(dir, 'corrected.db'));
    const counter = counting(tokenizer);
    const clustering = createStoredClustering(store, counter.tokenizer);
    // The first round replays the whole store: any story may have changed.
    assert.equal((await clustering.add(ordered.slice(0, half))).changed, undefined);
    const firstRound = counter.calls;

    // A second round of ten items tokenises about ten items' worth of text, not the store's, and
    // names the stories they joined or started: those the watcher reads again.
    counter.calls = 0;
    const second = await clustering.add(ordered.slice(half, half + 10));
    assert.ok(counter.calls > 0 && counter.calls < firstRound / 5, `${counter.calls} of ${firstRound}`);
    assert.deepEqual(second.changed, [...new Set(second.assignments.map((a) => a.story))]);
    assert.ok((second.changed?.length ?? 0) > 0);
    assert.deepEqual((await clustering.add([])).changed, []);

    // An editor splits an item off its story (as `matome stories split` does, behind the clusterer).
    const stored = await store.listAssignments();
    const sizes = new Map<string, number>();
    for (const a of stored) sizes.set(a.story, (sizes.get(a.story) ?? 0) + 1);
    const moved = stored.find((a) => (sizes.get(a.story) ?? 0) >= 3 && a.reason.decision === 'joined');
    assert.ok(moved !== undefined, 'a story of three items or more to split');
    const inStory = stored.filter((a) => a.story === moved.story);
    await store.applyCorrection({ kind: 'split', items: [moved.id] }, inStory, () => [
      { ...moved, story: `split:${moved.id}`, reason: { decision: 'editor-split' } },
    ]);
    const before = await store.listAssignments();

    const rest = ordered.slice(half + 10);
    const { assignments: got, changed } = await clustering.add(rest);
    // After a correction the round replays the store, so it cannot name the stories that changed.
    assert.equal(changed, undefined);
    // Nothing stored is decided again: the earlier rows are unchanged, the correction included.
    const after = new Map((await store.listAssignments()).map((a) => [a.id, a]));
    for (const a of before) assert.deepEqual(after.get(a.id), a, a.id);
    assert.equal(after.get(moved.id)?.story, `split:${moved.id}`);
    // The new items are decided against the corrected stories, as a fresh process would decide them.
    const fresh = createStoryStore(join(dir, 'corrected-fresh.db'));
    await fresh.saveItems(ordered.slice(0, half + 10));
    await fresh.saveAssignments(before);
    const { assignments: replayed } = await createStoredClustering(fresh, tokenizer).add(rest);
    assert.deepEqual(got, replayed);
    for (const a of got) assert.ok(['near-duplicate', 'joined', 'new'].includes(String(a.reason.decision)));
    await fresh.close();
    await store.close();
  });
  it('reads only the items stored since its last round, takes another process’s decisions, and decides again what it failed to store', async () => {
    const ordered = [...items].sort(byPublished).slice(0, 100);
    const expected = fullRun(ordered, tokenizer);
    const path = join(dir, 'reads.db');
    const store = createStoryStore(path);
    const read: number[] = [];
    const watched: StoryStore = {
      ...store,
      async listItemsAfter(position) {
        const rows = await store.listItemsAfter(position);
        read.push(rows.length);
        return rows;
      },
    };
    const one = createStoredClustering(watched, tokenizer);
    await one.add(ordered.slice(0, 60));
    assert.deepEqual(read, [60]);

    // Another process, on its own handle of the same file, stores and decides the next 20.
    const otherStore = createStoryStore(path);
    const { decided: theirs } = await createStoredClustering(otherStore, tokenizer).add(
      ordered.slice(60, 80),
    );
    assert.deepEqual(
      theirs.map((a) => a.id),
      ordered.slice(60, 80).map((item) => item.id),
    );
    // The first process reads those 20 (placed as stored) and its own 10, and decides only its own.
    const { decided: mine } = await one.add(ordered.slice(80, 90));
    assert.deepEqual(read, [60, 30]);
    assert.deepEqual(
      mine.map((a) => a.id),
      ordered.slice(80, 90).map((item) => item.id),
    );
    for (const a of mine) assert.deepEqual(a, expected.get(a.id), a.id);
    assert.deepEqual(one.assignmentOf(ordered[70]?.id as string), expected.get(ordered[70]?.id as string));

    // A round whose decisions could not be stored: the next round starts again from the store.
    let failing = true;
    const flaky: StoryStore = {
      ...watched,
      async saveAssignments(assignments) {
        if (failing) {
          failing = false;
          throw new Error('disk full');
        }
        await store.saveAssignments(assignments);
      },
    };
    const third = createStoredClustering(flaky, tokenizer);
    await assert.rejects(third.add(ordered.slice(90, 100)), /disk full/u);
    assert.deepEqual(await store.listAssignments(ordered.slice(90, 100).map((item) => item.id)), []);
    const { decided: retried } = await third.add([]);
    assert.deepEqual(read, [60, 30, 100, 100]);
    assert.deepEqual(
      retried.map((a) => a.id),
      ordered.slice(90, 100).map((item) => item.id),
    );
    for (const a of await store.listAssignments()) assert.deepEqual(a.story, expected.get(a.id)?.story, a.id);

    // An editor's correction, stored by any process, makes the next round replay the whole store.
    const moved = expected.get(ordered[5]?.id as string) as StoryAssignment;
    const inStory = (await otherStore.listStoryEntries([moved.story])).map((entry) => entry.assignment);
    await otherStore.applyCorrection({ kind: 'split', items: [moved.id] }, inStory, () => [
      { ...moved, story: `split:${moved.id}`, reason: { decision: 'editor-split' } },
    ]);
    await one.add([]);
    assert.deepEqual(read, [60, 30, 100, 100, 100]);
    assert.equal(one.assignmentOf(moved.id)?.story, `split:${moved.id}`);
    await one.add([]);
    assert.deepEqual(read, [60, 30, 100, 100, 100, 0]);
    await otherStore.close();
    await store.close();
  });
});
