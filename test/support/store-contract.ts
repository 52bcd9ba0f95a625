// The contract every Store meets, run against each implementation (SQLite and PostgreSQL): pages round-trip
// through snapshots, history is kept, hashes are right, articles remember their snapshots, changed
// sources are found, and conditional-GET validators come from the newest snapshot.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMatomeError } from '../../src/domain/errors.ts';
import type { Page } from '../../src/domain/page.ts';
import { snapshotToPage } from '../../src/store/snapshot-to-page.ts';
import type { Store } from '../../src/store/store.ts';
import { sampleArticle } from './article-factory.ts';

/** A fetched page of invented news; `overrides` replace fields. */
export function fetchedPage(overrides: Partial<Page> = {}): Page {
  return {
    url: 'https://minato.example/news/2025/03/rail',
    input: 'https://minato.example/news/2025/03/rail',
    mediaType: 'text/html',
    encoding: 'shift_jis',
    encodingSource: 'transport',
    text: '<!doctype html><title>みなと鉄道、存続へ</title><p>みなと市は11日、鉄道の存続計画を発表した。</p>',
    status: 200,
    headers: {
      'content-type': 'text/html; charset=Shift_JIS',
      etag: '"v1-abc"',
      'last-modified': 'Tue, 11 Mar 2025 00:30:00 GMT',
    },
    fetchedAt: '2025-03-11T01:00:00.000Z',
    ...overrides,
  };
}

const sha256 = (text: string) =>
  `sha256:${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')}`;

const hasCode = (code: string) => (error: unknown) => isMatomeError(error) && error.code === code;

/**
 * Registers the store contract tests. `openStore(now)` opens a fresh, empty store whose clock is
 * `now`; the suite closes it after each test.
 */
