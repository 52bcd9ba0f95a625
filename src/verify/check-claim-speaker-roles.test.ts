import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// The speaker of a quote as the claim describes them, against the source's speaker of the words.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const PAGE = inventedDocument(
  's',
  '桜台中の体育館、改修で休止',
  [
    '桜台中の保護者会長を務める男性（52）は「説明が遅い。体育館の安全を早く知らせてほしい」と話した。',
    '港北電機の森川昭夫社長は「再発を防ぐ」と述べた。',
    '近くで雑貨店を営む70代の女性は「寂しくなる」と話した。',
    '防災に詳しい気象予報士の川上聡さんは「早めの避難が必要だ」と話した。',
    '漁協組合長の石田浩さんは、漁の再開を求めた。',
    '石田さんは「早く漁に出たい」と話した。',
  ],
  { siteName: '桜台日報', publishedAt: '2026-05-12T09:00:00+09:00' },
);

const NEIGHBOUR = inventedDocument(
  'n',
  '堤防の一部が崩れる 西川町',
  [
    '西川町で29日未明、川の堤防の一部が崩れた。',
    '近くに住む男性（70）は「夜中に大きな音がした。停電かと思った」と話した。',
    '町の商工会長は「店の多くが浸水した。商店が営業を続けられるよう、できる限り支える」と話した。',
  ],
  { siteName: '西川新報', publishedAt: '2026-06-30T09:00:00+09:00' },
);

describe("checkClaim: the description of a quote's speaker", () => {
  const roleErrors = (text: string) =>
    claimErrors(understanding, text, [PAGE])
      .filter((finding) => finding.code === 'role.mismatch')
      .map((finding) => finding.params?.role);

  it('flags an office the source does not give the speaker of the words', () => {
    assert.deepEqual(roleErrors('桜台中の校長は「早く知らせてほしい」と話した。'), ['校長']);
    assert.deepEqual(roleErrors('港北電機の会長を務める森川昭夫さんは「再発を防ぐ」と述べた。'), ['会長']);
    assert.deepEqual(roleErrors('東都大学の教授で防災に詳しい川上聡さんは「早めの避難が必要だ」と話した。'), [
      '教授',
    ]);
    // An office given to someone the source describes by what they do, not by any office.
    assert.deepEqual(roleErrors('商店会の会長を務める70代の女性は「寂しくなる」と話した。'), ['会長']);
  });

  it('reports a wrong title once, whether read from the name or from the speaker of the quote', () => {
    assert.deepEqual(roleErrors('港北電機の森川昭夫会長は「再発を防ぐ」と述べた。'), ['会長']);
  });

  it('flags a workplace the source does not give the speaker', () => {
    assert.deepEqual(roleErrors('駅の売店で働く70代の女性は「寂しくなる」と話した。'), ['売店']);
  });

  it('compares a bare speaker with the office the sources give the person by name elsewhere', () => {
    assert.deepEqual(roleErrors('漁協の組合長を務める石田浩さんは「早く漁に出たい」と話した。'), []);
    assert.deepEqual(roleErrors('漁協の理事を務める石田浩さんは「早く漁に出たい」と話した。'), ['理事']);
    // An office the sources give, but of a body they do not name with it.
    assert.ok(
      roleErrors('東町漁協組合長の石田浩さんは「早く漁に出たい」と話した。').includes('東町漁協組合長'),
    );
  });

  it('compares the speaker of reported words without quotes with the source speaker of the words', () => {
    assert.deepEqual(roleErrors('桜台中の校長は、体育館の安全を早く知らせてほしいと話した。'), ['校長']);
    assert.deepEqual(roleErrors('港北電機の会長を務める森川昭夫さんは、再発を防ぐと述べた。'), ['会長']);
    assert.deepEqual(roleErrors('保護者会の会長は、体育館の安全を早く知らせてほしいと話した。'), []);
    assert.deepEqual(roleErrors('港北電機の社長は、再発を防ぐと述べた。'), []);
  });

  it('aligns reported words by what was said, not by the description being compared', () => {
    const errors = (text: string) =>
      claimErrors(understanding, text, [NEIGHBOUR])
        .filter((finding) => finding.code === 'role.mismatch')
        .map((finding) => finding.params?.role);
    // The claim's own description (工場で働く) would pull the alignment off the source's words.
    assert.deepEqual(errors('川沿いの工場で働く男性は、夜中に大きな音がして停電かと思ったと話した。'), [
      '工場',
    ]);
    assert.deepEqual(errors('川沿いで薬剤師をしている男性は、夜中に大きな音がして停電かと思ったと話した。'), [
      '薬剤師',
    ]);
    assert.deepEqual(errors('川沿いに住む男性は、夜中に大きな音がして停電かと思ったと話した。'), []);
    // The speaker of reported words written with an age (男性（70）は) is read and described too.
    assert.deepEqual(errors('工場職員の男性（70）は、夜中に大きな音がして停電かと思ったと話した。'), [
      '工場職員',
    ]);
    assert.deepEqual(errors('近所の男性（70）は、夜中に大きな音がして停電かと思ったと話した。'), []);
    // Words the source quote gives over several clauses are found in the one sentence that has them all.
    assert.deepEqual(errors('商工会の副会長は、商店をできる限り支えると話した。'), ['副会長']);
    assert.deepEqual(errors('商工会の会長は、商店をできる限り支えると話した。'), []);
  });

  it('accepts paraphrases of the description', () => {
    for (const text of [
      '保護者会の会長は「早く知らせてほしい」と話した。',
      '桜台中の保護者会長は「早く知らせてほしい」と話した。',
      '港北電機の社長は「再発を防ぐ」と述べた。',
      '気象予報士の川上聡さんは「早めの避難が必要だ」と話した。',
      '雑貨店を営む70代の女性は「寂しくなる」と話した。',
    ])
      assert.deepEqual(roleErrors(text), [], text);
  });
});

