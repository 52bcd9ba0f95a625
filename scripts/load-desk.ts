// Load check of the review desk on loopback: CONCURRENCY reads at once, ROUNDS times, while a build
// job runs on the same server and store. Prints latency percentiles and errors; exits 1 on any error.
// Data: the bundled samples/ (one article built first, a second built during the reads).
//   node scripts/load-desk.ts            (CONCURRENCY=200 ROUNDS=5 by default)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDeskServer } from '../src/server/start-desk-server.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TOKEN = 'load-test-token-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'matome-load-'));
const store = createSqliteStore(join(dir, 'store.db'));
const server = await startDeskServer({
  store,
  tokenizer: await createTokenizer(),
  editors: new Map([[TOKEN, 'load']]),
  port: 0,
  sourcesDir: resolve(import.meta.dirname, '../samples'),
  // As matome serve runs: builds in a worker thread (IN_PROCESS=1 builds on the request thread).
  ...(process.env.IN_PROCESS === '1' ? {} : { storePath: join(dir, 'store.db') }),
});
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

async function build(source: string): Promise<{ id: string }> {
  const response = await fetch(`${server.url}/api/jobs`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ sources: [source] }),
  });
  if (response.status !== 202) throw new Error(`build refused: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

async function finished(id: string): Promise<{ status: string; articleId?: number }> {
  // The event stream ends when the job does.
  await (await fetch(`${server.url}/api/jobs/${id}/events`, { headers })).text();
  return (await (await fetch(`${server.url}/api/jobs/${id}`, { headers })).json()) as {
    status: string;
    articleId?: number;
  };
}

try {
  const first = await finished((await build('local-railway')).id);
  if (first.status !== 'done') throw new Error(`first build ${first.status}`);
  const routes = [
    `/api/articles/${first.articleId}/review`,
    `/api/articles/${first.articleId}`,
    `/api/articles/${first.articleId}/report`,
    '/api/articles',
  ];
  // One read first, as an editor opening the article would: the desk reads its sources once.
  for (const path of routes) await (await fetch(`${server.url}${path}`, { headers })).arrayBuffer();
  const started = performance.now();
  const second = await build('chip-factory');
  const buildDone = finished(second.id).then((job) => ({ job, ms: performance.now() - started }));
  const latencies: number[] = [];
  const errors: string[] = [];
  let duringBuild = 0;
  let startedDuringBuild = 0;
  let settled = false;
  void buildDone.then(() => {
    settled = true;
  });
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, i) => {
        const path = routes[i % routes.length] as string;
        const at = performance.now();
        if (!settled) startedDuringBuild++;
        try {
          const response = await fetch(`${server.url}${path}`, { headers });
          await response.arrayBuffer();
          if (response.status !== 200) errors.push(`${path}: ${response.status}`);
        } catch (error) {
          errors.push(`${path}: ${(error as Error).message}`);
        }
        latencies.push(performance.now() - at);
        if (!settled) duringBuild++;
      }),
    );
  }
  const { job, ms } = await buildDone;
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0;
  const f = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `reads: ${latencies.length} (${CONCURRENCY} concurrent × ${ROUNDS}); ${startedDuringBuild} started and ${duringBuild} finished while the build ran`,
  );
  console.log(`latency p50 ${f(at(0.5))}  p95 ${f(at(0.95))}  p99 ${f(at(0.99))}  max ${f(at(1))}`);
  console.log(`errors: ${errors.length}${errors.length > 0 ? ` (${errors.slice(0, 3).join('; ')})` : ''}`);
  console.log(`build during the reads: ${job.status} in ${f(ms)}`);
  process.exitCode = errors.length === 0 && job.status === 'done' ? 0 : 1;
} finally {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
