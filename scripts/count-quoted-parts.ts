// Counts where the offline article's quotation sits (issue 10's bar: quotation ≤ 40% per section
// and per article) on the development claims-holdout stories: per story, the quoted characters of
// each part (✅ lines, hook answers, body, closing, lead points, explainer) and, for every quoted
// ✅ line, hook answer and body sentence, why it is a quote (the writer's answer for its sentence:
// English, someone's words, written only in part or as two statements, refused by the writer).
// Held-out sets are never read (scripts/held-out.ts). `--list` prints each quoted unit with its
// place and reason; `--set setN` (repeatable) picks development sets.
import { parseArgs } from 'node:util';
import { shownUnits } from '../src/domain/quotation-share.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { type Candidate, holdsWords, readCandidates } from '../src/engines/offline/read-candidates.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { holdoutClusters } from '../test/support/review-articles.ts';
import { reviewableSets } from './held-out.ts';

const { values } = parseArgs({
  options: {
    list: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
  },
});
const stories = holdoutClusters();
const setOf = (name: string) => name.split(' ')[0] as string;
const { sets } = reviewableSets(
  [...new Set(stories.map(({ name }) => setOf(name)))],
  values.set ?? [],
  false,
);
const tokenizer = await createTokenizer();

/** The part of the article a shown unit belongs to, by its path. */
function partOf(path: string): string {
  if (/\.card\.summary/u.test(path)) return 'card';
  if (/\.hook\.answer/u.test(path)) return 'hook';
  if (/\.body\[/u.test(path)) return 'body';
  if (path.startsWith('closing')) return 'closing';
  if (path.startsWith('leadPoints')) return 'lead';
  if (path.startsWith('explainer')) return 'explainer';
  return 'other';
}

/** Why a candidate shown quoted is not in the engine's words. */
function reasonOf(candidate: Candidate | undefined, part: string): string {
  if (candidate === undefined) return 'no candidate';
  if (candidate.document.lang !== 'ja') return 'English';
  if (holdsWords(candidate)) return "someone's words";
  const written = candidate.written;
  if (written === undefined) return 'writer refuses';
  if (written.part === true) return 'written only in part';
  if (written.second !== undefined) return 'written only as two statements';
  if (written.figure === true) return 'only its figure written';
  return part === 'body' ? 'written, quoted as a remark' : 'written, quoted anyway';
}

const PARTS = ['card', 'hook', 'body', 'closing', 'lead', 'explainer', 'other'];
const total = new Map<string, number>();
const reasons = new Map<string, { units: number; chars: number }>();
let allChars = 0;
let allQuoted = 0;
for (const { name, inputs } of stories.filter(({ name }) => sets.includes(setOf(name)))) {
  const { article, documents, understanding } = await buildArticle(inputs, {
    tokenizer,
    engine: createOfflineEngine(),
  });
  const candidatesOf = new Map(
    documents.map((document) => [document.id, readCandidates(understanding.of(document))]),
  );
  const units = shownUnits(article);
  const all = [...units.article, ...units.sections.flat()];
  const byPart = new Map<string, number>();
  let chars = 0;
  let quoted = 0;
  for (const unit of all) {
    const length = [...unit.text].length;
    chars += length;
    if (!unit.marked) continue;
    quoted += length;
    const part = partOf(unit.path);
    byPart.set(part, (byPart.get(part) ?? 0) + length);
    const span = unit.fact?.evidence[0];
    const candidate =
      span === undefined
        ? undefined
        : candidatesOf
            .get(span.sourceId)
            ?.find((c) => c.sentence.start <= span.start && c.sentence.end >= span.end);
    const reason = `${part}: ${reasonOf(candidate, part)}`;
    const entry = reasons.get(reason) ?? { units: 0, chars: 0 };
    entry.units += 1;
    entry.chars += length;
    reasons.set(reason, entry);
    if (values.list) console.log(`  ${unit.path} | ${reason} | ${unit.text}`);
  }
  allChars += chars;
  allQuoted += quoted;
  for (const [part, count] of byPart) total.set(part, (total.get(part) ?? 0) + count);
  const shares = PARTS.filter((part) => byPart.has(part))
    .map((part) => `${part} ${byPart.get(part)}`)
    .join(', ');
  console.log(`${name}: quoted ${quoted} of ${chars} (${Math.round((quoted / chars) * 100)}%): ${shares}`);
}
console.log(`\nall: quoted ${allQuoted} of ${allChars} characters`);
for (const part of PARTS.filter((part) => total.has(part))) console.log(`  ${part}: ${total.get(part)}`);
console.log('why (units / characters):');
for (const [reason, { units, chars }] of [...reasons].sort((a, b) => b[1].chars - a[1].chars))
  console.log(`  ${reason}: ${units} / ${chars}`);
