import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Document } from '../domain/document.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { compareRevisions } from './compare-revisions.ts';
import { notableChanges } from './notable-changes.ts';
import { understandDocument } from './understand-document.ts';

let tokenizer: Tokenizer;
before(async () => {
  tokenizer = await createTokenizer();
});

function read(paragraphs: readonly string[]) {
  const title = '港北市で倉庫火災、けが人なし';
  const text = [title, ...paragraphs].join('\n\n');
  const document: Document = {
    id: 's1',
    url: 'https://kohoku-news.example/fire',
    title,
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: `sha256:${'b'.repeat(64)}`,
    publishedAt: '2026-11-20T10:00:00+09:00',
  };
  return understandDocument(document, tokenizer);
}

const OLD = [
  '2026年11月20日 10時00分 更新',
  '港北市の物流倉庫で20日未明、火災が起きた。',
  '消防によると、約3000平方メートルが焼けた。',
  '今なら初月無料でお試しいただけます。',
  '市は周辺の道路を一時通行止めにした。',
];

/** The spans of the old text an article rests on: here, the sentence that gives the area burnt. */
function citedArea(old: ReturnType<typeof read>) {
  const sentence = old.sentences.find((s) => s.text.includes('平方メートル'));
  assert.ok(sentence);
  return [{ start: sentence.start, end: sentence.end }];
}

describe('compareRevisions', () => {
  it('finds nothing when only whitespace, punctuation or full-width forms differ', () => {
    const old = read(OLD);
    const respaced = read(OLD.map((p) => p.replace('3000', '３０００').replace('。', ' 。 ')));
    assert.deepEqual(compareRevisions(old, respaced), []);
  });

  it('pairs a revised sentence with its old version and keeps the rest aligned', () => {
    const old = read(OLD);
    const revised = read([
      OLD[0] ?? '',
      OLD[1] ?? '',
      '消防によると、約4500平方メートルが焼けた。',
      ...OLD.slice(3),
    ]);
    const changes = compareRevisions(old, revised);
    assert.equal(changes.length, 1);
    const [change] = changes;
    assert.equal(change?.kind, 'changed');
    assert.ok(change?.kind === 'changed');
    assert.match(change.before.text, /3000平方メートル/);
    assert.match(change.after.text, /4500平方メートル/);
  });

  it('tells added and removed sentences from revised ones', () => {
    const old = read(OLD);
    const next = read([...OLD.slice(0, 4), '出火原因は電気設備の不具合とみられている。']);
    const kinds = compareRevisions(old, next).map((change) => change.kind);
    assert.deepEqual(kinds.sort(), ['added', 'removed']);
  });
});

describe('notableChanges', () => {
  it('reports a changed figure in a cited sentence, naming the old and the new sentence', () => {
    const old = read(OLD);
    const revised = read([
      OLD[0] ?? '',
      OLD[1] ?? '',
      '消防によると、約4500平方メートルが焼けた。',
      ...OLD.slice(3),
    ]);
    const notable = notableChanges(compareRevisions(old, revised), citedArea(old), old);
    assert.deepEqual(notable, [
      {
        why: 'cited',
        correction: false,
        before: '消防によると、約3000平方メートルが焼けた。',
        after: '消防によると、約4500平方メートルが焼けた。',
      },
    ]);
  });

  it('ignores a new date line and a changed advertisement the article does not cite', () => {
    const old = read(OLD);
    const next = read([
      '2026年11月21日 8時15分 更新',
      ...OLD.slice(1, 3),
      '今なら3か月無料でお試しいただけます。',
      OLD[4] ?? '',
    ]);
    assert.ok(compareRevisions(old, next).length >= 2);
    assert.deepEqual(notableChanges(compareRevisions(old, next), citedArea(old), old), []);
  });

  it('reports a new statement with new content words as a new fact', () => {
    const old = read(OLD);
    const next = read([...OLD, '警察は出火原因を詳しく調べている。']);
    const notable = notableChanges(compareRevisions(old, next), citedArea(old), old);
    assert.deepEqual(notable, [
      { why: 'fact', correction: false, after: '警察は出火原因を詳しく調べている。' },
    ]);
  });

  it('does not take a new request to the reader or an advertisement for a fact', () => {
    const old = read(OLD);
    for (const added of [
      '詳しくは市のホームページをご覧ください。',
      '会員登録で限定記事を読めるようになりませんか。',
      '【PR】新しい防災グッズを特別価格で販売しています。',
    ]) {
      const next = read([...OLD, added]);
      assert.deepEqual(notableChanges(compareRevisions(old, next), citedArea(old), old), [], added);
    }
  });

  it('marks a correction notice as a correction, even in a sentence the article does not cite', () => {
    const old = read(OLD);
    const next = read([...OLD, '当初、焼けた面積を誤って掲載しました。おわびして訂正します。']);
    const notable = notableChanges(compareRevisions(old, next), citedArea(old), old);
    assert.ok(notable.some((change) => change.correction));
  });
});
