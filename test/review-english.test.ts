// The review's "English outside a quote" rule (test/support/review-articles.ts englishOutsideQuotes)
// over every part of an invented article: a heading, a hook, a ✅ line, a 💡 point, the closing and
// the dialogue are read, a marked quotation and a source's names are not English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../src/domain/article.ts';
import { fact, sampleArticle, section } from './support/article-factory.ts';
import { englishOutsideQuotes } from './support/review-articles.ts';

const own = (text: string, sourceId = 's1'): Fact => ({ ...fact(text, sourceId), verbatim: false });
// An invented English page: a name mid-sentence (Kiriyama Ferry), a paragraph opened by ordinary
// words (Beginning Tuesday) and a person named only where a sentence opens, then by surname.
const documents = [
  {
    siteName: 'Harbor Lantern Daily',
    text: [
      'Ferry pause',
      'Boats run by Kiriyama Ferry stopped after an engine fault, the operator said.',
      'Beginning Tuesday, buses will carry passengers along the coast road.',
      'Haruto Ibuki, a ticket clerk, said passengers were patient. Ibuki added that refunds began.',
    ].join('\n\n'),
  },
];

function article(
  parts: Partial<Record<'heading' | 'answer' | 'card' | 'point' | 'closing' | 'line', string>>,
) {
  const base = sampleArticle();
  const first = section('s1');
  return sampleArticle({
    title: own('フェリー、当面運休'),
    leadPoints: [
      own('運航会社は点検を始めた。'),
      own(parts.point ?? '代替バスが走る。'),
      own('払い戻しも始まった。'),
    ],
    sections: [
      {
        ...first,
        heading: own(parts.heading ?? 'フェリー、エンジン故障で運休'),
        hook: {
          question: own('いつから運休?'),
          answer: own(parts.answer ?? '運航会社によると、先週から運休している。'),
        },
        card: {
          ...first.card,
          summary: [own(parts.card ?? '運航会社は運休を決めた。'), own('点検は続く。'), own('再開は未定。')],
        },
        dialogue: [
          { kind: 'voice', role: 'reader', position: 'before-body', text: 'いつ再開するの?' },
          {
            kind: 'voice',
            role: 'explainer',
            position: 'after-body',
            text: parts.line ?? 'まだ決まっていません。',
          },
        ],
      },
      ...base.sections.slice(1),
    ],
    closing: {
      sentence: own(parts.closing ?? '今回はフェリーの運休を解説しました。'),
      points: base.closing.points,
    },
  });
}

describe('English outside a quote, every part of the article', () => {
  it('finds none in an article of Japanese lines that name the source as it writes its names', () => {
    const names = article({
      heading: 'Kiriyama Ferryをめぐる英語の報道',
      answer: 'Haruto Ibukiによると、乗客は落ち着いていた。',
      card: 'Harbor Lantern Dailyによると、バスが運行する。',
    });
    assert.deepEqual(englishOutsideQuotes(names, documents), []);
  });

  it("flags a heading of a paragraph's opening words, though no lower-case word is in it", () => {
    assert.deepEqual(englishOutsideQuotes(article({ heading: 'Beginning Tuesday' }), documents), [
      'heading: Beginning Tuesday',
    ]);
  });

  it('flags English in a hook answer, a ✅ line, a 💡 point, the closing and the dialogue, by part', () => {
    const found = englishOutsideQuotes(
      article({
        answer: 'buses will carry passengers、と運航会社。',
        card: '運航会社はengine faultを認めた。',
        point: 'ferry service stopped for now',
        closing: '今回はthe ferry pauseを解説しました。',
        line: 'see the notice',
      }),
      documents,
    );
    assert.deepEqual(found.map((line) => line.split(':')[0]).sort(), [
      'answer',
      'card',
      'closing',
      'dialogue',
      'point',
    ]);
  });

  it('leaves English inside 「」 and a verbatim line alone', () => {
    const quoted = article({ answer: '運航会社は「buses will carry passengers」と説明した。' });
    assert.deepEqual(englishOutsideQuotes(quoted, documents), []);
    const whole = sampleArticle({ title: fact('Boats run by Kiriyama Ferry stopped') });
    assert.deepEqual(
      englishOutsideQuotes(whole, documents).filter((line) => line.startsWith('title')),
      [],
    );
  });
});
