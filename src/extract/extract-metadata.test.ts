import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMetadata } from './extract-metadata.ts';
import { parseHtml } from './parse-html.ts';

// Every page here is invented: みなと新報, 架空経済オンライン and the people in them do not exist.
const PAGE_URL = 'https://minato-shimpo.example/news/2025/03/pier.html';

const metadataOf = (head: string, body = '', url = PAGE_URL) =>
  extractMetadata(parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), url);

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('extractMetadata', () => {
  describe('JSON-LD', () => {
    it('reads a NewsArticle: headline, dates, author, publisher, image', () => {
      const head = jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'みなと市、旧桟橋の改修に着手',
        datePublished: '2025-03-11T09:30:00+09:00',
        dateModified: '2025-03-12T18:05:00+09:00',
        author: { '@type': 'Person', name: '浜辺一郎' },
        publisher: { '@type': 'NewsMediaOrganization', name: 'みなと新報' },
        image: [
          'https://minato-shimpo.example/img/pier.jpg',
          'https://minato-shimpo.example/img/pier-small.jpg',
        ],
        inLanguage: 'ja-JP',
      });
      assert.deepEqual(metadataOf(head), {
        title: 'みなと市、旧桟橋の改修に着手',
        siteName: 'みなと新報',
        publishedAt: '2025-03-11T09:30:00+09:00',
        modifiedAt: '2025-03-12T18:05:00+09:00',
        author: '浜辺一郎',
        image: 'https://minato-shimpo.example/img/pier.jpg',
        lang: 'ja',
      });
    });

    it('finds the article inside @graph and resolves @id references', () => {
      const head = jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': '#site', name: 'サイト' },
          { '@type': 'Organization', '@id': '#org', name: '架空経済オンライン' },
          { '@type': 'Person', '@id': '#author', name: '小西拓也' },
          {
            '@type': ['ReportageNewsArticle'],
            headline: '港湾物流、人手不足が深刻に',
            datePublished: '2025-03-11',
            author: [{ '@id': '#author' }],
            publisher: { '@id': '#org' },
            image: { '@type': 'ImageObject', url: '/img/port.jpg' },
          },
        ],
      });
      const metadata = metadataOf(head);
      assert.equal(metadata.title, '港湾物流、人手不足が深刻に');
      assert.equal(metadata.siteName, '架空経済オンライン');
      assert.equal(metadata.author, '小西拓也');
      assert.equal(metadata.publishedAt, '2025-03-11T00:00:00+09:00');
      assert.equal(metadata.image, 'https://minato-shimpo.example/img/port.jpg');
    });

    it('tolerates raw line breaks, trailing commas and comment wrappers in the JSON', () => {
      const head = `<script type="application/ld+json"><!--
        { "@type": "NewsArticle", "headline": "桟橋の改修、
来月から", "datePublished": "2025-03-11T09:30:00+09:00", }
      --></script>`;
      const metadata = metadataOf(head);
      assert.equal(metadata.title, '桟橋の改修、 来月から');
      assert.equal(metadata.publishedAt, '2025-03-11T09:30:00+09:00');
    });

    it('skips JSON-LD it cannot parse and uses OpenGraph instead', () => {
      const head = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
        <meta property="og:title" content="OpenGraph の見出し">`;
      assert.equal(metadataOf(head).title, 'OpenGraph の見出し');
    });

    it('lists several authors in one name line', () => {
      const head = jsonLd({
        '@type': 'Article',
        headline: 'x',
        author: [{ name: '浜辺一郎' }, '岬花子', { name: '浜辺一郎' }],
      });
      assert.equal(metadataOf(head).author, '浜辺一郎、岬花子');
    });
  });

  describe('source priority', () => {
    it('prefers JSON-LD over OpenGraph over the visible date when they disagree', () => {
      const head = `${jsonLd({ '@type': 'NewsArticle', headline: 'JSON-LD の見出し', datePublished: '2025-03-11T06:00:00+09:00' })}
        <meta property="og:title" content="OG の見出し">
        <meta property="article:published_time" content="2025-03-12T06:00:00+09:00">`;
      const body = '<article><p>2025年3月13日 公開</p><h1>本文の見出し</h1></article>';
      const metadata = metadataOf(head, body);
      assert.equal(metadata.title, 'JSON-LD の見出し');
      assert.equal(metadata.publishedAt, '2025-03-11T06:00:00+09:00');
    });

    it('reads OpenGraph alone and converts a UTC time to Japan time', () => {
      const head = `<meta property="og:title" content="Pier repairs begin in Minato">
        <meta property="og:site_name" content="Pacific Harbor Wire">
        <meta property="og:image" content="https://wire.example/media/pier.jpg">
        <meta property="article:published_time" content="2025-03-11T05:20:00Z">
        <meta property="og:locale" content="en_US">`;
      assert.deepEqual(metadataOf(head), {
        title: 'Pier repairs begin in Minato',
        siteName: 'Pacific Harbor Wire',
        publishedAt: '2025-03-11T14:20:00+09:00',
        image: 'https://wire.example/media/pier.jpg',
        lang: 'en',
      });
    });

    it('reads Twitter cards when OpenGraph is missing', () => {
      const head = `<meta name="twitter:title" content="ツイッターカードの見出し">
        <meta name="twitter:image" content="https://minato-shimpo.example/img/card.jpg">`;
      const metadata = metadataOf(head);
      assert.equal(metadata.title, 'ツイッターカードの見出し');
      assert.equal(metadata.image, 'https://minato-shimpo.example/img/card.jpg');
    });

    it('falls back to plain meta tags for date and author', () => {
      const head =
        '<meta name="date" content="2025-09-02T07:00:00+09:00"><meta name="author" content="岬花子">';
      const metadata = metadataOf(head);
      assert.equal(metadata.publishedAt, '2025-09-02T07:00:00+09:00');
      assert.equal(metadata.author, '岬花子');
    });

    it('prefers the <time> marked datePublished over other <time> elements', () => {
      const body = `<article><p>関連: <time datetime="2025-01-05">1月5日</time></p>
        <p>公開 <time itemprop="datePublished" datetime="2025-03-11T09:30:00+09:00">3月11日 9:30</time></p></article>`;
      assert.equal(metadataOf('', body).publishedAt, '2025-03-11T09:30:00+09:00');
    });

    it('tells a <time> labelled 更新 from the publication time', () => {
      const body = `<article><p>更新日：<time datetime="2025-03-12T18:05">3月12日</time></p>
        <p>公開日：<time datetime="2025-03-11T09:30">3月11日</time></p></article>`;
      const metadata = metadataOf('', body);
      assert.equal(metadata.publishedAt, '2025-03-11T09:30:00+09:00');
      assert.equal(metadata.modifiedAt, '2025-03-12T18:05:00+09:00');
    });

    it('reads a label written inside the <time> element', () => {
      const body = `<article><p><time datetime="2025-03-12T18:05">3月12日 更新</time></p>
        <p><time datetime="2025-03-11T09:30">2025年3月11日</time></p></article>`;
      const metadata = metadataOf('', body);
      assert.equal(metadata.publishedAt, '2025-03-11T09:30:00+09:00');
      assert.equal(metadata.modifiedAt, '2025-03-12T18:05:00+09:00');
    });

    it('looks for <time> in the article before the rest of the page', () => {
      const body = `<div class="pickup"><time datetime="2025-01-05">1月5日</time> 別の記事</div>
        <article><h1>見出し</h1><time datetime="2025-03-11T09:30">3月11日</time></article>`;
      assert.equal(metadataOf('', body).publishedAt, '2025-03-11T09:30:00+09:00');
    });

    it('skips an invalid date and takes the next source', () => {
      const head = `${jsonLd({ '@type': 'NewsArticle', headline: 'x', datePublished: '2025-13-45' })}
        <meta property="article:published_time" content="2025-03-11T09:30:00+09:00">`;
      assert.equal(metadataOf(head).publishedAt, '2025-03-11T09:30:00+09:00');
    });
  });

  describe('visible dates', () => {
    it('takes 公開 as published and 更新 as modified from the page text', () => {
      const body =
        '<article><h1>見出し</h1><p>2025年3月11日 公開（更新 2025年3月12日 18:05）</p><p>本文。</p></article>';
      const metadata = metadataOf('', body);
      assert.equal(metadata.publishedAt, '2025-03-11T00:00:00+09:00');
      assert.equal(metadata.modifiedAt, '2025-03-12T18:05:00+09:00');
    });

    it('leaves publishedAt absent when the page shows only an update date', () => {
      const metadata = metadataOf('', '<article><p>最終更新：2025年3月12日</p></article>');
      assert.equal(metadata.publishedAt, undefined);
      assert.equal(metadata.modifiedAt, '2025-03-12T00:00:00+09:00');
    });

    it('ignores dates in related-article lists and hidden elements', () => {
      const body = `<div hidden><p>2025年1月1日</p></div>
        <article><h1>見出し</h1><p>本文は日付を含まない。</p>
        <ul class="related-articles"><li>2025年3月9日 別の記事</li></ul></article>`;
      assert.equal(metadataOf('', body).publishedAt, undefined);
    });

    it('reads a slash date with 公開 and an era date', () => {
      assert.equal(
        metadataOf('', '<article><p>2025/09/02 公開</p></article>').publishedAt,
        '2025-09-02T00:00:00+09:00',
      );
      assert.equal(
        metadataOf('', '<main><p>令和7年3月11日</p></main>').publishedAt,
        '2025-03-11T00:00:00+09:00',
      );
    });
  });

  describe('title and site name', () => {
    it('strips a suffix that equals the site name', () => {
      const head =
        '<title>旧桟橋の改修始まる | 架空経済オンライン</title><meta property="og:site_name" content="架空経済オンライン">';
      assert.deepEqual(metadataOf(head), { title: '旧桟橋の改修始まる', siteName: '架空経済オンライン' });
    });

    it('strips a suffix found on <title> only, and takes the site name from it', () => {
      const head = '<title>洋上風力延期に潮見町「残念」 - はまかぜ新報</title>';
      const metadata = metadataOf(head, '<h1>洋上風力延期に潮見町「残念」</h1>');
      assert.equal(metadata.title, '洋上風力延期に潮見町「残念」');
      assert.equal(metadata.siteName, 'はまかぜ新報');
    });

    it('handles full-width separators ｜ and ／', () => {
      assert.equal(
        metadataOf('<title>新工場を発表｜日刊テック産業</title>', '<h1>新工場を発表</h1>').siteName,
        '日刊テック産業',
      );
      assert.equal(
        metadataOf('<title>統合に合意／西浜日日新聞</title>', '<h1>統合に合意</h1>').title,
        '統合に合意',
      );
    });

    it('takes the site name from <title> when og:title has no suffix', () => {
      const head = '<title>桟橋の改修 | みなと新報</title><meta property="og:title" content="桟橋の改修">';
      assert.deepEqual(metadataOf(head), { title: '桟橋の改修', siteName: 'みなと新報' });
    });

    it('does not take a logo <h1> in the page header for the headline', () => {
      const body =
        '<header><h1><a href="/">みなと新報</a></h1></header><div><h2>旧桟橋の改修始まる</h2></div>';
      const metadata = metadataOf('<title>旧桟橋の改修始まる | みなと新報</title>', body);
      assert.deepEqual(metadata, { title: '旧桟橋の改修始まる', siteName: 'みなと新報' });
    });

    it('prefers the article <h1> and ignores an <svg> <title>', () => {
      const body = `<header><h1>みなと新報</h1></header>
        <article><svg><title>アイコン</title></svg><h1>旧桟橋の改修始まる</h1></article>`;
      assert.equal(metadataOf('', body).title, '旧桟橋の改修始まる');
    });

    it('does not cut a short word that only appears inside the site name', () => {
      const head = '<title>東京 - 大雪で交通に乱れ</title><meta property="og:site_name" content="東京新聞">';
      assert.equal(metadataOf(head).title, '東京 - 大雪で交通に乱れ');
    });

    it('keeps a separator that is part of the headline', () => {
      const head = '<title>特集：港の未来 - 再開発の行方</title>';
      assert.equal(metadataOf(head).title, '特集：港の未来 - 再開発の行方');
      assert.equal(metadataOf(head).siteName, undefined);
    });

    it('drops leaked placeholders, over-long values and control characters', () => {
      const placeholders =
        '<meta name="author" content="null"><meta property="og:image" content="undefined">';
      assert.deepEqual(metadataOf(`${placeholders}<meta property="og:site_name" content="{{site}}">`), {});
      const head = `<meta property="og:title" content="undefined">
        <meta property="og:site_name" content="${'長'.repeat(150)}">
        <title>桟橋の\u0007改修\n始まる</title>`;
      const metadata = metadataOf(head);
      assert.equal(metadata.title, '桟橋の 改修 始まる');
      assert.equal(metadata.siteName, undefined);
    });
  });

  describe('author', () => {
    it('reads a byline without its label and date', () => {
      assert.equal(metadataOf('', '<p class="byline">記者：浜辺一郎 2025年3月11日</p>').author, '浜辺一郎');
      assert.equal(metadataOf('', '<p class="byline">By Jane Roe</p>').author, 'Jane Roe');
      assert.equal(metadataOf('', '<a rel="author" href="/a/1">岬花子</a>').author, '岬花子');
    });

    it('ignores an article:author that is a profile URL', () => {
      const head = '<meta property="article:author" content="https://social.example/minato">';
      assert.equal(metadataOf(head).author, undefined);
    });
  });

  describe('image', () => {
    it('resolves a relative image against the canonical URL', () => {
      const head =
        '<link rel="canonical" href="https://yomitoku.example/news/1"><meta property="og:image" content="/img/a.jpg">';
      assert.equal(
        metadataOf(head, '', 'file:///tmp/saved.html').image,
        'https://yomitoku.example/img/a.jpg',
      );
    });

    it('resolves against og:url when there is no canonical link, and keeps only http(s) images', () => {
      const head =
        '<meta property="og:url" content="https://minato.example/a/b"><meta property="og:image" content="c.jpg">';
      assert.equal(metadataOf(head, '', 'file:///tmp/saved.html').image, 'https://minato.example/a/c.jpg');
      assert.equal(
        metadataOf('<meta property="og:image" content="data:image/png;base64,AAAA">').image,
        undefined,
      );
      assert.equal(
        metadataOf('<meta property="og:image" content="img/a.jpg">', '', 'file:///tmp/saved.html').image,
        undefined,
      );
    });
  });

  it('gives an empty object, with no key at all, for a page without metadata', () => {
    const metadata = metadataOf('', '<p>本文だけのページ。</p>');
    assert.deepEqual(Object.keys(metadata), []);
  });

  it('reads the declared language as its primary subtag', () => {
    const page = parseHtml('<html lang="ja-JP"><head></head><body></body></html>');
    assert.equal(extractMetadata(page, PAGE_URL).lang, 'ja');
  });
});
