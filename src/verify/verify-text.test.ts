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
