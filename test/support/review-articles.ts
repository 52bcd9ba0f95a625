// Builds the offline article of every bundled sample cluster and of the claims-dev stories and
// reads it as a reviewer would: quote share, title, hooks, repeated sentences, English outside a
// quote, machine paths, and the verifier's verdict. Shared by scripts/review-samples.ts and the
// tests that hold the engine to these rules.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, articleFacts, explainerEntries } from '../../src/domain/article.ts';
import type { Document } from '../../src/domain/document.ts';
import type { Finding } from '../../src/domain/report.ts';
import { actOf } from '../../src/engines/offline/compose-explainer.ts';
import { CALENDAR_WORD, createOfflineEngine } from '../../src/engines/offline/compose-offline-article.ts';
import { readCandidates } from '../../src/engines/offline/read-candidates.ts';
import { buildArticle } from '../../src/pipeline/build-article.ts';
import { renderText } from '../../src/render/index.ts';
import { similarity } from '../../src/text/normalize.ts';
import type { Tokenizer } from '../../src/text/tokenizer.ts';
import { rightsReport } from '../../src/verify/rights-report.ts';
import { verifyArticle } from '../../src/verify/verify-article.ts';
import { SHARED_DIR } from './shared-data.ts';

export const REPO = join(import.meta.dirname, '..', '..');
// The shared folder as every test finds it (MATOME_SHARED_DIR, else ../shared).
const CLAIMS_DEV = join(SHARED_DIR, 'data', 'claims-dev');

// The claims-dev stories, as their READMEs describe them: three outlets each, by page number.
const STORIES: Record<string, [string, string[]]> = {
  'claims-dev set1 ransomware outage': ['set1', ['01', '02', '03']],
  'claims-dev set1 Shinkansen station': ['set1', ['04', '05', '06']],
  'claims-dev set2 school-lunch fees': ['set2', ['21', '22', '23']],
  'claims-dev set2 typhoon damage': ['set2', ['24', '25', '26']],
};

const HOLDOUT = join(REPO, 'test', 'fixtures', 'claims-holdout');

/**
 * The stories of test/fixtures/claims-holdout (set3 … set12), which the offline engine was never
 * shaped on: two stories a set, each told by three outlets, the set's first three pages and its last
 * three (the numbering the set READMEs give: 31–33 and 34–36 …). Only the pages are read, never
 * claims.jsonl or a README.
 */
