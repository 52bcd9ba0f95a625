import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A thing a source says there was none of, told as there (check-polarity.ts deniedExistence; the
// vdet31 round of issue 9). Invented pages.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-04-08T09:00:00+09:00' });

const negations = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document])
    .filter((finding) => finding.code === 'support.negation')
    .map((finding) => finding.message);

const pier = (extra: readonly string[] = []) =>
  page('桟橋の照明柱が倒れる', [
    '鴎浦町の観光桟橋で7日夜、照明の柱1本が根元から折れて倒れた。',
    '町によると、夜の遅い時間で、桟橋を散歩する客はおらず、けが人もいない。',
    '町は8日から桟橋への立ち入りを止め、ほかの柱も調べている。',
    ...extra,
  ]);

describe('checkClaim: a thing the source says there was none of (deniedExistence)', () => {
  it('flags a claim that the injured were there, in words of its own around them', () => {
    assert.ok(negations('突風の影響でけが人が出た。', pier()).length > 0);
  });

  it('flags a claim that people were there whom the source says were not', () => {
    assert.ok(negations('強い風の中、岸壁には散歩する客がいた。', pier()).length > 0);
  });

  it('keeps a claim that repeats the denial', () => {
    assert.deepEqual(negations('照明の柱は倒れたものの、けが人もいない。', pier()), []);
  });

  it('says nothing where another sentence of the sources says someone was hurt', () => {
    const hurt = pier(['隣の漁港では、同じ夜に網を片づけていた男性1人が転倒し、軽傷を負った。']);
    assert.deepEqual(negations('突風の影響でけが人が出た。', hurt), []);
  });

  it('says nothing of a hedged or conditional clause', () => {
    assert.deepEqual(negations('突風の影響でけが人が出た可能性もある。', pier()), []);
    assert.deepEqual(negations('けが人が出れば、町は桟橋の使用を見直す。', pier()), []);
  });
});

describe('checkClaim: an act whose consideration is denied (read-sentence.ts denyUnconsideredActs)', () => {
  const harbour = () =>
    page('漁港の桟橋、老朽化で補修へ', [
      '鴎浦漁協は7日、古い桟橋の補修に約8千万円かかるとの見積もりを公表し、新しい桟橋を造ることも視野に入れ、費用を比べる。',
    ]);

  it('flags a claim that the act is not even considered, where the source considers it', () => {
    assert.ok(
      negations('鴎浦漁協は、新しい桟橋を造ることは考えておらず、補修で済ませる。', harbour()).length > 0,
    );
    assert.deepEqual(negations('鴎浦漁協は、新しい桟橋を造ることも考えている。', harbour()), []);
  });
});

describe('checkClaim: a wish stated through a noun of wishing (check-polarity.ts wishedOf)', () => {
  const shop = () =>
    page('老舗の菓子店、来春で閉店へ', [
      '老舗菓子店「鴎屋」は来春で閉店する。',
      '鴎屋の浜井恒夫社長は「続けたい気持ちもある。ただ、職人がいない」と語った。',
    ]);

  it('flags a claim that the wish is not even considered, where the source states it', () => {
    assert.ok(negations('浜井恒夫社長は、店を続けたいとは考えていませんと語った。', shop()).length > 0);
  });

  it('keeps a claim that restates the wish', () => {
    assert.deepEqual(negations('浜井恒夫社長は、続けたい気持ちもあると語った。', shop()), []);
  });
});
