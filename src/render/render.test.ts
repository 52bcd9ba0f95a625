import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { articleArbitrary, sampleArticle, section } from '../../test/support/article-factory.ts';
import { ArticleSchema } from '../domain/article.ts';
import { OUTPUT_FORMATS, renderArticle, renderHtml, renderMarkdown, renderText } from './index.ts';

describe('renderText', () => {
  it('puts the source URL on its own line, never glued to the next sentence', () => {
    const lines = renderText(sampleArticle()).split('\n');
    const urlLine = lines.findIndex((line) => line.startsWith('出典: https://keizai.example/articles/1'));
    assert.equal(lines[urlLine], '出典: https://keizai.example/articles/1');
    assert.equal(lines[urlLine + 1], '記事の内容を順に確認していきましょう。');
  });

  it('writes exactly three 💡 lines before the first section and three ✅ lines per card', () => {
    const text = renderText(sampleArticle());
    const beforeFirstSection = text.slice(0, text.indexOf('地方鉄道、存続へ新計画'));
    assert.equal(beforeFirstSection.match(/^💡 /gm)?.length, 3);
    assert.equal(text.match(/^✅ /gm)?.length, 6);
    assert.equal(text.match(/^さらに読む ⇒架空経済オンライン$/gm)?.length, 1);
    assert.equal(text.match(/^さらに読む ⇒みなと新報$/gm)?.length, 1);
  });

  it('says 公開日不明 when the page gave no date, and names the host when it gave no site name', () => {
    const one = section('s1');
    delete one.card.publishedAt;
    delete one.card.siteName;
    const text = renderText(sampleArticle({ sections: [one] }));
    assert.match(text, /^公開日不明$/m);
    assert.match(text, /^さらに読む ⇒keizai\.example$/m);
    assert.doesNotMatch(text, /undefined/);
  });

  it('shows a saved file as its site and a saved page, never as the machine path, in every format', () => {
    const one = section('s1');
    one.card.url = 'file:///home/editor/saved/kakuu-keizai-page.html';
    const article = sampleArticle({ sections: [one] });
    const text = renderText(article);
    assert.match(text, /^出典: 架空経済オンライン（保存されたページ）$/m);
    for (const format of OUTPUT_FORMATS.filter((candidate) => candidate !== 'json'))
      assert.doesNotMatch(renderArticle(article, format), /file:|\/home\/editor/u, format);
    delete one.card.siteName;
    assert.match(renderText(sampleArticle({ sections: [one] })), /^出典: 保存されたページ$/m);
  });

  it('marks body quotations with their source', () => {
    assert.match(
      renderText(sampleArticle()),
      /^以下は「架空経済オンライン」の記事からの引用です。\n> 本文の一文目。本文の二文目。$/m,
    );
  });
});

describe('renderHtml', () => {
  it('escapes source text and keeps JSON-LD from closing its script element', () => {
    const hostile = '</script><script>alert(1)</script>';
    const html = renderHtml(sampleArticle({ title: { ...sampleArticle().title, text: hostile } }));
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /&#60;\/script&#62;&#60;script&#62;alert\(1\)/);
    assert.match(html, /"headline": "\\u003c\/script>\\u003cscript>alert\(1\)\\u003c\/script>"/);
  });

  it('lists every source in JSON-LD isBasedOn', () => {
    const html = renderHtml(sampleArticle());
    const json = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}',
    );
    assert.equal(json['@type'], 'NewsArticle');
    assert.deepEqual(
      json.isBasedOn.map((source: { url: string }) => source.url),
      ['https://keizai.example/s1', 'https://keizai.example/s2'],
    );
  });

  it('loads no external assets and links only http(s) URLs', () => {
    const one = section(
      's1',
      {},
      { url: 'file:///tmp/x.html', image: { url: 'https://img.example/a.jpg', credit: '架空' } },
    );
    const html = renderHtml(sampleArticle({ sections: [one] }));
    assert.doesNotMatch(html, /<(img|link|iframe)\b|\bsrc=/);
    assert.doesNotMatch(html, /href="file:/);
    assert.match(html, /<blockquote><p>本文の一文目。/);
  });
});

