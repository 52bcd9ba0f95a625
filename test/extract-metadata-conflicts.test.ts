import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMetadata } from '../src/extract/extract-metadata.ts';
import { parseHtml } from '../src/extract/parse-html.ts';

// Metadata sources that disagree, on invented Japanese pages (みなと新報, 架空経済オンライン and
// everyone named here do not exist). Cases already covered by src/extract/extract-metadata.test.ts
// are not repeated; each expected value is written out.
const PAGE_URL = 'https://minato-shimpo.example/news/2025/03/pier.html';

const metadataOf = (head: string, body = '', url = PAGE_URL) =>
  extractMetadata(parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), url);

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('publication date: JSON-LD, OpenGraph, meta, <time> and visible dates in conflict', () => {
  it('takes JSON-LD over a visible 公開 date and over <time>, and still reads 更新 from the text', () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      headline: '桟橋の改修',
      datePublished: '2025-03-10T22:00:00Z',
    });
    const body = `<article><p>2025年3月13日 公開（更新 2025年3月14日 8:00）</p>
      <p><time datetime="2025-03-12T09:00">3月12日</time></p><p>本文。</p></article>`;
    const metadata = metadataOf(head, body);
    // 22:00 UTC on the 10th is 7:00 on the 11th in Japan.
    assert.equal(metadata.publishedAt, '2025-03-11T07:00:00+09:00');
    assert.equal(metadata.modifiedAt, '2025-03-14T08:00:00+09:00');
  });

  it('takes a plain <meta name="date"> over <time> and over the visible date', () => {
    const body =
      '<article><time datetime="2025-03-12T09:00">3月12日</time><p>2025年3月13日 公開</p></article>';
    assert.equal(
      metadataOf('<meta name="date" content="2025-03-11">', body).publishedAt,
      '2025-03-11T00:00:00+09:00',
    );
  });

  it('reads the published date from the page when JSON-LD gives only dateModified', () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      headline: '桟橋の改修',
      dateModified: '2025-03-12T18:05:00+09:00',
    });
    const metadata = metadataOf(head, '<article><p>2025年3月11日 9時30分 配信</p><p>本文。</p></article>');
    assert.equal(metadata.publishedAt, '2025-03-11T09:30:00+09:00');
    assert.equal(metadata.modifiedAt, '2025-03-12T18:05:00+09:00');
  });

  it('does not take article:modified_time for the publication date', () => {
    const metadata = metadataOf(
      '<meta property="article:modified_time" content="2025-03-12T18:05:00+09:00">',
    );
    assert.equal(metadata.publishedAt, undefined);
    assert.equal(metadata.modifiedAt, '2025-03-12T18:05:00+09:00');
  });

  it('tells 公開日 and 更新日 apart in a definition list of <time> elements', () => {
    const body = `<article><dl>
      <dt>更新日</dt><dd><time datetime="2025-03-12T18:05:00+09:00">2025年3月12日</time></dd>
      <dt>公開日</dt><dd><time datetime="2025-03-11T09:30:00+09:00">2025年3月11日</time></dd>
    </dl></article>`;
    const metadata = metadataOf('', body);
    assert.equal(metadata.publishedAt, '2025-03-11T09:30:00+09:00');
    assert.equal(metadata.modifiedAt, '2025-03-12T18:05:00+09:00');
  });

  it('reads 更新 before 公開 on one visible line', () => {
    const metadata = metadataOf(
      '',
      '<article><p>更新：2025/03/12 18:05　公開：2025/03/11 09:30</p></article>',
    );
    assert.equal(metadata.publishedAt, '2025-03-11T09:30:00+09:00');
    assert.equal(metadata.modifiedAt, '2025-03-12T18:05:00+09:00');
  });

  it('reads full-width digits and a weekday in a visible date', () => {
    assert.equal(
      metadataOf('', '<article><p>２０２５年３月１１日（火）　９時３０分</p></article>').publishedAt,
      '2025-03-11T09:30:00+09:00',
    );
  });

  it('takes a JSON-LD time without a zone as Japan time', () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      headline: '桟橋の改修',
      datePublished: '2025-03-11T09:30:00',
    });
    assert.equal(metadataOf(head).publishedAt, '2025-03-11T09:30:00+09:00');
  });
});

