import { isMatomeError, MatomeError } from '../domain/errors.ts';

// Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
const SQLITE_PERM = 3;
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

function hintFor(primary: number, path: string): { hint: string; retryable: boolean } {
  switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return { hint: 'Another process holds the store; try again when it has finished.', retryable: true };
    case SQLITE_FULL:
      return { hint: `Free disk space for ${path}, then try again.`, retryable: false };
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return {
        hint: `Check that ${path} and its folder exist and are writable, or choose another store file.`,
        retryable: false,
      };
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return {
        hint: `${path} is not a matome store or is damaged; point the store option at another file.`,
        retryable: false,
      };
    case SQLITE_IOERR:
      return {
        hint: `The disk under ${path} failed a read or write; check it and try again.`,
        retryable: true,
      };
    default:
      return {
        hint: 'This may be a bug in matome; please report it with the message above.',
        retryable: false,
      };
  }
}

/**
 * Wraps a failure of SQLite (or of the file under it) as a STORE_FAILED MatomeError:
 * `<what>: <subject> (<SQLite's words>)`, with a hint for the usual causes. MatomeErrors pass through.
 */
export function storeError(what: string, subject: string, path: string, error: unknown): MatomeError {
  if (isMatomeError(error)) return error;
  const sqlite = error as { errcode?: unknown; errstr?: unknown; message?: unknown };
  const primary = typeof sqlite.errcode === 'number' ? sqlite.errcode & 0xff : -1;
  const detail =
    typeof sqlite.errstr === 'string' &&
    typeof sqlite.message === 'string' &&
    sqlite.message !== sqlite.errstr
      ? `${sqlite.errstr}: ${sqlite.message}`
      : String(sqlite.message ?? error);
  return new MatomeError('STORE_FAILED', `${what}: ${subject} (${detail})`, {
    ...hintFor(primary, path),
    cause: error,
  });
}
