import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findVisibleDates, isDateLine } from './find-visible-dates.ts';

describe('findVisibleDates', () => {
  it('takes the 公開 date as published and the 更新 date as modified, whatever their order', () => {
    assert.deepEqual(findVisibleDates(['最終更新：2025年3月12日 18:05', '公開日：2025年3月11日']), {
      publishedAt: '2025-03-11T00:00:00+09:00',
      modifiedAt: '2025-03-12T18:05:00+09:00',
    });
  });

  it('reads a label written after its date', () => {
    assert.deepEqual(findVisibleDates(['2025/03/11 公開 2025/03/12 更新']), {
      publishedAt: '2025-03-11T00:00:00+09:00',
      modifiedAt: '2025-03-12T00:00:00+09:00',
    });
  });

  it('gives a bracketed 更新 label to the date inside the brackets, not the one before them', () => {
    assert.deepEqual(findVisibleDates(['2025年3月11日 公開（更新 2025年3月12日 18:05）']), {
      publishedAt: '2025-03-11T00:00:00+09:00',
      modifiedAt: '2025-03-12T18:05:00+09:00',
    });
    assert.deepEqual(findVisibleDates(['2025年3月11日 9時30分 (更新 2025年3月12日)']), {
      publishedAt: '2025-03-11T09:30:00+09:00',
      modifiedAt: '2025-03-12T00:00:00+09:00',
    });
  });

  it('never reports an update date as the publication date', () => {
    assert.deepEqual(findVisibleDates(['更新日 2025年3月12日']), { modifiedAt: '2025-03-12T00:00:00+09:00' });
  });

  it('uses an unlabelled date line, but not dates inside prose', () => {
    assert.deepEqual(findVisibleDates(['2025年3月11日 9時30分', '本文']), {
      publishedAt: '2025-03-11T09:30:00+09:00',
    });
    assert.deepEqual(findVisibleDates(['開業は2026年4月1日の予定。']), {});
    const prose =
      '市は2025年3月11日、新しい桟橋の工事を4月から始めると発表した。工期は3年で、総事業費は約12億円となる。';
    assert.deepEqual(findVisibleDates([prose]), {});
  });
});

describe('isDateLine', () => {
  it('recognises lines that only state dates, labels and times', () => {
    for (const line of [
      '2025年3月11日 公開（更新 2025年3月12日 18:05）',
      '6月18日 07:00',
      '2025/09/02 公開',
      '公開日：2025年3月11日',
      '最終更新日時：2025年3月12日（水）午後6時5分',
    ]) {
      assert.equal(isDateLine(line), true, line);
    }
  });

  it('keeps lines that say anything else', () => {
    for (const line of ['2025年3月11日 みなと市で式典', '3月11日に開通する。', '経済部 小西拓也', '18:05']) {
      assert.equal(isDateLine(line), false, line);
    }
  });
});
