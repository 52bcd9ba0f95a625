// The contract the store's other ports meet, run against each implementation (SQLite and
// PostgreSQL): the answer cache and token ledger, stories and feed polls, review events decided
// across two connections, the publishing outbox with two claimers racing, and the job ledger's
// fencing, results once per key and charges within the day's budget. Each `open` is a fresh, empty
// store; `again` opens a second connection to the same store, as another process would.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMatomeError } from '../../src/domain/errors.ts';
import type { StoryStore } from '../../src/store/create-story-store.ts';
import type { JobLedger } from '../../src/store/job-ledger.ts';
import type { Store } from '../../src/store/store.ts';
import { sampleArticle } from './article-factory.ts';
import { fetchedPage } from './store-contract.ts';

/** The three ports over one store. */
export interface Ports {
  store: Store;
  stories: StoryStore;
  ledger: JobLedger;
}

/** A fresh store with its ports, and a way to open the same store again (another connection). */
export interface OpenedPorts extends Ports {
  again(): Promise<Ports>;
}

const hasCode = (code: string) => (error: unknown) => isMatomeError(error) && error.code === code;
const closeAll = async (ports: Ports) => {
  await ports.store.close();
  await ports.stories.close();
  await ports.ledger.close();
};
const KEY = `build-${'a'.repeat(32)}`;
const DAY = { since: new Date('2026-05-01T00:00:00Z'), maxTokens: 1000 };

