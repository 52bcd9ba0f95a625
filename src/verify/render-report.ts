import type { Article } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { countFindings, type Finding, type Report } from '../domain/report.ts';
import { normalizeForMatch, SimilarityIndex } from '../text/normalize.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { findingMessage, type ReportLanguage } from './finding-messages.ts';
import { createLocator } from './lint-locate.ts';
import { bindTextSections, readTextArticle } from './verify-text.ts';

/** What a report is about: the Article (findings by path) or the text (findings by line), and the sources. */
export interface ReportSubject {
  article?: Article;
  text?: string;
  documents: readonly Document[];
}

/** The source sentence that best supports a flagged sentence, and where it is from. */
export interface SourcePassage {
  text: string;
  sourceId: string;
  title: string;
  url: string;
}

/** One flagged sentence: where it is, its text, the ranges to highlight, its findings and source passage. */
export interface ReportBlock {
  /** "line 9" for a text, the JSON path for an Article field. */
  where: string;
  sentence: string;
  /** [start, end) ranges of `sentence` to highlight, sorted and disjoint. */
  marks: Array<[number, number]>;
  findings: Finding[];
  passage?: SourcePassage;
}

/** Flagged sentences of one part of the article: the opening, a section, the closing, or the rest. */
export interface ReportGroup {
  title: string;
  blocks: ReportBlock[];
}

/** The report laid out for reading: verdict, counts, then flagged sentences grouped by section. */
export interface ReportView {
  verdict: Report['verdict'];
  counts: ReturnType<typeof countFindings>;
  groups: ReportGroup[];
  /** Findings about no sentence in particular (the whole article, a card's URL). */
  general: Finding[];
}

/** Where a flagged unit is, before it is grouped. */
interface Placed {
  key: string;
  where: string;
  group: number;
  sentence: string;
  /** Source ids the sentence may rest on (its section's source, or all). */
  scope: string[];
}

