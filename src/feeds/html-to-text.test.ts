import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cleanText, htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it('drops tags, keeps inline text together and separates blocks with a space', () => {
    assert.equal(
      htmlToText('<p>市は<strong>6月</strong>から</p><ul><li>一</li><li>二</li></ul>'),
      '市は6月から 一 二',
    );
  });

  it('leaves out scripts, styles and other non-text elements', () => {
    assert.equal(
      htmlToText(
        '<style>p{color:red}</style><p>本文</p><script>document.write("x")</script><iframe>y</iframe>',
      ),
      '本文',
    );
  });

  it('decodes HTML character references, named ones included', () => {
    assert.equal(htmlToText('AT&amp;T&nbsp;&hellip; &#x3042;&copy;'), 'AT&T … あ©');
    assert.equal(htmlToText('&eacute;t&eacute; &frac12; &amp;frac12;'), 'été ½ &frac12;');
  });

  it('keeps text that follows a stray </body></html> in a fragment', () => {
    assert.equal(htmlToText('前</body></html>後<b>太字</b>'), '前後太字');
  });

  it('drops comments, declarations and self-closed or unclosed non-text elements sensibly', () => {
    assert.equal(htmlToText('a<!-- note -->b<!DOCTYPE html><?php x ?>c<svg/>d<br/>e'), 'abcd e');
    assert.equal(htmlToText('本文<!-- 閉じないコメント <p>隠れる</p>'), '本文');
    assert.equal(htmlToText('<p>本文</p><script>var a = 1;'), '本文 var a = 1;');
  });

  it('stays linear on hostile markup: deep nesting and thousands of unclosed tags', () => {
    const started = performance.now();
    assert.equal(htmlToText(`${'<div><b>'.repeat(100_000)}深い${'</b></div>'.repeat(100_000)}`), '深い');
    assert.equal(htmlToText(`x${'<a'.repeat(200_000)}`), 'x');
    assert.equal(htmlToText(`x${'<script>'.repeat(100_000)}`), 'x');
    // A DOM takes minutes on the first input; a linear scan takes milliseconds. Generous bound.
    assert.ok(performance.now() - started < 5000);
  });

  it('keeps a lone "<" or "&" that is not markup', () => {
    assert.equal(htmlToText('1 < 2 & 3'), '1 < 2 & 3');
  });

  it('joins Japanese text wrapped across lines but keeps spaces between words', () => {
    assert.equal(
      htmlToText('<p>市立図書館の\n  夜間開館を試行する。\nNew hours\nstart</p>'),
      '市立図書館の夜間開館を試行する。 New hours start',
    );
  });
});

describe('htmlToText on any input', () => {
  it('returns one trimmed line without controls or tags it was given', () => {
    const parts = fc.constantFrom(
      '<p>',
      '</p>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '<b',
      '>',
      '&amp;',
      '&',
      '&#x0;',
      '\n',
      'あ',
      'a',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(parts, { maxLength: 40 }).map((list) => list.join('')),
        ),
        (html) => {
          const text = htmlToText(html);
          assert.equal(text, text.trim());
          assert.doesNotMatch(text, /[\p{Cc}]|<p>|<script>/u);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('cleanText', () => {
  it('removes controls and bidi overrides, collapses spaces, keeps full-width spaces', () => {
    assert.equal(cleanText('  速報\u3000続報\t\u202Eabc\u0007  '), '速報\u3000続報 abc');
  });
});

describe('htmlToText on hostile entity names', () => {
  it('leaves a reference that names an inherited property (&constructor;) as written', () => {
    assert.equal(
      htmlToText('<p>火災 &constructor; 続報 &toString;</p>'),
      '火災 &constructor; 続報 &toString;',
    );
  });
});
