// An English source's facts in the article's own Japanese: the sentences the offline engine writes
// from it (engines/offline/write-english-fact.ts) align with it through the news vocabulary
// (understand/english-gloss.ts), so the verifier checks them word by word — a verb or a number the
// English sentence does not give is still found out.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import type { Document } from '../src/domain/document.ts';
import { writeEnglishFact } from '../src/engines/offline/write-english-fact.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { findGlosses } from '../src/understand/english-gloss.ts';
import { createUnderstanding, type Understanding } from '../src/understand/understand-document.ts';
import { checkClaim } from '../src/verify/check-claim.ts';

// Invented English news, written for this test.
const TITLE = 'Kakuu raises bus fares';
const BODY = [
  'The city of Kakuu will raise bus fares from April, officials said.',
  'The fare will rise from 180 yen to 220 yen for adult passengers.',
  'The budget bill is scheduled to be put to a vote on March 24.',
];

function english(): Document {
  const text = `${TITLE}\n\n${BODY.join('\n\n')}`;
  return {
    id: 'en1',
    url: 'https://wire.example/kakuu-fares',
    title: TITLE,
    publishedAt: '2026-02-06T09:00:00+09:00',
    lang: 'en',
    text,
    titleSpan: [0, TITLE.length],
    contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
  };
}

describe('English facts in Japanese own sentences', () => {
  let understanding: Understanding;
  before(async () => {
    understanding = createUnderstanding(await createTokenizer());
  });
  const findings = (text: string) =>
    checkClaim(text, [understanding.of(english())], understanding, { path: 'claim' }).findings.map(
      (finding) => `${finding.severity} ${finding.code}`,
    );

  it('finds the vocabulary in English text, the longest phrase first', () => {
    const found = findGlosses('The budget bill will cut bus fares.').map((gloss) => gloss.gloss.ja);
    // Cut fares is a lowering of a price (引き下げる); cut jobs would be 削減 (english-gloss.ts senses).
    assert.deepEqual(found, ['予算案', '予定', '引き下げる', '運賃']);
  });

  it('writes each plain sentence of the source, and the verifier finds nothing to check by hand', () => {
    const read = understanding.of(english());
    const written = read.sentences
      .filter((sentence) => !sentence.isHeadline)
      .map((sentence) => writeEnglishFact(sentence, read.document.publishedAt)?.text);
    assert.deepEqual(written, [
      '当局によると、Kakuu市は4月から運賃を引き上げる予定だ。',
      '乗客の運賃は180円から220円に上がる予定だ。',
      '予算案は3月24日に採決される予定だ。',
    ]);
    for (const text of written) assert.deepEqual(findings(text as string), [], text);
  });

  it('still flags a verb, a number or a date the English source does not give', () => {
    assert.ok(findings('予算案は3月24日に承認される予定だ。').includes('warning support.cross-language'));
    assert.ok(findings('乗客の運賃は180円から250円に上がる予定だ。').includes('error support.number'));
    assert.ok(
      findings('予算案は3月25日に採決される予定だ。').some((code) => code.startsWith('error support.date')),
    );
    // …and a speaker it does not name.
    assert.ok(
      findings('市長によると、Kakuu市は4月から運賃を引き上げる予定だ。').includes(
        'error support.attribution',
      ),
    );
  });
});
