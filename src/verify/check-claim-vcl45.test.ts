import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Polarity readings of the vcl45 round (issue 9), on invented pages: a fisher who had never seen so
// large a fish (the experiential 〜たことがない), and a town asking people not to go near a deer nor
// feed it (a 〜たり〜たりしない list, every member denied by the する that closes it).

const FISH = inventedDocument(
  'kurenuma-fish',
  '楪崎港の定置網に巨大なマンボウ',
  [
    '楪崎港の定置網に7日、体長2メートルを超えるマンボウがかかった。',
    '網を上げた漁船の榑沼楪船長（58）は「30年漁をしているが、これほど巨大なマンボウは今まで見たことがない」と目を丸くした。',
  ],
  { publishedAt: '2026-05-08T09:00:00+09:00' },
);

const DEER = inventedDocument(
  'hazama-deer',
  '狭間町の住宅街にシカ',
  [
    '狭間町の住宅街で9日、野生のシカ1頭が相次いで目撃された。',
    '町の係は「シカを見ても寄らず、食べ物も投げないように」と住民に頼んだ。',
  ],
  { publishedAt: '2026-05-10T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

/** Whether the claim has a negation finding against the page. */
const negated = (page: Parameters<typeof errorsOf>[1], text: string): boolean =>
  errorsOf(text, page).some((error) => error.startsWith('support.negation'));

describe('the experiential 〜たことがなく in a claim, against 〜たことがない in the page', () => {
  it('keeps the denial told with the continuative なく', () => {
    assert.ok(
      !negated(FISH, '榑沼船長は、30年漁をしていてもこれほど巨大なマンボウは見たことがなく、目を丸くした。'),
    );
  });

  it('keeps the denial told with a word of "even once" (一度も)', () => {
    assert.ok(!negated(FISH, '榑沼船長は、これほど巨大なマンボウは一度も見たことがないと目を丸くした。'));
  });

  it('flags the act told as seen before', () => {
    assert.ok(negated(FISH, '榑沼船長は、これほど巨大なマンボウを以前にも見たと目を丸くした。'));
  });
});

describe('a 〜たり〜たりしない list in a claim, against acts the page asks not to be done', () => {
  it('keeps a request that denies every member of the list', () => {
    assert.ok(!negated(DEER, '町は住民に、シカに寄ったり食べ物を投げたりしないよう頼んだ。'));
  });

  it('flags the members told as done', () => {
    assert.ok(negated(DEER, '住民はシカに寄ったり食べ物を投げたりした。'));
  });
});
