// Fuzz: random and adversarially nested HTML through extraction, timing every page.
//
// Pages are generated here (invented text, no real article): shapes that stress the parser and
// Readability (deep nesting closed and unclosed, nested tables, misnested formatting, flat pages of
// many elements, long link lists, deep nesting with text at every level), each at sizes up to the
// 10 MiB source cap, then seeded random trees of mixed tags, attributes, comments and text.
// Every page goes through extractDocument as a saved .html file would; a page may be refused
// (too short, too slow) but must finish. Prints each shape's worst time, the overall worst case and
// peak memory. Usage: node scripts/fuzz-extract.ts [--random N] [--seed S] [--max-mib M]
import { parseArgs } from 'node:util';
import type { Page } from '../src/domain/page.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { seededRandom } from '../test/support/seeded-random.ts';

const { values } = parseArgs({
  options: {
    random: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    'max-mib': { type: 'string', default: '10' },
  },
});
const randomPages = Number(values.random);
const maxBytes = Number(values['max-mib']) * 1024 * 1024 - 1024;

const SENTENCE = '架空県みなと市は旧桟橋の改修工事を今月から始めると発表した。';

/** Repeats `open` then `close` so the page stays under `bytes` (UTF-8). */
function repeatTo(bytes: number, prefix: string, open: string, middle: string, close: string): string {
  const unit = Buffer.byteLength(open) + Buffer.byteLength(close);
  const count = Math.max(1, Math.floor((bytes - Buffer.byteLength(prefix + middle)) / unit));
  return `${prefix}${open.repeat(count)}${middle}${close.repeat(count)}`;
}

const ARTICLE = `<p>${SENTENCE.repeat(3)}</p><p>${SENTENCE.repeat(3)}</p>`;
const HEAD = '<!doctype html><html><head><title>架空の記事</title></head><body>';

const SHAPES: Record<string, (bytes: number) => string> = {
  'nested div, closed': (bytes) => repeatTo(bytes, HEAD, '<div>', ARTICLE, '</div>'),
  'nested div, unclosed': (bytes) => repeatTo(bytes, HEAD, '<div>', ARTICLE, ''),
  'nested div with text at each level': (bytes) =>
    repeatTo(bytes, HEAD, `<div>${SENTENCE}`, ARTICLE, '</div>'),
  'nested table cells': (bytes) => repeatTo(bytes, HEAD, '<table><tr><td>', ARTICLE, '</td></tr></table>'),
  'misnested formatting': (bytes) => repeatTo(bytes, HEAD, '<b><i>', ARTICLE, '</b></i>'),
  'nested lists of links': (bytes) =>
    repeatTo(bytes, HEAD, '<ul><li><a href="/n/1">関連記事の見出し</a>', ARTICLE, '</li></ul>'),
  'flat paragraphs': (bytes) => repeatTo(bytes, HEAD, `<p>${SENTENCE}</p>`, '', ''),
  'flat empty divs': (bytes) => repeatTo(bytes, HEAD, '<div></div>', ARTICLE, ''),
  'long link list': (bytes) =>
    repeatTo(bytes, `${HEAD}${ARTICLE}<ul>`, '<li><a href="/n/2">記事</a></li>', '', ''),
};

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'b',
  'i',
  'section',
  'article',
  'h2',
  'em',
];
const VOID = ['br', 'img src="/a.jpg"', 'hr', 'input type="hidden"'];
const CLASSES = ['related', 'article-body', 'share', 'content', 'byline', 'hidden', 'main', 'comment'];

/** A random page: a random walk that opens, closes (or forgets to close) tags and writes text. */
function randomPage(random: () => number, bytes: number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = [HEAD];
  const open: string[] = [];
  let size = HEAD.length;
  const deepBias = random();
  while (size < bytes) {
    const roll = random();
    let part: string;
    if (roll < 0.35 * (0.5 + deepBias)) {
      const tag = pick(TAGS);
      open.push(tag);
      part = random() < 0.3 ? `<${tag} class="${pick(CLASSES)}">` : `<${tag}>`;
    } else if (roll < 0.6 && open.length > 0) {
      part = random() < 0.9 ? `</${open.pop()}>` : `</${pick(TAGS)}>`;
    } else if (roll < 0.65) {
      part = `<${pick(VOID)}>`;
    } else if (roll < 0.67) {
      part = `<!-- ${SENTENCE} -->`;
    } else if (roll < 0.68) {
      part = `<script>var a = "<div>";</script>`;
    } else {
      part = SENTENCE.slice(0, 1 + Math.floor(random() * SENTENCE.length));
    }
    parts.push(part);
    size += part.length * 2;
  }
  return parts.join('');
}

const page = (html: string, input: string): Page => ({
  url: `file:///fuzz/${input}`,
  input,
  mediaType: 'text/html',
  encoding: 'utf-8',
  encodingSource: 'default',
  text: html,
});

interface Outcome {
  ms: number;
  result: string;
}

function run(html: string, input: string): Outcome {
  const started = performance.now();
  let result = 'ok';
  try {
    extractDocument(page(html, input), { id: 's1' });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    // A refusal names its reason; anything but a MatomeError is a crash.
    result = code ? `${code}: ${/\(([^)]*)\)/.exec(message)?.[1] ?? message}` : `crash: ${message}`;
  }
  return { ms: performance.now() - started, result };
}

let worst = { ms: 0, name: '' };
const note = (name: string, outcome: Outcome) => {
  if (outcome.ms > worst.ms) worst = { ms: outcome.ms, name };
  if (outcome.result.startsWith('crash')) console.log(`  CRASH ${name}: ${outcome.result}`);
};

console.log(`Shapes at 64 KiB, 1 MiB and ${(maxBytes / 1024 / 1024).toFixed(0)} MiB:`);
for (const [shape, build] of Object.entries(SHAPES)) {
  const cells: string[] = [];
  for (const bytes of [64 * 1024, 1024 * 1024, maxBytes]) {
    const html = build(bytes);
    const outcome = run(html, `${shape} ${bytes} B`);
    note(`${shape}, ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB`, outcome);
    cells.push(`${(outcome.ms / 1000).toFixed(2)} s (${outcome.result})`);
  }
  console.log(`  ${shape.padEnd(36)} ${cells.join('  ')}`);
}

const random = seededRandom(Number(values.seed));
let randomWorst = 0;
const results = new Map<string, number>();
for (let index = 0; index < randomPages; index += 1) {
  // Mostly small pages, some up to 1 MiB: random trees are about shape, not size.
  const bytes = Math.floor(1024 + random() ** 3 * 1024 * 1024);
  const outcome = run(randomPage(random, bytes), `random-${index}.html`);
  note(`random page ${index} (seed ${values.seed}, ${(bytes / 1024).toFixed(0)} KiB)`, outcome);
  randomWorst = Math.max(randomWorst, outcome.ms);
  results.set(outcome.result, (results.get(outcome.result) ?? 0) + 1);
}
console.log(
  `${randomPages} random pages (seed ${values.seed}): worst ${(randomWorst / 1000).toFixed(2)} s; outcomes ${JSON.stringify(Object.fromEntries(results))}`,
);
console.log(`Worst case: ${(worst.ms / 1000).toFixed(2)} s (${worst.name})`);
console.log(`Peak memory (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
