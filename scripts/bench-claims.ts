// Benchmark: `matome verify-claim --jsonl` throughput on development claim sets (by default
// claims-dev set1 and claims-holdout set3, 308 claims, about as many as the 310 of claims-dev set1 +
// set2 that earlier rounds timed; set2 is held out, and a benchmark reads its pages too, so it is no
// longer read).
//
// Start-up (module loading, the tokenizer's dictionary) is reported apart. Each round then runs
// every claim through the command itself (`verify-claim --jsonl -`, the claims given on its stdin,
// a fresh source cache each round, so each page is read and extracted once per round), and, as the
// baseline of the same round, only reads and extracts the distinct pages through the same reader.
// The ratio batch / baseline shows what checking costs over I/O. Last, each claim is timed alone
// against already-read pages and grouped by how many sources it lists (1, 2, 3).
// Sources in claims.jsonl name `pages/NN-x.json`; the checker gets the `.html` twin, and never
// sees a claim's expect, type or note.
// Run: node scripts/bench-claims.ts [--rounds N] [SET_DIR…]   (SET_DIR: a set folder, such as
// ../shared/data/claims-dev/set1 or test/fixtures/claims-holdout/set9; a held-out set is refused,
// scripts/held-out.ts)
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { heldOutAmong } from './held-out.ts';

const REQUIRED_PER_SECOND = 20;
const { values, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds ${values.rounds}: give a whole number from 1`);
  process.exit(2);
}
const projectRoot = join(import.meta.dirname, '..');
const DEFAULT_SETS = [
  join(projectRoot, '..', 'shared', 'data', 'claims-dev', 'set1'),
  join(projectRoot, 'test', 'fixtures', 'claims-holdout', 'set3'),
];
const setDirs = (positionals.length > 0 ? positionals : DEFAULT_SETS).map((dir) => resolve(dir));
for (const dir of setDirs) {
  if (heldOutAmong(dirname(dir), [basename(dir)]).length > 0) {
    console.error(
      `${basename(dirname(dir))} ${basename(dir)} is held out: a benchmark reads its pages, so it is not run on it (CONTRIBUTING); pick a development set`,
    );
    process.exit(2);
  }
  if (!existsSync(join(dir, 'claims.jsonl'))) {
    console.error(`no claims.jsonl in ${dir} (pass set folders, such as ../shared/data/claims-dev/set1)`);
    process.exit(2);
  }
}
/** A set's name in the output: its collection and set (claims-dev/set1). */
const setName = (dir: string) => `${basename(dirname(dir))}/${basename(dir)}`;

// The modules are loaded once the sets are known to be development sets.
const started = performance.now();
const { runVerifyClaimCommand, verifyClaimLines } = await import('../src/cli/verify-claim-command.ts');
const { createUnderstanding } = await import('../src/understand/understand-document.ts');
const { createSourceReader } = await import('../src/cli/read-documents.ts');
const { createTokenizer } = await import('../src/text/tokenizer.ts');
const modulesMs = performance.now() - started;

interface Claim {
  id: string;
  sources: string[];
  sentence: string;
}
const claims: Claim[] = [];
for (const folder of setDirs) {
  const set = setName(folder);
  for (const line of readFileSync(join(folder, 'claims.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { id, sources, sentence } = JSON.parse(line) as Claim;
    const html = sources.map((source) => join(folder, source.replace(/\.json$/u, '.html')));
    claims.push({ id: `${set}/${id}`, sources: html, sentence });
  }
}
const input = claims.map((claim) => JSON.stringify(claim)).join('\n');
const pages = [...new Set(claims.flatMap((claim) => claim.sources))];

const tokenizerStarted = performance.now();
const tokenizer = await createTokenizer();
const tokenizerMs = performance.now() - tokenizerStarted;
const synonymsStarted = performance.now();
const { createSynonyms } = await import('../src/text/synonyms.ts');
createSynonyms();
const synonymsMs = performance.now() - synonymsStarted;

/** One batch through the command, as `matome verify-claim --jsonl -` runs it. */
async function batch(): Promise<{ ms: number; lines: string[]; code: number }> {
  const lines: string[] = [];
  let stderr = '';
  const t0 = performance.now();
  const code = await runVerifyClaimCommand(['--jsonl', '-'], {
    stdout: (text) => lines.push(text),
    stderr: (text) => {
      stderr += text;
    },
    tokenizer,
    stdin: async () => input,
  });
  const ms = performance.now() - t0;
  if (code > 1) throw new Error(`verify-claim --jsonl exited ${code}: ${stderr}`);
  return { ms, lines, code };
}

/** The baseline: read and extract each distinct page once, through the command's reader. */
async function baseline(): Promise<number> {
  const read = createSourceReader([]);
  const t0 = performance.now();
  for (const [index, page] of pages.entries()) await read(page, `s${index + 1}`);
  return performance.now() - t0;
}

const runs: Array<{ batchMs: number; baselineMs: number }> = [];
let output: string[] = [];
for (let round = 0; round < rounds; round += 1) {
  const baselineMs = await baseline();
  const { ms, lines } = await batch();
  runs.push({ batchMs: ms, baselineMs });
  output = lines;
}
const verdicts = output.map((line) => JSON.parse(line) as { supported?: boolean; error?: unknown });
const errors = verdicts.filter((verdict) => verdict.error !== undefined).length;
const supported = verdicts.filter((verdict) => verdict.supported === true).length;

// Checking alone, per claim, by how many sources it lists (pages already read and extracted).
const warm = createSourceReader([], { cache: true });
for (const [index, page] of pages.entries()) await warm(page, `s${index + 1}`);
// The pages' reading (and the synonym dictionary) is shared too, as in one --jsonl run.
const understanding = createUnderstanding(tokenizer);
const bySources = new Map<number, number[]>();
for (const claim of claims) {
  const t0 = performance.now();
  await verifyClaimLines(
    JSON.stringify(claim),
    { input: 'bench', baseDir: projectRoot, tokenizer, readSource: warm, understanding },
    () => {},
  );
  const ms = performance.now() - t0;
  const times = bySources.get(claim.sources.length) ?? [];
  times.push(ms);
  bySources.set(claim.sources.length, times);
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / Math.max(1, xs.length);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const row = (cells: readonly string[], widths: readonly number[]) =>
  `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]) => {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [
    row(header, widths),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => row(r, widths)),
  ].join('\n');
};

