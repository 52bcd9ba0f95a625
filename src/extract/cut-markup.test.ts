import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from '../domain/page.ts';
import { extractDocument } from './extract-document.ts';
import { cutSpans, measureNesting } from './limit-nesting.ts';

// Invented news: 架空県みなと市 and its paper do not exist.
const PARAGRAPH =
  '架空県みなと市は11日、旧桟橋の改修工事を今月から始めると発表した。総事業費は約12億円で、国の補助金を活用する。';

/** The markup as extraction parses it: what measureNesting marks as cuttable, cut. */
const cut = (html: string) => cutSpans(html, measureNesting(html).cuttable);

const page = (html: string): Page => ({
  url: 'https://minato-shimpo.example/news/pier',
  input: 'pier.html',
  mediaType: 'text/html',
  encoding: 'utf-8',
  encodingSource: 'meta',
  text: html,
});

describe('measureNesting: what removeNonContent would remove, cut before parsing', () => {
  it('cuts scripts, style sheets and comments, leaving the text around them', () => {
    assert.equal(
      cut(
        '<p>旧桟橋<!-- 広告枠 -->の改修<script>var a = "</p>";</script>工事<style>p{color:red}</style>を始める</p>',
      ),
      '<p>旧桟橋の改修工事を始める</p>',
    );
  });

  it('keeps JSON-LD scripts, which hold the metadata', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    assert.equal(cut(`<p>本文</p>${jsonLd}<script>track()</script>`), `<p>本文</p>${jsonLd}`);
  });

  it('cuts nav, aside and footer closed by their own end tag, with what is inside', () => {
    const html =
      '<div><nav><ul><li><a href="/">トップ</a></li><li>地域</li></ul></nav><p>本文</p><aside><p>関連記事</p><!-- x --></aside></div><footer>© みなと新報</footer>';
    assert.equal(cut(html), '<div><p>本文</p></div>');
  });

  it('keeps a furniture section that holds the headline, the article, metadata or the body', () => {
    for (const inner of [
      '<h1>見出し</h1>',
      '<article><p>本文</p></article>',
      '<main><p>本文</p></main>',
      '<meta property="article:published_time" content="2025-03-11">',
      '<link rel="canonical" href="https://minato-shimpo.example/a">',
      '<script type="application/ld+json">{}</script>',
      '<div itemprop="articleBody"><p>本文</p></div>',
    ]) {
      const html = `<aside>${inner}</aside><p>本文</p>`;
      assert.equal(cut(html), html, inner);
    }
    const named = '<footer class="article-body"><p>本文</p></footer>';
    assert.equal(cut(named), named);
  });

  it('leaves a section closed by an ancestor, or never closed, to the parser', () => {
    // The parser's implied end tags may end these elsewhere than the measure's stack says.
    const closedByAncestor = '<div><nav><a href="/">トップ</a></div><p>本文</p>';
    assert.equal(cut(closedByAncestor), closedByAncestor);
    const unclosed = '<p>本文</p><footer><a href="/">トップ</a>';
    assert.equal(cut(unclosed), unclosed);
  });

  it('extracts the same document with the cut as removeNonContent gives without it', () => {
    const html = `<html lang="ja"><head><title>旧桟橋の改修始まる</title></head><body>
      <nav class="global"><a href="/">トップ</a><a href="/local">地域</a></nav>
      <article><h1>旧桟橋の改修始まる</h1><p>${PARAGRAPH}</p><!-- 広告 --><p>${PARAGRAPH.replace('11日', '12日')}</p>
      <footer><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"海野 太郎"}}</script></footer></article>
      <aside><p>ランキング：一位の記事です。</p></aside><footer>© みなと新報</footer></body></html>`;
    const document = extractDocument(page(html), { id: 's1' });
    assert.equal(document.title, '旧桟橋の改修始まる');
    assert.equal(document.author, '海野 太郎');
    assert.equal(document.text, `旧桟橋の改修始まる\n\n${PARAGRAPH}\n\n${PARAGRAPH.replace('11日', '12日')}`);
  });
});
