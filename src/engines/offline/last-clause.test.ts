import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateFirst, lastClause } from './compose-offline-article.ts';

// Invented sentences: a closing may state a scheduled step that ends a longer sentence.
describe('lastClause', () => {
  it('takes a last clause that has a subject of its own', () => {
    assert.equal(
      lastClause('北川町は被害の調査を続けており、見舞金の支給は2026年12月中にも始まる見通し。'),
      '見舞金の支給は2026年12月中にも始まる見通し。',
    );
    assert.equal(
      lastClause('市は設計を急ぎ、新庁舎の着工が2027年度になる予定だ。'),
      '新庁舎の着工が2027年度になる予定だ。',
    );
  });

  it('leaves a clause without its own subject, or a short one, to its sentence', () => {
    // The object of the act, not a subject: the clause leans on the sentence's topic (町は).
    assert.equal(lastClause('町は説明会を開き、住民に計画を2026年5月に示す予定だ。'), undefined);
    assert.equal(lastClause('町は説明会を開き、5月に示す。'), undefined);
    assert.equal(lastClause('町は5月に説明会を開く予定だ。'), undefined);
  });
});

// Invented sentences: a closing led by its date.
describe('dateFirst', () => {
  it('moves the date with its particle to the front', () => {
    assert.equal(dateFirst('新館は2027年4月に開館する予定だ。'), '2027年4月に、新館は開館する予定だ。');
  });

  it('moves both dates of an act done on two together, never the second alone', () => {
    assert.equal(
      dateFirst('区は6月と7月に約20回の説明会を開く計画だ。'),
      '6月と7月に、区は約20回の説明会を開く計画だ。',
    );
    assert.equal(dateFirst('町は5月か6月に式典を開く。'), '5月か6月に、町は式典を開く。');
  });
});
