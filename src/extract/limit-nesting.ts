import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';
import type * as Parse5 from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { BOILERPLATE_ELEMENTS, isArticleBodyName } from './non-content.ts';

// Module loading is a quarter of a cold command's CPU time, paid per module (docs/measurements.md,
// perf25), so this file loads only the parts of its two parsers it uses, and parse5 only when used.

/**
 * htmlparser2's tokenizer alone (its file and entities' decoder, ~5 modules): the package's one
 * export also loads its tree builder, domhandler, DomUtils and the feed reader (~30 modules), which
 * nothing here uses. Its file sits beside the package's entry point; where a later version moves
 * it, the package's export is loaded instead.
 */
export async function loadTokenizer(): Promise<typeof Htmlparser2.Tokenizer> {
  try {
    const file = (await import(new URL('./Tokenizer.js', import.meta.resolve('htmlparser2')).href)) as {
      default?: unknown;
    };
    if (typeof file.default === 'function') return file.default as typeof Htmlparser2.Tokenizer;
  } catch {
    // Not where it was: the whole package below.
  }
  return (await import('htmlparser2')).Tokenizer;
}

const Tokenizer = await loadTokenizer();

let parse5: typeof Parse5 | undefined;
/** parse5, loaded on first use: only deeply nested or very large pages are parsed with it. */
const loadParse5 = (): typeof Parse5 => {
  parse5 ??= createRequire(import.meta.url)('parse5') as typeof Parse5;
  return parse5;
};

/**
 * How deep extraction reads markup. Deeper elements are flattened: they become children of their
 * ancestor at this depth, in document order, so their text stays and only the nesting goes.
 * Browsers cap the depth too (Blink at 512); real news pages are far shallower — the deepest page
 * in the article-extraction benchmark is 51 levels — and Readability's cost grows with depth times
 * text (each container's text is read once per ancestor it is cleaned under).
 */
export const MAX_NESTING_DEPTH = 128;

/**
 * Above this many elements, Readability is skipped and the page's text is read by the plain text
 * path. The benchmark's largest page has about 1,600 elements; a long news page a few thousand.
 * Readability's time grows with the element count (about 2–5 s at 20,000 elements of text).
 */
export const MAX_READABLE_ELEMENTS = 10_000;

/**
 * Pages with more elements than this are refused: no article page comes near it (a very long one
 * has tens of thousands), and it keeps the text path's work on a 10 MiB page bounded.
 */
export const MAX_PAGE_ELEMENTS = 200_000;

/**
 * parse5 with `check` called for every element it creates: parse5 builds a tree in linear time
 * whatever the markup, and this lets a time budget stop it part way.
 */
export function parseChecked(html: string, check: () => void): DefaultTreeAdapterMap['document'] {
  const { defaultTreeAdapter, parse } = loadParse5();
  return parse(html, {
    treeAdapter: {
      ...defaultTreeAdapter,
      createElement(tagName, namespaceURI, attrs) {
        check();
        return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
      },
    },
  });
}

/** Elements that never hold content, so a start tag opens nothing. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** What a page's markup looks like to the parser: how deep it nests (an upper bound) and how many elements it opens. */
export interface NestingMeasure {
  depth: number;
  elements: number;
  /**
   * What removeNonContent would remove whole, as [start, end) offsets in document order, not
   * overlapping: scripts (all but JSON-LD), style sheets, comments, and page furniture sections
   * (see FURNITURE_SECTIONS). cutSpans drops them before a tree is built.
   */
  cuttable: Array<readonly [number, number]>;
}

/** Elements whose content the tokenizer reads as raw text up to their own end tag: exact spans. */
const CODE_ELEMENTS = new Set(['script', 'style']);

/**
 * Furniture elements (non-content.ts) that no start tag closes implicitly, so their end is where
 * this measure's stack says it is: <nav>, <aside>, <footer> (a <button> or <select> is closed by
 * the next one, which the measure does not model).
 */
const FURNITURE_SECTIONS = new Set(
  ['nav', 'aside', 'footer'].filter((name) => BOILERPLATE_ELEMENTS.has(name)),
);

