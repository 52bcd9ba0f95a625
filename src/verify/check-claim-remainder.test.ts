import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Counts a faithful claim reads in its own way (the vfa29 round): the rest of a counted whole denied
// the act of the part, "not even one" (一人も…なかった), and a sum or difference of the claim's own
// figures. Invented pages: a town hall lends out generators after a storm and hands out sandbags.

const GENERATORS = inventedDocument(
  'g',
  '湊川町、発電機の返却進む',
  [
    '湊川町によると、台風の後に貸し出した発電機30台のうち22台が返却された。',
    '返却の確認には、町の職員は同席していなかった。',
    '町は、故障した発電機の修理代の一部を住民に返した。',
  ],
  { publishedAt: '2026-09-20T09:00:00+09:00' },
);

const SANDBAGS = inventedDocument(
  's',
  '湊川町、土のうを追加配布',
  ['湊川町は10日までに、住民に土のう120袋を配った。', '町は12日、土のう80袋を追加で配った。'],
  { publishedAt: '2026-09-13T09:00:00+09:00' },
);

// A correction note that retracts a figure and a name: a claim may name them to deny them.
const PIER = inventedDocument(
  'p',
  '浜岡港の桟橋、改修へ',
  [
    '浜岡港の鷺沼桟橋は、改修に約40億円をかける。',
    '【訂正】前日の記事で、改修費を「約30億円」と記しましたが、正しくは「約40億円」です。',
    '【訂正】桟橋の名を「鷺島桟橋」と表記しましたが、正しくは「鷺沼桟橋」です。',
  ],
  { publishedAt: '2026-11-02T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const codes = (text: string, documents: readonly Document[]) =>
  claimErrors(understanding, text, documents).map((finding) => finding.code);

describe('checkClaim: the rest of a counted whole, denied the act of the part', () => {
  it('backs the remainder said not to have done what the counted part did (30台のうち22台: 8台)', () => {
    assert.deepEqual(codes('貸し出された発電機30台のうち8台は、まだ返却されていない。', [GENERATORS]), []);
  });

  it('still flags a denial of the part itself, or of a figure that is no remainder', () => {
    assert.ok(
      codes('貸し出された発電機30台のうち22台は、まだ返却されていない。', [GENERATORS]).includes(
        'support.negation',
      ),
    );
    assert.ok(
      codes('貸し出された発電機30台のうち6台は、まだ返却されていない。', [GENERATORS]).includes(
        'support.negation',
      ),
    );
  });
});

describe('checkClaim: "not even one" (一人も…なかった) counts nothing', () => {
  it('does not ask the sources for the count one of 一人も before a negation', () => {
    assert.ok(
      !codes('発電機の返却の確認には、町の職員が一人も同席していなかった。', [GENERATORS]).includes(
        'support.number',
      ),
    );
  });

  it('still asks for the count where no source denies the act (返していない against 一部を返した)', () => {
    assert.notDeepEqual(codes('町は発電機の修理代を住民に1円も返していない。', [GENERATORS]), []);
  });

  it('still asks for one person said to have done the act', () => {
    assert.ok(
      codes('発電機の返却の確認には、町の職員が一人同席した。', [GENERATORS]).includes('support.number'),
    );
  });
});

describe("checkClaim: a sum or a difference of the claim's own figures", () => {
  it('backs a sum the claim adds up from figures the sources give (120袋 + 80袋)', () => {
    assert.ok(
      !codes('町が配った土のうは、10日までの120袋と12日の80袋を合わせて200袋になる。', [SANDBAGS]).includes(
        'support.number',
      ),
    );
  });

  it('backs a difference the claim tells between figures the sources give (120袋 − 80袋)', () => {
    assert.ok(
      !codes('12日に配った80袋は、10日までの120袋より40袋少ない。', [SANDBAGS]).includes('support.number'),
    );
    // …never another value.
    assert.ok(
      codes('12日に配った80袋は、10日までの120袋より30袋少ない。', [SANDBAGS]).includes('support.number'),
    );
  });

  it('flags a sum that does not add up, and one the claim does not tell', () => {
    assert.ok(
      codes('町が配った土のうは、10日までの120袋と12日の80袋を合わせて220袋になる。', [SANDBAGS]).includes(
        'support.number',
      ),
    );
    assert.ok(
      codes('町は10日までに120袋、12日に80袋の土のうを配り、倉庫に200袋を置いた。', [SANDBAGS]).includes(
        'support.number',
      ),
    );
  });
});

describe('checkClaim: a value a correction note retracts, named by the claim to deny it', () => {
  it('backs the retracted figure and name where the claim denies them (ではなく, ではなかった)', () => {
    assert.ok(!codes('鷺沼桟橋の改修費は約30億円ではなく約40億円だ。', [PIER]).includes('support.number'));
    assert.ok(
      !codes('改修される桟橋は「鷺沼桟橋」で、「鷺島桟橋」ではなかった。', [PIER]).includes('support.name'),
    );
  });

  it('still flags the retracted figure and name stated as they stand', () => {
    assert.ok(codes('鷺沼桟橋の改修費は約30億円だ。', [PIER]).includes('support.number'));
    assert.ok(codes('改修されるのは浜岡港の「鷺島桟橋」だ。', [PIER]).includes('support.name'));
  });
});
