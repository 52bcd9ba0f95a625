// A worker that stalls in the middle of a transaction on the PostgreSQL store (here: a charge whose
// process is stopped while it holds the day's budget lock) loses its session and its locks after
// idle_in_transaction_session_timeout, so the other workers' charges go on; when it resumes its
// charge fails with an error naming the job and what happened, nothing of it counted, and its lease
// fences it off once the job is taken over. A wait for a lock longer than lock_timeout is tried
// again, then fails with a clear error instead of hanging.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { isMatomeError, type MatomeError } from '../src/domain/errors.ts';
import { createPostgresJobLedger } from '../src/store/create-postgres-job-ledger.ts';
import {
  LOCK_TOKEN_BUDGET,
  openPostgresDatabase,
  SESSION_LIMITS,
  sessionLimits,
} from '../src/store/postgres-database.ts';
import { type PostgresServer, postgresAvailable, startPostgres } from './support/postgres.ts';

const { skip } = postgresAvailable();
const STALLED = 'build-00000000000000a1';
const SECOND = 'build-00000000000000c2';
const DAY = { since: new Date(0), maxTokens: Number.MAX_SAFE_INTEGER };
const call = (tokens: number) => ({
  call: 'compose',
  model: 'scripted',
  inputTokens: tokens,
  outputTokens: 0,
});

/** Rejects with a MatomeError that `check` accepts. */
async function failsWith(promise: Promise<unknown>, check: (error: MatomeError) => void): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isMatomeError(error), String(error));
    check(error);
    return true;
  });
}

async function one(url: string, sql: string, values: unknown[] = []): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows[0] as Record<string, unknown>;
  } finally {
    await client.end();
  }
}

/** The day's charged tokens and the charges recorded, as the store holds them. */
async function charged(url: string): Promise<{ tokens: number; charges: number }> {
  const row = await one(
    url,
    'SELECT (SELECT COALESCE(SUM(input_tokens + output_tokens), 0) FROM model_calls) AS tokens, (SELECT COUNT(*) FROM job_charges) AS charges',
  );
  return { tokens: Number(row.tokens), charges: Number(row.charges) };
}

describe('session limits of the PostgreSQL store', () => {
  it('are read from the store URL in milliseconds, else the defaults', () => {
    assert.deepEqual(sessionLimits('postgres://matome@db.lan/matome?lock_timeout=500&statement_timeout=0'), {
      idle_in_transaction_session_timeout: SESSION_LIMITS.idle_in_transaction_session_timeout,
      lock_timeout: 500,
      statement_timeout: 0,
    });
  });

  it('refuses a limit not in whole milliseconds, naming it', async () => {
    await failsWith(
      openPostgresDatabase('postgres://matome:secret@127.0.0.1:1/matome?lock_timeout=10s'),
      (error) => {
        assert.equal(error.code, 'INVALID_ARGUMENT');
        assert.match(error.message, /lock_timeout=10s/);
        assert.doesNotMatch(error.message, /secret/);
      },
    );
  });
});

