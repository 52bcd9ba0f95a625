import { cleanMetadataText } from './clean-metadata-text.ts';
import { collectParagraphs } from './collect-paragraphs.ts';
import type { DomDocument, DomElement, DomNode } from './dom.ts';
import { isElement, selectAll } from './dom.ts';
import type { DateLabel } from './find-visible-dates.ts';
import { findVisibleDates, labelAround, labelIn } from './find-visible-dates.ts';
import { isBoilerplateElement, isHiddenElement } from './non-content.ts';
import { findDates, normalizeDate } from './normalize-date.ts';
import { readJsonLd } from './read-json-ld.ts';

/** Metadata of one page. A value the page does not give is absent, never '' or a placeholder. */
export interface PageMetadata {
  title?: string;
  siteName?: string;
  /** ISO 8601 with offset. */
  publishedAt?: string;
  modifiedAt?: string;
  author?: string;
  /** Absolute http(s) URL. */
  image?: string;
  /** Primary language subtag the page declares ("ja", "en"). */
  lang?: string;
  /** The page's own absolute http(s) address: <link rel="canonical">, else og:url. */
  canonicalUrl?: string;
}

/** Longest values kept; anything longer is some other text that landed in the field. */
const LIMITS = { title: 300, siteName: 100, author: 120, url: 2048 } as const;

/** <meta> names (or properties) that carry the publication date, after OpenGraph's article:published_time. */
const PUBLISHED_META = [
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
];
const MODIFIED_META = ['last-modified', 'dcterms.modified', 'dc.date.modified'];

/**
 * Reads title, site name, dates, author, lead image and declared language from a page as given,
 * each from the most reliable source that has it: JSON-LD, then OpenGraph/Twitter, then <meta>,
 * then <time>, then dates visible in the text.
 */
export function extractMetadata(document: DomDocument, pageUrl: string): PageMetadata {
  const meta = readMetaTags(document);
  const jsonLd = readJsonLd(document);
  const first = (...values: (string | undefined)[]) => values.find((value) => value !== undefined);

  // An <svg> carries its own <title>; only the document's counts.
  const titleTag = selectAll(document, 'title').find((element) => element.closest('svg') === null);
  const titleElement = cleanMetadataText(titleTag?.textContent, LIMITS.title);
  // The article's <h1> before a site logo marked up as <h1> in the page header.
  const h1 = visibleElements(document, 'article h1, main h1')[0] ?? visibleElements(document, 'h1')[0];
  const headline = cleanMetadataText(h1?.textContent, LIMITS.title);
  const declaredSiteName = first(
    cleanMetadataText(meta.get('og:site_name'), LIMITS.siteName),
    cleanMetadataText(jsonLd?.publisherName, LIMITS.siteName),
    // The name a site gives itself as a web app; pages without OpenGraph still often set it.
    cleanMetadataText(meta.get('application-name'), LIMITS.siteName),
  );
  const titleCandidates = [
    cleanMetadataText(jsonLd?.headline, LIMITS.title),
    cleanMetadataText(meta.get('og:title'), LIMITS.title),
    cleanMetadataText(meta.get('twitter:title'), LIMITS.title),
    titleElement,
    headline,
  ];
  const title = chooseTitle(titleCandidates, declaredSiteName, titleElement);
  const siteName = declaredSiteName ?? title?.siteName;

  const dates = readDates(document, meta, jsonLd?.datePublished, jsonLd?.dateModified);
  // The byline is looked for in the page (a walk over every element) only when no tag names the author.
  const author =
    first(
      joinNames(jsonLd?.authors.map((name) => cleanAuthor(name)) ?? []),
      cleanAuthor(meta.get('author')),
      cleanAuthor(meta.get('article:author')),
    ) ?? readByline(document);
  const canonicalUrl = readCanonicalUrl(document, meta, pageUrl);
  const image = readImage(document, meta, jsonLd?.image, canonicalUrl ?? pageUrl);
  const lang = first(
    primaryLanguage(document.documentElement?.getAttribute('lang')),
    primaryLanguage(meta.get('og:locale')),
    primaryLanguage(jsonLd?.inLanguage),
  );

  const result: PageMetadata = {};
  if (title) result.title = title.text;
  if (siteName) result.siteName = siteName;
  if (dates.publishedAt) result.publishedAt = dates.publishedAt;
  if (dates.modifiedAt) result.modifiedAt = dates.modifiedAt;
  if (author) result.author = author;
  if (image) result.image = image;
  if (lang) result.lang = lang;
  if (canonicalUrl) result.canonicalUrl = canonicalUrl;
  return result;
}

