import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { MatomeError } from '../domain/errors.ts';
import { databaseAccess } from './database-access.ts';
import { insertArticleRows } from './insert-article.ts';
import type { ChargeOutcome, JobCharge, JobFence, JobLedger, JobResult } from './job-ledger.ts';
import { openStoreDatabase } from './open-database.ts';

const ResultRowSchema = z.object({
  job_key: z.string(),
  kind: z.string(),
  lease: z.number().int().positive(),
  article_id: z.number().int().nullable(),
  result: z.string(),
  finished_at: z.string(),
});

/** A job_results row (the same columns in both stores) as the port's JobResult. */
export function toJobResult(raw: unknown): JobResult {
  const row = ResultRowSchema.parse(raw);
  return {
    key: row.job_key,
    kind: row.kind,
    lease: row.lease,
    ...(row.article_id === null ? {} : { articleId: row.article_id }),
    result: JSON.parse(row.result) as Record<string, unknown>,
    finishedAt: row.finished_at,
  };
}

/** Job keys come from src/queue/job-key.ts; anything else is a caller's mistake, said at once. */
const KEY = /^[a-z][a-z-]*-[0-9a-f]{16,64}$/;

export function checkKey(key: string): void {
  if (!KEY.test(key)) {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid job key: ${JSON.stringify(key.slice(0, 80))} (expected KIND-HEX)`,
      {
        hint: 'Make job keys with jobKey(kind, input) from src/queue/job-key.ts.',
      },
    );
  }
}

/** CONFLICT for a write under `fence` when the key's lease is now `found` (or was never taken). */
export function staleLease(what: string, fence: JobFence, found: number | undefined): MatomeError {
  return new MatomeError(
    'CONFLICT',
    `${what}: ${fence.key} (lease ${fence.lease} is stale; ${found === undefined ? 'no lease was taken' : `lease ${found} holds the job now`})`,
    {
      hint: 'Another worker took this job after this one lost it (killed or stalled past the queue lock); its write was refused on purpose.',
    },
  );
}

/** LLM_BUDGET for a charge that would pass the day's budget. */
export function overBudget(
  fence: JobFence,
  call: JobCharge,
  usedBefore: number,
  tokens: number,
  maxTokens: number,
): MatomeError {
  return new MatomeError(
    'LLM_BUDGET',
    `Refused to call the model: ${fence.key} ${call.call} (${usedBefore} tokens used today, ${tokens} more would pass the daily budget of ${maxTokens})`,
    { hint: 'Wait until tomorrow (UTC) or raise --max-tokens-per-day.', retryable: true },
  );
}

/** A charge's token counts must be whole numbers, 0 or more (shared with the PostgreSQL ledger). */
export function checkCharge(fence: JobFence, call: JobCharge): void {
  for (const [name, value] of [
    ['inputTokens', call.inputTokens],
    ['outputTokens', call.outputTokens],
  ] as const) {
    if (!(Number.isInteger(value) && value >= 0)) {
      throw new MatomeError(
        'INVALID_ARGUMENT',
        `Invalid token charge: ${fence.key} ${call.call} (${name} ${value})`,
        {
          hint: 'Charge whole numbers of tokens, 0 or more.',
        },
      );
    }
  }
}

/** A settled call's usage must be whole numbers of tokens, 0 or more. */
export function checkUsage(callId: number, usage: { inputTokens: number; outputTokens: number }): void {
  for (const value of [usage.inputTokens, usage.outputTokens]) {
    if (!(Number.isInteger(value) && value >= 0)) {
      throw new MatomeError('INVALID_ARGUMENT', `Invalid token usage: call ${callId} (${value})`, {
        hint: 'Settle with whole numbers of tokens, 0 or more.',
      });
    }
  }
}

/**
 * Opens (creating when missing) the job ledger in the store's SQLite file at `path` (its own
 * connection: WAL with a busy timeout, so worker processes on one machine share the file). Every
 * check and the write it guards run in one IMMEDIATE transaction, so two workers cannot both pass it.
 * `migrate: false`: read-only (matome status), an existing file with the current schema only.
 */
export function createJobLedger(
  path: string,
  options: { now?: () => Date; migrate?: boolean } = {},
): JobLedger {
  const now = options.now ?? (() => new Date());
  const db: DatabaseSync = openStoreDatabase(path, undefined, { migrate: options.migrate ?? true });
  const access = databaseAccess(db, path, 'job ledger');
  const { use, write } = access;
  const statements = {
    takeLease: db.prepare(`INSERT INTO job_leases (job_key, lease, taken_at) VALUES (?, 1, ?)
      ON CONFLICT (job_key) DO UPDATE SET lease = lease + 1, taken_at = excluded.taken_at RETURNING lease`),
    leaseOf: db.prepare('SELECT lease FROM job_leases WHERE job_key = ?'),
    resultOf: db.prepare(
      'SELECT job_key, kind, lease, article_id, result, finished_at FROM job_results WHERE job_key = ?',
    ),
    insertResult: db.prepare(`INSERT INTO job_results (job_key, kind, lease, article_id, result, finished_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
    charged: db.prepare('SELECT model_call_id FROM job_charges WHERE job_key = ? AND call = ?'),
    settle: db.prepare(
      'UPDATE model_calls SET outcome = ?, input_tokens = ?, output_tokens = ? WHERE id = ?',
    ),
    tokensSince: db.prepare(
      'SELECT COALESCE(SUM(input_tokens + output_tokens), 0) AS tokens FROM model_calls WHERE created_at >= ?',
    ),
    insertCall:
      db.prepare(`INSERT INTO model_calls (model, label, outcome, input_tokens, output_tokens, created_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
    insertCharge: db.prepare(
      'INSERT INTO job_charges (job_key, call, lease, model_call_id) VALUES (?, ?, ?, ?)',
    ),
    resultCounts: db.prepare('SELECT kind, COUNT(*) AS n FROM job_results GROUP BY kind ORDER BY kind'),
    leaseCounts: db.prepare('SELECT COUNT(*) AS n, COALESCE(SUM(lease > 1), 0) AS retaken FROM job_leases'),
  };

  function current(fence: JobFence, what: string): void {
    const row = statements.leaseOf.get(fence.key) as { lease: number } | undefined;
    if (row === undefined || row.lease !== fence.lease) throw staleLease(what, fence, row?.lease);
  }

  function readResult(key: string): JobResult | undefined {
    const raw = statements.resultOf.get(key);
    return raw === undefined ? undefined : toJobResult(raw);
  }

  return {
    async takeLease(key) {
      checkKey(key);
      return use('Failed to take job lease', key, () =>
        write(() => {
          const row = statements.takeLease.get(key, now().toISOString()) as { lease: number };
          return { key, lease: row.lease };
        }),
      );
    },
    async assertCurrent(fence) {
      use('Refused a stale job write', fence.key, () => current(fence, 'Refused a stale job write'));
    },
    async resultOf(key) {
      return use('Failed to read job result', key, () => readResult(key));
    },
    async finish(fence, kind, result, article) {
      return use('Failed to record job result', fence.key, () =>
        write(() => {
          const existing = readResult(fence.key);
          if (existing !== undefined) return { result: existing, written: false };
          current(fence, 'Refused a stale job result');
          const finishedAt = now().toISOString();
          const articleId =
            article === undefined ? undefined : insertArticleRows(db, article, finishedAt, path);
          statements.insertResult.run(
            fence.key,
            kind,
            fence.lease,
            articleId ?? null,
            JSON.stringify(result),
            finishedAt,
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
        }),
      );
    },
    async charge(fence, call, budget): Promise<ChargeOutcome> {
      checkCharge(fence, call);
      return use('Failed to charge tokens', `${fence.key} ${call.call}`, () =>
        write(() => {
          const usedBefore = Number(
            (statements.tokensSince.get(budget.since.toISOString()) as { tokens: number | bigint }).tokens,
          );
          const earlier = statements.charged.get(fence.key, call.call) as
            | { model_call_id: number }
            | undefined;
          if (earlier !== undefined) {
            return { charged: false, usedToday: usedBefore, callId: Number(earlier.model_call_id) };
          }
          current(fence, 'Refused a stale model call');
          const tokens = call.inputTokens + call.outputTokens;
          if (usedBefore + tokens > budget.maxTokens)
            throw overBudget(fence, call, usedBefore, tokens, budget.maxTokens);
          const at = now().toISOString();
          const inserted = statements.insertCall.run(
            call.model,
            `${fence.key} ${call.call}`,
            call.outcome ?? 'ok',
            call.inputTokens,
            call.outputTokens,
            at,
          );
          const callId = Number(inserted.lastInsertRowid);
          statements.insertCharge.run(fence.key, call.call, fence.lease, callId);
          return { charged: true, usedToday: usedBefore + tokens, callId };
        }),
      );
    },
    async settle(callId, usage) {
      checkUsage(callId, usage);
      use('Failed to settle model call', `call ${callId}`, () =>
        write(() => {
          statements.settle.run(usage.outcome, usage.inputTokens, usage.outputTokens, callId);
        }),
      );
    },
    async counts() {
      return use('Failed to count jobs', path, () => {
        const results: Record<string, number> = {};
        for (const row of statements.resultCounts.all() as { kind: string; n: number }[])
          results[row.kind] = row.n;
        const leases = statements.leaseCounts.get() as { n: number; retaken: number };
        return { results, leases: Number(leases.n), retakenLeases: Number(leases.retaken) };
      });
    },
    async close() {
      access.close();
    },
  };
}
