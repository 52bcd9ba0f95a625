import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// Readings of the vfa41 round (false alarms of the newest writers, set61/62, and of the writers
// before them). Invented pages: a break-in at a shop, a small fire, a school's broken water pipe, a
// deer in a town (in Japanese and in English).

const errorsOf = describedErrorsAgainstOne();

const BREAK_IN = inventedDocument(
  'b',
  '雑貨店に窃盗、レジの現金盗まれる',
  [
    '桧原市の雑貨店で5日未明、レジの現金約12万円が盗まれているのを出勤した店員が見つけた。',
    '桧原北署によると、裏口の鍵が壊されていた。',
    '同署は窃盗事件として、近くの防犯カメラの映像を調べている。',
  ],
  { publishedAt: '2026-05-05T12:00:00+09:00' },
);

const BREAK_IN_FIRE_STATION = inventedDocument(
  'f',
  '雑貨店でぼや、けが人なし',
  [
    '桧原市の雑貨店で5日未明、裏口付近の段ボールが焦げているのを出勤した店員が見つけた。',
    '桧原消防署によると、けが人はいなかった。',
    '同署は火が出た原因を調べている。',
  ],
  { publishedAt: '2026-05-05T12:00:00+09:00' },
);

describe('checkClaim: 警察 for a police station the page names by its place (…署, 同署)', () => {
  it('reads the claim’s 警察 as the page’s 桧原北署 and 同署', () => {
    assert.doesNotMatch(
      errorsOf('警察は、店の周辺の防犯カメラの映像を調べている。', BREAK_IN).join('\n'),
      /「警察」/u,
    );
  });

  it('does not read a fire station (消防署, 同署 after it) as the police', () => {
    assert.match(
      errorsOf('警察と店員は、倉庫で火が出た原因を調べている。', BREAK_IN_FIRE_STATION).join('\n'),
      /「警察」/u,
    );
  });
});

const PIPE = inventedDocument(
  'p',
  '小学校で水道管破裂、臨時休校',
  [
    '榎田町の町立榎田小学校で8日朝、校舎の水道管が破裂し、1階の廊下や教室が水浸しになった。',
    '町教育委員会は9日、同校を臨時休校にすると決めた。',
    '町教委は10日までに管を取り替え、11日から授業を再開する方針だ。',
  ],
  { publishedAt: '2026-06-09T18:00:00+09:00' },
);

describe('checkClaim: 問題 as the frame of a lead (〜た問題で、)', () => {
  it('does not count 問題 of 〜が破裂した問題で、 as a word the page must say', () => {
    assert.doesNotMatch(
      errorsOf('水道管が破裂した問題で、町教委は同校を臨時休校とする措置を決めた。', PIPE).join('\n'),
      /「問題」/u,
    );
  });

  it('still counts 問題 said as a thing of its own (問題があった)', () => {
    assert.match(
      errorsOf('町教育委員会は、水道管の管理に問題があったと認めた。', PIPE).join('\n'),
      /「問題」/u,
    );
  });
});

const DEER_JA = inventedDocument(
  'd',
  '住宅街にシカ、1時間後に捕獲',
  [
    '楢木市の住宅街で12日朝、シカ1頭が見つかり、約1時間後に捕獲された。',
    '市によると、シカは体長約1.4メートル、重さ約60キロの雄。',
  ],
  { publishedAt: '2026-11-12T18:00:00+09:00' },
);
const DEER_EN: Document = {
  ...inventedDocument(
    'e',
    'Deer caught in Naraki residential area',
    [
      'A deer wandered through a residential area of Naraki on Thursday morning.',
      'The animal, a male weighing about 70 kilograms, was caught an hour later.',
    ],
    { publishedAt: '2026-11-12T20:00:00+09:00', siteName: 'Naraki Times' },
  ),
  lang: 'en',
};

describe('checkClaim: a bare キロ against a weight in kilograms', () => {
  it('finds the claim’s 約70キロ in an English page’s "about 70 kilograms"', () => {
    assert.doesNotMatch(
      errorsOf('重さ約70キロの雄のシカが、住宅街で捕獲された。', DEER_EN).join('\n'),
      /約70キロ/u,
    );
  });

  it('still rejects a weight the page does not give (約90キロ), and 約70キロ against a page of 約60キロ', () => {
    assert.match(errorsOf('重さ約90キロの雄のシカが、住宅街で捕獲された。', DEER_EN).join('\n'), /約90キロ/u);
    assert.match(errorsOf('重さ約70キロの雄のシカが、住宅街で捕獲された。', DEER_JA).join('\n'), /約70キロ/u);
  });
});
