// A worker's token charge that stops its own process (SIGSTOP) right after it has taken the day's
// budget lock, for test/store-postgres-timeouts.test.ts: it prints `locked` and stops inside the
// charge's transaction; once continued (SIGCONT) it finishes the charge and prints its outcome as
// one JSON line: {"charged": …} or {"error": {"code", "message", "retryable"}}.
// Usage: node test/support/stalling-charge.ts URL JOB_KEY LEASE TOKENS
import { writeSync } from 'node:fs';
import { isMatomeError } from '../../src/domain/errors.ts';
import { postgresJobLedger } from '../../src/store/create-postgres-job-ledger.ts';
import { openPostgresDatabase, type PostgresDatabase } from '../../src/store/postgres-database.ts';

const [url, key, lease, tokens] = process.argv.slice(2) as [string, string, string, string];
const database = await openPostgresDatabase(url);
const stalling: PostgresDatabase = {
  name: database.name,
  get open() {
    return database.open;
  },
  use: database.use,
  share: database.share,
  close: database.close,
  write: (what, subject, action) =>
    database.write(what, subject, (db) =>
      action({
        async query(text: string, values?: unknown[]) {
          const result = await db.query(text, values);
          if (text.includes('pg_advisory_xact_lock')) {
            writeSync(1, 'locked\n');
            process.kill(process.pid, 'SIGSTOP');
          }
          return result;
        },
      } as typeof db),
    ),
};
const ledger = postgresJobLedger(stalling);
try {
  const outcome = await ledger.charge(
    { key, lease: Number(lease) },
    { call: 'compose', model: 'scripted', inputTokens: Number(tokens), outputTokens: 0 },
    { since: new Date(0), maxTokens: Number.MAX_SAFE_INTEGER },
  );
  writeSync(1, `${JSON.stringify({ charged: outcome.charged })}\n`);
} catch (error) {
  const failure = isMatomeError(error)
    ? { code: error.code, message: error.message, retryable: error.retryable }
    : { code: 'UNEXPECTED', message: String(error), retryable: false };
  writeSync(1, `${JSON.stringify({ error: failure })}\n`);
}
await ledger.close();
