import type { Article, DialogueLine, Fact, Section } from '../domain/article.ts';
import { groupParagraphs } from './group-paragraphs.ts';
import {
  conflictLine,
  explainerParts,
  formatPublishedDate,
  labels,
  pointText,
  shown,
  sourceLocation,
  sourceName,
  updateLine,
} from './labels.ts';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** A link for http(s) URLs; anything else (file:, javascript:, …) is shown as inert text. */
function link(label: string, url: string): string {
  return isWebUrl(url)
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(label)}</a>`
    : `<span class="url">${escapeHtml(label)}</span>`;
}

/** JSON inside <script>: `<` is escaped so source text can never close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

const STYLE = `
body{margin:0;background:#f6f5f2;color:#222;font:16px/1.8 system-ui,"Hiragino Sans","Noto Sans JP",sans-serif}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem;background:#fff}
h1{font-size:1.6rem;line-height:1.4}
h2{font-size:1.3rem;border-left:.3rem solid #c0392b;padding-left:.6rem;margin-top:2.5rem}
ul.points{list-style:none;padding:1rem;background:#fff8e1;border-radius:.5rem}
ul.points li::before{content:"💡 "}
.hook{background:#eef4fb;border-radius:.5rem;padding:.8rem 1rem}
.hook dt{font-weight:bold}
.hook dd{margin:0}
.card{border:1px solid #ddd;border-radius:.5rem;padding:.8rem 1rem;margin:1rem 0}
.card ul{list-style:none;padding:0}
.card li::before{content:"✅ "}
.card p{margin:.2rem 0}
.url{word-break:break-all}
.dialogue p{position:relative;max-width:80%;padding:.6rem .9rem;border-radius:1rem;margin:.8rem 0}
.dialogue .explainer{background:#e8f5e9;margin-right:auto}
.dialogue .reader{background:#e3f2fd;margin-left:auto}
.dialogue b{display:block;font-size:.8rem;color:#555}
blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:.3rem solid #bbb;background:#fafafa;color:#333}
blockquote footer{font-size:.85rem;color:#555}
.notice{font-size:.85rem;color:#555}
.conflicts{border:1px solid #e0b252;background:#fff8e6;border-radius:.5rem;padding:.8rem 1rem;margin:1.5rem 0}
.conflicts p{margin:.2rem 0}
.updates{border-left:4px solid #5b8def;padding:.4rem 1rem;margin:1.5rem 0}
.updates p{margin:.2rem 0}
`;

/** One self-contained HTML page: semantic markup, inline CSS, no external assets, every text escaped. */
export function renderHtml(article: Article): string {
  const published = article.sources.map((source) => source.publishedAt).filter((date) => date !== undefined);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.text,
    inLanguage: 'ja',
    ...(published.length > 0 ? { datePublished: [...published].sort().at(-1) } : {}),
    isBasedOn: article.sources.map((source) => ({
      '@type': 'NewsArticle',
      headline: source.title,
      url: source.url,
      ...(source.siteName ? { publisher: { '@type': 'Organization', name: source.siteName } } : {}),
      ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
      ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    })),
  };
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="matome (${escapeHtml(article.engine.name)} engine ${escapeHtml(article.engine.version)})">
<title>${escapeHtml(article.title.text)}</title>
<style>${STYLE}</style>
<script type="application/ld+json">${scriptJson(jsonLd)}</script>
</head>
<body>
<main>
${renderHtmlArticle(article)}
</main>
</body>
</html>
`;
}

/** A featured image shown with the article (a publishing target's): its credit, and the source it is from. */
export interface HtmlImageCredit {
  credit: string;
  /** The source whose lead image it is: its card says 出典/画像元 and carries the credit. */
  sourceId?: string;
}

/**
 * The article alone, as one <article> element: no document head, no style, no script. The page
 * (renderHtml) wraps it; a publishing target (WordPress) takes it as the post's content, with the
 * credit of the featured image it shows (`image`): in the source's card, or under the title when
 * the image is the user's own.
 */
export function renderHtmlArticle(article: Article, options: { image?: HtmlImageCredit } = {}): string {
  const { image } = options;
  const credit =
    image === undefined ? '' : `<p class="image-credit">${labels.imageCredit}${escapeHtml(image.credit)}</p>`;
  const fromSource =
    image?.sourceId !== undefined && article.sections.some((s) => s.sourceId === image.sourceId);
  const points = (facts: readonly Fact[]) =>
    `<ul class="points">${facts.map((fact) => `<li>${escapeHtml(pointText(fact, article))}</li>`).join('')}</ul>`;
  const conflicts = article.conflicts ?? [];
  const conflictNotice =
    conflicts.length === 0
      ? ''
      : `<aside class="conflicts" role="note" aria-label="${labels.conflictsHeading}">
<p>※<strong>${labels.conflictsHeading}</strong>: ${labels.conflictsIntro}</p>
${conflicts.map((conflict) => `<p>※${escapeHtml(conflictLine(conflict, article))}</p>`).join('\n')}
</aside>
`;
  const updates = article.updates ?? [];
  const updateNotice =
    updates.length === 0
      ? ''
      : `<aside class="updates" role="note" aria-label="${labels.updateNote}">
${updates.map((update) => `<p>※${escapeHtml(updateLine(update))}</p>`).join('\n')}
</aside>
`;
  return `<article>
<header>
<h1>${escapeHtml(article.title.text)}</h1>
${image === undefined || fromSource ? '' : `${credit}\n`}<section aria-label="${labels.pointsHeading}">${points(article.leadPoints)}</section>
${explainerParts(article)
  .map(
    (part) =>
      `<section class="explainer"><h2>${part.heading}</h2><ul>${part.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></section>`,
  )
  .join('\n')}
<p>${labels.transition}</p>
</header>
${article.sections.map((section) => renderSection(section, fromSource && section.sourceId === image?.sourceId ? credit : undefined)).join('\n')}
<section class="closing">
<h2>${labels.closingHeading}</h2>
<p>${escapeHtml(shown(article.closing.sentence))}</p>
${points(article.closing.points)}
${conflictNotice}${updateNotice}</section>
${!article.quotation.quoteHeavy ? '' : `<p class="notice">※${labels.quoteHeavyNotice}</p>`}
</article>`;
}

function renderDialogue(lines: readonly DialogueLine[]): string {
  if (lines.length === 0) return '';
  const items = lines.map(
    (line) => `<p class="${line.role}"><b>${labels[line.role]}</b>${escapeHtml(line.text)}</p>`,
  );
  return `<div class="dialogue">${items.join('')}</div>`;
}

/** One source's section; `imageCredit` when the featured image is this source's lead image. */
function renderSection(section: Section, imageCredit?: string): string {
  const { card } = section;
  const site = sourceName(card.siteName, card.url);
  const date = formatPublishedDate(card.publishedAt);
  const dateLine =
    card.publishedAt === undefined || date === undefined
      ? labels.publishedAtUnknown
      : `${labels.publishedAt}<time datetime="${escapeHtml(card.publishedAt)}">${date}</time>`;
  const cite = isWebUrl(card.url) ? ` cite="${escapeHtml(card.url)}"` : '';
  const body = groupParagraphs(section.body)
    .map((run) => {
      const paragraphs = run.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
      if (run.kind === 'prose') return paragraphs;
      return `<blockquote${cite}>${paragraphs}<footer>${labels.quotationCite}: <cite>${link(site, card.url)}</cite></footer></blockquote>`;
    })
    .join('\n');
  return `<section class="source-section">
<h2>${escapeHtml(section.heading.text)}</h2>
<dl class="hook"><dt>${labels.hook} ${escapeHtml(shown(section.hook.question))}</dt><dd>${labels.hookAnswer} ${escapeHtml(shown(section.hook.answer))}</dd></dl>
<p class="comment">${escapeHtml(section.comment.text)}</p>
<aside class="card">
<p>${dateLine}</p>
<ul>${card.summary.map((fact) => `<li>${escapeHtml(shown(fact))}</li>`).join('')}</ul>
<p>${labels.readMore}${link(site, card.url)}</p>
<p>${imageCredit === undefined ? labels.sourceLineNoImage : labels.sourceLineImage}<span class="url">${escapeHtml(sourceLocation(card.siteName, card.url))}</span></p>
${imageCredit === undefined ? '' : `${imageCredit}\n`}</aside>
${renderDialogue(section.dialogue.filter((line) => line.position === 'before-body'))}
${body}
${renderDialogue(section.dialogue.filter((line) => line.position === 'after-body'))}
</section>`;
}
