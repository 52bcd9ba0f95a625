// Builds one article per bundled sample cluster (samples/<cluster>/) into out/demo/ and prints
// where each file went. Runs the real CLI code in-process so the tokenizer loads once.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';

const root = join(import.meta.dirname, '..');
const samples = join(root, 'samples');
const outDir = join('out', 'demo');
const clusters = (await readdir(samples, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const tokenizer = await createTokenizer();
let failed = 0;
for (const cluster of clusters) {
  const printed: string[] = [];
  const code = await main(['build', '--out', outDir, join('samples', cluster)], {
    stdout: (text) => printed.push(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stderr.isTTY === true,
    tokenizer,
  });
  if (code !== 0) failed += 1;
  process.stdout.write(`${cluster}:\n${printed.map((line) => `  ${line}`).join('')}`);
}
process.stdout.write(`\n${clusters.length - failed} of ${clusters.length} articles written to ${outDir}/\n`);
process.exitCode = failed === 0 ? 0 : 1;
