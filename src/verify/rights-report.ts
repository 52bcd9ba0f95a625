import type { Article, Fact } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import {
  type QuoteShare,
  quoteShareOf,
  sectionUnits,
  shownUnits,
  unmarkedParts,
} from '../domain/quotation-share.ts';
import { type Finding, pathFinding } from '../domain/report.ts';
import { normalizeForMatch, similarity } from '../text/normalize.ts';
import { runsOf } from '../text/text-runs.ts';

/**
 * Limits of the rights report (Japanese Copyright Act Art. 32 quotation, Art. 48 source). A
 * quotation must be distinct from the article's own text, subordinate to it, and name its source.
 */
export interface RightsLimits {
  /** Share (0–1) of a section's shown characters that may be quotation before a warning. */
  maxSectionShare: number;
  /** Share (0–1) of the whole article's shown characters that may be quotation before a warning. */
  maxArticleShare: number;
  /** Verbatim source text at least this long (characters, normalised) outside a marked quote is an error. */
  minVerbatimChars: number;
  /** Similarity (character-bigram Dice, 0–1) at which a title or heading copies a source headline. */
  titleSimilarity: number;
  /** URLs of sources whose images may be shown (licensed); none by default, so images are off. */
  licensedSources: readonly string[];
}

/**
 * Defaults: quotation must stay subordinate — at most half of a section or of the article (the
 * 主従 test of Art. 32 read as a share); 30 characters of unmarked copying is the bar.
 */
export const DEFAULT_RIGHTS_LIMITS: RightsLimits = {
  maxSectionShare: 0.5,
  maxArticleShare: 0.5,
  minVerbatimChars: 30,
  titleSimilarity: 0.8,
  licensedSources: [],
};

export type { QuoteShare } from '../domain/quotation-share.ts';

/** The rights report: quotation shares per section and for the article, and the findings. */
export interface RightsReport {
  sections: Array<QuoteShare & { sourceId: string }>;
  article: QuoteShare;
  findings: Finding[];
}

/**
 * The longest run (normalised: NFKC, no whitespace) of `text` that occurs verbatim in `source`,
 * when it is at least `min` characters long. Windows of `min` characters find a seed; the seed is
 * then grown to the right while the source still contains it.
 */
export function longestCopiedRun(text: string, source: string, min: number): string | undefined {
  const norm = normalizeForMatch(text);
  // A text without surrogate pairs (nearly every one) has one code unit per character: its windows
  // are cut from the string itself, not joined from an array of its characters at every position.
  if (!SURROGATE.test(norm)) {
    if (norm.length < min) return undefined;
    // Seeds are looked up among the source's runs (made once per source), not searched for.
    const seeds = runsOf(source, min);
    let best: string | undefined;
    for (let start = 0; start + min <= norm.length; start++) {
      let end = start + min;
      if (!seeds.has(norm.slice(start, end))) continue;
      while (end < norm.length && source.includes(norm.slice(start, end + 1))) end++;
      if (best === undefined || end - start > best.length) best = norm.slice(start, end);
      start = end - 1;
    }
    return best;
  }
  const chars = [...norm];
  let best: string | undefined;
  const seeds = chars.length >= min ? runsOf(source, min) : new Set<string>();
  for (let start = 0; start + min <= chars.length; start++) {
    let end = start + min;
    if (!seeds.has(chars.slice(start, end).join(''))) continue;
    while (end < chars.length && source.includes(chars.slice(start, end + 1).join(''))) end++;
    const run = chars.slice(start, end).join('');
    if (best === undefined || [...run].length > [...best].length) best = run;
    start = end - 1;
  }
  return best;
}

// Code units, not code points (no u flag): true for a text holding any surrogate pair.
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Checks an Article's use of its sources against the quotation rules: unmarked verbatim copying
 * (error), quotation share over the limits (warning), quotations whose source the rendering
 * does not state (error), titles and headings that copy a source headline (warning), and card
 * images of sources not marked as licensed (warning). Pure; never throws on a valid Article.
 */
