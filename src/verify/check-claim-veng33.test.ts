import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { glossedPredicates } from '../understand/english-gloss.ts';

// An act the claim says its doer means not to do or has put off (考えはない, つもりはない, 予定はない,
// 見送った, 断念した) against an English page that says it will be done or is planned (the veng33 round,
// issue 9; docs/verifier.md), and add of a count (plans to add more X) read as 増やす. Invented pages:
// a library's reading lamps, a village's new bus stops.

const english = (id: string, title: string, paragraphs: string[]): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt: '2026-11-12T09:00:00+09:00' }),
  lang: 'en',
});

const errorsAgainst = describedErrorsAgainstOne();
const negations = (text: string, document: Document) =>
  errorsAgainst(text, document).filter((error) => error.startsWith('support.negation'));

const read = (text: string) =>
  glossedPredicates(text).map(
    (p) => `${p.lemma}${p.forms ? `/${p.forms.join('/')}` : ''}${p.negated ? ':not' : ''}`,
  );

describe('glossedPredicates: add of a count (veng33)', () => {
  it('reads add before a count or an amount as 増やす', () => {
    assert.deepEqual(read('The library plans to add more reading lamps next month.'), ['増やす/追加/加える']);
    assert.deepEqual(read('The village added three bus stops in June.'), ['増やす/追加/加える']);
  });
  it('leaves add of speech alone', () => {
    assert.deepEqual(read('"We are glad," the mayor added.'), []);
    assert.deepEqual(read('The mayor added that the lamps were cheap.'), []);
  });
});

const LAMPS = english('lamps', 'Library to add reading lamps', [
  'The Kawanobe city library said on Tuesday it plans to add more reading lamps to its study room by April.',
]);

const STOPS = english('stops', 'Village to install bus stop shelters', [
  'The village of Hinokura said it would install shelters at four bus stops before the winter.',
]);

describe('checkClaim: an act not meant or put off against an English page that plans it (veng33)', () => {
  it('rejects no intention of the act against a page that plans it', () => {
    assert.equal(negations('図書館は、読書灯を増やす考えはないとしている。', LAMPS).length, 1);
    assert.equal(negations('図書館は、読書灯を増やすつもりはないと話した。', LAMPS).length, 1);
  });
  it('rejects the act put off against a page that says it will be done', () => {
    assert.equal(negations('村は、バス停の屋根の設置を見送った。', STOPS).length, 1);
  });
  it('keeps the act affirmed as planned', () => {
    assert.deepEqual(negations('図書館は、読書灯を増やす考えだ。', LAMPS), []);
    assert.deepEqual(negations('村は、バス停に屋根を設置する予定だ。', STOPS), []);
  });
});
