import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { glossedPredicates } from '../understand/english-gloss.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

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

// offline59 (issue 10): words of the English page's vocabulary the offline writer says — a loanword
// that ends in a long-vowel mark (manufacturer → メーカー), a place close by (near → 近く) — are the
// page's words, not ones for a person to check. Invented page: a maker recalling scooters.
const RECALL = english(
  'recall',
  'Scooter maker recalls units',
  [
    'The manufacturer will recall 2,400 scooters, the company said.',
    'The city will open a clinic near the pier.',
  ],
  '2026-05-11T09:00:00+09:00',
);

describe('checkClaim: the loanword and place words of an English page (offline59)', () => {
  const crossLanguage = (text: string) =>
    checkClaim(text, [understanding.of(RECALL)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.cross-language')
      .map((finding) => finding.message);
  it('reads a loanword the vocabulary gives, with its closing long-vowel mark, as a word of the page', () => {
    assert.deepEqual(
      crossLanguage('会社によると、メーカーはスクーター2400台を回収する予定だ。').filter((m) =>
        m.includes('メーカ'),
      ),
      [],
    );
    // A loanword the page's vocabulary does not give is still for a person to check.
    assert.ok(
      crossLanguage('会社によると、ディーラーはスクーター2400台を回収する予定だ。').some((m) =>
        m.includes('ディーラ'),
      ),
    );
  });
  it('aligns Xの近く with near X', () => {
    assert.deepEqual(
      crossLanguage('市は桟橋の近くに診療所を開設する予定だ。').filter((m) => m.includes('近く')),
      [],
    );
  });
});

// English plans glossed in every dictionary sense (the vgloss31 round, issue 9; docs/verifier.md):
// inspect is 点検 and also 検査 and 調べる, examine is 調べる and also 検査, and question as a verb is
// hearing someone's account (事情を聴く, 聴く, 聴取), so a claim that tells the page's plan as done in
// any of these words is compared with the plan. Invented pages: a harbour crane, a kiln fire.

const CRANE = english(
  'crane',
  'Harbour crane arm snaps',
  [
    'The arm of a loading crane at Otaniura harbour snapped on Tuesday, the port authority said.',
    'Safety officials plan to inspect the other cranes at the harbour next week.',
  ],
  '2026-07-15T09:00:00+09:00',
);

const KILN = english(
  'kiln',
  'Fire at a pottery kiln',
  [
    'A fire broke out at a pottery workshop in Higashimori on Friday night, the fire department said.',
    'Police plan to question the owner of the workshop on Monday.',
  ],
  '2026-02-21T09:00:00+09:00',
);

describe('glossedPredicates: the other dictionary senses of inspect, examine and question (vgloss31)', () => {
  const read = (text: string) =>
    glossedPredicates(text).map((p) => `${p.lemma}[${(p.forms ?? []).join(',')}]:${p.modal ?? 'stated'}`);
  it('gives inspect and examine their other Japanese verbs as forms', () => {
    assert.deepEqual(read('Engineers will inspect the dam.'), ['点検[検査,調べる]:future']);
    assert.deepEqual(read('Doctors examined the patient.'), ['調べる[検査]:stated']);
  });
  it('reads question as a verb only in its verbal forms, and not questioning whether', () => {
    assert.deepEqual(read('Detectives plan to question the driver.'), ['事情を聴く[聴く,聴取]:intended']);
    assert.deepEqual(read('Officers questioned two neighbours.'), ['事情を聴く[聴く,聴取]:stated']);
    const heard = (text: string) => read(text).filter((p) => p.includes('聴'));
    assert.deepEqual(heard('Reporters asked the mayor several questions.'), []);
    assert.deepEqual(heard('The question of the cost is still open.'), []);
    assert.deepEqual(heard('Residents began to question whether the plan was safe.'), []);
  });
});

describe('checkClaim: an English plan told as done in another dictionary sense (vgloss31)', () => {
  it('flags an inspection said done (検査した, 調べた) that the page only plans', () => {
    assert.equal(modalityErrors('安全当局は港の他のクレーンを検査した。', CRANE).length, 1);
    assert.equal(modalityErrors('安全当局は港の他のクレーンを調べた。', CRANE).length, 1);
    assert.deepEqual(modalityErrors('安全当局は港の他のクレーンを検査する計画だ。', CRANE), []);
  });
  it('flags an account said heard (話を聴いた) that the page only plans to question', () => {
    assert.equal(modalityErrors('警察は工房の所有者から話を聴いた。', KILN).length, 1);
    assert.deepEqual(modalityErrors('警察は工房の所有者から話を聴く予定だ。', KILN), []);
  });
});
