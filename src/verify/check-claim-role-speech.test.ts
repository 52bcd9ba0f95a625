import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { quotedFrames } from './claim/check-case-roles.ts';

// Roles in reported speech (vrole32): the words a source quotes as someone's speech are read for who
// did what, their unsaid subject and their first-person words (当社, 私たち) being the speaker; and a
// quote whose sentence names its own speaker is that one's words, not those of one the sentence
// before names. Invented pages: a harbour town's pier and the firm that inspects it.

const PUBLISHED = { publishedAt: '2026-11-20T09:00:00+09:00' };

// The firm's president, quoted: the town never asked the firm (the subject of 頼まれた unsaid).
const PIER = inventedDocument(
  'pier',
  '桟橋の手すり外れ観光客けが 汐見町',
  [
    '汐見町の桟橋で手すりが外れ、観光客の男性が軽いけがをした。',
    '点検を請け負った青柳工業は、手すりのゆるみに気づいていたが、町には伝えていなかった。',
    '同社の黒田正人社長は「町から手すりの交換を頼まれたことは一度もない」と話す。',
    '白井保夫町長は「点検の日程は当町で決めていない。工事の順番は私たちが決めた」と述べた。',
  ],
  PUBLISHED,
);

// Two bodies in one paragraph, each with its own words: the second sentence's quote is the ferry firm's.
const TWO_SIDES = inventedDocument(
  'twosides',
  '点検記録の行方 食い違う説明',
  [
    '青柳工業は、点検の記録を白浜汽船に送ったと説明している。白浜汽船は「点検の記録は届いていない」としている。',
  ],
  PUBLISHED,
);

// A firm's announcement, then its president's words: the president speaks for the firm named before.
const ANNOUNCED = inventedDocument(
  'announced',
  '桟橋の点検やり直し',
  ['青柳工業は24日、桟橋の点検をやり直すと発表した。田所誠社長は「点検の手順を一から見直す」と述べた。'],
  PUBLISHED,
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function errors(text: string, page: Document, codes: readonly string[]): string[] {
  return checkClaim(text, [understanding.of(page)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.severity === 'error' && codes.includes(finding.code))
    .map((finding) => finding.message);
}

const ROLE = ['support.role', 'support.name'];

function quotedText(page: Document, index: number): string[] {
  // Sentence 0 is the page's title.
  const sentence = understanding.of(page).sentences[index];
  assert.ok(sentence !== undefined);
  return quotedFrames(sentence).map(
    (frame) =>
      `${frame.lemma}{${frame.participants.map((participant) => `${participant.noun}:${participant.role}/${participant.marker ?? '-'}`).join(', ')}}`,
  );
}

describe('quotedFrames: the speaker is the unsaid subject and the first person of their words', () => {
  it('reads the speaker (the body its president speaks for) as the one asked', () => {
    assert.deepEqual(quotedText(PIER, 3), ['頼む{青柳工業:other/-, 町:agent/kara, 交換:other/wo}']);
  });

  it('reads 私たち as the speaker', () => {
    assert.deepEqual(quotedText(PIER, 4), ['決める{白井保夫町長:agent/ga, 順番:topic/-}']);
  });

  it('reads no frame in a sentence without quoted speech', () => {
    assert.deepEqual(quotedText(PIER, 2), []);
  });
});

describe('checkClaim: who asked whom, told inside a quote', () => {
  it('finds the request turned round in reported words', () => {
    assert.ok(
      errors('町は、青柳工業から手すりの交換を頼まれたことはないと説明している。', PIER, ROLE).length > 0,
    );
  });

  it('backs the request the right way round', () => {
    assert.deepEqual(
      errors('青柳工業の社長は、町から手すりの交換を頼まれたことはないと話している。', PIER, ROLE),
      [],
    );
  });
});

describe('checkClaim: a quote whose sentence names its own speaker', () => {
  it('finds the words given to the body the sentence before names', () => {
    assert.ok(
      errors('青柳工業は「点検の記録は届いていない」としている。', TWO_SIDES, ['quote.speaker']).length > 0,
    );
  });

  it('backs the words of an officer given with the body the sentence before names', () => {
    assert.deepEqual(
      errors('青柳工業の田所社長は「点検の手順を一から見直す」と述べた。', ANNOUNCED, ['quote.speaker']),
      [],
    );
  });

  it('backs the words given to their own speaker', () => {
    assert.deepEqual(
      errors('白浜汽船は「点検の記録は届いていない」としている。', TWO_SIDES, ['quote.speaker']),
      [],
    );
  });
});
