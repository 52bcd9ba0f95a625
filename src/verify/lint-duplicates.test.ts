import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDuplicateLines } from './lint-duplicates.ts';

const lineOf = (text: string) => (offset: number) => text.slice(0, offset).split('\n').length;
const duplicates = (text: string) =>
  findDuplicateLines(text, lineOf(text)).map((hit) => ({
    severity: hit.severity,
    text: text.slice(hit.offset, hit.offset + hit.length),
    message: hit.message,
  }));

const LONG = '市は来年度から路線バスの運行本数を2割増やす方針を明らかにした。';
const OTHER = '増便に必要な費用は年間約3億円で、市の一般会計から補う。';

describe('findDuplicateLines', () => {
  it('reports a paragraph repeated right after itself as an error, as one block', () => {
    const text = `${LONG}\n${OTHER}\n\n${LONG}\n${OTHER}\n`;
    const [hit, ...rest] = duplicates(text);
    assert.equal(rest.length, 0);
    assert.equal(hit?.severity, 'error');
    assert.equal(hit?.text, `${LONG}\n${OTHER}`);
    assert.match(hit?.message ?? '', /2 lines .* repeat lines 1–2 right after it/);
  });

  it('compares lines after NFKC and without whitespace', () => {
    const text = `${LONG}\n${OTHER}\n${LONG.replace('2割', '２割').replace('市は', '市は ')}`;
    assert.deepEqual(
      duplicates(text).map((hit) => hit.severity),
      ['warning'],
    );
  });

  it('only notes a short set phrase repeated elsewhere', () => {
    const text = `今後の動きが気になる話題ですね。\n${LONG}\n今後の動きが気になる話題ですね。`;
    assert.deepEqual(
      duplicates(text).map((hit) => hit.severity),
      ['info'],
    );
  });

  it('does not report distinct lines, short lines or shared card dates', () => {
    assert.deepEqual(
      duplicates(`${LONG}\n${OTHER}\n不可能\n不可能\n公開日:2025/03/11\n公開日:2025/03/11`),
      [],
    );
  });

  it('keeps a 💡 point and a ✅ line with the same sentence apart: they play different parts', () => {
    assert.deepEqual(duplicates(`💡 ${LONG}\n✅ ${LONG}`), []);
  });
});
