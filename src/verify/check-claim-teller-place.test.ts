import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Who announces it: the topic of the verb of announcing (X は…と発表した), not a name the sentence
// gives as the place where it happened (…の Y で火事が起き: a locative で), nor a division that heads
// the address (X 県苔野町の…), nor a body whose first two characters the sentence gives as a place
// (苔野町 for 苔野建設: a division's name before its kind).
// The vatt45 round.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const BARN = inventedDocument(
  'bn',
  '資料館の倉庫で漏水、配管の継ぎ目が原因',
  [
    '霞野県苔野町の町立郷土資料館で倉庫に水がたまった件で、設備の管理を請け負う白石設備は12日、配管の継ぎ目が外れて水が漏れ出したと発表した。',
    '苔野建設が配管の交換を請け負う。',
  ],
  { siteName: '霞野タイムズ', publishedAt: '2026-05-13T09:00:00+09:00' },
);

describe('checkClaim: a name given as the place, not as who announces', () => {
  const errors = (text: string) => claimErrors(understanding, text, [BARN]).map((finding) => finding.code);

  it('accepts the cause given to the body that announced it', () => {
    assert.ok(
      !errors('白石設備は12日、配管の継ぎ目が外れて水が漏れ出したと発表した。').includes(
        'support.attribution',
      ),
    );
  });

  it('flags the cause given to the hall where it happened (named before で)', () => {
    assert.ok(
      errors('資料館は12日、配管の継ぎ目が外れて水が漏れ出したと発表した。').includes('support.attribution'),
    );
  });

  it('flags the cause given to a company whose first two characters are the town’s name', () => {
    assert.ok(
      errors('苔野建設は12日、配管の継ぎ目が外れて水が漏れ出したと発表した。').includes(
        'support.attribution',
      ),
    );
  });
});

// A company named as the owner of the place (X の…倉庫で) and then as 同社 that announces: its own words.
const DEPOT = inventedDocument(
  'dp',
  '倉庫の屋根に穴、出荷を別の拠点へ',
  [
    '霞野県苔野町の青松運輸苔野倉庫で屋根に穴が開いた問題で、同社は3日、出荷を同県霞市の霞倉庫に移したと発表した。',
  ],
  { siteName: '霞野タイムズ', publishedAt: '2026-05-04T09:00:00+09:00' },
);

describe('checkClaim: a company that owns the place and announces as 同社', () => {
  it('accepts the announcement given to the company', () => {
    const codes = claimErrors(understanding, '青松運輸は3日、出荷を霞市の霞倉庫に移したと発表した。', [
      DEPOT,
    ]).map((finding) => finding.code);
    assert.ok(!codes.includes('support.attribution'));
  });
});

// A division that heads the address (霞野県苔野町で…) is where it happened; the company after it announces.
const SHED = inventedDocument(
  'sh',
  '倉庫で漏水',
  [
    '霞野県苔野町で倉庫に水がたまった件で、白石設備は12日、配管の継ぎ目が外れて水が漏れ出したと明らかにした。',
    '白石設備の社長は「申し訳ない」と話した。',
  ],
  { siteName: '霞野タイムズ', publishedAt: '2026-05-13T09:00:00+09:00' },
);

describe('checkClaim: a division named as the head of the address, not as who announces', () => {
  const errors = (text: string) => claimErrors(understanding, text, [SHED]).map((finding) => finding.code);

  it('accepts the cause given to the company that made it known', () => {
    assert.ok(
      !errors('白石設備は12日、配管の継ぎ目が外れて水が漏れ出したと明らかにした。').includes(
        'support.attribution',
      ),
    );
  });

  it('flags the cause given to the prefecture the address opens with', () => {
    assert.ok(
      errors('霞野県は12日、配管の継ぎ目が外れて水が漏れ出したと明らかにした。').includes(
        'support.attribution',
      ),
    );
  });
});

// The dateline (【鷺沼】) and a name in brackets before で (タワー「鷺沼駅前タワー」で) give the place,
// not the owner of the tower, whose name opens with the same two characters.
const TOWER = inventedDocument(
  'tw',
  '外壁の足場が傾く　鷺沼のビル',
  [
    '【鷺沼】霞野県鷺沼市の複合ビル「鷺沼駅前タワー」で足場が傾いた事故で、工事を請け負う青空建装は9日、足場の固定金具が緩み、足場ごと傾いたとみられると発表していた。',
    '作業員は無事だった。',
    'ビルを所有する鷺沼地所は9日、青空建装との契約を改める考えを示した。',
  ],
  { siteName: '霞野タイムズ', publishedAt: '2026-05-10T09:00:00+09:00' },
);

describe('checkClaim: the dateline and a bracketed place name, not who announces', () => {
  const errors = (text: string) => claimErrors(understanding, text, [TOWER]).map((finding) => finding.code);

  it('accepts the cause given to the contractor that announced it', () => {
    assert.ok(
      !errors('青空建装は9日、足場の固定金具が緩み、足場ごと傾いたとみられると発表していた。').includes(
        'support.attribution',
      ),
    );
  });

  it('flags the cause given to the tower’s owner, named after the same place', () => {
    assert.ok(
      errors('鷺沼地所は9日、足場の固定金具が緩み、足場ごと傾いたとみられると発表していた。').includes(
        'support.attribution',
      ),
    );
  });
});
