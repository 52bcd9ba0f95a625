import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMatomeError } from '../domain/errors.ts';
import { type Migration, migrate } from './migrate.ts';

const steps: Migration[] = [
  { name: 'notes', up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)') },
  { name: 'note titles', up: (db) => db.exec("ALTER TABLE notes ADD COLUMN title TEXT NOT NULL DEFAULT ''") },
  { name: 'tags', up: (db) => db.exec('CREATE TABLE tags (note_id INTEGER, tag TEXT)') },
];

const version = (db: DatabaseSync) => Number(db.prepare('PRAGMA user_version').get()?.user_version);
const tables = (db: DatabaseSync) =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);

describe('migrate', () => {
  let dir: string;
  let path: string;
  let db: DatabaseSync;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'matome-migrate-'));
    path = join(dir, 'test.db');
    db = new DatabaseSync(path);
  });
  afterEach(() => {
    if (db.isOpen) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every step on a new database and records the last version', () => {
    assert.equal(migrate(db, path, steps), 3);
    assert.equal(version(db), 3);
    assert.deepEqual(tables(db), ['notes', 'tags']);
    db.prepare('INSERT INTO notes (body, title) VALUES (?, ?)').run('本文', '題');
  });

  it('runs only the steps an older database has not run, keeping its rows', () => {
    migrate(db, path, steps.slice(0, 1));
    db.prepare('INSERT INTO notes (body) VALUES (?)').run('古いメモ');
    assert.equal(migrate(db, path, steps), 3);
    assert.deepEqual(
      db
        .prepare('SELECT body, title FROM notes')
        .all()
        .map((row) => ({ ...row })),
      [{ body: '古いメモ', title: '' }],
    );
  });

  it('does nothing when the database is already current', () => {
    migrate(db, path, steps);
    assert.equal(migrate(db, path, steps), 3);
    assert.deepEqual(tables(db), ['notes', 'tags']);
  });

  it('rolls a failing step back whole and keeps the version before it', () => {
    const broken: Migration = {
      name: 'half done',
      up: (db) => {
        db.exec('CREATE TABLE half (id INTEGER)');
        db.exec('CREATE TABLE notes (id INTEGER)'); // already exists: fails after the first statement
      },
    };
    assert.throws(
      () => migrate(db, path, [...steps.slice(0, 1), broken]),
      (error) =>
        isMatomeError(error) &&
        error.code === 'STORE_FAILED' &&
        error.message.includes(path) &&
        error.message.includes('version 2 "half done"') &&
        error.message.includes('already exists'),
    );
    assert.equal(version(db), 1);
    assert.deepEqual(tables(db), ['notes']);
    assert.equal(db.isTransaction, false);
  });

  it('refuses a database newer than the steps it knows, naming the file and leaving it as it was', () => {
    migrate(db, path, steps);
    assert.throws(
      () => migrate(db, path, steps.slice(0, 2)),
      (error) =>
        isMatomeError(error) &&
        error.code === 'STORE_TOO_NEW' &&
        error.message === `Failed to open store: ${path} (schema version 3; this matome knows up to 2)` &&
        /Upgrade matome/.test(error.hint ?? ''),
    );
    assert.equal(version(db), 3);
    assert.deepEqual(tables(db), ['notes', 'tags']);
  });
});
