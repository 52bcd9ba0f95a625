import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadSampleClusters } from '../../test/support/engine-contract.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
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
    const conflicts = findConflicts(documents, tokenizer);
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
    const conflicts = findConflicts(documents, tokenizer);
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
      assert.deepEqual(findConflicts(clusters.get(name) ?? [], tokenizer), [], name);
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
    assert.deepEqual(findConflicts(documents, tokenizer), []);
  });

  it('finds a date conflict between two sources about the same start of operation', () => {
    const documents = [
      documentOf('s1', ['見出し一', '新工場は2029年度の稼働を予定している。']),
      documentOf('s2', ['見出し二', '新工場は2030年度の稼働を予定している。']),
    ];
    const conflicts = findConflicts(documents, tokenizer);
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]?.kind, 'date');
    assert.deepEqual(
      conflicts[0]?.claims.map((claim) => claim.value),
      ['2029年度', '2030年度'],
    );
  });
});
