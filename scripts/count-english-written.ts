// Counts the English body sentences of the development claims-holdout stories that the offline
// engine's English writer (src/engines/offline/write-english-fact.ts) writes in Japanese, and lists
// them with `--list`. Held-out sets are never read (scripts/held-out.ts). The count is the one the
// offline rounds report ("10 of 374"): every body candidate of an English page (read-candidates.ts).
import { parseArgs } from 'node:util';
import { readCandidates } from '../src/engines/offline/read-candidates.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { createUnderstanding } from '../src/understand/understand-document.ts';
import { holdoutClusters } from '../test/support/review-articles.ts';
import { reviewableSets } from './held-out.ts';

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false } } });
const stories = holdoutClusters();
const setOf = (name: string) => name.split(' ')[0] as string;
const { sets } = reviewableSets([...new Set(stories.map(({ name }) => setOf(name)))], [], true);
const understanding = createUnderstanding(await createTokenizer());
let english = 0;
let written = 0;
for (const { name, inputs } of stories.filter(({ name }) => sets.includes(setOf(name)))) {
  for (const [index, input] of inputs.entries()) {
    const document = extractDocument(await readSource(input), { id: `s${index + 1}` });
    if (document.lang === 'ja') continue;
    for (const candidate of readCandidates(understanding.of(document))) {
      english += 1;
      if (candidate.written === undefined || candidate.written.figure === true) continue;
      written += 1;
      if (values.list) console.log(`${name} | ${candidate.sentence.text}\n  → ${candidate.written.text}`);
    }
  }
}
console.log(`English sentences written: ${written} of ${english}`);
