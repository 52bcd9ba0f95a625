// linkedom's one-file build ('linkedom/worker': the same code and dependency versions, built into one
// module) instead of its ~150 modules: the same documents, a fifth of the import's CPU time in a cold
// command (docs/measurements.md, perf25).
import { parseHTML } from 'linkedom/worker';
import type { DomDocument, DomElement, DomNode } from './dom.ts';
import { isElement } from './dom.ts';

/** Elements that belong in <head> when a page leaves them outside it. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base']);
/** Elements that stay in <head> when the page put them there; elsewhere they are body content. */
const HEAD_ONLY_IN_HEAD = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Parses an HTML page into a document shaped html > (head, body).
 *
 * linkedom builds the tree with htmlparser2, not the HTML Standard's tree builder: a fragment, a
 * page with text before <html>, or content outside <body> ends up outside the body, and linkedom's
 * `body` getter then invents an empty one. This normalizes the shape so later steps (Readability
 * included) see every piece of content inside <body>.
 */
export function parseHtml(html: string): DomDocument {
  // Whatever precedes <html> (doctype, comments, stray bytes) is never visible content.
  const start = html.search(/<html[\s>]/i);
  const source = start === -1 ? `<html>${html}</html>` : html.slice(start);
  let document = parseHTML(source).document as DomDocument;
  if (document.documentElement?.localName !== 'html') {
    // A broken <html tag; drop every html tag and wrap the rest.
    document = parseHTML(`<html>${html.replace(/<\/?html\b[^>]*>?/gi, '')}</html>`).document as DomDocument;
  }
  const root = document.documentElement;
  if (!root) return document;
  const children = Array.from(root.childNodes);
  for (const child of children) child.remove();
  const head = document.createElement('head');
  const body = document.createElement('body');
  root.append(head, body);
  for (const child of children) placeNode(child, head, body, false);
  return document;
}

/**
 * Puts a top-level node where a browser would: the children of stray html/head/body elements are
 * flattened (htmlparser2 nests a <body> inside an unclosed <head>), metadata elements go to head,
 * everything else to body, in document order.
 */
function placeNode(node: DomNode, head: DomElement, body: DomElement, inHead: boolean): void {
  if (!isElement(node)) {
    (inHead ? head : body).append(node);
    return;
  }
  const name = node.localName;
  if (name === 'html' || name === 'head' || name === 'body') {
    for (const child of Array.from(node.childNodes)) placeNode(child, head, body, name === 'head');
  } else if (HEAD_ELEMENTS.has(name) || (inHead && HEAD_ONLY_IN_HEAD.has(name))) {
    head.append(node);
  } else {
    body.append(node);
  }
}
