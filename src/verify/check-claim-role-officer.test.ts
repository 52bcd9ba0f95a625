import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { namesOfficersBody } from './claim/office-holder.ts';

// Officer ⇄ body in a swap (vrole36): the page has an officer of a body (a village's head, a
// prefecture's governor) ask a firm; the claim has the firm ask the body, or the body's office.
// Invented page: a level crossing whose barrier broke, a village, a railway and a prefecture.

const CROSSING = inventedDocument(
  'crossing',
  '踏切の遮断機が故障、村が鉄道会社に修理を要求',
  [
    '杉浦村の踏切で11日、遮断機が下りなくなる故障があった。',
    '杉浦村の奥田道雄村長は12日、北陵鉄道に対し、遮断機を早く直すよう求めた。',
    '北陵鉄道は、部品が届き次第修理すると説明した。',
    '鷹野県の真鍋佳代知事は、北陵鉄道に対して踏切の点検を急ぐよう求めた。',
  ],
  { publishedAt: '2026-11-13T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(CROSSING)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('namesOfficersBody: the body an officer holds office in, or its office', () => {
  it('reads the body and the body with the officer’s title', () => {
    assert.deepEqual(
      [
        namesOfficersBody('奥田道雄村長', '杉浦村', '杉浦村'),
        namesOfficersBody('奥田道雄村長', '杉浦村', '杉浦村長'),
        namesOfficersBody('真鍋佳代知事', '鷹野県', '鷹野県知事'),
      ],
      [true, true, true],
    );
  });

  it('reads no other body, office or staff word', () => {
    assert.deepEqual(
      [
        namesOfficersBody('奥田道雄村長', '杉浦村', '杉浦村議会'),
        namesOfficersBody('奥田道雄村長', '杉浦村', '北陵鉄道'),
        namesOfficersBody('真鍋佳代知事', '鷹野県', '鷹野県議'),
        namesOfficersBody('職員', '杉浦村', '杉浦村'),
        namesOfficersBody('奥田道雄村長', undefined, '杉浦村'),
      ],
      [false, false, false, false, false],
    );
  });
});

describe('checkClaim: the one asked made the one asking, the asker named by the officer’s body', () => {
  it('finds the railway asking the village whose head asked it', () => {
    assert.match(
      roleErrors('北陵鉄道は、杉浦村に対し、遮断機を早く直すよう求めた。').join(),
      /「北陵鉄道」/u,
    );
  });

  it('finds the railway asking the village head, named by the village and the title', () => {
    assert.match(
      roleErrors('北陵鉄道は、杉浦村長に対して遮断機を早く直すよう求めた。').join(),
      /「北陵鉄道」/u,
    );
  });

  it('finds the railway asking the prefecture whose governor asked it', () => {
    assert.match(
      roleErrors('北陵鉄道は、鷹野県に対し、踏切の点検を急ぐよう求めた。').join(),
      /「北陵鉄道」/u,
    );
  });

  it('backs the request told the right way round, of the officer or of the body', () => {
    assert.deepEqual(roleErrors('杉浦村は、北陵鉄道に対し、遮断機を早く直すよう求めた。'), []);
    assert.deepEqual(roleErrors('奥田村長は、北陵鉄道に遮断機を早く直すよう求めた。'), []);
    assert.deepEqual(roleErrors('鷹野県は、北陵鉄道に対して踏切の点検を急ぐよう求めた。'), []);
  });
});
