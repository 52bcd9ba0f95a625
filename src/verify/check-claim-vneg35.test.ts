import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { answersByAbility, potentialBaseOf } from './claim/potentials.ts';

// Negations of the vneg35 round (issue 9), on three invented pages: a mountain hut cut off by snow
// (an act the source says could not be done: 使えなかった, 〜ことができない), a dog in a park (an
// opposite in a sentence that leaves its subject to the one before it), a swimming pool's pump (a
// thing told replaced that the source says is still the one of a past time).

const HUT = inventedDocument(
  'takane',
  '雪で山小屋が孤立 食料は足りる見通し',
  [
    '大雪で登山道がふさがり、高嶺岳の山小屋に登山客9人がとどまっている。',
    '小屋の管理人によると、無線機は電池が切れて使えなかったため、衛星電話で麓の役場に連絡した。',
    '役場は、ヘリコプターで小屋に食料を運ぶことができない状態が続いているとしている。',
    '役場は、雪がやめば明日にも救助隊を送る予定だ。',
  ],
  { publishedAt: '2026-01-14T09:00:00+09:00' },
);

const PARK = inventedDocument(
  'asagiri',
  '公園で犬にかまれ 小学生ら5人けが',
  [
    '朝霧市の中央公園で3日夕方、放し飼いの犬が遊んでいた小学生ら5人にかみつき、5人は近くの診療所で手当てを受けた。いずれも傷は浅いという。',
    '飼い主の男性は、市の調べに対し、散歩の途中でリードが外れたと話した。',
  ],
  { publishedAt: '2026-06-04T09:00:00+09:00' },
);

const POOL = inventedDocument(
  'kazami',
  '市民プールのポンプ故障 営業を休止',
  [
    '風見市の市民プールで8日朝、水をろ過するポンプが故障し、市はプールの営業を休止した。',
    '市は2015年に更衣室を改装したが、ポンプは建設当時のものを使っていた。',
    '市は、ポンプを新しいものに取り替えるかどうか検討している。',
  ],
  { publishedAt: '2026-07-09T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

/** Whether the claim, checked against the page, gets a negation finding whose text includes `marker`. */
const negated = (page: Document, text: string, marker = ''): boolean =>
  claimErrors(understanding, text, [page])
    .map(described)
    .some((error) => error.startsWith('support.negation') && error.includes(marker));

describe('potentialBaseOf', () => {
  it('reads a 五段 verb back from its potential', () => {
    assert.equal(potentialBaseOf('使える'), '使う');
    assert.equal(potentialBaseOf('運べる'), '運ぶ');
    assert.equal(potentialBaseOf('書ける'), '書く');
    assert.equal(potentialBaseOf('送れる'), '送る');
  });

  it('reads nothing from a word of another shape', () => {
    assert.equal(potentialBaseOf('使う'), undefined);
    assert.equal(potentialBaseOf('できる'), undefined);
    assert.equal(potentialBaseOf('調査'), undefined);
  });
});

describe('answersByAbility', () => {
  const predicate = (lemma: string, negated: boolean, start = 0) => ({
    lemma,
    kind: 'verb' as const,
    start,
    end: start + 2,
    negated,
    clause: 0,
  });

  it('takes a denied potential as the act, and an affirmed one as nothing', () => {
    const sentence = { text: '無線機は使えなかった。' };
    assert.ok(answersByAbility('使う', new Set(['使う']), sentence, predicate('使える', true, 4)));
    assert.ok(!answersByAbility('使う', new Set(['使う']), sentence, predicate('使える', false, 4)));
  });

  it('takes the claim’s potential as the source’s verb only before ことができる', () => {
    const forms = new Set(['運べる']);
    assert.ok(answersByAbility('運べる', forms, { text: '運ぶことができない。' }, predicate('運ぶ', true)));
    assert.ok(!answersByAbility('運べる', forms, { text: '運ばなかった。' }, predicate('運ぶ', true)));
  });
});

describe('checkClaim: an act the source says could not be done', () => {
  it('flags an act done where the source says it could not be (使えなかった)', () => {
    assert.ok(negated(HUT, '管理人は、無線機を使って麓の役場に連絡した。'));
  });

  it('flags an ability where the source denies it with ことができない', () => {
    assert.ok(negated(HUT, '役場は、小屋に食料を問題なく運べている。'));
  });

  it('leaves the source’s own readings alone', () => {
    assert.ok(!negated(HUT, '無線機は電池が切れて使えなかった。'));
    assert.ok(!negated(HUT, '役場は、ヘリコプターで小屋に食料を運べていない。'));
  });
});

describe('checkClaim: an opposite in a sentence read with the one before it', () => {
  it('flags a claim whose adjective the next, subjectless sentence reverses (深い / 浅い)', () => {
    assert.ok(negated(PARK, '診療所で手当てを受けた小学生の中には、傷の深い人もいたという。', 'opposite'));
  });

  it('leaves the claim that says what the page says', () => {
    assert.ok(!negated(PARK, '手当てを受けた5人は、いずれも傷が浅かったという。'));
  });
});

describe('checkClaim: a thing replaced that the source says is still the original', () => {
  it('flags a replacement of the thing the source says is the one of that time', () => {
    assert.ok(
      negated(POOL, '市民プールのポンプは、更衣室の改装の際に新しいものに取り替えられていた。', 'replaced'),
    );
    assert.ok(negated(POOL, '市は2015年に、ポンプを交換していた。', 'replaced'));
  });

  it('leaves a replacement only weighed, one denied, and one of another thing', () => {
    assert.ok(!negated(POOL, '市は、ポンプを新しいものに取り替えるかどうか検討している。', 'replaced'));
    assert.ok(!negated(POOL, 'ポンプは、建設の後一度も取り替えられていなかった。', 'replaced'));
    assert.ok(!negated(POOL, '市は2015年に、更衣室のロッカーを交換した。', 'replaced'));
    assert.ok(!negated(POOL, '市は2015年に、ポンプの部品を交換した。', 'replaced'));
  });
});