export function holdoutClusters(): Array<{ name: string; inputs: string[] }> {
  const sets = readdirSync(HOLDOUT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^set\d+$/u.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
  return sets.flatMap((set) => {
    const folder = join(HOLDOUT, set, 'pages');
    const pages = readdirSync(folder)
      .filter((file) => file.endsWith('.html'))
      .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
    if (pages.length !== 6)
      throw new Error(`${folder}: expected 6 pages (two stories of three outlets), found ${pages.length}`);
    return [pages.slice(0, 3), pages.slice(3)].map((story) => ({
      name: `${set} ${story.map((file) => file.replace(/\.html$/u, '')).join(' + ')}`,
      inputs: story.map((file) => join(folder, file)),
    }));
  });
}

/** Every cluster to review: the bundled samples, then the claims-dev stories when the shared data is there. */
export function reviewClusters(): Array<{ name: string; inputs: string[] }> {
  const samples = join(REPO, 'samples');
  const clusters = readdirSync(samples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, inputs: [join(samples, entry.name)] }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (!existsSync(CLAIMS_DEV)) return clusters;
  for (const [name, [set, numbers]] of Object.entries(STORIES)) {
    const folder = join(CLAIMS_DEV, set, 'pages');
    const files = readdirSync(folder).filter((file) => file.endsWith('.html'));
    const inputs = numbers.flatMap((number) => {
      const file = files.find((candidate) => candidate.startsWith(`${number}-`));
      return file === undefined ? [] : [join(folder, file)];
    });
    clusters.push({ name, inputs });
  }
  return clusters;
}

export interface Review {
  name: string;
  article: Article;
  documents: Document[];
  text: string;
  /** Quotation share of the whole article and of its most quoted section (0–1). */
  quoteShare: number;
  maxSectionShare: number;
  /** Sentences (or lines) said twice in the rendered article. */
  duplicates: string[];
  /** English sentences outside a marked quotation. */
  englishOutsideQuotes: string[];
  /**
   * One event said twice among the timeline and the closing: the same act (actOf) on the same day,
   * however differently worded (予算案、3月19日に採決される予定 / 関連する予算案、3月19日の本会議で採決される予定).
   */
  repeatedEvents: string[];
  /**
   * One fact given twice among the ✅ lines, the hook answers and the 💡 points in other words: two
   * of them written from the same source sentence (a ✅ line and a point giving its figure, say).
   * (read-candidates.ts isSameFact, which the engine uses among points, is too loose to judge
   * across parts: on the samples it pairs facts that share only a date and a word.)
   */
  repeatedFacts: string[];
  /** Lines that show a machine path (file:). */
  machinePaths: string[];
  verdict: string;
  errors: Finding[];
  warnings: Finding[];
}

// A sentence of English: three Latin words in a row, one of them lower-case (a name such as
// Pacific Rim Wire is not a sentence).
const ENGLISH = /(?=[^。]*\b[a-z]{2,})[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/u;
// A run of two or more Latin words (Starting Saturday, on Friday, Asagiri Prefecture).
const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*)+/gu;
// Quoted words inside a line (「…」『…』): a marked quotation, whatever its language.
const QUOTED = /「[^「」]*」|『[^『』]*』/gu;

/**
 * True when `run` is a name the sources write as one: capitalised words (of, the, and … between
 * them), found in a source or its outlet's name, one of its words capitalised where no sentence
 * opens — in the run or alone (Shiomi Ferry, opening a paragraph, where the page says "in Shiomi"
 * elsewhere). A sentence's first word is capitalised whether or not it names anything: Starting
 * Saturday, a paragraph's opening words (and a day's name), is no name.
 */
function isSourceName(run: string, documents: readonly Pick<Document, 'text' | 'siteName'>[]): boolean {
  const words = run.split(/[ ,]+/u);
  if (!words.every((word) => /^[A-Z]/u.test(word) || /^(?:of|the|and|de|for|on|upon)$/u.test(word)))
    return false;
  if (documents.some((document) => document.siteName?.includes(run))) return true;
  // A sentence opens at the page's start, after a line break, or after . ! ? (and a closing quote).
  const opensSentence = (text: string, at: number) => /(?:^|\n|[.!?]["”’')]?)\s*$/u.test(text.slice(0, at));
  // A word capitalised where no sentence opens names something — but a day's or a month's name,
  // which English capitalises anywhere.
  const named = (word: string) => {
    if (CALENDAR_WORD.test(word)) return false;
    const pattern = new RegExp(`(?<![A-Za-z])${word.replace(/[^A-Za-z]/gu, '.')}(?![A-Za-z])`, 'gu');
    return documents.some((document) =>
      [...document.text.matchAll(pattern)].some((match) => !opensSentence(document.text, match.index)),
    );
  };
  return documents.some((document) => document.text.includes(run)) && words.some(named);
}

/**
 * The parts of an article that show English outside a marked quotation, each as `part: text`:
 * the title, headings, hook questions and answers, ✅ lines, 💡 points, the explainer's parts, the
 * closing, the commentator's lines and the dialogue — a line given whole as a quotation (a
 * verbatim line, a body quotation) and words inside 「」 or 『』 left out. English is a sentence's
 * worth (three Latin words, one lower-case) or any run of two Latin words or more that is not a
 * name a source writes as one (isSourceName).
 */
export function englishOutsideQuotes(
  article: Article,
  documents: readonly Pick<Document, 'text' | 'siteName'>[],
): string[] {
  // A line given whole as a quotation: a verbatim line, or a sentence of a body quotation.
  const quotation = new Set(
    article.sections.flatMap((section) =>
      section.body
        .filter((paragraph) => paragraph.kind === 'quotation')
        .flatMap((paragraph) => paragraph.sentences.map((fact) => fact.text)),
    ),
  );
  const unit = (part: string, fact: { text: string; verbatim?: boolean }) => ({
    part,
    text: fact.text,
    quoted: fact.verbatim === true || quotation.has(fact.text),
  });
  const units = [
    unit('title', article.title),
    ...article.leadPoints.map((fact) => unit('point', fact)),
    ...explainerEntries(article.explainer).map((entry) =>
      unit(entry.path.split('[')[0] as string, entry.fact),
    ),
  ];
  for (const section of article.sections)
    units.push(
      unit('heading', section.heading),
      unit('question', section.hook.question),
      unit('answer', section.hook.answer),
      ...section.card.summary.map((fact) => unit('card', fact)),
      ...section.body.flatMap((paragraph) => paragraph.sentences.map((fact) => unit('body', fact))),
      unit('comment', section.comment),
      ...section.dialogue.map((line) => unit('dialogue', line)),
    );
  units.push(
    unit('closing', article.closing.sentence),
    ...article.closing.points.map((fact) => unit('point', fact)),
  );
  return units
    .filter(({ text, quoted }) => {
      if (quoted) return false;
      const own = text.replace(QUOTED, '「」');
      return ENGLISH.test(own) || [...own.matchAll(LATIN_RUN)].some(([run]) => !isSourceName(run, documents));
    })
    .map(({ part, text }) => `${part}: ${text}`);
}

/** The units a reader sees as sentences, as they are shown (quotes in 「」 stripped off). */
function shownSentences(article: Article): Array<{ text: string; quoted: boolean }> {
  const out: Array<{ text: string; quoted: boolean }> = articleFacts(article).map((fact) => ({
    text: fact.text,
    quoted: fact.verbatim,
  }));
  for (const section of article.sections) {
    for (const paragraph of section.body)
      for (const fact of paragraph.sentences) {
        const entry = out.find((unit) => unit.text === fact.text);
        if (entry !== undefined && paragraph.kind === 'quotation') entry.quoted = true;
      }
    for (const line of [section.comment, ...section.dialogue]) out.push({ text: line.text, quoted: false });
  }
  return out;
}

/** Builds and reviews one cluster. */
export async function reviewCluster(name: string, inputs: string[], tokenizer: Tokenizer): Promise<Review> {
  const { article, documents, understanding } = await buildArticle(inputs, {
    tokenizer,
    engine: createOfflineEngine(),
  });
  const report = verifyArticle(article, documents, tokenizer, { understanding });
  const rights = rightsReport(article, documents);
  const text = renderText(article);
  const units = shownSentences(article);
  const seen = new Map<string, number>();
  for (const unit of units) {
    const key = unit.text.normalize('NFKC').replace(/[\s。．「」『』]/gu, '');
    if (key.length < 8) continue;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const duplicates = [...seen.entries()].filter(([, count]) => count > 1).map(([key]) => key);
  // Events: each timeline entry on its date, and the closing sentence on the day it names.
  const events: Array<{ text: string; day: string; act: string | undefined }> = (
    article.explainer?.timeline ?? []
  ).map((entry) => ({
    text: `${entry.date} ${entry.fact.text}`,
    day: entry.sortKey.slice(5),
    act: actOf(tokenizer.tokenize(entry.fact.text)),
  }));
  const closing = article.closing.sentence.text;
  const named = /(\d{1,2})月(\d{1,2})日/u.exec(closing);
  if (named !== null)
    events.push({
      text: closing,
      day: `${String(named[1]).padStart(2, '0')}-${String(named[2]).padStart(2, '0')}`,
      act: actOf(tokenizer.tokenize(closing)),
    });
  const repeatedEvents = events
    .filter((event, i) =>
      events.some(
        (other, j) => j < i && other.act !== undefined && other.act === event.act && other.day === event.day,
      ),
    )
    .map((event) => event.text);
  // The facts a reader sees as key facts, each with the source sentence it rests on.
  const candidatesOf = new Map(
    documents.map((document) => [document.id, readCandidates(understanding.of(document))]),
  );
  const keyFacts = [
    ...article.sections.flatMap((section) => [...section.card.summary, section.hook.answer]),
    ...article.leadPoints,
    ...article.closing.points,
  ].flatMap((fact) => {
    const span = fact.evidence[0];
    const candidate = span && candidatesOf.get(span.sourceId)?.find((c) => c.sentence.start === span.start);
    return candidate === undefined ? [] : [{ fact, candidate }];
  });
  const repeatedFacts = keyFacts
    .filter(({ fact, candidate }, i) =>
      keyFacts.some((other, j) => j < i && other.fact.text !== fact.text && other.candidate === candidate),
    )
    .map(({ fact }) => fact.text);
  return {
    name,
    article,
    documents,
    text,
    repeatedFacts,
    quoteShare: rights.article.share,
    maxSectionShare: Math.max(0, ...rights.sections.map((section) => section.share)),
    duplicates,
    repeatedEvents,
    englishOutsideQuotes: englishOutsideQuotes(article, documents),
    machinePaths: text.split('\n').filter((line) => /file:/u.test(line)),
    verdict: report.verdict,
    errors: report.findings.filter((finding) => finding.severity === 'error'),
    warnings: report.findings.filter((finding) => finding.severity === 'warning'),
  };
}

/** True when a heading or title states nothing: key phrases joined by と or 、 (洋上風力と企業連合). */
export function isKeywordList(text: string, tokenizer: Tokenizer): boolean {
  const tokens = tokenizer.tokenize(text);
  // Only nouns joined by と, の or 、: no verb, adjective or case particle (を, に, が) says what happens.
  return (
    tokens.some((token) => token.surface === 'と' || token.surface === '、') &&
    tokens.every(
      (token) =>
        token.pos === '名詞' || token.pos === '記号' || token.surface === 'と' || token.surface === 'の',
    )
  );
}

/** True when a title is only a figure (総事業費、約5600億円): a value and what it counts, nothing happening. */
export function isFigureTitle(text: string, tokenizer: Tokenizer): boolean {
  return !hasPredicate(text, tokenizer) && /[\d〇一二三四五六七八九十百千万億]+(?:[^\d、]{0,4})$/u.test(text);
}

// A verb, an adjective, a verbal noun (発表, 合意) or a plan's noun (予定, 方針, 見通し): something happens.
function hasPredicate(text: string, tokenizer: Tokenizer): boolean {
  return tokenizer
    .tokenize(text)
    .some(
      (token) =>
        token.pos === '動詞' ||
        token.pos === '形容詞' ||
        token.posDetail === 'サ変接続' ||
        /^(?:予定|方針|見通し|見込み|計画)$/u.test(token.surface),
    );
}

/** The rules of issue 10's bar a review breaks (one line each); [] when the article meets them all. */
export function defectsOf(review: Review, tokenizer: Tokenizer): string[] {
  const { article } = review;
  const out: string[] = [];
  if (review.verdict !== 'publishable') out.push(`verdict ${review.verdict}`);
  for (const finding of [...review.errors, ...review.warnings])
    out.push(`${finding.severity} ${finding.code}`);
  if (review.quoteShare > 0.4) out.push(`quotation ${Math.round(review.quoteShare * 100)}% of the article`);
  if (review.maxSectionShare > 0.4)
    out.push(`quotation ${Math.round(review.maxSectionShare * 100)}% of a section`);
  for (const line of review.duplicates) out.push(`repeated: ${line}`);
  for (const line of review.repeatedEvents) out.push(`event said twice: ${line}`);
  for (const line of review.englishOutsideQuotes) out.push(`English outside a quote: ${line}`);
  for (const line of review.machinePaths) out.push(`machine path: ${line}`);
  for (const line of review.repeatedFacts) out.push(`fact given twice: ${line}`);
  const title = article.title.text;
  if ([...title].length > 40) out.push(`title over 40 characters: ${title}`);
  if (isKeywordList(title, tokenizer)) out.push(`title a keyword list: ${title}`);
  if (isFigureTitle(title, tokenizer)) out.push(`title a figure: ${title}`);
  for (const document of review.documents)
    if (similarity(title, document.title) >= 0.8) out.push(`title copies a headline: ${title}`);
  for (const section of article.sections) {
    if (isKeywordList(section.heading.text, tokenizer))
      out.push(`heading a keyword pair: ${section.heading.text}`);
    const document = review.documents.find((candidate) => candidate.id === section.sourceId);
    if (
      document?.lang === 'ja' &&
      !section.hook.answer.text.includes(hookSubject(section.hook.question.text))
    )
      out.push(`hook not answered: 「${section.hook.question.text}」 → 「${section.hook.answer.text}」`);
  }
  return out;
}

/**
 * What a hook question asks about, as the answer must name it: its topic (大鷹町は今後どうなる?) or
 * what it asks about with について (病院について、何が起きた?); '' for a question that opens with its
 * interrogative (いつ、何が / どんな状況? / 今後どうなる?) and names no subject.
 */
export function hookSubject(question: string): string {
  if (/^(?:いつ|誰|何|どう|どん|どれ|いくら|今後|この先)/u.test(question)) return '';
  return (
    /^(.+?)(?:について、|は(?:いつ|今後|どんな|いくら|何人|どれだけ|どのくらい))/u.exec(question)?.[1] ??
    question
  );
}

/**
 * The rule a line of defectsOf breaks, without the article's words or figures: `repeated`,
 * `quotation of a section`, `warning rights.quote-share` … — what `review:samples` tallies across
 * the stories it reviews, to say which rules are broken most.
 */
export function ruleOf(defect: string): string {
  const rule = defect.split(':')[0] ?? defect;
  return rule
    .replace(/\d+%\s*/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
