// Writes data/edict/edict-common.txt: the entries of EDICT (the Electronic Dictionary Research and
// Development Group's Japanese–English dictionary, CC BY-SA 3.0; see data/edict/README.md) that the
// dictionary marks as common words — the lines holding its priority mark "(P)" — converted from
// EUC-JP to UTF-8, otherwise verbatim and in the dictionary's order, after one header line that
// names the source file's own first line (its version and date) and the entry count. The source is
// Debian's `edict` package (`apt-get install edict` puts it at /usr/share/edict/edict); another
// copy can be named with --from. `--check` compares instead of writing, and exits 1 when the
// committed file differs from what the source gives (test/edict-subset.test.ts runs it).
//
//   node scripts/build-edict-subset.ts [--from /usr/share/edict/edict] [--check]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { edictSubsetOf } from '../src/text/edict.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '/usr/share/edict/edict' },
    check: { type: 'boolean', default: false },
  },
});
const from = values.from ?? '/usr/share/edict/edict';
const target = join(import.meta.dirname, '..', 'data', 'edict', 'edict-common.txt');
if (!existsSync(from)) {
  console.error(
    `build-edict-subset: ${from} does not exist. Install Debian's edict package (apt-get install edict) or name a copy of EDICT with --from.`,
  );
  process.exit(2);
}
const subset = edictSubsetOf(new TextDecoder('euc-jp', { fatal: true }).decode(readFileSync(from)));
if (values.check) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== subset) {
    console.error(
      `build-edict-subset: ${target} differs from what ${from} gives; rerun without --check to rewrite it.`,
    );
    process.exit(1);
  }
  console.log(
    `build-edict-subset: ${target} is what ${from} gives (${subset.split('\n').length - 2} entries).`,
  );
} else {
  writeFileSync(target, subset);
  console.log(`build-edict-subset: wrote ${target} (${subset.split('\n').length - 2} entries).`);
}
