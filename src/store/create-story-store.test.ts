import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sampleArticle } from '../../test/support/article-factory.ts';
import { createSqliteStore } from './create-sqlite-store.ts';
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
  it('keeps each item once, lists them in the order stored and survives reopening', async () => {
    const path = join(dir, 'a.db');
    const store = createStoryStore(path);
    assert.equal(
      await store.saveItems([item('b', '2026-04-06T10:00:00+09:00'), item('a', '2026-04-05T10:00:00+09:00')]),
      2,
    );
    assert.equal(
      await store.saveItems([item('a', '2026-04-05T10:00:00+09:00'), item('c', '2026-04-07T10:00:00+09:00')]),
      1,
    );
    await store.saveAssignments([
      { id: 'a', story: 'story:a', reason: { decision: 'new' } },
      { id: 'b', story: 'story:a', reason: { decision: 'joined', score: 0.3 } },
    ]);
    await store.saveAssignments([{ id: 'b', story: 'story:b', reason: { decision: 'new' } }]);
    assert.equal(await store.countCorrections(), 0);
    assert.deepEqual(
      await store.applyCorrection(
        { kind: 'split', items: ['b'] },
        await store.listAssignments(['b']),
        () => [],
      ),
      { number: 1, moved: [] },
    );
    await store.close();
    const reopened = createStoryStore(path);
    assert.deepEqual(
      (await reopened.listItemsAfter(0)).map((stored) => stored.item.id),
      ['b', 'a', 'c'],
    );
    assert.deepEqual(await reopened.listAssignments(), [
      { id: 'a', story: 'story:a', reason: { decision: 'new' } },
      { id: 'b', story: 'story:b', reason: { decision: 'new' } },
    ]);
    assert.deepEqual(await reopened.listCorrections(), [{ kind: 'split', items: ['b'] }]);
    await reopened.close();
    await assert.rejects(async () => await reopened.listItemsAfter(0), /the store is closed/u);
  });

  it('numbers the article revisions of each story from 1, keeps them all, and keeps check and poll times', async () => {
    const path = join(dir, 'b.db');
    const articles = createSqliteStore(path);
    const article = sampleArticle();
    const first = (await articles.saveArticle({ slug: 'story-a', article, snapshotIds: [] })).id;
    const second = (await articles.saveArticle({ slug: 'story-a', article, snapshotIds: [] })).id;
    const other = (await articles.saveArticle({ slug: 'story-b', article, snapshotIds: [] })).id;
    await articles.close();
    let clock = Date.parse('2026-12-01T00:00:00Z');
    const store = createStoryStore(path, { now: () => new Date(clock) });
    const links = ['https://kaku.example/1', 'https://kaku.example/2'];
    assert.equal(
      (await store.addStoryArticle({ story: 'story:a', articleId: first, reason: 'sources', links }))
        .revision,
      1,
    );
    assert.equal(
      (await store.addStoryArticle({ story: 'story:b', articleId: other, reason: 'sources', links }))
        .revision,
      1,
    );
    clock += 60_000;
    const revised = await store.addStoryArticle({
      story: 'story:a',
      articleId: second,
      reason: 'update',
      links,
    });
    assert.deepEqual(revised, {
      story: 'story:a',
      articleId: second,
      reason: 'update',
      links,
      revision: 2,
      createdAt: '2026-12-01T00:01:00.000Z',
    });
    assert.deepEqual(
      (await store.listStoryArticles()).map((row) => [row.story, row.revision, row.articleId, row.reason]),
      [
        ['story:a', 1, first, 'sources'],
        ['story:a', 2, second, 'update'],
        ['story:b', 1, other, 'sources'],
      ],
    );
    // A revision must name a stored article.
    await assert.rejects(
      async () => await store.addStoryArticle({ story: 'story:c', articleId: 999, reason: 'sources', links }),
      /Failed to store a story article/u,
    );
    assert.equal(await store.storyCheckedAt('story:a'), undefined);
    await store.markStoryChecked('story:a', new Date('2026-12-01T01:00:00Z'));
    await store.markStoryChecked('story:a', new Date('2026-12-01T02:00:00Z'));
    assert.equal(await store.storyCheckedAt('story:a'), '2026-12-01T02:00:00.000Z');
    assert.equal(await store.feedPoll('https://kaku.example/rss'), undefined);
    const poll = {
      url: 'https://kaku.example/rss',
      intervalMs: 600_000,
      polledAt: '2026-12-01T00:00:00.000Z',
      nextAt: '2026-12-01T00:10:00.000Z',
    };
    await store.saveFeedPoll(poll);
    await store.saveFeedPoll({ ...poll, intervalMs: 1_200_000, nextAt: '2026-12-01T00:20:00.000Z' });
    assert.deepEqual(await store.feedPoll(poll.url), {
      ...poll,
      intervalMs: 1_200_000,
      nextAt: '2026-12-01T00:20:00.000Z',
    });
    await store.close();
  });
});