/** Registers the ports contract; `open(now)` opens a fresh, empty store whose clock is `now`. */
export function describePortsContract(
  name: string,
  open: (now: () => Date) => Promise<OpenedPorts>,
  options: { skip?: string | false } = {},
) {
  describe(`Ports contract: ${name}`, { skip: options.skip ?? false }, () => {
    let ports: OpenedPorts;
    let clock: number;
    const opened: Ports[] = [];
    const again = async () => {
      const second = await ports.again();
      opened.push(second);
      return second;
    };
    beforeEach(async () => {
      clock = Date.parse('2026-05-01T09:00:00.000Z');
      ports = await open(() => {
        clock += 1000;
        return new Date(clock);
      });
      opened.push(ports);
    });
    afterEach(async () => {
      for (const each of opened.splice(0)) await closeAll(each);
    });

    async function savedArticle(store: Store, slug = 'minato-rail') {
      const page = await store.saveSnapshot(fetchedPage());
      return store.saveArticle({ slug, article: sampleArticle(), snapshotIds: [page.id] });
    }

    it('keeps model answers by key, the last one winning, and sums the token ledger since a time', async () => {
      const { store } = ports;
      assert.equal(await store.getModelAnswer('k1'), undefined);
      await store.saveModelAnswer('k1', 'm', { answer: '{"a":1}', inputTokens: 10, outputTokens: 2 });
      await store.saveModelAnswer('k1', 'm', { answer: '{"a":2}', inputTokens: 11, outputTokens: 3 });
      assert.deepEqual(await store.getModelAnswer('k1'), {
        answer: '{"a":2}',
        inputTokens: 11,
        outputTokens: 3,
      });
      const before = new Date(clock);
      await store.recordModelCall({
        model: 'm',
        label: 'frame',
        outcome: 'ok',
        inputTokens: 100,
        outputTokens: 20,
      });
      await store.recordModelCall({
        model: 'm',
        label: 'S1',
        outcome: 'cut-off',
        inputTokens: 50,
        outputTokens: 7,
      });
      assert.equal(await store.modelTokensSince(before), 177);
      assert.equal(await store.modelTokensSince(new Date(clock + 60_000)), 0);
    });

    it('refuses a second editor acting on the revision the first one already moved, across connections', async () => {
      const saved = await savedArticle(ports.store);
      const other = await again();
      const event = {
        articleId: saved.id,
        editor: '佐藤',
        path: 'sections[0].card.summary[0]',
        action: 'approve' as const,
        before: '駅は4月に開業する。',
        after: '駅は4月に開業する。',
        verdict: 'pass' as const,
        findings: '[]',
      };
      // Both saw revision 0 and decide at the same moment: exactly one wins.
      const outcomes = await Promise.allSettled([
        ports.store.appendReviewEvent(event, 0),
        other.store.appendReviewEvent(
          { ...event, editor: '鈴木', action: 'reject', reason: '日付が違う' },
          0,
        ),
      ]);
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
      assert.equal(won.length, 1);
      assert.equal(lost.length, 1);
      assert.ok(hasCode('CONFLICT')((lost[0] as PromiseRejectedResult).reason));
      const events = await other.store.listReviewEvents(saved.id);
      assert.deepEqual(
        events.map((entry) => entry.revision),
        [1],
      );
      // The loser reloads, sees revision 1, and decides again.
      const next = await other.store.appendReviewEvent({ ...event, editor: '鈴木' }, 1);
      assert.equal(next.revision, 2);
      assert.deepEqual(
        (await ports.store.listReviewEvents(saved.id)).map((entry) => [entry.editor, entry.revision]),
        [
          [(won[0] as PromiseFulfilledResult<{ editor: string }>).value.editor, 1],
          ['鈴木', 2],
        ],
      );
    });

    it('keeps one outbox record per site, article and revision when two connections open it at once', async () => {
      const other = await again();
      const key = {
        site: 'https://news.example',
        articleSlug: 'minato-hall',
        revision: `sha256:${'b'.repeat(64)}`,
        postSlug: 'minato-hall',
      };
      const [a, b] = await Promise.all([ports.store.openPublication(key), other.store.openPublication(key)]);
      assert.equal(a.id, b.id);
      assert.equal(a.state, 'intent');
      assert.equal((await ports.store.listPublications(key.site, key.articleSlug)).length, 1);
    });

    it('gives a publication to exactly one of two racing claimers, moves it only forward, and finalising releases it', async () => {
      const other = await again();
      const key = {
        site: 'https://news.example',
        articleSlug: 'minato-hall',
        revision: `sha256:${'c'.repeat(64)}`,
        postSlug: 'minato-hall',
      };
      const { id } = await ports.store.openPublication(key);
      const claims = await Promise.all([
        ports.store.claimPublication(id, 'host-a:1', 60_000),
        other.store.claimPublication(id, 'host-b:2', 60_000),
      ]);
      const winners = claims.filter((claim) => claim !== undefined);
      assert.equal(winners.length, 1);
      const holder = winners[0]?.claimedBy as string;
      const loser = holder === 'host-a:1' ? 'host-b:2' : 'host-a:1';
      assert.equal(winners[0]?.state, 'claimed');
      await assert.rejects(
        ports.store.advancePublication(id, loser, { state: 'media' }),
        hasCode('CONFLICT'),
      );
      await ports.store.advancePublication(id, holder, { state: 'created', postId: 7, modifiedGmt: 'g1' });
      await assert.rejects(
        other.store.advancePublication(id, holder, { state: 'created', postId: 8, modifiedGmt: 'g2' }),
        hasCode('CONFLICT'),
      );
      await other.store.advancePublication(id, holder, { state: 'media' });
      const done = await ports.store.advancePublication(id, holder, {
        state: 'finalised',
        modifiedGmt: 'g3',
      });
      assert.equal(done.state, 'finalised');
      assert.equal(done.postId, 7);
      assert.equal(done.claimedBy, undefined);
      assert.equal((await other.store.latestPublication(key.site, key.articleSlug))?.id, id);
      // A finalised publication is claimed by nobody again.
      assert.equal(await other.store.claimPublication(id, loser, 60_000), undefined);
      await assert.rejects(ports.store.claimPublication(999_999, 'x', 1), hasCode('INVALID_ARGUMENT'));
    });

    it('takes over a publication whose lease ran out, and releases a claim keeping its state', async () => {
      const key = {
        site: 'https://news.example',
        articleSlug: 'minato-hall',
        revision: `sha256:${'d'.repeat(64)}`,
        postSlug: 'minato-hall',
      };
      const { id } = await ports.store.openPublication(key);
      assert.equal((await ports.store.claimPublication(id, 'host:1', 5_000))?.claimedBy, 'host:1');
      assert.equal(await ports.store.claimPublication(id, 'host:2', 5_000), undefined);
      assert.equal((await ports.store.claimPublication(id, 'host:3', 5_000, 'host:1'))?.claimedBy, 'host:3');
      clock += 60_000;
      assert.equal((await ports.store.claimPublication(id, 'host:2', 5_000))?.claimedBy, 'host:2');
      await ports.store.releasePublication(id, 'host:2');
      const [record] = await ports.store.listPublications(key.site, key.articleSlug);
      assert.equal(record?.claimedBy, undefined);
      assert.equal(record?.state, 'claimed');
    });

    it('stores feed items once, clusters replace assignments, and corrections and story revisions count up', async () => {
      const { stories, store } = ports;
      const item = (id: string, published: string) => ({
        id,
        outlet: '湊新聞',
        title: `湊市の新駅 ${id}`,
        description: '湊市は新駅の開業日を発表した。',
        link: `https://minato.example/${id}`,
        published,
      });
      assert.equal(
        await stories.saveItems([item('b', '2026-05-01T02:00:00Z'), item('a', '2026-05-01T01:00:00Z')]),
        2,
      );
      assert.equal(
        await stories.saveItems([item('a', '2026-05-01T01:00:00Z'), item('c', '2026-05-01T03:00:00Z')]),
        1,
      );
      // In the order stored (a batch in the order given): the order clustering decides them in.
      const all = await stories.listItemsAfter(0);
      assert.deepEqual(
        all.map((stored) => stored.item.id),
        ['b', 'a', 'c'],
      );
      const positions = all.map((stored) => stored.position);
      assert.deepEqual(
        [...positions].sort((a, b) => a - b),
        positions,
      );
      assert.equal(new Set(positions).size, 3);
      await stories.saveAssignments([
        { id: 'a', story: 'story:a', reason: { decision: 'new' } },
        { id: 'b', story: 'story:a', reason: { decision: 'joined', score: 0.7 } },
      ]);
      await stories.saveAssignments([{ id: 'b', story: 'story:b', reason: { decision: 'new' } }]);
      assert.deepEqual(await stories.listAssignments(), [
        { id: 'a', story: 'story:a', reason: { decision: 'new' } },
        { id: 'b', story: 'story:b', reason: { decision: 'new' } },
      ]);
      assert.deepEqual(await stories.listAssignments(['b', 'c']), [
        { id: 'b', story: 'story:b', reason: { decision: 'new' } },
      ]);
      // After a position: only the later items, each with its assignment where it has one.
      assert.deepEqual(await stories.listItemsAfter(positions[0] as number), [
        {
          position: positions[1],
          item: item('a', '2026-05-01T01:00:00Z'),
          assignment: { id: 'a', story: 'story:a', reason: { decision: 'new' } },
        },
        { position: positions[2], item: item('c', '2026-05-01T03:00:00Z') },
      ]);
      assert.deepEqual(await stories.listItemsAfter(positions[2] as number), []);
      // A correction and the assignments it moves are stored together, numbered; the count grows
      // with each. One decided on stories that have changed since they were read writes nothing.
      assert.equal(await stories.countCorrections(), 0);
      const read = await stories.listAssignments(['a', 'b']);
      const merge = { kind: 'merge' as const, items: ['a', 'b'] };
      const mergedAs = (number: number) => [
        { id: 'b', story: 'story:a', reason: { decision: 'editor-merge', correction: number } },
      ];
      assert.deepEqual(await stories.applyCorrection(merge, read, mergedAs), {
        number: 1,
        moved: mergedAs(1),
      });
      assert.deepEqual(await stories.listAssignments(['b']), mergedAs(1));
      const split = { kind: 'split' as const, items: ['b'] };
      assert.equal(await stories.applyCorrection(split, read, () => []), undefined);
      assert.equal(await stories.applyCorrection(split, read.slice(0, 1), () => []), undefined);
      assert.equal(await stories.countCorrections(), 1);
      const merged = await stories.listAssignments(['a', 'b']);
      assert.deepEqual(await stories.applyCorrection(split, merged, () => []), { number: 2, moved: [] });
      assert.equal(await stories.countCorrections(), 2);
      assert.deepEqual(await stories.listCorrections(), [
        { kind: 'merge', items: ['a', 'b'] },
        { kind: 'split', items: ['b'] },
      ]);
      const first = await savedArticle(store, 'story-a');
      const second = await savedArticle(store, 'story-a');
      const links = ['https://minato.example/a', 'https://minato.example/b'];
      const other = await again();
      // Two writers add a revision of the same story at once: 1 and 2, never two 1s.
      const revisions = await Promise.all([
        stories.addStoryArticle({ story: 'story:a', articleId: first.id, reason: 'sources', links }),
        other.stories.addStoryArticle({ story: 'story:a', articleId: second.id, reason: 'update', links }),
      ]);
      assert.deepEqual(revisions.map((entry) => entry.revision).sort(), [1, 2]);
      // An article already recorded (a queued build delivered again) answers its revision; no third row.
      const again1 = await stories.addStoryArticle({
        story: 'story:a',
        articleId: first.id,
        reason: 'sources',
        links,
      });
      assert.equal(again1.revision, revisions.find((entry) => entry.articleId === first.id)?.revision);
      assert.deepEqual(
        (await stories.listStoryArticles()).map((entry) => [entry.story, entry.revision, entry.links]),
        [
          ['story:a', 1, links],
          ['story:a', 2, links],
        ],
      );
      await assert.rejects(
        stories.addStoryArticle({ story: 'story:z', articleId: 999_999, reason: 'sources', links }),
        /Failed to store a story article/u,
      );
    });

    it('pages stories by their newest item (the instant, whatever the offset), counts them all, and reads only a page’s items and articles', async () => {
      const { stories, store } = ports;
      const item = (id: string, published: string) => ({
        id,
        outlet: '湊新聞',
        title: `湊市の話題 ${id}`,
        description: '',
        link: `https://minato.example/${id}`,
        published,
      });
      // x's newest item (10:30 in Japan, 01:30Z) is older than y's (02:00Z) though its text sorts later.
      await stories.saveItems([
        item('x1', '2026-05-01T09:00:00+09:00'),
        item('y1', '2026-05-01T01:00:00Z'),
        item('x2', '2026-05-01T10:30:00+09:00'),
        item('y2', '2026-05-01T02:00:00Z'),
        item('z1', '2026-05-01T00:30:00Z'),
      ]);
      await stories.saveAssignments([
        { id: 'x1', story: 'story:x', reason: { decision: 'new' } },
        { id: 'x2', story: 'story:x', reason: { decision: 'joined' } },
        { id: 'y1', story: 'story:y', reason: { decision: 'new' } },
        { id: 'y2', story: 'story:y', reason: { decision: 'joined' } },
        { id: 'z1', story: 'story:z', reason: { decision: 'new' } },
      ]);
      // Assignments come in published order by the instant too (a story's sources in the order they
      // appeared), not by the text of the time.
      assert.deepEqual(
        (await stories.listAssignments()).map((assignment) => assignment.id),
        ['x1', 'z1', 'y1', 'x2', 'y2'],
      );
      assert.deepEqual(await stories.pageStories({ offset: 0, limit: 2 }), {
        stories: ['story:y', 'story:x'],
        total: 3,
      });
      assert.deepEqual(await stories.pageStories({ offset: 2, limit: 2 }), {
        stories: ['story:z'],
        total: 3,
      });
      assert.deepEqual(await stories.pageStories({ offset: 3, limit: 2 }), { stories: [], total: 3 });
      assert.deepEqual(
        (await stories.listStoryEntries(['story:x', 'story:z'])).map(({ item, assignment }) => [
          item.id,
          assignment.story,
          assignment.reason.decision,
        ]),
        // By the instant: x1 is 00:00Z, before z1 (00:30Z).
        [
          ['x1', 'story:x', 'new'],
          ['z1', 'story:z', 'new'],
          ['x2', 'story:x', 'joined'],
        ],
      );
      const article = await savedArticle(store, 'story-x');
      const articleY = await savedArticle(store, 'story-y');
      const links = ['https://minato.example/x1'];
      await stories.addStoryArticle({ story: 'story:x', articleId: article.id, reason: 'sources', links });
      await stories.addStoryArticle({ story: 'story:y', articleId: articleY.id, reason: 'sources', links });
      assert.deepEqual(
        (await stories.listStoryArticles(['story:x', 'story:z'])).map((entry) => entry.story),
        ['story:x'],
      );
      assert.equal((await stories.listStoryArticles()).length, 2);
    });

    it('keeps when each story was checked and each feed is due again, replacing the previous state', async () => {
      const { stories } = ports;
      assert.equal(await stories.storyCheckedAt('story:a'), undefined);
      await stories.markStoryChecked('story:a', new Date('2026-05-01T01:00:00Z'));
      await stories.markStoryChecked('story:a', new Date('2026-05-01T02:00:00Z'));
      assert.equal(await stories.storyCheckedAt('story:a'), '2026-05-01T02:00:00.000Z');
      const url = 'https://minato.example/feed.xml';
      assert.equal(await stories.feedPoll(url), undefined);
      const poll = {
        url,
        intervalMs: 600_000,
        polledAt: '2026-05-01T00:00:00.000Z',
        nextAt: '2026-05-01T00:10:00.000Z',
      };
      await stories.saveFeedPoll(poll);
      await stories.saveFeedPoll({ ...poll, intervalMs: 1_200_000, nextAt: '2026-05-01T00:20:00.000Z' });
      assert.deepEqual(await stories.feedPoll(url), {
        ...poll,
        intervalMs: 1_200_000,
        nextAt: '2026-05-01T00:20:00.000Z',
      });
    });

    it('fences a job: the later lease wins, a stale worker can neither finish nor charge, a result is kept once', async () => {
      const other = await again();
      const stale = await ports.ledger.takeLease(KEY);
      const fresh = await other.ledger.takeLease(KEY);
      assert.deepEqual([stale.lease, fresh.lease], [1, 2]);
      await assert.rejects(ports.ledger.assertCurrent(stale), hasCode('CONFLICT'));
      await other.ledger.assertCurrent(fresh);
      const page = await ports.store.saveSnapshot(fetchedPage());
      const article = { slug: 'job-article', article: sampleArticle(), snapshotIds: [page.id] };
      await assert.rejects(ports.ledger.finish(stale, 'build', { verdict: 'pass' }, article), {
        code: 'CONFLICT',
        message: /lease 1 is stale; lease 2 holds the job now/,
      });
      await assert.rejects(
        ports.ledger.charge(stale, { call: '1:1:frame', model: 'm', inputTokens: 10, outputTokens: 0 }, DAY),
        hasCode('CONFLICT'),
      );
      assert.equal(await ports.ledger.resultOf(KEY), undefined);
      assert.equal((await ports.store.listArticles()).length, 0);
      const done = await other.ledger.finish(fresh, 'build', { verdict: 'pass' }, article);
      assert.equal(done.written, true);
      assert.equal(typeof done.result.articleId, 'number');
      // A rerun of the job (another lease) finds the result and writes nothing: one job, one article.
      const rerun = await ports.ledger.takeLease(KEY);
      const second = await ports.ledger.finish(rerun, 'build', { verdict: 'other' }, article);
      assert.equal(second.written, false);
      assert.deepEqual(second.result, done.result);
      assert.equal((await ports.store.listArticles()).length, 1);
      assert.equal((await ports.store.getArticle(done.result.articleId as number))?.slug, 'job-article');
      assert.deepEqual(await ports.ledger.counts(), { results: { build: 1 }, leases: 1, retakenLeases: 1 });
    });

    it('lets exactly one of two workers racing to finish the same lease write the result', async () => {
      const other = await again();
      const fence = await ports.ledger.takeLease(KEY);
      const page = await ports.store.saveSnapshot(fetchedPage());
      const article = { slug: 'raced', article: sampleArticle(), snapshotIds: [page.id] };
      const both = await Promise.all([
        ports.ledger.finish(fence, 'build', { by: 'one' }, article),
        other.ledger.finish(fence, 'build', { by: 'two' }, article),
      ]);
      assert.deepEqual(both.map((outcome) => outcome.written).sort(), [false, true]);
      assert.deepEqual(both[0]?.result, both[1]?.result);
      assert.equal((await ports.store.listArticles()).length, 1);
    });

    it('charges each call once, holds the day budget across connections, and settles a hold downwards', async () => {
      const other = await again();
      const fence = await ports.ledger.takeLease(KEY);
      const call = { call: '1:1:frame', model: 'm', inputTokens: 300, outputTokens: 0, outcome: 'reserved' };
      const first = await ports.ledger.charge(fence, call, DAY);
      assert.equal(first.charged, true);
      assert.equal(first.usedToday, 300);
      const repeat = await other.ledger.charge(fence, call, DAY);
      assert.equal(repeat.charged, false);
      assert.equal(repeat.callId, first.callId);
      // Four holds of 300 race for the 700 left: two fit, two are refused, whoever asks.
      const racing = await Promise.allSettled(
        [2, 3, 4, 5].map((n, index) =>
          (index % 2 === 0 ? ports : other).ledger.charge(
            fence,
            { call: `1:${n}:S${n}`, model: 'm', inputTokens: 300, outputTokens: 0, outcome: 'reserved' },
            DAY,
          ),
        ),
      );
      assert.equal(racing.filter((outcome) => outcome.status === 'fulfilled').length, 2);
      for (const outcome of racing.filter((entry) => entry.status === 'rejected'))
        assert.ok(hasCode('LLM_BUDGET')((outcome as PromiseRejectedResult).reason));
      assert.equal(await ports.store.modelTokensSince(DAY.since), 900);
      await ports.ledger.settle(first.callId, { outcome: 'ok', inputTokens: 120, outputTokens: 30 });
      assert.equal(await other.store.modelTokensSince(DAY.since), 750);
      await assert.rejects(
        ports.ledger.charge(fence, { ...call, call: 'x', inputTokens: -1 }, DAY),
        hasCode('INVALID_ARGUMENT'),
      );
      await assert.rejects(ports.ledger.takeLease('build:1'), hasCode('INVALID_ARGUMENT'));
    });
  });
}
