import { ownEntry } from '../text/own-entry.ts';
import type { DomDocument } from './dom.ts';
import { selectAll } from './dom.ts';

/** What the page's JSON-LD says about its article; raw strings, cleaned by the caller. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  image?: string;
  publisherName?: string;
  inLanguage?: string;
}

/** schema.org types that describe a news article page (NewsArticle and its subtypes, blog posts). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
]);

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON.parse that tolerates what CMSs put in ld+json blocks: HTML comment or CDATA wrappers, raw
 * line breaks and tabs inside strings, trailing commas, a trailing semicolon.
 */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, '')
      .replace(/(?:\/\/\s*)?(?:-->|\]\]>)\s*$/, '')
      // A raw control character is invalid inside a JSON string and plain whitespace outside one.
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/,(\s*[}\]])/g, '$1')
      .replace(/;\s*$/, '');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** Top-level nodes, nodes in @graph, and a WebPage's mainEntity, flattened in document order. */
function flattenNodes(value: unknown, into: JsonObject[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) flattenNodes(item, into, depth + 1);
  } else if (isObject(value)) {
    into.push(value);
    flattenNodes(value['@graph'], into, depth + 1);
    flattenNodes(value.mainEntity, into, depth + 1);
  }
}

/** Type names without a vocabulary prefix, lower case: "https://schema.org/NewsArticle" → "newsarticle". */
function typesOf(node: JsonObject): string[] {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:#]/, '').toLowerCase());
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};

/** Decodes the HTML character references CMSs leave in JSON-LD strings ("&amp;", "&#12345;"). */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, decimal, hex, name) => {
    if (name !== undefined) return ownEntry(ENTITIES, name.toLowerCase()) ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Reads the first article-typed JSON-LD node of the page (NewsArticle, Article, BlogPosting, …,
 * also inside @graph and arrays), resolving {"@id": …} references within the page. Broken blocks
 * are skipped; undefined when the page has no article node.
 */
export function readJsonLd(document: DomDocument): JsonLdArticle | undefined {
  const nodes: JsonObject[] = [];
  for (const script of selectAll(document, 'script')) {
    const type = script.getAttribute('type')?.split(';')[0]?.trim().toLowerCase();
    if (type === 'application/ld+json') flattenNodes(parseLenient(script.textContent ?? ''), nodes);
  }
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  if (!article) return undefined;

  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  /** A node given as a reference ({"@id": "#org"}) replaced by the node it names, if the page has it. */
  const resolve = (value: unknown): unknown =>
    isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1
      ? (byId.get(value['@id']) ?? value)
      : value;
  const text = (value: unknown): string | undefined => {
    const resolved = resolve(Array.isArray(value) ? value[0] : value);
    if (typeof resolved === 'string') return decodeEntities(resolved).trim() || undefined;
    if (isObject(resolved) && '@value' in resolved) return text(resolved['@value']);
    return undefined;
  };
  const name = (value: unknown): string | undefined => {
    const resolved = resolve(Array.isArray(value) ? value[0] : value);
    return typeof resolved === 'string'
      ? text(resolved)
      : isObject(resolved)
        ? text(resolved.name)
        : undefined;
  };
  const imageUrl = (value: unknown): string | undefined => {
    const resolved = resolve(Array.isArray(value) ? value[0] : value);
    return isObject(resolved) ? (text(resolved.url) ?? text(resolved.contentUrl)) : text(resolved);
  };
  const authors = (Array.isArray(article.author) ? article.author : [article.author])
    .map(name)
    .filter((author): author is string => author !== undefined);
  const inLanguage = resolve(article.inLanguage);

  const result: JsonLdArticle = { authors: [...new Set(authors)] };
  const fields: [keyof Omit<JsonLdArticle, 'authors'>, string | undefined][] = [
    ['headline', text(article.headline) ?? text(article.name)],
    ['datePublished', text(article.datePublished)],
    ['dateModified', text(article.dateModified)],
    ['image', imageUrl(article.image) ?? imageUrl(article.thumbnailUrl)],
    ['publisherName', name(article.publisher)],
    [
      'inLanguage',
      isObject(inLanguage) ? (text(inLanguage.alternateName) ?? text(inLanguage.name)) : text(inLanguage),
    ],
  ];
  for (const [key, value] of fields) if (value !== undefined) result[key] = value;
  return result;
}
