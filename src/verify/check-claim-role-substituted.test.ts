import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { bodySideOf, levelOf } from '../understand/coreference.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Doers the claim does not name (vrole35): the act the page gives to one body, given by the claim to
// another body the page names elsewhere — two bodies by the layer's own reading (a public body and a
// private one, offices of two levels), not one body named two ways.
// Invented page: stray dogs on a riverbank, the city, a volunteers' branch, two offices and a firm.

const RIVER = inventedDocument(
  'river',
  '河川敷に野犬、見回り強化',
  [
    '柊野市の河川敷で、野犬の目撃が相次いでいる。',
    '見回りには、県動物愛護推進員会柊野支部（柊野支部）の会員も加わっている。',
    '市は、見回りに加わった会員に一回あたり二千円の謝礼を払う。',
    '県動物研究所が捕獲した犬を調べた結果をもとに、市環境局は8日、河川敷への立ち入りの制限を解くと発表した。',
    '県は、河川敷の草刈りを前倒しすることを決めた。',
    '保健所は、犬にかまれた人に受診を呼びかけた。',
    '草刈りは地元の造園会社の楡木緑化が請け負う。',
  ],
  { publishedAt: '2026-11-09T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(RIVER)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('bodySideOf and levelOf: the side of public life a body is on', () => {
  it('reads levels, their offices and private bodies by the last word', () => {
    assert.deepEqual(
      [
        '柊野市',
        '県',
        '市環境局',
        '県動物研究所',
        '保健所',
        '柊野支部',
        '楡木緑化建設',
        '推進員会',
        '地区',
      ].map(bodySideOf),
      ['level', 'level', 'office', 'office', 'office', 'private', 'private', undefined, undefined],
    );
    assert.deepEqual(['市環境局', '県動物研究所', '保健所'].map(levelOf), ['市', '県', undefined]);
  });
});

describe('checkClaim: the act given to another body the claim does not name', () => {
  it('finds the city’s payment given to the volunteers’ branch', () => {
    assert.match(
      roleErrors('柊野支部が、見回りに加わった会員に一回あたり二千円の謝礼を払う。').join(),
      /「市」/u,
    );
  });

  it('finds the city bureau’s announcement given to the prefecture’s institute', () => {
    assert.match(
      roleErrors('県動物研究所は8日、河川敷への立ち入りの制限を解くと発表した。').join(),
      /「市環境局」/u,
    );
  });

  it('backs the act told of its own doer, and of the city for its own bureau', () => {
    assert.deepEqual(roleErrors('市は、見回りに加わった会員に一回あたり二千円の謝礼を払う。'), []);
    assert.deepEqual(roleErrors('市環境局は8日、河川敷への立ち入りの制限を解くと発表した。'), []);
  });

  it('says nothing where the two may be one body: a level and an office of it', () => {
    assert.deepEqual(roleErrors('県は、犬にかまれた人に受診を呼びかけた。'), []);
  });
});
