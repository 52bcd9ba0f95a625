import type { Finding } from '../domain/report.ts';
import { findDuplicateLines } from './lint-duplicates.ts';
import type { LintHit } from './lint-hit.ts';
import { findLeaks } from './lint-leaks.ts';
import { createLocator } from './lint-locate.ts';
import { findMarkdownProblems } from './lint-markdown.ts';
import { findStructureProblems } from './lint-structure.ts';
import { findGluedUrls } from './lint-urls.ts';
import { createTextView, type LintFormat } from './lint-view.ts';

/**
 * Lints a rendered article (or any text) for leaks, glued URLs, repeated lines, broken Markdown
 * (md only) and the まとめ structure. The checks read what a reader sees (for HTML, the text
 * content; for Markdown, the text with escapes resolved), and every finding's location points into
 * `text` itself: line and column of the input, offset and length in it. Never throws.
 *
 * The structure checks run where the text shows the 💡/✅ markers. matome's own HTML draws them
 * with CSS, so its structure is checked on the Article (lintArticle) rather than on the page.
 */
export function lintText(text: string, format: LintFormat): Finding[] {
  const view = createTextView(text, format);
  const locate = createLocator(text);
  const lineOf = (viewOffset: number) => locate(view.toSource(viewOffset, 0).offset, 0).line;
  const inView: LintHit[] = [
    ...findLeaks(view.text),
    ...findGluedUrls(view.text),
    ...findDuplicateLines(view.text, lineOf),
    ...findStructureProblems(view.text, lineOf),
  ];
  const inSource: LintHit[] = [...view.hits, ...(format === 'md' ? findMarkdownProblems(text) : [])];
  const toFinding = (hit: LintHit, range: { offset: number; length: number }): Finding => ({
    code: hit.code,
    severity: hit.severity,
    location: locate(range.offset, range.length),
    message: hit.message,
    ...(hit.evidence === undefined ? {} : { evidence: hit.evidence }),
    ...(hit.params === undefined ? {} : { params: hit.params }),
  });
  return [
    ...inView.map((hit) => toFinding(hit, view.toSource(hit.offset, hit.length))),
    ...inSource.map((hit) => toFinding(hit, hit)),
  ].sort(byLocation);
}

function byLocation(a: Finding, b: Finding): number {
  const offset = (finding: Finding) => ('offset' in finding.location ? finding.location.offset : 0);
  return offset(a) - offset(b) || a.code.localeCompare(b.code);
}
