import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vfa41 round (false alarms of the newest writers, set61/62, and of the writers
// before them). Invented pages: a break-in at a shop, a small fire.

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
