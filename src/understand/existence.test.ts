import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import {
  affirmsInjury,
  existentEnd,
  existentOf,
  injuredClassForms,
  injuryParaphrases,
  namesInjured,
} from './existence.ts';
import { readSentence } from './read-sentence.ts';

let tokenizer: Tokenizer;

before(async () => {
  tokenizer = await createTokenizer();
});

/** Each predicate of the sentence that states an existence: `noun:affirmed|denied`. */
function existences(text: string): string[] {
  const reading = readSentence(text, tokenizer);
  return reading.predicates.flatMap((predicate) => {
    const noun = existentOf(reading, predicate);
    return noun === undefined ? [] : [`${noun}:${predicate.negated ? 'denied' : 'affirmed'}`];
  });
}

describe('existentOf: what a predicate says exists, in its several words', () => {
  it('reads ある, ない, いる and the written おる of their subject', () => {
    assert.deepEqual(existences('倉庫の壁にひびがあった。'), ['ひび:affirmed']);
    assert.deepEqual(existences('倉庫の壁にひびはない。'), ['ひび:denied']);
    assert.deepEqual(existences('避難所に残った住民はおらず、全員が帰宅した。'), ['住民:denied']);
    assert.deepEqual(existences('現場には作業員が3人おり、消火に当たった。'), ['作業員:affirmed']);
  });

  it('reads past "not even one" (一件も, 一人も, 1台も) to the noun denied', () => {
    assert.deepEqual(existences('峠道での落石は一件もなかった。'), ['落石:denied']);
    assert.deepEqual(existences('説明会に来た住民は一人もいなかった。'), ['住民:denied']);
    assert.deepEqual(existences('駐車場に車は1台もなかった。'), ['車:denied']);
    assert.deepEqual(existences('駐車場に車が3台あった。'), ['車:affirmed']);
    assert.deepEqual(existences('雪で運休した列車は、1本もなかった。'), ['列車:denied']);
    // A noun with a suffix before も is the subject itself: no count to read past.
    assert.deepEqual(existences('配線に不具合があった可能性もある。'), [
      '不具合:affirmed',
      '可能性:affirmed',
    ]);
  });

  it('reads being found or seen in the passive, and the intransitive verbs of finding', () => {
    assert.deepEqual(existences('倉庫の壁にひびは見られなかった。'), ['ひび:denied']);
    assert.deepEqual(existences('水道管に漏れが確認された。'), ['漏れ:affirmed']);
    assert.deepEqual(existences('検査で異常は見つからなかった。'), ['異常:denied']);
    assert.deepEqual(existences('薬の効果は認められなかった。'), ['効果:denied']);
  });

  it('reads coming to be as existence (事故が起きた, 被害が発生した)', () => {
    assert.deepEqual(existences('交差点で事故が起きた。'), ['事故:affirmed']);
    assert.deepEqual(existences('沿岸で大きな被害が発生した。'), ['被害:affirmed']);
  });

  it('reads no existence in an act of finding done by an agent, nor in the active 見る', () => {
    assert.deepEqual(existences('市は橋の安全を確認した。'), []);
    assert.deepEqual(existences('住民は花火を見た。'), []);
    assert.deepEqual(existences('市長は現場を見つけた。'), []);
  });
});

describe('injury as a class: the injured named, and an injury affirmed by any of its kinds', () => {
  /** Whether the denied existent of the sentence names the injured. */
  const deniesInjured = (text: string): boolean => {
    const reading = readSentence(text, tokenizer);
    return reading.predicates.some((predicate) => {
      const end = existentEnd(reading, predicate);
      return predicate.negated && end !== undefined && namesInjured(text, end);
    });
  };

  it('names the injured by けが, けが人, 負傷者 or a person who suffered a harm', () => {
    assert.equal(deniesInjured('乗客にけがはなかった。'), true);
    assert.equal(deniesInjured('負傷者はいなかった。'), true);
    assert.equal(deniesInjured('やけどを負った住民はいない。'), true);
    assert.equal(deniesInjured('避難した住民はいない。'), false);
    assert.equal(deniesInjured('建物に被害はなかった。'), false);
  });

  it('reads an injury affirmed in a kind of harm, and none where it is denied', () => {
    assert.equal(affirmsInjury('店員の1人が足を骨折した。'), true);
    assert.equal(affirmsInjury('2人が運ばれたが、いずれも軽傷という。'), true);
    assert.equal(affirmsInjury('乗客にけがはなく、運転は再開した。'), false);
    assert.equal(affirmsInjury('倉庫で火災　けが人なし'), false);
    assert.equal(affirmsInjury('このほかにけが人の情報はない。'), false);
  });
});

describe('injuryParaphrases: the words a source may use for a claim’s injury', () => {
  it('writes 軽傷 and 重傷 as the adjective and けが', () => {
    assert.ok(injuryParaphrases('客が軽傷を負った。', '軽傷').includes('軽いけが'));
    assert.ok(injuryParaphrases('客が重傷を負った。', '重傷').includes('大けが'));
  });

  it('reads 負う of an injury as that injury in any of its forms, and 負う of anything else as nothing', () => {
    assert.deepEqual(injuryParaphrases('作業員が腕にやけどを負った。', '負う'), ['やけど', '火傷']);
    assert.ok(injuryParaphrases('客が軽傷を負った。', '負う').includes('軽いけが'));
    assert.ok(!injuryParaphrases('客が軽傷を負った。', '負う').includes('重いけが'));
    assert.deepEqual(injuryParaphrases('町が費用を負う。', '負う'), []);
    assert.deepEqual(injuryParaphrases('客が軽傷を負った。', '客'), []);
  });

  it('reads the adjective and the injury of a degree phrase as the one word of that degree', () => {
    assert.deepEqual(injuryParaphrases('客の1人が軽いけがをした。', '軽い'), ['軽傷']);
    assert.deepEqual(injuryParaphrases('客の1人が軽いけがをした。', 'けが'), ['軽傷']);
    assert.deepEqual(injuryParaphrases('客のけがの程度は重かった。', '重い'), ['重傷']);
    assert.deepEqual(injuryParaphrases('客のけがは比較的軽い。', '軽い'), ['軽傷']);
    assert.deepEqual(injuryParaphrases('客の1人が大けがをした。', '大けが'), ['重傷']);
  });

  it('reads the adjective or the injury outside a degree phrase as nothing', () => {
    assert.deepEqual(injuryParaphrases('重い荷物を運んだ客がけがをした。', '重い'), []);
    assert.deepEqual(injuryParaphrases('重い荷物を運んだ客がけがをした。', 'けが'), []);
    assert.deepEqual(injuryParaphrases('客の1人が軽いけがをした。', '重い'), []);
  });

  it('finds nothing for a word that names a property of every object (a hostile claim)', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      assert.deepEqual(injuryParaphrases(`x.${key}('alert(1)')`, key), []);
  });
});

describe('injuredClassForms: the words a source may use for the injured as a class (vfa27)', () => {
  it('gives the injury in any of its forms for けが人 and 負傷者, and nothing for other people', () => {
    assert.ok(injuredClassForms('けが人').includes('けが'));
    assert.ok(injuredClassForms('負傷者').includes('けが'));
    assert.deepEqual(injuredClassForms('見物人'), []);
    assert.deepEqual(injuredClassForms('けが'), []);
  });
});
