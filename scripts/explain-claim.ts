// Debug aid: shows how the verifier reads one claim of claims-dev and what it aligned it to.
// Run: node scripts/explain-claim.ts set1 c019
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { findDates } from '../src/text/dates.ts';
import { findQuantities } from '../src/text/quantities.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { readSentence } from '../src/understand/read-sentence.ts';
import { createUnderstanding } from '../src/understand/understand-document.ts';
import { verifyClaim } from '../src/verify/verify-article.ts';

const [
  set = 'set1',
  id = 'c001',
  root = join(import.meta.dirname, '..', '..', 'shared', 'data', 'claims-dev'),
] = process.argv.slice(2);
const folder = join(root, set);
const claim = readFileSync(join(folder, 'claims.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
  .find((entry) => entry.id === id);
const tokenizer = await createTokenizer();
const documents = [];
for (const [i, path] of (claim.sources as string[]).entries())
  documents.push(
    extractDocument(await readSource(join(folder, path.replace(/\.json$/u, '.html')), {}), {
      id: `s${i + 1}`,
    }),
  );
const reading = readSentence(claim.sentence, tokenizer);
console.log(claim.sentence, claim.expect, claim.type);
console.log(
  'tokens',
  reading.tokens
    .map(
      (t) =>
        `${t.surface}/${t.pos.slice(0, 2)}${t.posDetail === '*' ? '' : `-${t.posDetail}`}${t.nameKind ? `:${t.nameKind}` : ''}`,
    )
    .join(' '),
);
console.log(
  'clauses',
  reading.clauses.map((c) => ({
    text: claim.sentence.slice(c.start, c.end),
    hedges: c.hedges,
    certain: c.certain,
    quoted: c.quoted,
  })),
);
console.log(
  'predicates',
  reading.predicates.map((p) => `${p.lemma}${p.negated ? '(neg)' : ''}@${p.clause}`).join(' '),
);
console.log(
  'speaker',
  reading.speaker,
  'reported',
  reading.reported,
  'people',
  reading.people,
  'names',
  reading.names,
  'roles',
  reading.roles,
);
console.log(
  'quantities',
  findQuantities(claim.sentence).map((q) => [q.text, q.value, q.unit]),
);
console.log(
  'dates',
  findDates(claim.sentence).map((d) => [d.text, d.month, d.day, d.time]),
);
const understanding = createUnderstanding(tokenizer);
const verdict = verifyClaim(claim.sentence, documents, tokenizer, understanding);
console.log(
  JSON.stringify(
    {
      supported: verdict.supported,
      score: verdict.score,
      evidence: verdict.evidence.map((e) => e.text),
      problems: verdict.problems.map((p) => `${p.severity} ${p.code}: ${p.message}`),
    },
    null,
    1,
  ),
);
if (process.env.SOURCES)
  for (const document of documents)
    for (const sentence of understanding.of(document).sentences)
      console.log(
        document.id,
        sentence.paragraph,
        sentence.text.slice(0, 60),
        JSON.stringify(sentence.dates.map((d) => [d.text, d.month, d.day, d.time])),
        sentence.speaker ?? '',
        sentence.clauses.map((c) => c.hedges.join('+')).join('|'),
      );
