// Counts the English body sentences of the development claims-holdout stories that the offline
// engine's English writer (src/engines/offline/write-english-fact.ts) writes in Japanese, and lists
// them with `--list`. Held-out sets are never read (scripts/held-out.ts). The count is the one the
// offline rounds report ("10 of 374"): every body candidate of an English page (read-candidates.ts).
// `--reasons` also counts why the writer leaves the rest to a quotation (the first gate each fails,
// EnglishRefusal), over all of them and over those the article shows (a ✅ line or a body sentence,
// quoted), and says how many of the shown ones are written; it builds each story's article (slower).
// With `--list` too it lists the shown ones it quotes, each with its place and reason.
// `--verify` checks each written line against its own source (checkClaim) and counts what the
// verifier finds on it: a line it warns or rejects is one the article's verify step would ban.
import { parseArgs } from 'node:util';
import type { Article } from '../src/domain/article.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { type Candidate, readCandidates } from '../src/engines/offline/read-candidates.ts';
import { type EnglishRefusal, writeEnglishFact } from '../src/engines/offline/write-english-fact.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { createUnderstanding } from '../src/understand/understand-document.ts';
import { checkClaim } from '../src/verify/check-claim.ts';
import { holdoutClusters } from '../test/support/review-articles.ts';
import { reviewableSets } from './held-out.ts';

const { values } = parseArgs({
  options: {
    list: { type: 'boolean', default: false },
    reasons: { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
  },
});
const stories = holdoutClusters();
const setOf = (name: string) => name.split(' ')[0] as string;
const { sets } = reviewableSets([...new Set(stories.map(({ name }) => setOf(name)))], [], true);
const tokenizer = await createTokenizer();
const understanding = createUnderstanding(tokenizer);
let english = 0;
let written = 0;
const refusals = new Map<EnglishRefusal, number>();
const shownRefusals = new Map<EnglishRefusal, number>();
/** Written lines by what the verifier finds on each, checked against its own source. */
const checked = new Map<string, number>();
const shown = { card: 0, cardWritten: 0, body: 0, bodyWritten: 0 };
const add = (counts: Map<EnglishRefusal, number>, reason: EnglishRefusal) =>
  counts.set(reason, (counts.get(reason) ?? 0) + 1);

/** Where the article shows a candidate of a section: on its card (✅), in its body, or nowhere. */
function placeOf(article: Article, sourceId: string, candidate: Candidate): 'card' | 'body' | undefined {
  const section = article.sections.find((section) => section.sourceId === sourceId);
  if (section === undefined) return undefined;
  const at = (facts: ReadonlyArray<{ evidence: ReadonlyArray<{ sourceId: string; start: number }> }>) =>
    facts.some((fact) =>
      fact.evidence.some((span) => span.sourceId === sourceId && span.start === candidate.sentence.start),
    );
  if (at(section.card.summary)) return 'card';
  if (at(section.body.flatMap((paragraph) => paragraph.sentences))) return 'body';
  return undefined;
}

for (const { name, inputs } of stories.filter(({ name }) => sets.includes(setOf(name)))) {
  const article = values.reasons
    ? (await buildArticle(inputs, { tokenizer, engine: createOfflineEngine() })).article
    : undefined;
  for (const [index, input] of inputs.entries()) {
    const document = extractDocument(await readSource(input), { id: `s${index + 1}` });
    if (document.lang === 'ja') continue;
    for (const candidate of readCandidates(understanding.of(document))) {
      english += 1;
      const place = article === undefined ? undefined : placeOf(article, document.id, candidate);
      const own = candidate.written !== undefined && candidate.written.figure !== true;
      if (place !== undefined) {
        shown[place] += 1;
        if (own) shown[place === 'card' ? 'cardWritten' : 'bodyWritten'] += 1;
      }
      if (!own) {
        if (values.reasons)
          writeEnglishFact(
            candidate.sentence,
            document.publishedAt,
            document.text.slice(0, candidate.sentence.start),
            (reason) => {
              add(refusals, reason);
              if (place === undefined) return;
              add(shownRefusals, reason);
              if (values.list) console.log(`${name} | ${place} ${reason} | ${candidate.sentence.text}`);
            },
          );
        continue;
      }
      written += 1;
      if (values.verify) {
        const text = candidate.written?.text ?? '';
        const codes = checkClaim(text, [understanding.of(document)], understanding, { path: 'claim' })
          .findings.filter((finding) => finding.severity !== 'info')
          .map((finding) => `${finding.severity} ${finding.code}`);
        const key = codes.length === 0 ? 'passes' : [...new Set(codes)].sort().join(', ');
        checked.set(key, (checked.get(key) ?? 0) + 1);
        if (values.list && codes.length > 0) console.log(`${name} | verify ${key} | ${text}`);
      }
      if (values.list) console.log(`${name} | ${candidate.sentence.text}\n  → ${candidate.written?.text}`);
    }
  }
}
console.log(`English sentences written: ${written} of ${english}`);
if (values.verify) {
  console.log('what the verifier finds on the written ones (against their own source):');
  for (const [key, count] of [...checked].sort((a, b) => b[1] - a[1])) console.log(`  ${key}: ${count}`);
}
if (values.reasons) {
  console.log(
    `shown: ✅ lines ${shown.cardWritten} of ${shown.card} written, body ${shown.bodyWritten} of ${shown.body} written`,
  );
  console.log('why the rest are quoted (all candidates / shown on a ✅ line or in the body):');
  for (const [reason, count] of [...refusals].sort((a, b) => b[1] - a[1]))
    console.log(`  ${reason}: ${count} / ${shownRefusals.get(reason) ?? 0}`);
}
