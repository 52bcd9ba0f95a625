import pg from 'pg';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import { checkMigrationsMatch, POSTGRES_MIGRATIONS, type PostgresMigration } from './postgres-migrations.ts';

/** A query runner: the pool, or one client inside a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

/** How a PostgreSQL store's methods reach the server: failures named, writes in one transaction. */
export interface PostgresDatabase {
  /** The store as it is named in messages: the URL without its password. */
  readonly name: string;
  /** Runs `action` on the pool, mapping failures to STORE_FAILED (`what: subject in name`). */
  use<T>(what: string, subject: string, action: (db: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `action` in one transaction on one connection (READ COMMITTED; rows the action must see
   * unchanged are locked with SELECT … FOR UPDATE or an advisory lock); the result is returned only
   * after COMMIT. Failures are mapped as in `use`.
   */
  write<T>(what: string, subject: string, action: (db: Queryable) => Promise<T>): Promise<T>;
  /**
   * Another handle on the same pool, for another port of the same store (one pool per process): the
   * pool ends when every handle has been closed. Throws when this handle is closed.
   */
  share(): PostgresDatabase;
  /** False once this handle is closed. */
  readonly open: boolean;
  /** Closes this handle (the pool once no handle is left); closing twice is harmless; later calls fail with a clear error. */
  close(): Promise<void>;
}

// Advisory lock keys (pg_advisory_xact_lock): one namespace per purpose, so purposes never wait on each other.
export const LOCK_MIGRATE = 0x6d61_7401; // 'mat' + 1
export const LOCK_TOKEN_BUDGET = 0x6d61_7402;

/** The URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

interface PgFailure {
  code?: unknown;
  message?: unknown;
}

function hintFor(code: string, name: string): { hint: string; retryable: boolean } {
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code.startsWith('08'))
    return {
      hint: `Start PostgreSQL where ${name} points (or fix the host and port in --store), then try again.`,
      retryable: true,
    };
  if (code.startsWith('28')) return { hint: `Check the user and password in ${name}.`, retryable: false };
  if (code === '3D000')
    return {
      hint: `Create the database first (createdb NAME), or name an existing one in ${name}.`,
      retryable: false,
    };
  if (code === '40001' || code === '40P01' || code === '57P01' || code.startsWith('53'))
    return { hint: 'The server was busy or restarting; try again.', retryable: true };
  if (code === '55P03')
    return {
      hint: `Another session held a lock this write needs for all that time: look for it in pg_stat_activity, or raise lock_timeout in ${name}; then try again.`,
      retryable: true,
    };
  if (code === '25P03')
    return {
      hint: `The process stalled (a long pause, a stopped process, a lost network) in the middle of a transaction. Trying again is safe; a job taken over meanwhile refuses this worker's writes. Raise idle_in_transaction_session_timeout in ${name} if pauses that long are expected.`,
      retryable: true,
    };
  if (code === '57014')
    return {
      hint: `A statement ran longer than statement_timeout in ${name} (or was cancelled); try again, or raise statement_timeout.`,
      retryable: true,
    };
  return { hint: 'This may be a bug in matome; please report it with the message above.', retryable: false };
}

/** The SQLSTATE (or Node's error code) of a failure, '' when it has none. */
function codeOf(error: unknown): string {
  const code = ((error ?? {}) as PgFailure).code;
  return typeof code === 'string' ? code : '';
}

/**
 * Wraps a failure of PostgreSQL (or of the connection to it) as STORE_FAILED, `explanation` (what
 * it means here) after the server's words; MatomeErrors pass through.
 */
export function postgresError(
  what: string,
  subject: string,
  name: string,
  error: unknown,
  explanation = '',
): MatomeError {
  if (isMatomeError(error)) return error;
  const failure = (error ?? {}) as PgFailure;
  const code = codeOf(error);
  const detail =
    typeof failure.message === 'string' && failure.message !== '' ? failure.message : String(error);
  const said = `${code === '' ? '' : `${code} `}${detail}${explanation === '' ? '' : `: ${explanation}`}`;
  return new MatomeError('STORE_FAILED', `${what}: ${subject} (${said})`, {
    ...hintFor(code, name),
    cause: error,
  });
}

const INT8_OID = 20;

/** Connections in a process's one pool: enough for a worker's jobs at once, well under the server's limit. */
const POOL_SIZE = 10;

/**
 * The limits every session of the pool runs under, in milliseconds (0: none), each settable by a
 * query parameter of the store's URL (`postgres://…/matome?lock_timeout=30000`), else these defaults:
 * - idle_in_transaction_session_timeout: a process that stalls in the middle of a transaction (a
 *   long GC, a blocked CPU, SIGSTOP, a lost network) loses its session, its transaction and the
 *   locks it holds (the day's budget lock above all) after this long; matome's transactions send
 *   their statements back to back, so 10 s is far beyond a healthy pause, and well inside the
 *   queue's 30 s job lock, so the budget lock is free again before another worker takes the job over.
 * - lock_timeout: a wait for a lock gives up after this long and the transaction is tried again,
 *   LOCK_TRIES times in all, then fails with STORE_FAILED. Longer than the idle timeout, so a waiter
 *   behind a stalled holder outlasts it; a holder that keeps a lock longer still is not matome's.
 * - statement_timeout: none by default (the server's own): one statement may be long (a migration
 *   on a large store); set it in the URL to bound them.
 */
export const SESSION_LIMITS = {
  idle_in_transaction_session_timeout: 10_000,
  lock_timeout: 15_000,
  statement_timeout: undefined,
} as const satisfies Record<string, number | undefined>;
type SessionLimits = { -readonly [K in keyof typeof SESSION_LIMITS]: number | undefined };

/** Tries of a transaction whose lock wait ran past lock_timeout (it is rolled back each time). */
export const LOCK_TRIES = 3;

/** The session limits of `url`: its query parameters (whole milliseconds), else SESSION_LIMITS. */
export function sessionLimits(url: string): SessionLimits {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    params = new URLSearchParams();
  }
  const limits: SessionLimits = { ...SESSION_LIMITS };
  for (const key of Object.keys(SESSION_LIMITS) as (keyof SessionLimits)[]) {
    const given = params.get(key);
    if (given === null) continue;
    if (!/^\d+$/.test(given))
      throw new MatomeError('INVALID_ARGUMENT', `Failed to open store: ${redactUrl(url)} (${key}=${given})`, {
        hint: `Give ${key} in whole milliseconds (e.g. ${key}=10000), or 0 for no limit.`,
      });
    limits[key] = Number(given);
  }
  return limits;
}

/**
 * Opens a handle on the process's one pool for the PostgreSQL database at `url` (the pool is made
 * by the first open and ends when its last handle closes) and brings its schema up to date (versioned
 * migrations in `matome_schema`, one transaction per step under an advisory lock, so several
 * processes opening a new database at once run each step once). With `migrate: false` (read-only
 * commands) nothing is created or changed: a database without matome's schema, or with an older
 * one, is refused with STORE_FAILED saying which command creates it. Throws STORE_FAILED or
 * STORE_TOO_NEW naming the database.
 */
export async function openPostgresDatabase(
  url: string,
  options: { label?: string; migrations?: readonly PostgresMigration[]; migrate?: boolean } = {},
): Promise<PostgresDatabase> {
  if (options.migrations === undefined) checkMigrationsMatch();
  const database = sharedHandle(url) ?? openPool(url, options.label ?? 'store');
  try {
    const migrations = options.migrations ?? POSTGRES_MIGRATIONS;
    if (options.migrate === false) await checkPostgresSchema(database, migrations.length);
    else await migratePostgres(database, migrations);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/**
 * The process's pools, by URL, while a handle on one is open: every store of one URL opened in a
 * process (openStorePorts, or createPostgresStore / createPostgresStoryStore /
 * createPostgresJobLedger each given the URL) shares one pool of POOL_SIZE connections.
 */
const POOLS = new Map<string, () => PostgresDatabase>();

/** A new handle on the process's open pool for `url`, if there is one. */
function sharedHandle(url: string): PostgresDatabase | undefined {
  return POOLS.get(url)?.();
}

/** Opens the pool for `url` (registered in POOLS until its last handle closes); its first handle. */
function openPool(url: string, label: string): PostgresDatabase {
  const name = redactUrl(url);
  const limits = sessionLimits(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    // Sent at connect as the session's settings (pg reads the URL's own parameters over these).
    ...Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined)),
    // Ids are BIGINT; every id and count here fits a JavaScript number.
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process: the next query reports it.
  pool.on('error', () => {});
  let handles = 0;

  const handle = (): PostgresDatabase => {
    let open = true;
    handles += 1;
    const database: PostgresDatabase = {
      name,
      get open() {
        return open;
      },
      use: (what, subject, action) => {
        if (!open) return Promise.reject(closed(what, subject));
        return use(what, subject, action);
      },
      write: (what, subject, action) => {
        if (!open) return Promise.reject(closed(what, subject));
        return write(what, subject, action);
      },
      share() {
        if (!open) throw closed('Failed to share the store', name);
        return handle();
      },
      async close() {
        if (!open) return;
        open = false;
        handles -= 1;
        if (handles === 0) {
          if (POOLS.get(url) === handle) POOLS.delete(url);
          await pool.end();
        }
      },
    };
    return database;
  };
  const closed = (what: string, subject: string) =>
    new MatomeError('STORE_FAILED', `${what}: ${subject} (${label} ${name} is closed)`, {
      hint: 'This is a bug in matome; please report it with the command used.',
    });

  const use: PostgresDatabase['use'] = async (what, subject, action) => {
    if (handles === 0) {
      throw closed(what, subject);
    }
    try {
      return await action(pool);
    } catch (error) {
      throw postgresError(what, `${subject} in ${name}`, name, error);
    }
  };

  /**
   * One try of a transaction. The server may end the session between two statements (the process
   * stalled past idle_in_transaction_session_timeout, or the server restarted): the client then
   * reports it as an 'error' event, which must not go unheard (it would end the process), and the
   * next statement fails only with "not queryable": the server's own reason is the failure.
   */
  const transaction = async <T>(action: (db: Queryable) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let lost: unknown;
    const onError = (error: unknown) => {
      lost ??= error;
    };
    client.on('error', onError);
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await action(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw codeOf(error) === '' && lost !== undefined ? lost : error;
    } finally {
      client.removeListener('error', onError);
      client.release(broken || lost !== undefined);
    }
  };

  const write: PostgresDatabase['write'] = (what, subject, action) =>
    use(what, subject, async () => {
      for (let tries = 1; ; tries++) {
        try {
          return await transaction(action);
        } catch (error) {
          const code = codeOf(error);
          if (code === '55P03' && tries < LOCK_TRIES) continue;
          if (code === '55P03')
            throw postgresError(
              what,
              `${subject} in ${name}`,
              name,
              error,
              `waited for a lock ${tries} times for lock_timeout ${limits.lock_timeout} ms; nothing was written`,
            );
          if (code === '25P03')
            throw postgresError(
              what,
              `${subject} in ${name}`,
              name,
              error,
              `this process sent nothing inside the transaction for longer than idle_in_transaction_session_timeout ${limits.idle_in_transaction_session_timeout} ms, so the server ended its session and rolled the transaction back; nothing was written`,
            );
          throw error;
        }
      }
    });

  const first = handle();
  POOLS.set(url, handle);
  return first;
}

/**
 * Checks, without writing, that the database holds matome's schema at version `known`: a missing
 * schema or an older one is refused with STORE_FAILED naming the command that creates or upgrades
 * it; a newer one with STORE_TOO_NEW.
 */
export async function checkPostgresSchema(database: PostgresDatabase, known: number): Promise<void> {
  const found = await database.use('Failed to open store', 'schema version', async (db) => {
    const { rows } = await db.query<{ present: string | null }>(
      "SELECT to_regclass('matome_schema')::text AS present",
    );
    if (rows[0]?.present == null) return undefined;
    const version = await db.query<{ version: number }>('SELECT version FROM matome_schema');
    return version.rows[0]?.version ?? 0;
  });
  const create = `matome worker --store ${database.name} (or serve, build or watch with that --store)`;
  if (found === undefined)
    throw new MatomeError(
      'STORE_FAILED',
      `Failed to open store: ${database.name} (no matome schema in this database; this command only reads)`,
      { hint: `Check the URL, or create the store first: run ${create} once.` },
    );
  if (found > known)
    throw new MatomeError(
      'STORE_TOO_NEW',
      `Failed to open store: ${database.name} (schema version ${found}; this matome knows up to ${known})`,
      {
        hint: 'The store was written by a newer matome. Upgrade matome, or point the store option at another database.',
      },
    );
  if (found < known)
    throw new MatomeError(
      'STORE_FAILED',
      `Failed to open store: ${database.name} (schema version ${found}, this matome needs ${known}; this command only reads)`,
      { hint: `Upgrade the store first: run ${create} once, then try again.` },
    );
}

/** Brings the database to the last version of `migrations`; returns it. Newer databases are refused. */
export async function migratePostgres(
  database: PostgresDatabase,
  migrations: readonly PostgresMigration[],
): Promise<number> {
  const known = migrations.length;
  const tooNew = (found: number) =>
    new MatomeError(
      'STORE_TOO_NEW',
      `Failed to open store: ${database.name} (schema version ${found}; this matome knows up to ${known})`,
      {
        hint: 'The store was written by a newer matome. Upgrade matome, or point the store option at another database.',
      },
    );
  const versionOf = async (db: Queryable) => {
    const { rows } = await db.query<{ version: number }>('SELECT version FROM matome_schema');
    return rows[0]?.version ?? 0;
  };
  // A migration step may take long on a large store: the processes opening it meanwhile wait for it
  // (no lock or statement timeout inside these transactions).
  const unlimited = async (db: Queryable) => {
    await db.query('SET LOCAL lock_timeout = 0');
    await db.query('SET LOCAL statement_timeout = 0');
  };
  await database.write('Failed to open store', 'schema version', async (db) => {
    await unlimited(db);
    await db.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MIGRATE]);
    await db.query(
      'CREATE TABLE IF NOT EXISTS matome_schema (one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one), version INTEGER NOT NULL)',
    );
    await db.query('INSERT INTO matome_schema (version) VALUES (0) ON CONFLICT (one) DO NOTHING');
  });
  const start = await database.use('Failed to open store', 'schema version', versionOf);
  if (start > known) throw tooNew(start);
  for (let target = start + 1; target <= known; target++) {
    const migration = migrations[target - 1] as PostgresMigration;
    await database.write(
      'Failed to upgrade store',
      `to version ${target} "${migration.name}"`,
      async (db) => {
        await unlimited(db);
        await db.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MIGRATE]);
        const current = await versionOf(db);
        if (current > known) throw tooNew(current);
        if (current >= target) return;
        await db.query(migration.sql);
        await db.query('UPDATE matome_schema SET version = $1', [target]);
      },
    );
  }
  return database.use('Failed to open store', 'schema version', versionOf);
}
