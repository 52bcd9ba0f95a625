import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// The direction of a comparison (YよりADJ, Yを上回る / 下回る), the vneg46 round (issue 9), on an
// invented page: a town's new snowplough compared with the one it replaces.

const PLOUGH = inventedDocument(
  'kazahaya-plough',
  '風早町 除雪車を更新',
  [
    '風早町は3日、町道の除雪に使う新しい除雪車「シラカバ」を導入したと発表した。',
    '町によると、シラカバは小回りがきくよう、これまでの「アオゾラ」より車体が一回り小さい。',
    '一度に運べる雪の量は、アオゾラの8トンを大きく下回る5トンだという。',
    '購入の費用は約4千万円で、国の補助を受けた。',
  ],
  { publishedAt: '2026-12-04T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

/** Whether the claim has a negation finding against the page. */
const negated = (page: Document, text: string): boolean =>
  errorsOf(text, page).some((error) => error.startsWith('support.negation'));

describe('the direction of a comparison against its standard', () => {
  it('flags a claim whose attributive degree word compares the other way (より…大きな)', () => {
    assert.ok(negated(PLOUGH, 'シラカバは、アオゾラより車体が大きな除雪車だ。'));
  });

  it('flags a claim whose adjective a verb of falling short answers (多い against 下回る)', () => {
    assert.ok(negated(PLOUGH, 'シラカバが一度に運べる雪の量は、アオゾラより多い。'));
  });

  it('lets a claim that compares the same way stand', () => {
    assert.ok(!negated(PLOUGH, 'シラカバは、アオゾラより車体が小さな除雪車だ。'));
    assert.ok(!negated(PLOUGH, 'シラカバが一度に運べる雪の量は、アオゾラを下回る。'));
  });

  it('needs the sentence that compares the other way to name what the claim compares', () => {
    assert.ok(!negated(PLOUGH, 'シラカバの購入の費用は、アオゾラより高い。'));
  });

  it('compares two adjectives only on one dimension (a smaller vehicle may carry more)', () => {
    const page = inventedDocument(
      'kazahaya-van',
      '風早町 配送車を更新',
      [
        '風早町の新しい配送車「ユキワリ」は、以前の配送車より一回り小さい。',
        'ユキワリには荷台の棚が増えた。',
      ],
      { publishedAt: '2026-12-04T09:00:00+09:00' },
    );
    assert.ok(!negated(page, 'ユキワリには、以前の配送車より多くの荷物が積める。'));
  });

  it('reads a denied comparison as saying neither way', () => {
    const page = inventedDocument(
      'kazahaya-cart',
      '風早町 除雪の台車',
      ['風早町の新しい台車「ハコベ」の荷台は、前の台車より広くはない。', '値段は前の台車と同じだという。'],
      { publishedAt: '2026-12-04T09:00:00+09:00' },
    );
    assert.ok(!negated(page, 'ハコベの荷台は、前の台車より狭い。'));
  });

  it('reads a share or a multiple of the standard as its direction (平年の半分にとどまった)', () => {
    const page = inventedDocument(
      'kazahaya-snowfall',
      '風早町 今冬の降雪',
      ['風早町の今冬の降雪量は、平年の半分ほどにとどまった。', '除雪車の出動は12回だった。'],
      { publishedAt: '2027-03-02T09:00:00+09:00' },
    );
    assert.ok(negated(page, '風早町の今冬の降雪量は、平年を上回った。'));
    assert.ok(!negated(page, '風早町の今冬の降雪量は、平年を下回った。'));
  });

  it('reads an English page’s comparison against the standard the claim names (dropped below)', () => {
    const page: Document = {
      ...inventedDocument(
        'kazahaya-nitrate',
        'Kazahaya well water safe again',
        [
          'Kazahaya’s waterworks office announced that nitrate in the town’s wells had dropped below the national upper limit.',
          'Households had been urged in March to boil the water until readings sank below that upper limit.',
        ],
        { publishedAt: '2027-05-08T09:00:00Z' },
      ),
      lang: 'en',
    };
    assert.ok(negated(page, '風早町は、井戸水の硝酸の値がまだ国の上限を上回っていると発表した。'));
    assert.ok(!negated(page, '風早町は、井戸水の硝酸の値が国の上限を下回ったと発表した。'));
  });

  it('reads no English comparison in a clause of condition or time to come (until … sinks below)', () => {
    const page: Document = {
      ...inventedDocument(
        'kazahaya-boil',
        'Kazahaya urges households to boil well water',
        [
          'Kazahaya’s waterworks office announced that households should boil well water until nitrate sinks below the national upper limit.',
        ],
        { publishedAt: '2027-04-09T09:00:00Z' },
      ),
      lang: 'en',
    };
    assert.ok(!negated(page, '風早町は、井戸水の硝酸の値がまだ国の上限を上回っていると発表した。'));
  });
});