export function describeStoreContract(
  name: string,
  openStore: (now: () => Date) => Store | Promise<Store>,
  options: { skip?: string | false } = {},
) {
  describe(`Store contract: ${name}`, { skip: options.skip ?? false }, () => {
    let store: Store;
    let clock: number;
    beforeEach(async () => {
      clock = Date.parse('2025-03-11T02:00:00.000Z');
      // Each call is a minute later, so stored times show the order of writes.
      store = await openStore(() => {
        clock += 60_000;
        return new Date(clock);
      });
    });
    afterEach(() => store.close());

    it('gives back the same Page it was given, through the returned and the re-read snapshot', async () => {
      const page = fetchedPage();
      const saved = await store.saveSnapshot(page);
      assert.deepEqual(snapshotToPage(saved), page);
      const read = await store.getSnapshot(saved.id);
      assert.deepEqual(read, saved);
      assert.deepEqual(snapshotToPage(read as NonNullable<typeof read>), page);
    });

    it('keeps a local file page without status, headers or fetch time as such', async () => {
      const page: Page = {
        url: 'file:///home/hanako/news/rail.md',
        input: 'news/rail.md',
        mediaType: 'text/markdown',
        encoding: 'utf-8',
        encodingSource: 'default',
        text: '# みなと鉄道\n\n存続計画が発表された。\n',
      };
      const saved = await store.saveSnapshot(page);
      const read = await store.getSnapshot(saved.id);
      assert.deepEqual(snapshotToPage(read as NonNullable<typeof read>), page);
      assert.equal(read?.fetchedAt, undefined);
      assert.equal(read?.storedAt, '2025-03-11T02:01:00.000Z');
    });

    it('hashes the UTF-8 bytes of the decoded text as sha256:<hex>', async () => {
      const ascii = await store.saveSnapshot(fetchedPage({ text: 'abc' }));
      // FIPS 180-2 test vector for "abc".
      assert.equal(
        ascii.contentHash,
        'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      );
      const japanese = fetchedPage().text;
      const saved = await store.saveSnapshot(fetchedPage());
      assert.equal(saved.contentHash, sha256(japanese));
      assert.equal((await store.getSnapshot(saved.id))?.contentHash, sha256(japanese));
    });

    it('keeps every read of a URL, newest first, so an earlier version can still be read', async () => {
      const first = await store.saveSnapshot(fetchedPage({ text: '<p>第一版</p>' }));
      const second = await store.saveSnapshot(fetchedPage({ text: '<p>第二版:訂正あり</p>' }));
      const third = await store.saveSnapshot(fetchedPage({ text: '<p>第一版</p>' }));
      const history = await store.listSnapshots(fetchedPage().url);
      assert.deepEqual(
        history.map((entry) => [entry.id, entry.contentHash]),
        [
          [third.id, sha256('<p>第一版</p>')],
          [second.id, sha256('<p>第二版:訂正あり</p>')],
          [first.id, sha256('<p>第一版</p>')],
        ],
      );
      assert.ok(first.id < second.id && second.id < third.id);
      assert.equal((await store.latestSnapshot(fetchedPage().url))?.id, third.id);
      assert.equal((await store.getSnapshot(second.id))?.text, '<p>第二版:訂正あり</p>');
      assert.equal((await store.getSnapshot(first.id))?.text, '<p>第一版</p>');
    });

    it('finds a redirected page under the address typed and under the URL it ended at', async () => {
      const saved = await store.saveSnapshot(
        fetchedPage({ input: 'https://minato.example/r/123', url: 'https://minato.example/news/123' }),
      );
      assert.equal((await store.latestSnapshot('https://minato.example/r/123'))?.id, saved.id);
      assert.equal((await store.latestSnapshot('https://minato.example/news/123'))?.id, saved.id);
      assert.equal(await store.latestSnapshot('https://minato.example/news/999'), undefined);
      assert.deepEqual(await store.listSnapshots('https://minato.example/news/999'), []);
    });

    it('answers undefined for a snapshot or article that does not exist', async () => {
      assert.equal(await store.getSnapshot(4242), undefined);
      assert.equal(await store.getArticle(4242), undefined);
    });

    it('offers the ETag and Last-Modified of the newest snapshot for a conditional GET', async () => {
      const url = fetchedPage().url;
      assert.equal(await store.validatorsFor(url), undefined);
      await store.saveSnapshot(fetchedPage());
      assert.deepEqual(await store.validatorsFor(url), {
        etag: '"v1-abc"',
        lastModified: 'Tue, 11 Mar 2025 00:30:00 GMT',
      });
      await store.saveSnapshot(fetchedPage({ text: '<p>改訂</p>', headers: { etag: 'W/"v2"' } }));
      assert.deepEqual(await store.validatorsFor(url), { etag: 'W/"v2"' });
      // The newest read had no validators: offering older ones would vouch for content we do not hold.
      await store.saveSnapshot(
        fetchedPage({ text: '<p>再改訂</p>', headers: { 'content-type': 'text/html' } }),
      );
      assert.equal(await store.validatorsFor(url), undefined);
    });

    it('stores an article with the snapshots it was built from, in source order', async () => {
      const one = await store.saveSnapshot(
        fetchedPage({ url: 'https://keizai.example/s1', input: 'https://keizai.example/s1' }),
      );
      const two = await store.saveSnapshot(
        fetchedPage({ url: 'https://keizai.example/s2', input: 'https://keizai.example/s2' }),
      );
      const article = sampleArticle();
      const saved = await store.saveArticle({ slug: 'minato-rail', article, snapshotIds: [two.id, one.id] });
      assert.deepEqual(saved.snapshotIds, [two.id, one.id]);
      assert.equal(saved.createdAt, '2025-03-11T02:03:00.000Z');
      const read = await store.getArticle(saved.id);
      assert.deepEqual(read, saved);
      assert.deepEqual(read?.article, article);
    });

    it('records an article saved pending as incomplete until its outputs are marked written', async () => {
      const one = await store.saveSnapshot(fetchedPage());
      const saved = await store.saveArticle({
        slug: 'pending',
        article: sampleArticle(),
        snapshotIds: [one.id],
        pending: true,
      });
      assert.equal(saved.writtenAt, undefined);
      assert.equal((await store.getArticle(saved.id))?.writtenAt, undefined);
      await store.markArticleWritten(saved.id);
      assert.equal((await store.getArticle(saved.id))?.writtenAt, '2025-03-11T02:03:00.000Z');
      // Saved without pending, an article is written as it is saved.
      const direct = await store.saveArticle({
        slug: 'direct',
        article: sampleArticle(),
        snapshotIds: [one.id],
      });
      assert.equal((await store.getArticle(direct.id))?.writtenAt, direct.createdAt);
      await assert.rejects(async () => await store.markArticleWritten(4242), hasCode('INVALID_ARGUMENT'));
    });

    it('refuses an article that names a snapshot it does not hold', async () => {
      const one = await store.saveSnapshot(fetchedPage());
      await assert.rejects(
        async () =>
          await store.saveArticle({ slug: 'broken', article: sampleArticle(), snapshotIds: [one.id, 9999] }),
        (error) => hasCode('INVALID_ARGUMENT')(error) && (error as Error).message.includes('9999'),
      );
      const next = await store.saveArticle({ slug: 'ok', article: sampleArticle(), snapshotIds: [one.id] });
      assert.deepEqual((await store.getArticle(next.id))?.snapshotIds, [one.id]);
    });

    it('reports no changed source while every source is as the article saw it', async () => {
      const one = await store.saveSnapshot(fetchedPage({ url: 'https://keizai.example/s1' }));
      const saved = await store.saveArticle({ slug: 'a', article: sampleArticle(), snapshotIds: [one.id] });
      // Re-reading the same content adds a snapshot but changes nothing.
      await store.saveSnapshot(fetchedPage({ url: 'https://keizai.example/s1' }));
      assert.deepEqual(await store.changedSources(saved.id), []);
    });

    it('finds a source whose newest snapshot differs from the one the article used', async () => {
      const one = await store.saveSnapshot(
        fetchedPage({ url: 'https://keizai.example/s1', text: '<p>初報</p>' }),
      );
      const two = await store.saveSnapshot(
        fetchedPage({ url: 'https://keizai.example/s2', text: '<p>続報</p>' }),
      );
      const saved = await store.saveArticle({
        slug: 'a',
        article: sampleArticle(),
        snapshotIds: [one.id, two.id],
      });
      const corrected = await store.saveSnapshot(
        fetchedPage({ url: 'https://keizai.example/s2', text: '<p>続報(訂正)</p>' }),
      );
      assert.deepEqual(await store.changedSources(saved.id), [
        {
          position: 1,
          url: 'https://keizai.example/s2',
          snapshotId: two.id,
          recordedHash: sha256('<p>続報</p>'),
          currentHash: sha256('<p>続報(訂正)</p>'),
          latestSnapshotId: corrected.id,
        },
      ]);
    });

    it('compares with hashes the caller just computed when it gives them', async () => {
      const one = await store.saveSnapshot(
        fetchedPage({ url: 'https://keizai.example/s1', text: '<p>初報</p>' }),
      );
      const two = await store.saveSnapshot(
        fetchedPage({ url: 'https://keizai.example/s2', text: '<p>続報</p>' }),
      );
      const saved = await store.saveArticle({
        slug: 'a',
        article: sampleArticle(),
        snapshotIds: [one.id, two.id],
      });
      const now = new Map([
        ['https://keizai.example/s1', sha256('<p>初報(更新)</p>')],
        ['https://keizai.example/s2', sha256('<p>続報</p>')],
      ]);
      assert.deepEqual(await store.changedSources(saved.id, now), [
        {
          position: 0,
          url: 'https://keizai.example/s1',
          snapshotId: one.id,
          recordedHash: sha256('<p>初報</p>'),
          currentHash: sha256('<p>初報(更新)</p>'),
        },
      ]);
    });

    it('refuses to compare the sources of an article it does not hold', async () => {
      await assert.rejects(async () => await store.changedSources(777), hasCode('INVALID_ARGUMENT'));
    });

    it('lists stored articles newest first with their titles', async () => {
      const page = await store.saveSnapshot(fetchedPage());
      const first = await store.saveArticle({
        slug: 'first',
        article: sampleArticle(),
        snapshotIds: [page.id],
      });
      const second = await store.saveArticle({
        slug: 'second',
        article: sampleArticle(),
        snapshotIds: [page.id],
      });
      const listed = await store.listArticles();
      assert.deepEqual(
        listed.map((item) => [item.id, item.slug, item.title]),
        [
          [second.id, 'second', sampleArticle().title.text],
          [first.id, 'first', sampleArticle().title.text],
        ],
      );
      assert.equal((await store.listArticles(1)).length, 1);
    });

    it('appends review events per claim revision and refuses a stale revision with CONFLICT', async () => {
      const page = await store.saveSnapshot(fetchedPage());
      const saved = await store.saveArticle({
        slug: 'rev',
        article: sampleArticle(),
        snapshotIds: [page.id],
      });
      const event = {
        articleId: saved.id,
        editor: '佐藤',
        path: 'title',
        action: 'approve' as const,
        before: 'a',
        after: 'a',
        verdict: 'pass' as const,
        findings: '[]',
      };
      const one = await store.appendReviewEvent(event, 0);
      assert.equal(one.revision, 1);
      const other = await store.appendReviewEvent({ ...event, path: 'leadPoints[0]' }, 0);
      assert.equal(other.revision, 1, 'revisions count per claim');
      await assert.rejects(
        async () => await store.appendReviewEvent({ ...event, editor: '鈴木' }, 0),
        hasCode('CONFLICT'),
      );
      const two = await store.appendReviewEvent({ ...event, action: 'reject', reason: '根拠なし' }, 1);
      assert.equal(two.revision, 2);
      const events = await store.listReviewEvents(saved.id);
      assert.deepEqual(
        events.map((item) => [item.path, item.revision, item.editor, item.action, item.reason]),
        [
          ['title', 1, '佐藤', 'approve', undefined],
          ['leadPoints[0]', 1, '佐藤', 'approve', undefined],
          ['title', 2, '佐藤', 'reject', '根拠なし'],
        ],
      );
      assert.ok(events.every((item) => !Number.isNaN(Date.parse(item.at))));
      await assert.rejects(
        async () => await store.appendReviewEvent({ ...event, articleId: 999 }, 0),
        hasCode('NOT_FOUND'),
      );
    });

    it('fails with STORE_FAILED after close, and closing twice is harmless', async () => {
      const saved = await store.saveSnapshot(fetchedPage());
      await store.close();
      await store.close();
      await assert.rejects(async () => await store.getSnapshot(saved.id), hasCode('STORE_FAILED'));
      await assert.rejects(async () => await store.saveSnapshot(fetchedPage()), hasCode('STORE_FAILED'));
    });
  });
}
