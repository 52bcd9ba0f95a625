import { type Article, explainerEntries, type Fact } from '../domain/article.ts';

/** One claim of an article as the desk shows it: where it is, what it says, which sources it may rest on. */
export interface ArticleClaim {
  /** JSON path of the Fact in the article, as the verifier's findings name it. */
  path: string;
  /** Which part of the article it is (Japanese label for the page). */
  part: ClaimPart;
  fact: Fact;
  /** Source ids the claim may rest on: a section's own source, else every source. */
  scope: string[];
  /** The section's source id, for claims inside a section. */
  section?: string;
}

export type ClaimPart =
  | 'title'
  | 'leadPoint'
  | 'heading'
  | 'hookQuestion'
  | 'hookAnswer'
  | 'summary'
  | 'body'
  | 'closingSentence'
  | 'closingPoint'
  | 'timeline'
  | 'keyFigure'
  | 'quote';

// The explainer part each entry path begins with, as the desk names it.
const EXPLAINER_PARTS: Record<string, ClaimPart> = {
  timeline: 'timeline',
  figures: 'keyFigure',
  quotes: 'quote',
};

/**
 * Every claim of an article in reading order (title, 💡, the explainer's timeline, key figures and
 * who said what, then per section heading, hook, ✅ lines and body, then the closing), with the
 * same paths and scopes verify-article.ts checks them under (an explainer entry rests on its own
 * source).
 */
export function articleClaims(article: Article): ArticleClaim[] {
  const all = article.sources.map((source) => source.id);
  const claims: ArticleClaim[] = [
    { path: 'title', part: 'title', fact: article.title, scope: all },
    ...article.leadPoints.map(
      (fact, i): ArticleClaim => ({ path: `leadPoints[${i}]`, part: 'leadPoint', fact, scope: all }),
    ),
    ...explainerEntries(article.explainer).map(
      ({ path, fact, sourceId }): ArticleClaim => ({
        path,
        part: EXPLAINER_PARTS[/^explainer\.([a-z]+)/.exec(path)?.[1] ?? ''] ?? 'timeline',
        fact,
        scope: [sourceId],
      }),
    ),
  ];
  article.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    const own = { scope: [section.sourceId], section: section.sourceId };
    claims.push(
      { path: `${at}.heading`, part: 'heading', fact: section.heading, ...own },
      { path: `${at}.hook.question`, part: 'hookQuestion', fact: section.hook.question, ...own },
      { path: `${at}.hook.answer`, part: 'hookAnswer', fact: section.hook.answer, ...own },
      ...section.card.summary.map(
        (fact, i): ArticleClaim => ({ path: `${at}.card.summary[${i}]`, part: 'summary', fact, ...own }),
      ),
      ...section.body.flatMap((paragraph, p) =>
        paragraph.sentences.map(
          (fact, k): ArticleClaim => ({
            path: `${at}.body[${p}].sentences[${k}]`,
            part: 'body',
            fact,
            ...own,
          }),
        ),
      ),
    );
  });
  claims.push(
    { path: 'closing.sentence', part: 'closingSentence', fact: article.closing.sentence, scope: all },
    ...article.closing.points.map(
      (fact, i): ArticleClaim => ({ path: `closing.points[${i}]`, part: 'closingPoint', fact, scope: all }),
    ),
  );
  return claims;
}

/** The keys of a claim path: `sections[0].card.summary[1]` → ['sections', 0, 'card', 'summary', 1]. */
function keysOf(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)) {
    if (match[1] !== undefined) keys.push(match[1]);
    else keys.push(Number(match[2]));
  }
  return keys;
}

/**
 * A copy of the article with the Fact at `path` (one of articleClaims' paths) replaced by `fact`.
 * Only the objects along the path are copied; the rest is shared.
 */
export function replaceClaim(article: Article, path: string, fact: Fact): Article {
  const keys = keysOf(path);
  const replace = (value: unknown, depth: number): unknown => {
    if (depth === keys.length) return fact;
    const key = keys[depth] as string | number;
    if (Array.isArray(value)) {
      const copy = [...value];
      copy[key as number] = replace(copy[key as number], depth + 1);
      return copy;
    }
    const record = value as Record<string, unknown>;
    return { ...record, [key]: replace(record[key as string], depth + 1) };
  };
  return replace(article, 0) as Article;
}

/** True for a claim path inside the explainer (`explainer.quotes[2].fact`). */
export function isExplainerPath(path: string): boolean {
  return path.startsWith('explainer.');
}

/** A copy of the article without the explainer entries whose claim paths are in `paths`. */
export function dropExplainerEntries(article: Article, paths: ReadonlySet<string>): Article {
  const explainer = article.explainer;
  if (explainer === undefined || ![...paths].some(isExplainerPath)) return article;
  const keep = <T>(part: string, entries: readonly T[]) =>
    entries.filter((_, i) => !paths.has(`explainer.${part}[${i}].fact`));
  return {
    ...article,
    explainer: {
      timeline: keep('timeline', explainer.timeline),
      figures: keep('figures', explainer.figures),
      quotes: keep('quotes', explainer.quotes),
    },
  };
}

/** A copy of the article without the body sentences at `paths` (paragraphs left empty go too). */
export function dropBodySentences(article: Article, paths: ReadonlySet<string>): Article {
  if (paths.size === 0) return article;
  return {
    ...article,
    sections: article.sections.map((section, s) => ({
      ...section,
      body: section.body
        .map((paragraph, p) => ({
          ...paragraph,
          sentences: paragraph.sentences.filter(
            (_, k) => !paths.has(`sections[${s}].body[${p}].sentences[${k}]`),
          ),
        }))
        .filter((paragraph) => paragraph.sentences.length > 0),
    })),
  };
}
