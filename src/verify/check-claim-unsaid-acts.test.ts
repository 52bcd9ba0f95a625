import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// An act a clause tells that no source uses, in a clause the clause check leaves alone (not the
// claim's last, or pinned by a date or a number, or with many other words), on an invented page
// about a town library closed by a leaking roof.

const LIBRARY = inventedDocument(
  'library',
  '南川町の図書館、雨漏りで臨時休館',
  [
    '南川町の町立図書館は5日、雨漏りのため10日から臨時休館すると発表した。',
    '屋根の修理は、約2週間で終える予定だという。',
    '町の職員が6日朝、館内の様子を調べた。',
    '休館中は、本の返却を町役場の窓口で受け付ける。',
    '館長は「本を借りに来る方々に、申し訳ない思いだ」と語った。',
  ],
  { publishedAt: '2026-06-06T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [LIBRARY]).map(described);
const addsAct = (errors: string[], word: string) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes(word) && e.includes('adds an act'));

describe('checkClaim: an act no source tells, in any clause', () => {
  it('flags an act pinned by a date after a faithful clause (翌日には係長を減給した)', () => {
    const errors = errorsOf('図書館は5日に臨時休館を発表し、翌日には設備担当の係長を減給した。');
    assert.ok(addsAct(errors, '減給'), errors.join('\n'));
  });

  it('flags an act in a clause of many words no one source sentence holds together (業者に費用を請求した)', () => {
    const errors = errorsOf('町は、屋根の修理を請け負った業者に費用の一部を請求した。');
    assert.ok(addsAct(errors, '請求'), errors.join('\n'));
  });

  it('keeps a verbal noun that retells one source sentence with its other words (調べた → 点検した)', () => {
    const errors = errorsOf('町の職員が6日朝、館内の様子を点検した。');
    assert.ok(!addsAct(errors, '点検'), errors.join('\n'));
  });

  it('keeps an apology a source gives as the words themselves (申し訳ない思いだ → 謝罪した)', () => {
    const errors = errorsOf('館長は、雨漏りによる休館について利用者に謝罪した。');
    assert.ok(!addsAct(errors, '謝罪'), errors.join('\n'));
  });

  it('keeps a verbal noun that shares a kanji with a source word (修理 → 修繕)', () => {
    const errors = errorsOf('屋根の修繕は、約2週間で終える予定だ。');
    assert.ok(!addsAct(errors, '修繕'), errors.join('\n'));
  });
});
