import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isPostgresStore, openStore, storeExists, storeSpecFrom } from './open-store.ts';

describe('openStore and the store option', () => {
  it('takes --store first, then MATOME_STORE, then the default file', () => {
    const env = { MATOME_STORE: 'postgres://matome@db.example/news' };
    assert.equal(storeSpecFrom('given.db', env, '.matome/store.db'), 'given.db');
    assert.equal(storeSpecFrom(undefined, env, '.matome/store.db'), 'postgres://matome@db.example/news');
    assert.equal(storeSpecFrom(undefined, { MATOME_STORE: '' }, '.matome/store.db'), '.matome/store.db');
    assert.equal(storeSpecFrom(undefined, {}, '.matome/store.db'), '.matome/store.db');
  });

  it('reads postgres:// and postgresql:// URLs as PostgreSQL, anything else as a SQLite file', () => {
    assert.equal(isPostgresStore('postgres://u:p@h:5432/d'), true);
    assert.equal(isPostgresStore('POSTGRESQL://h/d'), true);
    assert.equal(isPostgresStore('desk.db'), false);
    assert.equal(isPostgresStore('./postgres://x'), false);
  });

  it('opens a SQLite file store, which then exists, and says a PostgreSQL URL exists without connecting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matome-open-store-'));
    try {
      const path = join(dir, 'store.db');
      assert.equal(storeExists(path), false);
      const store = await openStore(path);
      assert.deepEqual(await store.listArticles(), []);
      await store.close();
      assert.equal(storeExists(path), true);
      assert.equal(storeExists('postgres://matome@127.0.0.1:1/none'), true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
