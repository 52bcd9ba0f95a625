import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fact, sampleArticle } from '../../test/support/article-factory.ts';
import type { Article } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { DEFAULT_RIGHTS_LIMITS, longestCopiedRun, rightsReport } from './rights-report.ts';

const HASH = `sha256:${'0'.repeat(64)}`;
const COPIED = '市は周辺道路の拡幅を急ぎ、工事車両の出入りに備えて信号の設置も検討している。';

/** Two sources whose text holds COPIED, with headlines unlike the article's headings. */
function documents(article: Article): Document[] {
  return article.sources.map((source) => {
    const text = `架空の見出し${source.id}\n\n${COPIED}\n\n別の段落です。`;
    return {
      id: source.id,
      url: source.url,
      title: `架空の見出し${source.id}`,
      lang: 'ja',
      text,
      titleSpan: [0, 6 + source.id.length],
      contentHash: HASH,
    };
  });
}

/** The sample article with cards that point at their own sources, and mostly its own prose. */
function clean(): Article {
  const article = sampleArticle();
  article.sections = article.sections.map((one) => {
    const url = article.sources.find((source) => source.id === one.sourceId)?.url ?? one.card.url;
    const own = (text: string) => ({ ...fact(text, one.sourceId), verbatim: false });
    return {
      ...one,
      card: {
        ...one.card,
        url,
        summary: [
          own('要点の一つ目を説明する。'),
          own('要点の二つ目を説明する。'),
          own('要点の三つ目を説明する。'),
        ],
      },
      body: [
        { kind: 'prose', sentences: [own('記事が伝える出来事の経緯を、背景とともに順を追って説明する。')] },
        { kind: 'quotation', sentences: [fact('別の段落です。', one.sourceId)] },
      ],
    };
  });
  return article;
}

function codes(article: Article, options = {}): string[] {
  return rightsReport(article, documents(article), options).findings.map((finding) => finding.code);
}

