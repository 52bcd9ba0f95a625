// Which verifier checks decide claims alone, and how often they are right when they do (issue 9).
// Reads the per-claim records `scripts/eval-claims.ts --record FILE` writes (set, id, label, type and
// the code and check kind of each finding; no claim text) and prints, per check (code/kind):
//   - fa: supported claims it alone rejected (false alarms no other check raised),
//   - det: unsupported claims it alone rejected (detections no other check made),
// per writer (a writer is one blind author; the sets one session wrote together are one writer),
// then a leave-one-writer-out test of the policy "a check whose lone decisions were wrong at least as
// often as right on the other writers does not reject a claim alone": for each writer, the checks are
// chosen on the other writers and the gain (false alarms removed minus detections lost) is counted
// on the left-out one. Two forms are scored: `lone` (any second check's error corroborates) and
// `warning` (the chosen checks never reject).
// Run: node scripts/eval-claims.ts --set set1 --record R.jsonl && \
//      node scripts/eval-claims.ts test/fixtures/claims-holdout --set set3 … --record R.jsonl && \
//      node scripts/claims-by-code.ts R.jsonl [--min N]
// --min N: a check is chosen only when its lone decisions on the training writers number at least N (default 2).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Finding {
  code: string;
  severity: string;
  kind?: string;
}
interface Record {
  set: string;
  id: string;
  expect: 'supported' | 'unsupported';
  type: string;
  findings: Finding[];
}

/** The blind authors of the development sets: claims-dev set1, and the holdout pairs each session wrote. */
const WRITERS: Readonly<{ [set: string]: string }> = {
  set1: 'claims-dev',
  set3: 'set3/4',
  set4: 'set3/4',
  set5: 'set5',
  set7: 'set7',
  set9: 'set9/10',
  set10: 'set9/10',
  set11: 'set11/12',
  set12: 'set11/12',
  set13: 'set13/14',
  set14: 'set13/14',
};

const { values, positionals } = parseArgs({
  options: { min: { type: 'string', default: '2' } },
  allowPositionals: true,
});
const file = positionals[0];
if (file === undefined) {
  console.error(
    'usage: node scripts/claims-by-code.ts RECORDS.jsonl [--min N] (write RECORDS with eval-claims.ts --record)',
  );
  process.exit(2);
}
const minLone = Number(values.min);
if (!Number.isInteger(minLone) || minLone < 0) {
  console.error(`--min must be a whole number ≥ 0, got "${values.min}"`);
  process.exit(2);
}
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Record);
const unknown = [...new Set(records.map((r) => r.set).filter((set) => WRITERS[set] === undefined))];
if (unknown.length > 0) {
  console.error(`${file}: sets ${unknown.join(', ')} have no writer in WRITERS (development sets only)`);
  process.exit(2);
}

const mechanism = (finding: Finding) =>
  finding.kind === undefined ? finding.code : `${finding.code}/${finding.kind}`;
/** The distinct checks whose errors rejected the claim. */
const errorChecks = (record: Record) =>
  new Set(record.findings.filter((f) => f.severity === 'error').map(mechanism));

const writers = [...new Set(records.map((r) => WRITERS[r.set] as string))];
interface Lone {
  fa: number;
  det: number;
  fired: number;
}
/** Per check, per writer: lone false alarms, lone detections, and every claim it fired on. */
const table = new Map<string, Map<string, Lone>>();
const cell = (check: string, writer: string) => {
  const row = table.get(check) ?? new Map<string, Lone>();
  table.set(check, row);
  const entry = row.get(writer) ?? { fa: 0, det: 0, fired: 0 };
  row.set(writer, entry);
  return entry;
};
for (const record of records) {
  const writer = WRITERS[record.set] as string;
  const checks = errorChecks(record);
  for (const check of checks) {
    const entry = cell(check, writer);
    entry.fired++;
    if (checks.size === 1) entry[record.expect === 'supported' ? 'fa' : 'det']++;
  }
}

const sum = (row: Map<string, Lone>, only: readonly string[]) =>
  only.reduce(
    (acc, writer) => {
      const e = row.get(writer);
      return e === undefined ? acc : { fa: acc.fa + e.fa, det: acc.det + e.det, fired: acc.fired + e.fired };
    },
    { fa: 0, det: 0, fired: 0 },
  );

console.log(`${records.length} claims, ${writers.length} writers (${writers.join(', ')})`);
console.log(
  '\nPer check: lone false alarms / lone detections (fa/det) per writer; fired = claims it raised an error on',
);
const checks = [...table.keys()].sort();
console.log(`${'check'.padEnd(34)} ${writers.map((w) => w.padStart(9)).join(' ')}     total  fired`);
for (const check of checks) {
  const row = table.get(check) as Map<string, Lone>;
  const cells = writers.map((w) => {
    const e = row.get(w);
    return (e === undefined ? '·' : `${e.fa}/${e.det}`).padStart(9);
  });
  const total = sum(row, writers);
  console.log(
    `${check.padEnd(34)} ${cells.join(' ')} ${`${total.fa}/${total.det}`.padStart(9)} ${String(total.fired).padStart(6)}`,
  );
}

/** The checks chosen on `training`: lone decisions at least minLone, wrong at least as often as right. */
const choose = (training: readonly string[]) =>
  new Set(
    checks.filter((check) => {
      const t = sum(table.get(check) as Map<string, Lone>, training);
      return t.fa + t.det >= minLone && t.fa > 0 && t.fa >= t.det;
    }),
  );
/** Whether a claim is still rejected when the chosen checks may not reject alone (or at all, as warnings). */
const rejects = (record: Record, chosen: ReadonlySet<string>, form: 'lone' | 'warning') => {
  const checks = errorChecks(record);
  if (checks.size === 0) return false;
  if (form === 'warning') return [...checks].some((check) => !chosen.has(check));
  return !(checks.size === 1 && chosen.has([...checks][0] as string));
};

for (const form of ['lone', 'warning'] as const) {
  console.log(
    `\nLeave one writer out, form "${form}" (gain = false alarms removed − detections lost on the left-out writer)`,
  );
  let better = 0;
  let worse = 0;
  for (const left of writers) {
    const chosen = choose(writers.filter((w) => w !== left));
    let removed = 0;
    let lost = 0;
    for (const record of records) {
      if (WRITERS[record.set] !== left) continue;
      const before = rejects(record, new Set(), form);
      const after = rejects(record, chosen, form);
      if (before && !after) record.expect === 'supported' ? removed++ : lost++;
    }
    const gain = removed - lost;
    if (gain > 0) better++;
    if (gain < 0) worse++;
    console.log(
      `  ${left.padEnd(10)} chosen: ${[...chosen].join(', ') || '(none)'}  fa removed ${removed}, det lost ${lost}, gain ${gain > 0 ? '+' : ''}${gain}`,
    );
  }
  console.log(
    `  folds better ${better}, worse ${worse}, unchanged ${writers.length - better - worse} of ${writers.length}`,
  );
  const all = choose(writers);
  console.log(`  chosen on all ${writers.length} writers: ${[...all].join(', ') || '(none)'}`);
}
