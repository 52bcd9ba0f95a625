import type { DomDocument, DomElement, DomNode } from './dom.ts';
import { COMMENT_NODE, isElement } from './dom.ts';

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
 * and not <header>: an article's header holds its headline and date.
 */
const BOILERPLATE_ELEMENTS = new Set(['nav', 'aside', 'footer', 'button', 'select', 'textarea', 'dialog']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'menu']);

/**
 * Words in class names and ids that mark page furniture on news sites: share buttons, related and
 * ranking lists, breadcrumbs (pankuzu, topicpath on Japanese sites), pagers, ads. Whole words only,
 * so "shared" or "headline" do not match.
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
]);

/** The words of a class or id value: split on spaces, - and _, and camelCase boundaries. */
function nameWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
}

/**
 * True for page furniture (navigation, share buttons, related-article lists, ads) that is not the
 * article. An element that holds the headline or the article itself is kept whatever its class.
 */
export function isBoilerplateElement(element: DomElement): boolean {
  const role = element.getAttribute('role')?.trim().toLowerCase();
  const byName = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  const isFurniture =
    BOILERPLATE_ELEMENTS.has(element.localName) ||
    (role !== undefined && BOILERPLATE_ROLES.has(role)) ||
    nameWords(byName).some((word) => BOILERPLATE_WORDS.has(word));
  return isFurniture && element.querySelector('h1, article, [itemprop="articleBody"]') === null;
}

/**
 * Removes from `document` (mutating it: pass a clone) comments, hidden elements and code, and when
 * `boilerplate` is set, page furniture too. Iterative over the tree.
 */
export function removeNonContent(document: DomDocument, options: { boilerplate: boolean }): void {
  const doomed: DomNode[] = [];
  const stack: DomNode[] = [document];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === COMMENT_NODE) {
      doomed.push(node);
      continue;
    }
    if (isElement(node) && (isHiddenElement(node) || (options.boilerplate && isBoilerplateElement(node)))) {
      doomed.push(node);
      continue;
    }
    // linkedom builds childNodes anew on each access: read it once.
    stack.push(...Array.from(node.childNodes));
  }
  for (const node of doomed) node.remove();
}
