// The one definition of how much of an article is quotation. The engines store it in the Article
// (`quotation.quotedShare`, which the renderers' quote-heavy notice reads) and the rights report
// checks it against the limits; both call quotationShare here, so they cannot disagree.
import { type Article, explainerEntries, type Fact, type Section } from './article.ts';

/** One text unit as the renderers show it: whether it is visibly marked as a quotation. */
export interface ShownUnit {
  path: string;
  text: string;
  /** Shown in 「」 or in a quotation block, with its source named. */
  marked: boolean;
  /** Title and headings: compared with source headlines (rights.title-copy). */
  headline?: boolean;
  fact?: Fact;
  /** Of a unit not marked as a whole, the characters of its quoted part (Fact.quote), shown in 「」. */
  quotedChars?: number;
}

/** Quoted and total shown characters of one section (or of the whole article). */
export interface QuoteShare {
  quotedChars: number;
  totalChars: number;
  /** quotedChars / totalChars, 0 when there is no text; rounded to three decimals. */
  share: number;
}

type ArticleText = Pick<Article, 'title' | 'leadPoints' | 'sections' | 'closing'> &
  Pick<Partial<Article>, 'explainer'>;

/** Quotation from this share of the article's shown characters on, the renderings say it is quote-heavy. */
export const QUOTE_HEAVY_SHARE = 0.5;

function factUnit(path: string, value: Fact): ShownUnit {
  const unit = { path, text: value.text, marked: value.verbatim, fact: value };
  return value.quote === undefined ? unit : { ...unit, quotedChars: quotedPartChars(value) };
}

/** The characters of a fact's quoted part (Fact.quote) with its 「」, 0 where it has none. */
export function quotedPartChars(fact: Fact): number {
  return fact.quote === undefined ? 0 : [...fact.text.slice(fact.quote.start, fact.quote.end)].length + 2;
}

/**
 * The text of a unit that is not marked quotation: the whole text, or the article's words around
 * a quoted part (before its 「 and after its 」), each on its own.
 */
export function unmarkedParts(unit: ShownUnit): string[] {
  if (unit.marked) return [];
  const quote = unit.fact?.quote;
  if (quote === undefined) return [unit.text];
  return [unit.text.slice(0, quote.start - 1), unit.text.slice(quote.end + 1)].filter((part) => part !== '');
}

/**
 * What the renderers (render/*) show as quotation: every verbatim Fact except the title and
 * headings is shown in 「」 (points also name their source; ✅ lines, hook and body sit under their
 * section's source card); quotation paragraphs are a marked quote block citing the source.
 * Prose sentences that are not verbatim, the title, headings and voice lines are unmarked.
 */
export function shownUnits(article: ArticleText): { article: ShownUnit[]; sections: ShownUnit[][] } {
  const top: ShownUnit[] = [
    { path: 'title', text: article.title.text, marked: false, headline: true, fact: article.title },
    ...article.leadPoints.map((point, i) => factUnit(`leadPoints[${i}]`, point)),
    // Timeline and key figures are the article's own lines; who said what is marked quotation.
    ...explainerEntries(article.explainer).map((entry) => factUnit(entry.path, entry.fact)),
    factUnit('closing.sentence', article.closing.sentence),
    ...article.closing.points.map((point, i) => factUnit(`closing.points[${i}]`, point)),
  ];
  const sections = article.sections.map((section, s) => sectionUnits(section, `sections[${s}]`));
  return { article: top, sections };
}

/** The shown units of one section, with paths under `at` (e.g. `sections[0]`). */
export function sectionUnits(section: Section, at: string): ShownUnit[] {
  return [
    {
      path: `${at}.heading`,
      text: section.heading.text,
      marked: false,
      headline: true,
      fact: section.heading,
    },
    factUnit(`${at}.hook.question`, section.hook.question),
    factUnit(`${at}.hook.answer`, section.hook.answer),
    { path: `${at}.comment`, text: section.comment.text, marked: false },
    ...section.card.summary.map((summary, i) => factUnit(`${at}.card.summary[${i}]`, summary)),
    ...section.dialogue.map((line, i) => ({ path: `${at}.dialogue[${i}]`, text: line.text, marked: false })),
    ...section.body.flatMap((paragraph, p) =>
      paragraph.sentences.map((sentence, k) => ({
        ...factUnit(`${at}.body[${p}].sentences[${k}]`, sentence),
        marked: paragraph.kind === 'quotation' || sentence.verbatim,
      })),
    ),
  ];
}

/** The quoted share of some units, counted in characters (code points) as a reader sees them. */
export function quoteShareOf(units: readonly ShownUnit[]): QuoteShare {
  let quotedChars = 0;
  let totalChars = 0;
  for (const unit of units) {
    const length = [...unit.text].length;
    totalChars += length;
    if (unit.marked) quotedChars += length;
    else quotedChars += unit.quotedChars ?? 0;
  }
  const share = totalChars === 0 ? 0 : Math.round((quotedChars / totalChars) * 1000) / 1000;
  return { quotedChars, totalChars, share };
}

/** The article's quotation share as the Article stores it, and whether it is quote-heavy. */
export function quotationShare(article: ArticleText): Article['quotation'] {
  const units = shownUnits(article);
  const { share } = quoteShareOf([...units.article, ...units.sections.flat()]);
  return { quotedShare: share, quoteHeavy: share >= QUOTE_HEAVY_SHARE };
}
