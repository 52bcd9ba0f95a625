// Writes data/edict/sense-keys.tsv: the shipped dictionary's specific sense keys (src/stories/
// sense-keys.ts) — each main translation, stemmed, that 2 to SENSE_KEY_LIMIT headwords share, with
// those headwords — found from data/edict/edict-common.txt ahead of time, so that the clusterer reads
// a small table instead of parsing and stemming all ~23,000 entries in every process. Derived from
// EDICT, so under its licence (CC BY-SA 3.0; data/edict/README.md). `--check` compares instead of
// writing and exits 1 when the committed table differs from what the dictionary gives
// (test/sense-keys-table.test.ts runs it); rerun this script after changing the dictionary subset,
// the sense-key rule or the stemmer.
//
//   node scripts/build-sense-keys.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { senseKeyTableOf } from '../src/stories/sense-keys.ts';
import { readEdict } from '../src/text/edict.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const folder = join(import.meta.dirname, '..', 'data', 'edict');
const dictionary = join(folder, 'edict-common.txt');
const target = join(folder, 'sense-keys.tsv');
const source = (readFileSync(dictionary, 'utf8').split('\n', 1)[0] ?? '').replace(/^#\s*/, '');
const table = senseKeyTableOf(readEdict(dictionary), source);
const keys = table.split('\n').length - 2;
if (values.check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // A missing table differs.
  }
  if (committed !== table) {
    console.error(
      `build-sense-keys: ${target} differs from what ${dictionary} gives; rerun without --check to rewrite it.`,
    );
    process.exit(1);
  }
  console.log(`build-sense-keys: ${target} is what ${dictionary} gives (${keys} keys).`);
} else {
  writeFileSync(target, table);
  console.log(`build-sense-keys: wrote ${target} (${keys} keys).`);
}
