import type { Article, Section } from '../domain/article.ts';
import { groupParagraphs } from './group-paragraphs.ts';
import {
  conflictLine,
  explainerParts,
  labels,
  pointText,
  publishedLine,
  shown,
  sourceLocation,
  sourceName,
  updateLine,
} from './labels.ts';

/**
 * Plain text in the example article's layout. Every card line stands on its own line, so a URL is
 * always followed by a line break and never glued to the next sentence.
 */
export function renderText(article: Article): string {
  const lines: string[] = [article.title.text];
  for (const point of article.leadPoints) lines.push(`${labels.leadPoint} ${pointText(point, article)}`);
  // Timeline, key figures, who said what: after the points, before the sections begin.
  for (const part of explainerParts(article))
    lines.push('', `■${part.heading}`, ...part.lines.map((line) => `${labels.explainerItem}${line}`));
  if (article.explainer !== undefined) lines.push('');
  lines.push(labels.transition);
  for (const section of article.sections) lines.push('', ...renderSection(section));
  lines.push('', shown(article.closing.sentence));
  for (const point of article.closing.points) lines.push(`${labels.leadPoint} ${pointText(point, article)}`);
  const conflicts = article.conflicts ?? [];
  if (conflicts.length > 0)
    // Notice lines (※): the closing stays the last part of the format, as readers and the linter expect.
    lines.push(
      '',
      `※${labels.conflictsHeading}: ${labels.conflictsIntro}`,
      ...conflicts.map((conflict) => `※${conflictLine(conflict, article)}`),
    );
  const updates = article.updates ?? [];
  if (updates.length > 0) lines.push('', ...updates.map((update) => `※${updateLine(update)}`));
  if (article.quotation.quoteHeavy) lines.push('', `※${labels.quoteHeavyNotice}`);
  return `${lines.join('\n')}\n`;
}

function renderSection(section: Section): string[] {
  const { card } = section;
  const site = sourceName(card.siteName, card.url);
  const lines = [
    section.heading.text,
    shown(section.hook.question),
    shown(section.hook.answer),
    section.comment.text,
    publishedLine(card.publishedAt),
    ...card.summary.map((fact) => `${labels.summaryLine} ${shown(fact)}`),
    `${labels.readMore}${site}`,
    // Images are off: no card shows a source's image, so the line names only the source.
    `${labels.sourceLineNoImage}${sourceLocation(card.siteName, card.url)}`,
  ];
  for (const line of section.dialogue.filter((line) => line.position === 'before-body'))
    lines.push(line.text);
  for (const run of groupParagraphs(section.body)) {
    if (run.kind === 'quotation')
      lines.push(labels.quotationFrom(site), ...run.paragraphs.map((text) => `> ${text}`));
    else lines.push(...run.paragraphs);
  }
  for (const line of section.dialogue.filter((line) => line.position === 'after-body')) lines.push(line.text);
  return lines;
}
