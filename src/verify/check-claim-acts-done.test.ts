import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// Acts a page names by a verbal noun that する, 行う or 実施 carries (the vdet32 round of issue 9).
// Invented pages.

const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-05-12T09:00:00+09:00' });

const errors = describedErrorsAgainstOne();

const bakery = () =>
  page('焼き菓子に異物、菓子店が回収', [
    '梅ケ丘市の菓子店「こむぎ舎」は11日、金属片の混入を理由に、焼き菓子約500個の回収を始めた。',
    '店の説明では、4月に製造機械を替えた時、部品の固定を業者に頼み、自店では点検をしなかった。',
    '市保健所は、同じ問題がほかの商品にないか、来週にも店へ抜き打ちで検査をする予定だ。',
  ]);

describe('checkClaim: a verbal noun that する carries (read-sentence.ts readActsDoneWithSuru)', () => {
  it('flags a claim that tells done the check the page says was not made', () => {
    const found = errors('こむぎ舎は、替えた機械の部品を自店で点検していた。', bakery());
    assert.ok(
      found.some((line) => line.startsWith('support.negation')),
      found.join('\n'),
    );
  });

  it('keeps a claim that repeats the denial', () => {
    const found = errors('こむぎ舎は、機械を替えた時に自店で点検をしなかった。', bakery());
    assert.deepEqual(found, []);
  });

  it('flags a claim that tells done the inspection the page only plans', () => {
    const found = errors('市保健所は、こむぎ舎に抜き打ちで検査を行った。', bakery());
    assert.ok(
      found.some((line) => line.startsWith('support.modality')),
      found.join('\n'),
    );
  });

  it('keeps a claim that tells the inspection as planned', () => {
    assert.deepEqual(errors('市保健所は、来週にも店へ抜き打ちで検査をする予定だ。', bakery()), []);
  });
});

describe('checkClaim: a request told as an order (request-force.ts requestMadeOrder)', () => {
  const pool = (extra: readonly string[] = []) =>
    page('市民プールで塩素濃度が不足', [
      '桜台市の市民プールで10日、水の塩素濃度の不足が判明した。',
      '市保健所は11日、運営会社に対し、濃度の記録を毎日つけるよう文書で求めた。',
      ...extra,
    ]);

  it('flags a claim that the office ordered or obliged what it asked for', () => {
    for (const claim of [
      '市保健所は運営会社に、濃度の記録を毎日つけるよう命じた。',
      '市保健所は運営会社に、濃度の記録を毎日つけることを義務づけた。',
    ]) {
      const found = errors(claim, pool());
      assert.ok(
        found.some((line) => line.startsWith('support.modality')),
        `${claim}\n${found.join('\n')}`,
      );
    }
  });

  it('keeps the request told as one', () => {
    assert.deepEqual(errors('市保健所は運営会社に、濃度の記録を毎日つけるよう求めた。', pool()), []);
  });

  it('says nothing where a source tells an order or a ban', () => {
    const ordered = pool(['市は12日、記録がそろうまでプールの使用を禁止した。']);
    const found = errors('市保健所は運営会社に、濃度の記録を毎日つけるよう命じた。', ordered);
    assert.ok(!found.some((line) => line.startsWith('support.modality')), found.join('\n'));
  });
});

describe('checkClaim: a predicate extended with a case particle and も (contrast-scope.ts)', () => {
  const well = () =>
    page('井戸水から基準超す物質', [
      '杉沢村の簡易水道で、東側の井戸の水から基準を超える硝酸性窒素が見つかった。',
      '西側の井戸からは見つからなかった。',
      '村は東側の井戸の使用を止め、西側の井戸だけで給水している。',
    ]);

  it('flags a claim that says of that place what the source denies there', () => {
    const found = errors('西側の井戸の水からも基準を超える硝酸性窒素が見つかった。', well());
    assert.ok(
      found.some((line) => line.startsWith('support.negation')),
      found.join('\n'),
    );
  });

  it('keeps a claim that says it of the place the source says it of', () => {
    assert.deepEqual(errors('東側の井戸の水から基準を超える硝酸性窒素が見つかった。', well()), []);
  });

  it('keeps a claim whose place the sources affirm it of, elsewhere', () => {
    const both = page('井戸水から基準超す物質', [
      '杉沢村の簡易水道で、東側の井戸の水から基準を超える硝酸性窒素が見つかった。',
      '村の再検査では、西側の井戸からも見つかった。',
    ]);
    const found = errors('西側の井戸の水からも基準を超える硝酸性窒素が見つかった。', both);
    assert.ok(!found.some((line) => line.startsWith('support.negation')), found.join('\n'));
  });
});

describe('checkClaim: answering against no contact (unreachable.ts checkUnreachable)', () => {
  const ferry = (extra: readonly string[] = []) =>
    page('渡し船の運航会社が突然休業', [
      '鷺ノ浦町と小島を結ぶ渡し船を運航する「みなと海運」が、5月から予告なく休業している。',
      '町によると、同社の浜野社長とは11日も連絡が取れなかった。',
      ...extra,
    ]);

  it('flags a claim that the head answered where the page says he could not be reached', () => {
    const found = errors('みなと海運の浜野社長は11日、町の問い合わせに応じた。', ferry());
    assert.ok(
      found.some((line) => line.startsWith('support.negation')),
      found.join('\n'),
    );
  });

  it('keeps a claim that repeats the lack of contact', () => {
    const found = errors('町は11日も、みなと海運の浜野社長と連絡が取れなかった。', ferry());
    assert.ok(!found.some((line) => line.startsWith('support.negation')), found.join('\n'));
  });

  it('says nothing where a source tells that he answered after all', () => {
    const later = ferry(['浜野社長は12日夕になって町の問い合わせに応じ、運航の再開は未定だと答えた。']);
    const found = errors('みなと海運の浜野社長は、町の問い合わせに応じた。', later);
    assert.ok(!found.some((line) => line.startsWith('support.negation')), found.join('\n'));
  });
});
