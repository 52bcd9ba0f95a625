import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Faithful paraphrases rejected (the vfa35 round, issue 9; docs/verifier.md): readings that
// misled the date, attribution and tense checks. Invented pages: a seaside town's lost meeting
// records, a water main repaired in a day, an aquarium's opening year, a ferry company's promise,
// a town's second briefing.

const RECORDS = inventedDocument(
  'records',
  '北浜町、説明会の記録を一部紛失',
  ['北浜町（海辺郡）は8日、6日に開いた説明会の記録が、一部なくなっていたと発表した。'],
  { publishedAt: '2026-06-09T09:00:00+09:00' },
);

const WATER = inventedDocument(
  'water',
  '南川町の水道管、一日で復旧',
  [
    '南川町は2日、町道の下の水道管の点検を終えた。',
    '水道管は5日午前9時ごろから修理が始まり、同日夜までに全ての家で水が出るようになった。',
  ],
  { publishedAt: '2026-06-06T09:00:00+09:00' },
);

const AQUARIUM = inventedDocument(
  'aquarium',
  '浜辺水族館、来館者が増加',
  [
    '海辺市立浜辺水族館は5日、夏休みの来館者が過去最多になったと発表した。',
    '水族館は1992年に開館し、年間約20万人が訪れる。',
  ],
  { publishedAt: '2026-06-06T09:00:00+09:00' },
);

const FERRY = inventedDocument(
  'ferry',
  'フェリー会社、点検を強化',
  ['青潮フェリーの社長は会見で「船の点検を月に一度必ず行うことを約束する」と述べた。'],
  { publishedAt: '2026-06-06T09:00:00+09:00' },
);

const BRIEFING = inventedDocument(
  'briefing',
  '北浜町、説明会を再び開く',
  ['北浜町によると、説明会は6月20日に、前回の会を休んだ住民を対象に開かれる。'],
  { publishedAt: '2026-06-11T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string, document: Document, code: string): string[] =>
  claimErrors(understanding, text, [document])
    .map(described)
    .filter((error) => error.startsWith(code));

describe('checkClaim: dates told as the source tells them', () => {
  it('reads a day set off before an earlier day as the date of the announcement (8日、6日に…)', () => {
    assert.deepEqual(
      errorsOf(
        '北浜町は8日、6日に開いた説明会の記録が、一部なくなっていたと発表した。',
        RECORDS,
        'support.date',
      ),
      [],
    );
  });

  it('reads 同日 after a bound at a time of day as that day (5日午前9時ごろから…同日夜までに)', () => {
    assert.deepEqual(errorsOf('5日夜までに全ての家で水が出るようになった。', WATER, 'support.date'), []);
  });

  it('still flags the day of the inspection given to the repair', () => {
    const errors = errorsOf('2日夜までに全ての家で水が出るようになった。', WATER, 'support.date');
    assert.ok(errors.length > 0, errors.join('\n'));
  });

  it('backs a topic that names the event (開館は1992年だ) with the date the source gives that event', () => {
    assert.deepEqual(errorsOf('海辺市立浜辺水族館の開館は1992年だ。', AQUARIUM, 'support.date'), []);
  });
});

describe('checkClaim: a promise is words said', () => {
  it('reads と約束した as reported words, given to their speaker', () => {
    assert.deepEqual(
      errorsOf('青潮フェリーの社長は、船の点検を月に一度必ず行うと約束した。', FERRY, 'support.attribution'),
      [],
    );
  });

  it('still flags the promise stated as a fact', () => {
    const errors = errorsOf('青潮フェリーは船の点検を月に一度必ず行っている。', FERRY, 'support.attribution');
    assert.ok(errors.length > 0, errors.join('\n'));
  });
});

describe('checkClaim: a date closed by its particle and a comma', () => {
  it('does not date the relative clause after the comma (6月20日に、…休んだ住民を対象に)', () => {
    assert.deepEqual(
      errorsOf(
        '北浜町によりますと、説明会は6月20日に、前回の会を休んだ住民を対象に開かれるということです。',
        BRIEFING,
        'support.modality',
      ),
      [],
    );
  });

  it('still flags the act itself told as done on a day after the page', () => {
    const errors = errorsOf('北浜町の説明会は6月20日に開かれた。', BRIEFING, 'support.modality');
    assert.ok(errors.length > 0, errors.join('\n'));
  });
});

const APPEAL = inventedDocument(
  'appeal',
  '若草町議選、当落入れ替わり',
  [
    '若草町選挙管理委員会（町選管）は3日、票を数え直した結果、当選者と落選者が入れ替わったと発表した。',
    '落選した候補は決定を不服として、県選挙管理委員会に審査を申し立てる考えだ。',
  ],
  { publishedAt: '2026-06-04T09:00:00+09:00' },
);

describe('checkClaim: a body by its 略称', () => {
  it('reads 県選管 as the 県選挙管理委員会 the page names, not as the 町選管 one kanji off', () => {
    assert.deepEqual(
      errorsOf(
        '落選した候補は、町選管の決定を不服として県選管に審査を申し立てる考えだ。',
        APPEAL,
        'support.name',
      ),
      [],
    );
  });

  it('still flags a body of another level the page does not name (国選管)', () => {
    const errors = errorsOf(
      '落選した候補は、町選管の決定を不服として国選管に審査を申し立てる考えだ。',
      APPEAL,
      'support.name',
    );
    assert.ok(errors.length > 0, errors.join('\n'));
  });
});
