import type { DatabaseSync } from 'node:sqlite';
import { MatomeError } from '../domain/errors.ts';
import { storeError } from './store-error.ts';

/** One step of the schema. The N-th migration of the list brings the database to version N. */
export interface Migration {
  name: string;
  up(db: DatabaseSync): void;
}

function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get();
  return Number(row?.user_version ?? 0);
}

/** The schema version the file holds; a file written by a newer matome is refused (STORE_TOO_NEW). */
function storedVersion(db: DatabaseSync, path: string, known: number): number {
  let version: number;
  try {
    version = userVersion(db);
  } catch (error) {
    throw storeError('Failed to open store', path, path, error);
  }
  if (version > known) throw tooNew(path, version, known);
  return version;
}

function tooNew(path: string, found: number, known: number): MatomeError {
  return new MatomeError(
    'STORE_TOO_NEW',
    `Failed to open store: ${path} (schema version ${found}; this matome knows up to ${known})`,
    {
      hint: 'The store was written by a newer matome. Upgrade matome, or point the store option at another file.',
    },
  );
}

/**
 * Checks, without writing, that the database at `path` holds the schema at the last version of
 * `migrations`: an empty file or an older schema is refused with STORE_FAILED naming the command
 * that creates or upgrades it; a newer one with STORE_TOO_NEW.
 */
export function checkSchema(db: DatabaseSync, path: string, migrations: readonly Migration[]): void {
  const known = migrations.length;
  const version = storedVersion(db, path, known);
  const create = `matome worker --store ${path} (or serve, build or watch with that --store)`;
  if (version === 0)
    throw new MatomeError(
      'STORE_FAILED',
      `Failed to open store: ${path} (no matome schema in this file; this command only reads)`,
      { hint: `Check the path, or create the store first: run ${create} once.` },
    );
  if (version < known)
    throw new MatomeError(
      'STORE_FAILED',
      `Failed to open store: ${path} (schema version ${version}, this matome needs ${known}; this command only reads)`,
      { hint: `Upgrade the store first: run ${create} once, then try again.` },
    );
}

/**
 * Brings the database to the last version in `migrations` and returns it. The version lives in
 * `PRAGMA user_version`, which is part of the database header and so commits or rolls back with the
 * migration: each step runs in its own write transaction, all or nothing. A database newer than the
 * list is refused (STORE_TOO_NEW) and left untouched.
 */
export function migrate(db: DatabaseSync, path: string, migrations: readonly Migration[]): number {
  const known = migrations.length;
  const version = storedVersion(db, path, known);
  for (let target = version + 1; target <= known; target++) {
    const migration = migrations[target - 1] as Migration;
    try {
      // IMMEDIATE takes the write lock first, so two processes opening a new store at once do not
      // both run a step: the second waits (busy_timeout), then sees the new version and skips it.
      db.exec('BEGIN IMMEDIATE');
      const current = userVersion(db);
      if (current > known) throw tooNew(path, current, known);
      if (current < target) {
        migration.up(db);
        // user_version takes no bound parameters; `target` is an integer we counted ourselves.
        db.exec(`PRAGMA user_version = ${target}`);
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw storeError(
        'Failed to upgrade store',
        `${path} to version ${target} "${migration.name}"`,
        path,
        error,
      );
    }
  }
  return userVersion(db);
}
