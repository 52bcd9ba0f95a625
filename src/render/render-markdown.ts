import type { Article, Section } from '../domain/article.ts';
import { isWebAddress } from '../domain/document.ts';
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

/** Escapes Markdown syntax so source text is shown literally, never interpreted. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&$]/g, (char) => `\\${char}`)
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** An autolink for the card's URL line; characters that would end the link are percent-encoded. */
function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** A link when the URL is http(s); otherwise just the label (the URL itself is on the card's URL line). */
function link(label: string, url: string): string {
  return /^https?:\/\//i.test(url)
    ? `[${escapeMarkdown(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`
    : escapeMarkdown(label);
}

/** Markdown rendering: headings, lists for points and ✅ lines, blockquotes for quotations. */
export function renderMarkdown(article: Article): string {
  const out: string[] = [`# ${escapeMarkdown(article.title.text)}`, ''];
  for (const point of article.leadPoints)
    out.push(`- ${labels.leadPoint} ${escapeMarkdown(pointText(point, article))}`);
  for (const part of explainerParts(article)) {
    out.push('', `### ${part.heading}`, '');
    for (const line of part.lines) out.push(`- ${escapeMarkdown(line)}`);
  }
  out.push('', labels.transition, '');
  for (const section of article.sections) out.push(...renderSection(section));
  out.push(`## ${labels.closingHeading}`, '', escapeMarkdown(shown(article.closing.sentence)), '');
  for (const point of article.closing.points)
    out.push(`- ${labels.leadPoint} ${escapeMarkdown(pointText(point, article))}`);
  const conflicts = article.conflicts ?? [];
  if (conflicts.length > 0) {
    out.push('', `*※${labels.conflictsHeading}: ${labels.conflictsIntro}*`);
    for (const conflict of conflicts) out.push('', `*※${escapeMarkdown(conflictLine(conflict, article))}*`);
  }
  for (const update of article.updates ?? []) out.push('', `*※${escapeMarkdown(updateLine(update))}*`);
  if (article.quotation.quoteHeavy) out.push('', `*※${labels.quoteHeavyNotice}*`);
  return `${out.join('\n')}\n`;
}

function renderSection(section: Section): string[] {
  const { card } = section;
  const site = sourceName(card.siteName, card.url);
  const out = [
    `## ${escapeMarkdown(section.heading.text)}`,
    '',
    `**${labels.hook} ${escapeMarkdown(shown(section.hook.question))}**`,
    '',
    `${labels.hookAnswer} ${escapeMarkdown(shown(section.hook.answer))}`,
    '',
    `*${escapeMarkdown(section.comment.text)}*`,
    '',
    publishedLine(card.publishedAt),
    '',
    ...card.summary.map((fact) => `- ${labels.summaryLine} ${escapeMarkdown(shown(fact))}`),
    '',
    `${labels.readMore}${link(site, card.url)}`,
    '',
    // Images are off: no card shows a source's image, so the line names only the source.
    `${labels.sourceLineNoImage}${isWebAddress(card.url) ? autolink(card.url) : escapeMarkdown(sourceLocation(card.siteName, card.url))}`,
    '',
  ];
  const voice = (position: 'before-body' | 'after-body') =>
    section.dialogue
      .filter((line) => line.position === position)
      .flatMap((line) => [`**${labels[line.role]}**: ${escapeMarkdown(line.text)}`, '']);
  out.push(...voice('before-body'));
  for (const run of groupParagraphs(section.body)) {
    if (run.kind === 'quotation') {
      for (const text of run.paragraphs) out.push(`> ${escapeMarkdown(text)}`, '>');
      out.push(`> — ${labels.quotationCite}: ${link(site, card.url)}`, '');
    } else {
      for (const text of run.paragraphs) out.push(escapeMarkdown(text), '');
    }
  }
  out.push(...voice('after-body'));
  return out;
}
