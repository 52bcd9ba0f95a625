// Scoring helpers for scripts/claims-by-code.ts: which checks decide claims alone, and the
// leave-one-writer-out test of letting the checks that are wrong alone as often as right stop
// deciding alone. Pure functions over the records `scripts/eval-claims.ts --record` writes.

export interface RecordedFinding {
  code: string;
  severity: string;
  kind?: string;
}
export interface ClaimRecord {
  set: string;
  id: string;
  expect: 'supported' | 'unsupported';
  type: string;
  findings: RecordedFinding[];
}
/** Per check, per writer: supported claims it alone rejected, unsupported ones it alone rejected, all it rejected. */
export interface Lone {
  fa: number;
  det: number;
  fired: number;
}
export type LoneTable = Map<string, Map<string, Lone>>;
/** `lone`: a chosen check rejects only with another check's error beside it; `warning`: a chosen check never rejects. */
export type Form = 'lone' | 'warning';

/** A check: the finding's code, with the kind of disagreement its params name where there is one. */
export const checkOf = (finding: RecordedFinding) =>
  finding.kind === undefined ? finding.code : `${finding.code}/${finding.kind}`;

/** The distinct checks whose errors rejected the claim. */
export const errorChecks = (record: ClaimRecord) =>
  new Set(record.findings.filter((f) => f.severity === 'error').map(checkOf));

export function loneTable(records: readonly ClaimRecord[], writerOf: (set: string) => string): LoneTable {
  const table: LoneTable = new Map();
  for (const record of records) {
    const writer = writerOf(record.set);
    const checks = errorChecks(record);
    for (const check of checks) {
      const row = table.get(check) ?? new Map<string, Lone>();
      table.set(check, row);
      const entry = row.get(writer) ?? { fa: 0, det: 0, fired: 0 };
      row.set(writer, entry);
      entry.fired++;
      if (checks.size === 1) entry[record.expect === 'supported' ? 'fa' : 'det']++;
    }
  }
  return table;
}

export const sumLone = (row: ReadonlyMap<string, Lone>, writers: readonly string[]): Lone =>
  writers.reduce(
    (acc, writer) => {
      const e = row.get(writer);
      return e === undefined ? acc : { fa: acc.fa + e.fa, det: acc.det + e.det, fired: acc.fired + e.fired };
    },
    { fa: 0, det: 0, fired: 0 },
  );

/**
 * The checks chosen on `training`: at least `minLone` lone decisions, wrong alone at least as often
 * as right in all, and so for more than half of the training writers it decided a claim alone for.
 */
export function chooseChecks(table: LoneTable, training: readonly string[], minLone: number): Set<string> {
  const chosen = new Set<string>();
  for (const [check, row] of table) {
    const t = sumLone(row, training);
    if (t.fa + t.det < minLone || t.fa === 0 || t.fa < t.det) continue;
    const deciding = training
      .map((w) => row.get(w))
      .filter((e): e is Lone => e !== undefined && e.fa + e.det > 0);
    if (2 * deciding.filter((e) => e.fa >= e.det).length > deciding.length) chosen.add(check);
  }
  return chosen;
}

/** Whether a claim is still rejected when the chosen checks may not reject alone (`lone`) or at all (`warning`). */
export function rejects(record: ClaimRecord, chosen: ReadonlySet<string>, form: Form): boolean {
  const checks = [...errorChecks(record)];
  if (checks.length === 0) return false;
  if (form === 'warning') return checks.some((check) => !chosen.has(check));
  return !(checks.length === 1 && chosen.has(checks[0] as string));
}

export interface Fold {
  writer: string;
  chosen: string[];
  removed: number;
  lost: number;
}
/** For each writer: checks chosen on the others, false alarms removed and detections lost on it. */
export function leaveOneWriterOut(
  records: readonly ClaimRecord[],
  writerOf: (set: string) => string,
  minLone: number,
  form: Form,
): Fold[] {
  const table = loneTable(records, writerOf);
  const writers = [...new Set(records.map((r) => writerOf(r.set)))];
  return writers.map((writer) => {
    const chosen = chooseChecks(
      table,
      writers.filter((w) => w !== writer),
      minLone,
    );
    let removed = 0;
    let lost = 0;
    for (const record of records) {
      if (writerOf(record.set) !== writer) continue;
      if (rejects(record, new Set(), form) && !rejects(record, chosen, form))
        record.expect === 'supported' ? removed++ : lost++;
    }
    return { writer, chosen: [...chosen].sort(), removed, lost };
  });
}
