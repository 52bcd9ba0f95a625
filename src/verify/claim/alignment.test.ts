import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../../test/support/invented-document.ts';
import { createTokenizer, type Tokenizer } from '../../text/tokenizer.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { createUnderstanding } from '../../understand/understand-document.ts';
import {
  alignClause,
  createAlignment,
  overlap,
  overlapScorer,
  readClaim,
  sentencesWithAny,
  topScore,
} from './alignment.ts';

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

describe('scans that read only the sentences that can matter', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  // The full scans the indexed ones stand for, written out: every sentence of the alignment asked.
  const fullAlignClause = (
    alignment: ReturnType<typeof createAlignment>,
    keys: readonly string[],
    filter: (sentence: SourceSentence) => boolean,
  ) => {
    const total = new Set(keys).size;
    let found: { sentence: SourceSentence; score: number } | undefined;
    for (const sentence of alignment.sentences) {
      if (!filter(sentence)) continue;
      const value = overlap(alignment, sentence, keys);
      if (found === undefined || value > found.score) found = { sentence, score: value };
    }
    return found === undefined || found.score < Math.min(2, total * 0.6) ? undefined : found;
  };
  const lemmasOf = (sentence: SourceSentence) => sentence.predicates.map((predicate) => predicate.lemma);

  it('give what the scans over every sentence give, for every key set, filter and scope', () => {
    const understanding = createUnderstanding(tokenizer);
    const [a, b, c] = [understanding.of(first), understanding.of(second), understanding.of(other)];
    const claims = [
      '北川市の新しい図書館が1日に開館し、約300人が並んだ。',
      '南山町の広場で屋台が並び、夏祭りが開かれた。',
      '市長は図書館を使ってほしいと話した。',
    ];
    // One source, two, all three, one read twice (its sentences twice in the list: the first counts).
    const scopes = [[a], [a, b], [b, a, c], [a, a, b]];
    let compared = 0;
    for (const text of claims)
      for (const scope of scopes) {
        const alignment = createAlignment(readClaim(text, understanding), scope, understanding.synonyms);
        const words = [...alignment.weights.keys()];
        const keySets: string[][] = [
          words,
          ...words.map((word) => [word]),
          ...words.flatMap((word, i) => words.slice(i + 1).map((next) => [word, next])),
          ['見当たらない語', words[0] ?? '図書館'],
          ['見当たらない語'],
          [],
        ];
        const filters: Array<(sentence: SourceSentence) => boolean> = [
          () => true,
          (sentence) => sentence.sourceId === 'b',
          (sentence) => sentence.predicates.some((predicate) => predicate.negated === false),
          () => false,
        ];
        for (const keys of keySets) {
          for (const filter of filters) {
            const fast = alignClause(alignment, keys, filter);
            const full = fullAlignClause(alignment, keys, filter);
            assert.equal(fast?.sentence, full?.sentence, keys.join('・'));
            assert.equal(fast?.score, full?.score, keys.join('・'));
            compared += 1;
          }
          const top = Math.max(
            0,
            ...alignment.sentences.map((sentence) => overlap(alignment, sentence, keys)),
          );
          assert.equal(topScore(alignment, keys), top, keys.join('・'));
        }
        const lemmas = [...new Set(alignment.sentences.flatMap(lemmasOf))];
        for (const wanted of [lemmas, ...lemmas.map((lemma) => [lemma]), ['見当たらない語'], []])
          assert.deepEqual(
            sentencesWithAny(alignment, lemmasOf, wanted),
            alignment.sentences
              .filter((sentence, i) => alignment.sentences.indexOf(sentence) === i)
              .filter((sentence) => lemmasOf(sentence).some((lemma) => wanted.includes(lemma))),
          );
      }
    assert.ok(compared > 300);
  });
});
