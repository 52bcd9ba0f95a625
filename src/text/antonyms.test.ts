import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { antonymsOf, phaseOf, sameSenseOf, tableOpposites } from './antonyms.ts';

describe('antonymsOf', () => {
  it('derives compounds that differ in one opposite kanji', () => {
    assert.ok(antonymsOf('増額').includes('減額'));
    assert.ok(antonymsOf('否決').includes('可決'));
    assert.ok(antonymsOf('閉館').includes('開館'));
    assert.ok(antonymsOf('有料').includes('無料'));
  });

  it('gives the table’s opposites that share no kanji, both ways', () => {
    assert.ok(antonymsOf('増える').includes('減る'));
    assert.ok(antonymsOf('減少').includes('増加'));
    assert.ok(antonymsOf('反対').includes('賛成'));
  });

  it('gives the verbs of reaching a level as one sense for polarity', () => {
    assert.ok(sameSenseOf('届く').includes('達する'));
    assert.ok(sameSenseOf('占める').includes('上回る'));
    assert.deepEqual(sameSenseOf('走る'), []);
  });

  it('gives nothing for a word without an opposite, and never the word itself', () => {
    assert.deepEqual(antonymsOf('説明'), []);
    assert.deepEqual(antonymsOf('走る'), []);
    assert.ok(!antonymsOf('上下').includes('上下'));
  });
});

describe('phaseOf', () => {
  it('reads stopping from the kanji of stopping and from native verbs without one', () => {
    for (const word of [
      '中止',
      '停止',
      '休館',
      '廃止',
      '撤退',
      '差し止める',
      'やめる',
      '見合わせる',
      '打ち切る',
    ])
      assert.equal(phaseOf(word), 'stop', word);
  });

  it('reads going on from 続 and 継, and leaves completion and other verbs alone', () => {
    for (const word of ['続ける', '継続', '存続', '引き継ぐ', '維持'])
      assert.equal(phaseOf(word), 'continue', word);
    for (const word of ['終わる', '完了', '開始', '説明', '増える'])
      assert.equal(phaseOf(word), undefined, word);
  });

  it('reads closing a place as stopping, and not the closing of a meeting', () => {
    for (const word of ['閉店', '閉鎖', '閉館', '閉園']) assert.equal(phaseOf(word), 'stop', word);
    for (const word of ['閉会', '閉幕']) assert.equal(phaseOf(word), undefined, word);
  });
});

describe('antonymsOf by dimension (the vneg28 round)', () => {
  it('gives the other end of each dimension, both ways', () => {
    assert.ok(antonymsOf('死ぬ').includes('生きる'));
    assert.ok(antonymsOf('判明').includes('不明'));
    assert.ok(antonymsOf('異なる').includes('同じ'));
    assert.ok(antonymsOf('下りる').includes('上がる'));
    assert.ok(antonymsOf('薄暗い').includes('明るい'));
    assert.ok(antonymsOf('拒む').includes('応じる'));
    assert.ok(antonymsOf('重傷').includes('軽傷'));
  });

  it('keeps the dimensions out of the table read for nouns that are not predicates', () => {
    assert.deepEqual(tableOpposites('停止'), []);
    assert.ok(tableOpposites('赤字').includes('黒字'));
  });

  it('reads being known and 分かる as one sense for polarity', () => {
    assert.ok(sameSenseOf('判明').includes('分かる'));
  });
});

describe('affixedNegations', () => {
  it('reads a negating prefix or the suffix 外 the tagger splits from its noun', async () => {
    const { createTokenizer } = await import('./tokenizer.ts');
    const { affixedNegations } = await import('./antonyms.ts');
    const tokenizer = await createTokenizer();
    const negated = (text: string) => {
      const tokens = tokenizer.tokenize(text);
      return affixedNegations(tokens).map((a) => [tokens[a.index]?.surface, a.affix]);
    };
    assert.deepEqual(negated('未点検の桟橋'), [['点検', '未']]);
    assert.deepEqual(negated('無届けで無許可の'), [
      ['届け', '無'],
      ['許可', '無'],
    ]);
    assert.deepEqual(negated('計画外の出費'), [['計画', '外']]);
    assert.deepEqual(
      affixedNegations(tokenizer.tokenize('非公開の会合')).map((a) => a.noun),
      ['公開'],
    );
    // Words of their own, not a noun negated.
    assert.deepEqual(negated('外国と未来と非常と圏外'), []);
    assert.deepEqual(negated('時間外の受付'), []);
  });
});
