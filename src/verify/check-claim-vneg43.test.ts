import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// A speaker's conviction in their own words (「…売れるはずだ」) against a claim that reports that
// speaker's view, the vneg43 round (issue 9), on an invented page: a potter's workshop flooded, and a
// professor quoted on whether the muddied bowls will sell.

const KILN = inventedDocument(
  'tsurumi-gama',
  '鶴見窯の作業場が浸水 器に泥',
  [
    '千草町の鶴見窯で12日夜、大雨で作業場が浸水し、焼き上げた茶わんなど約200点が泥をかぶった。',
    '陶芸に詳しい宇喜多久仁子教授は「泥は洗えば落ちる。茶わんの多くは元どおり売れるはずだ」と語った。',
    '窯元の組合によると、次の窯出しは来月になるという。',
  ],
  { publishedAt: '2026-06-13T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

/** Whether the claim has a negation finding against the page. */
const negated = (page: Document, text: string): boolean =>
  errorsOf(text, page).some((error) => error.startsWith('support.negation'));

describe('a speaker’s conviction (はずだ in their own words) against a reported view', () => {
  it('flags a reported view that denies what the speaker is sure of', () => {
    assert.ok(negated(KILN, '宇喜多教授は、泥をかぶった茶わんの多くは売れないとの見方を示した。'));
    assert.ok(negated(KILN, '宇喜多教授は、茶わんの多くは売れないだろうと話した。'));
  });

  it('lets a reported view that agrees with the conviction stand', () => {
    assert.ok(!negated(KILN, '宇喜多教授は、泥をかぶった茶わんの多くは元どおり売れるとの見方を示した。'));
  });

  it('still reads an unreported claim of what happened as unanswered by an expectation', () => {
    assert.ok(!negated(KILN, '泥をかぶった茶わんの多くは売れなかった。'));
  });
});

// An act considered and then given up, the verb of not doing with its object unsaid: a pier the
// fishing co-op thought of extending.
const PIER = inventedDocument(
  'ebisu-ko',
  '戎港の桟橋 延長見送り',
  [
    '戎港の漁協は、老朽化した桟橋を約20メートル延ばすことも考えたが、潮の流れが変わるとして見送った。',
    '漁協は代わりに、桟橋の床板を張り替える。',
  ],
  { publishedAt: '2026-07-02T12:00:00+09:00' },
);

describe('an act considered, then given up with its object unsaid', () => {
  it('flags a claim that tells the given-up act done', () => {
    assert.ok(negated(PIER, '戎港の漁協は、老朽化した桟橋を約20メートル延ばした。'));
  });

  it('lets a claim that tells it given up stand', () => {
    assert.ok(!negated(PIER, '戎港の漁協は、桟橋を延ばすことを見送った。'));
    assert.ok(!negated(PIER, '漁協は、桟橋の床板を張り替える。'));
  });
});
