// False alarms on faithful text the project did not write: every line of the editor-written
// three-line summaries in ../shared/data/summaries-dev (40 articles × 3 lines) is a faithful
// headline-style paraphrase of its article, so each should pass verify-claim's checks. Prints the
// share of lines the verifier rejects, as a claim and as a fragment (how the article verifier
// reads a ✅ line without 「。」), and with --errors each rejected line with its problems.
// Run: node scripts/eval-summary-lines.ts [--errors] [DATA_DIR]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { createUnderstanding } from '../src/understand/understand-document.ts';
import { checkClaim } from '../src/verify/check-claim.ts';
import { summariesDevDocument } from '../test/support/summary-eval.ts';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const root = resolve(
  args.find((arg) => !arg.startsWith('--')) ??
    join(import.meta.dirname, '..', '..', 'shared', 'data', 'summaries-dev'),
);
interface Entry {
  id: string;
  title: string;
  siteName: string;
  publishedAt: string;
  url: string;
  text: string;
  summary: string[];
}
const entries = readFileSync(join(root, 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Entry);
const tokenizer = await createTokenizer();
const understanding = createUnderstanding(tokenizer);
const rejected = { claim: 0, fragment: 0 };
let lines = 0;
const codes = new Map<string, number>();
for (const entry of entries) {
  const document = summariesDevDocument(entry);
  const scope = [understanding.of(document)];
  for (const line of entry.summary) {
    lines++;
    for (const kind of ['claim', 'fragment'] as const) {
      const errors = checkClaim(line, scope, understanding, { path: 'line', kind }).findings.filter(
        (finding) => finding.severity === 'error',
      );
      if (errors.length === 0) continue;
      rejected[kind]++;
      if (kind === 'claim')
        for (const error of errors) codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
      if (showErrors && kind === 'claim')
        console.log(`✗ ${entry.id} ${line}\n${errors.map((e) => `    ${e.code}: ${e.message}`).join('\n')}`);
    }
  }
}
const percent = (n: number) => `${((100 * n) / lines).toFixed(1)}% (${n}/${lines})`;
console.log(`summaries-dev: ${lines} editor-written summary lines, each faithful to its article`);
console.log(`rejected as a claim:    ${percent(rejected.claim)}`);
console.log(`rejected as a fragment: ${percent(rejected.fragment)}`);
console.log(`codes (as a claim): ${[...codes].map(([code, n]) => `${code} ${n}`).join(', ')}`);
