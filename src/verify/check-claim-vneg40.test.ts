import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// An act told of a thing the page says there is none of, the vneg40 round (issue 9), on invented
// pages: a ropeway whose cabin stopped over a valley with no passengers in it, and a ferry pier
// whose gangway slipped on a morning when no crossing was called off; and a bell tower whose rope
// the rules say must be checked each morning, which was not checked that morning.

const ROPEWAY = inventedDocument(
  'kiriyama',
  '霧山ロープウエー 搬器が谷の上で停止',
  [
    '霧山町の霧山ロープウエーで3日朝、試運転中の搬器が谷の上で約40分止まった。',
    '運営会社によると、試運転のため搬器に乗客はおらず、谷の下にも民家はなかった。',
    '同社は、滑車の点検で傷は見つからなかったとしている。',
  ],
  { publishedAt: '2026-04-03T18:00:00+09:00' },
);

const PIER = inventedDocument(
  'shiomachi',
  '潮待港で渡り板ずれる',
  ['潮待港の桟橋で9日朝、フェリーの渡り板が岸壁からずれ、出航が約1時間遅れた。', '運休した便はなかった。'],
  { publishedAt: '2026-05-09T15:00:00+09:00' },
);

const TOWER = inventedDocument(
  'kanenari',
  '鐘楼の綱切れる 朝の点検せず',
  [
    '鐘鳴寺の鐘楼で11日朝、鐘をつく綱が切れた。',
    '寺の決まりは、鐘をつく前に綱の傷みを確かめるよう定めていたが、この朝は確かめていなかった。',
  ],
  { publishedAt: '2026-08-11T12:00:00+09:00' },
);

const RULE_ONLY = inventedDocument(
  'kanenari-rule',
  '鐘楼の点検の決まり',
  ['寺の決まりは、鐘をつく前に綱の傷みを確かめるよう定めている。'],
  { publishedAt: '2026-08-12T12:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

/** Whether the claim has a negation finding against the page. */
const negated = (page: Document, text: string): boolean =>
  errorsOf(text, page).some((error) => error.startsWith('support.negation'));

describe('an act affirmed of a thing the aligned sentence says there is none of', () => {
  it('flags the subject of an act the page never tells, denied in the clause’s own sentence', () => {
    assert.ok(negated(ROPEWAY, '搬器が止まった谷の下には、民家が点在していた。'));
    assert.ok(negated(ROPEWAY, '谷の上で、搬器の乗客が取り残された。'));
  });

  it('flags the object of such an act', () => {
    assert.ok(negated(ROPEWAY, '運営会社は滑車の点検で傷を指摘された。'));
  });

  it('flags a part of a whole whose doing of the very act the page denies', () => {
    assert.ok(negated(PIER, '渡り板がずれたため、フェリーの便の一部が運休した。'));
  });

  it('leaves what the page tells, and the act of a thing it does not deny', () => {
    assert.ok(!negated(ROPEWAY, '試運転中の搬器が、谷の上で約40分止まった。'));
    assert.ok(!negated(ROPEWAY, '谷の下に民家はなかった。'));
    assert.ok(!negated(PIER, '渡り板がずれたため、フェリーの出航が約1時間遅れた。'));
  });

  it('leaves a hedged or conditional act', () => {
    assert.ok(!negated(ROPEWAY, '谷の下に民家が建つ予定だ。'));
  });
});

describe('an act the source only requires, beside the act itself told in the same sentence', () => {
  it('flags a claim that tells the act done where the sentence denies it, past the requirement', () => {
    assert.ok(negated(TOWER, 'この朝、寺は鐘をつく前に綱の傷みを確かめていた。'));
  });

  it('leaves the requirement and the denial told as the page tells them', () => {
    assert.ok(!negated(TOWER, '寺の決まりは、鐘をつく前に綱の傷みを確かめるよう定めていた。'));
    assert.ok(!negated(TOWER, 'この朝、寺は綱の傷みを確かめていなかった。'));
  });

  it('leaves a claim against a page that tells the requirement only', () => {
    assert.ok(!negated(RULE_ONLY, '寺は鐘をつく前に綱の傷みを確かめていた。'));
  });
});
