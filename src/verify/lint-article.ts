import type { Article, Fact } from '../domain/article.ts';
import type { FindingParams } from '../domain/findings.ts';
import type { Finding, Severity } from '../domain/report.ts';
import { excerpt, type LintHit } from './lint-hit.ts';
import { findLeaks } from './lint-leaks.ts';
import { findGluedUrls } from './lint-urls.ts';

/** A displayed string of an Article, where it lives, and what part of the format it plays. */
interface Field {
  path: string;
  text: string;
  /** Repeats are compared within one role: a 💡 point may restate a ✅ line, not another point. */
  role: 'title' | 'point' | 'heading' | 'question' | 'answer' | 'voice' | 'summary' | 'body' | 'meta';
}

// Leak kinds that can be told apart from ordinary words inside a URL ("/null-hypothesis" is fine).
const URL_LEAKS = new Set(['leak.undefined', 'leak.nan', 'leak.object', 'leak.template']);
// Same rule as the text linter: repeated text this long is content, shorter is a set phrase.
const CONTENT_LENGTH = 30;

/**
 * Lints the Article model: the text linter's leak and glued-URL checks on every displayed string,
 * the format's counts (three 💡 points before and after, three ✅ lines per card, at least one
 * section), dates the renderers cannot read, and text repeated within one role. Locations are
 * JSON paths (`sections[1].card.summary[0].text`). Never throws, also on an unvalidated object.
 */
export function lintArticle(article: Article): Finding[] {
  const findings: Finding[] = [];
  const at = (path: string, hit: Omit<LintHit, 'offset' | 'length'>): Finding => ({
    code: hit.code,
    severity: hit.severity,
    location: { path },
    message: hit.message,
    ...(hit.evidence === undefined ? {} : { evidence: hit.evidence }),
    ...(hit.params === undefined ? {} : { params: hit.params }),
  });
  const fields = displayedFields(article);
  for (const field of fields) {
    for (const hit of [...findLeaks(field.text), ...findGluedUrls(field.text)])
      findings.push(at(field.path, hit));
  }
  for (const { path, url } of urlFields(article)) {
    for (const hit of findLeaks(url)) if (URL_LEAKS.has(hit.code)) findings.push(at(path, hit));
    for (const hit of findGluedUrls(url)) findings.push(at(path, hit));
  }
  findings.push(...countProblems(article), ...findRepeats(fields));
  return findings;
}

function countProblems(article: Article): Finding[] {
  const findings: Finding[] = [];
  const problem = (
    code: string,
    path: string,
    message: string,
    params: FindingParams,
    severity: Severity = 'error',
  ) => findings.push({ code, severity, location: { path }, message, params });
  const points = (list: readonly unknown[] | undefined, code: string, path: string, where: string) => {
    const count = list?.length ?? 0;
    if (count !== 3)
      problem(code, path, `${count} 💡 points ${where}; the format has exactly three`, { count });
  };
  points(article.leadPoints, 'points.lead-count', 'leadPoints', 'before the first section');
  points(article.closing?.points, 'points.closing-count', 'closing.points', 'in the closing');
  const sections = article.sections ?? [];
  if (sections.length === 0)
    problem('card.none', 'sections', 'The article has no section, so no source card', { kind: 'article' });
  for (const [i, section] of sections.entries()) {
    const summary = section.card?.summary ?? [];
    if (summary.length !== 3) {
      problem(
        'card.summary-count',
        `sections[${i}].card.summary`,
        `Source card has ${summary.length} ✅ lines; a card summarises its source in exactly three`,
        { count: summary.length },
      );
    }
    const date = section.card?.publishedAt;
    // The renderers read YYYY-MM-DD from the start; anything else silently shows 公開日不明.
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(date)) {
      problem(
        'card.unreadable-date',
        `sections[${i}].card.publishedAt`,
        `Publication date "${excerpt(date)}" is not an ISO 8601 date; it would be shown as 公開日不明`,
        { date: excerpt(date) },
        'warning',
      );
    }
  }
  return findings;
}

