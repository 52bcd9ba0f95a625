import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  attributeValue,
  childElement,
  childElements,
  decodeReferences,
  NS,
  safeParseXml,
  textContent,
  type XmlElement,
} from './xml-tree.ts';

const parse = (text: string, url = 'https://feeds.example/dir/feed.xml'): XmlElement => {
  const result = safeParseXml(text, url);
  assert.ok(result.ok, result.ok ? '' : result.detail);
  return result.root;
};

describe('safeParseXml', () => {
  it('resolves namespaces by URI, whatever prefix the document chose', () => {
    const root = parse(
      '<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:x="http://purl.org/dc/elements/1.1/"><a:title>T</a:title><x:date>D</x:date></a:feed>',
    );
    assert.deepEqual([root.namespace, root.localName], [NS.atom, 'feed']);
    assert.equal(textContent(childElement(root, 'title', [NS.atom]) as XmlElement), 'T');
    assert.equal(textContent(childElement(root, 'date', [NS.dc]) as XmlElement), 'D');
    assert.equal(childElement(root, 'title', ['']), undefined);
  });

  it('scopes default namespaces and lets a declared prefix override the conventional one', () => {
    const root = parse(
      '<r xmlns:dc="urn:other"><item xmlns="urn:inner"><dc:date>x</dc:date></item><item/></r>',
    );
    const [inner, outer] = root.children.filter((c) => typeof c !== 'string') as XmlElement[];
    assert.equal(inner?.namespace, 'urn:inner');
    assert.equal(outer?.namespace, '');
    assert.equal(childElements(inner as XmlElement, 'date', [NS.dc]).length, 0);
    assert.equal(childElements(inner as XmlElement, 'date', ['urn:other']).length, 1);
  });

  it('reads namespaced attributes and resolves xml:base through the ancestors', () => {
    const root = parse(
      '<r xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xml:base="/base/"><e xml:base="sub/" rdf:about="A" href="h"/></r>',
    );
    const e = childElement(root, 'e', ['']) as XmlElement;
    assert.equal(root.base, 'https://feeds.example/base/');
    assert.equal(e.base, 'https://feeds.example/base/sub/');
    assert.equal(attributeValue(e, 'about', NS.rdf), 'A');
    assert.equal(attributeValue(e, 'about'), undefined);
    assert.equal(attributeValue(e, 'href'), 'h');
  });

  it('decodes references in text and attributes but keeps CDATA exactly as written', () => {
    const root = parse('<r a="x &amp; y &#x41;"><t>&lt;b&gt; &amp;amp;</t><c><![CDATA[&amp; <b>]]></c></r>');
    assert.equal(attributeValue(root, 'a'), 'x & y A');
    assert.equal(textContent(childElement(root, 't', ['']) as XmlElement), '<b> &amp;');
    assert.equal(textContent(childElement(root, 'c', ['']) as XmlElement), '&amp; <b>');
  });

  it('reports malformed and truncated documents instead of throwing', () => {
    for (const text of [
      '',
      'plain',
      '<a><b></a>',
      '<a>',
      '<a x="1" x="2"/>',
      '<a></a>junk',
      '<!DOCTYPE a [',
    ]) {
      const result = safeParseXml(text, 'https://feeds.example/');
      assert.equal(result.ok, false, text);
    }
    const hostile = safeParseXml(`<r>${'<a'.repeat(100_000)}`, 'https://feeds.example/');
    assert.ok(!hostile.ok && hostile.detail.length < 200, 'a message quoting the input is cut short');
    const truncated = safeParseXml('<rss><channel><item>', 'https://feeds.example/');
    assert.deepEqual(truncated, {
      ok: false,
      detail: 'it ends before its elements are closed; it may be truncated',
    });
  });
});

describe('decodeReferences', () => {
  it('decodes the five predefined entities and character references in one pass', () => {
    assert.equal(decodeReferences('&lt;&gt;&amp;&quot;&apos;&#65;&#x3042;&amp;lt;'), '<>&"\'Aあ&lt;');
  });

  it('leaves other references, including DOCTYPE-declared ones, as written', () => {
    assert.equal(decodeReferences('&lol; &nbsp; & &#xZZ;'), '&lol; &nbsp; & &#xZZ;');
  });

  it('turns references to impossible characters into U+FFFD', () => {
    assert.equal(decodeReferences('&#0;&#xD800;&#x110000;'), '\uFFFD\uFFFD\uFFFD');
  });
});

describe('safeParseXml on hostile prefixes', () => {
  it('reads an undeclared prefix that names an inherited property as undeclared', () => {
    const parsed = safeParseXml(
      '<rss><constructor:title>t</constructor:title></rss>',
      'https://feed.example/',
    );
    assert.ok(parsed.ok);
    const [child] = parsed.root.children;
    assert.ok(child !== undefined && typeof child !== 'string');
    assert.equal(child.namespace, 'urn:undeclared-prefix:constructor');
  });
});
