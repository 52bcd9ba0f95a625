import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { readSentence } from '../understand/read-sentence.ts';

// Readings of the vfa48 round (false alarms that recur across writers). Invented page: a warehouse
// whose door lock stayed at its factory code, a neighbour who saw smoke, and the firm that guards it.

const errorsOf = describedErrorsAgainstOne();
const tokenizer = await createTokenizer();

const WAREHOUSE = inventedDocument(
  'w',
  '倉庫から部品盗まれる、錠の暗証番号は初期設定のまま',
  [
    '近くに住む60代の女性は「窓を開けたら、煙が部屋に入ってきた」と話している。',
    '警備を請け負う「葦原警備」は、倉庫の電子錠の暗証番号が初期設定のままだったと説明した。',
    '組合によると、説明会は午後3時開始で、入り口の掲示板には「延期」と書かれていた。',
  ],
  { publishedAt: '2026-11-20T18:00:00+09:00' },
);

describe('readSentence: a speaker after words closed by と (vfa48)', () => {
  it('keeps the topic as the speaker where と, before the comma, is a condition (出ると、)', () => {
    assert.equal(
      readSentence('近くに住む女性は、窓を開けると、煙が部屋に入ってきたと話している。', tokenizer).speaker,
      '女性',
    );
  });

  it('still reads the speaker after words closed by a quoting と (…だと、市は説明した)', () => {
    assert.equal(readSentence('原因は配線の傷みだと、市は説明した。', tokenizer).speaker, '市');
  });
});

describe('checkClaim: the speaker the claim and its source read alike (vfa48)', () => {
  it('backs the neighbour’s words told with a condition (窓を開けると、煙が…と話している)', () => {
    assert.doesNotMatch(
      errorsOf('近くに住む60代の女性は、窓を開けると、煙が部屋に入ってきたと話している。', WAREHOUSE).join(
        '\n',
      ),
      /support\.attribution/u,
    );
  });

  it('backs a company whose name the tokenizer splits, word for word the page’s speaker', () => {
    assert.doesNotMatch(
      errorsOf(
        '警備を請け負う「葦原警備」は、倉庫の電子錠の暗証番号が初期設定のままだったと説明した。',
        WAREHOUSE,
      ).join('\n'),
      /support\.attribution/u,
    );
  });

  it('backs X によると for the page’s X によると, whatever its later quote is given to', () => {
    assert.doesNotMatch(
      errorsOf('組合によると、説明会は午後3時開始だった。', WAREHOUSE).join('\n'),
      /support\.attribution/u,
    );
  });

  it('still flags words the page gives to another speaker', () => {
    assert.match(
      errorsOf('組合は、倉庫の電子錠の暗証番号が初期設定のままだったと説明した。', WAREHOUSE).join('\n'),
      /support\.attribution/u,
    );
  });
});

describe('checkClaim: a setting said changed where the page keeps it as first set (vfa48)', () => {
  it('flags 暗証番号を変えていた against 暗証番号が初期設定のままだった', () => {
    assert.match(
      errorsOf('葦原警備は、倉庫の電子錠の暗証番号は毎月変えていたと説明した。', WAREHOUSE).join('\n'),
      /support\.negation/u,
    );
  });

  it('backs 暗証番号は初期設定から変更されていなかった', () => {
    assert.doesNotMatch(
      errorsOf(
        '葦原警備によると、倉庫の電子錠の暗証番号は、初期設定から変更されていなかった。',
        WAREHOUSE,
      ).join('\n'),
      /support\.negation/u,
    );
  });
});
