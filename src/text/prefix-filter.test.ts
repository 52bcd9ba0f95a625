import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Postings, prefixLength, tokenOrder } from './prefix-filter.ts';

const overlapOf = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((t) => b.has(t)).length;

describe('prefix filter', () => {
  it('finds every set sharing at least a fraction of the query tokens, like comparing every pair', () => {
    const token = fc.constantFrom(
      '政府',
      '発表',
      '東京',
      '予算',
      '億円',
      '市長',
      '工場',
      '建設',
      '住民',
      '会見',
    );
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(token, { maxLength: 8 }), { minLength: 1, maxLength: 30 }),
        fc.uniqueArray(token, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0.25, 0.5, 0.75, 1),
        (sets, query, fraction) => {
          const order = tokenOrder([...sets, query]);
          const postings = new Postings<number>();
          for (const [i, set] of sets.entries()) postings.add(i, set);
          const wanted = Math.ceil(fraction * query.length);
          const sorted = order.sort(query);
          const found = postings.find(sorted.slice(0, prefixLength(sorted.length, wanted)));
          const expected = sets.flatMap((set, i) =>
            overlapOf(new Set(set), new Set(query)) >= wanted ? [i] : [],
          );
          for (const i of expected) assert.ok(found.has(i), `set ${i} missed`);
        },
      ),
    );
  });

  it('orders the tokens by how many sets hold them, then by code units, ties and astral characters included', () => {
    const token = fc.oneof(
      fc.constantFrom('市長', '市', '市長選', 'AI', 'ai', '𠮷野', '吉野', 'Ｚ', 'z'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(token, { maxLength: 10 }), { maxLength: 20 }), (sets) => {
        const count = new Map<string, number>();
        for (const set of sets) for (const t of new Set(set)) count.set(t, (count.get(t) ?? 0) + 1);
        const expected = [...count.keys()].sort(
          (a, b) => (count.get(a) as number) - (count.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0),
        );
        assert.deepEqual(tokenOrder(sets).sort(sets.flat()), expected);
        // Tokens no set holds come first, by code units, each once however often it is given.
        const unheard = ['未知の語B', '未知の語A', '未知の語B'];
        assert.deepEqual(tokenOrder(sets).sort([...unheard, ...sets.flat(), ...sets.flat()]), [
          '未知の語A',
          '未知の語B',
          ...expected,
        ]);
      }),
    );
  });

  it('orders rarer tokens first and looks up only the prefix', () => {
    const order = tokenOrder([
      ['市長', '発表'],
      ['市長', '予算'],
      ['市長', '発表', '工場'],
    ]);
    assert.deepEqual(order.sort(['市長', '工場', '発表']), ['工場', '発表', '市長']);
    assert.equal(prefixLength(4, 3), 2);
    assert.equal(prefixLength(4, 0), 4);
    assert.equal(prefixLength(2, 5), 0);
    const postings = new Postings<string>();
    postings.add('a', ['工場']);
    postings.add('b', ['市長']);
    assert.deepEqual([...postings.find(['工場', '発表'])], ['a']);
  });
});
