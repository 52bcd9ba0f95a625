import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// A noun negated by its affix (未点検, 補助外) against the noun said plainly (check-opposites.ts
// checkAffixedOpposites; the vneg36 round of issue 9). Invented pages.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-04-02T09:00:00+09:00' });

const negations = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document])
    .filter((finding) => finding.code === 'support.negation')
    .map((finding) => finding.message);

const ferry = () =>
  page('渡し舟の桟橋、点検されず', [
    '楢岡町の川渡しで使う木製の桟橋について、町は今年の春の分を未点検のまま使わせていた。',
    '町の修繕費の補助は、私有の小屋の屋根については補助外となる。',
  ]);

describe('checkClaim: affixed opposites (checkAffixedOpposites)', () => {
  it('flags a plain noun where the source has it only with a negating affix', () => {
    const source = ferry();
    assert.ok(negations('楢岡町は今年の春、川渡しの木製の桟橋を点検した。', source).length > 0);
  });

  it('flags a noun negated by its affix where the source says it plainly', () => {
    const done = page('桟橋の点検', ['楢岡町は今年の春、川渡しで使う木製の桟橋を点検した。']);
    assert.ok(negations('楢岡町の川渡しの木製の桟橋は、今年の春の分が未点検だった。', done).length > 0);
  });

  it('reads 未 as not yet: an act still to come agrees with it', () => {
    const planned = page('桟橋の点検', ['楢岡町は来月、川渡しで使う木製の桟橋を点検する。']);
    assert.deepEqual(negations('楢岡町は、未点検の木製の桟橋を川渡しに使っている。', planned), []);
  });

  it('keeps claims that agree with the affixed source', () => {
    const source = ferry();
    assert.deepEqual(negations('楢岡町は今年の春、川渡しの木製の桟橋を点検していなかった。', source), []);
    assert.deepEqual(negations('川渡しの木製の桟橋は、今年の春の分が未点検のまま使われていた。', source), []);
  });

  it('reads a compound the dictionary knows as one word by the rest of its spelling', () => {
    const minutes = page('審議会の議事録', ['楢岡町の審議会は、先月の会合の議事録を非公開とした。']);
    assert.ok(negations('楢岡町の審議会は、先月の会合の議事録を公開した。', minutes).length > 0);
    assert.deepEqual(negations('楢岡町の審議会は、先月の会合の議事録を公開しなかった。', minutes), []);
  });

  it('reads no negation in a word the dictionary knows with its affix', () => {
    const shop = page('駅前の店', ['楢岡町の駅前で、不動産の店が無料の相談会を開いた。']);
    assert.deepEqual(negations('楢岡町の駅前の不動産の店が、無料の相談会を開いた。', shop), []);
  });

  it('reads nothing into a hook question, which asserts nothing', () => {
    // The seed article's heading asked whether a settlement was possible where its source said 不可能.
    const bridge = page('吊り橋の再開', ['楢岡町は、吊り橋の年内の再開は不可能だと説明した。']);
    const asked = checkClaim('楢岡町の吊り橋、年内に再開可能?', [understanding.of(bridge)], understanding, {
      path: 'hook',
      kind: 'question',
    }).findings.filter((finding) => finding.code === 'support.negation');
    assert.deepEqual(asked, []);
    assert.ok(negations('楢岡町の吊り橋は、年内に再開可能だ。', bridge).length > 0);
  });
});
