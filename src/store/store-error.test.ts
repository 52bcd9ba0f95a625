import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { MatomeError } from '../domain/errors.ts';
import { storeError } from './store-error.ts';

/** The error SQLite raises when `action` runs on the database at `path`. */
function sqliteFailure(action: (path: string) => void): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'matome-store-error-'));
  try {
    action(join(dir, 'store.db'));
  } catch (error) {
    return error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.fail('expected SQLite to fail');
}

describe('storeError', () => {
  it('turns a busy store into a retryable STORE_FAILED that names the file and says why', () => {
    const failure = sqliteFailure((path) => {
      const holder = new DatabaseSync(path);
      holder.exec('CREATE TABLE t (x); BEGIN IMMEDIATE; INSERT INTO t VALUES (1)');
      const writer = new DatabaseSync(path);
      writer.exec('PRAGMA busy_timeout = 0');
      try {
        writer.exec('INSERT INTO t VALUES (2)');
      } finally {
        writer.close();
        holder.close();
      }
    });
    const error = storeError(
      'Failed to save snapshot',
      'https://a.example/ in /data/store.db',
      '/data/store.db',
      failure,
    );
    assert.equal(error.code, 'STORE_FAILED');
    assert.equal(error.retryable, true);
    assert.equal(
      error.message,
      'Failed to save snapshot: https://a.example/ in /data/store.db (database is locked)',
    );
    assert.match(error.hint ?? '', /Another process holds the store/);
    assert.equal(error.cause, failure);
  });

  it('tells the user to check the folder when the file cannot be opened', () => {
    const failure = sqliteFailure((path) => new DatabaseSync(join(path, 'missing', 'x.db')));
    const error = storeError('Failed to open store', '/nowhere/x.db', '/nowhere/x.db', failure);
    assert.equal(error.retryable, false);
    assert.match(error.message, /^Failed to open store: \/nowhere\/x\.db \(unable to open database file\)$/);
    assert.match(error.hint ?? '', /\/nowhere\/x\.db and its folder exist and are writable/);
  });

  it('passes a MatomeError through unchanged', () => {
    const original = new MatomeError('INVALID_ARGUMENT', 'Failed to save article: x (no snapshot 9)');
    assert.equal(storeError('Failed to save article', 'x', '/data/store.db', original), original);
  });
});
