import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DisplayTextSchema, isDisplayText } from '../domain/article.ts';
import type { Page } from '../domain/page.ts';
import { extractDocument } from './extract-document.ts';

// Invented news. U+202E (right-to-left override) makes what follows display reversed; U+2066–2069
// isolate, U+200B is a zero-width space, U+FEFF a byte-order mark inside text.
const RLO = '\u202E';
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\uFEFF\u061C\u00AD]/u;
const PARAGRAPH =
  '架空県みなと市は11日、旧桟橋の改修工事を今月から始めると発表した。総事業費は約12億円で、国の補助金を活用する。';

const page = (text: string, mediaType: Page['mediaType'] = 'text/html'): Page => ({
  url: 'https://minato-shimpo.example/news/bidi',
  input: 'bidi.html',
  mediaType,
  encoding: 'utf-8',
  encodingSource: 'meta',
  text,
});

describe('invisible and bidi control characters', () => {
  it('never reach a Document from an HTML page: title, site name, author, text', () => {
    const html = `<html><head><title>桟橋の${RLO}改修txt.exe</title>
      <meta property="og:site_name" content="みなと${RLO}新報"><meta name="author" content="浜辺\u2066一郎\u2069"></head>
      <body><article><p>${RLO}${PARAGRAPH}</p><p>市長は\u200B「にぎわいを\u202D取り戻す」と述べた。\uFEFF${PARAGRAPH}</p><p>\u202E\u200F</p></article></body></html>`;
    const document = extractDocument(page(html), { id: 's1' });
    for (const value of [document.title, document.siteName, document.author, document.text]) {
      assert.ok(value !== undefined);
      assert.doesNotMatch(value, INVISIBLE, JSON.stringify(value));
    }
    assert.equal(document.title, '桟橋の改修txt.exe');
    assert.equal(document.siteName, 'みなと新報');
    assert.ok(
      document.text.includes(`\n\n${PARAGRAPH}\n\n市長は「にぎわいを取り戻す」と述べた。${PARAGRAPH}`),
      document.text,
    );
  });

  it('never reach a Document from plain text', () => {
    const document = extractDocument(
      page(`見出し${RLO}です\n\n${RLO}${PARAGRAPH}\n\n${PARAGRAPH}`, 'text/plain'),
      {
        id: 's1',
      },
    );
    assert.doesNotMatch(document.text, INVISIBLE);
    assert.equal(document.title, '見出しです');
  });

  it('make a string unfit to display, so a model answer holding one is never published', () => {
    assert.equal(isDisplayText(`改修に${RLO}着手`), false);
    assert.equal(isDisplayText('改修に\u2067着手'), false);
    assert.equal(DisplayTextSchema.safeParse(`改修に${RLO}着手`).success, false);
    // Zero-width joiners stay: emoji sequences need them.
    assert.equal(isDisplayText('家族👨\u200D👩\u200D👧'), true);
  });
});
