import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitMarkdown } from './split-markdown.ts';

describe('splitMarkdown', () => {
  it('takes a setext heading as the headline and keeps code and snake_case text as written', () => {
    const markdown = [
      '港の再開発',
      '==========',
      '',
      '計画名は harbor_plan_2025 と呼ばれる。[詳細][plan]は市のサイトにある。',
      '',
      '[plan]: https://minato.example/plan',
      '',
      '```',
      'total = 12 * 100',
      '```',
      '',
      '| 年度 | 予算 |',
      '| --- | --- |',
      '| 2025 | 12億円 |',
      '',
      '***',
      '末尾の段落。',
    ].join('\n');
    assert.deepEqual(splitMarkdown(markdown), {
      title: '港の再開発',
      paragraphs: [
        '計画名は harbor_plan_2025 と呼ばれる。詳細は市のサイトにある。',
        'total = 12 * 100',
        '年度 予算 2025 12億円',
        '末尾の段落。',
      ],
    });
  });

  it('prefers the front matter title and reads its date and author', () => {
    const markdown = '---\ntitle: "桟橋の改修"\ndate: 2025-03-11\nauthor: 浜辺一郎\n---\n\n本文。';
    assert.deepEqual(splitMarkdown(markdown), {
      title: '桟橋の改修',
      paragraphs: ['本文。'],
      date: '2025-03-11',
      author: '浜辺一郎',
    });
  });
});
