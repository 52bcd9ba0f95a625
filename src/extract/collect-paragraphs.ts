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

/** One paragraph of a page with what the filters after extraction need to know about it. */
export interface TextBlock {
  text: string;
  /** Characters of `text` that sit inside links (<a href>), after the same whitespace collapsing. */
  linkLength: number;
  /** The element that opened the paragraph ("p", "li", "h2", …; "br" after a line break; "" at the start). */
  opener: string;
}

/**
 * The text under `root` as paragraphs: each block element (and each <br>) ends a paragraph; inline
 * text is joined as is and then normalized. Iterative, so deeply nested markup cannot overflow the stack.
 */
export function collectParagraphs(root: DomNode, skip?: (element: DomElement) => boolean): string[] {
  return collectBlocks(root, skip).map((block) => block.text);
}

/** Like collectParagraphs, and says for each paragraph how much of it is link text and what opened it. */
export function collectBlocks(root: DomNode, skip?: (element: DomElement) => boolean): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let linkBuffer = '';
  let opener = '';
  let linkDepth = 0;
  const flush = (next: string) => {
    const text = normalizeParagraph(buffer);
    if (text)
      blocks.push({ text, linkLength: Math.min(text.length, normalizeParagraph(linkBuffer).length), opener });
    buffer = '';
    linkBuffer = '';
    opener = next;
  };
  // Each entry is a node to enter, or the end of a block element (flush) or of a link.
  const stack: { node: DomNode; exit?: 'block' | 'link' }[] = [];
  const pushChildren = (node: DomNode) => {
    // linkedom builds childNodes anew on each access: read it once.
    const children = Array.from(node.childNodes);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push({ node: child });
    }
  };
  pushChildren(root);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, exit } = entry;
    if (exit === 'block') {
      flush('');
    } else if (exit === 'link') {
      linkDepth -= 1;
      // A space keeps two adjacent links' texts apart in the link count as they are in the text.
      linkBuffer += ' ';
    } else if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      buffer += text;
      if (linkDepth > 0) linkBuffer += text;
    } else if (isElement(node) && !TEXTLESS_ELEMENTS.has(node.localName) && !skip?.(node)) {
      const name = node.localName;
      if (name === 'br') {
        flush('br');
      } else if (BLOCK_ELEMENTS.has(name)) {
        flush(name);
        stack.push({ node, exit: 'block' });
        pushChildren(node);
      } else {
        if (name === 'a' && node.hasAttribute('href')) {
          linkDepth += 1;
          stack.push({ node, exit: 'link' });
        }
        pushChildren(node);
      }
    }
  }
  flush('');
  return blocks;
}