// Offices of one committee and of one section, written with a rank before or after them.
const PANEL = inventedDocument(
  'w',
  '検証委が初会合',
  [
    '委員長を務める弁護士の森田進氏は「経緯を詳しく調べる」と述べた。',
    '副会長に就く予定の青葉大学の川口直美教授は「公平に見たい」と話した。',
    '県道路課の村田聡課長は「橋の点検を急ぐ」と説明した。',
    '北町小の大西和也校長は「安全を確かめる」と話した。',
  ],
  { siteName: '桜台日報', publishedAt: '2026-05-12T09:00:00+09:00' },
);

describe('checkClaim: an office of another rank than the source gives the speaker', () => {
  const roleErrors = (text: string) =>
    claimErrors(understanding, text, [PANEL])
      .filter((finding) => finding.code === 'role.mismatch')
      .map((finding) => finding.params?.role);

  it('flags a member made of the chair and a deputy made of the head (委員 for 委員長, 会長 for 副会長)', () => {
    assert.deepEqual(roleErrors('委員を務める弁護士の森田進氏は「経緯を詳しく調べる」と述べた。'), ['委員']);
    assert.deepEqual(roleErrors('会長に就く予定の青葉大学の川口直美教授は「公平に見たい」と話した。'), [
      '会長',
    ]);
    assert.deepEqual(roleErrors('委員長を務める弁護士の森田進氏は「経緯を詳しく調べる」と述べた。'), []);
    assert.deepEqual(roleErrors('副会長に就く予定の川口直美教授は「公平に見たい」と話した。'), []);
  });

  it('flags an assistant or a vice-principal made of the head (課長補佐 for 課長, 教頭 for 校長)', () => {
    assert.deepEqual(roleErrors('県道路課の村田聡課長補佐は「橋の点検を急ぐ」と説明した。'), ['課長補佐']);
    assert.deepEqual(roleErrors('北町小の大西和也教頭は「安全を確かめる」と話した。'), ['教頭']);
    assert.deepEqual(roleErrors('県道路課の村田聡課長は「橋の点検を急ぐ」と説明した。'), []);
  });
});

// A speaker described by an age in parentheses and by an office held, written otherwise by a claim.
const SHOP = inventedDocument(
  't',
  '商店街の老舗が閉店へ',
  [
    '商店街の老舗「まるや」が今月末で閉店する。',
    '近くで雑貨店を営む女性（74）は「寂しくなる」と話した。',
    '保護者会の会長を務める男性（45）は「説明が足りない」と話した。',
  ],
  { siteName: '桜台日報', publishedAt: '2026-05-12T09:00:00+09:00' },
);

describe("checkClaim: a quote's speaker described in other words", () => {
  const errors = (text: string) => claimErrors(understanding, text, [SHOP]).map((finding) => finding.code);

  it('accepts an age given by its decade (70代の女性 for 女性（74）), not another decade', () => {
    assert.deepEqual(errors('70代の女性は「寂しくなる」と話した。'), []);
    assert.deepEqual(errors('雑貨店を営む70代の女性は「寂しくなる」と話した。'), []);
    const other = errors('60代の女性は「寂しくなる」と話した。');
    assert.ok(other.includes('quote.speaker') && other.includes('support.number'), other.join(', '));
  });

  it('accepts an office written as one compound (保護者会長 for 保護者会の会長), not another office', () => {
    assert.deepEqual(errors('保護者会長の男性は「説明が足りない」と話した。'), []);
    assert.ok(errors('校長の男性は「説明が足りない」と話した。').includes('role.mismatch'));
  });
});

// One page quotes a person by name only; another gives the person's office.
const QUOTED = inventedDocument(
  'u',
  '港北電機で製品事故',
  ['港北電機の森川昭夫氏は「部品の検査を見直す」と述べた。'],
  { siteName: '港北日報', publishedAt: '2026-05-12T09:00:00+09:00' },
);
const TITLED = inventedDocument('v', '港北電機が会見', ['港北電機の森川昭夫社長は12日、会見で謝罪した。'], {
  siteName: '港北タイムス',
  publishedAt: '2026-05-12T10:00:00+09:00',
});

