import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DocumentSchema } from '../domain/document.ts';
import { isMatomeError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import { extractDocument } from './extract-document.ts';

// Invented news: みなと市, 浜辺一郎 and みなと新報 do not exist.
const PARAGRAPHS: readonly [string, string, string] = [
  '架空県みなと市は11日、老朽化した旧桟橋の改修工事を今月から始めると発表した。総事業費は約12億円で、国の補助金を活用する。',
  '市によると、旧桟橋は1968年に完成し、遊覧船の発着場として使われてきた。近年は床板の腐食が進み、昨年から一部を立ち入り禁止にしていた。',
  '浜辺一郎市長は記者会見で「港のにぎわいを取り戻す第一歩にしたい」と述べた。工事中も遊覧船は隣の岸壁から運航を続ける。',
];
const HEADLINE = 'みなと市、旧桟橋の改修に着手　完成は2027年春';

const htmlPage = (html: string, url = 'https://minato-shimpo.example/news/1'): Page => ({
  url,
  input: url,
  mediaType: 'text/html',
  encoding: 'utf-8',
  encodingSource: 'meta',
  text: html,
});

const ARTICLE_PAGE = `<!doctype html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <title>${HEADLINE} | みなと新報</title>
  <meta property="og:site_name" content="みなと新報">
  <style>.secret-style { color: red }</style>
  <script>var secretScript = "スクリプトの秘密";</script>
</head>
<body>
  <header class="site-header"><a href="/">みなと新報</a>
    <nav><ul><li><a href="/">トップ</a></li><li><a href="/local">地域</a></li><li><a href="/economy">経済</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>${HEADLINE}</h1>
      <p class="date">2025年3月11日 9時30分 公開</p>
      <div class="share-buttons"><a href="#">Xでシェア</a><a href="#">LINEで送る</a></div>
      <div class="article-body">
        <p>${PARAGRAPHS[0]}<!-- 編集メモ：コメントの秘密 --></p>
        <p hidden>隠し段落の秘密</p>
        <p aria-hidden="true">読み上げ対象外の秘密</p>
        <p style="color: gray; display: none">スタイルで隠した秘密</p>
        <template><p>テンプレートの秘密</p></template>
        <noscript><p>ノースクリプトの秘密</p></noscript>
        <p>${PARAGRAPHS[1]}</p>
        <p>${PARAGRAPHS[2]}</p>
        <p>詳しくは<ruby>桟橋<rt>さんばし</rt></ruby>の案内板を参照。</p>
      </div>
      <section class="related-articles"><h2>関連記事</h2>
        <ul><li><a href="/n/2">みなと市の新庁舎、来年着工</a></li><li><a href="/n/3">遊覧船の乗客、過去最多に</a></li></ul>
      </section>
    </article>
    <aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/n/9">ランキングの記事</a></li></ol></aside>
  </main>
  <footer><p>© みなと新報社</p></footer>
</body>
</html>`;

describe('extractDocument on HTML', () => {
  const document = extractDocument(htmlPage(ARTICLE_PAGE), { id: 's1' });

  it('stores the headline, a blank line, then the paragraphs separated by blank lines', () => {
    assert.ok(document.text.startsWith(`${HEADLINE}\n\n`));
    assert.equal(document.text.slice(...document.titleSpan), document.title);
    assert.equal(document.title, HEADLINE);
    for (const paragraph of PARAGRAPHS) assert.ok(document.text.includes(`\n\n${paragraph}`), paragraph);
    assert.equal(document.text.split(HEADLINE).length, 2, 'the headline is not repeated in the body');
  });

  it('never lets hidden elements, comments, templates, noscript, scripts or styles reach the text', () => {
    assert.doesNotMatch(document.text, /秘密|secret/);
  });

  it('leaves out navigation, share buttons, related links, rankings and the footer', () => {
    for (const furniture of ['トップ', 'シェア', 'LINEで送る', '関連記事', '新庁舎', 'ランキング', '©']) {
      assert.ok(!document.text.includes(furniture), furniture);
    }
  });

  it('reads ruby as its base text, without the reading', () => {
    assert.ok(document.text.includes('詳しくは桟橋の案内板を参照。'));
  });

  it('hashes the stored text with SHA-256', () => {
    const expected = createHash('sha256').update(document.text, 'utf8').digest('hex');
    assert.equal(document.contentHash, `sha256:${expected}`);
  });

  it('fills the metadata and validates against the Document schema', () => {
    assert.equal(document.id, 's1');
    assert.equal(document.url, 'https://minato-shimpo.example/news/1');
    assert.equal(document.siteName, 'みなと新報');
    assert.equal(document.publishedAt, '2025-03-11T09:30:00+09:00');
    assert.equal(document.lang, 'ja');
    assert.equal('author' in document, false, 'a missing author is absent, not empty');
    DocumentSchema.parse(document);
  });

  it('takes Japanese as the language when a Japanese page declares lang="en"', () => {
    const mislabelled = extractDocument(htmlPage(ARTICLE_PAGE.replace('lang="ja"', 'lang="en"')), {
      id: 's2',
    });
    assert.equal(mislabelled.lang, 'ja');
  });

  it('detects English when nothing is declared', () => {
    const body =
      'The city of Minato said on Tuesday it would begin repairing its old pier this month. '.repeat(3);
    const english = extractDocument(
      htmlPage(`<html><body><h1>Minato repairs its pier</h1><p>${body}</p></body></html>`),
      {
        id: 's3',
      },
    );
    assert.equal(english.lang, 'en');
    assert.equal(english.title, 'Minato repairs its pier');
  });

  it('drops paragraphs that are only a leaked placeholder such as null or {{body}}', () => {
    const html = `<html><body><article><h1>null</h1><p>{{lead}}</p>${PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`;
    const document = extractDocument(htmlPage(html), { id: 's1' });
    // With no usable headline, the first paragraph is taken as one.
    assert.equal(document.text, PARAGRAPHS.join('\n\n'));
  });

  it('keeps the text of a short page that Readability cannot score', () => {
    const html = `<html><body><div><h1>短い記事</h1><div>${PARAGRAPHS[0]}</div><div>${PARAGRAPHS[1]}</div></div></body></html>`;
    const short = extractDocument(htmlPage(html), { id: 's4' });
    assert.equal(short.text, `短い記事\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
  });

  it('refuses a page with too little text as SOURCE_TOO_SHORT, naming the input and the count', () => {
    const page = htmlPage(
      '<html><body><h1>ログイン</h1><form><p>会員IDとパスワードを入力してください。</p></form></body></html>',
    );
    assert.throws(
      () => extractDocument(page, { id: 's1' }),
      (error: unknown) =>
        isMatomeError(error) &&
        error.code === 'SOURCE_TOO_SHORT' &&
        /^Failed to extract article text: https:\/\/minato-shimpo\.example\/news\/1 \(only \d+ characters of main text\)$/.test(
          error.message,
        ) &&
        error.hint ===
          'Check that the page is a news article, not an index or login page; save the article page itself.',
    );
  });
});

describe('extractDocument on text and Markdown', () => {
  const textPage = (text: string, mediaType: Page['mediaType']): Page => ({
    url: 'file:///tmp/article',
    input: 'article',
    mediaType,
    encoding: 'utf-8',
    encodingSource: 'default',
    text,
  });

  it('uses the first line of plain text as the headline and blank lines as paragraph breaks', () => {
    const text = `\n${HEADLINE}\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1].slice(0, 30)}\n${PARAGRAPHS[1].slice(30)}\n`;
    const document = extractDocument(textPage(text, 'text/plain'), { id: 's1' });
    // A line break inside Japanese text joins without a space.
    assert.equal(document.text, `${HEADLINE}\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
    assert.deepEqual(document.titleSpan, [0, HEADLINE.length]);
  });

  it('turns Markdown into plain paragraphs under its # headline', () => {
    const markdown = [
      '---',
      'date: 2025-03-11',
      'author: 浜辺一郎',
      '---',
      `# ${HEADLINE}`,
      '',
      '![桟橋の写真](pier.jpg)',
      '',
      `**${PARAGRAPHS[0].slice(0, 10)}**${PARAGRAPHS[0].slice(10)}`,
      '',
      '## 工事の概要',
      '',
      `- [旧桟橋](https://minato.example/pier)の床板を交換する`,
      '- 工期は *約2年*',
      '',
      `> ${PARAGRAPHS[2]}`,
    ].join('\n');
    const document = extractDocument(textPage(markdown, 'text/markdown'), { id: 's1' });
    assert.equal(
      document.text,
      [HEADLINE, PARAGRAPHS[0], '工事の概要', '旧桟橋の床板を交換する', '工期は 約2年', PARAGRAPHS[2]].join(
        '\n\n',
      ),
    );
    assert.equal(document.publishedAt, '2025-03-11T00:00:00+09:00');
    assert.equal(document.author, '浜辺一郎');
  });

  it('uses the first line of Markdown without a # heading as the headline', () => {
    const document = extractDocument(
      textPage(`${HEADLINE}\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`, 'text/markdown'),
      {
        id: 's1',
      },
    );
    assert.equal(document.text, `${HEADLINE}\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
  });
});

describe('extractDocument on broken input', () => {
  const fragments = fc.constantFrom(
    '<html>',
    '<html',
    '</html>',
    '<head>',
    '<body>',
    '</body>',
    '<p>',
    '</p>',
    '<div class="share">',
    '</div>',
    '<article>',
    '<h1>',
    '<title>',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '<template>',
    '<br>',
    '<',
    '>',
    '"',
    '&amp;',
    '&#x',
    '<meta charset="utf-8">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    '<time datetime="2025-13-45">',
    '2025年3月11日',
    PARAGRAPHS[0],
    PARAGRAPHS[1],
  );
  const markup = fc
    .array(fc.oneof(fragments, fc.string({ maxLength: 8 })), { maxLength: 40 })
    .map((parts) => parts.join(''));

  const checkOutcome = (page: Page) => {
    try {
      const document = extractDocument(page, { id: 's1' });
      DocumentSchema.parse(document);
      assert.equal(document.text.slice(...document.titleSpan), document.title);
    } catch (error) {
      if (!isMatomeError(error)) throw error;
    }
  };

  it('gives a valid Document or a MatomeError for any malformed HTML, never another exception', () => {
    fc.assert(
      fc.property(markup, (html) => checkOutcome(htmlPage(html))),
      { numRuns: 150 },
    );
  });

  it('gives a valid Document or a MatomeError for arbitrary bytes in every media type', () => {
    const mediaTypes = fc.constantFrom<Page['mediaType']>('text/html', 'text/plain', 'text/markdown');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), mediaTypes, (bytes, mediaType) => {
        // windows-1252 maps every byte to a character, so any byte soup arrives as text.
        checkOutcome({ ...htmlPage(''), mediaType, text: new TextDecoder('windows-1252').decode(bytes) });
      }),
      { numRuns: 150 },
    );
  });
});

describe('extractDocument source address', () => {
  const withCanonical = ARTICLE_PAGE.replace(
    '<meta charset="utf-8">',
    '<meta charset="utf-8"><link rel="canonical" href="https://minato-shimpo.example/news/2025/0311/pier">',
  );

  it('shows a saved file at the http(s) address it declares as canonical', () => {
    const page = { ...htmlPage(withCanonical, 'file:///home/user/saved/pier.html') };
    assert.equal(
      extractDocument(page, { id: 's1' }).url,
      'https://minato-shimpo.example/news/2025/0311/pier',
    );
  });

  it('keeps a fetched page at the URL it was fetched from, whatever canonical it claims', () => {
    const claimed = withCanonical.replace('minato-shimpo.example/news/2025', 'other-paper.example/news/2025');
    const page = htmlPage(claimed, 'https://minato-shimpo.example/news/1');
    assert.equal(extractDocument(page, { id: 's1' }).url, 'https://minato-shimpo.example/news/1');
  });

  it('keeps a saved file without a canonical address at its file: URL', () => {
    const page = htmlPage(ARTICLE_PAGE, 'file:///home/user/saved/pier.html');
    assert.equal(extractDocument(page, { id: 's1' }).url, 'file:///home/user/saved/pier.html');
  });
});

describe('extractDocument on a page with furniture inside the article', () => {
  // Invented: the Minato Shimpo and its reporters do not exist.
  const STORY = [
    'Minato City said on Tuesday it would begin repairing its old pier this month, at a cost of 1.2 billion yen.',
    'The pier opened in 1968 and has been partly closed since last year because its deck boards are rotting.',
    'Mayor Ichiro Hamabe said the repairs were "the first step towards bringing life back to the harbour."',
  ];
  const page = `<!doctype html><html lang="en"><head><title>Minato starts pier repairs | Minato Shimpo</title>
    <meta property="og:site_name" content="Minato Shimpo"></head><body>
    <article>
      <header><h1>Minato starts pier repairs</h1><p class="byline">By <a rel="author" href="/staff/misaki">Hana Misaki</a></p>
        <p class="dateline">Updated 1:39 am JST, Wednesday, March 12, 2025</p></header>
      <div class="story-body">
        <p>${STORY[0]}</p>
        <figure><img src="/pier.jpg" alt=""><figcaption>The old pier in February. (Minato Shimpo)</figcaption></figure>
        <p><a href="/s/1">Facebook</a> <a href="/s/2">Twitter</a> <a href="/s/3">Email</a></p>
        <p>${STORY[1]}</p>
        <p>Read more: <a href="/n/2">Ferry fares to rise in April</a></p>
        <p>${STORY[2]}</p>
        <p>Advertisement</p>
        <h3>You may also like</h3>
        <p><a href="/n/3">New city hall design unveiled</a></p>
        <p><a href="/n/4">Harbour festival returns</a></p>
      </div>
    </article></body></html>`;

  it('keeps the story and drops byline, dateline, caption, share row, read-more line, ad label and related list', () => {
    const document = extractDocument(htmlPage(page), { id: 's1' });
    assert.equal(document.text, ['Minato starts pier repairs', ...STORY].join('\n\n'));
  });

  it('still reads the byline as the author', () => {
    assert.equal(extractDocument(htmlPage(page), { id: 's1' }).author, 'Hana Misaki');
  });
});

describe('extractDocument on a page with one <article>', () => {
  const article = `<article><h1>${HEADLINE}</h1>${PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article>`;

  it('reads only the article when it holds nearly all the paragraph text', () => {
    const teaser = '<div class="more-stories"><p>遊覧船の乗客が過去最多に。</p></div>';
    const document = extractDocument(htmlPage(`<html><body>${article}${teaser}</body></html>`), { id: 's1' });
    assert.equal(document.text, [HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });
});

describe('extractDocument on feeds', () => {
  it('refuses a feed, pointing to the feed commands', () => {
    const feed: Page = {
      ...htmlPage('<rss version="2.0"><channel></channel></rss>'),
      mediaType: 'application/xml',
    };
    assert.throws(
      () => extractDocument(feed, { id: 's1' }),
      (error: Error & { code?: string }) =>
        error.code === 'SOURCE_UNSUPPORTED' && /a feed, not an article page/.test(error.message),
    );
  });
});
