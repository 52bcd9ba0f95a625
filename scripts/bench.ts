// Benchmark: per-stage time and peak memory for 1, 5, 20 and 50 sources, cold and warm.
//
// Cold: a fresh process per size, timed from process start (module loading and the tokenizer's
// dictionary included) through the first build. Warm: in that same process, the build repeated
// after the first one, so only the pipeline's own work is measured. Each size runs in its own
// child process so peak RSS (maxRSS) belongs to that size alone. Sources are the bundled sample
// pages, cycled to reach the size; ratios are against the 1-source run of the same bench run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const SIZES = [1, 5, 20, 50];
const root = join(import.meta.dirname, '..');

interface ChildResult {
  sources: number;
  startupMs: number;
  tokenizerLoadMs: number;
  cold: Record<string, number>;
  warm: Record<string, number>;
  warmRuns: number;
  maxRssMiB: number;
  heapUsedMiB: number;
}

async function child(directory: string, warmRuns: number): Promise<void> {
  const { createTokenizer } = await import('../src/text/tokenizer.ts');
  const { buildArticle } = await import('../src/pipeline/build-article.ts');
  const { createOfflineEngine } = await import('../src/engines/offline/compose-offline-article.ts');
  const { OUTPUT_FORMATS, renderArticle } = await import('../src/render/index.ts');
  const loaded = performance.now(); // ms since process start: node started and modules loaded
  const tokenizer = await createTokenizer();
  const tokenizerLoadMs = performance.now() - loaded;
  const run = async () => {
    const result = await buildArticle([directory], { tokenizer, engine: createOfflineEngine() });
    const started = performance.now();
    for (const format of OUTPUT_FORMATS) renderArticle(result.article, format);
    return { ...result.timings, render: performance.now() - started };
  };
  const cold = await run();
  const coldEnd = performance.now();
  const warmTotals: Record<string, number> = {};
  for (let i = 0; i < warmRuns; i += 1) {
    for (const [stage, ms] of Object.entries(await run())) warmTotals[stage] = (warmTotals[stage] ?? 0) + ms;
  }
  const warm = Object.fromEntries(Object.entries(warmTotals).map(([stage, ms]) => [stage, ms / warmRuns]));
  const result: ChildResult = {
    sources: readdirSync(directory).length,
    startupMs: loaded,
    tokenizerLoadMs,
    // Cold total is read right after the first build: ms from process start.
    cold: { ...cold, total: coldEnd },
    warm,
    warmRuns,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
  };
  process.stdout.write(JSON.stringify(result));
}

function samplePages(): string[] {
  const samples = join(root, 'samples');
  return readdirSync(samples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(samples, entry.name))
        .filter((file) => file.endsWith('.html'))
        .map((file) => join(samples, entry.name, file)),
    )
    .sort();
}

function parent(): void {
  const pages = samplePages();
  const results: ChildResult[] = [];
  for (const size of SIZES) {
    const directory = mkdtempSync(join(tmpdir(), `matome-bench-${size}-`));
    try {
      for (let i = 0; i < size; i += 1) {
        const page = pages[i % pages.length] as string;
        copyFileSync(page, join(directory, `${String(i).padStart(3, '0')}-${basename(page)}`));
      }
      const output = execFileSync(process.execPath, [import.meta.filename, '--child', directory, '3'], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      results.push(JSON.parse(output) as ChildResult);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  const fixed = (value: number, digits = 1) => value.toFixed(digits).padStart(8);
  const stages = ['read', 'extract', 'compose', 'render'];
  const base = results[0] as ChildResult;
  const warmTotal = (result: ChildResult) =>
    stages.reduce((sum, stage) => sum + (result.warm[stage] ?? 0), 0);
  console.log(`matome bench — node ${process.version}, ${pages.length} sample pages cycled; times in ms`);
  console.log('\nCold (new process: start → first article built, all stages)');
  console.log(' sources  startup  tokenizer     read  extract  compose   render    total  maxRSS MiB');
  for (const result of results) {
    console.log(
      `${String(result.sources).padStart(8)} ${fixed(result.startupMs)} ${fixed(result.tokenizerLoadMs)}` +
        stages.map((stage) => ` ${fixed(result.cold[stage] ?? 0)}`).join('') +
        ` ${fixed(result.cold.total ?? 0)} ${fixed(result.maxRssMiB)}`,
    );
  }
  console.log(`\nWarm (same process, mean of ${base.warmRuns} repeat builds)`);
  console.log(' sources     read  extract  compose   render    total  ms/source  ×(1 source)  heap MiB');
  for (const result of results) {
    const total = warmTotal(result);
    console.log(
      `${String(result.sources).padStart(8)}` +
        stages.map((stage) => ` ${fixed(result.warm[stage] ?? 0)}`).join('') +
        ` ${fixed(total)} ${fixed(total / result.sources).padStart(10)} ${fixed(total / warmTotal(base), 2).padStart(12)}` +
        ` ${fixed(result.heapUsedMiB)}`,
    );
  }
  const last = results.at(-1) as ChildResult;
  const growth = Math.log(warmTotal(last) / warmTotal(base)) / Math.log(last.sources / base.sources);
  console.log(
    `\nWarm cost grows as sources^${growth.toFixed(2)} from ${base.sources} to ${last.sources} sources.`,
  );
}

if (process.argv[2] === '--child') await child(process.argv[3] as string, Number(process.argv[4] ?? 3));
else parent();
