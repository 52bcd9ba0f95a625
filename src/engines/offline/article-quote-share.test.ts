// offline73: an article still over its quotation share once its draft is chosen (underBar) says
// the attribution of its longest quoted lines — lead and closing points included — in its own
// words (attributeArticleQuotes, with offline72's attributedQuote). Invented sentences and pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Fact, Section } from '../../domain/article.ts';
import type { Document } from '../../domain/document.ts';
import { quotationShare } from '../../domain/quotation-share.ts';
import { pointText } from '../../render/labels.ts';
import { attributeArticleQuotes } from './compose-offline-article.ts';
import { verbatimFact } from './facts.ts';

const lines = [
  '港湾事務所によると、桟橋の床板が幅約5メートルにわたって沈んだという。',
  '山辺一郎所長は「利用者の安全を第一に考え、当面は立ち入りを禁止する」と話した。',
  '桟橋は1980年代に造られた。',
  '近くで釣りをしていた男性は「足元が急に揺れて驚いた」と語った。',
];
const text = `見出し\n\n${lines.join('')}`;
const page: Document = {
  id: 'p',
  url: 'https://p.example/news',
  title: '見出し',
  siteName: '架空港新聞',
  lang: 'ja',
  text,
  titleSpan: [0, 3],
  contentHash: `sha256:${'0'.repeat(64)}`,
  publishedAt: '2026-05-01T09:00:00+09:00',
};
const quoteOf = (line: string): Fact => {
  const start = text.indexOf(line);
  return verbatimFact(page, start, start + line.length);
};
const own = (words: string): Fact => ({
  kind: 'fact',
  text: words,
  evidence: [],
  modality: 'asserted',
  verbatim: false,
});

function article(points: Fact[], ownChars: number): Article {
  const section = {
    sourceId: 'p',
    heading: own('桟橋の床板'),
    hook: { question: own('何が起きた？'), answer: own('あ'.repeat(ownChars)) },
    comment: { kind: 'voice', role: 'explainer', text: '' },
    card: { url: page.url, summary: [own('い'.repeat(10)), own('う'.repeat(10)), own('え'.repeat(10))] },
    dialogue: [],
    body: [],
  } as unknown as Section;
  const frame = {
    title: own('桟橋で床板が沈む'),
    leadPoints: [points[0], points[1], points[2]] as Article['leadPoints'],
    sections: [section],
    closing: {
      sentence: own('今後は点検が続く。'),
      points: [points[3], own('お'), own('か')] as Article['closing']['points'],
    },
  };
  return { ...frame, sources: [], quotation: quotationShare(frame) } as unknown as Article;
}

describe('attributeArticleQuotes', () => {
  it('cuts the longest quoted points whose attribution is separable until the article is under 40%', () => {
    const points = lines.map(quoteOf);
    const before = article([points[0], points[1], points[2], points[3]] as Fact[], 60);
    assert.ok(before.quotation.quotedShare > 0.4);
    const { article: after, cut } = attributeArticleQuotes(before);
    assert.ok(after.quotation.quotedShare <= 0.4, `${after.quotation.quotedShare}`);
    assert.ok(after.quotation.quotedShare < before.quotation.quotedShare);
    // The longest first: the head's remark, then the harbour office's report.
    assert.deepEqual(cut.slice(0, 2), ['leadPoints[1]', 'leadPoints[0]']);
    assert.equal(after.leadPoints[1].text, lines[1]);
    assert.equal(after.leadPoints[1].quote !== undefined, true);
    assert.equal(
      after.leadPoints[0].text,
      '港湾事務所によると、「桟橋の床板が幅約5メートルにわたって沈んだ」という。',
    );
    // A line with no one named as saying it stays quoted whole.
    assert.equal(after.leadPoints[2].verbatim, true);
    // The chosen draft itself is left as it was.
    assert.equal(before.leadPoints[0].verbatim, true);
  });

  it('leaves an article at or under its share as it is', () => {
    const points = lines.map(quoteOf);
    const under = article([own('き'), own('く'), points[2], points[3]] as Fact[], 200);
    assert.ok(under.quotation.quotedShare <= 0.4);
    const { article: after, cut } = attributeArticleQuotes(under);
    assert.deepEqual(cut, []);
    assert.equal(after, under);
  });

  it('stops cutting as soon as the article is under its share', () => {
    const points = lines.map(quoteOf);
    const { cut } = attributeArticleQuotes(
      article([points[0], points[1], points[2], points[3]] as Fact[], 100),
    );
    assert.deepEqual(cut, ['leadPoints[1]']);
  });

  it('cuts, once the article is under its share, the lines of a section still over its own, with every act of saying', () => {
    // offline77: a broadcaster's 話していました is not one of the drafts' acts; once the draft is chosen it is.
    const remark = '近くに住む女性は「夜中に大きな音がして目が覚めました。怖かったです」と話していました。';
    const tvText = `見出し\n\n${remark}`;
    const tv: Document = { ...page, id: 't', url: 'https://t.example/news', text: tvText };
    const start = tvText.indexOf(remark);
    const answer = verbatimFact(tv, start, start + remark.length);
    const frame = article([own('き'.repeat(200)), own('く'), own('け'), own('こ')], 10);
    const section = frame.sections[0] as Section;
    const sections = [{ ...section, sourceId: 't', hook: { ...section.hook, answer } }];
    const under = { ...frame, sections, quotation: quotationShare({ ...frame, sections }) } as Article;
    assert.ok(under.quotation.quotedShare <= 0.4);
    const { article: after, cut } = attributeArticleQuotes(under);
    assert.deepEqual(cut, ['sections[0].hook.answer']);
    const cutAnswer = after.sections[0]?.hook.answer;
    assert.equal(cutAnswer?.text, remark);
    assert.equal(
      cutAnswer?.text.slice(cutAnswer.quote?.start, cutAnswer.quote?.end),
      '夜中に大きな音がして目が覚めました。怖かったです',
    );
  });

  it('shows a point with a quoted part as it is, naming its source as a quoted point does', () => {
    const points = lines.map(quoteOf);
    const { article: after } = attributeArticleQuotes(
      article([points[0], points[1], points[2], points[3]] as Fact[], 60),
    );
    const withSource = {
      sources: [{ id: 'p', url: page.url, siteName: page.siteName }],
    } as unknown as Article;
    assert.equal(
      pointText(after.leadPoints[0], withSource),
      '港湾事務所によると、「桟橋の床板が幅約5メートルにわたって沈んだ」という。（架空港新聞）',
    );
    assert.equal(pointText(after.leadPoints[2], withSource), `「${lines[2]}」（架空港新聞）`);
  });
});