/**
 * Inside a furniture section, elements that keep it whole: what makes removeNonContent keep it
 * (a headline or article inside) and what extractMetadata reads wherever it lies (meta and link
 * tags, the page title, the first <main>); JSON-LD scripts and articleBody microdata are checked apart.
 */
const KEEPS_SECTION = new Set(['h1', 'article', 'main', 'meta', 'link', 'title']);

/**
 * Measures markup in one linear pass with htmlparser2's tokenizer (the one linkedom parses with),
 * before any tree is built: htmlparser2's tree builder itself costs time quadratic in the depth.
 * The depth follows the parser's open-element stack, except that start tags which implicitly close
 * another (a <p> after a <p>) are not modelled, so it is never below the depth linkedom builds.
 */
export function measureNesting(html: string): NestingMeasure {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let depth = 0;
  let elements = 0;
  let pending = '';
  // The open code element (script or style) and where its start tag began; -1 when none.
  let codeStart = -1;
  let tagStart = 0;
  let attribute = '';
  let attributeValue = '';
  let scriptType = '';
  let classAndId = '';
  let itemprop = '';
  // The outermost furniture section open now: where it began, its place on the stack, whether it may go.
  let section: { start: number; index: number; cuttable: boolean } | undefined;
  const cuttable: Array<readonly [number, number]> = [];
  const readsAttributes = () =>
    pending === 'script' || section !== undefined || FURNITURE_SECTIONS.has(pending);
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        pending = html.slice(start, end).toLowerCase();
        elements += 1;
        tagStart = start - 1;
        scriptType = '';
        classAndId = '';
        itemprop = '';
      },
      onopentagend() {
        const jsonLd = pending === 'script' && isJsonLd(scriptType);
        // JSON-LD is metadata (read-json-ld.ts): it stays.
        if (CODE_ELEMENTS.has(pending) && !jsonLd) codeStart = tagStart;
        if (section) {
          if (KEEPS_SECTION.has(pending) || jsonLd || /\barticleBody\b/i.test(itemprop))
            section.cuttable = false;
        } else if (FURNITURE_SECTIONS.has(pending) && !VOID_ELEMENTS.has(pending)) {
          const cuttable = !isArticleBodyName(classAndId) && !/\barticleBody\b/i.test(itemprop);
          section = { start: tagStart, index: stack.length, cuttable };
        }
        if (VOID_ELEMENTS.has(pending)) return;
        stack.push(pending);
        open.set(pending, (open.get(pending) ?? 0) + 1);
        if (stack.length > depth) depth = stack.length;
      },
      onselfclosingtag() {
        // HTML ignores the slash (<div/> opens a div); counting it as open keeps the bound.
        this.onopentagend(0);
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const close = html.indexOf('>', end);
        const tagEnd = close === -1 ? html.length : close + 1;
        if (codeStart !== -1 && CODE_ELEMENTS.has(name)) {
          // Inside a raw-text element the tokenizer reports no end tag but its own.
          cuttable.push([codeStart, tagEnd]);
          codeStart = -1;
        }
        if (!open.get(name)) return;
        // Closing a name closes every element opened after it, as the parser does.
        for (;;) {
          const top = stack.pop();
          if (top === undefined) break;
          open.set(top, (open.get(top) ?? 1) - 1);
          if (section && stack.length === section.index) {
            // Only a section closed by its own end tag is cut: one closed by an ancestor's end tag
            // may end elsewhere for the parser, whose stack knows implied end tags.
            if (top === name && section.cuttable) {
              const from = section.start;
              while ((cuttable.at(-1)?.[0] ?? -1) >= from) cuttable.pop();
              cuttable.push([from, tagEnd]);
            }
            section = undefined;
          }
          if (top === name) break;
        }
      },
      onattribname(start, end) {
        attribute = readsAttributes() ? html.slice(start, end).toLowerCase() : '';
        attributeValue = '';
      },
      onattribdata(start, end) {
        if (attribute !== '') attributeValue += html.slice(start, end);
      },
      onattribentity() {},
      onattribend() {
        if (attribute === 'type') scriptType = attributeValue;
        else if (attribute === 'class' || attribute === 'id') classAndId += ` ${attributeValue}`;
        else if (attribute === 'itemprop') itemprop = attributeValue;
      },
      oncdata() {},
      oncomment(start, end) {
        // `end` is the final ">" of "-->"; other comment-like markup (<!x>, <?x>) is left to the parser.
        if (html.startsWith('<!--', start - 4) && html.charCodeAt(end) === GREATER_THAN)
          cuttable.push([start - 4, end + 1]);
      },
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return { depth, elements, cuttable };
}

