import type { DomDocument, DomElement, DomNode } from './dom.ts';
import { COMMENT_NODE, isElement, selectAll, TEXT_NODE } from './dom.ts';

/** Elements that hold code, templates or fallbacks, never text a reader sees on the page. */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'canvas',
]);

/** Inline styles that hide an element (the page's stylesheets are not evaluated). */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** True for elements whose content must never reach the stored text: code, templates, hidden content. */
export function isHiddenElement(element: DomElement): boolean {
  if (NEVER_TEXT.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  if (element.localName === 'input' && element.getAttribute('type')?.toLowerCase() === 'hidden') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/**
 * Page furniture around an article, by element. Not <form>: ASP.NET sites wrap whole pages in one;
 * and not <header>: an article's header holds its headline and date (read as metadata).
 */
export const BOILERPLATE_ELEMENTS: ReadonlySet<string> = new Set([
  'nav',
  'aside',
  'footer',
  'button',
  'select',
  'textarea',
  'dialog',
]);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'menu']);

/**
 * Words in class names and ids that mark page furniture on news sites: share buttons, related and
 * ranking lists, breadcrumbs (pankuzu, topicpath on Japanese sites), pagers, ads, comment threads,
 * newsletter boxes, cookie-consent banners. Whole words only, so "shared" or "headline" do not match.
 */
const BOILERPLATE_WORDS = new Set([
  'share',
  'sns',
  'related',
  'relation',
  'ranking',
  'recommend',
  'recommended',
  'popular',
  'breadcrumb',
  'breadcrumbs',
  'pankuzu',
  'topicpath',
  'pagination',
  'pager',
  'newsletter',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsor',
  'sponsored',
  'comments',
  'disqus',
  'cookie',
  'cookies',
  'gdpr',
  'consent',
]);

/**
 * What surrounds the article text inside the article itself, removed from the main text only (the
 * metadata is read before): the headline block (<header>), bylines, author boxes and datelines;
 * figure captions, photo credits and galleries, which describe pictures rather than tell the
 * story; tag lists, copyright lines, sign-up boxes and print-only blocks. Whole class/id words.
 */
const CHROME_ELEMENTS = new Set(['header', 'figcaption']);
const CHROME_WORDS = new Set([
  'byline',
  'bylines',
  'author',
  'bio',
  'dateline',
  'date',
  'time',
  'timestamp',
  'meta',
  'caption',
  'captions',
  'credit',
  'credits',
  'gallery',
  'slideshow',
  'tags',
  'copyright',
  'signup',
  'cta',
  'print',
]);

/**
 * Class names of utility CSS that hides text from sighted readers: screen-reader-only labels and
 * skip links ("Skip to content"). Matched as whole class names.
 */
const VISUALLY_HIDDEN_CLASSES = new Set([
  'sr-only',
  'screen-reader-text',
  'screen-reader-only',
  'visually-hidden',
  'visuallyhidden',
  'skip-link',
  'element-invisible',
]);

const isVisuallyHidden = (className: string) =>
  className
    .toLowerCase()
    .split(/\s+/)
    .some((name) => VISUALLY_HIDDEN_CLASSES.has(name));

/** The class and id of an element as one string. */
const nameOf = (element: DomElement) =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;

/** The words of a class or id value: split on spaces, - and _, and camelCase boundaries. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
}

function isFurniture(element: DomElement, words: readonly string[]): boolean {
  const role = element.getAttribute('role')?.trim().toLowerCase();
  return (
    BOILERPLATE_ELEMENTS.has(element.localName) ||
    (role !== undefined && BOILERPLATE_ROLES.has(role)) ||
    words.some((word) => BOILERPLATE_WORDS.has(word))
  );
}

/**
 * True for page furniture (navigation, share buttons, related-article lists, ads) that is not the
 * article. An element that holds the headline or the article itself is kept whatever its class.
 */
export function isBoilerplateElement(element: DomElement): boolean {
  return (
    isFurniture(element, nameWords(nameOf(element))) &&
    element.querySelector('h1, article, [itemprop="articleBody"]') === null
  );
}

/** A class or id that names the article's own text: "article-body", "entry-content", "story_text", "postBody". */
const ARTICLE_BODY_NAME = /(?:^|\s)(?:article|story|entry|post)[-_]?(?:body|content|text)(?:$|\s)/i;

/** True when a class and id (as one string) name the article's own text; such an element is never furniture. */
export const isArticleBodyName = (name: string) => ARTICLE_BODY_NAME.test(name);

/** The elements and all their ancestors. */
function withAncestors(elements: readonly DomNode[]): Set<DomNode> {
  const found = new Set<DomNode>();
  for (const element of elements) {
    for (let node: DomNode | null = element; node && !found.has(node); node = node.parentNode)
      found.add(node);
  }
  return found;
}

/** For every element that holds <p> elements, the length of their text: the prose under it, roughly. */
function proseLengths(document: DomDocument): Map<DomNode, number> {
  const lengths = new Map<DomNode, number>();
  for (const paragraph of selectAll(document, 'p')) {
    const length = paragraph.textContent?.length ?? 0;
    for (let node: DomNode | null = paragraph; node; node = node.parentNode) {
      lengths.set(node, (lengths.get(node) ?? 0) + length);
    }
  }
  return lengths;
}

/**
 * Removes from `document` (mutating it) comments, hidden elements and code, page furniture, and
 * the article's own chrome (headline block, bylines, captions): what is left is the text a reader
 * reads as the article. An element that is or holds the article body stays whatever else its
 * class says ("article-body pagination-first"); furniture that holds the headline or an <article>
 * stays too (a wrapper classed "ad-free"), and so does chrome that holds half the page's paragraph
 * text (a whole article inside <header>). What each element holds is worked out once for the whole
 * page, so the walk stays linear.
 */
export function removeNonContent(document: DomDocument): void {
  const holdsHeadline = withAncestors(selectAll(document, 'h1, article'));
  const holdsBody = withAncestors(selectAll(document, '[itemprop="articleBody"]'));
  const prose = proseLengths(document);
  const pageProse = prose.get(document) ?? 0;
  const doomed: DomNode[] = [];
  const stack: DomNode[] = [document];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === COMMENT_NODE) {
      doomed.push(node);
      continue;
    }
    if (node.nodeType === TEXT_NODE) continue;
    if (isElement(node)) {
      const name = nameOf(node);
      if (isHiddenElement(node) || isVisuallyHidden(name)) {
        doomed.push(node);
        continue;
      }
      const words = nameWords(name);
      const isArticle = holdsBody.has(node) || isArticleBodyName(name);
      const remove = isFurniture(node, words)
        ? !holdsHeadline.has(node) && !isArticle
        : (CHROME_ELEMENTS.has(node.localName) || words.some((word) => CHROME_WORDS.has(word))) &&
          !isArticle &&
          (prose.get(node) ?? 0) * 2 < pageProse;
      if (remove) {
        doomed.push(node);
        continue;
      }
    }
    // linkedom builds childNodes anew on each access: read it once. A loop, not a spread: an
    // element with hundreds of thousands of children would overflow the call's argument stack.
    for (const child of Array.from(node.childNodes)) stack.push(child);
  }
  for (const node of doomed) node.remove();
}
