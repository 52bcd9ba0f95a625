/**
 * The part of the DOM that extract/ uses. The project compiles without lib.dom, and linkedom's own
 * declarations lean on it (its parseHTML comes out untyped), so this file states what we rely on.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
  remove(): void;
}

/** An element, as linkedom implements it. */
export interface DomElement extends DomNode {
  /** Lower case for HTML elements ("p", "time"). */
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  getElementsByTagName(localName: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  append(...nodes: DomNode[]): void;
}

/** A parsed page, as linkedom implements it. */
export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement;
  readonly body: DomElement;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  getElementsByTagName(localName: string): ArrayLike<DomElement>;
  createElement(localName: string): DomElement;
  cloneNode(deep: true): DomDocument;
}

/** Node.nodeType values used here. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

/** True when a node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** A selector that is one lower-case tag name ("p", "meta", "h1"). */
const TAG_NAME = /^[a-z][a-z0-9]*$/;

/**
 * Elements matching `selectors` under `root`, as an array, in document order. A bare tag name is
 * looked up by name, which spares linkedom's CSS selector engine (the same elements, faster).
 */
export function selectAll(root: DomElement | DomDocument, selectors: string): DomElement[] {
  return Array.from(
    TAG_NAME.test(selectors) ? root.getElementsByTagName(selectors) : root.querySelectorAll(selectors),
  );
}

/**
 * The nearest of `element` and its ancestors that is an HTML element named `localName` (lower
 * case), or null: element.closest(localName) for a bare tag name, without compiling the selector
 * for every element asked about.
 */
export function closestByName(element: DomElement, localName: string): DomElement | null {
  for (let node: DomNode | null = element; node !== null && isElement(node); node = node.parentNode)
    if (node.localName.toLowerCase() === localName) return node;
  return null;
}
