import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from '../domain/page.ts';
import { extractDocument } from './extract-document.ts';

// Invented news: 架空県みなと市 does not exist.
const PARAGRAPH =
  '架空県みなと市は11日、旧桟橋の改修工事を今月から始めると発表した。総事業費は約12億円で、国の補助金を活用する。';

const page = (html: string, input = 'nested.html'): Page => ({
  url: 'https://minato-shimpo.example/news/nested',
  input,
  mediaType: 'text/html',
  encoding: 'utf-8',
  encodingSource: 'meta',
  text: html,
});

const nested = (depth: number, inner: string) =>
  `<html><head><title>桟橋の改修</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

describe('extractDocument on deeply nested markup', () => {
  it('reads the text of a page nested 20,000 <div>s deep, in bounded time', { timeout: 30_000 }, () => {
    const document = extractDocument(page(nested(20_000, `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`)), {
      id: 's1',
    });
    assert.equal(document.title, '桟橋の改修');
    assert.ok(document.text.includes(PARAGRAPH), document.text);
  });

  it('reads a page of 100,000 unclosed <div>s', { timeout: 30_000 }, () => {
    const html = `<title>桟橋の改修</title>${'<div>'.repeat(100_000)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`;
    const document = extractDocument(page(html), { id: 's1' });
    assert.ok(document.text.includes(PARAGRAPH));
  });

  it('keeps text in document order when it flattens what lies too deep', { timeout: 30_000 }, () => {
    const inner = `<p>一つ目の段落です。${PARAGRAPH}</p><div><b>二つ目</b>の段落です。${PARAGRAPH}</div>`;
    const text = extractDocument(page(nested(5_000, inner)), { id: 's1' }).text;
    const first = text.indexOf('一つ目の段落です。');
    const second = text.indexOf('二つ目の段落です。');
    assert.ok(first !== -1 && second > first, text);
  });

  it('reads a page of more elements than Readability scores in time by the plain text path', {
    timeout: 30_000,
  }, () => {
    const links = '<li><a href="/n/2">別の記事</a></li>'.repeat(60_000);
    const html = `<title>桟橋の改修</title><p hidden>隠した段落</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><ul>${links}</ul>`;
    const document = extractDocument(page(html), { id: 's1' });
    assert.equal(document.title, '桟橋の改修');
    assert.equal(document.text, `桟橋の改修\n\n${PARAGRAPH}\n\n${PARAGRAPH}`);
  });

  it('stops reading a large page part way once the time budget is spent', () => {
    let readings = 0;
    const now = () => {
      readings += 1;
      return readings * 1_000;
    };
    const html = `<title>t</title>${`<p>${PARAGRAPH}</p>`.repeat(20_000)}`;
    assert.throws(
      () =>
        extractDocument(page(html, 'big.html'), {
          id: 's1',
          budget: { readabilityMs: 500, totalMs: 5_000 },
          now,
        }),
      /^MatomeError: Failed to extract article text: big\.html \(took longer than 5 s\)/,
    );
    assert.ok(readings < 100, `stopped after ${readings} clock readings, not after reading 20,000 elements`);
  });

  it('refuses a page of more elements than any article page has, naming the count', () => {
    const html = `<title>t</title><p>${PARAGRAPH}</p>${'<br>'.repeat(250_000)}`;
    assert.throws(
      () => extractDocument(page(html, 'huge.html'), { id: 's1' }),
      /^MatomeError: Failed to extract article text: huge\.html \(250002 HTML elements; the limit is 200000\)/,
    );
  });

  it('has Readability consult the time budget as it walks the page', () => {
    let readings = 0;
    const now = () => {
      readings += 1;
      return 0;
    };
    const html = `<html><head><title>桟橋の改修</title></head><body><article>${`<p>${PARAGRAPH}</p>`.repeat(30)}</article></body></html>`;
    extractDocument(page(html), { id: 's1', now });
    // Outside Readability the clock is read a handful of times (once per stage); inside, per element.
    assert.ok(readings > 30, `the clock was read ${readings} times`);
  });

  it('falls back to the plain text path when Readability runs past its share of the time budget', () => {
    // A clock that advances one second per reading: Readability's budget is spent at once.
    let clock = 0;
    const now = () => (clock += 1_000);
    const html = `<html><head><title>桟橋の改修</title></head><body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
    const document = extractDocument(page(html), {
      id: 's1',
      budget: { readabilityMs: 500, totalMs: 1_000_000 },
      now,
    });
    assert.ok(document.text.includes(PARAGRAPH));
  });

  it('fails with an error naming the input when extraction runs past its time budget', () => {
    let clock = 0;
    const now = () => (clock += 1_000);
    const html = `<html><body><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></body></html>`;
    assert.throws(
      () =>
        extractDocument(page(html, 'slow-page.html'), {
          id: 's1',
          budget: { readabilityMs: 500, totalMs: 2_500 },
          now,
        }),
      (error: Error & { code?: string; hint?: string }) =>
        error.code === 'EXTRACT_FAILED' &&
        /^Failed to extract article text: slow-page\.html \(took longer than 2\.5 s/.test(error.message) &&
        typeof error.hint === 'string',
    );
  });
});

describe('the parsers limit-nesting loads', () => {
  it("loads htmlparser2's own tokenizer from its file, the class the package exports", async () => {
    const { loadTokenizer } = await import('./limit-nesting.ts');
    const { Tokenizer } = await import('htmlparser2');
    assert.equal(await loadTokenizer(), Tokenizer);
  });
});
