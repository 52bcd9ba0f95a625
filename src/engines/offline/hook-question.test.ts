import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer } from '../../text/tokenizer.ts';
import { createUnderstanding } from '../../understand/understand-document.ts';
import { fallbackQuestion } from './compose-offline-article.ts';
import { type Candidate, readCandidates } from './read-candidates.ts';

// Invented sentences: a hook's question asks about what its answer names as the reader sees it —
// the engine's own sentence, which may leave the source's setting (and the name in it) out.
describe('fallbackQuestion', () => {
  const sentences = [
    '北原町が営むプールの検査で、請負の業者が塩素の濃度を偽っていたと分かりました。',
    '町は業者との契約を見直す方針です。',
  ];
  let byText: Map<string, Candidate>;
  before(async () => {
    const title = '北原町のプール、記録に誤り';
    const text = [title, ...sentences].join('\n\n');
    const read = createUnderstanding(await createTokenizer()).of({
      id: 'pool',
      url: 'https://kitahara.example/pool',
      title,
      publishedAt: '2026-06-02T09:00:00+09:00',
      lang: 'ja',
      text,
      titleSpan: [0, title.length],
      contentHash: 'sha256:pool',
    });
    byText = new Map(readCandidates(read).map((item) => [item.sentence.text, item]));
  });

  it('names nothing the shown answer leaves out', () => {
    const answer = byText.get(sentences[0] as string);
    assert.ok(answer?.written, 'the engine writes the sentence in its own words');
    assert.ok(!answer.written.text.includes('北原町'), answer.written.text);
    const question = fallbackQuestion({ topic: '北原町' }, answer, new Set()).text;
    assert.ok(!question.includes('北原町'), question);
    const subject = /^(.+?)について、/u.exec(question)?.[1];
    assert.ok(subject === undefined || answer.written.text.includes(subject), question);
  });
});
