import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document } from '../domain/document.ts';
import type { Report } from '../domain/report.ts';
import { renderReportHtml, renderReportText } from './render-report.ts';

const HASH = `sha256:${'0'.repeat(64)}`;

function documentOf(id: string, title: string, body: string, url = `https://news.example/${id}`): Document {
  const text = `${title}\n\n${body}`;
  return { id, url, title, lang: 'ja', text, titleSpan: [0, title.length], contentHash: HASH };
}

const TEXT = [
  '港町の新桟橋<script>alert(1)</script>',
  '💡 市は新しい桟橋を2026年に完成させる。',
  '💡 <b>工費</b>は約40億円だ。',
  '💡 漁協は計画に賛成した。',
  '新桟橋の計画',
  '桟橋はいつ完成?',
  '2026年',
  '楽しみですね。',
  '公開日:2025/03/11',
  '✅ 市は新しい桟橋を2026年に完成させる。',
  '✅ 工費は約40億円だ。',
  '✅ 漁協は計画に賛成した。',
  'さらに読む ⇒港町新報',
  '出典: https://minato.example/pier',
  '市は新しい桟橋を2027年に完成させる。工費は約40億円だ。',
  '今回の記事では、新桟橋について解説しました。',
  '💡 市は新しい桟橋を2026年に完成させる。',
  '💡 工費は約40億円だ。',
  '💡 漁協は計画に賛成した。',
].join('\n');

const SOURCE = documentOf(
  's1',
  '港町に新桟橋　<script>alert("x")</script>',
  '市は新しい桟橋を2026年に完成させる。工費は約40億円だ。漁協は計画に賛成した。',
  'javascript:alert(1)',
);

/** Two findings on line 15 (one sentence) and one on line 1 (the title), as verifyText reports them. */
const REPORT: Report = {
  verdict: 'blocked',
  findings: [
    {
      code: 'support.coverage',
      severity: 'warning',
      location: { line: 1, column: 1, offset: 0, length: 33 },
      message: 'The title <script>says</script> more than its sources.',
      evidence: '港町の新桟橋<script>alert(1)</script>',
    },
    {
      code: 'support.date',
      severity: 'error',
      location: { line: 15, column: 12, offset: TEXT.indexOf('2027年'), length: 5 },
      message: 'The date 「2027年」 is not in the supporting source text.',
      evidence: '2027年',
    },
    {
      code: 'support.number',
      severity: 'error',
      location: { line: 15, column: 12, offset: TEXT.indexOf('2027年'), length: 5 },
      message: 'The number 「2027」 is not in the supporting source text.',
      evidence: '2027',
    },
  ],
};

describe('renderReportHtml', () => {
  const html = renderReportHtml(REPORT, { text: TEXT, documents: [SOURCE] });

  it('escapes every text from the article, the findings and the sources', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<b>/);
    assert.match(html, /&lt;<mark>script<\/mark>&gt;<mark>alert<\/mark>\(1\)&lt;\/<mark>script<\/mark>&gt;/);
    assert.match(html, /The title &lt;script&gt;says&lt;\/script&gt; more/);
    assert.match(html, /港町に新桟橋　&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  });

  it('links only http(s) source URLs', () => {
    assert.doesNotMatch(html, /href="javascript:/);
    assert.match(html, /— javascript:alert\(1\)<\/cite>/);
  });

  it('shows one block per flagged sentence, with all its findings and its words marked', () => {
    assert.equal(html.match(/<div class="block">/g)?.length, 2);
    assert.match(html, /<p class="sentence">市は新しい桟橋を<mark>2027年<\/mark>に完成させる。<\/p>/);
    const block = html.slice(html.indexOf('<p class="where">line 15</p>'));
    assert.match(block, /support\.date/);
    assert.match(block, /support\.number/);
    assert.match(block, /<blockquote><p>市は新しい桟橋を2026年に完成させる。<\/p>/);
  });

  it('puts the verdict and the counts by severity at the top', () => {
    assert.ok(html.indexOf('<p class="verdict blocked">blocked</p>') < html.indexOf('<section>'));
    assert.match(html, /<p class="counts">2 errors, 1 warning, 0 info<\/p>/);
  });
});

describe('renderReportText', () => {
  it('groups flagged sentences by section, marks the words and names the source passage', () => {
    const text = renderReportText(REPORT, { text: TEXT, documents: [SOURCE] });
    assert.match(text, /^verdict: blocked \(2 errors, 1 warning, 0 info\)\n/);
    assert.match(
      text,
      /== 新桟橋の計画 ==\n\nline 15: 市は新しい桟橋を⟦2027年⟧に完成させる。\n {2}error support\.date: .*\n {2}error support\.number: .*\n {2}source: 「市は新しい桟橋を2026年に完成させる。」 — 港町に新桟橋/,
    );
    assert.match(text, /== Title and lead points ==\n\nline 1: /);
  });

  it('places Article findings by path, and lists those about no sentence separately', () => {
    const report: Report = {
      verdict: 'needs_review',
      findings: [
        {
          code: 'rights.quote-share',
          severity: 'warning',
          location: { path: '' },
          message: 'Mostly quotation.',
        },
      ],
    };
    const text = renderReportText(report, { documents: [SOURCE] });
    assert.match(text, /== Other findings ==\n {2}warning rights\.quote-share: Mostly quotation\./);
  });
});

describe('the report in Japanese', () => {
  const withParams: Report = {
    ...REPORT,
    findings: REPORT.findings.map((finding) =>
      finding.code === 'support.date'
        ? { ...finding, params: { kind: 'missing', text: '2027年' } }
        : finding.code === 'support.number'
          ? { ...finding, params: { text: '2027' } }
          : finding,
    ),
  };

  it('writes the fixed words and each finding from the catalogue, keeping the codes', () => {
    const text = renderReportText(withParams, { text: TEXT, documents: [SOURCE] }, 'ja');
    assert.match(text, /^判定: 公開不可（エラー 2 件、要確認 1 件、参考 0 件）\n/);
    assert.match(
      text,
      /== 新桟橋の計画 ==\n\n15 行目: 市は新しい桟橋を⟦2027年⟧に完成させる。\n {2}エラー support\.date: 日付「2027年」は出典にありません。\n {2}エラー support\.number: 数値「2027」は出典にありません。\n {2}出典: 「市は新しい桟橋を2026年に完成させる。」/,
    );
    // A finding without params (made by an older build) falls back to the code's Japanese name.
    assert.match(
      text,
      /== タイトルと冒頭のポイント ==\n\n1 行目: .*\n {2}要確認 support\.coverage: 出典で裏付けられない部分があります: 「港町の新桟橋/,
    );
  });

  it('writes the HTML report in Japanese too, escaped', () => {
    const html = renderReportHtml(withParams, { text: TEXT, documents: [SOURCE] }, 'ja');
    assert.match(html, /<h1>検証レポート<\/h1>/);
    assert.match(html, /<p class="verdict blocked">公開不可<\/p>/);
    assert.match(html, /<strong>エラー support\.date<\/strong>: 日付「2027年」は出典にありません。/);
    assert.doesNotMatch(html, /<script/i);
  });
});
