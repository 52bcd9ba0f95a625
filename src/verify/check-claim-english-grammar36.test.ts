import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// English grammar the verifier did not read (the veng34 round, issue 9; docs/verifier.md): a
// decided future (will, would) against a claim that the act is only being considered, and an
// indefinite speaker phrase (A retired ferryman said …) against a claim giving the words to a body.
// Invented pages: a lighthouse to be renovated, a harbour whose tide may uncover a wreck.

const english = (id: string, title: string, paragraphs: string[]): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt: '2026-10-04T09:00:00+09:00' }),
  lang: 'en',
});

const errorsAgainst = describedErrorsAgainstOne();
const of = (code: string) => (text: string, document: Document) =>
  errorsAgainst(text, document).filter((error) => error.startsWith(code));

const lighthouse = (line: string) =>
  english('lighthouse', 'Old lighthouse on Kamome Point', [
    'The old lighthouse on Kamome Point in Urakaze has leaned since a storm in August, town officials said on Tuesday.',
    line,
  ]);

describe('a consideration against an English decided future (veng34)', () => {
  const claim = '浦風町は、灯台の改修を検討している。';
  it('flags 検討 where the page says the act will be done', () => {
    const errors = of('support.modality')(
      claim,
      lighthouse('The town will renovate the lighthouse next spring.'),
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0] as string, /considered \(検討\).*will renovate/u);
  });
  it('leaves a page that weighs the act, or makes it hang on a condition', () => {
    assert.deepEqual(
      of('support.modality')(
        claim,
        lighthouse('The town is considering whether to renovate the lighthouse.'),
      ),
      [],
    );
    assert.deepEqual(
      of('support.modality')(
        claim,
        lighthouse('The town will renovate the lighthouse if the assembly approves the budget.'),
      ),
      [],
    );
  });
});

const HARBOUR = english('harbour', 'Low tide may uncover wreck off Shiodome', [
  'Shiodome city will close part of its northern harbour to boats from Monday, the city said.',
  'A retired ferryman said the unusually low tide might uncover the wreck of a wooden cargo boat near the breakwater.',
]);

describe('an indefinite speaker phrase against a body the claim names (veng34)', () => {
  it('flags words the page gives to someone it brings in with a or an, given to the city', () => {
    const errors = of('support.attribution')(
      '汐留市は、潮が大きく引いたため防波堤の近くで木造の貨物船の残骸が見えるかもしれないと説明した。',
      HARBOUR,
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0] as string, /A retired ferryman/u);
  });
  it('leaves a phrase that names the body itself (a city official)', () => {
    const page = english('harbour2', 'Low tide may uncover wreck off Shiodome', [
      'Shiodome city will close part of its northern harbour to boats from Monday.',
      'A city official said the unusually low tide might uncover the wreck of a wooden cargo boat near the breakwater.',
    ]);
    assert.deepEqual(
      of('support.attribution')(
        '汐留市は、潮が大きく引いたため防波堤の近くで木造の貨物船の残骸が見えるかもしれないと説明した。',
        page,
      ),
      [],
    );
  });
});
