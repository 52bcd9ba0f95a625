import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// An act told of a thing the page says there is none of, the vneg40 round (issue 9), on invented
// pages: a ropeway whose cabin stopped over a valley with no passengers in it, and a ferry pier
// whose gangway slipped on a morning when no crossing was called off.

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