export function rightsReport(
  article: Article,
  documents: readonly Document[],
  options: Partial<RightsLimits> = {},
): RightsReport {
  const limits = { ...DEFAULT_RIGHTS_LIMITS, ...options };
  const units = shownUnits(article);
  const findings: Finding[] = [];
  const sources = documents.map((document) => ({
    document,
    norm: normalizeForMatch(document.text),
    title: normalizeForMatch(document.title),
  }));

  const all = [...units.article, ...units.sections.flat()];
  const copiedTitles = new Set<string>();
  for (const unit of all.filter((candidate) => candidate.headline)) {
    const text = normalizeForMatch(unit.text);
    const copied = sources.find(
      ({ title }) =>
        title.length > 0 && (text === title || similarity(text, title) >= limits.titleSimilarity),
    );
    if (copied === undefined) continue;
    copiedTitles.add(unit.path);
    findings.push(
      pathFinding(
        'rights.title-copy',
        'warning',
        unit.path,
        `The ${unit.path === 'title' ? 'title' : 'heading'} copies the headline of source ${copied.document.id} 「${copied.document.title}」; write the article's own.`,
        unit.text,
        {
          kind: unit.path === 'title' ? 'title' : 'heading',
          source: copied.document.id,
          headline: copied.document.title,
        },
      ),
    );
  }

  for (const unit of all) {
    if (unit.marked || copiedTitles.has(unit.path)) continue;
    for (const { document, norm } of sources) {
      // A quoted part (Fact.quote) is marked: only the words around it are the article's own.
      const run = unmarkedParts(unit)
        .map((part) => longestCopiedRun(part, norm, limits.minVerbatimChars))
        .find((found) => found !== undefined);
      if (run === undefined) continue;
      findings.push(
        pathFinding(
          'rights.quote-unmarked',
          'error',
          unit.path,
          `${[...run].length} characters are copied from source ${document.id} without being marked as a quotation: 「${run}」.`,
          run,
          { count: [...run].length, source: document.id, text: run },
        ),
      );
      break;
    }
  }

  findings.push(...quoteSourceFindings(article));

  const sectionShares = article.sections.map((section, s) => ({
    sourceId: section.sourceId,
    ...quoteShareOf(units.sections[s] ?? []),
  }));
  sectionShares.forEach((share, s) => {
    if (share.share > limits.maxSectionShare)
      findings.push(
        pathFinding(
          'rights.quote-share',
          'warning',
          `sections[${s}]`,
          `${Math.round(share.share * 100)}% of the section is quotation (limit ${Math.round(limits.maxSectionShare * 100)}%); quotation must stay subordinate to the article's own text.`,
          undefined,
          {
            kind: 'section',
            percent: Math.round(share.share * 100),
            limit: Math.round(limits.maxSectionShare * 100),
          },
        ),
      );
  });
  // The same count as the Article's quotation.quotedShare (domain/quotation-share.ts).
  const articleShare = quoteShareOf(all);
  if (articleShare.share > limits.maxArticleShare)
    findings.push(
      pathFinding(
        'rights.quote-share',
        'warning',
        'quotation',
        `${Math.round(articleShare.share * 100)}% of the article is quotation (limit ${Math.round(limits.maxArticleShare * 100)}%); quotation must stay subordinate to the article's own text.`,
        undefined,
        {
          kind: 'article',
          percent: Math.round(articleShare.share * 100),
          limit: Math.round(limits.maxArticleShare * 100),
        },
      ),
    );

  const licensed = new Set(limits.licensedSources);
  article.sections.forEach((section, s) => {
    const image = section.card.image;
    if (image === undefined || licensed.has(section.card.url)) return;
    findings.push(
      pathFinding(
        'rights.image',
        'warning',
        `sections[${s}].card.image`,
        `The card carries the image of source ${section.sourceId}, which is not marked as licensed; images stay off unless licensed.`,
        image.url,
        { source: section.sourceId },
      ),
    );
  });

  return { sections: sectionShares, article: articleShare, findings };
}

/**
 * Art. 48: every quotation names its source. Section quotes are cited by their card, so the card
 * must point at the section's own source; a quoted point names the source of its evidence, so
 * that evidence must come from one source.
 */
function quoteSourceFindings(article: Article): Finding[] {
  const out: Finding[] = [];
  const urls = new Map(article.sources.map((source) => [source.id, source.url]));
  article.sections.forEach((section, s) => {
    const quotes = sectionUnits(section, '');
    if (!quotes.some((unit) => unit.marked || (unit.quotedChars ?? 0) > 0)) return;
    const url = urls.get(section.sourceId);
    if (url !== undefined && url !== section.card.url)
      out.push(
        pathFinding(
          'rights.quote-source',
          'error',
          `sections[${s}].card.url`,
          `The section quotes source ${section.sourceId} (${url}) but its card names ${section.card.url}.`,
          section.card.url,
          { kind: 'card', source: section.sourceId, url, cardUrl: section.card.url },
        ),
      );
  });
  const points: Array<[string, Fact]> = [
    ...article.leadPoints.map((point, i): [string, Fact] => [`leadPoints[${i}]`, point]),
    ['closing.sentence', article.closing.sentence],
    ...article.closing.points.map((point, i): [string, Fact] => [`closing.points[${i}]`, point]),
  ];
  for (const [path, point] of points) {
    if (!point.verbatim && point.quote === undefined) continue;
    const ids = new Set(point.evidence.map((span) => span.sourceId));
    if (ids.size !== 1)
      out.push(
        pathFinding(
          'rights.quote-source',
          'error',
          path,
          `The quotation rests on ${ids.size} sources (${[...ids].join(', ')}); a quote names exactly one.`,
          point.text,
          { kind: 'many', count: ids.size, sources: [...ids].join('、') },
        ),
      );
  }
  return out;
}
