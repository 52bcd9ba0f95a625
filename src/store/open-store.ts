import { existsSync } from 'node:fs';
import { createJobLedger } from './create-job-ledger.ts';
import { createSqliteStore } from './create-sqlite-store.ts';
import { createStoryStore, type StoryStore } from './create-story-store.ts';
import type { JobLedger } from './job-ledger.ts';
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

/** Opens the Store at `spec` (SQLite file or PostgreSQL URL), creating its schema when missing. */
export async function openStore(spec: StoreSpec, options: { now?: () => Date } = {}): Promise<Store> {
  if (!isPostgresStore(spec)) return createSqliteStore(spec, options);
  const { createPostgresStore } = await import('./create-postgres-store.ts');
  return createPostgresStore(spec, options);
}

/** Opens the story tables of the store at `spec`. */
export async function openStoryStore(
  spec: StoreSpec,
  options: { now?: () => Date } = {},
): Promise<StoryStore> {
  if (!isPostgresStore(spec)) return createStoryStore(spec, options);
  const { createPostgresStoryStore } = await import('./create-postgres-story-store.ts');
  return createPostgresStoryStore(spec, options);
}

/** Opens the job ledger of the store at `spec`. */
export async function openJobLedger(spec: StoreSpec, options: { now?: () => Date } = {}): Promise<JobLedger> {
  if (!isPostgresStore(spec)) return createJobLedger(spec, options);
  const { createPostgresJobLedger } = await import('./create-postgres-job-ledger.ts');
  return createPostgresJobLedger(spec, options);
}