describe('title: suffix and prefix variants', () => {
  it('cuts a site-name suffix that differs from og:site_name only in width and case', () => {
    const head =
      '<title>旧桟橋の改修始まる - ＭＩＮＡＴＯ新報</title><meta property="og:site_name" content="Minato新報">';
    assert.deepEqual(metadataOf(head), { title: '旧桟橋の改修始まる', siteName: 'Minato新報' });
  });

  it('cuts a site-name prefix', () => {
    const head =
      '<title>みなと新報 | 旧桟橋の改修始まる</title><meta property="og:site_name" content="みなと新報">';
    assert.equal(metadataOf(head).title, '旧桟橋の改修始まる');
  });

  it('cuts a section and site suffix when the page’s <h1> shows the bare headline', () => {
    const head = '<title>旧桟橋の改修始まる | 地域 | みなと新報</title>';
    const metadata = metadataOf(head, '<article><h1>旧桟橋の改修始まる</h1></article>');
    assert.equal(metadata.title, '旧桟橋の改修始まる');
    assert.equal(metadata.siteName, 'みなと新報');
  });

  it('cuts the section too when og:site_name names the site and the <h1> shows the bare headline', () => {
    const head =
      '<title>旧桟橋の改修始まる | 地域 | みなと新報</title><meta property="og:site_name" content="みなと新報">';
    const metadata = metadataOf(head, '<article><h1>旧桟橋の改修始まる</h1></article>');
    assert.deepEqual(metadata, { title: '旧桟橋の改修始まる', siteName: 'みなと新報' });
  });

  it('keeps a section that no other source shows to be separate from the headline', () => {
    const head =
      '<title>旧桟橋の改修始まる | 地域 | みなと新報</title><meta property="og:site_name" content="みなと新報">';
    assert.equal(metadataOf(head).title, '旧桟橋の改修始まる | 地域');
  });

  it('prefers og:title over <title> and <h1> that disagree', () => {
    const head =
      '<meta property="og:title" content="旧桟橋、来月から改修"><title>古い見出し | みなと新報</title>';
    assert.equal(metadataOf(head, '<h1>本文側の見出し</h1>').title, '旧桟橋、来月から改修');
  });

  it('keeps 【】 and 「」 that belong to the headline', () => {
    const head = '<title>【速報】市長「港を再生」 旧桟橋の改修始まる | みなと新報</title>';
    assert.equal(
      metadataOf(head, '<h1>【速報】市長「港を再生」 旧桟橋の改修始まる</h1>').title,
      '【速報】市長「港を再生」 旧桟橋の改修始まる',
    );
  });
});

describe('site name sources', () => {
  it('prefers og:site_name over the JSON-LD publisher and the <title> suffix', () => {
    const head = `${jsonLd({ '@type': 'NewsArticle', headline: '見出し', publisher: { '@type': 'Organization', name: '株式会社みなと新報社' } })}
      <meta property="og:site_name" content="みなと新報"><title>見出し | みなと新報デジタル</title>`;
    assert.equal(metadataOf(head).siteName, 'みなと新報');
  });

  it('falls back to the JSON-LD publisher when there is no og:site_name', () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      headline: '港湾物流の人手不足',
      publisher: { '@type': 'Organization', name: '架空経済オンライン' },
    });
    assert.deepEqual(metadataOf(`${head}<title>港湾物流の人手不足 | 架空経済オンライン</title>`), {
      title: '港湾物流の人手不足',
      siteName: '架空経済オンライン',
    });
  });

  it('reads <meta name="application-name"> when nothing else names the site', () => {
    const head = '<meta name="application-name" content="みなと新報"><title>旧桟橋の改修始まる</title>';
    assert.deepEqual(metadataOf(head), { title: '旧桟橋の改修始まる', siteName: 'みなと新報' });
  });
});

describe('lead image', () => {
  it('makes a protocol-relative og:image https on an https page', () => {
    const head = '<meta property="og:image" content="//cdn.minato-shimpo.example/img/pier.jpg">';
    assert.equal(metadataOf(head).image, 'https://cdn.minato-shimpo.example/img/pier.jpg');
  });

  it('resolves a relative image against the fetched page URL', () => {
    assert.equal(
      metadataOf('<meta property="og:image" content="../img/pier.jpg">').image,
      'https://minato-shimpo.example/news/2025/img/pier.jpg',
    );
  });

  it('takes the JSON-LD image over og:image, and falls back to <link rel="image_src">', () => {
    const head = `${jsonLd({ '@type': 'NewsArticle', headline: '見出し', image: { '@type': 'ImageObject', url: '/img/ld.jpg' } })}
      <meta property="og:image" content="/img/og.jpg">`;
    assert.equal(metadataOf(head).image, 'https://minato-shimpo.example/img/ld.jpg');
    assert.equal(
      metadataOf('<link rel="image_src" href="/img/legacy.jpg">').image,
      'https://minato-shimpo.example/img/legacy.jpg',
    );
  });

  it('skips an og:image with an unusable scheme and takes the next source', () => {
    const head =
      '<meta property="og:image" content="javascript:void(0)"><meta name="twitter:image" content="/img/card.jpg">';
    assert.equal(metadataOf(head).image, 'https://minato-shimpo.example/img/card.jpg');
  });
});

describe('author forms', () => {
  it('reads a JSON-LD author given as a plain string', () => {
    const head = jsonLd({ '@type': 'NewsArticle', headline: '見出し', author: '浜辺一郎' });
    assert.equal(metadataOf(head).author, '浜辺一郎');
  });

  it('prefers the JSON-LD author over <meta name="author"> and the visible byline', () => {
    const head = `${jsonLd({ '@type': 'NewsArticle', headline: '見出し', author: { '@type': 'Person', name: '浜辺一郎' } })}
      <meta name="author" content="みなと新報編集部">`;
    assert.equal(metadataOf(head, '<p class="byline">記者：岬花子</p>').author, '浜辺一郎');
  });

  it('strips byline labels such as 取材・文／ and 記者 with a space', () => {
    assert.equal(metadataOf('', '<p class="byline">取材・文／岬花子</p>').author, '岬花子');
    assert.equal(metadataOf('', '<div class="author">記者 浜辺一郎</div>').author, '浜辺一郎');
  });

  it('reads the name inside a microdata author block', () => {
    const body =
      '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span>文</span> <span itemprop="name">岬花子</span> <span>（経済部）</span></div>';
    assert.equal(metadataOf('', body).author, '岬花子');
  });

  it('ignores a byline hidden from readers and one in a related-article list', () => {
    const body = `<p class="byline" hidden>記者：隠し名義</p>
      <ul class="related"><li><span class="author">関連記事の記者</span></li></ul>`;
    assert.equal(metadataOf('', body).author, undefined);
  });
});
