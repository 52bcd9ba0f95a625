// Counts where the offline article's quotation sits (issue 10's bar: quotation ≤ 40% per section
// and per article) on the development claims-holdout stories: per story, the quoted characters of
// each part (✅ lines, hook answers, body, closing, lead points, explainer) and, for every quoted
// ✅ line, hook answer and body sentence, why it is a quote (the writer's answer for its sentence:
// English, someone's words, written only in part or as two statements, refused by the writer).
// Held-out sets are never read (scripts/held-out.ts). `--list` prints each quoted unit with its
// place and reason; `--set setN` (repeatable) picks development sets. `--sections` also finds, in
// every story whose most quoted section is over the bar (40%), that section's source kind (an
// English page, a broadcaster's です・ます page, a page with a correction or update note, another
// Japanese page) and counts its quoted units by part and by why each is quoted (the English writer's
// refusal, EnglishRefusal; for a Japanese sentence the writer refuses, whether it leans on the
// sentence before or still copies 30 characters of its source). `--leave-out` (offline70) reads every
// section over the bar: its quoted characters by part (✅ lines, hook answer, body), its quoted units,
// the sentences of its source that no part of the article shows (what a selection could quote
// instead), and its share with the body's quoted sentences left out where the format allows it (the
// body keeps an own sentence that is not only a remark's frame, こう話した。) — whether choosing what
// to quote could bring it under the bar. `--english` (offline74) reads every English section over the
// bar: its quoted units by part and by the English writer's refusal, whether a Japanese page of the
// story states the same fact (one of its own sentences, writeSentence's, that the verifier finds
// supported by the English page alone, with the unit's sentence as its evidence: with no finding,
// or with warnings only), and a bound: the section's share were the units of a kind written as own
// Japanese at half their English length (read-candidates.ts, FOREIGN_LENGTH_RATIO).
import { parseArgs } from 'node:util';
import type { Article } from '../src/domain/article.ts';
import type { Document } from '../src/domain/document.ts';
import { quoteShareOf, shownUnits } from '../src/domain/quotation-share.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import {
  type Candidate,
  holdsWords,
  isEditorialNote,
  readCandidates,
} from '../src/engines/offline/read-candidates.ts';
import { type EnglishRefusal, writeEnglishFact } from '../src/engines/offline/write-english-fact.ts';
import { MAX_COPIED_RUN, standsAlone } from '../src/engines/offline/write-fact.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import type { Understanding } from '../src/understand/understand-document.ts';
import { checkClaim } from '../src/verify/check-claim.ts';
import { holdoutClusters } from '../test/support/review-articles.ts';
import { reviewableSets } from './held-out.ts';

