import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from '../domain/page.ts';
import { extractDocument } from './extract-document.ts';

// Invented news: みなと市 and its pier do not exist.
const PARAGRAPHS = [
  '架空県みなと市は11日、老朽化した旧桟橋の改修工事を今月から始めると発表した。総事業費は約12億円で、国の補助金を活用する。',
  '市によると、旧桟橋は1968年に完成し、遊覧船の発着場として使われてきた。近年は床板の腐食が進み、昨年から一部を立ち入り禁止にしていた。',
  '浜辺一郎市長は記者会見で「港のにぎわいを取り戻す第一歩にしたい」と述べた。工事中も遊覧船は隣の岸壁から運航を続ける。',
  '改修後の桟橋には屋根付きの待合所を設け、車いすでも乗船できるよう段差をなくす。完成は2027年春の予定だという。',
];
const STORIES = ['みなと市の新庁舎、来年着工へ', '遊覧船の乗客、過去最多に', '港の朝市が再開　3年ぶり'];
const links = (wrap: (story: string, index: number) => string) => STORIES.map(wrap).join('');

const page = (block: string): Page => ({
  url: 'https://minato-shimpo.example/news/pier',
  input: 'pier.html',
  mediaType: 'text/html',
  encoding: 'utf-8',
  encodingSource: 'meta',
  text: `<html><head><title>旧桟橋の改修に着手</title></head><body><article>
    <h1>旧桟橋の改修に着手</h1>
    <p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>
    ${block}
    <p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p>
  </article></body></html>`,
});

const BLOCKS: Record<string, string> = {
  'a heading and a list of links': `<h3>あわせて読みたい</h3><ul>${links((story, i) => `<li><a href="/n/${i}">${story}</a></li>`)}</ul>`,
  'a bracketed label and linked paragraphs': `<p>【関連記事】</p>${links((story, i) => `<p><a href="/n/${i}">${story}</a></p>`)}`,
  'a marked label and list items with dates': `<p>■関連記事</p><ul>${links((story, i) => `<li><a href="/n/${i}">${story}</a>（3月${i + 1}日）</li>`)}</ul>`,
  'a list of links without a heading, between paragraphs': `<ul>${links((story, i) => `<li><a href="/n/${i}">${story}</a></li>`)}</ul>`,
  'links separated by line breaks under a label': `<div>＜関連記事＞<br>${links((story, i) => `<a href="/n/${i}">${story}</a><br>`)}</div>`,
};

describe('related-link blocks inside the article body', () => {
  for (const [name, block] of Object.entries(BLOCKS)) {
    it(`drops ${name}, keeping every paragraph around it`, () => {
      const document = extractDocument(page(block), { id: 's1' });
      for (const story of STORIES)
        assert.ok(!document.text.includes(story), `${story} in:\n${document.text}`);
      assert.doesNotMatch(document.text, /関連記事|あわせて読みたい/);
      assert.equal(document.text, `旧桟橋の改修に着手\n\n${PARAGRAPHS.join('\n\n')}`);
    });
  }

  it('keeps a list inside the article that is not only links', () => {
    const list = '<ul><li>待合所に屋根を設ける</li><li>段差をなくす</li><li>照明を増やす</li></ul>';
    const document = extractDocument(page(list), { id: 's1' });
    assert.ok(document.text.includes('待合所に屋根を設ける'), document.text);
  });
});

describe('microdata image', () => {
  const withImage = (markup: string): Page => ({
    ...page(''),
    text: `<html><head><title>旧桟橋の改修に着手</title></head><body><article itemscope itemtype="https://schema.org/NewsArticle">
      ${markup}<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></article></body></html>`,
  });

  it('reads an <img itemprop="image"> as the page image, resolved against the page URL', () => {
    const document = extractDocument(withImage('<img itemprop="image" src="/img/pier.jpg" alt="">'), {
      id: 's1',
    });
    assert.equal(document.image, 'https://minato-shimpo.example/img/pier.jpg');
  });

  it('reads <meta itemprop="image" content> and an ImageObject url', () => {
    const meta = extractDocument(
      withImage('<meta itemprop="image" content="https://cdn.example/pier.png">'),
      {
        id: 's1',
      },
    );
    assert.equal(meta.image, 'https://cdn.example/pier.png');
    const object = extractDocument(
      withImage(
        '<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="https://cdn.example/object.jpg"></div>',
      ),
      { id: 's1' },
    );
    assert.equal(object.image, 'https://cdn.example/object.jpg');
  });
});