/** The page's canonical http(s) URL as it declares it, resolved against where it was read from. */
function readCanonicalUrl(
  document: DomDocument,
  meta: Map<string, string>,
  pageUrl: string,
): string | undefined {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return absoluteHttpUrl(canonical, pageUrl) ?? absoluteHttpUrl(meta.get('og:url'), pageUrl);
}

/** First non-empty content of each <meta> by its name, property or http-equiv, keys in lower case. */
function readMetaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of selectAll(document, 'meta')) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Whether an element, or one of its ancestors, is hidden or page furniture. */
function isOutsideArticle(element: DomElement): boolean {
  for (let node: DomNode | null = element; node; node = node.parentNode) {
    if (isElement(node) && (isHiddenElement(node) || isBoilerplateElement(node))) return true;
  }
  return false;
}

function visibleElements(root: DomDocument | DomElement, selectors: string): DomElement[] {
  return selectAll(root, selectors).filter((element) => !isOutsideArticle(element));
}

// ---- title and site name -------------------------------------------------------------------

/** Separators between a headline and a site name: " | ", " - ", "｜", " : ", "：", " / ", " – ", " — ". */
const TITLE_SEPARATOR = /\s+[|\-–—:/·»]\s+|\s*[|｜：／]\s*/g;

/** Compares names the way a reader would: ignoring width, case and spaces. */
const comparable = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

function isSameName(a: string, b: string): boolean {
  const [shorter, longer] = [comparable(a), comparable(b)].sort((x, y) => x.length - y.length) as [
    string,
    string,
  ];
  if (shorter === longer) return true;
  // "日本経済新聞" in a <title> names the site whose og:site_name is "日本経済新聞 電子版"; a short
  // word inside a longer name ("東京" in "東京新聞") does not.
  return shorter.length >= 4 && shorter.length * 2 >= longer.length && longer.includes(shorter);
}

interface TitleSplit {
  position: 'suffix' | 'prefix';
  rest: string;
  affix: string;
  /** The affix's segment next to the headline is last for a suffix, first for a prefix. */
  affixSite: string;
}

/** Every way to cut a title at a separator into headline + site affix (suffixes first). */
function titleSplits(title: string): TitleSplit[] {
  const cuts = [...title.matchAll(TITLE_SEPARATOR)];
  const suffixes = cuts.toReversed().map((cut) => {
    const affix = title.slice(cut.index + cut[0].length).trim();
    const segments = affix.split(TITLE_SEPARATOR);
    const rest = title.slice(0, cut.index).trim();
    return { position: 'suffix' as const, rest, affix, affixSite: segments.at(-1)?.trim() ?? affix };
  });
  const prefixes = cuts.map((cut) => {
    const affix = title.slice(0, cut.index).trim();
    return {
      position: 'prefix' as const,
      rest: title.slice(cut.index + cut[0].length).trim(),
      affix,
      affixSite: affix.split(TITLE_SEPARATOR)[0]?.trim() ?? affix,
    };
  });
  return [...suffixes, ...prefixes].filter((split) => split.rest.length > 0 && split.affix.length > 0);
}

const siteNameField = (text: string) => {
  const siteName = cleanMetadataText(text, LIMITS.siteName);
  return siteName ? { siteName } : {};
};

