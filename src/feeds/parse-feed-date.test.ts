import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeedDate } from './parse-feed-date.ts';

describe('parseFeedDate', () => {
  const cases: [string, string | undefined][] = [
    // RFC 822 as RSS 2.0 writes it
    ['Mon, 02 Jun 2025 09:30:00 +0900', '2025-06-02T09:30:00+09:00'],
    ['Mon, 02 Jun 2025 00:30:00 GMT', '2025-06-02T09:30:00+09:00'],
    ['Sun, 01 Jun 2025 20:30:00 EDT', '2025-06-02T09:30:00+09:00'],
    ['2 Jun 2025 09:30 JST', '2025-06-02T09:30:00+09:00'],
    ['Monday, 2 June 2025 09:30:00 +09:00', '2025-06-02T09:30:00+09:00'],
    ['Mon, 02 Jun 25 09:30:00 +0900', '2025-06-02T09:30:00+09:00'],
    ['Mon, 02 Jun 2025 09:30:00', '2025-06-02T09:30:00+09:00'],
    ['02 Jun 2025', '2025-06-02T00:00:00+09:00'],
    // RFC 3339 / W3CDTF as Atom, JSON Feed and dc:date write it
    ['2025-06-02T00:30:00Z', '2025-06-02T09:30:00+09:00'],
    ['2025-06-02T00:30:00.123Z', '2025-06-02T09:30:00+09:00'],
    ['2025-06-01T19:30:00-05:00', '2025-06-02T09:30:00+09:00'],
    ['2025-06-02T09:30+09:00', '2025-06-02T09:30:00+09:00'],
    ['2025-06-02 09:30:00', '2025-06-02T09:30:00+09:00'],
    ['2025-06-02', '2025-06-02T00:00:00+09:00'],
    ['2024-12-31T20:00:00Z', '2025-01-01T05:00:00+09:00'],
    // Japanese CMS style, taken as Japan time
    ['2025/06/02 09:30:00', '2025-06-02T09:30:00+09:00'],
    ['2025/6/2', '2025-06-02T00:00:00+09:00'],
    // Not dates, or zones that cannot be read: no date rather than a wrong one
    ['Mon, 02 Jun 2025 09:30:00 XYZ', undefined],
    ['2025-06-02T09:30:00+25:00', undefined],
    ['2025-02-30', undefined],
    ['2025-06-02T24:10:00Z', undefined],
    ['Mon, 02 Foo 2025 09:30:00 +0900', undefined],
    ['0000-00-00 00:00:00', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ];
  for (const [value, expected] of cases) {
    it(`reads ${JSON.stringify(value)} as ${expected ?? 'no date'}`, () => {
      assert.equal(parseFeedDate(value), expected);
    });
  }
});
