import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Document } from '../domain/document.ts';
import type { Finding } from '../domain/report.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import {
  FINDING_CATALOGUE,
  findingMessage,
  findingName,
  japaneseMessage,
  reportLanguage,
} from './finding-messages.ts';
import { lintText } from './lint-text.ts';
import { verifyClaim } from './verify-article.ts';

const SRC = join(import.meta.dirname, '..');
// Files whose string literals include the codes findings are emitted with.
const EMITTERS = [
  ...readdirSync(join(SRC, 'verify'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'finding-messages.ts')
    .map((name) => join(SRC, 'verify', name)),
  join(SRC, 'cli', 'lint-command.ts'),
  // The language model's second opinion on a claim (verify-claim --judge) sits above verify.
  join(SRC, 'pipeline', 'judge-claim.ts'),
];
// Literals in those files shaped like a code that are JSON paths of an Article, not codes.
const ARTICLE_PATHS = new Set(['closing.sentence', 'closing.points']);
const CODE = /'([a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)'/g;

function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of EMITTERS)
    for (const match of readFileSync(file, 'utf8').matchAll(CODE)) {
      const literal = match[1] as string;
      if (!ARTICLE_PATHS.has(literal) && !/\.(ts|js|html?|txt|md)$/.test(literal)) codes.add(literal);
    }
  return codes;
}

describe('the finding catalogue', () => {
  it('has a Japanese and an English name and a Japanese message for every code a check can emit', () => {
    const codes = emittedCodes();
    assert.ok(codes.size >= 50, `found ${codes.size} codes in the checks`);
    const missing = [...codes].filter((code) => FINDING_CATALOGUE[code] === undefined);
    assert.deepEqual(
      missing,
      [],
      'add these codes to src/verify/finding-messages.ts (or, if a literal is an Article path, to ARTICLE_PATHS here)',
    );
    for (const code of codes) {
      const entry = FINDING_CATALOGUE[code];
      assert.match(entry?.name.ja ?? '', /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, code);
      assert.match(entry?.name.en ?? '', /^[A-Z]/, code);
    }
    // And nothing catalogued that no check emits any more.
    assert.deepEqual(
      Object.keys(FINDING_CATALOGUE).filter((code) => !codes.has(code)),
      [],
    );
  });

  it('writes the message from the params, never from the English message', () => {
    const finding: Finding = {
      code: 'support.number',
      severity: 'error',
      location: { path: 'title' },
      message: 'The number 「12億円」 is not in the listed sources.',
      evidence: '12億円',
      params: { text: '12億円' },
    };
    assert.equal(findingMessage(finding, 'ja'), '数値「12億円」は出典にありません。');
    assert.equal(findingMessage(finding, 'en'), finding.message);
    assert.equal(
      japaneseMessage({ code: 'rights.quote-share', params: { kind: 'section', percent: 62, limit: 40 } }),
      'この節の 62% が引用です（上限 40%）。引用は記事自身の文に従う分量にとどめます。',
    );
    // Without the values the message needs, the code's name and the text stand in; no "undefined".
    const old = { ...finding, params: {} };
    assert.equal(japaneseMessage(old), undefined);
    assert.equal(findingMessage(old, 'ja'), '数値が出典にありません: 「12億円」');
    assert.equal(findingName('support.number', 'en'), 'Number not supported');
  });

  it('says what a weakened or merely considered modality does, with the source sentence', () => {
    // Both kinds fell to the default message, which needs a hedge these findings do not carry, so the
    // report showed only the code's name.
    assert.equal(
      japaneseMessage({
        code: 'support.modality',
        params: { kind: 'weakened', text: '閉鎖した可能性', sourceText: '市は公園を閉鎖した。' },
      }),
      '「閉鎖した可能性」を可能性としてだけ述べていますが、出典は言い切っています：「市は公園を閉鎖した。」',
    );
    assert.equal(
      japaneseMessage({
        code: 'support.modality',
        params: { kind: 'considered', sourceText: '町は補助を決めた。' },
      }),
      '検討中のこととして述べていますが、出典ではすでに決まったこととして述べています：「町は補助を決めた。」',
    );
  });

  it('chooses the report language from --lang, else from the locale', () => {
    assert.equal(reportLanguage('ja', { LANG: 'en_US.UTF-8' }), 'ja');
    assert.equal(reportLanguage('en', { LANG: 'ja_JP.UTF-8' }), 'en');
    assert.equal(reportLanguage('fr', {}), undefined);
    assert.equal(reportLanguage(undefined, { LANG: 'ja_JP.UTF-8' }), 'ja');
    assert.equal(reportLanguage(undefined, { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }), 'en');
    assert.equal(reportLanguage(undefined, { LC_ALL: '', LC_MESSAGES: 'ja_JP', LANG: 'C' }), 'ja');
    assert.equal(reportLanguage(undefined, {}), 'en');
  });
});

