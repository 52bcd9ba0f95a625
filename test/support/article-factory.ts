// Hand-built Articles for renderer tests, and a fast-check arbitrary of valid Articles.
import fc from 'fast-check';
import type { Article, Evidence, Fact, Section } from '../../src/domain/article.ts';
import { isDisplayText } from '../../src/domain/article.ts';

const HASH = `sha256:${'0'.repeat(64)}`;

/** A fact whose evidence is the span [0, text.length) of `sourceId` (tests of rendering only). */
export function fact(text: string, sourceId = 's1'): Fact {
  return {
    kind: 'fact',
    text,
    evidence: [{ sourceId, start: 0, end: text.length, text }],
    modality: 'asserted',
    verbatim: true,
  };
}

/** One section; `card` fields override the defaults. */
export function section(
  sourceId: string,
  texts: Partial<Record<'heading' | 'body', string>> = {},
  card: Partial<Section['card']> = {},
): Section {
  return {
    sourceId,
    heading: fact(texts.heading ?? '地方鉄道、存続へ新計画', sourceId),
    hook: {
      question: fact('存続計画、何が起きた?', sourceId),
      answer: fact('市は新たな計画を発表した。', sourceId),
    },
    comment: { kind: 'voice', role: 'explainer', text: '今後の動きが気になる話題ですね。' },
    card: {
      publishedAt: '2025-03-11T09:30:00+09:00',
      siteName: '架空経済オンライン',
      url: 'https://keizai.example/articles/1',
      summary: [
        fact('一つ目の要点。', sourceId),
        fact('二つ目の要点。', sourceId),
        fact('三つ目の要点。', sourceId),
      ],
      ...card,
    },
    dialogue: [
      {
        kind: 'voice',
        role: 'explainer',
        position: 'before-body',
        text: '記事の内容を順に確認していきましょう。',
      },
      {
        kind: 'voice',
        role: 'reader',
        position: 'before-body',
        text: 'どのような経緯があったのでしょうか。',
      },
      { kind: 'voice', role: 'reader', position: 'after-body', text: 'なるほど、よく分かりました。' },
    ],
    body: [{ kind: 'quotation', sentences: [fact(texts.body ?? '本文の一文目。本文の二文目。', sourceId)] }],
  };
}

/** A valid two-section Article. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    title: fact('【まとめ】地方鉄道、存続計画'),
    leadPoints: [fact('要点その一。'), fact('要点その二。', 's2'), fact('要点その三。')],
    sections: [
      section('s1'),
      section('s2', {}, { siteName: 'みなと新報', url: 'https://minato.example/news/2' }),
    ],
    closing: {
      sentence: fact('今回の記事では、地方鉄道について解説しました。'),
      points: [fact('結びその一。'), fact('結びその二。'), fact('結びその三。', 's2')],
    },
    sources: ['s1', 's2'].map((id) => ({
      id,
      url: `https://keizai.example/${id}`,
      title: `見出し${id}`,
      lang: 'ja',
      contentHash: HASH,
      textLength: 100,
    })),
    engine: { name: 'offline', version: '0.1.0' },
    quotation: { quotedShare: 0.8, quoteHeavy: true },
    ...overrides,
  };
}

/** Display text with hostile characters: markup, Markdown, quotes, Japanese, emoji, newlines inside. */
export const hostileText = fc
  .string({
    unit: fc.constantFrom(
      ...[...'<>&"\'`*_[]()#|~$\\{}!-.:/ あ漢「」。、💡✅'],
      '<script>',
      'javascript:',
      'https://x.example/',
      '</textarea>',
      '&amp;',
    ),
    minLength: 1,
    maxLength: 40,
  })
  .map((text) => text.trim())
  .filter(isDisplayText);

/** Valid Articles whose every text field is hostile text and whose optional card fields come and go. */
export const articleArbitrary = fc
  .record({
    texts: fc.array(hostileText, { minLength: 20, maxLength: 20 }),
    siteName: fc.option(hostileText, { nil: undefined }),
    publishedAt: fc.option(fc.constantFrom('2025-03-11T09:30:00+09:00', '2024-12-31T23:59:59Z'), {
      nil: undefined,
    }),
    url: fc.constantFrom(
      'https://a.example/x?y=1&z=<2>',
      'file:///tmp/page.html',
      'http://b.example/"quoted"',
    ),
    image: fc.boolean(),
    conflicts: fc.boolean(),
  })
  .map(({ texts, siteName, publishedAt, url, image, conflicts }) => {
    const t = (index: number) => texts[index % texts.length] as string;
    const base = sampleArticle();
    const one = section(
      's1',
      { heading: t(0), body: t(1) },
      {
        url,
        summary: [fact(t(2)), fact(t(3)), fact(t(4))],
      },
    );
    delete one.card.siteName;
    delete one.card.publishedAt;
    if (siteName !== undefined) one.card.siteName = siteName;
    if (publishedAt !== undefined) one.card.publishedAt = publishedAt;
    if (image) one.card.image = { url: 'https://img.example/a.jpg', credit: t(5) };
    one.hook = { question: fact(t(6)), answer: fact(t(7)) };
    one.comment = { kind: 'voice', role: 'explainer', text: t(8) };
    return sampleArticle({
      title: fact(t(9)),
      leadPoints: [fact(t(10)), fact(t(11)), fact(t(12))],
      sections: [one, base.sections[1] as Section],
      closing: { sentence: fact(t(13)), points: [fact(t(14)), fact(t(15)), fact(t(16))] },
      // Sources that disagree, as the pipeline reports them: values and evidence are hostile too.
      ...(conflicts
        ? {
            conflicts: [
              {
                kind: 'number' as const,
                subject: t(17),
                claims: [
                  { sourceId: 's1', value: t(18), evidence: fact(t(18)).evidence[0] as Evidence },
                  { sourceId: 's2', value: t(19), evidence: fact(t(19), 's2').evidence[0] as Evidence },
                ],
              },
            ],
          }
        : {}),
    });
  });
