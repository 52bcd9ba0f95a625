import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadSampleClusters } from '../../test/support/engine-contract.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { createUnderstanding } from '../understand/understand-document.ts';
import { findConflicts } from './find-conflicts.ts';

const HASH = `sha256:${'0'.repeat(64)}`;

function documentOf(id: string, paragraphs: readonly string[]): Document {
  const text = paragraphs.join('\n\n');
  const title = paragraphs[0] ?? '見出し';
  return {
    id,
    url: `https://news.example/${id}`,
    title,
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: HASH,
  };
}

describe('findConflicts', () => {
  let tokenizer: Tokenizer;
  let clusters: Map<string, Document[]>;
  before(async () => {
    tokenizer = await createTokenizer();
    clusters = await loadSampleClusters();
  });

  it('finds the planted number conflict of chip-factory: 約1500人 against 約1200人 new jobs, with each source’s passage', () => {
    const documents = clusters.get('chip-factory') ?? [];
    const conflicts = findConflicts(documents, createUnderstanding(tokenizer));
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const [conflict] = conflicts;
    assert.equal(conflict?.kind, 'number');
    assert.match(conflict?.subject ?? '', /雇用/);
    const values = conflict?.claims.map((claim) => [claim.sourceId, claim.value]);
    assert.deepEqual(values, [
      ['s1', '1500人'],
      ['s2', '約1200人'],
      ['s3', '約1200人'],
    ]);
    for (const claim of conflict?.claims ?? []) {
      const document = documents.find((candidate) => candidate.id === claim.sourceId);
      assert.equal(document?.text.slice(claim.evidence.start, claim.evidence.end), claim.evidence.text);
      assert.ok(claim.evidence.text.includes(claim.value), claim.evidence.text);
    }
  });

  it('finds the planted role conflict of hospital-merger: 村井直人 院長 in one source, 理事長 in the others', () => {
    const documents = clusters.get('hospital-merger') ?? [];
    const conflicts = findConflicts(documents, createUnderstanding(tokenizer));
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const [conflict] = conflicts;
    assert.equal(conflict?.kind, 'role');
    assert.equal(conflict?.subject, '村井直人の肩書き');
    assert.deepEqual(
      conflict?.claims.map((claim) => [claim.sourceId, claim.value]),
      [
        ['s1', '理事長'],
        ['s2', '院長'],
        ['s3', '理事長'],
      ],
    );
    const chair = conflict?.claims.find((claim) => claim.value === '院長');
    assert.match(chair?.evidence.text ?? '', /宇野川病院の村井直人院長が出席し/);
  });

  it('reports no conflict in the clean clusters (offshore-wind, local-railway)', () => {
    for (const name of ['offshore-wind', 'local-railway']) {
      assert.deepEqual(findConflicts(clusters.get(name) ?? [], createUnderstanding(tokenizer)), [], name);
    }
  });

  it('does not pair values that only share a counter, nor a source that gives both values', () => {
    const documents = [
      documentOf('s1', [
        '見出し一',
        '新工場の新規雇用は約1500人にのぼる。',
        '説明会には住民約40人が参加した。',
      ]),
      documentOf('s2', [
        '見出し二',
        '総事業費は当初の約4000億円から約5600億円に膨らむ。',
        '新規雇用は約1500人を見込む。',
      ]),
      documentOf('s3', ['見出し三', '総事業費は約5600億円に膨らむ見通しだ。', '見学会には約90人が訪れた。']),
    ];
    assert.deepEqual(findConflicts(documents, createUnderstanding(tokenizer)), []);
  });

  it('finds a date conflict between two sources about the same start of operation', () => {
    const documents = [
      documentOf('s1', ['見出し一', '新工場は2029年度の稼働を予定している。']),
      documentOf('s2', ['見出し二', '新工場は2030年度の稼働を予定している。']),
    ];
    const conflicts = findConflicts(documents, createUnderstanding(tokenizer));
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]?.kind, 'date');
    assert.deepEqual(
      conflicts[0]?.claims.map((claim) => claim.value),
      ['2029年度', '2030年度'],
    );
  });

  it('compares numbers in any notation: 千五百人 against 約1200人, 1億2千万円 against 1.2億円 (the same)', () => {
    const documents = [
      documentOf('s1', [
        '見出し一',
        '新工場の新規雇用は約千五百人にのぼる。',
        '市の補助費用は約1億2千万円を見込む。',
      ]),
      documentOf('s2', [
        '見出し二',
        '新工場の新規雇用は約1200人にのぼる。',
        '市の補助費用は約1.2億円を見込む。',
      ]),
    ];
    const conflicts = findConflicts(documents, createUnderstanding(tokenizer));
    assert.deepEqual(
      conflicts.map((conflict) => conflict.claims.map((claim) => claim.value)),
      [['約千五百人', '約1200人']],
    );
  });

  it('does not set the start or the size of a change against a level (4300円から4900円 / 600円増の4900円)', () => {
    const documents = [
      documentOf('s1', ['見出し一', '給食費は月額4300円から4900円に上がる。']),
      documentOf('s2', ['見出し二', '給食費は月額600円増の4900円に上がる。']),
    ];
    assert.deepEqual(findConflicts(documents, createUnderstanding(tokenizer)), []);
  });

  it('reads dates against each page’s own date: 10日 and 11月10日 agree, 十二日 disagrees', () => {
    const at = (document: Document) => ({ ...document, publishedAt: '2025-11-11T09:00:00+09:00' });
    const agreeing = [
      at(documentOf('s1', ['見出し一', '病院は10日、システム障害を発表した。'])),
      at(documentOf('s2', ['見出し二', '病院は11月10日、システム障害を発表した。'])),
    ];
    assert.deepEqual(findConflicts(agreeing, createUnderstanding(tokenizer)), []);
    const disagreeing = [
      at(documentOf('s1', ['見出し一', '病院は10日、システム障害を発表した。'])),
      at(documentOf('s2', ['見出し二', '病院は十一日、システム障害を発表した。'])),
    ];
    const conflicts = findConflicts(disagreeing, createUnderstanding(tokenizer));
    assert.equal(conflicts[0]?.kind, 'date', JSON.stringify(conflicts));
    assert.deepEqual(
      conflicts[0]?.claims.map((claim) => claim.value),
      ['10日', '十一日'],
    );
  });

  it('does not set dates of different events against each other (休止 from the 11th, 再開 from the 25th)', () => {
    const documents = [
      documentOf('s1', ['見出し一', '病院は11日から一般外来を休止した。']),
      documentOf('s2', ['見出し二', '病院は一般外来を25日から再開する予定だ。']),
    ];
    assert.deepEqual(findConflicts(documents, createUnderstanding(tokenizer)), []);
  });
});