describe('findings as the checks make them', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  /** Every finding has a Japanese message from the catalogue, with no English words or "undefined". */
  const assertJapanese = (findings: readonly Finding[]) => {
    assert.ok(findings.length > 0);
    for (const finding of findings) {
      const ja = japaneseMessage(finding);
      assert.ok(
        ja !== undefined,
        `${finding.code} lacks params for its message: ${JSON.stringify(finding.params)}`,
      );
      // The text quoted may itself be a leak ("undefined"); the rest of the message may not.
      let rest = ja;
      for (const value of Object.values(finding.params ?? {})) rest = rest.replaceAll(String(value), '');
      assert.doesNotMatch(
        rest.replaceAll('https://', ''),
        /undefined|NaN|\[object|[A-Za-z]{4,}/,
        `${finding.code}: ${ja}`,
      );
      assert.match(ja, /[\p{Script=Hiragana}]/u, `${finding.code}: ${ja}`);
    }
  };

  it('lint findings of a text full of defects', () => {
    // Invented: a まとめ text with a leaked value, a placeholder, chatter, a glued URL, a repeated
    // line, an unclosed fence and a card missing its parts.
    const text = [
      '# 架空市の新しい図書館',
      '',
      '💡 架空市が新図書館を開館した',
      '',
      '## 図書館が開館',
      '',
      '公開日: undefined',
      '✅ 蔵書は約30万冊',
      '✅ [ここに要約を挿入]',
      'さらに読む ⇒',
      '',
      '以下は記事の要約です。',
      '詳しくは https://example.jp/a続きを読む',
      '館長は「楽しみだ」と話した。',
      '館長は「楽しみだ」と話した。',
      '',
      '```',
      'コード',
    ].join('\n');
    const findings = lintText(text, 'md');
    const codes = new Set(findings.map((finding) => finding.code));
    for (const code of ['leak.undefined', 'leak.placeholder', 'leak.chatter', 'url.glued', 'markdown.fence'])
      assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    assertJapanese(findings);
  });

  it('claim findings against an invented source', () => {
    const title = '架空町の汐見橋が完成、10日に開通へ';
    const body =
      '架空町が建設していた汐見橋が7日、完成した。総事業費は約24億円だった。町長は「渋滞は減る見込みだ」と述べた。';
    const source: Document = {
      id: 's1',
      url: 'https://kakuu-shimbun.example/bridge',
      title,
      lang: 'ja',
      text: `${title}\n\n${body}`,
      titleSpan: [0, title.length],
      contentHash: `sha256:${'a'.repeat(64)}`,
      publishedAt: '2025-10-08T09:00:00+09:00',
    };
    const findings = [
      '汐見橋の総事業費は約31億円だった。',
      '汐見橋は9月3日に完成した。',
      '汐見橋は完成しなかった。',
      '山田太郎氏が汐見橋を設計した。',
      '渋滞は確実になくなる。',
    ].flatMap((claim) => verifyClaim(claim, [source], tokenizer).problems);
    const codes = new Set(findings.map((finding) => finding.code));
    for (const code of ['support.number', 'support.date', 'support.name'])
      assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    assertJapanese(findings);
  });
});
