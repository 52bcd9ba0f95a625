import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// False alarms of the newest writers (the vfa39 round): a body named by its kind (バス会社, 町側) and a
// speaker named as the page names them elsewhere (a surname and a shortened office, a bare noun the page
// described before) are the ones the page's sentence is about. Invented pages.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});
const codes = (text: string, pages: Parameters<typeof claimErrors>[2]) =>
  claimErrors(understanding, text, pages).map((finding) => finding.code);

const BUS = inventedDocument(
  'bs',
  '運行会社が破産申請 東谷市の路線バス8路線が運休',
  [
    '東谷市で路線バスを走らせていた運行会社が5日、破産を申し立てた。',
    '6日は市内の8路線がすべて運休した。市は隣の市のバス会社に代わりの運行を頼んでいる。',
  ],
  { publishedAt: '2026-05-06T09:00:00+09:00' },
);
describe('checkClaim: a company named by kind words (the agent check)', () => {
  it('accepts バス会社 for the 運行会社 the headline names', () => {
    assert.ok(
      !codes('東谷市の路線バスを受け持つバス会社が破産を申し立て、6日は8路線とも運休した。', [BUS]).includes(
        'support.name',
      ),
    );
  });
  it('still flags the city given the company’s act', () => {
    assert.ok(
      codes('東谷市の路線バスを受け持つ市が破産を申し立て、6日は8路線とも運休した。', [BUS]).includes(
        'support.name',
      ),
    );
  });
});

const HALL = inventedDocument(
  'hl',
  '公民館の閉鎖、町議会で説明',
  [
    '鳩ヶ丘町は3日、老朽化した中央公民館を閉鎖すると発表した。公民館は40年前に県が建てた。',
    '4日には町議会の委員会が開かれ、町側が閉鎖の理由を説明した。',
  ],
  { publishedAt: '2026-05-05T09:00:00+09:00' },
);
describe('checkClaim: the side of a body’s kind in a later clause (町側が)', () => {
  it('accepts the town for 町側, the subject of the clause after the meeting was held', () => {
    assert.ok(
      !codes('鳩ヶ丘町は3日に公民館の閉鎖を発表し、翌4日には町議会の委員会で理由を説明した。', [
        HALL,
      ]).includes('support.name'),
    );
  });
  it('still flags a body of another kind (県)', () => {
    assert.ok(
      codes('県は4日、町議会の委員会で公民館の閉鎖の理由を説明した。', [HALL]).includes('support.name'),
    );
  });
});

const WATER = inventedDocument(
  'wt',
  '水道局で誤請求、約300世帯に',
  [
    '北松市水道局は10日、約300世帯から水道料金を二重に徴収したと明らかにした。',
    '鴨志田篤之水道局長は「点検の手順を飛ばしていた。申し訳ない」と話した。',
  ],
  { publishedAt: '2026-05-11T09:00:00+09:00' },
);
describe('checkClaim: a surname and shortened office against a full name the dictionary split', () => {
  it('accepts 鴨志田局長 for the 水道局長 whose full name opens with that surname', () => {
    assert.ok(
      !codes('鴨志田局長は、点検の手順を飛ばしていたと認めて謝った。', [WATER]).includes(
        'support.attribution',
      ),
    );
  });
  it('still flags another surname with the same office, and another office', () => {
    assert.ok(
      codes('沢村局長は、点検の手順を飛ばしていたと認めて謝った。', [WATER]).includes('support.attribution'),
    );
    assert.ok(
      codes('北松市長は、点検の手順を飛ばしていたと認めて謝った。', [WATER]).includes('support.attribution'),
    );
  });
});

const WAGON = inventedDocument(
  'wg',
  '国道でワゴン車が横転、1人けが',
  [
    '7日午前5時ごろ、西浦町の国道でワゴン車が横転した。',
    '県警によると、ワゴン車は配送会社の車両で、38歳の男性運転手が腕にすり傷を負った。',
    'ほかに被害はなかった。',
    '運転手は「よそ見をしていた」と話しており、県警が事情を聴いている。',
  ],
  { publishedAt: '2026-05-07T12:00:00+09:00' },
);
describe('checkClaim: a speaker the page described before calling them by the bare noun', () => {
  it('accepts the description the page gave the driver two sentences before', () => {
    assert.ok(
      !codes('横転したワゴン車の38歳の運転手は腕にすり傷を負い、県警によそ見をしていたと話した。', [
        WAGON,
      ]).includes('support.attribution'),
    );
  });
  it('still flags a description the page never gave that speaker (a bus)', () => {
    assert.ok(
      codes('横転したバスの38歳の運転手は腕にすり傷を負い、県警によそ見をしていたと話した。', [
        WAGON,
      ]).includes('support.attribution'),
    );
  });
});

const TEMPLE = inventedDocument(
  'tp',
  '寺の鐘に落書き',
  [
    '北谷市の古刹で鐘楼の柱に落書きが見つかった。',
    '柿原道玄住職は取材に「何より柱が元通りになるのか心配だ」と語った。',
  ],
  { publishedAt: '2026-05-08T09:00:00+09:00' },
);
describe('checkClaim: a feeling told of its speaker, named by surname and title', () => {
  it('accepts 柿原住職 for the 柿原道玄住職 who said it', () => {
    assert.ok(
      !codes('柿原住職は、柱が元通りになるのかを心配している。', [TEMPLE]).includes('support.attribution'),
    );
  });
  it('still flags another surname with the same title', () => {
    assert.ok(
      codes('梅田住職は、柱が元通りになるのかを心配している。', [TEMPLE]).includes('support.attribution'),
    );
  });
});

const FREEZER = inventedDocument(
  'fz',
  '冷凍庫の故障で魚を廃棄',
  [
    '漁協によると、港の冷凍庫が故障し、保管していた魚が傷んだ。冷凍庫の管理係が「出荷できない」と考え、魚を捨てたという。',
  ],
  { publishedAt: '2026-05-09T09:00:00+09:00' },
);
describe('checkClaim: hearsay (…という) carrying on the account of the speaker before', () => {
  it('accepts the account given to the body the sentence before names (漁協によると)', () => {
    assert.ok(
      !codes('漁協の説明では、冷凍庫が故障して魚が傷んだため、管理係が魚を捨てた。', [FREEZER]).includes(
        'support.attribution',
      ),
    );
  });
  it('still flags the account given to another body', () => {
    assert.ok(
      codes('市の説明では、冷凍庫が故障して魚が傷んだため、管理係が魚を捨てた。', [FREEZER]).includes(
        'support.attribution',
      ),
    );
  });
});

const SPA_TAX = inventedDocument(
  'sx',
  '北川町、入湯税を新設 1人150円 27年4月導入目指す 県内で初',
  ['北川町は10日、温泉の入浴客から1人150円の入湯税を取る条例案をまとめた。2027年4月の導入を目指す。'],
  { publishedAt: '2026-05-10T18:00:00+09:00' },
);
describe('checkClaim: a headline part that opens with a figure hedges only itself', () => {
  it('accepts the headline’s other parts, stated flatly', () => {
    assert.ok(!codes('北川町、入湯税を新設 1人150円 県内で初', [SPA_TAX]).includes('support.modality'));
  });
  it('still flags the hedged part stated flatly', () => {
    assert.ok(codes('北川町は2027年4月に入湯税を導入する。', [SPA_TAX]).includes('support.modality'));
  });
});
