import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// An embedded question left open (…かどうかを調べている) of the vcl45 round (issue 9), on an invented
// page: a flamingo caught in a park pond, and whether it is the one that left the zoo still asked in
// the next sentence, whose subject is the one before's.

const BIRD = inventedDocument(
  'tokiwa-bird',
  '常葉公園の池でフラミンゴを捕獲',
  [
    '常葉市は5日午後、常葉公園の池に設けたわなで、同日朝に若いフラミンゴ1羽を捕獲したと発表した。市の動物園から逃げ出したフラミンゴかどうかを調べている。',
  ],
  { publishedAt: '2026-07-06T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

/** Whether the claim has a negation finding against the page. */
const settlesOpen = (text: string): boolean =>
  errorsOf(text, BIRD).some((error) => error.startsWith('support.negation'));

describe('an embedded question leaves open only what it asks', () => {
  it('keeps the catch told in other words, which the question does not ask about', () => {
    assert.ok(!settlesOpen('常葉市は5日、常葉公園の池のわなで若いフラミンゴを1羽捕まえたと発表した。'));
    assert.ok(!settlesOpen('フラミンゴがわなにかかったのは5日の朝だった。'));
  });

  it('flags the asked matter told as settled', () => {
    assert.ok(settlesOpen('常葉市は、わなのフラミンゴが動物園から逃げ出したと確かめた。'));
  });
});
