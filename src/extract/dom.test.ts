import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { selectAll } from './dom.ts';
import { parseHtml } from './parse-html.ts';

describe('selectAll', () => {
  it('finds the elements of a bare tag name in document order, as the selector engine does', () => {
    const document = parseHtml(
      '<html><head><meta name="a"></head><body><div><p>一</p><section><p>二</p></section></div><p>三</p><meta name="b"></body></html>',
    );
    const texts = selectAll(document, 'p').map((element) => element.textContent);
    assert.deepEqual(texts, ['一', '二', '三']);
    assert.deepEqual(
      selectAll(document, 'meta').map((element) => element.getAttribute('name')),
      ['a', 'b'],
    );
    const section = selectAll(document, 'section')[0];
    assert.ok(section);
    assert.deepEqual(
      selectAll(section, 'p').map((element) => element.textContent),
      ['二'],
    );
    // A compound selector still goes through the selector engine.
    assert.deepEqual(
      selectAll(document, 'section p, body > p').map((element) => element.textContent),
      ['二', '三'],
    );
  });
});
