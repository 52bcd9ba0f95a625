import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { isMatomeError } from '../src/domain/errors.ts';
import { PageSchema } from '../src/domain/page.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import { openStoreDatabase } from '../src/store/open-database.ts';
import { snapshotToPage } from '../src/store/snapshot-to-page.ts';
import { sampleArticle } from './support/article-factory.ts';
import { describeStoreContract, fetchedPage } from './support/store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'matome-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newPath = () => join(dir, `store-${++files}.db`);

describeStoreContract('SQLite', (now) => createSqliteStore(newPath(), { now }));

/** Runs `query` on its own connection to the file, as another process would see it. */
function inspect<T>(path: string, query: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}
const count = (db: DatabaseSync, table: string) =>
  Number(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n);

describe('SQLite store', () => {
  let path: string;
  before(() => {
    path = newPath();
  });

  it('has a column for every field of a Page (a new Page field needs a migration here)', async () => {
    const page = fetchedPage();
    assert.deepEqual(Object.keys(page).sort(), Object.keys(PageSchema.shape).sort());
    const store = createSqliteStore(newPath());
    try {
      const read = await store.getSnapshot((await store.saveSnapshot(page)).id);
      assert.deepEqual(read && snapshotToPage(read), page);
    } finally {
      await store.close();
    }
  });

  it('keeps what it saved after it is closed and opened again', async () => {
    const first = createSqliteStore(path);
    const snapshot = await first.saveSnapshot(fetchedPage());
    const article = await first.saveArticle({
      slug: 'minato-rail',
      article: sampleArticle(),
      snapshotIds: [snapshot.id],
    });
    await first.close();
    const second = createSqliteStore(path);
    try {
      assert.deepEqual(await second.getSnapshot(snapshot.id), snapshot);
      assert.deepEqual(await second.getArticle(article.id), article);
    } finally {
      await second.close();
    }
  });

  it('adds a snapshot row for every read but keeps one copy of text that did not change', async () => {
    const file = newPath();
    const counted = createSqliteStore(file);
    const a = await counted.saveSnapshot(fetchedPage({ fetchedAt: '2025-03-11T01:00:00.000Z' }));
    const b = await counted.saveSnapshot(fetchedPage({ fetchedAt: '2025-03-12T01:00:00.000Z' }));
    await counted.close();
    assert.notEqual(a.id, b.id);
    assert.equal(a.contentHash, b.contentHash);
    inspect(file, (db) => {
      assert.equal(count(db, 'snapshots'), 2);
      assert.equal(count(db, 'contents'), 1);
    });
  });

  it('leaves no trace of an article it refused', async () => {
    const file = newPath();
    const store = createSqliteStore(file);
    const one = await store.saveSnapshot(fetchedPage());
    await assert.rejects(
      async () =>
        await store.saveArticle({ slug: 'broken', article: sampleArticle(), snapshotIds: [one.id, 404] }),
    );
    await store.close();
    inspect(file, (db) => {
      assert.equal(count(db, 'articles'), 0);
      assert.equal(count(db, 'article_snapshots'), 0);
    });
  });

  it('upgrades a store written when only snapshots existed, keeping its snapshots usable', async () => {
    const file = newPath();
    // A store at version 1, with a snapshot written the way that version wrote it.
    const old = openStoreDatabase(file, MIGRATIONS.slice(0, 1));
    const hash = `sha256:${'a'.repeat(64)}`;
    old.prepare('INSERT INTO contents (hash, text) VALUES (?, ?)').run(hash, '<p>旧版のページ</p>');
    old
      .prepare(
        `INSERT INTO snapshots (url, input, media_type, encoding, encoding_source, content_hash, status,
          headers, fetched_at, stored_at) VALUES (?, ?, 'text/html', 'utf-8', 'meta', ?, 200, ?, ?, ?)`,
      )
      .run(
        'https://minato.example/old',
        'https://minato.example/old',
        hash,
        JSON.stringify({ etag: '"old"' }),
        '2024-01-01T00:00:00.000Z',
        '2024-01-01T00:00:01.000Z',
      );
    assert.equal(Number(old.prepare('PRAGMA user_version').get()?.user_version), 1);
    old.close();

    const store = createSqliteStore(file);
    try {
      const snapshot = await store.latestSnapshot('https://minato.example/old');
      assert.equal(snapshot?.text, '<p>旧版のページ</p>');
      assert.deepEqual(await store.validatorsFor('https://minato.example/old'), { etag: '"old"' });
      const article = await store.saveArticle({
        slug: 'old',
        article: sampleArticle(),
        snapshotIds: [snapshot?.id ?? -1],
      });
      assert.deepEqual((await store.getArticle(article.id))?.snapshotIds, [snapshot?.id]);
    } finally {
      await store.close();
    }
    inspect(file, (db) =>
      assert.equal(Number(db.prepare('PRAGMA user_version').get()?.user_version), MIGRATIONS.length),
    );
  });

  it('refuses a store from a newer matome with STORE_TOO_NEW naming the file, and leaves it alone', async () => {
    const file = newPath();
    await createSqliteStore(file).close();
    const future = new DatabaseSync(file);
    future.exec(`PRAGMA user_version = ${MIGRATIONS.length + 5}`);
    future.close();
    assert.throws(
      () => createSqliteStore(file),
      (error) =>
        isMatomeError(error) &&
        error.code === 'STORE_TOO_NEW' &&
        error.message ===
          `Failed to open store: ${file} (schema version ${MIGRATIONS.length + 5}; this matome knows up to ${MIGRATIONS.length})`,
    );
    inspect(file, (db) =>
      assert.equal(Number(db.prepare('PRAGMA user_version').get()?.user_version), MIGRATIONS.length + 5),
    );
  });

  it('reads while another connection holds the write lock (WAL)', async () => {
    const file = newPath();
    const store = createSqliteStore(file);
    const kept = await store.saveSnapshot(fetchedPage());
    const other = new DatabaseSync(file);
    other.exec('BEGIN IMMEDIATE');
    other.exec("INSERT INTO contents (hash, text) VALUES ('sha256:pending', 'uncommitted')");
    try {
      assert.equal((await store.getSnapshot(kept.id))?.contentHash, kept.contentHash);
      assert.equal((await store.latestSnapshot(fetchedPage().url))?.id, kept.id);
    } finally {
      other.exec('ROLLBACK');
      other.close();
      await store.close();
    }
  });
});

