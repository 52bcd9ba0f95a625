import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMarkdownProblems } from './lint-markdown.ts';

const problems = (source: string) =>
  findMarkdownProblems(source).map(
    (hit) => `${hit.code}@${hit.offset}:${source.slice(hit.offset, hit.offset + hit.length)}`,
  );

describe('findMarkdownProblems', () => {
  it('reports a code fence that is never closed, at the opening fence', () => {
    assert.deepEqual(problems('本文\n\n```js\nconst a = 1;\n'), ['markdown.fence@4:```js']);
  });

  it('accepts closed fences, including longer closing fences and tildes', () => {
    assert.deepEqual(problems('```\na\n```\n\n~~~~\nb\n~~~~~\n'), []);
  });

  it('reports a link whose destination is never closed', () => {
    assert.deepEqual(problems('さらに読む ⇒[東京新聞](https://a.example/x'), [
      'markdown.link@7:[東京新聞](https://a.example/x',
    ]);
  });

  it('accepts complete links, escaped brackets and brackets in code', () => {
    assert.deepEqual(
      problems('[a](<https://a.example/x (1)>) [b](https://b.example/(c)) \\[c\\](d `[e](f`'),
      [],
    );
  });

  it('reports ** left open in a paragraph', () => {
    assert.deepEqual(problems('**Q. 何が起きた?\n\n次の段落'), ['markdown.emphasis@0:**']);
  });

  it('accepts balanced, escaped and code-span asterisks, list markers and rules', () => {
    assert.deepEqual(problems('**Q. 何が起きた?**\n\n\\*\\*注\\*\\* と `**`\n\n* 項目\n\n***\n'), []);
  });

  it('treats each list item as its own paragraph', () => {
    assert.deepEqual(problems('- **一つ目\n- 二つ目**'), [
      'markdown.emphasis@2:**',
      'markdown.emphasis@13:**',
    ]);
  });

  it('ignores problems inside fenced code', () => {
    assert.deepEqual(problems('```\n**open [a](b\n```\n'), []);
  });
});
