// offline72: a quoted Japanese line with its attribution said around the quotation (Fact.quote):
// only what was said in 「」. Invented sentences, written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FactSchema } from '../../domain/article.ts';
import type { Document } from '../../domain/document.ts';
import { quoteShareOf, sectionUnits } from '../../domain/quotation-share.ts';
import { shown } from '../../render/labels.ts';
import { verbatimFact } from './facts.ts';
import { attributedQuote } from './quoted-part.ts';

function page(sentence: string): Document {
  const text = `見出し\n\n${sentence}`;
  return {
    id: 'q',
    url: 'https://q.example/news',
    title: '見出し',
    siteName: '架空新報',
    lang: 'ja',
    text,
    titleSpan: [0, 3],
    contentHash: `sha256:${'0'.repeat(64)}`,
    publishedAt: '2026-04-01T09:00:00+09:00',
  };
}

const cut = (sentence: string, anyAct = false) => {
  const document = page(sentence);
  const start = document.text.indexOf(sentence);
  return attributedQuote(verbatimFact(document, start, start + sentence.length), anyAct);
};

describe('attributedQuote', () => {
  it('says a 〜によると attribution in the article’s words and quotes what the source said, hedge included', () => {
    const fact = cut('消防によると、物置の屋根が崩れる恐れがあるという。');
    assert.equal(fact?.text, '消防によると、「物置の屋根が崩れる恐れがある」という。');
    assert.equal(fact?.text.slice(fact.quote?.start, fact.quote?.end), '物置の屋根が崩れる恐れがある');
    assert.equal(fact?.verbatim, false);
    assert.equal(fact?.modality, 'reported');
    assert.equal(
      cut('市の観光課によると、今年の花火大会の来場者は約3万人だった。')?.text,
      '市の観光課によると、「今年の花火大会の来場者は約3万人だった」という。',
    );
  });

  it('quotes only the remark of 〜は「…」と述べた and 〜は、…と説明した, the speaker and act outside', () => {
    const bracketed = cut('図書館の館長は5日、「蔵書の半分ほどが水をかぶってしまった」と話した。');
    assert.equal(bracketed?.text, '図書館の館長は5日、「蔵書の半分ほどが水をかぶってしまった」と話した。');
    assert.equal(
      bracketed?.text.slice(bracketed.quote?.start, bracketed.quote?.end),
      '蔵書の半分ほどが水をかぶってしまった',
    );
    const plain = cut('県の担当者は、復旧工事は秋までかかる見通しだと説明した。');
    assert.equal(plain?.text, '県の担当者は、「復旧工事は秋までかかる見通しだ」と説明した。');
  });

  it('with anyAct, quotes only the bracketed remark under a broadcaster’s, an apology’s, an admission’s or a statement’s act', () => {
    const words = (sentence: string) => {
      const fact = cut(sentence, true);
      return fact === undefined ? undefined : fact.text.slice(fact.quote?.start, fact.quote?.end);
    };
    const remarks: Array<[string, string]> = [
      [
        '公園に来ていた60代の男性は「こんなに大きな鳥は初めて見ました」と話していました。',
        'こんなに大きな鳥は初めて見ました',
      ],
      [
        '組合長は「点検の手順を守っていなかった。申し訳ない」と陳謝した。',
        '点検の手順を守っていなかった。申し訳ない',
      ],
      ['館長は「展示の準備が遅れて迷惑をかけた」と謝罪した。', '展示の準備が遅れて迷惑をかけた'],
      [
        '3日には運営会社の社長がコメントを出し、「見回りの回数が足りなかった」と認めた。',
        '見回りの回数が足りなかった',
      ],
      ['町長は「橋の架け替えを急ぎたい考えだ」とのコメントを出した。', '橋の架け替えを急ぎたい考えだ'],
      ['船長は「霧で前がよく見えなかった」と話しているという。', '霧で前がよく見えなかった'],
      ['店主は「客足が戻るまで店を続けたい」と話す。', '客足が戻るまで店を続けたい'],
    ];
    for (const [sentence, remark] of remarks) {
      assert.equal(words(sentence), remark, sentence);
      // Without anyAct (the drafts' reading), only the acts of SAYING: these stay quoted whole.
      assert.equal(cut(sentence), undefined, sentence);
    }
    // The frame stays the source's words: only what is inside 「」 is quoted.
    assert.equal(
      cut('組合長は「点検の手順を守っていなかった。申し訳ない」と陳謝した。', true)?.text,
      '組合長は「点検の手順を守っていなかった。申し訳ない」と陳謝した。',
    );
    // An admission or apology the source does not bracket is the reporter's account, not the speaker's words.
    assert.equal(cut('運転手の男性は、信号を見落としていたと認めた。', true), undefined);
    assert.equal(cut('組合長は、点検の手順を守っていなかったと陳謝した。', true), undefined);
    // No one named as saying it, as for the core acts.
    assert.equal(cut('理由については「人手が足りなかったためだ」と認めた。', true), undefined);
  });

  it('leaves a sentence with no separable attribution, a name in 「」 and a short remark as they are', () => {
    assert.equal(cut('物置の屋根が崩れ、作業員2人がけがをした。'), undefined);
    assert.equal(cut('駅前に「みなと市場」が開業し、初日から行列ができた。'), undefined);
    assert.equal(cut('館長は「残念だ」と話した。'), undefined);
    // No one named as saying it (a topic of what is said), or one named only as 同社 (the sentence before's).
    assert.equal(cut('値上げの理由については「燃料費が高騰したためだ」と説明した。'), undefined);
    assert.equal(cut('同社によると、工場の操業再開は来月の見通しだという。'), undefined);
    // The words already quote someone: a quotation inside the quoted part is left whole.
    assert.equal(cut('警察によると、男は「覚えていない」と話しているという。'), undefined);
  });

  it('is a valid Fact, shown with its part in 「」 and counted as quotation only for that part', () => {
    const fact = cut('消防によると、物置の屋根が崩れる恐れがあるという。');
    assert.ok(fact !== undefined);
    assert.ok(FactSchema.safeParse(fact).success);
    assert.equal(shown(fact), fact.text);
    assert.equal(FactSchema.safeParse({ ...fact, quote: { start: 2, end: 9 } }).success, false);
    const section = {
      sourceId: 'q',
      heading: { ...fact, text: '見出し', verbatim: false, quote: undefined },
      hook: { question: { ...fact, text: '何が?', quote: undefined }, answer: fact },
      comment: { kind: 'voice' as const, role: 'explainer' as const, text: 'x' },
      card: {
        url: 'https://q.example/news',
        summary: [fact, fact, fact] as [typeof fact, typeof fact, typeof fact],
      },
      dialogue: [],
      body: [],
    };
    const hook = sectionUnits(section, 's').filter((unit) => unit.path === 's.hook.answer');
    // 14 of the line's 27 characters are the source's words, 16 with their 「」.
    assert.deepEqual(quoteShareOf(hook), { quotedChars: 16, totalChars: 27, share: 0.593 });
  });
});
