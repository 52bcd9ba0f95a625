import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { checkSchema, type Migration, migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations.ts';
import { storeError } from './store-error.ts';

/** How long a connection waits for another process's write lock before giving up (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Runs `action` again while SQLite answers SQLITE_BUSY ("database is locked") where its busy handler
 * does not wait, for up to BUSY_TIMEOUT_MS; then the last error is thrown.
 */
function whileBusy(action: () => void): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      action();
      return;
    } catch (error) {
      // SQLITE_BUSY, or one of its extended codes (SQLITE_BUSY_RECOVERY …): the low byte is 5.
      const busy = (((error as { errcode?: number }).errcode ?? 0) & 0xff) === 5;
      if (!busy || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}

/**
 * Opens (creating when missing) the SQLite file at `path`, sets the connection up for durable
 * writes and brings its schema up to date. With `migrate: false` (read-only commands) the file is
 * opened read-only and must already hold the current schema (checkSchema). Throws STORE_FAILED or
 * STORE_TOO_NEW naming the file.
 */
export function openStoreDatabase(
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  options: { migrate?: boolean } = {},
): DatabaseSync {
  let db: DatabaseSync | undefined;
  if (options.migrate === false) {
    try {
      db = new DatabaseSync(path, { readOnly: true });
      db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    } catch (error) {
      db?.close();
      throw storeError('Failed to open store', path, path, error);
    }
    try {
      checkSchema(db, path, migrations);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new DatabaseSync(path);
    // busy_timeout first: switching to WAL needs a lock another process may hold for a moment.
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL: readers never block the writer, and a commit is one append to the log. Set only when the
    // file is not in WAL already: the switch takes a lock SQLite may refuse at once (SQLITE_BUSY
    // without waiting) while another process recovers the log of a writer that was killed.
    const database = db;
    whileBusy(() => {
      if (String(database.prepare('PRAGMA journal_mode').get()?.journal_mode) !== 'wal')
        database.exec('PRAGMA journal_mode = WAL');
    });
    // FULL: in WAL mode the log is synced at every commit, so a returned write survives a power
    // cut, not only a crash of the process (NORMAL may lose the last commits on power loss).
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
  } catch (error) {
    db?.close();
    throw storeError('Failed to open store', path, path, error);
  }
  try {
    migrate(db, path, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
