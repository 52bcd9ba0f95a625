import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vpara46 round (faithful paraphrases the predicate check rejected). Invented page: a
// water main that burst under a shopping street of an invented town.

const errorsOf = describedErrorsAgainstOne();

const MAIN = inventedDocument(
  'w',
  '楢芝町の商店街で水道管破裂、道路が冠水',
  [
    '楢芝町の商店街で4日朝、地下の水道管が破裂し、商店街の道路が冠水した。',
    '町水道課が破裂の原因を調べている。',
    '町は古い水道管の配置を見直す。',
  ],
  { publishedAt: '2026-11-04T18:00:00+09:00' },
);

const predicateErrors = (claim: string) =>
  errorsOf(claim, MAIN).filter((line) => line.startsWith('support.predicate:'));

describe('checkPredicates: a light verb performing a native verb’s noun form says that verb (vpara46)', () => {
  it('reads 調べを進めている as the source’s 調べている', () => {
    assert.deepEqual(predicateErrors('町水道課が調べを進めている。'), []);
  });

  it('reads 見直しを行う as the source’s 見直す', () => {
    assert.deepEqual(predicateErrors('町は配置の見直しを行う。'), []);
  });

  it('still flags a noun form of a verb no source says', () => {
    assert.match(predicateErrors('町水道課が聞き取りを進めている。').join('\n'), /「進め」/u);
  });
});

const FALL = inventedDocument(
  'f',
  '榎坂市の駅で階段の手すり外れる',
  ['榎坂市の駅で5日夕、階段の手すりが外れ、つかまっていた30代の女性が手首に軽いけがをした。'],
  { publishedAt: '2026-11-05T21:00:00+09:00' },
);

const fallPredicateErrors = (claim: string) =>
  errorsOf(claim, FALL).filter((line) => line.startsWith('support.predicate:'));

describe('checkPredicates: a kana noun with する the dictionary reads as a verb in す (vpara46)', () => {
  it('reads 女性が手首をけがした (けがす to the dictionary) as the source’s けがをした', () => {
    assert.deepEqual(fallPredicateErrors('女性が手首をけがした。'), []);
  });

  it('still flags a kana verb whose noun no source says', () => {
    assert.match(fallPredicateErrors('女性が手首をいためた。').join('\n'), /「いため」/u);
  });
});