describe('checkClaim: a speaker named in one page and given an office in another', () => {
  const roleErrors = (text: string) =>
    claimErrors(understanding, text, [QUOTED, TITLED])
      .filter((finding) => finding.code === 'role.mismatch')
      .map((finding) => finding.params?.role);

  it('accepts the office the other page gives, and flags another', () => {
    assert.deepEqual(roleErrors('港北電機の社長を務める森川昭夫さんは「部品の検査を見直す」と述べた。'), []);
    assert.deepEqual(roleErrors('港北電機の会長を務める森川昭夫さんは「部品の検査を見直す」と述べた。'), [
      '会長',
    ]);
  });
});

// A role given in words the description's reading does not take as one (vfa24).
const HALL = inventedDocument(
  'h',
  '東浦市民ホールで停電',
  [
    '東浦市民ホールで19日夜、停電があり、演奏会が中断した。',
    '客席の市内の会社員女性（33）は「真っ暗になって驚いた」と話した。',
    'ホールには当時、合唱団の団員40人と監督の講師1人がいた。監督が「座って待ってください」と呼びかけた。',
  ],
  { siteName: '東浦新聞', publishedAt: '2026-06-20T09:00:00+09:00' },
);

describe('checkClaim: a role the source gives in its description’s words or the sentence before (vfa24)', () => {
  const roleErrors = (text: string) =>
    claimErrors(understanding, text, [HALL])
      .filter((finding) => finding.code === 'role.mismatch')
      .map((finding) => finding.params?.role);

  it('accepts a role run into the description (会社員女性) or tied by の to the speaker’s role before', () => {
    assert.deepEqual(roleErrors('会社員の女性は「真っ暗になって驚いた」と話した。'), []);
    assert.deepEqual(roleErrors('監督の講師が「座って待ってください」と呼びかけた。'), []);
  });

  it('still flags a role the description and the sentence before do not give the speaker', () => {
    assert.deepEqual(roleErrors('公務員の女性は「真っ暗になって驚いた」と話した。'), ['公務員']);
    assert.deepEqual(roleErrors('監督の教授が「座って待ってください」と呼びかけた。'), ['教授']);
  });
});

describe('checkClaim: a speaker named by surname and office for the full name (vfa27)', () => {
  // Rare surnames the dictionary does not read as a person's: the surname runs into the office.
  const FULL = inventedDocument(
    'f',
    '蕪木町、井戸の補修へ',
    [
      '蕪木町の蓼科悦郎町長は「町民の暮らしをできる限り支える」と話した。',
      '鷺沼町商店会の蓼科千代子会長は「来月の祭りは予定通り開く」と話した。',
    ],
    { publishedAt: '2026-09-10T18:00:00+09:00' },
  );
  const errors = (text: string) =>
    claimErrors(understanding, text, [FULL])
      .filter((finding) => finding.code === 'role.mismatch' || finding.code === 'support.attribution')
      .map((finding) => finding.code);

  it('accepts the surname and office (蓼科町長) of the person the source names in full', () => {
    assert.deepEqual(errors('蕪木町の蓼科町長は、町民の暮らしをできる限り支えたいと話した。'), []);
    assert.deepEqual(errors('鷺沼町商店会の蓼科会長は、来月の祭りは予定通り開くと話した。'), []);
  });

  it('still flags another office made of the surname and a prefix (蓼科副町長, 蓼科副会長)', () => {
    assert.ok(errors('蕪木町の蓼科副町長は、町民の暮らしをできる限り支えたいと話した。').length > 0);
    assert.ok(errors('鷺沼町商店会の蓼科副会長は、来月の祭りは予定通り開くと話した。').length > 0);
  });

  // A rare given name the dictionary splits, one letter read as a person's and the last run into
  // the office (朋 a name, 葉部長 the office): the run is compared as written (vfa38).
  const SPLIT = inventedDocument(
    's',
    '古い橋の点検',
    ['町土木部の葦谷朋葉部長は「古い橋の点検を急ぎたい」と話した。'],
    { publishedAt: '2026-09-10T18:00:00+09:00' },
  );
  const splitErrors = (text: string) =>
    claimErrors(understanding, text, [SPLIT])
      .filter((finding) => finding.code === 'role.mismatch' || finding.code === 'support.attribution')
      .map((finding) => finding.code);

  it('accepts the surname and office of a full name the dictionary split inside (vfa38)', () => {
    assert.deepEqual(splitErrors('葦谷部長は、古い橋の点検を急ぎたいと話した。'), []);
    assert.ok(splitErrors('葦谷課長は、古い橋の点検を急ぎたいと話した。').length > 0);
    assert.ok(splitErrors('葦谷副部長は、古い橋の点検を急ぎたいと話した。').length > 0);
  });
});
