// Scores `verifyClaim` on the labelled claim sets in ../shared/data/claims-dev/ (set1, set2): each
// claim is checked against the .html pages it lists, read and extracted as a build reads them. The
// checker never sees a claim's label, type or note. Prints detection (unsupported claims rejected)
// and false alarms (supported claims rejected) per type and overall for each set and both together,
// and the confusion table. With --errors it lists every wrong verdict with the problems raised.
// Run: node scripts/eval-claims.ts [--errors] [--json] [--record FILE] [--set set1|set2] [DATA_DIR]
// --record FILE appends one JSON line per claim (set, id, label, type, and the code and check kind of
// each finding; no claim text) for scripts/claims-by-code.ts.
// --json prints, as the last line, each set's counts as one JSON object (for tests that hold a floor).
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Document } from '../src/domain/document.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { createUnderstanding } from '../src/understand/understand-document.ts';
import { type ClaimVerdict, verifyClaim } from '../src/verify/verify-article.ts';
import { heldOutAmong } from './held-out.ts';

interface Claim {
  id: string;
  sources: string[];
  sentence: string;
  expect: 'supported' | 'unsupported';
  type: string;
}

const { values, positionals } = parseArgs({
  options: {
    errors: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
    record: { type: 'string' },
    judge: { type: 'string' },
    'base-url': { type: 'string' },
  },
  allowPositionals: true,
});
const root = resolve(positionals[0] ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'claims-dev'));
if (!existsSync(root)) {
  console.error(`claims-dev not found: ${root} (pass the folder as the first argument)`);
  process.exit(2);
}
const sets = values.set ?? ['set1', 'set2'];
const held = heldOutAmong(root, sets);
if (held.length > 0 && (values.errors || values.record !== undefined)) {
  console.error(
    `${basename(root)} ${held.join(', ')} ${held.length > 1 ? 'are' : 'is'} held out: only totals are read, never its errors or per-claim records (CONTRIBUTING); leave out --errors and --record, or pick development sets with --set`,
  );
  process.exit(2);
}
// --judge MODEL [--base-url URL]: also ask a language model about each claim the rules support, and
// report the figures again counting its doubts (support.judge) as flags. The rules' figures above
// them do not change.
const askJudge = await (async () => {
  if (values.judge === undefined) return undefined;
  const { judgeOnModel, judgeVerdict } = await import('../src/pipeline/judge-claim.ts');
  const judge = judgeOnModel({
    model: values.judge,
    ...(values['base-url'] === undefined ? {} : { baseURL: values['base-url'] }),
    env: process.env,
    timeoutMs: 120_000,
  });
  return (verdict: ClaimVerdict, sentence: string, documents: readonly Document[]) =>
    judgeVerdict(verdict, sentence, documents, judge);
})();
const judged: Record<string, { detected: number; falseAlarms: number; failed: number }> = {};
const tokenizer = await createTokenizer();
const understanding = createUnderstanding(tokenizer);

interface Tally {
  right: number;
  total: number;
}
const tally = (map: Map<string, Tally>, key: string, right: boolean) => {
  const entry = map.get(key) ?? { right: 0, total: 0 };
  entry.total++;
  if (right) entry.right++;
  map.set(key, entry);
};
const percent = (t: Tally | undefined) =>
  t === undefined || t.total === 0 ? '   -  ' : `${((100 * t.right) / t.total).toFixed(1).padStart(5)}%`;

const overall = new Map<string, Tally>();
/** Per set (and 'both sets'): unsupported claims rejected of all unsupported, supported rejected of all supported. */
const counts: Record<
  string,
  { detected: number; unsupported: number; falseAlarms: number; supported: number }
