import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vpara44 round (faithful paraphrases rejected). Invented page: a seaside aquarium
// whose tank pump failed overnight, made known by the aquarium two days later.

const errorsOf = describedErrorsAgainstOne();

const AQUARIUM = inventedDocument(
  'q',
  '潮見台水族館でポンプ故障、クラゲ約40匹が死ぬ',
  [
    '潮見台水族館のクラゲの水槽で、水を循環させるポンプが夜の間に止まり、展示していたクラゲ約40匹が死んだ。',
    '水族館が6日、明らかにした。',
    '水族館は8日から、予備のポンプで展示を再開する。',
  ],
  { publishedAt: '2026-05-06T18:00:00+09:00' },
);

const errors = (claim: string) =>
  errorsOf(claim, AQUARIUM).filter((line) => !line.startsWith('support.coverage:'));

describe('a verb of making known said with another of its class (vpara44)', () => {
  it('reads 公表した, and its date, as the source’s 明らかにした', () => {
    assert.deepEqual(errors('クラゲが死んだことは、6日に水族館が公表した。'), []);
  });

  it('reads 公表した as an act the source tells, where the page says 明らかにした', () => {
    assert.deepEqual(errorsOf('水族館は6日、クラゲの死を公表した。', AQUARIUM), []);
  });

  it('still flags an act of another kind in its place', () => {
    assert.match(
      errorsOf('水族館は6日、クラゲの死を調査した。', AQUARIUM).join('\n'),
      /support\.addition:.*「調査」/u,
    );
  });

  it('still flags a publication the page never tells', () => {
    const page = inventedDocument(
      'r',
      '潮見台水族館、展示を再開へ',
      ['潮見台水族館は8日から、予備のポンプでクラゲの展示を再開する。'],
      { publishedAt: '2026-05-06T18:00:00+09:00' },
    );
    assert.match(
      errorsOf('潮見台水族館は8日から展示を再開し、故障の原因を公表する。', page).join('\n'),
      /support\.addition:.*「公表」/u,
    );
  });

  it('still flags another day for the making known', () => {
    assert.match(
      errors('クラゲが死んだことは、5日に水族館が公表した。').join('\n'),
      /support\.date:.*「5日」/u,
    );
  });

  it('still flags the date of the making known given to another act', () => {
    assert.match(errors('水族館は6日、展示を再開した。').join('\n'), /support\.date:.*「6日」/u);
  });
});

const HEAT = inventedDocument(
  'h',
  '桐生野町で猛暑、運動会を中止',
  [
    '桐生野町では9日、最高気温が37.4度に達した。',
    '町立の小学校は、予定していた運動会を中止し、児童約320人を早めに帰宅させた。',
  ],
  { publishedAt: '2026-07-09T18:00:00+09:00' },
);

const numberErrors = (claim: string) =>
  errorsOf(claim, HEAT).filter((line) => line.startsWith('support.number:'));

describe('a figure restated as a round bound it meets (vpara44)', () => {
  it('reads 37度を超えた as the source’s 37.4度', () => {
    assert.deepEqual(numberErrors('9日、桐生野町の最高気温は37度を超えた。'), []);
  });

  it('reads the level a rise reached (37.4度まで上がった) as the figure, not as an upper bound', () => {
    const page = inventedDocument(
      'k',
      '桐生野町で猛暑',
      ['桐生野町では9日、最高気温が37.4度まで上がった。'],
      { publishedAt: '2026-07-09T18:00:00+09:00' },
    );
    assert.deepEqual(
      errorsOf('9日、桐生野町の最高気温は37度を超えた。', page).filter((line) =>
        line.startsWith('support.number:'),
      ),
      [],
    );
  });

  it('still flags a bound the source’s figure does not meet', () => {
    assert.match(numberErrors('9日、桐生野町の最高気温は38度を超えた。').join('\n'), /「38度を超え」/u);
  });

  it('still flags a bound on a figure the source gives as approximate', () => {
    assert.match(numberErrors('小学校は児童300人以上を早めに帰宅させた。').join('\n'), /「300人以上」/u);
  });
});
