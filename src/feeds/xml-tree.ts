import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ownEntry } from '../text/own-entry.ts';

/** Namespace URIs the feed readers match elements by. */
export const NS = {
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
} as const;

/**
 * Prefixes feeds use without declaring them (a common mistake: `dc:date` with no `xmlns:dc`).
 * A declared prefix always wins; these apply only where the document declares nothing.
 */
const CONVENTIONAL_PREFIXES: Readonly<Record<string, string>> = {
  xml: NS.xml,
  rdf: NS.rdf,
  dc: NS.dc,
  content: NS.content,
  atom: NS.atom,
};

/** An attribute with its namespace resolved; unprefixed attributes are in no namespace. */
export interface XmlAttribute {
  namespace: string;
  localName: string;
  value: string;
}

/** An element of the parsed document, with namespaces and xml:base resolved. */
export interface XmlElement {
  /** Namespace URI; '' for none. */
  namespace: string;
  localName: string;
  attributes: XmlAttribute[];
  /** The base URL in effect here: xml:base of this element and its ancestors over the document URL. */
  base: string;
  children: XmlNode[];
}

/** Text (references already decoded; CDATA as written) or an element. */
export type XmlNode = XmlElement | string;

/** The outcome of safeParseXml: the document element, or what is wrong with the text. */
export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; detail: string };

const CDATA = '#cdata';
const TEXT = '#text';
const ATTRIBUTES = ':@';

/**
 * fast-xml-parser settings that never expand entities: `processEntities: false` leaves every
 * reference as written, DOCTYPE-declared ones included (a billion-laughs document stays a few
 * bytes), and decodeReferences then resolves only the five predefined entities and character
 * references. Values stay strings, whitespace is kept for mixed content, and CDATA stays apart
 * so that its text is not decoded a second time.
 */
const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: CDATA,
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
} as const;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(?:#([0-9]{1,8})|#x([0-9a-fA-F]{1,8})|(lt|gt|amp|quot|apos));/g;

/** A character reference's code point as text; U+FFFD for NUL, surrogates and out-of-range values. */
function codePointText(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** Resolves `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#…;` in one pass; anything else stays as written. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return codePointText(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePointText(Number.parseInt(hex, 16));
    return ownEntry(PREDEFINED, name ?? '') ?? '';
  });
}

/**
 * Bare ampersands (`?a=1&b=2` in a link) are the commonest error in real feeds, and feed readers
 * accept them. Escaping them only for the validator lets it judge the structure (unclosed,
 * mismatched or truncated elements) without rejecting such feeds; the parser reads the original.
 */
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_][\w.-]*|#[0-9]+|#x[0-9A-Fa-f]+);)/g;

