import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fact, sampleArticle, section } from '../../test/support/article-factory.ts';
import type { Article, Section } from '../domain/article.ts';
import { FindingSchema } from '../domain/report.ts';
import { lintArticle } from './lint-article.ts';

/** A second section whose every text differs from the factory's first one. */
function otherSection(): Section {
  const two = section('s2', { heading: '路線バス、4月から増便', body: '増便の費用は年間約3億円。' });
  two.hook = { question: fact('路線バス、どうなる?', 's2'), answer: fact('市は増便を決めた。', 's2') };
  two.comment = { kind: 'voice', role: 'explainer', text: '押さえておきたいニュースですね。' };
  two.card.summary = [fact('要点A。', 's2'), fact('要点B。', 's2'), fact('要点C。', 's2')];
  two.dialogue = [
    { kind: 'voice', role: 'explainer', position: 'before-body', text: 'まずは事実から見ていきましょう。' },
    { kind: 'voice', role: 'reader', position: 'after-body', text: 'なるほど、背景が分かりました。' },
  ];
  return two;
}

const summary = (findings: ReturnType<typeof lintArticle>) =>
  findings.map((finding) => {
    FindingSchema.parse(finding);
    return `${finding.code} ${finding.severity} ${'path' in finding.location ? finding.location.path : '?'}`;
  });

describe('lintArticle', () => {
  it('finds nothing wrong in a clean article', () => {
    assert.deepEqual(lintArticle(sampleArticle({ sections: [section('s1'), otherSection()] })), []);
  });

  it('notes set phrases and headings that two sections share', () => {
    assert.ok(
      lintArticle(sampleArticle()).every(
        (finding) => finding.code === 'text.duplicate' && finding.severity === 'info',
      ),
    );
  });

  it('runs the leak checks on every displayed field, located by JSON path', () => {
    const one = section('s1');
    one.card.summary[1] = fact('ここに要点を挿入してください（ここに要点）');
    one.dialogue[0] = {
      ...one.dialogue[0],
      kind: 'voice',
      role: 'explainer',
      position: 'before-body',
      text: 'お役に立てれば幸いです。',
    };
    one.card.siteName = 'null';
    const article = sampleArticle({ sections: [one, otherSection()] });
    assert.deepEqual(summary(lintArticle(article)), [
      'leak.null error sections[0].card.siteName',
      'leak.placeholder error sections[0].card.summary[1].text',
      'leak.chatter error sections[0].dialogue[0].text',
    ]);
  });

  it('reports a card URL with text glued on, and leaked values inside URLs', () => {
    const one = section('s1', {}, { url: 'https://news.example/article/388964両国間の対立は深まっている。' });
    const two = otherSection();
    two.card.url = 'https://news.example/articles/undefined';
    assert.deepEqual(summary(lintArticle(sampleArticle({ sections: [one, two] }))), [
      'url.glued error sections[0].card.url',
      'leak.undefined error sections[1].card.url',
    ]);
  });

  it('does not take ordinary words inside URLs for leaks', () => {
    const one = section('s1', {}, { url: 'https://news.example/tag/null-hypothesis' });
    assert.deepEqual(lintArticle(sampleArticle({ sections: [one, otherSection()] })), []);
  });

  it('reports wrong counts on an unvalidated article', () => {
    const broken = sampleArticle({ sections: [section('s1'), otherSection()] });
    (broken as { leadPoints: unknown }).leadPoints = broken.leadPoints.slice(0, 2);
    (broken.sections[1]?.card as { summary: unknown }).summary = [];
    assert.deepEqual(summary(lintArticle(broken)), [
      'points.lead-count error leadPoints',
      'card.summary-count error sections[1].card.summary',
    ]);
    assert.deepEqual(summary(lintArticle({ ...sampleArticle(), sections: [] } as unknown as Article)), [
      'card.none error sections',
    ]);
  });

  it('warns about a publication date the renderers cannot read', () => {
    const one = section('s1', {}, { publishedAt: '3月11日' });
    assert.deepEqual(summary(lintArticle(sampleArticle({ sections: [one, otherSection()] }))), [
      'card.unreadable-date warning sections[0].card.publishedAt',
    ]);
  });

  it('reports text repeated within one role, an error when it follows itself', () => {
    const sentence = '市は来年度から路線バスの運行本数を2割増やす方針を明らかにした。';
    const one = section('s1');
    one.body = [{ kind: 'prose', sentences: [fact(sentence), fact(sentence)] }];
    const article = sampleArticle({
      sections: [one, otherSection()],
      leadPoints: [fact(sentence), fact('要点その二。'), fact('要点その三。')],
    });
    // The lead point may restate a body sentence (another role); the body may not repeat itself.
    assert.deepEqual(summary(lintArticle(article)), [
      'text.duplicate error sections[0].body[0].sentences[1].text',
    ]);
  });
});
