// The verifier against the seed example (../shared/seed, FORMAT.md) with the two stand-in sources
// in test/fixtures/seed-sources: the defects FORMAT.md lists under 4, 6 and 7 must be reported,
// each at its line.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Document } from '../src/domain/document.ts';
import { type Finding, isTextLocation, type Report } from '../src/domain/report.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { verifyText } from '../src/verify/verify-text.ts';
import { sharedData } from './support/shared-data.ts';

const REPO = join(import.meta.dirname, '..');
const seed = sharedData('seed/example-article.txt');
const EXAMPLE = seed.path;
const SOURCES = ['us-europe-nato.html', 'us-ukraine-summit.html'].map((file) =>
  join(REPO, 'test', 'fixtures', 'seed-sources', file),
);

describe('verifyText on the seed example with its stand-in sources', {
  skip: seed.skip,
}, () => {
  const text = existsSync(EXAMPLE) ? readFileSync(EXAMPLE, 'utf8') : '';
  const lines = text.split('\n');
  let report: Report;
  let documents: Document[];
  before(async () => {
    documents = [];
    for (const file of SOURCES)
      documents.push(extractDocument(await readSource(file), { id: `s${documents.length + 1}` }));
    report = verifyText(text, documents, await createTokenizer());
  });
  /** "code@line" of the error findings, and the text each covers. */
  const errorsOn = (line: number) =>
    report.findings.filter(
      (finding) =>
        finding.severity === 'error' && isTextLocation(finding.location) && finding.location.line === line,
    );
  const covered = (finding: Finding) =>
    isTextLocation(finding.location)
      ? text.slice(finding.location.offset, finding.location.offset + finding.location.length)
      : '';

  it('binds both cards to the stand-in sources by their URLs', () => {
    assert.equal(documents[0]?.url, 'https://toyokeizai.net/articles/-/863731?display=b');
    assert.equal(documents[1]?.url, 'https://www.tokyo-np.co.jp/article/388964');
  });

  it('blocks the article', () => {
    assert.equal(report.verdict, 'blocked');
  });

  it('reports トランプ前大統領 on line 38 as contradicting the 大統領 of line 13 and of the sources', () => {
    assert.equal(lines[37]?.startsWith('トランプ前大統領'), true);
    const found = errorsOn(38);
    const contradiction = found.find((finding) => finding.code === 'role.contradiction');
    assert.ok(contradiction, JSON.stringify(found));
    assert.equal(covered(contradiction), 'トランプ前大統領');
    assert.match(contradiction.message, /前大統領 here but 大統領 at line 13/);
    assert.ok(found.some((finding) => finding.code === 'role.mismatch'));
  });

  it('reports the hook answer 「不可能」 (line 9) as a claim the source attributes to Zelensky', () => {
    assert.equal(lines[8], '不可能');
    const found = errorsOn(9);
    assert.deepEqual(
      found.map((finding) => [finding.code, covered(finding)]),
      [['support.attribution', '不可能']],
    );
    assert.match(found[0]?.message ?? '', /ゼレンスキー大統領/);
  });

  it('reports each closing 💡 point as stronger than its sources', () => {
    const closing = (line: number) => errorsOn(line).map((finding) => `${finding.code} ${covered(finding)}`);
    assert.equal(lines[43], '💡 米欧関係は、修復不可能なまでに悪化している。');
    assert.deepEqual(closing(44), ['support.attribution 修復不可能']);
    assert.equal(lines[44], '💡 NATO同盟の崩壊が現実味を帯びてきた。');
    // 現実味を帯びてきた: no source says the collapse is becoming real (the claim checker's predicate
    // check), and no source has 現実味 or 帯びる at all (a clause of unbacked words: support.addition).
    assert.deepEqual(closing(45), [
      'support.addition NATO同盟の崩壊が現実味を帯びてきた。',
      'support.modality 同盟の崩壊',
      'support.predicate 帯び',
    ]);
    assert.match(lines[45] ?? '', /^💡 ウクライナは、アメリカの支援が途絶えた/);
    assert.deepEqual(closing(46), ['support.condition 途絶え', 'support.modality 不利な立場に立たさ']);
  });

  it('finds nothing to support the uncarded block about the defence secretary (lines 39–41)', () => {
    for (const line of [39, 40, 41]) {
      const codes = errorsOn(line).map((finding) => finding.code);
      assert.ok(codes.includes('support.coverage'), `line ${line}: ${codes.join(',')}`);
    }
    assert.ok(errorsOn(39).some((finding) => finding.evidence === 'ヘグセス'));
  });

  it('passes the faithful sentences: no error on the lead points, the first card or the first body', () => {
    for (const line of [1, 3, 4, 5, 7, 8, 13, 14, 15, 18, 19, 27, 28, 29, 31, 32, 33, 34, 35, 36, 37])
      assert.deepEqual(
        errorsOn(line).map((finding) => finding.message),
        [],
        `line ${line}: ${lines[line - 1]}`,
      );
  });
});
