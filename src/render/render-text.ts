import type { Article, Section } from '../domain/article.ts';
import { groupParagraphs } from './group-paragraphs.ts';
import { labels, publishedLine, sourceName } from './labels.ts';

/**
 * Plain text in the example article's layout. Every card line stands on its own line, so a URL is
 * always followed by a line break and never glued to the next sentence.
 */
export function renderText(article: Article): string {
  const lines: string[] = [article.title.text];
  for (const point of article.leadPoints) lines.push(`${labels.leadPoint} ${point.text}`);
  lines.push(labels.transition);
  for (const section of article.sections) lines.push('', ...renderSection(section));
  lines.push('', article.closing.sentence.text);
  for (const point of article.closing.points) lines.push(`${labels.leadPoint} ${point.text}`);
  if (article.quotation.quoteHeavy) lines.push('', `※${labels.quoteHeavyNotice}`);
  return `${lines.join('\n')}\n`;
}

function renderSection(section: Section): string[] {
  const { card } = section;
  const site = sourceName(card.siteName, card.url);
  const lines = [
    section.heading.text,
    section.hook.question.text,
    section.hook.answer.text,
    section.comment.text,
    publishedLine(card.publishedAt),
    ...card.summary.map((fact) => `${labels.summaryLine} ${fact.text}`),
    `${labels.readMore}${site}`,
    `${card.image ? labels.sourceLine : labels.sourceLineNoImage}${card.url}`,
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
