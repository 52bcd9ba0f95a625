// Property: pages whose metadata is missing or malformed in every way still give articles whose
// four renderings never show a leaked value (undefined, null, NaN, [object Object], {{…}}, ${…}).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { OUTPUT_FORMATS, renderArticle } from '../src/render/index.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';

const LEAK = /(^|[^A-Za-z_])(undefined|null|NaN)([^A-Za-z_]|$)|\[object Object\]|\{\{[^}]*\}\}|\$\{[^}]*\}/;

// Invented news body: long enough for three ✅ lines, a hook and body quotes.
const BODY = [
  '架空市の交通局は11日、市内を走る路面電車の運行本数を4月から2割増やすと発表した。',
  '利用者は前年度より約8%増え、朝夕の混雑が課題となっていた。',
  '交通局の田中一郎局長は「通勤客の負担を減らしたい」と述べた。',
  '増便に必要な費用は年間約3億円で、市の一般会計から補う方針だ。',
  '市議会の一部からは財源の見通しを疑問視する声も出ている。',
  '交通局は来年度にも新型車両の導入を検討する見通しだ。',
  '沿線の商店街は増便による来客増に期待を寄せている。',
].map((sentence) => `<p>${sentence}</p>`);

const junk = fc.constantFrom(
  '',
  ' ',
  'undefined',
  'null',
  'NaN',
  '[object Object]',
  '{{title}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal template leak under test
  '${siteName}',
  '2025-13-45',
  '0000-00-00T00:00:00',
  'not a date',
  'javascript:alert(1)',
  '//',
  '\u0000',
  '   \n  ',
);
const maybe = fc.option(junk, { nil: undefined });

const pageArbitrary = fc.record({
  title: maybe,
  ogTitle: maybe,
  siteName: maybe,
  published: maybe,
  author: maybe,
  image: maybe,
  jsonLd: fc.option(
    fc.constantFrom(
      '{',
      'null',
      '[]',
      '{"@type":"NewsArticle","headline":null,"datePublished":{},"author":[null,{}],"publisher":"undefined","image":[]}',
      '{"@type":"NewsArticle","headline":"undefined","datePublished":"NaN","author":{"name":null}}',
      '{"@graph":[{"@type":"NewsArticle","headline":{"@value":"x"},"image":{"url":null}}]}',
    ),
    { nil: undefined },
  ),
  visibleDate: fc.option(fc.constantFrom('2025年13月45日 公開', '更新 2025年3月12日', '公開日: undefined'), {
    nil: undefined,
  }),
  lang: maybe,
});

function page(meta: Partial<Record<string, string>>): string {
  const attr = (value: string) => value.replace(/[&"<]/g, (char) => `&#${char.charCodeAt(0)};`);
  const tag = (property: string, value: string | undefined) =>
    value === undefined ? '' : `<meta property="${property}" content="${attr(value)}">`;
  return `<!doctype html><html${meta.lang === undefined ? '' : ` lang="${attr(meta.lang)}"`}><head>
<title>${meta.title === undefined ? '' : attr(meta.title)}</title>
${tag('og:title', meta.ogTitle)}${tag('og:site_name', meta.siteName)}${tag('article:published_time', meta.published)}
${tag('og:image', meta.image)}${meta.author === undefined ? '' : `<meta name="author" content="${attr(meta.author)}">`}
${meta.jsonLd === undefined ? '' : `<script type="application/ld+json">${meta.jsonLd}</script>`}
</head><body><article><h1>${meta.title === undefined ? '' : attr(meta.title)}</h1>
${meta.visibleDate === undefined ? '' : `<p class="date">${attr(meta.visibleDate)}</p>`}
${BODY.join('\n')}</article></body></html>`;
}

describe('pages with missing or malformed metadata', () => {
  let tokenizer: Tokenizer;
  let directory: string;
  before(async () => {
    tokenizer = await createTokenizer();
    directory = mkdtempSync(join(tmpdir(), 'matome-meta-'));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('never render undefined, null, NaN, [object Object], {{…}} or $-brace templates in any format', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(pageArbitrary, pageArbitrary, async (first, second) => {
        run += 1;
        const files = [first, second].map((meta, index) => {
          const path = join(directory, `${run}-${index}.html`);
          writeFileSync(path, page(meta));
          return path;
        });
        const { article } = await buildArticle(files, { tokenizer, engine: createOfflineEngine() });
        for (const format of OUTPUT_FORMATS) {
          const output = renderArticle(article, format);
          const leak = LEAK.exec(output);
          assert.equal(leak, null, `${format} shows "${leak?.[0]}"`);
        }
        for (const section of article.sections) {
          assert.ok(section.card.summary.length === 3);
          if (section.card.siteName !== undefined) assert.doesNotMatch(section.card.siteName, LEAK);
        }
      }),
      { numRuns: 60 },
    );
  });
});
