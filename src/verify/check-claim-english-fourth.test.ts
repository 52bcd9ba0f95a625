import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// English pages, fourth pass (the vxl31 round, issue 9; docs/verifier.md): counts an English page
// writes in words. Invented pages: a gale on a farming village, a dig at a shrine, a dry spring.

const english = (id: string, title: string, paragraphs: string[], publishedAt: string): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt }),
  lang: 'en',
});

const GALE = english(
  'gale',
  'Gale flattens barns in Kitahama',
  [
    'A gale on Monday flattened three barns and a tool shed in the village of Kitahama, officials said.',
    '"I lost the roofs on two of my six sheds," said a 61-year-old farmer.',
  ],
  '2026-09-15T09:00:00+09:00',
);

const DIG = english(
  'dig',
  'Bronze bell found at Minamikawa shrine',
  ['A bronze bell and three clay jars have been found at a shrine in Minamikawa, the town said.'],
  '2026-05-20T09:00:00+09:00',
);

const SPRING = english(
  'spring',
  'Village spring runs low',
  [
    'The spring that supplies the village of Higashiura has lost more than two-thirds of its water, the village said.',
  ],
  '2026-08-04T09:00:00+09:00',
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const numberErrors = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document])
    .map(described)
    .filter((error) => error.startsWith('support.number'));

describe('checkClaim: an English count written in words (vxl31)', () => {
  it('backs a count of one with the article of a thing listed beside a count', () => {
    assert.deepEqual(numberErrors('強風で、納屋3棟と物置1棟が倒れた。', GALE), []);
    assert.deepEqual(numberErrors('神社で、銅鐸1点と土器3点が見つかった。', DIG), []);
  });

  it('backs the part of a whole counted beside it', () => {
    assert.deepEqual(numberErrors('61歳の農家は、6棟の小屋のうち2棟の屋根を失ったと話した。', GALE), []);
  });

  it('backs a share written as a fraction in words', () => {
    assert.deepEqual(numberErrors('東浦村の湧き水は、水量が3分の2以上減った。', SPRING), []);
  });

  it('still flags a count the page does not give', () => {
    assert.equal(numberErrors('強風で、納屋3棟と物置4棟が倒れた。', GALE).length, 1);
    assert.equal(numberErrors('東浦村の湧き水は、水量が4分の3以上減った。', SPRING).length, 1);
  });
});
