// Crash safety of the SQLite store: a writer process is killed with SIGKILL at random moments,
// again and again, and every save it acknowledged (printed after saveSnapshot returned) must be
// in the file afterwards, with the right content, in a database that passes integrity_check.
// SIGKILL stands in for a crash of the process; a power cut is covered by synchronous=FULL,
// which a test cannot cut.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { sampleArticle } from './support/article-factory.ts';

const WRITER = join(import.meta.dirname, 'support', 'store-writer.ts');
/** Writers running side by side on the same file (they also contend for its write lock). */
const LANES = 2;
const RUNS_PER_LANE = 10;

/** When a run's writer is killed. */
type KillMoment =
  | 'around start-up' // before, while or just after it opens the file
  | 'while writing' // a random moment after it reported ready
  | 'after five saves'; // guarantees the test has acknowledged saves to check

interface Acknowledged {
  snapshots: Map<number, string>;
  articles: Map<number, number>;
}

interface RunResult {
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** Milliseconds from spawn to "ready", when it got that far. */
  readyAfter: number | undefined;
}

const randomDelay = (maxMs: number) => Math.floor(Math.random() * maxMs);

/** Starts a writer on `store`, kills it at `moment` and adds what it acknowledged to `acked`. */
async function runAndKill(
  args: { store: string; articleFile: string; env: NodeJS.ProcessEnv },
  moment: KillMoment,
  startUpMs: number,
  acked: Acknowledged,
): Promise<RunResult> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [WRITER, args.store, args.articleFile], {
    env: args.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let timer: NodeJS.Timeout | undefined;
  let readyAfter: number | undefined;
  const kill = () => child.kill('SIGKILL');
  // The last start-up time, with a margin: the kill lands before, during or just after opening.
  if (moment === 'around start-up') timer = setTimeout(kill, randomDelay(startUpMs + 30));

  let pending = '';
  let snapshotsThisRun = 0;
  const onLine = (line: string) => {
    const [kind, first, second] = line.split(' ');
    if (kind === 'ready') {
      readyAfter = performance.now() - started;
      if (moment === 'while writing') timer = setTimeout(kill, randomDelay(60));
    }
    if (kind === 'snapshot') {
      const id = Number(first);
      const previous = acked.snapshots.get(id);
      // An id acknowledged twice for different content would mean a lost write was reused.
      assert.ok(previous === undefined || previous === second, `snapshot ${id} acknowledged twice`);
      acked.snapshots.set(id, second as string);
      snapshotsThisRun++;
      if (moment === 'after five saves' && snapshotsThisRun === 5) kill();
    }
    if (kind === 'article') acked.articles.set(Number(first), Number(second));
  };
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    pending += chunk;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
      onLine(pending.slice(0, end));
      pending = pending.slice(end + 1);
    }
    // A line cut short by the kill was never acknowledged; it stays in `pending` and is dropped.
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
  );
  clearTimeout(timer);
  return { code, signal, stderr, readyAfter };
}

describe('SQLite store under SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-store-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged snapshot and article, with its content, in a sound database', async () => {
    const store = join(dir, 'store.db');
    const articleFile = join(dir, 'article.json');
    writeFileSync(articleFile, JSON.stringify(sampleArticle()));
    // The compile cache roughly halves the writer's start-up, which dominates this test's time.
    const env = { ...process.env, NODE_COMPILE_CACHE: join(dir, 'compile-cache') };
    const acked: Acknowledged = { snapshots: new Map(), articles: new Map() };

    const lane = async (index: number) => {
      let startUpMs = 300;
      for (let run = 0; run < RUNS_PER_LANE; run++) {
        const moment: KillMoment =
          index === 0 && run === RUNS_PER_LANE - 1
            ? 'after five saves'
            : run % 4 === index
              ? 'around start-up'
              : 'while writing';
        const result = await runAndKill({ store, articleFile, env }, moment, startUpMs, acked);
        // Anything but our SIGKILL (an error, a busy store, the orphan deadline) fails the test.
        assert.equal(
          result.signal,
          'SIGKILL',
          `writer ${index}, run ${run} ended by itself (code ${result.code}): ${result.stderr}`,
        );
        // Also proves node:sqlite loads without an ExperimentalWarning on this Node.
        assert.equal(result.stderr, '', `writer ${index}, run ${run} wrote to stderr`);
        startUpMs = result.readyAfter ?? startUpMs;
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index)));
    assert.ok(acked.snapshots.size >= 5, `only ${acked.snapshots.size} snapshots acknowledged`);

    const db = new DatabaseSync(store);
    try {
      assert.deepEqual(
        db
          .prepare('PRAGMA integrity_check')
          .all()
          .map((row) => row.integrity_check),
        ['ok'],
      );
      assert.deepEqual(db.prepare('PRAGMA foreign_key_check').all(), []);
    } finally {
      db.close();
    }

    const reopened = createSqliteStore(store);
    try {
      for (const [id, hash] of acked.snapshots) {
        const snapshot = await reopened.getSnapshot(id);
        assert.equal(snapshot?.contentHash, hash, `snapshot ${id}`);
        const actual = `sha256:${createHash('sha256').update(snapshot.text, 'utf8').digest('hex')}`;
        assert.equal(actual, hash, `text of snapshot ${id}`);
      }
      for (const [id, snapshotId] of acked.articles) {
        assert.deepEqual((await reopened.getArticle(id))?.snapshotIds, [snapshotId], `article ${id}`);
      }
    } finally {
      await reopened.close();
    }
  });
});