/**
 * The headline from the first title candidate, without a site-name affix. An affix is cut when it
 * names the site, or when another candidate shows it is branding (the affix is on the <title>
 * only); in the second case the affix also tells the site name.
 */
function chooseTitle(
  candidates: readonly (string | undefined)[],
  siteName: string | undefined,
  titleElement: string | undefined,
): { text: string; siteName?: string } | undefined {
  const title = candidates.find((candidate) => candidate !== undefined);
  if (title === undefined) return undefined;
  const splits = titleSplits(title);
  const others = candidates.filter(
    (candidate): candidate is string => candidate !== undefined && candidate !== title,
  );
  const isOther = (text: string) => others.some((other) => comparable(other) === comparable(text));
  if (siteName) {
    const namesSite = (split: TitleSplit) =>
      isSameName(split.affix, siteName) || isSameName(split.affixSite, siteName);
    const bySiteName = splits.find(namesSite);
    // "見出し | 地域 | サイト名": the section goes too when another source shows the bare headline.
    if (bySiteName)
      return { text: (splits.find((split) => namesSite(split) && isOther(split.rest)) ?? bySiteName).rest };
  }
  // The affix is branding when another candidate is the rest (the headline without it) or the
  // affix itself (a logo <h1>みなと新報</h1>). A site-name prefix is shorter than the headline
  // after it; without that check the logo <h1> would turn "見出し | みなと新報" around.
  const byOthers = splits.find(
    (split) =>
      isOther(split.affix) ||
      ((split.position === 'suffix' || split.affix.length <= split.rest.length) && isOther(split.rest)),
  );
  if (byOthers) return { text: byOthers.rest, ...siteNameField(byOthers.affixSite) };
  // The chosen title has no affix, but <title> may: "見出し | サイト名" beside an og:title "見出し".
  if (!siteName && titleElement && titleElement !== title) {
    const site = titleSplits(titleElement).find((split) => comparable(split.rest) === comparable(title));
    if (site) return { text: title, ...siteNameField(site.affixSite) };
  }
  return { text: title };
}

// ---- dates ---------------------------------------------------------------------------------

interface Dates {
  publishedAt?: string | undefined;
  modifiedAt?: string | undefined;
}

/** The date an element carries: a datetime or content attribute, else its text. */
function elementDate(element: DomElement): string | undefined {
  const value =
    element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent ?? '';
  return normalizeDate(value);
}

function firstDate(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    const date = value === undefined ? undefined : normalizeDate(value);
    if (date) return date;
  }
  return undefined;
}

interface TextAround {
  before: string;
  after: string;
  /** Whether `before` holds a date of its own (as text or a <time>), whose label it would be. */
  beforeHasDate: boolean;
}

/** Text of the siblings before and after an element inside its parent, for labels like 更新日：. */
function textAround(element: DomElement): TextAround {
  const siblings = Array.from(element.parentNode?.childNodes ?? []);
  const index = siblings.indexOf(element);
  const text = (nodes: DomNode[]) => nodes.map((node) => node.textContent ?? '').join('');
  const isTime = (node: DomNode) =>
    isElement(node) && (node.localName === 'time' || node.querySelector('time') !== null);
  // Only since the previous <time>: its label is not this one's.
  const beforeNodes = siblings.slice(
    siblings.findLastIndex((node, at) => at < index && isTime(node)) + 1,
    index,
  );
  const around = { before: text(beforeNodes), after: text(siblings.slice(index + 1)) };
  // "<dt>更新日</dt><dd><time>…" keeps the label one level up; text there that has a date of its
  // own ("<p>2025年3月12日 更新</p><p><time>…") labels that date, not this one.
  if (around.before.trim() === '' && element.parentNode && isElement(element.parentNode)) {
    const above = textAround(element.parentNode);
    if (!above.beforeHasDate) around.before = above.before;
  }
  return { ...around, beforeHasDate: beforeNodes.some(isTime) || findDates(around.before).length > 0 };
}

