import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, normalizeDate } from './normalize-date.ts';

describe('normalizeDate', () => {
  const cases: [input: string, expected: string | undefined][] = [
    ['2025-03-11T09:30:00+09:00', '2025-03-11T09:30:00+09:00'],
    ['2025-03-11T09:30:00.123+0900', '2025-03-11T09:30:00+09:00'],
    ['2025-03-11', '2025-03-11T00:00:00+09:00'],
    ['2025-03-11T09:30', '2025-03-11T09:30:00+09:00'],
    ['2025-03-11 09:30:15', '2025-03-11T09:30:15+09:00'],
    ['2025-03-10T23:00:00Z', '2025-03-11T08:00:00+09:00'],
    ['2025-03-10T20:00:00-05:00', '2025-03-11T10:00:00+09:00'],
    ['Tue, 11 Mar 2025 09:30:00 +0900', '2025-03-11T09:30:00+09:00'],
    ['Tue, 11 Mar 2025 00:30:00 GMT', '2025-03-11T09:30:00+09:00'],
    ['2025年3月11日', '2025-03-11T00:00:00+09:00'],
    ['2025年3月11日 9時30分', '2025-03-11T09:30:00+09:00'],
    ['2025年3月11日（火）午後3時', '2025-03-11T15:00:00+09:00'],
    ['２０２５年３月１１日 ０９:３０', '2025-03-11T09:30:00+09:00'],
    ['2025/03/11 公開', '2025-03-11T00:00:00+09:00'],
    ['2025/6/17 18:45', '2025-06-17T18:45:00+09:00'],
    ['2025.3.11', '2025-03-11T00:00:00+09:00'],
    ['令和7年3月11日', '2025-03-11T00:00:00+09:00'],
    ['令和元年5月1日', '2019-05-01T00:00:00+09:00'],
    ['2025-13-45', undefined],
    ['2025-02-29', undefined],
    ['2024-02-29', '2024-02-29T00:00:00+09:00'],
    ['2025-03-11T25:00:00+09:00', undefined],
    ['0000-00-00 00:00:00', undefined],
    ['2025-03-11T09:30:00 EST', undefined],
    ['not a date', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected ?? 'no date'}`, () => {
      assert.equal(normalizeDate(input), expected);
    });
  }
});

describe('findDates', () => {
  it('finds each date in running text with its exact position', () => {
    const text = '公開 2025年3月11日 9時30分（更新 2025/03/12 18:05）';
    const dates = findDates(text);
    assert.deepEqual(
      dates.map((date) => [text.slice(date.start, date.end), date.iso]),
      [
        ['2025年3月11日 9時30分', '2025-03-11T09:30:00+09:00'],
        ['2025/03/12 18:05', '2025-03-12T18:05:00+09:00'],
      ],
    );
  });

  it('ignores dates without a year and numbers that only look like dates', () => {
    assert.deepEqual(findDates('3月11日に発表。バージョン12025.3.11、電話 0120-3-11'), []);
  });
});