describe('a stalled worker on the PostgreSQL store', { skip, timeout: 30_000 }, () => {
  let server: PostgresServer;
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await server?.stop();
  });

  it('runs its sessions under the default limits', async () => {
    const database = await openPostgresDatabase(await server.createDatabase());
    try {
      const shown = await database.use('show', 'limits', async (db) => ({
        idle: (await db.query('SHOW idle_in_transaction_session_timeout')).rows[0],
        lock: (await db.query('SHOW lock_timeout')).rows[0],
      }));
      assert.deepEqual(shown, {
        idle: { idle_in_transaction_session_timeout: '10s' },
        lock: { lock_timeout: '15s' },
      });
    } finally {
      await database.close();
    }
  });

  it('loses the budget lock while it is stopped; its charge then fails, uncounted, and is fenced off', async () => {
    const url = `${await server.createDatabase()}?idle_in_transaction_session_timeout=2000`;
    const ledger = await createPostgresJobLedger(url);
    let child: ChildProcess | undefined;
    try {
      const stalled = await ledger.takeLease(STALLED);
      const other = await ledger.takeLease('build-00000000000000b2');
      child = spawn(
        process.execPath,
        ['test/support/stalling-charge.ts', url, stalled.key, String(stalled.lease), '300'],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
      assert.equal((await lines.next()).value, 'locked');
      // The stopped process holds the budget lock (a transaction-scoped advisory lock on one key).
      const held = await one(
        url,
        "SELECT COUNT(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = $1",
        [LOCK_TOKEN_BUDGET],
      );
      assert.equal(Number(held.n), 1);

      const started = Date.now();
      const outcome = await ledger.charge(other, call(50), DAY);
      const waited = Date.now() - started;
      assert.equal(outcome.charged, true);
      assert.ok(waited < 10_000, `the other charge waited ${waited} ms`);
      assert.equal(child.exitCode, null, 'the stalled charge is still stopped');

      child.kill('SIGCONT');
      const result = JSON.parse(String((await lines.next()).value)) as {
        error?: { code: string; message: string; retryable: boolean };
      };
      assert.equal(result.error?.code, 'STORE_FAILED', JSON.stringify(result));
      assert.match(result.error.message, /^Failed to charge tokens: build-00000000000000a1 compose in /);
      assert.match(
        result.error.message,
        /25P03 .*idle_in_transaction_session_timeout 2000 ms, so the server ended its session and rolled the transaction back; nothing was written/,
      );
      assert.equal(result.error.retryable, true);
      assert.deepEqual(await charged(url), { tokens: 50, charges: 1 });

      // The job taken over: the stalled worker's lease no longer charges; the new holder's charge
      // counts once.
      const taken = await ledger.takeLease(STALLED);
      await failsWith(ledger.charge(stalled, call(300), DAY), (error) =>
        assert.equal(error.code, 'CONFLICT'),
      );
      assert.equal((await ledger.charge(taken, call(300), DAY)).charged, true);
      assert.equal((await ledger.charge(taken, call(300), DAY)).charged, false);
      await failsWith(ledger.finish(stalled, 'build', {}), (error) => assert.equal(error.code, 'CONFLICT'));
      assert.deepEqual(await charged(url), { tokens: 350, charges: 2 });
    } finally {
      if (child !== undefined && child.exitCode === null) {
        child.kill('SIGKILL');
      }
      await ledger.close();
    }
  });

  it('reports the server ending a stalled transaction as its reason, without ending the process', async () => {
    const database = await openPostgresDatabase(
      `${await server.createDatabase()}?idle_in_transaction_session_timeout=300`,
    );
    try {
      await failsWith(
        database.write('Failed to write', 'a slow transaction', async (db) => {
          await db.query('SELECT 1');
          await delay(1000);
          return db.query('SELECT 1');
        }),
        (error) => {
          assert.equal(error.code, 'STORE_FAILED');
          assert.match(
            error.message,
            /^Failed to write: a slow transaction in .*\(25P03 .*nothing was written\)$/,
          );
        },
      );
      // The pool goes on with a new connection.
      assert.equal(
        (await database.write('Failed to write', 'next', (db) => db.query('SELECT 2 AS n'))).rows[0]?.n,
        2,
      );
    } finally {
      await database.close();
    }
  });

  it('tries a lock wait past lock_timeout again, then fails clearly instead of hanging', async () => {
    const url = `${await server.createDatabase()}?lock_timeout=300`;
    const ledger = await createPostgresJobLedger(url);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      const first = await ledger.takeLease('build-00000000000000c1');
      const second = await ledger.takeLease(SECOND);
      const hold = async () => {
        await holder.query('BEGIN');
        await holder.query('SELECT pg_advisory_xact_lock($1)', [LOCK_TOKEN_BUDGET]);
      };

      // Held past one lock_timeout, then released: the charge's second try gets the lock.
      await hold();
      let started = Date.now();
      const charging = ledger.charge(first, call(40), DAY);
      await delay(500);
      await holder.query('COMMIT');
      assert.equal((await charging).charged, true);
      assert.ok(Date.now() - started >= 500);

      // Held for good: three tries, then a clear error, in about three lock timeouts.
      await hold();
      started = Date.now();
      await failsWith(ledger.charge(second, call(60), DAY), (error) => {
        assert.equal(error.code, 'STORE_FAILED');
        assert.match(
          error.message,
          /^Failed to charge tokens: build-00000000000000c2 compose in .*\(55P03 .*waited for a lock 3 times for lock_timeout 300 ms; nothing was written\)$/,
        );
        assert.equal(error.retryable, true);
      });
      const waited = Date.now() - started;
      assert.ok(waited >= 900 && waited < 5000, `failed after ${waited} ms`);
      await holder.query('ROLLBACK');
      assert.deepEqual(await charged(url), { tokens: 40, charges: 1 });
    } finally {
      await holder.end();
      await ledger.close();
    }
  });
});
