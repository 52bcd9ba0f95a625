import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { latinNameForm, latinWords, nameSpellings, spelledInEnglish } from './name-spellings.ts';
import { createTokenizer, type Tokenizer } from './tokenizer.ts';

let tokenizer: Tokenizer;
before(async () => {
  tokenizer = await createTokenizer();
});

describe('latinNameForm', () => {
  it('spells one reading one way, whatever the romanisation', () => {
    for (const word of ['Ōta', 'Ohta', 'Oota', 'Outa', 'OTA']) assert.equal(latinNameForm(word), 'ota');
    assert.equal(latinNameForm('Shimbashi'), 'shinbashi');
    assert.equal(latinNameForm('Tutiya'), 'tsuchiya');
    assert.equal(latinNameForm('Sibuya'), 'shibuya');
    assert.equal(latinNameForm('Huzisawa'), 'fujisawa');
    // Hepburn stays as it is.
    assert.equal(latinNameForm('Tsuchiya'), 'tsuchiya');
    assert.equal(latinNameForm('Shuhei'), 'shuhei');
    assert.equal(latinNameForm('Kohara'), 'kohara');
  });
});

describe('readingsOf', () => {
  it("gives every reading of the dictionary's words written exactly so", () => {
    const readings = tokenizer.readingsOf?.('原') ?? [];
    assert.ok(readings.includes('ハラ') && readings.includes('ゲン'), readings.join(' '));
    assert.deepEqual(tokenizer.readingsOf?.('椿原椿原椿'), []);
  });
});

describe('nameSpellings', () => {
  it('reads a name in every reading its dictionary words have, not the first one only', () => {
    const spellings = nameSpellings('椿原', tokenizer);
    assert.ok(spellings.includes('tsubakihara'), spellings.join(' '));
  });
  it('cuts a name into dictionary words where it is no word of its own', () => {
    assert.ok(nameSpellings('柘植森', tokenizer).includes('tsugemori'));
  });
  it('gives nothing without a dictionary', () => {
    assert.deepEqual(nameSpellings('椿原', { kind: 'segmenter', tokenize: () => [] }), []);
  });
  it('matches an English word with its first sound voiced the other way, and no other word', () => {
    const english = latinWords('mayor ken tsubakibara and sakurada said');
    assert.equal(spelledInEnglish('椿原', english, tokenizer), true);
    assert.equal(spelledInEnglish('柘植森', english, tokenizer), false);
  });
});

const page = (id: string, title: string, paragraphs: readonly string[]): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt: '2026-03-01T00:00:00Z' }),
  lang: 'en',
});

const ORCHARD = page('o', 'Pear orchard opens to visitors', [
  'The Tsubakihara pear orchard opened to visitors on Saturday, its owner said.',
  'About 300 people came on the first day.',
]);

describe('a name on an English page, in any of its readings', () => {
  const errorsOf = describedErrorsAgainstOne();
  it('takes a name the page spells in a reading the tagger did not give', () => {
    const errors = errorsOf('椿原の梨園が開園した。', ORCHARD).filter((line) =>
      line.startsWith('support.name'),
    );
    assert.deepEqual(errors, []);
  });
  it('still finds a name no reading reaches', () => {
    const errors = errorsOf('柘植森の梨園が開園した。', ORCHARD).filter((line) =>
      line.startsWith('support.name'),
    );
    assert.equal(errors.length, 1, errors.join('\n'));
  });
});