const first = runs[0] ?? { batchMs: 0, baselineMs: 0 };
const batchMedian = median(runs.map((run) => run.batchMs));
const baselineMedian = median(runs.map((run) => run.baselineMs));
const perSecond = (batchMs: number) => (claims.length * 1000) / batchMs;

console.log(
  `verify-claim --jsonl: ${claims.length} claims (${setDirs.map(setName).join(' + ')}), ${pages.length} distinct pages, ${rounds} round(s); node ${process.version}`,
);
console.log(
  `start-up: modules ${ms(modulesMs)}, tokenizer load ${ms(tokenizerMs)}, synonym dictionary load ${ms(synonymsMs)} (once per run, not counted below)`,
);
console.log(
  `verdicts: ${supported} supported, ${verdicts.length - supported - errors} unsupported, ${errors} errors\n`,
);
console.log(
  table(
    ['', 'batch (read + check)', 'claims/s', 'baseline (read + extract pages)', 'batch / baseline'],
    [
      [
        'first round',
        ms(first.batchMs),
        perSecond(first.batchMs).toFixed(1),
        ms(first.baselineMs),
        `${(first.batchMs / first.baselineMs).toFixed(1)}×`,
      ],
      [
        'median',
        ms(batchMedian),
        perSecond(batchMedian).toFixed(1),
        ms(baselineMedian),
        `${(batchMedian / baselineMedian).toFixed(1)}×`,
      ],
    ],
  ),
);
console.log('\nchecking one claim against already-read pages, by sources listed:\n');
const one = mean(bySources.get(1) ?? []);
console.log(
  table(
    ['sources', 'claims', 'mean', 'median', 'vs 1 source'],
    [...bySources.entries()]
      .sort(([a], [b]) => a - b)
      .map(([count, times]) => [
        String(count),
        String(times.length),
        ms(mean(times)),
        ms(median(times)),
        one > 0 ? `${(mean(times) / one).toFixed(2)}×` : '-',
      ]),
  ),
);
const rate = perSecond(batchMedian);
const verdict = rate >= REQUIRED_PER_SECOND ? 'meets' : 'BELOW';
console.log(
  `\n${rate.toFixed(1)} claims/s after start-up (median round): ${verdict} the ${REQUIRED_PER_SECOND}/s target`,
);
if (errors > 0) process.exitCode = 1;
