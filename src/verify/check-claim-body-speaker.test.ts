import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Who says it: a public body named after a place is not another body of the same place (the vatt35
// round). The town announces a count; a claim that gives the count to the town's police station
// names another body, though both names open with the town's name.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const TOWN = inventedDocument(
  'tw',
  '貸し自転車の盗難、町が集計',
  [
    '青葉ヶ丘町の駅前で貸し自転車が相次いで盗まれた問題で、町は8日、町内の駐輪場を調べた結果、盗まれた自転車は計23台だったと発表した。',
    '町は防犯カメラの増設を検討している。',
  ],
  { siteName: '青葉日報', publishedAt: '2026-04-09T09:00:00+09:00' },
);

describe('checkClaim: a body named after a place, and the same place’s other bodies', () => {
  const errors = (text: string) => claimErrors(understanding, text, [TOWN]).map((finding) => finding.code);

  it('accepts the count given to the body the source gives it to', () => {
    assert.ok(!errors('青葉ヶ丘町によると、盗まれた自転車は計23台だった。').includes('support.attribution'));
  });

  it('flags the count given to another body of the same place (its police station)', () => {
    assert.ok(errors('青葉ヶ丘署によると、盗まれた自転車は計23台だった。').includes('support.attribution'));
  });
});

// The county and the town disagree on when the town was told; the county's account comes first, the
// town's position in the sentence after it. The library reckons a loss by itself.
const WARNING = inventedDocument(
  'wn',
  '堤の放水、連絡の時刻で食い違い',
  [
    '郡によると、郡の職員は放水の2時間前に町へ電話で知らせた。',
    'これに対し町は、電話を受けたのは放水の30分前としている。',
  ],
  { siteName: '川辺通信', publishedAt: '2026-06-03T09:00:00+09:00' },
);
const LIBRARY = inventedDocument(
  'lb',
  '図書室の古地図がなくなる',
  [
    '南丘村の図書室で古地図12枚がなくなり、村は南丘警察署へ届けた。',
    '村によると、古地図は江戸時代のものだという。村は損害を90万円ほどと見積もる。',
  ],
  { siteName: '丘の便り', publishedAt: '2026-06-04T09:00:00+09:00' },
);

describe('checkClaim: a body that states or reckons as its topic, not the speaker before it', () => {
  const errors = (text: string, documents = [WARNING]) =>
    claimErrors(understanding, text, documents).map((finding) => finding.code);

  it('accepts each account given to the body that holds it', () => {
    assert.ok(!errors('町によると、電話を受けたのは放水の30分前だった。').includes('support.attribution'));
    assert.ok(!errors('郡によると、職員は放水の2時間前に町へ知らせた。').includes('support.attribution'));
    assert.ok(!errors('村によると、損害は約90万円にのぼる。', [LIBRARY]).includes('support.attribution'));
  });

  it('flags the town’s position given to the county named in the sentence before', () => {
    assert.ok(errors('郡によると、電話を受けたのは放水の30分前だった。').includes('support.attribution'));
  });

  it('flags a loss the village reckons given to the police it reported to', () => {
    assert.ok(errors('警察によると、損害は約90万円にのぼる。', [LIBRARY]).includes('support.attribution'));
  });
});

// A firm named in brackets as the topic (「北星電設」は、…と説明した) speaks its own words, though the
// paragraph before cites the city's traffic section. Invented: a harbour's lights left dark.
const LIGHTS = inventedDocument(
  'lt',
  '港の街灯が一晩消える',
  [
    '市交通課によると、港の街灯は午後7時ごろから翌朝まで約40基が消えたままだった。',
    '街灯の保守を請け負う「北星電設」は、制御盤のタイマーが古い設定のままだったと説明した。',
  ],
  { siteName: '港だより', publishedAt: '2026-05-12T09:00:00+09:00' },
);

describe('checkClaim: a topic named in brackets is the speaker of its sentence (vcm37)', () => {
  const errors = (text: string) => claimErrors(understanding, text, [LIGHTS]).map((finding) => finding.code);

  it('flags the firm’s words given to the body the paragraph before cites', () => {
    assert.ok(
      errors('市交通課によると、制御盤のタイマーは古い設定のままだった。').includes('support.attribution'),
    );
  });

  it('accepts them given to the firm', () => {
    assert.ok(
      !errors('北星電設によると、制御盤のタイマーは古い設定のままだった。').includes('support.attribution'),
    );
  });
});
