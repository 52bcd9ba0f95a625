import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectParagraphs } from './collect-paragraphs.ts';
import { removeNonContent } from './non-content.ts';
import { parseHtml } from './parse-html.ts';

// Invented news: みなと市, みなと新報 and the people named here do not exist.
const BODY = [
  '架空県みなと市は11日、老朽化した旧桟橋の改修工事を今月から始めると発表した。総事業費は約12億円。',
  '市によると、旧桟橋は1968年に完成し、遊覧船の発着場として使われてきた。近年は床板の腐食が進んでいた。',
  '浜辺一郎市長は記者会見で「港のにぎわいを取り戻す第一歩にしたい」と述べた。',
];
const body = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');

/** The text left after removeNonContent, as paragraphs. */
function textOf(html: string): string[] {
  const document = parseHtml(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  removeNonContent(document);
  return collectParagraphs(document.body);
}

describe('removeNonContent', () => {
  it('removes hidden elements, templates, noscript, comments and code', () => {
    const html = `<article>${body}
      <p hidden>隠し段落</p><p aria-hidden="true">読み上げ対象外</p><p style="display: none">スタイルで非表示</p>
      <p style="visibility:hidden !important">不可視</p><template><p>テンプレート</p></template>
      <noscript>ノースクリプト</noscript><!-- コメント --><script>var x = 1;</script><style>p{}</style></article>`;
    assert.deepEqual(textOf(html), BODY);
  });

  it('removes text hidden from sighted readers by utility classes, and skip links', () => {
    const html = `<a class="skip-link screen-reader-text" href="#main">本文へスキップ</a>
      <article><h2 class="sr-only">記事本文</h2>${body}<span class="visually-hidden">新しいウィンドウで開きます</span></article>`;
    assert.deepEqual(textOf(html), BODY);
  });

  it('removes figure captions and photo credits but keeps the figure’s place in the text', () => {
    const html = `<article>${body.replace(
      '</p><p>',
      `</p><figure><img src="pier.jpg" alt=""><figcaption>改修前の旧桟橋（みなと市提供）</figcaption></figure>
       <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">夕暮れの桟橋</p></div>
       <p class="photo-credit">撮影・岬花子</p><p>`,
    )}</article>`;
    assert.deepEqual(textOf(html), BODY);
  });

  it('removes the article’s header, bylines and datelines from the text', () => {
    const html = `<article><header><h1>旧桟橋の改修始まる</h1><p class="lead-meta">2025年3月11日</p></header>
      <div class="byline">文・浜辺一郎</div><p class="dateline">2025年3月11日 9時30分</p>
      <div class="post-meta"><span class="author">岬花子</span> <time class="timestamp">3月11日</time></div>
      ${body}</article>`;
    assert.deepEqual(textOf(html), BODY);
  });

  it('removes comment threads, newsletter boxes, cookie banners, galleries, tag lists and print-only blocks', () => {
    const html = `<article>${body}
      <div class="newsletter-signup"><p>メールマガジンに登録</p></div>
      <ul class="article-tags"><li>港湾</li><li>公共事業</li></ul>
      <div class="photo-gallery"><p>写真 1 / 12</p></div>
      <div class="print-only">印刷用のページです</div>
      <p class="copyright">© みなと新報社</p>
      </article>
      <section id="comments" class="comments-area"><p>読者のコメントがここに入る。とても長い感想文が続く。</p></section>
      <div class="cookie-consent">このサイトはクッキーを使用しています</div>`;
    assert.deepEqual(textOf(html), BODY);
  });

  it('keeps the article body even when its class also names furniture', () => {
    const html = `<div class="article-body pagination-first">${body}</div><div class="pagination">次のページ</div>`;
    assert.deepEqual(textOf(html), BODY);
    const marked = `<div class="related-box"><div itemprop="articleBody">${body}</div></div>`;
    assert.deepEqual(textOf(marked), BODY);
  });

  it('keeps a whole article that a page put inside its <header>', () => {
    assert.deepEqual(textOf(`<header><h1>見出し</h1>${body}</header>`), ['見出し', ...BODY]);
  });

  it('keeps page furniture classes off a wrapper that holds the headline', () => {
    assert.deepEqual(textOf(`<div class="ad-free"><h1>見出し</h1>${body}</div>`), ['見出し', ...BODY]);
  });
});