const { values } = parseArgs({
  options: {
    list: { type: 'boolean', default: false },
    sections: { type: 'boolean', default: false },
    'leave-out': { type: 'boolean', default: false },
    english: { type: 'boolean', default: false },
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

/** The kind of page a section quotes: what its writer has to rewrite. */
function sourceKindOf(document: Document, sentences: readonly { text: string }[]): string {
  if (document.lang !== 'ja') return 'English page';
  if (sentences.some((sentence) => isEditorialNote(sentence.text))) return 'page with a correction note';
  const polite = sentences.filter((sentence) => /(?:ます|ました|です|でした)[。．]$/u.test(sentence.text));
  return polite.length >= 2 ? 'broadcaster (です・ます)' : 'Japanese page';
}

/** Why a quoted unit of the most quoted section is quoted, finer than reasonOf. */
function sectionReasonOf(candidate: Candidate | undefined, part: string): string {
  if (candidate === undefined || candidate.document.lang === 'ja') {
    const reason = reasonOf(candidate, part);
    if (reason !== 'writer refuses' || candidate === undefined) return reason;
    if (!standsAlone(candidate.sentence.text)) return 'writer refuses: leans on the sentence before';
    return [...candidate.sentence.text].length >= MAX_COPIED_RUN
      ? 'writer refuses: still copies its source'
      : 'writer refuses: other';
  }
  if (holdsWords(candidate)) return "English: someone's words";
  let refusal: EnglishRefusal | undefined;
  const { document, sentence } = candidate;
  const written = writeEnglishFact(
    sentence,
    document.publishedAt,
    document.text.slice(0, sentence.start),
    (r) => {
      refusal = r;
    },
  );
  return written === undefined ? `English: ${refusal ?? 'refused'}` : 'English: written, quoted anyway';
}

const sectionTally = new Map<string, number>();
const leaveOutTally = new Map<string, number>();
const englishTally = new Map<string, number>();
const tallySection = (key: string) => sectionTally.set(key, (sectionTally.get(key) ?? 0) + 1);

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
    chars += [...unit.text].length;
    // A unit with a quoted part (Fact.quote) counts that part, as quoteShareOf does.
    const length = unit.marked ? [...unit.text].length : (unit.quotedChars ?? 0);
    if (length === 0) continue;
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
  if (values.sections) {
    const shares = units.sections.map((section) => quoteShareOf(section).share);
    const worst = shares.indexOf(Math.max(0, ...shares));
    const section = article.sections[worst];
    const document = documents.find((d) => d.id === section?.sourceId);
    if (section !== undefined && document !== undefined && (shares[worst] ?? 0) > 0.4) {
      const kind = sourceKindOf(document, understanding.of(document).sentences);
      tallySection(`${kind}: sections`);
      console.log(`  most quoted section ${worst} (${Math.round((shares[worst] ?? 0) * 100)}%): ${kind}`);
      for (const unit of units.sections[worst] ?? []) {
        if (!unit.marked) continue;
        const span = unit.fact?.evidence[0];
        const candidate =
          span === undefined
            ? undefined
            : candidatesOf
                .get(span.sourceId)
                ?.find((c) => c.sentence.start <= span.start && c.sentence.end >= span.end);
        const part = partOf(unit.path);
        const reason = sectionReasonOf(candidate, part);
        tallySection(`${kind}: ${part}: ${reason}`);
        if (values.list) console.log(`    ${part} | ${reason} | ${unit.text}`);
      }
    }
  }
  if (values.english)
    englishSections(
      name,
      article,
      documents,
      understanding,
      (document) => candidatesOf.get(document.id) ?? [],
    );
  if (values['leave-out'])
    leaveOut(name, article, documents, (document) => candidatesOf.get(document.id) ?? []);
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
if (values.sections) {
  console.log('most quoted section over 40%, by source kind (sections; quoted units by part and why):');
  for (const [key, count] of [...sectionTally].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`  ${key}: ${count}`);
}

if (values['leave-out']) {
  console.log('sections over 40% (leave-out):');
  for (const [key, count] of [...leaveOutTally].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`  ${key}: ${count}`);
}

if (values.english) {
  console.log('English sections over 40% (--english):');
  for (const [key, count] of [...englishTally].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`  ${key}: ${count}`);
}

/** The candidate whose sentence holds a span (a unit's first evidence). */
function candidateAt(candidates: readonly Candidate[], span: { start: number; end: number } | undefined) {
  return span === undefined
    ? undefined
    : candidates.find((c) => c.sentence.start <= span.start && c.sentence.end >= span.end);
}

/** What `--english` counts across the English sections over the bar. */
function englishSections(
  name: string,
  article: Article,
  documents: readonly Document[],
  understanding: Understanding,
  candidatesOf: (document: Document) => readonly Candidate[],
): void {
  const count = (key: string, n = 1) => englishTally.set(key, (englishTally.get(key) ?? 0) + n);
  shownUnits(article).sections.forEach((section, s) => {
    const { share, quotedChars, totalChars } = quoteShareOf(section);
    const document = documents.find((candidate) => candidate.id === article.sections[s]?.sourceId);
    if (share <= 0.4 || document === undefined || document.lang === 'ja') return;
    count('sections');
    const page = understanding.of(document);
    // The Japanese pages' own sentences, each checked against the English page alone.
    const checks = documents
      .filter((other) => other.lang === 'ja')
      .flatMap(candidatesOf)
      .filter((candidate) => candidate.written !== undefined && !holdsWords(candidate))
      .map((candidate) => ({
        text: candidate.written?.text ?? '',
        check: checkClaim(candidate.written?.text ?? '', [page], understanding, { path: 'probe' }),
      }));
    count('Japanese own sentences checked', checks.length);
    count(
      'Japanese own sentences with no finding',
      checks.filter(({ check }) => check.findings.length === 0).length,
    );
    const written = new Map<string, { quoted: number; own: number }>();
    const bound = (kind: string, quoted: number) => {
      const entry = written.get(kind) ?? { quoted: 0, own: 0 };
      entry.quoted += quoted;
      entry.own += Math.round(quoted / 2);
      written.set(kind, entry);
    };
    for (const unit of section) {
      const quoted = unit.marked ? [...unit.text].length : (unit.quotedChars ?? 0);
      if (quoted === 0) continue;
      const part = partOf(unit.path);
      const span = unit.fact?.evidence[0];
      const candidate = candidateAt(candidatesOf(document), span);
      let refusal: string = candidate === undefined ? 'no candidate' : 'written, quoted anyway';
      if (candidate !== undefined && holdsWords(candidate)) refusal = "someone's words";
      else if (candidate !== undefined)
        writeEnglishFact(
          candidate.sentence,
          document.publishedAt,
          document.text.slice(0, candidate.sentence.start),
          (reason) => {
            refusal = reason;
          },
        );
      count(`units, ${part}`);
      count(`quoted characters, ${part}`, quoted);
      count(`units by refusal: ${refusal}`);
      count(`quoted characters by refusal: ${refusal}`, quoted);
      // A Japanese own sentence whose evidence on the English page is this unit's sentence.
      const same = checks.filter(
        ({ check }) =>
          !check.findings.some((finding) => finding.severity === 'error') &&
          candidateAt(candidatesOf(document), check.evidence[0]) === candidate &&
          candidate !== undefined,
      );
      const clean = same.find(({ check }) => check.findings.length === 0);
      const warned = same[0];
      if (clean !== undefined) count(`units a Japanese own sentence states, no finding: ${part}`);
      else if (warned !== undefined) count(`units a Japanese own sentence states, warnings only: ${part}`);
      if (values.list && warned !== undefined)
        console.log(
          `    ${name} s${s} ${part} | ${unit.text}\n      ${(clean ?? warned).text} | ${(clean ?? warned).check.findings.map((f) => f.code).join(', ') || 'no finding'}`,
        );
      bound('all', quoted);
      if (refusal !== "someone's words") bound("all but someone's words", quoted);
      if (['no-verb', 'subject', 'object', 'open-sense'].includes(refusal))
        bound('lexical (no-verb, subject, object, open-sense)', quoted);
      if (refusal === 'no-verb') bound('no-verb', quoted);
      if (clean !== undefined) bound('a Japanese own sentence states it, no finding', quoted);
      if (warned !== undefined) bound('a Japanese own sentence states it, warnings allowed', quoted);
    }
    for (const [kind, { quoted, own }] of written) {
      const after = (quotedChars - quoted) / (totalChars - quoted + own);
      count(`bound, ${kind} written: ${after <= 0.4 ? 'at the bar' : 'still over'}`);
    }
  });
}

/** What `--leave-out` counts across the sections over the bar. */
function leaveOut(
  name: string,
  article: Article,
  documents: readonly Document[],
  candidatesOf: (document: Document) => readonly Candidate[],
): void {
  const units = shownUnits(article);
  // The source sentences some part of the article shows (by where their evidence starts).
  const shown = new Set(
    [...units.article, ...units.sections.flat()].flatMap((unit) =>
      (unit.fact?.evidence ?? []).map((span) => `${span.sourceId}:${span.start}`),
    ),
  );
  units.sections.forEach((section, s) => {
    const { share } = quoteShareOf(section);
    const document = documents.find((candidate) => candidate.id === article.sections[s]?.sourceId);
    if (share <= 0.4 || document === undefined) return;
    const lang = document.lang === 'ja' ? 'ja' : 'other';
    const count = (key: string, n = 1) => leaveOutTally.set(key, (leaveOutTally.get(key) ?? 0) + n);
    count(`${lang}: sections`);
    const quoted = section.filter((unit) => unit.marked);
    for (const unit of quoted)
      count(`${lang}: quoted characters, ${partOf(unit.path)}`, [...unit.text].length);
    count(`${lang}: sections quoting ${quoted.length} units`);
    const unused = candidatesOf(document).filter(
      (candidate) => !shown.has(`${document.id}:${candidate.sentence.start}`),
    ).length;
    count(`${lang}: sections whose source has ${unused > 2 ? '3+' : unused} sentences no part shows`);
    // The body's quoted sentences left out, longest first, while the body keeps an own sentence that
    // is not only a remark's frame (its words gone, こう話した。 would point at nothing).
    const body = section.filter((unit) => partOf(unit.path) === 'body');
    const frame = /こう[^。]*。$/u;
    const ownLine = body.some((unit) => !unit.marked && !frame.test(unit.text));
    const kept = ownLine ? section.filter((unit) => !(partOf(unit.path) === 'body' && unit.marked)) : section;
    const after = quoteShareOf(kept).share;
    count(`${lang}: ${after <= 0.4 ? 'at the bar' : 'still over'} with the body's quotes left out`);
    // Quoted characters the section would have to lose (from both counts) to meet the bar.
    const total = quoteShareOf(section);
    const cut = Math.max(0, Math.ceil((total.quotedChars - 0.4 * total.totalChars) / 0.6));
    console.log(
      `  ${name} section ${s} (${lang}) ${Math.round(share * 100)}% → ${Math.round(after * 100)}% with the body's quotes left out; ${quoted.length} quoted units, ${unused} sentences unshown, ${cut} quoted characters over`,
    );
  });
}
