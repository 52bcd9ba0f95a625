import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestByName, selectAll } from './dom.ts';
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

describe('closestByName', () => {
  it('finds the nearest element of a tag name from the element itself up, as closest() does', () => {
    const document = parseHtml(
      '<html><body><ARTICLE id="outer"><div><p id="a">一</p><article id="inner"><p id="b">二</p></article></div></ARTICLE><p id="c">三</p></body></html>',
    );
    const byId = (id: string) =>
      selectAll(document, 'p, article').find((element) => element.getAttribute('id') === id);
    for (const id of ['a', 'b', 'c', 'inner', 'outer']) {
      const element = byId(id);
      assert.ok(element);
      assert.equal(closestByName(element, 'article'), element.closest('article'), id);
    }
    assert.equal(closestByName(byId('a') as never, 'article')?.getAttribute('id'), 'outer');
    assert.equal(closestByName(byId('b') as never, 'article')?.getAttribute('id'), 'inner');
    assert.equal(closestByName(byId('inner') as never, 'article')?.getAttribute('id'), 'inner');
    assert.equal(closestByName(byId('c') as never, 'article'), null);
    assert.equal(closestByName(byId('a') as never, 'body')?.localName, 'body');
  });
});
