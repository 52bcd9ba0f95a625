// Writes data/edict/same-sense.tsv: the same-sense relation (src/text/same-sense.ts) made over the
// shipped EDICT subset — every word it joins to another, with those words — so that a build reads
// it instead of making it (parsing every entry and stemming every gloss). Rerun after a change to
// the relation (same-sense.ts, its glossKey or HUB_LIMIT, text/antonyms.ts) or to the subset;
// `--check` compares instead of writing and exits 1 on a difference (test/same-sense-table.test.ts).
//
//   node scripts/build-same-sense.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SAME_SENSE_FILE, sameSenseTable } from '../src/text/same-sense.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const table = sameSenseTable();
const words = table.split('\n').length - 2;
if (values.check) {
  let committed = '';
  try {
    committed = readFileSync(SAME_SENSE_FILE, 'utf8');
  } catch {}
  if (committed !== table) {
    console.error(
      `build-same-sense: ${SAME_SENSE_FILE} differs from the relation made now; rerun without --check to rewrite it.`,
    );
    process.exit(1);
  }
  console.log(`build-same-sense: ${SAME_SENSE_FILE} is the relation made now (${words} words).`);
} else {
  writeFileSync(SAME_SENSE_FILE, table);
  console.log(`build-same-sense: wrote ${SAME_SENSE_FILE} (${words} words).`);
}
