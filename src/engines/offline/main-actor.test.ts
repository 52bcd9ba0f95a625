import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import type { Document } from '../../domain/document.ts';
import { createTokenizer } from '../../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../../understand/understand-document.ts';
import { leadsWith, mainActorOf } from './main-actor.ts';

// Invented pages: three outlets on one story, a secondary actor (the ministry) in one lead.
function page(id: string, title: string, body: string[]): Document {
  const text = `${title}\n\n${body.join('\n\n')}`;
  return {
    id,
    url: `https://news.example/${id}`,
    title,
    publishedAt: '2026-05-20T09:00:00+09:00',
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
  };
}

const PAGES = [
  page('a', '北川電機、南原市に新工場　雇用800人', [
    '北川電機は19日、南原市に蓄電池の新工場を建設すると発表した。',
    '総投資額は約900億円。',
  ]),
  page('b', '蓄電池工場に最大300億円を補助', [
    '北川電機が19日、南原市での新工場の建設を発表した。',
    '経済産業省は最大300億円を補助する。',
  ]),
  page('c', '南原市、企業誘致が実る', [
    '経済産業省は19日、北川電機の新工場に最大300億円を補助すると明らかにした。',
    '市は道路の整備を急ぐ。',
  ]),
];

describe('mainActorOf', () => {
  let understanding: Understanding;
  before(async () => {
    understanding = createUnderstanding(await createTokenizer());
  });

  it('names the actor most sources make the subject of their lead or headline', () => {
    const reads = PAGES.map((document) => understanding.of(document));
    assert.equal(mainActorOf(reads), '北川電機');
    const ministry = reads[2]?.sentences.find((sentence) => sentence.text.startsWith('経済産業省'));
    const company = reads[0]?.sentences.find((sentence) => sentence.text.startsWith('北川電機は'));
    assert.ok(ministry !== undefined && company !== undefined);
    assert.equal(leadsWith(company, '北川電機'), true);
    assert.equal(leadsWith(ministry, '北川電機'), false);
  });

  it('names none when no actor leads two sources', () => {
    const reads = [PAGES[0], PAGES[2]].map((document) => understanding.of(document as Document));
    assert.equal(mainActorOf(reads.slice(0, 1)), undefined);
    assert.equal(mainActorOf(reads), undefined);
  });

  it('reads the one kanji of its kind as the named actor once named (県 for 架空県)', () => {
    const read = understanding.of(page('d', '架空県、支援策', ['県は補正予算案を提出する方針だ。']));
    const sentence = read.sentences.find((candidate) => candidate.text.startsWith('県は'));
    assert.ok(sentence !== undefined);
    assert.equal(leadsWith(sentence, '架空県'), true);
  });
});