/** A parser message cut to a readable length: it may quote a megabyte-long "tag name" from the input. */
function shorten(message: string): string {
  const text = message.replace(/\s+/g, ' ').replace(/\.$/, '');
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** Why the validator rejected a document, in words a user can act on. */
function validationDetail(error: { code: string; msg: string; line: number; col?: number }): string {
  // The validator reports elements still open at the end as "Invalid '[ "rss", … ]' found.".
  if (error.code === 'InvalidXml' && error.msg.startsWith("Invalid '[")) {
    return 'it ends before its elements are closed; it may be truncated';
  }
  const where = error.col === undefined ? `line ${error.line}` : `line ${error.line}, column ${error.col}`;
  return `${shorten(error.msg)} at ${where}`;
}

type RawNode = Record<string, unknown>;
type Scope = Readonly<Record<string, string>>;

/** Splits "prefix:local" into its parts; no prefix gives undefined. */
function splitName(name: string): [prefix: string | undefined, localName: string] {
  const colon = name.indexOf(':');
  return colon === -1 ? [undefined, name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function resolvePrefix(prefix: string, scope: Scope): string {
  return (
    ownEntry(scope, prefix) ?? ownEntry(CONVENTIONAL_PREFIXES, prefix) ?? `urn:undeclared-prefix:${prefix}`
  );
}

function resolveBase(value: string, parentBase: string): string {
  try {
    return new URL(value.trim(), parentBase).href;
  } catch {
    // An unusable xml:base is ignored rather than failing the feed; the parent's base still holds.
    return parentBase;
  }
}

function toElement(name: string, raw: RawNode, parentScope: Scope, parentBase: string): XmlElement {
  const rawAttributes = (raw[ATTRIBUTES] ?? {}) as Record<string, string>;
  let scope = parentScope;
  const declared = Object.entries(rawAttributes).filter(
    ([key]) => key === 'xmlns' || key.startsWith('xmlns:'),
  );
  if (declared.length > 0) {
    const next: Record<string, string> = { ...parentScope };
    for (const [key, value] of declared) next[key === 'xmlns' ? '' : key.slice(6)] = decodeReferences(value);
    scope = next;
  }
  const attributes: XmlAttribute[] = [];
  for (const [key, value] of Object.entries(rawAttributes)) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    const [prefix, localName] = splitName(key);
    const namespace = prefix === undefined ? '' : resolvePrefix(prefix, scope);
    attributes.push({ namespace, localName, value: decodeReferences(String(value)) });
  }
  const xmlBase = attributes.find((a) => a.namespace === NS.xml && a.localName === 'base');
  const base = xmlBase ? resolveBase(xmlBase.value, parentBase) : parentBase;
  const [prefix, localName] = splitName(name);
  const namespace = prefix === undefined ? (scope[''] ?? '') : resolvePrefix(prefix, scope);
  const children = toNodes((raw[name] ?? []) as RawNode[], scope, base);
  return { namespace, localName, attributes, base, children };
}

function toNodes(raw: readonly RawNode[], scope: Scope, base: string): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const node of raw) {
    if (TEXT in node) {
      nodes.push(decodeReferences(String(node[TEXT])));
    } else if (CDATA in node) {
      for (const part of node[CDATA] as RawNode[]) nodes.push(String(part[TEXT] ?? ''));
    } else {
      const name = Object.keys(node).find((key) => key !== ATTRIBUTES);
      if (name !== undefined) nodes.push(toElement(name, node, scope, base));
    }
  }
  return nodes;
}

/**
 * Parses XML text into a namespace-aware tree without expanding any entity. `documentUrl` is the
 * base that relative links and xml:base resolve against. Never throws: malformed, truncated or
 * empty input gives `{ ok: false, detail }`.
 */
export function safeParseXml(text: string, documentUrl: string): XmlParseResult {
  const validation = XMLValidator.validate(text.replace(BARE_AMPERSAND, '&amp;'));
  if (validation !== true) return { ok: false, detail: validationDetail(validation.err) };
  let raw: RawNode[];
  try {
    raw = new XMLParser(PARSER_OPTIONS).parse(text) as RawNode[];
  } catch (error) {
    // The validator passed, so this is a limit of the parser (such as nesting depth).
    return { ok: false, detail: shorten(error instanceof Error ? error.message : String(error)) };
  }
  const root = toNodes(raw, {}, documentUrl).find((node) => typeof node !== 'string');
  return root === undefined ? { ok: false, detail: 'it has no root element' } : { ok: true, root };
}

/** Child elements of `element` with the given local name, in one of the given namespaces. */
export function childElements(
  element: XmlElement,
  localName: string,
  namespaces: readonly string[],
): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && child.localName === localName && namespaces.includes(child.namespace),
  );
}

/** The first child element with the given local name in one of the given namespaces. */
export function childElement(
  element: XmlElement,
  localName: string,
  namespaces: readonly string[],
): XmlElement | undefined {
  return childElements(element, localName, namespaces)[0];
}

/** The value of an attribute by local name and namespace ('' for the usual unprefixed attributes). */
export function attributeValue(element: XmlElement, localName: string, namespace = ''): string | undefined {
  return element.attributes.find((a) => a.localName === localName && a.namespace === namespace)?.value;
}

/** All text inside an element, in document order. */
export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textContent).join('');
}

const escapeMarkup = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The children of an element written back as markup (names and text only), for inline XHTML content. */
export function innerMarkup(element: XmlElement): string {
  return element.children
    .map((child) =>
      typeof child === 'string'
        ? escapeMarkup(child)
        : `<${child.localName}>${innerMarkup(child)}</${child.localName}>`,
    )
    .join('');
}
