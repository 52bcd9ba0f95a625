// Source pages that carry every payload of ../shared/data/xss/ as text in their title, site name
// and body: the desk must show them as text and never run them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from './shared-data.ts';

const XSS = join(SHARED_DIR, 'data', 'xss', 'expect.json');

/** Every payload of the shared XSS corpus (DOMPurify's fixtures), in corpus order. */
export function xssPayloads(): string[] {
  return (JSON.parse(readFileSync(XSS, 'utf8')) as { payload: string }[]).map((entry) => entry.payload);
}

// Control characters are written as character references too: as raw bytes they would make the
// reader refuse the page as binary (tested on its own), and the page must reach the desk.
const escapeHtml = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is escaped
  text.replace(/[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (char) => `&#${char.charCodeAt(0)};`);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Payloads packed into strings of at most `limit` characters (as metadata fields are capped). */
export function packPayloads(payloads: readonly string[], limit: number): string[] {
  const groups: string[] = [];
  let current = '';
  for (const payload of payloads.map(oneLine)) {
    if (payload.length > limit) continue;
    if (current !== '' && current.length + 1 + payload.length > limit) {
      groups.push(current);
      current = payload;
    } else current = current === '' ? payload : `${current} ${payload}`;
  }
  if (current !== '') groups.push(current);
  return groups;
}

// Invented news sentences on different subjects, so the pages of one article differ enough to
// give three distinct 💡 points.
const TOWNS = [
  'みなと',
  'あさひ',
  'かもめ',
  'ひばり',
  'つばさ',
  'なぎさ',
  'こだま',
  'はやせ',
  'しらかば',
  'ゆうなぎ',
  'もみじ',
  'すずかけ',
];
const SENTENCES: ((town: string, n: number) => string)[] = [
  (town, n) =>
    `${town}町は${(n % 27) + 1}日、窓口の受付システムを来年${(n % 11) + 1}月に新しくすると発表した。`,
  (town, n) => `${town}港では今年、大型の貨物船が${n + 12}隻入港し、過去最多を更新した。`,
  (town) => `${town}大学の研究チームは、海藻から燃料をつくる新しい方法を開発したと明らかにした。`,
  (town, n) => `${town}駅前の商店街で${n + 2}年ぶりに夏祭りが開かれ、約${n + 3}千人が訪れた。`,
  (town, n) => `${town}農協によると、今年のりんごの収穫量は前年より${(n % 4) + 1}割多い見込みだ。`,
  (town) => `${town}消防署は、冬の火災予防運動に合わせて住宅用警報器の点検を呼びかけている。`,
  (town, n) => `${town}図書館は${(n % 12) + 1}月から開館時間を午後${(n % 3) + 7}時まで延ばす。`,
  (town) => `${town}高校の吹奏楽部が全国大会で金賞を受賞し、町長に結果を報告した。`,
];

/**
 * Writes pages in folders of `perFolder` under `dir`: every payload that fits a title (300
 * characters) is in some page's <title> and <h1>, every one that fits a site name (100) in some
 * og:site_name, and every payload is a body paragraph of some page — escaped in the HTML, so the
 * extracted text is the payload itself. Returns the folders (one article each).
 */
export function writeXssPages(dir: string, payloads: readonly string[], perFolder = 12): string[] {
  const titles = packPayloads(payloads, 300);
  const sites = packPayloads(payloads, 100);
  const pages = Math.max(titles.length, sites.length);
  const bodyPer = Math.ceil(payloads.length / pages);
  const folders: string[] = [];
  for (let page = 0; page < pages; page++) {
    const folder = join(dir, `xss-${Math.floor(page / perFolder)}`);
    if (page % perFolder === 0) {
      mkdirSync(folder, { recursive: true });
      folders.push(folder);
    }
    const title = titles[page % titles.length] ?? 'タイトル';
    const site = sites[page % sites.length] ?? 'サイト';
    const town = `${TOWNS[page % TOWNS.length]}`;
    const sentences = [page, page + 3, page + 5].map((k) =>
      (SENTENCES[k % SENTENCES.length] as (town: string, n: number) => string)(town, page),
    );
    const body = payloads
      .slice(page * bodyPer, (page + 1) * bodyPer)
      .map((payload) => `<p>${escapeHtml(payload)}</p>`)
      .join('\n');
    writeFileSync(
      join(folder, `page-${page}.html`),
      `<!doctype html><html lang="ja"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta property="og:site_name" content="${escapeHtml(site)}">
<link rel="canonical" href="https://news${page}.example/articles/${page}">
</head><body><article><h1>${escapeHtml(title)}</h1>
${sentences.map((sentence) => `<p>${sentence}</p>`).join('\n')}
${body}
</article></body></html>
`,
    );
  }
  return folders;
}
