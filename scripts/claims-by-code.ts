// Which verifier checks decide claims alone, and how often they are right when they do (issue 9).
// Reads the per-claim records `scripts/eval-claims.ts --record FILE` writes (set, id, label, type and
// the code and check kind of each finding; no claim text) and prints, per check (code/kind):
//   - fa: supported claims it alone rejected (false alarms no other check raised),
//   - det: unsupported claims it alone rejected (detections no other check made),
// per writer (a writer is one blind author; the sets one session wrote together are one writer),
// then a leave-one-writer-out test of the policy "a check whose lone decisions were wrong at least as
// often as right on the other writers, in all and for most of them, does not reject a claim alone":
// for each writer, the checks are chosen on the other writers and the gain (false alarms removed
// minus detections lost) is counted on the left-out one. Two forms are scored: `lone` (any second
// check's error corroborates) and `warning` (the chosen checks never reject).
// Run: node scripts/eval-claims.ts --set set1 --record R.jsonl && \
//      node scripts/eval-claims.ts test/fixtures/claims-holdout --set set3 … --record R.jsonl && \
//      node scripts/claims-by-code.ts R.jsonl [--min N]
// --min N: a check is chosen only with at least N lone decisions on the training writers (default 2).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type ClaimRecord,
  type Lone,
  leaveOneWriterOut,
  loneTable,
  sumLone,
} from './claims-by-code-scoring.ts';

/** The blind authors of the development sets: claims-dev set1, and the holdout sets each session wrote. */
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
  set15: 'set15/16',
  set16: 'set15/16',
  set17: 'set17/18',
  set18: 'set17/18',
  set19: 'set19/20',
  set20: 'set19/20',
  set21: 'set21/22',
  set22: 'set21/22',
  set23: 'set23/24',
  set24: 'set23/24',
  set25: 'set25/26',
  set26: 'set25/26',
  set27: 'set27/28',
  set28: 'set27/28',
  set29: 'set29/30',
  set30: 'set29/30',
  set31: 'set31/32',
  set32: 'set31/32',
  set33: 'set33/34',
  set34: 'set33/34',
  set35: 'set35/36',
  set36: 'set35/36',
  set37: 'set37/38',
  set38: 'set37/38',
  set39: 'set39/40',
  set40: 'set39/40',
  set41: 'set41/42',
  set42: 'set41/42',
  set43: 'set43/44',
  set44: 'set43/44',
  set45: 'set45/46',
  set46: 'set45/46',
  set47: 'set47/48',
  set48: 'set47/48',
  set49: 'set49/50',
  set50: 'set49/50',
  set51: 'set51/52',
  set52: 'set51/52',
  set53: 'set53/54',
  set54: 'set53/54',
  set55: 'set55/56',
  set56: 'set55/56',
  set57: 'set57/58',
  set58: 'set57/58',
  set59: 'set59/60',
  set60: 'set59/60',
  set61: 'set61/62',
  set62: 'set61/62',
  set63: 'set63/64',
  set64: 'set63/64',
  set65: 'set65/66',
  set66: 'set65/66',
  set67: 'set67/68',
  set68: 'set67/68',
  set69: 'set69/70',
  set70: 'set69/70',
  set71: 'set71/72',
  set72: 'set71/72',
  set73: 'set73/74',
  set74: 'set73/74',
  set75: 'set75/76',
  set76: 'set75/76',
  set77: 'set77/78',
  set78: 'set77/78',
  set79: 'set79/80',
  set80: 'set79/80',
  set81: 'set81/82',
  set82: 'set81/82',
  set83: 'set83/84',
  set84: 'set83/84',
  set85: 'set85/86',
  set86: 'set85/86',
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
  .map((line) => JSON.parse(line) as ClaimRecord);
const unknown = [...new Set(records.map((r) => r.set).filter((set) => WRITERS[set] === undefined))];
if (unknown.length > 0) {
  console.error(`${file}: sets ${unknown.join(', ')} have no writer in WRITERS (development sets only)`);
  process.exit(2);
}
const writerOf = (set: string) => WRITERS[set] as string;
const writers = [...new Set(records.map((r) => writerOf(r.set)))];
const table = loneTable(records, writerOf);

console.log(`${records.length} claims, ${writers.length} writers (${writers.join(', ')})`);
console.log(
  '\nPer check: lone false alarms / lone detections (fa/det) per writer; fired = claims it raised an error on',
);
console.log(`${'check'.padEnd(34)} ${writers.map((w) => w.padStart(10)).join(' ')}     total  fired`);
for (const check of [...table.keys()].sort()) {
  const row = table.get(check) as Map<string, Lone>;
  const cells = writers.map((w) => {
    const e = row.get(w);
    return (e === undefined ? '·' : `${e.fa}/${e.det}`).padStart(10);
  });
  const total = sumLone(row, writers);
  console.log(
    `${check.padEnd(34)} ${cells.join(' ')} ${`${total.fa}/${total.det}`.padStart(9)} ${String(total.fired).padStart(6)}`,
  );
}

for (const form of ['lone', 'warning'] as const) {
  console.log(
    `\nLeave one writer out, form "${form}" (gain = false alarms removed − detections lost on the left-out writer)`,
  );
  const folds = leaveOneWriterOut(records, writerOf, minLone, form);
  for (const fold of folds) {
    const gain = fold.removed - fold.lost;
    console.log(
      `  ${fold.writer.padEnd(10)} chosen: ${fold.chosen.join(', ') || '(none)'}  fa removed ${fold.removed}, det lost ${fold.lost}, gain ${gain > 0 ? '+' : ''}${gain}`,
    );
  }
  const better = folds.filter((f) => f.removed > f.lost).length;
  const worse = folds.filter((f) => f.removed < f.lost).length;
  const net = folds.reduce((acc, f) => acc + f.removed - f.lost, 0);
  console.log(
    `  folds better ${better}, worse ${worse}, unchanged ${folds.length - better - worse} of ${folds.length}; net gain ${net}`,
  );
}
