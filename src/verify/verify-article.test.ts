import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFigures, extractRoles } from './verify-article.ts';
import { verdictOf } from './verify-report.ts';

describe('extractFigures', () => {
  it('normalises full-width digits and separators and keeps 万/億 and the unit', () => {
    assert.deepEqual(extractFigures('約１，２００人、約1万2000トン、3200億円、1.7倍').numbers, [
      '1200人',
      '1万2000トン',
      '3200億円',
      '1.7倍',
    ]);
  });

  it('reads dates apart from numbers and does not cut 365日 into 65日', () => {
    const figures = extractFigures('2025年6月17日に発表し、24時間365日受け入れる。');
    assert.deepEqual(figures.dates, ['2025年6月17日']);
    assert.deepEqual(figures.numbers, ['24時間', '365']);
  });
});

describe('extractRoles', () => {
  it('splits a name from its role, keeping prefixes such as 前 and 副 with the role', () => {
    assert.deepEqual(extractRoles('村井直人理事長、トランプ前大統領、千葉正和副市長'), [
      ['村井直人', '理事長'],
      ['トランプ', '前大統領'],
      ['千葉正和', '副市長'],
    ]);
  });
});

describe('verdictOf', () => {
  const at = { path: 'title' };
  it('blocks on any error, asks for review on warnings alone, and passes otherwise', () => {
    const warning = { code: 'support.coverage', severity: 'warning' as const, location: at, message: 'm' };
    const error = { ...warning, severity: 'error' as const };
    assert.equal(verdictOf([warning, error]), 'blocked');
    assert.equal(verdictOf([warning]), 'needs_review');
    assert.equal(verdictOf([]), 'publishable');
  });
});
