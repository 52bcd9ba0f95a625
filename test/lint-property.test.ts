// Properties of the linter: on any text (any format) and on any valid Article it terminates
// without throwing, its findings are well-formed, and every location points inside the input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Article } from '../src/domain/article.ts';
import { type Finding, FindingSchema, isTextLocation } from '../src/domain/report.ts';
import { renderArticle } from '../src/render/index.ts';
import { lintArticle } from '../src/verify/lint-article.ts';
import { lintText } from '../src/verify/lint-text.ts';
import { articleArbitrary } from './support/article-factory.ts';

const FORMATS = ['txt', 'md', 'html'] as const;

/** Line and column of `offset` by a plain scan: line breaks (\r\n, \n, \r) that end at or before it. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const end = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
    if ((text[i] === '\n' || text[i] === '\r') && end <= offset) {
      line++;
      lineStart = end;
    }
    if (end > i + 1) i++;
  }
  return { line, column: offset - lineStart + 1 };
}

function assertLocatedInside(text: string, findings: Finding[]): void {
  for (const finding of findings) {
    FindingSchema.parse(finding);
    assert.ok(isTextLocation(finding.location), `${finding.code} has a path location in a text`);
    const { offset, length, line, column } = finding.location;
    assert.ok(offset + length <= text.length, `${finding.code} ends past the text`);
    assert.deepEqual({ line, column }, lineAndColumn(text, offset), `${finding.code} at ${offset}`);
  }
}

// Pieces that exercise every check: markers and card labels, leak tokens, URLs, Markdown and HTML
// syntax, entities, all line breaks, Japanese, astral characters and lone surrogates.
const piece = fc.oneof(
  fc.constantFrom(
    ...['💡 ', '✅ ', '公開日:2025/01/01', '公開日', '公開日不明', 'さらに読む ⇒', '出典: ', '出典/画像元: '],
    ...['https://a.example/x?y=1', 'file:///tmp/a', 'undefined', 'null', 'NaN', 'None', '[object Object]'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template leak as input
    ...['{{x}}', '${x}', 'TODO', 'XXX', '〇〇', '二〇〇', '（ここに', 'を挿入]', '以下は', 'です。', 'ね。'],
    ...[
      '今回の記事では',
      'なるほど、',
      '> ',
      '>',
      '# ',
      '- ',
      '* ',
      '```',
      '~~~',
      '**',
      '*',
      '[',
      ']',
      '(',
      ')',
    ],
    ...[
      '](',
      '\\',
      '`',
      '<p>',
      '</p>',
      '<br>',
      '<script>',
      '</script>',
      '<think>',
      '<!--',
      '-->',
      '<a href="',
    ],
    ...['"', "'", '&amp;', '&#20001;', '&#x1F4A1;', '&#0;', '&unknown;', '&', '<', '>', '\n', '\r\n', '\r'],
    ...[
      '\n\n',
      ' ',
      '\t',
      '　',
      'あ',
      '漢字',
      'カタカナ',
      '。',
      '、',
      '「',
      '」',
      'word',
      '😀',
      '\ud800',
      '\udc00',
    ],
  ),
  fc.string({ maxLength: 8 }),
);
const randomText = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));

describe('lint properties', () => {
  it('lints any text in any format without throwing, with every location inside the text', () => {
    fc.assert(
      fc.property(randomText, fc.constantFrom(...FORMATS), (text, format) => {
        assertLocatedInside(text, lintText(text, format));
      }),
      { numRuns: 300 },
    );
  });

  it('lints any text of full Unicode the same way', () => {
    const anyUnits = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    });
    fc.assert(
      fc.property(anyUnits, fc.constantFrom(...FORMATS), (text, format) => {
        assertLocatedInside(text, lintText(text, format));
      }),
      { numRuns: 200 },
    );
  });

  it('lints any valid Article with paths that name a field of it', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        for (const finding of lintArticle(article)) {
          FindingSchema.parse(finding);
          assert.ok('path' in finding.location, `${finding.code} has a text location on an Article`);
          const value = resolve(article, finding.location.path);
          assert.notEqual(value, undefined, `${finding.location.path} names no field`);
          if (
            typeof value === 'string' &&
            finding.evidence !== undefined &&
            finding.code.startsWith('leak.')
          ) {
            assert.ok(value.includes(finding.evidence), `${finding.evidence} not in ${value}`);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('lints every rendering of any valid Article with locations inside it', () => {
    fc.assert(
      fc.property(articleArbitrary, fc.constantFrom(...FORMATS), (article, format) => {
        const text = renderArticle(article, format);
        assertLocatedInside(text, lintText(text, format));
      }),
      { numRuns: 100 },
    );
  });
});

/** The value at a path such as `sections[0].card.summary[1].text`. */
function resolve(article: Article, path: string): unknown {
  let value: unknown = article;
  for (const [, name, index] of path.matchAll(/\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[name ?? (index as string)];
  }
  return value;
}
