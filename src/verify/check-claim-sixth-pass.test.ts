import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { comingForms, subjectOfEarlierPredicate } from './claim/check-predicates.ts';

// False alarms, sixth pass (the vfa33 round, docs/verifier.md): readings of paraphrases that several
// writers share. Invented pages: a harbour crane's inspection rules, a town library's book purchases,
// a summer festival's crowding, a harbour morning market.

const CRANE = inventedDocument(
  'crane',
  '港のクレーン、点検怠る',
  [
    '北浜港の運営会社によると、クレーンの月1回の点検は社内規程で定められていたが、半年間行われていなかった。',
    '同社の社長は会見で「点検の日程を誰が組むのか、はっきりしていなかった」と述べた。',
  ],
  { publishedAt: '2026-06-11T09:00:00+09:00' },
);

const LIBRARY = inventedDocument(
  'library',
  '南川町立図書館、購入費を削減',
  ['南川町立図書館は、来年度の本の購入費を2割減らす案を検討している。'],
  { publishedAt: '2026-06-11T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const modalityErrors = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document])
    .map(described)
    .filter((error) => error.startsWith('support.modality'));

describe('checkClaim: words of deciding that state no decision the sources lack', () => {
  it('backs 決められていた with a rule the source says was laid down (定められていた)', () => {
    assert.deepEqual(
      modalityErrors(
        'クレーンの月1回の点検は社内規程により決められていたが、半年の間なされなかった。',
        CRANE,
      ),
      [],
    );
  });

  it('reads no decision in a question about one (誰が決めるのか)', () => {
    assert.deepEqual(
      modalityErrors('同社の社長は、点検の日程を誰が決めるのかがはっきりしなかったと話した。', CRANE),
      [],
    );
  });

  it('still flags a decision the source gives only as considered', () => {
    const errors = modalityErrors('南川町立図書館は、来年度の本の購入費を2割減らすと決めた。', LIBRARY);
    assert.ok(
      errors.some((error) => error.includes('「決め」')),
      errors.join('\n'),
    );
  });

  it('still flags a decision made, where the question is not about it', () => {
    const errors = modalityErrors(
      '南川町立図書館は、本をどこから買うのかを話し合い、購入費を2割減らすと決めた。',
      LIBRARY,
    );
    assert.ok(
      errors.some((error) => error.includes('「決め」')),
      errors.join('\n'),
    );
  });
});

const FESTIVAL = inventedDocument(
  'festival',
  '夏祭りで転倒相次ぐ、実行委が謝罪',
  [
    '北浜町の夏祭りの会場で14日夜、見物客の転倒が相次いだ。',
    '実行委員長は「誘導の係員が少なかった。申し訳ない」と話した。',
    '実行委員会は、翌日の花火の中止を決めた。',
  ],
  { publishedAt: '2026-08-15T09:00:00+09:00' },
);

describe('checkClaim: a subject marked が before another predicate is that predicate’s', () => {
  const additionErrors = (text: string) =>
    claimErrors(understanding, text, [FESTIVAL])
      .map(described)
      .filter((error) => error.startsWith('support.addition'));

  it('does not read 係員 as what was apologised for (係員が少なかったとして謝罪した)', () => {
    assert.deepEqual(additionErrors('実行委員長は、誘導の係員が少なかったとして謝罪した。'), []);
  });

  it('still flags an object the sources never say it of (中止を謝罪した)', () => {
    const errors = additionErrors('実行委員会は、花火の中止を謝罪した。');
    assert.ok(
      errors.some((error) => error.includes('「謝罪」') && error.includes('「中止」')),
      errors.join('\n'),
    );
  });

  it('subjectOfEarlierPredicate reads が before another predicate, and not a subject of the verbal noun', async () => {
    const tokenizer = await createTokenizer();
    const at = (text: string, word: string) => {
      const tokens = tokenizer.tokenize(text);
      return subjectOfEarlierPredicate(
        tokens,
        tokens.findIndex((token) => token.surface === word),
        0,
      );
    };
    assert.equal(at('係員が少なかったとして謝罪した。', '謝罪'), true);
    assert.equal(at('係員が謝罪した。', '謝罪'), false);
    assert.equal(at('足りなかった係員を処分した。', '処分'), false);
  });
});

const MARKET = inventedDocument(
  'market',
  '南浜港の朝市、再開',
  ['南浜港の朝市は3年ぶりに再開した。', '初日の朝市には、大勢の家族連れが訪れていた。'],
  { publishedAt: '2026-09-07T09:00:00+09:00' },
);

describe('checkClaim: coming to a place in its words', () => {
  it('backs 来る with a source’s 訪れる', () => {
    const errors = claimErrors(understanding, '朝市には大勢の家族連れが来ていた。', [MARKET])
      .map(described)
      .filter((error) => error.startsWith('support.predicate'));
    assert.deepEqual(errors, []);
  });

  it('comingForms gives the words of coming for one of them, and none for another verb', () => {
    assert.ok(comingForms('来る').includes('訪れる'));
    assert.ok(comingForms('訪れる').includes('来る'));
    assert.deepEqual(comingForms('戻る'), []);
  });
});
