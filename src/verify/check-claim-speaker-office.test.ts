import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { rolesCompatible } from './claim/check-roles.ts';

// Speakers of reported speech (vrole33): a claim that gives unquoted reported words to the head of a
// body's office (組合長, 社長) the sources never name, where they give that body's words to another
// of its people (担当者), describes a speaker the sources do not have. Invented pages: a mountain
// hut short of water and the tourism co-op that carries water up to it.

const PUBLISHED = { publishedAt: '2026-11-20T09:00:00+09:00' };

const LINES = [
  '白樺高原の山小屋は、沢の水が細ったため、営業を短縮した。',
  '麓の青葉観光組合は、週に二回、給水車で山小屋まで水を運び上げている。',
  '青葉観光組合の担当者は、給水車の手配は夏までしか続けられないと説明した。',
  '山小屋を営む緑川商事の大野誠社長は「客を断るのはつらい」と話した。',
];

// The co-op speaks only through its staff; the only head named is another body's (緑川商事の社長).
const STAFF_ONLY = inventedDocument('staffonly', '山小屋が水不足 営業を短縮', LINES, PUBLISHED);

// The same page, the co-op's head named too (with words of his own).
const HEAD_NAMED = inventedDocument(
  'headnamed',
  '山小屋が水不足 営業を短縮',
  [...LINES, '青葉観光組合の組合長は、水源の調査を町に求めたいと述べた。'],
  PUBLISHED,
);

// A branch's head (支社長) speaking for the firm: not its president (社長).
const BRANCH = inventedDocument(
  'branch',
  '停電で工場止まる',
  [
    '青葉電機の工場が停電で半日止まった。',
    '同社の山辺守・北浦支社長は記者会見で「取引先に迷惑をかけた」と述べた。',
  ],
  PUBLISHED,
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function attribution(text: string, page: Document): string[] {
  return checkClaim(text, [understanding.of(page)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.severity === 'error' && finding.code === 'support.attribution')
    .map((finding) => finding.message);
}

describe('checkAttribution: the speaker the claim describes as an officer the sources never name', () => {
  it("flags the staff's words given to the body's head, whom the sources never name", () => {
    const found = attribution(
      '青葉観光組合の組合長は、給水車による水の運搬をいつまでも続けられるわけではないとしている。',
      STAFF_ONLY,
    );
    assert.equal(found.length, 1);
    assert.match(found[0] ?? '', /青葉観光組合の組合長.*青葉観光組合の担当者/u);
  });

  it('backs the words given to the staff member the source names', () => {
    assert.deepEqual(
      attribution('青葉観光組合の担当者は、給水車の手配は夏までしか続けられないと説明した。', STAFF_ONLY),
      [],
    );
  });

  it("says nothing of a head the sources do name (the words' own speaker is for the other checks)", () => {
    assert.deepEqual(
      attribution('青葉観光組合の組合長は、水源の調査を町に求めたいと述べた。', HEAD_NAMED),
      [],
    );
    const found = attribution(
      '青葉観光組合の組合長は、給水車による水の運搬をいつまでも続けられるわけではないとしている。',
      HEAD_NAMED,
    );
    assert.ok(found.every((message) => !message.includes('name no such officer')));
  });
});

describe('rolesCompatible: a branch office (支-) is not the office it is formed from', () => {
  it('tells 支社長, 支店長, 支部長 from 社長, 店長, 部長, and keeps each equal to itself', () => {
    assert.equal(rolesCompatible('社長', '北浦支社長'), false);
    assert.equal(rolesCompatible('店長', '支店長'), false);
    assert.equal(rolesCompatible('部長', '支部長'), false);
    assert.equal(rolesCompatible('支社長', '北浦支社長'), true);
    assert.equal(rolesCompatible('社長', '代表取締役社長'), true);
  });

  it("flags the branch head's words given to the firm's president, and backs them as the branch head's", () => {
    const roles = (text: string) =>
      checkClaim(text, [understanding.of(BRANCH)], understanding, { path: 'claim' })
        .findings.filter((finding) => finding.severity === 'error' && finding.code.startsWith('role'))
        .map((finding) => finding.message);
    assert.equal(roles('青葉電機の山辺守社長は記者会見で「取引先に迷惑をかけた」と述べた。').length, 1);
    assert.deepEqual(roles('青葉電機の山辺守・北浦支社長は記者会見で「取引先に迷惑をかけた」と述べた。'), []);
  });
});
