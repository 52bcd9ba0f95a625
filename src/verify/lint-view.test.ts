import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLocator } from './lint-locate.ts';
import { createTextView } from './lint-view.ts';

/** The input text behind a view range. */
function sourceOf(input: string, format: 'md' | 'html', find: string): string {
  const view = createTextView(input, format);
  const at = view.text.indexOf(find);
  assert.ok(at >= 0, `"${find}" not in view ${JSON.stringify(view.text)}`);
  const range = view.toSource(at, find.length);
  return input.slice(range.offset, range.offset + range.length);
}

describe('createTextView', () => {
  it('shows plain text as it is', () => {
    const view = createTextView('a\nb', 'txt');
    assert.equal(view.text, 'a\nb');
    assert.deepEqual(view.toSource(2, 1), { offset: 2, length: 1 });
  });

  it('resolves Markdown escapes and maps them back to the escaped source', () => {
    const input = '見出し \\[object Object\\] と \\*注\\*';
    const view = createTextView(input, 'md');
    assert.equal(view.text, '見出し [object Object] と *注*');
    assert.equal(sourceOf(input, 'md', '[object Object]'), '\\[object Object\\]');
  });

  it('shows the text of HTML elements, one line per block, without scripts, styles or the title', () => {
    const input =
      '<html><head><title>題</title><style>p{color:red}</style></head><body><h1>見出し</h1><p>本文<b>太字</b>です<br>次行</p><script>var undefined;</script></body></html>';
    const lines = createTextView(input, 'html')
      .text.split('\n')
      .filter((line) => line !== '');
    assert.deepEqual(lines, ['見出し', '本文太字です', '次行']);
  });

  it('decodes entities and maps each decoded character to its entity', () => {
    const input = '<p>A&amp;B &lt;placeholder&gt; &#x4E21;&#22269;</p>';
    const view = createTextView(input, 'html');
    assert.match(view.text, /A&B <placeholder> 両国/);
    assert.equal(sourceOf(input, 'html', '<placeholder>'), '&lt;placeholder&gt;');
    assert.equal(sourceOf(input, 'html', '両国'), '&#x4E21;&#22269;');
  });

  it('keeps unknown entities and stray "<" as text, and survives unclosed tags and comments', () => {
    assert.match(createTextView('<p>a &unknown; b < c</p>', 'html').text, /a &unknown; b < c/);
    assert.doesNotThrow(() => createTextView('<p class="x>y', 'html'));
    assert.equal(createTextView('before<!-- never closed', 'html').text, 'before');
  });

  it('steps over ">" inside quoted attribute values, and only there', () => {
    assert.equal(createTextView('<a title="a>b">リンク</a>', 'html').text, 'リンク');
    assert.equal(createTextView("<a title = 'a>b' data-x=it's>リンク</a>", 'html').text, 'リンク');
  });

  it('reports reasoning and placeholder elements, which the page does not show', () => {
    const input = '<p>本文</p><think>考え中</think><placeholder></placeholder>';
    const hits = createTextView(input, 'html').hits.map((hit) => `${hit.code} ${hit.evidence}`);
    assert.deepEqual(hits, [
      'leak.reasoning <think>',
      'leak.reasoning </think>',
      'leak.placeholder <placeholder>',
      'leak.placeholder </placeholder>',
    ]);
  });
});

describe('createLocator', () => {
  it('gives 1-based lines and columns for \\n, \\r\\n and \\r line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const locate = createLocator(text);
    assert.deepEqual(locate(0, 1), { line: 1, column: 1, offset: 0, length: 1 });
    assert.deepEqual(locate(4, 1), { line: 2, column: 2, offset: 4, length: 1 });
    assert.deepEqual(locate(7, 2), { line: 3, column: 1, offset: 7, length: 2 });
    assert.deepEqual(locate(10, 2), { line: 4, column: 1, offset: 10, length: 2 });
  });

  it('keeps locations inside the text', () => {
    assert.deepEqual(createLocator('abc')(5, 4), { line: 1, column: 4, offset: 3, length: 0 });
  });
});

describe('createTextView on hostile entity names', () => {
  it('leaves a reference that names an inherited property (&constructor;) as written', () => {
    assert.equal(
      createTextView('<p>本文 &constructor; 続き</p>', 'html').text.trim(),
      '本文 &constructor; 続き',
    );
  });
});