describe('rightsReport', () => {
  it('reports nothing for an article whose quotes are marked, sourced and subordinate', () => {
    const article = clean();
    const report = rightsReport(article, documents(article));
    assert.deepEqual(report.findings, []);
    assert.ok(report.article.share > 0 && report.article.share <= DEFAULT_RIGHTS_LIMITS.maxArticleShare);
    assert.deepEqual(
      report.sections.map((share) => share.sourceId),
      ['s1', 's2'],
    );
  });

  it('reports rights.quote-unmarked (error) for 30+ copied characters in unmarked prose, not when quoted', () => {
    const article = clean();
    const prose = article.sections[0]?.body[0];
    assert.ok(prose);
    prose.sentences = [{ ...fact(COPIED), verbatim: false }];
    const findings = rightsReport(article, documents(article)).findings;
    const unmarked = findings.find((finding) => finding.code === 'rights.quote-unmarked');
    assert.equal(unmarked?.severity, 'error');
    assert.deepEqual(unmarked?.location, { path: 'sections[0].body[0].sentences[0]' });
    assert.equal(unmarked?.evidence, COPIED);
    // Verbatim: the renderers show it in 「」, so it is a marked quotation.
    prose.sentences = [fact(COPIED)];
    assert.ok(!codes(article).includes('rights.quote-unmarked'));
  });

  it('reports a copied voice line, which is never shown as a quotation', () => {
    const article = clean();
    const first = article.sections[0];
    assert.ok(first);
    first.comment = { kind: 'voice', role: 'explainer', text: COPIED };
    assert.ok(codes(article).includes('rights.quote-unmarked'));
  });

  it('takes the verbatim length from the limits: 29 copied characters pass by default, fail at 20', () => {
    const article = clean();
    const prose = article.sections[0]?.body[0];
    assert.ok(prose);
    prose.sentences = [{ ...fact(`${COPIED.slice(0, 29)}とされる。`), verbatim: false }];
    assert.ok(!codes(article).includes('rights.quote-unmarked'));
    assert.ok(codes(article, { minVerbatimChars: 20 }).includes('rights.quote-unmarked'));
  });

  it('reports rights.quote-share (warning) above the section and article limits, which are configurable', () => {
    const article = sampleArticle();
    const report = rightsReport(article, documents(article), { maxSectionShare: 0.2, maxArticleShare: 0.2 });
    const shares = report.findings.filter((finding) => finding.code === 'rights.quote-share');
    assert.deepEqual(
      shares.map((finding) => [finding.severity, 'path' in finding.location && finding.location.path]),
      [
        ['warning', 'sections[0]'],
        ['warning', 'sections[1]'],
        ['warning', 'quotation'],
      ],
    );
    assert.ok(
      !codes(article, { maxSectionShare: 0.99, maxArticleShare: 0.99 }).includes('rights.quote-share'),
    );
    const section0 = report.sections[0];
    assert.ok(section0 && section0.quotedChars < section0.totalChars);
    assert.equal(section0.share, Math.round((section0.quotedChars / section0.totalChars) * 1000) / 1000);
  });

  it('reports rights.quote-source when a section’s card names another address than the quoted source', () => {
    const article = clean();
    const first = article.sections[0];
    assert.ok(first);
    first.card.url = 'https://other.example/elsewhere';
    const finding = rightsReport(article, documents(article)).findings.find(
      (candidate) => candidate.code === 'rights.quote-source',
    );
    assert.equal(finding?.severity, 'error');
    assert.deepEqual(finding?.location, { path: 'sections[0].card.url' });
  });

  it('reports rights.quote-source for a quoted point that rests on two sources at once', () => {
    const article = clean();
    const point = fact('要点その一。');
    point.evidence.push({ sourceId: 's2', start: 0, end: 3, text: '要点そ' });
    article.leadPoints = [point, fact('要点その二。', 's2'), fact('要点その三。')];
    assert.ok(codes(article).includes('rights.quote-source'));
  });

  it('reports rights.title-copy when the title or a heading copies a source headline', () => {
    const article = clean();
    assert.ok(!codes(article).includes('rights.title-copy'));
    article.title = { ...fact('架空の見出しs2'), verbatim: false };
    const first = article.sections[0];
    assert.ok(first);
    first.heading = fact('架空の見出しs1');
    const findings = rightsReport(article, documents(article)).findings.filter(
      (finding) => finding.code === 'rights.title-copy',
    );
    assert.deepEqual(
      findings.map((finding) => 'path' in finding.location && finding.location.path),
      ['title', 'sections[0].heading'],
    );
  });

  it('reports rights.image for a card image of a source not marked licensed, and not once it is', () => {
    const article = clean();
    const first = article.sections[0];
    assert.ok(first);
    first.card.image = { url: 'https://img.example/a.jpg', credit: '架空経済オンライン' };
    assert.ok(codes(article).includes('rights.image'));
    assert.ok(!codes(article, { licensedSources: [first.card.url] }).includes('rights.image'));
  });

  it('finds the longest copied run, not just the first window', () => {
    assert.equal(longestCopiedRun('前置きABCDEFGHIJ後ろ', 'xxABCDEFGHIJyy', 5), 'ABCDEFGHIJ');
    assert.equal(longestCopiedRun('まったく別の文', 'xxABCDEFGHIJyy', 5), undefined);
  });

  it('counts characters, not code units, with or without characters outside the BMP', () => {
    // The longest run of the text's characters found in the source, by brute force.
    const longest = (text: string, source: string, min: number) => {
      const chars = [...text.replace(/\s+/gu, '')];
      let best: string | undefined;
      for (let start = 0; start < chars.length; start++)
        for (let end = start + min; end <= chars.length; end++) {
          const run = chars.slice(start, end).join('');
          if (!source.includes(run)) break;
          if (best === undefined || end - start > [...best].length) best = run;
        }
      return best;
    };
    const source = '架空の𠮷田町で、北浜線の新駅が来春開業する。駅前には広場も整備される見通しだ。';
    const texts = [
      '北浜線の新駅が来春開業する予定だ。',
      '𠮷田町で、北浜線の新駅が来春に開く。',
      '架空の𠮷田町で、北浜線の新駅。駅前には広場も整備される。',
      '𠮷田町の新駅',
      '別の町の話である。',
    ];
    for (const text of texts)
      for (const min of [3, 5, 8, 10])
        assert.equal(longestCopiedRun(text, source, min), longest(text, source, min), `${text} (${min})`);
    // Six characters, seven code units: five characters are too few.
    assert.equal(longestCopiedRun('x𠮷田町で、北y', source, 6), '𠮷田町で、北');
    assert.equal(longestCopiedRun('x𠮷田町で、y', source, 6), undefined);
  });
});