> = {};
const started = performance.now();
let checked = 0;
for (const set of sets) {
  const folder = join(root, set);
  const claims = readFileSync(join(folder, 'claims.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Claim);
  const pages = new Map<string, Document>();
  const documentOf = async (path: string, id: string): Promise<Document> => {
    const html = join(folder, path.replace(/\.json$/u, '.html'));
    let document = pages.get(html);
    if (document === undefined) {
      document = extractDocument(await readSource(html, {}), { id: 's1' });
      pages.set(html, document);
    }
    return { ...document, id };
  };
  const byType = new Map<string, Tally>();
  const confusion = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const claim of claims) {
    const documents = await Promise.all(claim.sources.map((path, i) => documentOf(path, `s${i + 1}`)));
    const verdict = verifyClaim(claim.sentence, documents, tokenizer, understanding);
    checked++;
    const unsupported = claim.expect === 'unsupported';
    const right = verdict.supported !== unsupported;
    if (unsupported) confusion[verdict.supported ? 'fn' : 'tp']++;
    else confusion[verdict.supported ? 'tn' : 'fp']++;
    tally(byType, claim.type, right);
    tally(byType, unsupported ? '(detection)' : '(kept)', right);
    tally(overall, claim.type, right);
    tally(overall, unsupported ? '(detection)' : '(kept)', right);
    if (askJudge !== undefined) {
      const opinion = await askJudge(verdict, claim.sentence, documents);
      const flagged =
        !opinion.supported || opinion.problems.some((problem) => problem.code === 'support.judge');
      for (const name of [set, 'both sets']) {
        const entry = judged[name] ?? { detected: 0, falseAlarms: 0, failed: 0 };
        judged[name] = entry;
        if (flagged && unsupported) entry.detected++;
        if (flagged && !unsupported) entry.falseAlarms++;
        if (opinion.judge !== undefined && 'error' in opinion.judge) entry.failed++;
      }
    }
    if (values.record !== undefined) {
      const findings = verdict.problems.map((problem) => ({
        code: problem.code,
        severity: problem.severity,
        ...(typeof problem.params?.kind === 'string' ? { kind: problem.params.kind } : {}),
      }));
      const line = { set, id: claim.id, expect: claim.expect, type: claim.type, findings };
      appendFileSync(values.record, `${JSON.stringify(line)}\n`);
    }
    if (values.errors && !right) {
      const problems = verdict.problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => `${problem.code}: ${problem.message}`);
      console.log(`✗ ${set} ${claim.id} [${claim.type}] ${claim.sentence}`);
      for (const line of problems) console.log(`    ${line}`);
    }
  }
  report(set, byType, confusion);
}
if (sets.length > 1) report('both sets', overall);
const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${checked} claims in ${seconds.toFixed(1)} s (${(checked / seconds).toFixed(1)} claims/s, pages extracted once)`,
);
if (values.json) console.log(JSON.stringify(counts));

function report(name: string, byType: Map<string, Tally>, confusion?: Record<string, number>) {
  const detection = byType.get('(detection)');
  const kept = byType.get('(kept)');
  const falseAlarm = kept === undefined ? undefined : { right: kept.total - kept.right, total: kept.total };
  counts[name] = {
    detected: detection?.right ?? 0,
    unsupported: detection?.total ?? 0,
    falseAlarms: falseAlarm?.right ?? 0,
    supported: falseAlarm?.total ?? 0,
  };
  console.log(`\n== ${name}`);
  console.log(
    `detection ${percent(detection)} (${detection?.right ?? 0}/${detection?.total ?? 0})   false alarms ${percent(falseAlarm)} (${falseAlarm?.right ?? 0}/${falseAlarm?.total ?? 0})`,
  );
  const types = [...byType.keys()].filter((key) => !key.startsWith('(')).sort();
  for (const type of types) {
    const t = byType.get(type) as Tally;
    const label = ['faithful', 'paraphrase'].includes(type) ? 'kept' : 'detected';
    console.log(
      `  ${type.padEnd(12)} ${label.padEnd(8)} ${String(t.right).padStart(3)}/${String(t.total).padEnd(3)} ${percent(t)}`,
    );
  }
  const opinion = judged[name];
  if (opinion !== undefined)
    console.log(
      `  with the judge's doubts as flags (${values.judge}): detection ${opinion.detected}/${detection?.total ?? 0}, false alarms ${opinion.falseAlarms}/${falseAlarm?.total ?? 0}; the judge failed on ${opinion.failed}`,
    );
  if (confusion !== undefined)
    console.log(
      `  confusion: unsupported→rejected ${confusion.tp}, unsupported→supported ${confusion.fn}, supported→rejected ${confusion.fp}, supported→supported ${confusion.tn}`,
    );
}
