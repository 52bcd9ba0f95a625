// A queued watch round's sweep (queue/stage-handlers.ts queueUncoveredBuilds) on a real
// redis-server and SQLite: a build job for each story whose links its latest revision does not
// cover — after an editor's merge as after items joined — and none for a covered or a short story.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { correctStories } from '../src/pipeline/correct-stories.ts';
import { createJobQueues, type JobQueues } from '../src/queue/queues.ts';
import { queueUncoveredBuilds } from '../src/queue/stage-handlers.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { createStoryStore } from '../src/store/create-story-store.ts';
import { sampleArticle } from './support/article-factory.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';

const { skip } = redisAvailable();

describe('a watch round’s sweep of stories to build', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-queue-sweep-'));
  const path = join(dir, 'store.db');
  let redis: RedisServer;
  let queues: JobQueues;
  before(async () => {
    redis = await startRedis();
    queues = createJobQueues(redis.url);
  });
  after(async () => {
    await queues?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('queues a build for each uncovered story of two links or more, once, and after an editor’s merge', async () => {
    const store = createSqliteStore(path);
    const stories = createStoryStore(path);
    const link = (id: string) => `https://kaku.example/${id}.html`;
    const item = (id: string, hour: number) => ({
      id,
      outlet: '架空日報',
      title: `見出し ${id}`,
      description: '',
      link: link(id),
      published: `2026-06-01T${String(hour).padStart(2, '0')}:00:00+09:00`,
    });
    await stories.saveItems([item('a1', 8), item('a2', 9), item('b1', 10), item('b2', 11), item('c1', 12)]);
    await stories.saveAssignments([
      { id: 'a1', story: 'story:a1', reason: { decision: 'new' } },
      { id: 'a2', story: 'story:a1', reason: { decision: 'joined' } },
      { id: 'b1', story: 'story:b1', reason: { decision: 'new' } },
      { id: 'b2', story: 'story:b1', reason: { decision: 'joined' } },
      { id: 'c1', story: 'story:c1', reason: { decision: 'new' } },
    ]);
    // story:a1 has an article over both its links; story:b1 has none; story:c1 has one link.
    const saved = await store.saveArticle({ slug: 'story-a1', article: sampleArticle(), snapshotIds: [] });
    await stories.addStoryArticle({
      story: 'story:a1',
      articleId: saved.id,
      reason: 'sources',
      links: [link('a1'), link('a2')],
    });

    const jobsOf = async (keys: readonly string[]) =>
      Promise.all(keys.map(async (key) => (await queues.queue('build').getJob(key))?.data));
    const first = await queueUncoveredBuilds(2, { stories, queues });
    assert.deepEqual(await jobsOf(first), [
      { sources: [link('b1'), link('b2')], story: { id: 'story:b1', minSources: 2 } },
    ]);
    // Another round finds the same story uncovered: the same job, not a second one.
    assert.deepEqual(await queueUncoveredBuilds(2, { stories, queues }), first);
    assert.equal((await queues.queue('build').getJobCounts('waiting')).waiting, 1);
    // With three sources needed, nothing is built.
    assert.deepEqual(await queueUncoveredBuilds(3, { stories, queues }), []);

    // An editor merges story:c1 into story:a1: its article no longer covers its links.
    await correctStories(stories, { kind: 'merge', stories: ['story:a1', 'story:c1'] }, path);
    const afterMerge = await queueUncoveredBuilds(2, { stories, queues });
    assert.deepEqual(await jobsOf(afterMerge), [
      { sources: [link('a1'), link('a2'), link('c1')], story: { id: 'story:a1', minSources: 2 } },
      { sources: [link('b1'), link('b2')], story: { id: 'story:b1', minSources: 2 } },
    ]);
    await stories.close();
    await store.close();
  });
});
