import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Token, type Tokenizer } from '../text/tokenizer.ts';
import { formsCompoundParticle, isLightVerb, isVerbalNoun, lightVerbRole } from './light-verb.ts';

// Light verbs by role, and the verbs of compound case particles, on invented phrases.

let tokenizer: Tokenizer;

before(async () => {
  tokenizer = await createTokenizer();
});

/** Whether the first verb of the phrase whose base form is `verb` forms a compound particle. */
function compound(text: string, verb: string): boolean {
  const tokens: Token[] = tokenizer.tokenize(text);
  const at = tokens.findIndex((token) => token.pos === '動詞' && token.baseForm === verb);
  assert.ok(at >= 0, `${verb} in ${text}`);
  return formsCompoundParticle(tokens, at);
}

describe('lightVerbRole: what a light verb does to its noun’s act', () => {
  it('reads a verb of performing, causing, seeking, occurring and holding', () => {
    assert.equal(lightVerbRole('行う'), 'performing');
    assert.equal(lightVerbRole('実施'), 'performing');
    assert.equal(lightVerbRole('及ぼす'), 'causing');
    assert.equal(lightVerbRole('受ける'), 'seeking');
    assert.equal(lightVerbRole('生じる'), 'occurring');
    assert.equal(lightVerbRole('持つ'), 'holding');
  });

  it('leaves a verb of its own meaning alone (運ぶ, 植える, 削る)', () => {
    for (const verb of ['運ぶ', '植える', '削る', '泳ぐ']) assert.equal(lightVerbRole(verb), undefined, verb);
    assert.equal(isLightVerb('植える'), false);
  });

  it('keeps to the roles a check asks for', () => {
    assert.ok(isLightVerb('進める', 'performing', 'seeking'));
    assert.ok(!isLightVerb('生じる', 'performing', 'seeking'));
    assert.ok(isLightVerb('生じる', 'occurring', 'holding'));
    assert.ok(isLightVerb('かける'));
  });
});

describe('isVerbalNoun: the nouns the dictionary marks as taking する', () => {
  it('marks 測量 and 植樹, not 峠 nor 畑', () => {
    const nouns = (text: string) => tokenizer.tokenize(text).filter((token) => token.pos === '名詞');
    assert.deepEqual(
      nouns('峠の測量').map((token) => isVerbalNoun(token)),
      [false, true],
    );
    assert.deepEqual(
      nouns('畑で植樹').map((token) => isVerbalNoun(token)),
      [false, true],
    );
  });
});

describe('formsCompoundParticle: 〜をめぐって, 〜を通じて, 〜を踏まえ', () => {
  it('reads the て-form after を as a particle', () => {
    assert.ok(compound('渡し船の運賃を巡って意見が割れた', '巡る'));
    assert.ok(compound('大雨の予報を受けて窓をふさいだ', '受ける'));
  });

  it('reads the attributive form before a noun and the bare continuative before a comma', () => {
    assert.ok(compound('牧場の境をめぐる争い', 'めぐる'));
    assert.ok(compound('去年の大雪を踏まえ、除雪車を増やした', '踏まえる'));
  });

  it('leaves the verb as an act without を or in the past tense', () => {
    assert.ok(!compound('季節がめぐって春が来た', 'めぐる'));
    assert.ok(!compound('島を巡った', '巡る'));
  });
});
