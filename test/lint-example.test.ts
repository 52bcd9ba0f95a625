// The linter against the seed example (a real article full of the defects FORMAT.md lists) and
// against matome's own goldens, which must come out without errors in every format.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ArticleSchema } from '../src/domain/article.ts';
import { type Finding, isTextLocation, type TextLocation } from '../src/domain/report.ts';
import { renderArticle } from '../src/render/index.ts';
import { lintArticle } from '../src/verify/lint-article.ts';
import { lintText } from '../src/verify/lint-text.ts';
import { sharedData } from './support/shared-data.ts';

const REPO = join(import.meta.dirname, '..');
const seed = sharedData('seed/example-article.txt');
const EXAMPLE = seed.path;
const GOLDEN = join(REPO, 'test', 'golden');

const at = (finding: Finding): TextLocation => {
  assert.ok(isTextLocation(finding.location), `${finding.code} has no text location`);
  return finding.location;
};
const errors = (findings: Finding[]) =>
  findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.code}: ${finding.message}`);

describe('lintText on the seed example article', {
  skip: seed.skip,
}, () => {
  const text = existsSync(EXAMPLE) ? readFileSync(EXAMPLE, 'utf8') : '';
  const findings = lintText(text, 'txt');
  const covered = (finding: Finding) => {
    const { offset, length } = at(finding);
    return text.slice(offset, offset + length);
  };

  it('reports the literal undefined on line 2', () => {
    const leak = findings.find((finding) => finding.code === 'leak.undefined');
    assert.ok(leak);
    assert.equal(leak.severity, 'error');
    assert.deepEqual(at(leak), { line: 2, column: 1, offset: text.indexOf('\nundefined') + 1, length: 9 });
  });

  it('reports both URLs glued to the next sentence', () => {
    const glued = findings.filter((finding) => finding.code === 'url.glued');
    assert.deepEqual(
      glued.map((finding) => [at(finding).line, finding.severity, covered(finding)]),
      [
        [16, 'error', '非常に深刻な状況ですね。'],
        [30, 'error', '両国間の対立は、感情的な対立に発展しているようですね。'],
      ],
    );
    assert.match(
      glued[0]?.evidence ?? '',
      /^https:\/\/toyokeizai\.net\/articles\/-\/863731\?display=b非常に/,
    );
    assert.match(glued[1]?.evidence ?? '', /^https:\/\/www\.tokyo-np\.co\.jp\/article\/388964両国間/);
  });

  it('reports the second card, and only it, for its missing 公開日', () => {
    const missing = findings.filter((finding) => finding.code === 'card.missing-date');
    assert.deepEqual(
      missing.map((finding) => at(finding).line),
      [27],
    );
    assert.match(missing[0]?.message ?? '', /Source card \(lines 27–30\) has no 公開日 line/);
  });

  it('reports the paragraphs about the defence secretary as body text with no source card', () => {
    const uncarded = findings.filter((finding) => finding.code === 'body.uncarded');
    assert.equal(uncarded.length, 1);
    const block = covered(uncarded[0] as Finding);
    assert.match(block, /ヘグセス国防長官/);
    assert.match(block, /厳しい現実を受け入れざるを得ない状況となっています。$/);
    // The second source's own paragraphs and the reader's question after the block are not in it.
    assert.doesNotMatch(block, /今回の会談決裂を受け/);
    assert.doesNotMatch(block, /頼るしかないのでしょうか/);
    assert.equal(at(uncarded[0] as Finding).line, 38);
  });

  it('finds its card structure and points otherwise complete', () => {
    const other = findings.filter(
      (finding) =>
        !['leak.undefined', 'url.glued', 'card.missing-date', 'body.uncarded'].includes(finding.code),
    );
    assert.deepEqual(other, []);
  });
});

describe('lint on matome’s own goldens', () => {
  const clusters = readdirSync(GOLDEN)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();

  it('has goldens to check', () => {
    assert.ok(clusters.length >= 4);
  });

  for (const cluster of clusters) {
    const article = ArticleSchema.parse(JSON.parse(readFileSync(join(GOLDEN, `${cluster}.json`), 'utf8')));

    it(`finds no errors in test/golden/${cluster}.txt`, () => {
      assert.deepEqual(errors(lintText(readFileSync(join(GOLDEN, `${cluster}.txt`), 'utf8'), 'txt')), []);
    });

    it(`finds no errors in the Article test/golden/${cluster}.json`, () => {
      assert.deepEqual(errors(lintArticle(article)), []);
    });

    it(`finds no errors in the HTML rendering of ${cluster}`, () => {
      assert.deepEqual(errors(lintText(renderArticle(article, 'html'), 'html')), []);
    });

    it(`finds no errors in the Markdown rendering of ${cluster}`, () => {
      assert.deepEqual(errors(lintText(renderArticle(article, 'md'), 'md')), []);
    });
  }
});
