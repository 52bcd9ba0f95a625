import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { standsAlone } from './claim/compound-forms.ts';

// The same act in other words (the vsense39 round): a page's compound of two kanji told by a claim
// as its noun + native verb — a kanji of the noun and the verb's own (開会: 会議を開く), or a kanji of
// a noun Sudachi gives for the verb (着工: 工事を始める, through 着手 for 始める).
// Invented pages: a village assembly that opened, a footbridge whose building began, a power cut.

const ASSEMBLY = inventedDocument(
  'g',
  '樫山村議会が開会',
  ['樫山村議会は、10日に開会した。', '会期は12日間で、補正予算案など8議案を審議する。'],
  { publishedAt: '2026-12-10T18:00:00+09:00' },
);

const BRIDGE = inventedDocument(
  'q',
  '川べりの歩道橋、着工',
  ['梢川市は、川べりの遊歩道を結ぶ歩道橋の建設に8日着工した。', '完成は来年春の見込みで、事業費は約4億円。'],
  { publishedAt: '2026-09-09T09:00:00+09:00' },
);

const OUTAGE = inventedDocument(
  't',
  '柚原町で停電',
  ['柚原町の北部で7日夜、約900戸が停電した。', '変電所の機器が故障したとみられる。'],
  { publishedAt: '2026-11-08T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

describe('checkClaim: a compound told as its noun and verb', () => {
  it('reads 会議を開く as the page’s 開会 (a kanji of the noun, the verb’s own)', () => {
    assert.deepEqual(errorsOf('村議会は、10日に会議を開いた。', ASSEMBLY), []);
  });

  it('reads 工事を始める as 着工, through a noun Sudachi gives for the verb (着手 for 始める)', () => {
    assert.deepEqual(errorsOf('歩道橋は、8日に工事を始めた。', BRIDGE), []);
  });

  it('still rejects a verb that lends the compound no kanji (会議を中止する, 工事を終える)', () => {
    assert.notDeepEqual(errorsOf('村議会は、10日に会議を中止した。', ASSEMBLY), []);
    assert.notDeepEqual(errorsOf('歩道橋は、8日に工事を終えた。', BRIDGE), []);
  });

  it('does not make the compound a form of the noun: 電気が止まる is no stopped supply the page says goes on', () => {
    // 停電 tells 電気が止まる (停 of 停止, Sudachi's noun for 止まる); read as a form of 電気 it made
    // the phase check see the supply done, not stopped.
    assert.deepEqual(errorsOf('柚原町の北部では7日夜、電気が止まった。', OUTAGE), []);
  });
});

describe('standsAlone: a compound that is a word of its own, not the head of a longer noun', () => {
  it('takes a compound before a verb, a particle or a noun of time, not one heading a noun', async () => {
    const tokenizer = await createTokenizer();
    assert.equal(standsAlone(tokenizer.tokenize('救急車は病院の前で待機した。'), '待機'), true);
    assert.equal(standsAlone(tokenizer.tokenize('工場は改修中で休業中だ。'), '休業'), true);
    // 待機所 (待機 + the suffix 所) names a place to wait, not the act of waiting.
    assert.equal(standsAlone(tokenizer.tokenize('救急車は病院の待機所に戻った。'), '待機'), false);
  });
});
