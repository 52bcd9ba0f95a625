import type { DefaultTreeAdapterMap } from 'parse5';
import { collectBlocks } from './collect-paragraphs.ts';
import { COMMENT_NODE, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.ts';
import { parseChecked } from './limit-nesting.ts';
import { isHiddenElement } from './non-content.ts';

type Parse5Node = DefaultTreeAdapterMap['node'];

/** The title and paragraphs of a page too large for Readability. */
export interface LargePageText {
  title: string | undefined;
  blocks: ReturnType<typeof collectBlocks>;
}

/**
 * The cheap text path for pages with more elements than Readability can score in time: parse5
 * builds the tree in linear time whatever its shape (linkedom's htmlparser2 does not), and the
 * text is read by the same block walk as the fallback path, with hidden elements skipped. Page
 * furniture is not scored away here; filterBlocks still drops link lists. `check` is called per
 * element, so a time budget can stop both the parse and the walk.
 */
export function readLargeHtml(html: string, check: () => void = () => {}): LargePageText {
  const document = parseChecked(html, check);
  const root = document.childNodes.find((node) => 'tagName' in node && node.tagName === 'html');
  const children = (node: Parse5Node | undefined) => (node && 'childNodes' in node ? node.childNodes : []);
  // parse5 puts the document's <title> in <head>, whatever the markup (an <svg>'s title stays in body).
  const head = children(root).find((node) => 'tagName' in node && node.tagName === 'head');
  const titleElement = children(head).find((node) => 'tagName' in node && node.tagName === 'title');
  const title = children(titleElement)
    .map((child) => ('value' in child ? child.value : ''))
    .join('');
  const body = children(root).find((node) => 'tagName' in node && node.tagName === 'body');
  return {
    title: title || undefined,
    blocks: collectBlocks(view(body ?? document), (element) => {
      check();
      return isHiddenElement(element);
    }),
  };
}

/**
 * A read-only view of a parse5 node with the part of the DOM that collectBlocks and
 * isHiddenElement read (node type, children, text, tag name, attributes). Views are made as the
 * walk reaches each node; nothing here changes the tree.
 */
function view(node: Parse5Node): DomNode {
  if ('tagName' in node) {
    const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value ?? null;
    const element: Partial<DomElement> = {
      nodeType: ELEMENT_NODE,
      nodeName: node.tagName.toUpperCase(),
      localName: node.tagName,
      get childNodes() {
        return node.tagName === 'template' ? [] : node.childNodes.map(view);
      },
      getAttribute: attribute,
      hasAttribute: (name: string) => attribute(name) !== null,
      textContent: null,
    };
    return element as DomElement;
  }
  if (node.nodeName === '#text' && 'value' in node) {
    return {
      nodeType: TEXT_NODE,
      nodeName: '#text',
      childNodes: [],
      textContent: node.value,
    } as Partial<DomNode> as DomNode;
  }
  const children = 'childNodes' in node ? node.childNodes : [];
  return {
    nodeType: node.nodeName === '#comment' ? COMMENT_NODE : 9,
    nodeName: node.nodeName,
    get childNodes() {
      return children.map(view);
    },
    textContent: null,
  } as Partial<DomNode> as DomNode;
}