describe('SQLite store: model answers', () => {
  it('keeps answers by key across reopening, replaces one under the same key, and sums tokens by time', async () => {
    const path = newPath();
    let clock = new Date('2026-11-25T23:00:00Z');
    const store = createSqliteStore(path, { now: () => clock });
    await store.saveModelAnswer('k1', 'ollama:m', { answer: '{"a":1}', inputTokens: 100, outputTokens: 20 });
    clock = new Date('2026-11-26T01:00:00Z');
    await store.saveModelAnswer('k2', 'ollama:m', { answer: '{"b":2}', inputTokens: 50, outputTokens: 5 });
    await store.saveModelAnswer('k2', 'ollama:m', { answer: '{"b":3}', inputTokens: 60, outputTokens: 6 });
    await store.close();
    const again = createSqliteStore(path);
    try {
      assert.deepEqual(await again.getModelAnswer('k1'), {
        answer: '{"a":1}',
        inputTokens: 100,
        outputTokens: 20,
      });
      assert.deepEqual(await again.getModelAnswer('k2'), {
        answer: '{"b":3}',
        inputTokens: 60,
        outputTokens: 6,
      });
      assert.equal(await again.getModelAnswer('missing'), undefined);
    } finally {
      await again.close();
    }
    assert.equal(
      inspect(path, (db) => count(db, 'model_answers')),
      2,
    );
  });

  it('keeps a ledger of every call, failed ones included, and sums its tokens by time across reopening', async () => {
    const path = newPath();
    let clock = new Date('2026-11-25T23:00:00Z');
    const store = createSqliteStore(path, { now: () => clock });
    const call = { model: 'ollama:m', label: 'section S1' };
    await store.recordModelCall({ ...call, outcome: 'ok', inputTokens: 100, outputTokens: 20 });
    clock = new Date('2026-11-26T01:00:00Z');
    await store.recordModelCall({ ...call, outcome: 'cut-off', inputTokens: 50, outputTokens: 4096 });
    await store.recordModelCall({ ...call, outcome: 'unreadable', inputTokens: 60, outputTokens: 6 });
    // A cached answer is not a call: saving one does not add to the ledger.
    await store.saveModelAnswer('k', 'ollama:m', { answer: '{"ok":1}', inputTokens: 999, outputTokens: 999 });
    await store.close();
    const again = createSqliteStore(path);
    try {
      assert.equal(await again.modelTokensSince(new Date('2026-11-26T00:00:00Z')), 50 + 4096 + 60 + 6);
      assert.equal(await again.modelTokensSince(new Date('2026-11-25T00:00:00Z')), 120 + 50 + 4096 + 60 + 6);
      await assert.rejects(
        async () => await again.recordModelCall({ ...call, outcome: 'ok', inputTokens: -5, outputTokens: 1 }),
        (error: unknown) => isMatomeError(error) && error.code === 'STORE_FAILED',
      );
    } finally {
      await again.close();
    }
    assert.equal(
      inspect(path, (db) => count(db, 'model_calls')),
      3,
    );
  });

  it('refuses an answer that is not JSON, leaving the cache as it was', async () => {
    const store = createSqliteStore(newPath());
    try {
      await assert.rejects(
        async () =>
          await store.saveModelAnswer('k', 'm', { answer: 'not json', inputTokens: 1, outputTokens: 1 }),
        (error: unknown) => isMatomeError(error) && error.code === 'STORE_FAILED',
      );
      assert.equal(await store.getModelAnswer('k'), undefined);
    } finally {
      await store.close();
    }
  });
});

describe('SQLite store: review events', () => {
  it('refuses to update or delete a review event: the audit log is append-only', async () => {
    const path = newPath();
    const store = createSqliteStore(path);
    try {
      const page = await store.saveSnapshot(fetchedPage());
      const saved = await store.saveArticle({
        slug: 'audit',
        article: sampleArticle(),
        snapshotIds: [page.id],
      });
      await store.appendReviewEvent(
        {
          articleId: saved.id,
          editor: '佐藤',
          path: 'title',
          action: 'approve',
          before: 't',
          after: 't',
          verdict: 'pass',
          findings: '[]',
        },
        0,
      );
    } finally {
      await store.close();
    }
    const db = new DatabaseSync(path);
    try {
      assert.throws(() => db.exec("UPDATE review_events SET editor = 'x'"), /append-only/);
      assert.throws(() => db.exec('DELETE FROM review_events'), /append-only/);
      assert.equal(Number(db.prepare('SELECT COUNT(*) AS n FROM review_events').get()?.n), 1);
    } finally {
      db.close();
    }
  });
});
