import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { glossedPredicates } from '../understand/english-gloss.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// English pages, fifth pass (the vxl32 round, issue 9; docs/verifier.md): a plan on an English page
// told as done, where the page's verb is a service opened to the public (a help line, a desk, a
// shelter: 開設) or people asked for their views (意見を聞く). Invented pages: a flooded ward office,
// a village weighing a new bus loop.

const english = (id: string, title: string, paragraphs: string[], publishedAt: string): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt }),
  lang: 'en',
});

const WARD = english(
  'ward',
  'Flooded ward office to reopen in a tent',
  [
    'The basement of the Nishikubo ward office flooded on Monday after a water main burst, the city said.',
    'The city plans to open a temporary help line for residents on Thursday.',
  ],
  '2026-06-09T09:00:00+09:00',
);

const LOOP = english(
  'loop',
  'Village weighs a bus loop',
  [
    'The village of Kamisato is weighing a bus loop to link its three hamlets with the clinic, the mayor said.',
    'The village plans to ask residents for their views at meetings next month.',
  ],
  '2026-03-03T09:00:00+09:00',
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const modalityErrors = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document])
    .map(described)
    .filter((error) => error.startsWith('support.modality'));

describe('glossedPredicates: a service opened, people asked for their views (vxl32)', () => {
  const lemmas = (text: string) => glossedPredicates(text).map((p) => `${p.lemma}:${p.modal ?? 'stated'}`);
  it('reads a help line, a desk or a shelter opened as 開設, not a line or shop opening for business', () => {
    assert.deepEqual(lemmas('The town opened an evacuation shelter at the gym.'), ['開設:stated']);
    assert.deepEqual(lemmas('The council will open a consultation desk at the library.'), ['開設:future']);
    assert.deepEqual(lemmas('The railway opened a new line to the coast.'), ['開業:stated']);
  });
  it('reads asking people for their views as hearing them, and asking for help as a request', () => {
    assert.deepEqual(lemmas('The board asked parents for their opinions in a letter.'), ['聞く:stated']);
    assert.deepEqual(lemmas('The board asked parents for their patience.'), ['求める:stated']);
  });
});

describe('checkClaim: an English plan told as done (vxl32)', () => {
  it('flags a help line said opened that the page only plans', () => {
    assert.equal(modalityErrors('市は12日、区民のための相談電話を開設した。', WARD).length, 1);
    assert.deepEqual(modalityErrors('市は区民のための相談電話を開設する計画だ。', WARD), []);
  });
  it('flags views said heard that the page only plans to ask for', () => {
    assert.equal(modalityErrors('村は住民から意見を聞いた。', LOOP).length, 1);
    assert.deepEqual(modalityErrors('村は住民から意見を聞く予定だ。', LOOP), []);
  });
});
