import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { answersByAbility, potentialBaseOf } from './claim/potentials.ts';

// Potentials (the vneg35 round, issue 9): a source that says the act could not be done (書けなかった,
// 運ぶことができない) denies a claim that it was done or can be done. An invented page about a
// fictional mountain hut cut off by snow.

const TITLE = '雪で山小屋が孤立 食料は足りる見通し';
const HUT: Document = {
  id: 's1',
  url: 'https://takane-sangaku.example/hut',
  title: TITLE,
  siteName: '高嶺山岳新報',
  lang: 'ja',
  text: [
    TITLE,
    '大雪で登山道がふさがり、高嶺岳の山小屋に登山客9人がとどまっている。',
    '小屋の管理人によると、無線機は電池が切れて使えなかったため、衛星電話で麓の役場に連絡した。',
    '役場は、ヘリコプターで小屋に食料を運ぶことができない状態が続いているとしている。',
    '登山客はいずれも体調に問題はないという。',
    '役場は、雪がやめば明日にも救助隊を送る予定だ。',
  ].join('\n\n'),
  titleSpan: [0, TITLE.length],
  contentHash: `sha256:${'a'.repeat(64)}`,
  publishedAt: '2026-01-14T09:00:00+09:00',
};

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [HUT]).map(described);
const denied = (text: string): boolean =>
  errorsOf(text).some((error) => error.startsWith('support.negation'));

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
    assert.ok(
      answersByAbility(
        '運べる',
        new Set(['運べる']),
        { text: '運ぶことができない。' },
        predicate('運ぶ', true),
      ),
    );
    assert.ok(
      !answersByAbility('運べる', new Set(['運べる']), { text: '運ばなかった。' }, predicate('運ぶ', true)),
    );
  });
});

describe('checkClaim: an act the source says could not be done', () => {
  it('flags an act done where the source says it could not be (使えなかった)', () => {
    assert.ok(denied('管理人は、無線機を使って麓の役場に連絡した。'));
  });

  it('flags an ability where the source denies it with ことができない', () => {
    assert.ok(denied('役場は、小屋に食料を問題なく運べている。'));
  });

  it('leaves the source’s own readings alone', () => {
    assert.ok(!denied('無線機は電池が切れて使えなかった。'));
    assert.ok(!denied('役場は、ヘリコプターで小屋に食料を運べていない。'));
  });
});