const GREATER_THAN = 0x3e;

/** True for a script type that marks JSON-LD ("application/ld+json", any case, parameters allowed). */
function isJsonLd(type: string): boolean {
  return type.split(';')[0]?.trim().toLowerCase() === 'application/ld+json';
}

/**
 * The markup without the given [start, end) spans (in document order, not overlapping). Cutting a
 * script, style sheet or comment leaves the text around it as the parser would have read it, and
 * spares building, walking and removing their nodes.
 */
export function cutSpans(html: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (spans.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    parts.push(html.slice(from, start));
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

type Parse5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Parse5Element = DefaultTreeAdapterMap['element'];
type Parse5Parent = DefaultTreeAdapterMap['parentNode'];

const isParse5Element = (node: Parse5Node): node is Parse5Element => 'tagName' in node;

/** Empties a <template>'s content (never text), so no walk or serializer descends into it. */
function emptyTemplate(element: Parse5Element): void {
  if ('content' in element) (element as DefaultTreeAdapterMap['template']).content.childNodes = [];
}

/**
 * The page re-serialized with no element deeper than `maxDepth` (plus one level of flattened
 * elements). parse5 builds the tree in time linear in the input, whatever the nesting; every walk
 * here is iterative, so no depth overflows the stack. Template contents are dropped (never text).
 */
export function flattenDeepMarkup(
  html: string,
  check: () => void = () => {},
  maxDepth: number = MAX_NESTING_DEPTH,
): string {
  const document = parseChecked(html, check);
  const stack: Array<{ node: Parse5Parent; depth: number }> = [{ node: document, depth: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, depth } = entry;
    if (depth >= maxDepth) {
      flattenChildren(node);
      continue;
    }
    for (const child of node.childNodes) {
      if (!isParse5Element(child)) continue;
      if (child.tagName === 'template') {
        emptyTemplate(child);
        continue;
      }
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return loadParse5().serialize(document);
}

/**
 * Makes every element below `parent` its direct child, in document order: an element keeps the
 * text that opens it, and text that follows a nested element goes after it at the flat level.
 */
function flattenChildren(parent: Parse5Parent): void {
  const flat: DefaultTreeAdapterMap['childNode'][] = [];
  const frames: Array<{
    children: DefaultTreeAdapterMap['childNode'][];
    index: number;
    shell?: Parse5Element;
  }> = [{ children: parent.childNodes, index: 0 }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    const child = frame.children[frame.index];
    frame.index += 1;
    if (child === undefined) {
      frames.pop();
      continue;
    }
    if (isParse5Element(child)) {
      const children = child.tagName === 'template' ? [] : child.childNodes;
      emptyTemplate(child);
      child.childNodes = [];
      child.parentNode = parent;
      flat.push(child);
      // Text after this element belongs to its parent, which is already closed at the flat level.
      delete frame.shell;
      frames.push({ children, index: 0, shell: child });
    } else if (frame.shell) {
      child.parentNode = frame.shell;
      frame.shell.childNodes.push(child);
    } else {
      child.parentNode = parent;
      flat.push(child);
    }
  }
  // A flattened element left without text (the wrappers of the nesting) would only cost time later.
  parent.childNodes = flat.filter(
    (node) => !isParse5Element(node) || node.childNodes.length > 0 || VOID_ELEMENTS.has(node.tagName),
  );
}
