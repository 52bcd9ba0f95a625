import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Document } from '../domain/document.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { readTextArticle, verifyText } from './verify-text.ts';

const HASH = `sha256:${'0'.repeat(64)}`;

function documentOf(id: string, url: string, sentences: readonly string[]): Document {
  const title = sentences[0] ?? '見出し';
  const text = sentences.join('\n\n');
  return { id, url, title, lang: 'ja', text, titleSpan: [0, title.length], contentHash: HASH };
}

const PIER = documentOf('s1', 'https://minato.example/pier', [
  '港町に新桟橋、2026年完成へ',
  '市は新しい桟橋を2026年に完成させる。',
  '工費は約40億円だ。',
  '漁協の組合長は「工事中の漁の補償が先だ」と述べた。',
]);
const STATION = documentOf('s2', 'https://yama.example/station', [
  '山里駅が無人化',
  '鉄道会社は山里駅を4月から無人駅にする。',
  '利用者は1日約300人に減った。',
]);

/** A まとめ text with one section per (heading, card URL, summary lines, body lines). */
function article(
  sections: Array<{ heading: string; url: string; summary: string[]; body: string[] }>,
): string {
  return [
    '港と駅の話題',
    '💡 市は新しい桟橋を2026年に完成させる。',
    '💡 工費は約40億円だ。',
    '💡 鉄道会社は山里駅を4月から無人駅にする。',
    ...sections.flatMap((section) => [
      section.heading,
      '何が起きた?',
      section.summary[0] ?? '計画が決まった',
      '気になりますね。',
      '公開日:2025/03/11',
      ...section.summary.map((line) => `✅ ${line}`),
      `出典: ${section.url}`,
      ...section.body,
    ]),
    '今回の記事では、港と駅について解説しました。',
    '💡 市は新しい桟橋を2026年に完成させる。',
    '💡 工費は約40億円だ。',
    '💡 利用者は1日約300人に減った。',
  ].join('\n');
}

describe('readTextArticle', () => {
  it('reads title, points, preamble, card, body and closing, with offsets into the input', () => {
    const text = article([
      {
        heading: '新桟橋',
        url: PIER.url,
        summary: ['工費は約40億円だ。'],
        body: ['市は新しい桟橋を2026年に完成させる。'],
      },
    ]);
    const parsed = readTextArticle(text);
    assert.deepEqual(
      parsed.units.map((unit) => unit.kind),
      [
        'title',
        'lead-point',
        'lead-point',
        'lead-point',
        'heading',
        'hook-question',
        'hook-answer',
        'voice',
        'summary',
        'body',
        'closing',
        'closing-point',
        'closing-point',
        'closing-point',
      ],
    );
    for (const unit of parsed.units)
      assert.equal(text.slice(unit.offset, unit.offset + unit.text.length), unit.text);
    assert.deepEqual(
      parsed.sections.map((section) => [section.heading, section.url]),
      [['新桟橋', PIER.url]],
    );
  });
});

