import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FindingSchema } from '../domain/report.ts';
import { lintText } from './lint-text.ts';

describe('lintText', () => {
  it('reports findings with line, column, offset and length in the input', () => {
    const text = '見出し\n値はundefinedです';
    const [finding, ...rest] = lintText(text, 'txt');
    assert.equal(rest.length, 0);
    assert.deepEqual(FindingSchema.parse(finding), {
      code: 'leak.undefined',
      severity: 'error',
      location: { line: 2, column: 3, offset: 6, length: 9 },
      message: 'Literal "undefined" where a value was missing; leave the part out or say that it is unknown',
      evidence: 'undefined',
      params: { text: 'undefined', severity: 'error' },
    });
  });

  it('locates findings in HTML at the source text, entity included', () => {
    const html =
      '<!doctype html>\n<main>\n  <p>出典: https://a.example/1&#20001;国間の対立は深まる。</p>\n</main>';
    const [finding] = lintText(html, 'html');
    assert.equal(finding?.code, 'url.glued');
    assert.ok(finding && 'line' in finding.location);
    assert.equal(finding.location.line, 3);
    const { offset, length } = finding.location;
    assert.equal(html.slice(offset, offset + length), '&#20001;国間の対立は深まる。');
  });

  it('checks Markdown syntax only in Markdown', () => {
    const text = '**太字が閉じていない\n';
    assert.deepEqual(
      lintText(text, 'md').map((finding) => finding.code),
      ['markdown.emphasis'],
    );
    assert.deepEqual(lintText(text, 'txt'), []);
  });

  it('sorts findings by where they are', () => {
    const text = 'null\nundefined\nNaN';
    assert.deepEqual(
      lintText(text, 'txt').map((finding) => finding.code),
      ['leak.null', 'leak.undefined', 'leak.nan'],
    );
  });
});
