import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../../test/support/invented-document.ts';
import { createTokenizer, type Tokenizer } from '../../text/tokenizer.ts';
import { createUnderstanding } from '../../understand/understand-document.ts';
import { alignClause, createAlignment, overlap, overlapScorer, readClaim } from './alignment.ts';

// Invented pages: two outlets on one event, and a third page on another.
const first = inventedDocument(
  'a',
  '北川市で新図書館が開館',
  [
    '北川市は1日、駅前に建てた新しい図書館を開館した。',
    '図書館は3階建てで、蔵書は約20万冊。',
    '市長は記者会見で「多くの市民に使ってほしい」と述べた。',
  ],
  { publishedAt: '2026-04-01T09:00:00+09:00' },
);
const second = inventedDocument(
  'b',
  '新図書館オープン、北川市',
  ['北川市の新図書館が1日に開館し、開館前から約300人が並んだ。', '市は年間50万人の来館を見込む。'],
  { publishedAt: '2026-04-01T12:00:00+09:00' },
);
const other = inventedDocument(
  'c',
  '南山町で祭り',
  ['南山町で3日、夏祭りが開かれ、図書館前の広場に屋台が並んだ。'],
  { publishedAt: '2026-07-03T18:00:00+09:00' },
);

describe('overlapScorer', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  it('scores every sentence as overlap() does, in the scope and outside it', () => {
    const understanding = createUnderstanding(tokenizer);
    const scope = [understanding.of(first), understanding.of(second)];
    const outside = understanding.of(other);
    const claim = readClaim('北川市の新しい図書館が1日に開館し、約300人が並んだ。', understanding);
    const alignment = createAlignment(claim, scope, understanding.synonyms);
    const keySets = [
      [...alignment.weights.keys()],
      ['図書館', '開館', '図書館'],
      ['並ぶ', '広場', '屋台'],
      ['見当たらない語'],
      [],
    ];
    const sentences = [...alignment.sentences, ...outside.sentences];
    let scored = 0;
    for (const keys of keySets) {
      const score = overlapScorer(alignment, keys);
      for (const sentence of sentences) {
        assert.equal(
          score(sentence),
          overlap(alignment, sentence, keys),
          `${keys.join('・')}: ${sentence.text}`,
        );
        if (score(sentence) > 0) scored += 1;
      }
    }
    // The sets do find sentences, outside the scope too (屋台 and 広場 are only in the third page).
    assert.ok(scored > 5);
    assert.ok(outside.sentences.some((sentence) => overlapScorer(alignment, ['屋台', '広場'])(sentence) > 0));
    // alignClause takes the first sentence of the best score (by overlap()) that its filter lets through.
    const firstBest = (keep: (sentence: (typeof sentences)[number]) => boolean) => {
      const kept = alignment.sentences.filter(keep);
      const top = Math.max(
        ...kept.map((sentence) => overlap(alignment, sentence, ['図書館', '開館', '北川市'])),
      );
      return kept.find((sentence) => overlap(alignment, sentence, ['図書館', '開館', '北川市']) === top);
    };
    const aligned = alignClause(alignment, ['図書館', '開館', '北川市']);
    assert.equal(
      aligned?.sentence,
      firstBest(() => true),
    );
    assert.equal(aligned?.sentence.sourceId, 'a');
    const fromSecond = alignClause(alignment, ['図書館', '開館', '北川市'], (s) => s.sourceId === 'b');
    assert.equal(
      fromSecond?.sentence,
      firstBest((s) => s.sourceId === 'b'),
    );
    assert.equal(fromSecond?.sentence.sourceId, 'b');
  });
});
