import type { DomElement, DomNode } from './dom.ts';
import { isElement, TEXT_NODE } from './dom.ts';
import { normalizeParagraph } from './normalize-paragraph.ts';

/** Elements whose start and end break a paragraph (HTML's block-level and table elements). */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose text is never article text: code, styling, ruby readings (rt/rp would interleave 漢字 with かんじ). */
const TEXTLESS_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'rt',
  'rp',
  'svg',
  'math',
  'head',
]);

/**
 * The text under `root` as paragraphs: each block element (and each <br>) ends a paragraph; inline
 * text is joined as is and then normalized. Iterative, so deeply nested markup cannot overflow the stack.
 */
export function collectParagraphs(root: DomNode, skip?: (element: DomElement) => boolean): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const paragraph = normalizeParagraph(buffer);
    if (paragraph) paragraphs.push(paragraph);
    buffer = '';
  };
  // Each entry is a node to enter, or (exit: true) the end of a block element.
  const stack: { node: DomNode; exit: boolean }[] = [];
  const pushChildren = (node: DomNode) => {
    // linkedom builds childNodes anew on each access: read it once.
    const children = Array.from(node.childNodes);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push({ node: child, exit: false });
    }
  };
  pushChildren(root);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, exit } = entry;
    if (exit) {
      flush();
    } else if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
    } else if (isElement(node) && !TEXTLESS_ELEMENTS.has(node.localName) && !skip?.(node)) {
      if (node.localName === 'br') {
        flush();
      } else if (BLOCK_ELEMENTS.has(node.localName)) {
        flush();
        stack.push({ node, exit: true });
        pushChildren(node);
      } else {
        pushChildren(node);
      }
    }
  }
  flush();
  return paragraphs;
}