function findRepeats(fields: readonly Field[]): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, Field>();
  let previous: Field | undefined;
  for (const field of fields) {
    const key = `${field.role}\u0000${field.text.normalize('NFKC').replace(/\s+/gu, '')}`;
    const seen = first.get(key);
    if (field.role !== 'meta' && seen) {
      const letters = field.text.replace(/[^\p{L}\p{N}]/gu, '').length;
      const adjacent = previous === seen;
      findings.push({
        code: 'text.duplicate',
        severity: adjacent ? 'error' : letters >= CONTENT_LENGTH ? 'warning' : 'info',
        location: { path: field.path },
        message: `「${excerpt(field.text, 30)}」 repeats ${seen.path}${adjacent ? ' right after it' : ''}`,
        evidence: field.text,
        params: { text: excerpt(field.text, 30), where: seen.path, adjacent: adjacent ? 1 : 0 },
      });
    } else if (!seen) first.set(key, field);
    previous = field;
  }
  return findings;
}

/** Every string a reader can see in some rendering, in reading order. */
function displayedFields(article: Article): Field[] {
  const fields: Field[] = [];
  const text = (path: string, value: unknown, role: Field['role']) => {
    if (typeof value === 'string') fields.push({ path, text: value, role });
  };
  const fact = (path: string, value: Fact | undefined, role: Field['role']) => {
    text(`${path}.text`, value?.text, role);
    text(`${path}.speaker`, value?.speaker, 'meta');
  };
  fact('title', article.title, 'title');
  for (const [i, point] of (article.leadPoints ?? []).entries()) fact(`leadPoints[${i}]`, point, 'point');
  for (const [i, section] of (article.sections ?? []).entries()) {
    const base = `sections[${i}]`;
    fact(`${base}.heading`, section.heading, 'heading');
    fact(`${base}.hook.question`, section.hook?.question, 'question');
    fact(`${base}.hook.answer`, section.hook?.answer, 'answer');
    text(`${base}.comment.text`, section.comment?.text, 'voice');
    text(`${base}.card.publishedAt`, section.card?.publishedAt, 'meta');
    text(`${base}.card.siteName`, section.card?.siteName, 'meta');
    for (const [j, line] of (section.card?.summary ?? []).entries()) {
      fact(`${base}.card.summary[${j}]`, line, 'summary');
    }
    text(`${base}.card.image.credit`, section.card?.image?.credit, 'meta');
    for (const [j, line] of (section.dialogue ?? []).entries()) {
      text(`${base}.dialogue[${j}].text`, line.text, 'voice');
    }
    for (const [j, paragraph] of (section.body ?? []).entries()) {
      for (const [k, sentence] of (paragraph.sentences ?? []).entries()) {
        fact(`${base}.body[${j}].sentences[${k}]`, sentence, 'body');
      }
    }
  }
  const explainer = article.explainer;
  for (const part of ['timeline', 'figures', 'quotes'] as const)
    for (const [i, entry] of (explainer?.[part] ?? []).entries()) {
      fact(`explainer.${part}[${i}].fact`, entry.fact, 'body');
      if (part === 'timeline')
        text(`explainer.timeline[${i}].date`, (entry as { date?: unknown }).date, 'meta');
      if (part === 'quotes')
        text(`explainer.quotes[${i}].speaker`, (entry as { speaker?: unknown }).speaker, 'meta');
    }
  fact('closing.sentence', article.closing?.sentence, 'title');
  for (const [i, point] of (article.closing?.points ?? []).entries())
    fact(`closing.points[${i}]`, point, 'point');
  for (const [i, source] of (article.sources ?? []).entries()) {
    text(`sources[${i}].title`, source.title, 'meta');
    text(`sources[${i}].siteName`, source.siteName, 'meta');
    text(`sources[${i}].author`, source.author, 'meta');
  }
  return fields;
}

function urlFields(article: Article): { path: string; url: string }[] {
  const urls: { path: string; url: string }[] = [];
  const add = (path: string, url: unknown) => {
    if (typeof url === 'string') urls.push({ path, url });
  };
  for (const [i, section] of (article.sections ?? []).entries()) {
    add(`sections[${i}].card.url`, section.card?.url);
    add(`sections[${i}].card.image.url`, section.card?.image?.url);
  }
  for (const [i, source] of (article.sources ?? []).entries()) {
    add(`sources[${i}].url`, source.url);
    add(`sources[${i}].image`, source.image);
  }
  return urls;
}