describe('verifyText', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  it('publishes a faithful text and checks each section against the source its card names', () => {
    const text = article([
      {
        heading: '港町に新桟橋',
        url: PIER.url,
        summary: ['工費は約40億円だ。'],
        body: ['市は新しい桟橋を2026年に完成させる。'],
      },
      {
        heading: '山里駅が無人化',
        url: STATION.url,
        summary: ['利用者は1日約300人に減った。'],
        body: ['鉄道会社は山里駅を4月から無人駅にする。'],
      },
    ]);
    const report = verifyText(text, [PIER, STATION], tokenizer);
    assert.deepEqual(
      report.findings.filter((finding) => finding.severity === 'error'),
      [],
    );
  });

  it('checks the explainer items before the sections (■ parts) against the source each names', () => {
    const pier = { ...PIER, siteName: '港町新報' };
    const station = { ...STATION, siteName: '山里タイムズ' };
    const sections = [
      { heading: '港町に新桟橋', url: PIER.url, summary: ['工費は約40億円だ。'], body: [] },
      { heading: '山里駅が無人化', url: STATION.url, summary: ['利用者は1日約300人に減った。'], body: [] },
    ];
    const withExplainer = (items: string[]) => {
      const lines = article(sections).split('\n');
      return [
        ...lines.slice(0, 4),
        '',
        '■数字で見る',
        ...items.map((item) => `・${item}`),
        '',
        ...lines.slice(4),
      ].join('\n');
    };
    const faithful = withExplainer(['工費は約40億円。（港町新報）', '利用者は1日約300人。（山里タイムズ）']);
    const items = readTextArticle(faithful).units.filter((unit) => unit.kind === 'explainer');
    assert.deepEqual(
      items.map((unit) => unit.text),
      ['工費は約40億円。（港町新報）', '利用者は1日約300人。（山里タイムズ）'],
    );
    assert.deepEqual(
      verifyText(faithful, [pier, station], tokenizer).findings.filter(
        (finding) => finding.severity === 'error',
      ),
      [],
    );
    // A changed figure, and a figure given to the outlet that does not report it.
    const wrong = withExplainer(['工費は約60億円。（港町新報）', '利用者は1日約300人。（港町新報）']);
    const errors = verifyText(wrong, [pier, station], tokenizer).findings.filter(
      (finding) => finding.severity === 'error',
    );
    const lineOf = (needle: string) =>
      wrong.split('\n').findIndex((line) => line.startsWith(`・${needle}`)) + 1;
    assert.ok(
      errors.some(
        (f) => f.code === 'support.number' && 'line' in f.location && f.location.line === lineOf('工費'),
      ),
      JSON.stringify(errors),
    );
    assert.ok(
      errors.some((f) => 'line' in f.location && f.location.line === lineOf('利用者')),
      JSON.stringify(errors),
    );
  });

  it('reports a sentence only the other card’s source says as binding.other-source, at its line', () => {
    const text = article([
      {
        heading: '港町に新桟橋',
        url: PIER.url,
        summary: ['工費は約40億円だ。'],
        body: ['鉄道会社は山里駅を4月から無人駅にする。'],
      },
      {
        heading: '山里駅が無人化',
        url: STATION.url,
        summary: ['利用者は1日約300人に減った。'],
        body: ['利用者は1日約300人に減った。'],
      },
    ]);
    const line = text.split('\n').indexOf('鉄道会社は山里駅を4月から無人駅にする。') + 1;
    const found = verifyText(text, [PIER, STATION], tokenizer).findings.filter(
      (finding) => 'line' in finding.location && finding.location.line === line,
    );
    const codes = found.map((finding) => finding.code);
    assert.ok(codes.includes('binding.other-source'), codes.join(','));
  });

  it('reports words verbatim only in the other card’s source as binding.other-source, though their words are spread over its own', () => {
    const harbour = documentOf('s1', 'https://minato.example/works', [
      '港の工事、来月から',
      '市は港の岸壁の工事を来月から始め、早く終えたい考えだ。',
      '漁協は工事中の漁の補償を決めるよう市に求めている。',
    ]);
    const fishers = documentOf('s2', 'https://minato.example/voices', [
      '漁業者の声',
      '漁業者の男性は「工事中の漁の補償を早く決めてほしい」と話した。',
    ]);
    const text = article([
      {
        heading: '港の工事',
        url: harbour.url,
        summary: ['漁協は工事中の漁の補償を決めるよう市に求めている。'],
        body: ['工事中の漁の補償を早く決めてほしい'],
      },
      {
        heading: '漁業者の声',
        url: fishers.url,
        summary: ['漁業者の男性は「工事中の漁の補償を早く決めてほしい」と話した。'],
        body: ['漁業者の男性は「工事中の漁の補償を早く決めてほしい」と話した。'],
      },
    ]);
    const line = text.split('\n').indexOf('工事中の漁の補償を早く決めてほしい') + 1;
    const codes = verifyText(text, [harbour, fishers], tokenizer)
      .findings.filter((finding) => 'line' in finding.location && finding.location.line === line)
      .map((finding) => `${finding.code}:${finding.severity}`);
    assert.ok(codes.includes('binding.other-source:error'), codes.join(','));
  });

  it('reports a flat short part the source only attributes to someone (support.attribution)', () => {
    const text = article([
      {
        heading: '補償が先',
        url: PIER.url,
        summary: ['工費は約40億円だ。'],
        body: ['市は新しい桟橋を2026年に完成させる。'],
      },
    ]);
    const found = verifyText(text, [PIER], tokenizer).findings.filter(
      (finding) => finding.code === 'support.attribution',
    );
    assert.equal(found.length, 1);
    assert.equal(found[0]?.evidence, '補償');
  });

  it('reads the format’s own framing and quoted parts as the renderers write them', () => {
    const pier = documentOf('s1', 'https://minato.example/pier', [
      '港町に新桟橋、2026年完成へ',
      '市は新しい桟橋を2026年に完成させる。',
      '工費は約40億円だ。',
      '桟橋の利用者は年10万人に増える見通しだ。',
      '漁協の組合長は「工事中の漁の補償が先だ」と述べた。',
    ]);
    const text = (heading: string) =>
      article([
        {
          heading,
          url: pier.url,
          summary: ['市は新しい桟橋を2026年に完成させる。'],
          body: [
            '以下は「港町新報」の記事からの引用です。',
            '> 漁協の組合長は「工事中の漁の補償が先だ」と述べた。',
            '💡 「漁協の組合長は『工事中の漁の補償が先だ』と述べた。」（港町新報）',
            '※ この記事は本文の多くが出典記事からの引用で構成されています。',
          ],
        },
        { heading: '山里駅が無人化', url: STATION.url, summary: ['利用者は1日約300人に減った。'], body: [] },
      ]);
    // A headline's topic phrase (桟橋の利用者、) takes the hedge of the words after it.
    const hedged = verifyText(text('桟橋の利用者、年10万人に増える見通し'), [pier, STATION], tokenizer);
    assert.deepEqual(
      hedged.findings.filter((finding) => finding.severity === 'error'),
      [],
    );
    // Stated flatly, the same headline overstates what the source hedges.
    const flat = verifyText(text('桟橋の利用者、年10万人に増える'), [pier, STATION], tokenizer);
    assert.deepEqual(
      flat.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.code),
      ['support.modality'],
    );
  });

  it('never throws on any string, and every location points inside the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc
            .array(
              fc.constantFrom(
                '💡 ',
                '✅ ',
                '公開日:',
                '出典: https://minato.example/pier',
                '市は桟橋を',
                '。',
                '\n',
                '?',
                '「',
                '」',
                'ね。',
              ),
              { maxLength: 40 },
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const report = verifyText(text, [PIER], tokenizer);
          for (const finding of report.findings) {
            assert.ok('offset' in finding.location);
            const { offset, length } = finding.location;
            assert.ok(offset >= 0 && offset + length <= text.length, JSON.stringify(finding));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
