import { existsSync } from 'node:fs';
import { MatomeError } from '../domain/errors.ts';
import { createJobLedger } from './create-job-ledger.ts';
import { createSqliteStore } from './create-sqlite-store.ts';
import { createStoryStore, type StoryStore } from './create-story-store.ts';
import type { JobLedger } from './job-ledger.ts';
import type { PostgresDatabase } from './postgres-database.ts';
import type { Store } from './store.ts';

/**
 * Where the store is: a SQLite file path, or a PostgreSQL URL (postgres://user:password@host:port/db).
 * The PostgreSQL modules (and the pg client) are loaded only when a URL is given.
 */
export type StoreSpec = string;

/** True for postgres:// and postgresql:// URLs. */
export function isPostgresStore(spec: StoreSpec): boolean {
  return /^postgres(ql)?:\/\//iu.test(spec);
}

/**
 * The store named by `--store`, else MATOME_STORE, else `fallback` (the CLI's default file): one
 * rule for every command that opens the store.
 */
export function storeSpecFrom(
  given: unknown,
  env: Readonly<Record<string, string | undefined>>,
  fallback: string,
): StoreSpec {
  if (typeof given === 'string') return given;
  const fromEnv = env.MATOME_STORE;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : fallback;
}

/** True when opening the store would read an existing one: a PostgreSQL URL, or a file that exists. */
export function storeExists(spec: StoreSpec): boolean {
  return isPostgresStore(spec) || existsSync(spec);
}

/**
 * The ports of one store, opened as they are asked for. On PostgreSQL every port of one StorePorts
 * shares one connection pool (a command opens one StorePorts: one pool per process); each port's
 * close() gives its share back, and the pool ends with the last. On SQLite each port has its own
 * connection to the file, as before. `migrate: false` (read-only commands): nothing is created or
 * upgraded; a store without the current schema is refused with an error naming the command that
 * creates it.
 */
export interface StorePorts {
  store(): Promise<Store>;
  stories(): Promise<StoryStore>;
  ledger(): Promise<JobLedger>;
}

/** Opens the ports of the store at `spec` (SQLite file or PostgreSQL URL) on demand. */
export function openStorePorts(
  spec: StoreSpec,
  options: { now?: () => Date; migrate?: boolean } = {},
): StorePorts {
  const portOptions = options.now === undefined ? {} : { now: options.now };
  if (!isPostgresStore(spec)) {
    const migrate = options.migrate ?? true;
    const readOnly = () =>
      new MatomeError('INVALID_ARGUMENT', `Failed to open store: ${spec} (opened read-only)`, {
        hint: 'This is a bug in matome; please report it with the command used.',
      });
    return {
      store: async () => {
        if (!migrate) throw readOnly();
        return createSqliteStore(spec, portOptions);
      },
      stories: async () => {
        if (!migrate) throw readOnly();
        return createStoryStore(spec, portOptions);
      },
      ledger: async () => createJobLedger(spec, { ...portOptions, migrate }),
    };
  }
  let opening: Promise<PostgresDatabase> | undefined;
  // The first port gets the pool's first handle; later ones a share of it, or a new pool when every
  // earlier port has been closed.
  const handle = async (): Promise<PostgresDatabase> => {
    const current = opening === undefined ? undefined : await opening.catch(() => undefined);
    if (current?.open) return current.share();
    const { openPostgresDatabase } = await import('./postgres-database.ts');
    opening = openPostgresDatabase(spec, { migrate: options.migrate ?? true });
    return opening;
  };
  return {
    async store() {
      const { postgresStore } = await import('./create-postgres-store.ts');
      return postgresStore(await handle(), portOptions);
    },
    async stories() {
      const { postgresStoryStore } = await import('./create-postgres-story-store.ts');
      return postgresStoryStore(await handle(), portOptions);
    },
    async ledger() {
      const { postgresJobLedger } = await import('./create-postgres-job-ledger.ts');
      return postgresJobLedger(await handle(), portOptions);
    },
  };
}

/** Opens the Store at `spec` (SQLite file or PostgreSQL URL), creating its schema when missing. */
export function openStore(spec: StoreSpec, options: { now?: () => Date } = {}): Promise<Store> {
  return openStorePorts(spec, options).store();
}

/** Opens the story tables of the store at `spec`. */
export function openStoryStore(spec: StoreSpec, options: { now?: () => Date } = {}): Promise<StoryStore> {
  return openStorePorts(spec, options).stories();
}

/** Opens the job ledger of the store at `spec`. */
export function openJobLedger(spec: StoreSpec, options: { now?: () => Date } = {}): Promise<JobLedger> {
  return openStorePorts(spec, options).ledger();
}
