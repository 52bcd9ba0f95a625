import {
  checkCharge,
  checkKey,
  checkUsage,
  overBudget,
  staleLease,
  toJobResult,
} from './create-job-ledger.ts';
import { insertArticlePostgres } from './create-postgres-store.ts';
import type { JobFence, JobLedger, JobResult } from './job-ledger.ts';
import {
  LOCK_TOKEN_BUDGET,
  openPostgresDatabase,
  type PostgresDatabase,
  type Queryable,
} from './postgres-database.ts';

/** Opens the job ledger of the PostgreSQL store at `url` (a handle on the process's one pool for `url`; `migrate: false`: read-only, schema must exist). */
export async function createPostgresJobLedger(
  url: string,
  options: { now?: () => Date; migrate?: boolean } = {},
): Promise<JobLedger> {
  return postgresJobLedger(
    await openPostgresDatabase(url, { label: 'job ledger', migrate: options.migrate ?? true }),
    options,
  );
}

/**
 * The JobLedger over an open database, with the SQLite ledger's guarantees: a fenced write locks
 * its key's lease row (SELECT … FOR UPDATE) for the rest of its transaction, so a worker taking the
 * job over waits for it to commit and every later write under the old lease is refused; charges
 * against the day's budget take one advisory lock, so workers together never pass it.
 */
export function postgresJobLedger(database: PostgresDatabase, options: { now?: () => Date } = {}): JobLedger {
  const now = options.now ?? (() => new Date());
  const { name, use, write } = database;

  async function current(db: Queryable, fence: JobFence, what: string, lock: boolean): Promise<void> {
    const { rows } = await db.query<{ lease: number }>(
      `SELECT lease FROM job_leases WHERE job_key = $1${lock ? ' FOR UPDATE' : ''}`,
      [fence.key],
    );
    const found = rows[0]?.lease;
    if (found !== fence.lease) throw staleLease(what, fence, found);
  }

  async function readResult(db: Queryable, key: string): Promise<JobResult | undefined> {
    const { rows } = await db.query(
      'SELECT job_key, kind, lease, article_id, result, finished_at FROM job_results WHERE job_key = $1',
      [key],
    );
    return rows[0] === undefined ? undefined : toJobResult(rows[0]);
  }

  return {
    async takeLease(key) {
      checkKey(key);
      return write('Failed to take job lease', key, async (db) => {
        const { rows } = await db.query<{ lease: number }>(
          `INSERT INTO job_leases (job_key, lease, taken_at) VALUES ($1, 1, $2)
           ON CONFLICT (job_key) DO UPDATE SET lease = job_leases.lease + 1, taken_at = excluded.taken_at
           RETURNING lease`,
          [key, now().toISOString()],
        );
        return { key, lease: (rows[0] as { lease: number }).lease };
      });
    },
    assertCurrent(fence) {
      return use('Refused a stale job write', fence.key, (db) =>
        current(db, fence, 'Refused a stale job write', false),
      );
    },
    resultOf(key) {
      return use('Failed to read job result', key, (db) => readResult(db, key));
    },
    finish(fence, kind, result, article) {
      return write('Failed to record job result', fence.key, async (db) => {
        // The lease row locked first: a result and a takeover of the same key are serialised.
        const { rows } = await db.query<{ lease: number }>(
          'SELECT lease FROM job_leases WHERE job_key = $1 FOR UPDATE',
          [fence.key],
        );
        const existing = await readResult(db, fence.key);
        if (existing !== undefined) return { result: existing, written: false };
        if (rows[0]?.lease !== fence.lease)
          throw staleLease('Refused a stale job result', fence, rows[0]?.lease);
        const finishedAt = now().toISOString();
        const articleId =
          article === undefined ? undefined : await insertArticlePostgres(db, article, finishedAt, name);
        await db.query(
          `INSERT INTO job_results (job_key, kind, lease, article_id, result, finished_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [fence.key, kind, fence.lease, articleId ?? null, JSON.stringify(result), finishedAt],
        );
        return {
          result: {
            key: fence.key,
            kind,
            lease: fence.lease,
            ...(articleId === undefined ? {} : { articleId }),
            result,
            finishedAt,
          },
          written: true,
        };
      });
    },
    async charge(fence, call, budget) {
      checkCharge(fence, call);
      return write('Failed to charge tokens', `${fence.key} ${call.call}`, async (db) => {
        // One charge at a time across all workers: the day's total read here is the one written.
        await db.query('SELECT pg_advisory_xact_lock($1)', [LOCK_TOKEN_BUDGET]);
        const used = await db.query<{ tokens: number }>(
          'SELECT COALESCE(SUM(input_tokens + output_tokens), 0)::bigint AS tokens FROM model_calls WHERE created_at >= $1',
          [budget.since.toISOString()],
        );
        const usedBefore = used.rows[0]?.tokens ?? 0;
        const earlier = await db.query<{ model_call_id: number }>(
          'SELECT model_call_id FROM job_charges WHERE job_key = $1 AND call = $2',
          [fence.key, call.call],
        );
        if (earlier.rows[0] !== undefined) {
          return { charged: false, usedToday: usedBefore, callId: earlier.rows[0].model_call_id };
        }
        await current(db, fence, 'Refused a stale model call', true);
        const tokens = call.inputTokens + call.outputTokens;
        if (usedBefore + tokens > budget.maxTokens)
          throw overBudget(fence, call, usedBefore, tokens, budget.maxTokens);
        const inserted = await db.query<{ id: number }>(
          `INSERT INTO model_calls (model, label, outcome, input_tokens, output_tokens, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            call.model,
            `${fence.key} ${call.call}`,
            call.outcome ?? 'ok',
            call.inputTokens,
            call.outputTokens,
            now().toISOString(),
          ],
        );
        const callId = (inserted.rows[0] as { id: number }).id;
        await db.query(
          'INSERT INTO job_charges (job_key, call, lease, model_call_id) VALUES ($1, $2, $3, $4)',
          [fence.key, call.call, fence.lease, callId],
        );
        return { charged: true, usedToday: usedBefore + tokens, callId };
      });
    },
    async settle(callId, usage) {
      checkUsage(callId, usage);
      await write('Failed to settle model call', `call ${callId}`, (db) =>
        db.query('UPDATE model_calls SET outcome = $1, input_tokens = $2, output_tokens = $3 WHERE id = $4', [
          usage.outcome,
          usage.inputTokens,
          usage.outputTokens,
          callId,
        ]),
      );
    },
    counts() {
      return use('Failed to count jobs', name, async (db) => {
        const results: Record<string, number> = {};
        const byKind = await db.query<{ kind: string; n: number }>(
          'SELECT kind, COUNT(*) AS n FROM job_results GROUP BY kind ORDER BY kind',
        );
        for (const row of byKind.rows) results[row.kind] = row.n;
        const leases = await db.query<{ n: number; retaken: number }>(
          'SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE lease > 1) AS retaken FROM job_leases',
        );
        return {
          results,
          leases: leases.rows[0]?.n ?? 0,
          retakenLeases: leases.rows[0]?.retaken ?? 0,
        };
      });
    },
    close() {
      return database.close();
    },
  };
}