/** The report's fixed words in each language (finding messages come from finding-messages.ts). */
const WORDS = {
  en: {
    opening: 'Title and lead points',
    closing: 'Closing',
    section: (n: number) => `Section ${n}`,
    line: (n: number) => `line ${n}`,
    verdictLine: (verdict: string, counts: string) => `verdict: ${verdict} (${counts})`,
    verdict: { publishable: 'publishable', needs_review: 'needs_review', blocked: 'blocked' },
    counts: (c: Record<'error' | 'warning' | 'info', number>) =>
      `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    source: 'source',
    noSource: 'no supporting sentence in the sources',
    noSourceHtml: 'No supporting sentence in the sources.',
    other: 'Other findings',
    none: 'no findings',
    noneHtml: 'No findings.',
    pageTitle: 'matome verification',
    heading: 'Verification report',
  },
  ja: {
    opening: 'タイトルと冒頭のポイント',
    closing: '締め',
    section: (n: number) => `第${n}節`,
    line: (n: number) => `${n} 行目`,
    verdictLine: (verdict: string, counts: string) => `判定: ${verdict}（${counts}）`,
    verdict: { publishable: '公開可', needs_review: '要確認', blocked: '公開不可' },
    counts: (c: Record<'error' | 'warning' | 'info', number>) =>
      `エラー ${c.error} 件、要確認 ${c.warning} 件、参考 ${c.info} 件`,
    severity: { error: 'エラー', warning: '要確認', info: '参考' },
    source: '出典',
    noSource: '出典に裏付けの文がありません',
    noSourceHtml: '出典に裏付けの文がありません。',
    other: 'その他の指摘',
    none: '指摘はありません',
    noneHtml: '指摘はありません。',
    pageTitle: 'matome 検証レポート',
    heading: '検証レポート',
  },
} as const;

/**
 * Lays a report out for reading: each flagged sentence once, with all its findings, the words to
 * highlight (the finding's evidence where the sentence contains it, else the words its source
 * lacks), and the best supporting sentence of its section's source (all sources for the title,
 * points and closing), grouped by section in reading order.
 */
export function layoutReport(
  report: Report,
  subject: ReportSubject,
  language: ReportLanguage = 'en',
): ReportView {
  const words = WORDS[language];
  const place =
    subject.text !== undefined
      ? textPlacer(subject.text, subject.documents, words)
      : articlePlacer(subject.article, words);
  const groupTitles = place.groups;
  const blocks = new Map<string, { placed: Placed; findings: Finding[] }>();
  const general: Finding[] = [];
  for (const finding of report.findings) {
    const placed = place.find(finding);
    if (placed === undefined) {
      general.push(finding);
      continue;
    }
    const entry = blocks.get(placed.key) ?? { placed, findings: [] };
    entry.findings.push(finding);
    blocks.set(placed.key, entry);
  }
  const groups: ReportGroup[] = groupTitles.map((title) => ({ title, blocks: [] }));
  // The normalized text of each scope, made once per scope, not once per flagged sentence.
  const scopeTexts = new Map<string, string>();
  for (const { placed, findings } of blocks.values()) {
    const passage = bestPassage(placed.sentence, placed.scope, subject.documents);
    const scopeKey = placed.scope.join('\u0000');
    let scopeText = scopeTexts.get(scopeKey);
    if (scopeText === undefined) {
      scopeText = normalizeForMatch(
        subject.documents
          .filter((document) => placed.scope.includes(document.id))
          .map((document) => document.text)
          .join('\n'),
      );
      scopeTexts.set(scopeKey, scopeText);
    }
    groups[placed.group]?.blocks.push({
      where: placed.where,
      sentence: placed.sentence,
      marks: marksFor(placed.sentence, findings, scopeText),
      findings,
      ...(passage === undefined ? {} : { passage }),
    });
  }
  return {
    verdict: report.verdict,
    counts: countFindings(report.findings),
    groups: groups.filter((group) => group.blocks.length > 0),
    general,
  };
}

interface Placer {
  groups: string[];
  find: (finding: Finding) => Placed | undefined;
}

type Words = (typeof WORDS)[ReportLanguage];

function textPlacer(text: string, documents: readonly Document[], words: Words): Placer {
  const parsed = readTextArticle(text);
  const sourceOf = bindTextSections(parsed, documents);
  const locate = createLocator(text);
  const groups = [
    words.opening,
    ...parsed.sections.map((section, i) => section.heading ?? words.section(i + 1)),
    words.closing,
  ];
  return {
    groups,
    find: (finding) => {
      if (!('offset' in finding.location)) return undefined;
      const at = finding.location.offset;
      const index = parsed.units.findIndex(
        (unit) => at >= unit.offset && at < unit.offset + Math.max(1, unit.text.length),
      );
      const unit = parsed.units[index];
      if (unit === undefined) return undefined;
      const group =
        unit.section !== undefined
          ? unit.section + 1
          : unit.kind === 'closing' || unit.kind === 'closing-point'
            ? groups.length - 1
            : 0;
      return {
        key: `u${index}`,
        where: words.line(locate(unit.offset, 0).line),
        group,
        sentence: unit.text,
        // The same binding verifyText used: the section's source, or every source for the rest.
        scope: unit.section === undefined ? [] : [sourceOf[unit.section]].filter((id) => id !== undefined),
      };
    },
  };
}

function articlePlacer(article: Article | undefined, words: Words): Placer {
  if (article === undefined) return { groups: [], find: () => undefined };
  const groups = [words.opening, ...article.sections.map((section) => section.heading.text), words.closing];
  return {
    groups,
    find: (finding) => {
      if (!('path' in finding.location)) return undefined;
      const path = finding.location.path;
      const sentence = textAt(article, path);
      if (sentence === undefined) return undefined;
      const section = /^sections\[(\d+)\]/u.exec(path);
      const index = section ? Number(section[1]) : undefined;
      const sourceId = index === undefined ? undefined : article.sections[index]?.sourceId;
      // Findings on parts of one unit (sections[0].card.summary[1].text) share its block.
      const key = path.replace(/\.text$/u, '');
      return {
        key,
        where: key,
        group: index !== undefined ? index + 1 : path.startsWith('closing') ? groups.length - 1 : 0,
        sentence,
        scope: sourceId === undefined ? [] : [sourceId],
      };
    },
  };
}

/** The display text at a JSON path of the Article (`sections[0].body[1].sentences[2]`), if any. */
function textAt(article: Article, path: string): string | undefined {
  let value: unknown = article;
  for (const match of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/gu)) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = match[1] ?? Number(match[2]);
    value = (value as Record<string | number, unknown>)[key];
  }
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (value !== null && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string')
    return (value as { text: string }).text;
  return undefined;
}

// The sentences of each source, split once (a Document's text never changes after extraction),
// with an index of their bigrams: every flagged sentence whose scope holds the source (all of them
// for the title, points and closing), in both renderings, is scored against them through it.
const sentencesOf = new WeakMap<
  Document,
  { spans: ReturnType<typeof splitSentences>; index: SimilarityIndex }
>();
function documentSentences(document: Document): {
  spans: ReturnType<typeof splitSentences>;
  index: SimilarityIndex;
} {
  let sentences = sentencesOf.get(document);
  if (sentences === undefined) {
    const spans = splitSentences(document.text);
    sentences = { spans, index: new SimilarityIndex(spans.map((span) => span.text)) };
    sentencesOf.set(document, sentences);
  }
  return sentences;
}

/** The source sentence most similar to `sentence` (similarity()) in `scope` (every source when empty). */
function bestPassage(
  sentence: string,
  scope: readonly string[],
  documents: readonly Document[],
): SourcePassage | undefined {
  let best: { passage: SourcePassage; score: number } | undefined;
  for (const document of documents) {
    if (scope.length > 0 && !scope.includes(document.id)) continue;
    const { spans, index } = documentSentences(document);
    const scores = index.scores(sentence);
    spans.forEach((span, i) => {
      const score = scores[i] as number;
      if (score > 0 && (best === undefined || score > best.score))
        best = {
          passage: { text: span.text, sourceId: document.id, title: document.title, url: document.url },
          score,
        };
    });
  }
  return best?.passage;
}

const CONTENT_RUN = /[\p{Script=Han}\p{Script=Katakana}ー々A-Za-z0-9]{2,}/gu;

/**
 * What to highlight: each finding's evidence where the sentence contains it as a part; for a
 * finding about the whole sentence, its words (kanji, katakana, Latin runs) the sources lack; the
 * whole sentence when neither says more.
 */
function marksFor(
  sentence: string,
  findings: readonly Finding[],
  scopeText: string,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let whole = false;
  for (const finding of findings) {
    const evidence = finding.evidence ?? '';
    const at = evidence === '' ? -1 : sentence.indexOf(evidence);
    if (at >= 0 && evidence.length < sentence.length) ranges.push([at, at + evidence.length]);
    else whole = true;
  }
  if (whole && ranges.length === 0) {
    for (const match of sentence.matchAll(CONTENT_RUN)) {
      if (!scopeText.includes(normalizeForMatch(match[0])))
        ranges.push([match.index, match.index + match[0].length]);
    }
    if (ranges.length === 0) ranges.push([0, sentence.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function findingLine(finding: Finding, language: ReportLanguage): string {
  return `${WORDS[language].severity[finding.severity]} ${finding.code}: ${findingMessage(finding, language)}`;
}

/**
 * The report as plain text: the verdict and counts, then per section each flagged sentence (flagged
 * words in ⟦ ⟧), its findings, and the source passage it was checked against.
 */
export function renderReportText(
  report: Report,
  subject: ReportSubject,
  language: ReportLanguage = 'en',
): string {
  const words = WORDS[language];
  const view = layoutReport(report, subject, language);
  const out = [words.verdictLine(words.verdict[view.verdict], words.counts(view.counts))];
  for (const group of view.groups) {
    out.push('', `== ${group.title} ==`);
    for (const block of group.blocks) {
      let marked = '';
      let from = 0;
      for (const [start, end] of block.marks) {
        marked += `${block.sentence.slice(from, start)}⟦${block.sentence.slice(start, end)}⟧`;
        from = end;
      }
      marked += block.sentence.slice(from);
      out.push('', `${block.where}: ${marked}`);
      for (const finding of block.findings) out.push(`  ${findingLine(finding, language)}`);
      if (block.passage)
        out.push(
          `  ${words.source}: 「${block.passage.text}」 — ${block.passage.title} <${block.passage.url}>`,
        );
      else out.push(`  ${words.source}: ${words.noSource}`);
    }
  }
  if (view.general.length > 0) {
    out.push('', `== ${words.other} ==`);
    for (const finding of view.general) out.push(`  ${findingLine(finding, language)}`);
  }
  if (report.findings.length === 0) out.push('', words.none);
  return `${out.join('\n')}\n`;
}

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/gu,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

const STYLE = `body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#222}
.verdict{font-size:1.4rem;font-weight:bold;padding:.5rem 1rem;border-radius:.4rem}
.verdict.blocked{background:#fde2e1;color:#8a1c14}.verdict.needs_review{background:#fff3cd;color:#6b4e00}.verdict.publishable{background:#e0f3e5;color:#1d5c2e}
.block{border:1px solid #ddd;border-radius:.4rem;padding:.6rem 1rem;margin:1rem 0}
.where{color:#666;font-size:.85rem;margin:0}.sentence{font-size:1.05rem;margin:.3rem 0}
mark{background:#ffd54f;padding:0 .1em}
.findings{margin:.3rem 0;padding-left:1.2rem}.error{color:#b3261e}.warning{color:#8a6100}.info{color:#44546a}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:4px solid #9db4d6;background:#f5f8fc}
cite{display:block;font-size:.85rem;color:#555;font-style:normal}`;

/**
 * The report as one self-contained HTML page (inline style, no scripts, every text escaped): the
 * verdict and counts at the top, then per section each flagged sentence with its flagged words in
 * <mark>, its findings, and the source passage it was checked against with the source's title and URL.
 */
export function renderReportHtml(
  report: Report,
  subject: ReportSubject,
  language: ReportLanguage = 'en',
): string {
  const words = WORDS[language];
  const view = layoutReport(report, subject, language);
  const findingItem = (finding: Finding) =>
    `<li class="${escapeHtml(finding.severity)}"><strong>${escapeHtml(words.severity[finding.severity])} ${escapeHtml(finding.code)}</strong>: ${escapeHtml(findingMessage(finding, language))}</li>`;
  const out = [
    '<!DOCTYPE html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(words.pageTitle)}: ${escapeHtml(words.verdict[view.verdict])}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(words.heading)}</h1>`,
    `<p class="verdict ${escapeHtml(view.verdict)}">${escapeHtml(words.verdict[view.verdict])}</p>`,
    `<p class="counts">${escapeHtml(words.counts(view.counts))}</p>`,
  ];
  for (const group of view.groups) {
    out.push('<section>', `<h2>${escapeHtml(group.title)}</h2>`);
    for (const block of group.blocks) {
      let marked = '';
      let from = 0;
      for (const [start, end] of block.marks) {
        marked += `${escapeHtml(block.sentence.slice(from, start))}<mark>${escapeHtml(block.sentence.slice(start, end))}</mark>`;
        from = end;
      }
      marked += escapeHtml(block.sentence.slice(from));
      out.push(
        '<div class="block">',
        `<p class="where">${escapeHtml(block.where)}</p>`,
        `<p class="sentence">${marked}</p>`,
        '<ul class="findings">',
        ...block.findings.map(findingItem),
        '</ul>',
        block.passage
          ? passageHtml(block.passage)
          : `<p class="no-source">${escapeHtml(words.noSourceHtml)}</p>`,
        '</div>',
      );
    }
    out.push('</section>');
  }
  if (view.general.length > 0) {
    out.push('<section>', `<h2>${escapeHtml(words.other)}</h2>`, '<ul class="findings">');
    for (const finding of view.general) out.push(findingItem(finding));
    out.push('</ul>', '</section>');
  }
  if (report.findings.length === 0) out.push(`<p>${escapeHtml(words.noneHtml)}</p>`);
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function passageHtml(passage: SourcePassage): string {
  // Only http(s) addresses become links: a javascript: or data: URL from a page stays text.
  const url = /^https?:\/\//iu.test(passage.url)
    ? `<a href="${escapeHtml(passage.url)}">${escapeHtml(passage.url)}</a>`
    : escapeHtml(passage.url);
  return `<blockquote><p>${escapeHtml(passage.text)}</p><cite>${escapeHtml(passage.title)} — ${url}</cite></blockquote>`;
}