/** The label of a <time>: inside it ("<time>3月12日 更新</time>"), else in the text around it. */
function timeLabel(time: DomElement): DateLabel {
  const inside = labelIn(time.textContent ?? '');
  if (inside) return inside;
  const { before, after } = textAround(time);
  return labelAround(before.slice(-20), after.slice(0, 20));
}

/**
 * Where the article is: its <article>, else <main>, else the body. Dates in <time> elements and in
 * the text are looked for there first, so a list of other articles elsewhere does not win.
 */
function articleRoots(document: DomDocument): DomElement[] {
  const roots = [document.querySelector('article'), document.querySelector('main'), document.body];
  return [...new Set(roots)].filter((root): root is DomElement => root !== null && !isOutsideArticle(root));
}

/** Published and modified dates from schema.org microdata and <time> elements. */
function readTimeElements(document: DomDocument): Dates {
  const itemprop = (name: string) =>
    visibleElements(document, `[itemprop="${name}"]`)
      .map(elementDate)
      .find((date) => date !== undefined);
  let publishedAt =
    itemprop('datePublished') ?? visibleElements(document, 'time[pubdate]').map(elementDate).find(Boolean);
  let modifiedAt = itemprop('dateModified');
  for (const root of articleRoots(document)) {
    let unlabelled: string | undefined;
    for (const time of visibleElements(root, 'time')) {
      const date = elementDate(time);
      if (!date) continue;
      const label = timeLabel(time);
      if (label === 'modified') modifiedAt ??= date;
      else if (label === 'published') publishedAt ??= date;
      else unlabelled ??= date;
    }
    publishedAt ??= unlabelled;
    if (publishedAt || modifiedAt) break;
  }
  return { publishedAt, modifiedAt };
}

/** Dates visible in the text of the article (see articleRoots). */
function readVisibleDates(document: DomDocument): Dates {
  const skip = (element: DomElement) => isHiddenElement(element) || isBoilerplateElement(element);
  for (const root of articleRoots(document)) {
    const dates = findVisibleDates(collectParagraphs(root, skip));
    if (dates.publishedAt || dates.modifiedAt) return dates;
  }
  return {};
}

/**
 * Each date from the first source that has a valid one. A date labelled 更新 is only ever
 * modifiedAt, so a page that shows only its update date has no publishedAt.
 */
function readDates(
  document: DomDocument,
  meta: Map<string, string>,
  jsonLdPublished: string | undefined,
  jsonLdModified: string | undefined,
): Dates {
  let publishedAt = firstDate([
    jsonLdPublished,
    meta.get('article:published_time'),
    ...PUBLISHED_META.map((name) => meta.get(name)),
  ]);
  let modifiedAt = firstDate([
    jsonLdModified,
    meta.get('article:modified_time'),
    meta.get('og:updated_time'),
    ...MODIFIED_META.map((name) => meta.get(name)),
  ]);
  if (publishedAt && modifiedAt) return { publishedAt, modifiedAt };
  // Fall back step by step; the lookups that walk the page run only when still needed.
  for (const read of [() => readTimeElements(document), () => readVisibleDates(document)]) {
    const found = read();
    publishedAt ??= found.publishedAt;
    modifiedAt ??= found.modifiedAt;
    if (publishedAt && modifiedAt) break;
  }
  return { publishedAt, modifiedAt };
}

// ---- author --------------------------------------------------------------------------------

/** Byline labels: "By ", "文：", "記者 ", "取材・文／". Japanese ones need a separator after them. */
const BYLINE_LABEL =
  /^(?:(?:text\s+|written\s+)?by\s+|(?:(?:取材|文|写真|筆者|著者|執筆者?|記者|構成|編集)[・/／、]?)+\s*[:：/／]\s*|(?:筆者|著者|執筆者?|記者)\s+)/i;

