import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { isMatomeError } from '../domain/errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { openStoreDatabase } from './open-database.ts';

const pragma = (db: DatabaseSync, name: string) => Object.values(db.prepare(`PRAGMA ${name}`).get() ?? {})[0];

describe('openStoreDatabase', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'matome-open-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('sets the connection up for durable writes: WAL, synchronous FULL, a busy timeout, foreign keys', () => {
    const db = openStoreDatabase(join(dir, 'pragmas.db'));
    try {
      assert.equal(pragma(db, 'journal_mode'), 'wal');
      assert.equal(pragma(db, 'synchronous'), 2); // 2 = FULL
      assert.equal(pragma(db, 'busy_timeout'), 5000);
      assert.equal(pragma(db, 'foreign_keys'), 1);
      assert.equal(pragma(db, 'user_version'), MIGRATIONS.length);
    } finally {
      db.close();
    }
  });

  it('creates the folders of a store path that does not exist yet', () => {
    const path = join(dir, 'nested', 'deeper', 'store.db');
    openStoreDatabase(path).close();
    assert.ok(existsSync(path));
  });

  it('refuses a file that is not a database, naming it, and leaves it unchanged', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'これはデータベースではありません。\n'.repeat(20));
    assert.throws(
      () => openStoreDatabase(path),
      (error) =>
        isMatomeError(error) &&
        error.code === 'STORE_FAILED' &&
        error.message.startsWith(`Failed to open store: ${path} (`) &&
        error.message.includes('not a database') &&
        (error.hint ?? '').includes('not a matome store'),
    );
    assert.equal(readFileSync(path, 'utf8'), 'これはデータベースではありません。\n'.repeat(20));
  });

  it('refuses a store written by a newer matome with STORE_TOO_NEW naming the file', () => {
    const path = join(dir, 'future.db');
    const future = new DatabaseSync(path);
    future.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
    future.close();
    assert.throws(
      () => openStoreDatabase(path),
      (error) => isMatomeError(error) && error.code === 'STORE_TOO_NEW' && error.message.includes(path),
    );
  });
});
