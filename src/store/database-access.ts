import type { DatabaseSync } from 'node:sqlite';
import { MatomeError } from '../domain/errors.ts';
import { storeError } from './store-error.ts';

/** How a store's methods reach its SQLite connection: failures named, writes in one transaction. */
export interface DatabaseAccess {
  /** Runs `action` with the database, mapping SQLite failures to STORE_FAILED (`what: subject in path`). */
  use<T>(what: string, subject: string, action: () => T): T;
  /** Runs `action` in a write transaction; the result is returned only after COMMIT. */
  write<T>(action: () => T): T;
  /** True until close(): later calls fail with a clear error. */
  readonly open: boolean;
  /** Closes the connection; closing twice is harmless. */
  close(): void;
}

/** One connection's access rules, shared by the store and the job ledger (`label` names it in errors). */
export function databaseAccess(db: DatabaseSync, path: string, label: string): DatabaseAccess {
  let open = true;
  return {
    get open() {
      return open;
    },
    use(what, subject, action) {
      if (!open) {
        throw new MatomeError('STORE_FAILED', `${what}: ${subject} (${label} ${path} is closed)`, {
          hint: 'This is a bug in matome; please report it with the command used.',
        });
      }
      try {
        return action();
      } catch (error) {
        throw storeError(what, `${subject} in ${path}`, path, error);
      }
    },
    write(action) {
      // IMMEDIATE takes the write lock up front, so a busy store fails (or waits) here, not mid-way.
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = action();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.isTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    close() {
      if (!open) return;
      open = false;
      try {
        db.close();
      } catch (error) {
        throw storeError(`Failed to close ${label}`, path, path, error);
      }
    },
  };
}