function cleanAuthor(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  let text = cleanMetadataText(value, 400);
  if (!text) return undefined;
  // article:author is often a profile URL; a URL is not a name.
  if (/^(?:https?:)?\/\//i.test(text)) return undefined;
  text = text.replace(BYLINE_LABEL, '');
  // A byline line often ends with the date; keep the name only.
  const date = findDates(text)[0];
  if (date) text = text.slice(0, date.start);
  return cleanMetadataText(text, LIMITS.author);
}

/** Several authors as one display string, joined the way their script reads. */
function joinNames(names: readonly (string | undefined)[]): string | undefined {
  const present = [...new Set(names.filter((name): name is string => name !== undefined))];
  if (present.length === 0) return undefined;
  const japanese = present.some((name) =>
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name),
  );
  return cleanMetadataText(present.join(japanese ? '、' : ', '), LIMITS.author);
}

function readByline(document: DomDocument): string | undefined {
  for (const element of visibleElements(document, '[itemprop="author"], [rel="author"], .byline, .author')) {
    const nameElement = element.querySelector('[itemprop="name"]') ?? element;
    const author = cleanAuthor(nameElement.getAttribute('content') ?? nameElement.textContent);
    if (author) return author;
  }
  return undefined;
}

// ---- image and language --------------------------------------------------------------------

/** An absolute http(s) URL for a reference on the page; undefined for other schemes and placeholders. */
function absoluteHttpUrl(value: string | undefined | null, base: string): string | undefined {
  const text = cleanMetadataText(value, LIMITS.url);
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= LIMITS.url
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** The lead image as an absolute http(s) URL, resolved against `base` (the canonical URL, else the page URL). */
function readImage(
  document: DomDocument,
  meta: Map<string, string>,
  jsonLdImage: string | undefined,
  base: string,
): string | undefined {
  const candidates = [
    jsonLdImage,
    meta.get('og:image'),
    meta.get('og:image:url'),
    meta.get('og:image:secure_url'),
    meta.get('twitter:image'),
    meta.get('twitter:image:src'),
    document.querySelector('link[rel="image_src"]')?.getAttribute('href') ?? undefined,
    microdataImage(document),
  ];
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate, base);
    if (url) return url;
  }
  return undefined;
}

/**
 * The value of a microdata property element (HTML Standard, "the property value"): a URL
 * attribute for media and link elements, `content` for <meta>, else undefined (text is no URL).
 */
function microdataUrl(element: DomElement): string | undefined {
  const attribute = (name: string) => element.getAttribute(name) ?? undefined;
  switch (element.localName) {
    case 'meta':
      return attribute('content');
    case 'img':
    case 'source':
    case 'video':
    case 'embed':
    case 'iframe':
      return attribute('src');
    case 'a':
    case 'area':
    case 'link':
      return attribute('href');
    case 'object':
      return attribute('data');
    default:
      return undefined;
  }
}

/**
 * The first schema.org microdata image on the page, outside page furniture: an element whose
 * itemprop includes "image", or, when that element is an ImageObject item, its url/contentUrl.
 */
function microdataImage(document: DomDocument): string | undefined {
  for (const element of visibleElements(document, '[itemprop~="image"]')) {
    const direct = microdataUrl(element);
    if (direct) return direct;
    if (!element.hasAttribute('itemscope')) continue;
    const inner = element.querySelector('[itemprop~="url"], [itemprop~="contentUrl"]');
    const url = inner ? microdataUrl(inner) : undefined;
    if (url) return url;
  }
  return undefined;
}

/** "ja-JP", "ja_JP", "JA" → "ja"; undefined for anything that is not a language subtag. */
function primaryLanguage(value: string | undefined | null): string | undefined {
  const subtag = value?.trim().split(/[-_]/)[0]?.toLowerCase();
  return subtag && /^[a-z]{2,3}$/.test(subtag) ? subtag : undefined;
}
