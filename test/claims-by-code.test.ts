// scripts/claims-by-code-scoring.ts on invented records: which checks decide claims alone, and the
// leave-one-writer-out test of stopping the ones that are wrong alone as often as right.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type ClaimRecord,
  chooseChecks,
  leaveOneWriterOut,
  loneTable,
  rejects,
} from '../scripts/claims-by-code-scoring.ts';

let next = 0;
/** An invented claim record: its set, label and the checks that raised errors (code or code/kind). */
const claim = (set: string, expect: ClaimRecord['expect'], ...checks: string[]): ClaimRecord => ({
  set,
  id: `c${next++}`,
  expect,
  type: expect === 'supported' ? 'paraphrase' : 'number',
  findings: checks.map((check) => {
    const [code, kind] = check.split('/') as [string, string | undefined];
    return { code, severity: 'error', ...(kind === undefined ? {} : { kind }) };
  }),
});
const writerOf = (set: string) => set.replace(/[ab]$/u, '');

test('a check counts as deciding alone only when no other check raised an error; warnings do not count', () => {
  const records = [
    claim('w1', 'supported', 'support.predicate'),
    claim('w1', 'unsupported', 'support.predicate', 'support.number'),
    claim('w1', 'unsupported', 'support.date/missing'),
    {
      ...claim('w1', 'unsupported', 'support.date/missing'),
      findings: [
        { code: 'support.date', severity: 'error', kind: 'missing' },
        { code: 'support.coverage', severity: 'warning' },
      ],
    },
  ];
  const table = loneTable(records, writerOf);
  assert.deepEqual(table.get('support.predicate')?.get('w1'), { fa: 1, det: 0, fired: 2 });
  assert.deepEqual(table.get('support.number')?.get('w1'), { fa: 0, det: 0, fired: 1 });
  assert.deepEqual(table.get('support.date/missing')?.get('w1'), { fa: 0, det: 2, fired: 2 });
  assert.equal(table.has('support.coverage'), false);
});

test('sets one writer wrote are one writer, and a check is chosen only when wrong alone for most writers', () => {
  const records = [
    // support.predicate: wrong alone in w1 (two sets) and w2, right alone in w3.
    claim('w1a', 'supported', 'support.predicate'),
    claim('w1b', 'supported', 'support.predicate'),
    claim('w2', 'supported', 'support.predicate'),
    claim('w3', 'unsupported', 'support.predicate'),
    // support.name: wrong alone three times, all in w1; right alone once in w2 and once in w3.
    claim('w1a', 'supported', 'support.name'),
    claim('w1a', 'supported', 'support.name'),
    claim('w1b', 'supported', 'support.name'),
    claim('w2', 'unsupported', 'support.name'),
    claim('w3', 'unsupported', 'support.name'),
  ];
  const table = loneTable(records, writerOf);
  assert.deepEqual(table.get('support.predicate')?.get('w1'), { fa: 2, det: 0, fired: 2 });
  const chosen = chooseChecks(table, ['w1', 'w2', 'w3'], 2);
  assert.deepEqual([...chosen], ['support.predicate']);
  assert.equal(chooseChecks(table, ['w1', 'w2', 'w3'], 5).size, 0, 'fewer lone decisions than --min');
});

test('the lone form lets a second check corroborate; the warning form ignores the chosen checks', () => {
  const chosen = new Set(['support.predicate', 'support.name']);
  const both = claim('w1', 'unsupported', 'support.predicate', 'support.name');
  assert.equal(rejects(both, chosen, 'lone'), true);
  assert.equal(rejects(both, chosen, 'warning'), false);
  const alone = claim('w1', 'supported', 'support.predicate');
  assert.equal(rejects(alone, chosen, 'lone'), false);
  assert.equal(rejects(alone, new Set(), 'lone'), true);
  assert.equal(rejects(claim('w1', 'supported'), new Set(), 'warning'), false);
});

test('each fold chooses on the other writers and counts removed false alarms and lost detections on its own', () => {
  const records = [
    claim('w1', 'supported', 'support.predicate'),
    claim('w1', 'supported', 'support.predicate'),
    claim('w2', 'supported', 'support.predicate'),
    claim('w2', 'supported', 'support.predicate'),
    claim('w3', 'unsupported', 'support.predicate'),
    claim('w3', 'supported', 'support.predicate'),
    claim('w3', 'unsupported', 'support.predicate', 'support.number'),
  ];
  const folds = leaveOneWriterOut(records, writerOf, 2, 'lone');
  assert.deepEqual(folds, [
    // Left out w1: w2 (2/0) and w3 (1/1) are both wrong alone at least as often as right.
    { writer: 'w1', chosen: ['support.predicate'], removed: 2, lost: 0 },
    { writer: 'w2', chosen: ['support.predicate'], removed: 2, lost: 0 },
    // Left out w3: chosen on w1 and w2; on w3 one false alarm goes, one lone detection is lost, the
    // corroborated one stays.
    { writer: 'w3', chosen: ['support.predicate'], removed: 1, lost: 1 },
  ]);
});
