import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// Phases of the vneg39 round (issue 9), on invented pages: a cape's lamp room closed after its
// window broke (a phase verb compounded after a verb: 公開し続けた), and a hill's chair lift stopped
// after a pulley was stolen (the activity stopped in a sentence the claim does not align to, with a
// resumption only foreseen).

const LAMP = inventedDocument(
  'misaki',
  '岬の灯台で窓ガラス割れる 灯室を閉鎖',
  [
    '汐越岬の灯台で10日、強風で灯室の窓ガラスが割れた。',
    '灯台を管理する岬の会は、窓ガラスが割れたため、灯室を閉鎖した。',
  ],
  { publishedAt: '2026-03-11T09:00:00+09:00' },
);

const lift = (second: string): Document =>
  inventedDocument(
    'kazakoshi',
    '観光リフトの滑車盗まれる',
    ['風越高原の観光リフトで、座席をつるす滑車が盗まれていたことが8日、わかった。', second],
    { publishedAt: '2026-06-09T09:00:00+09:00' },
  );
const STOPPED = lift('運営会社によると、観光リフトは運転を止めており、運転再開の時期は未定だという。');
const RESUMED = lift('運営会社によると、観光リフトは運転を止めていたが、9日に運転を再開した。');

const errorsOf = describedErrorsAgainstOne();

/** Whether the claim has a negation finding against the page. */
const negated = (page: Document, text: string): boolean =>
  errorsOf(text, page).some((error) => error.startsWith('support.negation'));

describe("a phase verb after a verb (公開し続ける) keeps that verb's object going", () => {
  it('flags a claim that the place was kept open where the page closes it', () => {
    assert.ok(negated(LAMP, '窓ガラスが割れた後も、岬の会は灯室を公開し続けた。'));
  });

  it('leaves the closing told as the page tells it', () => {
    assert.ok(!negated(LAMP, '窓ガラスが割れたため、岬の会は灯室を閉鎖した。'));
  });
});

describe('the activity kept going, stopped in another sentence naming the topic', () => {
  it('flags it where the resumption is only foreseen (再開の時期は未定)', () => {
    assert.ok(negated(STOPPED, '風越高原の観光リフトは、滑車が盗まれた後も運転を続けている。'));
  });

  it('leaves it where the page tells the resumption done', () => {
    assert.ok(!negated(RESUMED, '風越高原の観光リフトは、滑車が盗まれた後も運転を続けている。'));
  });
});
