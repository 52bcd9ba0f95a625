import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findGluedUrls } from './lint-urls.ts';

describe('findGluedUrls', () => {
  it('reports a URL running straight into a Japanese sentence, pointing at the glued text', () => {
    const text = '出典: https://news.example/article/388964両国間の対立は深まっている。\n次の行';
    const [hit, ...rest] = findGluedUrls(text);
    assert.equal(rest.length, 0);
    assert.equal(hit?.code, 'url.glued');
    assert.equal(hit?.severity, 'error');
    assert.equal(
      text.slice(hit?.offset, (hit?.offset ?? 0) + (hit?.length ?? 0)),
      '両国間の対立は深まっている。',
    );
    assert.match(hit?.message ?? '', /https:\/\/news\.example\/article\/388964/);
  });

  it('reports a query value glued to the next sentence', () => {
    const [hit] = findGluedUrls('https://keizai.example/a/1?display=b非常に深刻な状況ですね。');
    assert.equal(hit?.severity, 'error');
    assert.equal(hit?.evidence, 'https://keizai.example/a/1?display=b非常に深刻な状況ですね。');
  });

  it('accepts a URL followed by a line break, a space, closing brackets or sentence punctuation', () => {
    for (const text of [
      'https://a.example/x\n記事',
      'https://a.example/x 記事',
      '（https://a.example/x）',
      '「https://a.example/x」',
      '詳しくは https://a.example/x。',
      '<https://a.example/x>',
      '[東京新聞](<https://a.example/x>)',
    ]) {
      assert.deepEqual(findGluedUrls(text), [], text);
    }
  });

  it('only warns about a short run without punctuation, which may be an IRI', () => {
    const [hit] = findGluedUrls('https://ja.wikipedia.example/wiki/東京');
    assert.equal(hit?.severity, 'warning');
  });
});