describe('renderMarkdown', () => {
  it('escapes Markdown syntax in text so it is shown literally', () => {
    const md = renderMarkdown(
      sampleArticle({ title: { ...sampleArticle().title, text: '*強調* [リンク](javascript:x)' } }),
    );
    assert.match(md, /^# \\\*強調\\\* \\\[リンク\\\]\(javascript:x\)$/m);
  });
});

describe('追記 and 訂正 notes', () => {
  const article = ArticleSchema.parse(
    sampleArticle({
      updates: [
        {
          at: '2026-12-01T03:10:00.000Z',
          kind: 'update',
          outlet: '架空経済新聞',
          url: 'https://keizai.example/articles/1',
          text: '「投資額は<b>500億円</b>」が「投資額は*600億円*」に改められました。',
        },
        {
          at: '2026-12-02T00:05:00.000Z',
          kind: 'correction',
          outlet: '架空経済新聞',
          url: 'https://keizai.example/articles/1',
          text: '「おわびして訂正します。」が加わりました。',
        },
      ],
    }),
  );

  it('shows each note after the closing, dated in Japan time, in every format, text escaped', () => {
    const text = renderText(article);
    assert.match(
      text,
      /\n※追記（2026\/12\/01 12:10）: 架空経済新聞の記事で「投資額は<b>500億円<\/b>」が「投資額は\*600億円\*」に改められました。\n※訂正（2026\/12\/02 09:05）: 架空経済新聞の記事で「おわびして訂正します。」が加わりました。\n/,
    );
    assert.ok(text.indexOf('※追記') > text.indexOf(article.closing.points[2].text));
    const html = renderHtml(article);
    assert.match(html, /<aside class="updates" role="note" aria-label="追記">/);
    assert.match(html, /&#60;b&#62;500億円&#60;\/b&#62;/);
    assert.doesNotMatch(html, /<b>500億円/);
    const markdown = renderMarkdown(article);
    assert.match(markdown, /\*※追記（2026\/12\/01 12:10）: .*\\\*600億円\\\*/);
    assert.match(markdown, /\*※訂正（2026\/12\/02 09:05）/);
    assert.deepEqual(JSON.parse(renderArticle(article, 'json')).updates, article.updates);
  });

  it('shows none for an article no source has changed since', () => {
    for (const format of OUTPUT_FORMATS)
      assert.doesNotMatch(renderArticle(sampleArticle(), format), /追記|訂正/);
  });

  it('refuses a note that is not one line of display text', () => {
    const bad = sampleArticle({
      updates: [
        {
          at: '2026-12-01T03:10:00.000Z',
          kind: 'update',
          outlet: '架空',
          url: 'https://x.example/',
          text: '一行目\n二行目',
        },
      ],
    });
    assert.equal(ArticleSchema.safeParse(bad).success, false);
  });
});

describe('every rendering', () => {
  it('never prints a leaked value, keeps HTML inert and stays one line per text unit (property)', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        ArticleSchema.parse(article);
        for (const format of OUTPUT_FORMATS) {
          const output = renderArticle(article, format);
          assert.doesNotMatch(output, /(^|[^A-Za-z_])(undefined|NaN)([^A-Za-z_]|$)|\[object Object\]/);
          if (format === 'html') {
            assert.equal(output.match(/<script/g)?.length, 1, 'only the JSON-LD script');
            assert.doesNotMatch(output, /href="(?!https?:)/);
          }
          if (format === 'txt') {
            // Each card: 公開日, three ✅ lines, さらに読む, then the URL line.
            const lines = output.split('\n');
            const cards = lines.flatMap((line, index) => (line.startsWith('公開日') ? [index] : []));
            assert.equal(cards.length, 2);
            for (const index of cards) {
              assert.ok(lines.slice(index + 1, index + 4).every((line) => line.startsWith('✅ ')));
              assert.ok(lines[index + 4]?.startsWith('さらに読む ⇒'));
              // A web address, or a saved page named by its site; never a file path.
              assert.match(
                lines[index + 5] ?? '',
                /^出典(\/画像元)?: (?:https?:\/\/\S+|.*（保存されたページ）|保存されたページ)$/u,
              );
              assert.doesNotMatch(lines[index + 5] ?? '', /file:/u);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
