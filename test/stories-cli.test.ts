import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runMatome } from './support/run-cli.ts';

// Invented feed items: a bridge closure and its follow-up, and an unrelated festival.
const item = (id: string, title: string, description: string, published: string) =>
  JSON.stringify({
    id,
    outlet: '架空日報',
    title,
    description,
    link: `https://kaku.example/${id}`,
    published,
  });
const first = [
  item(
    'b1',
    '緑川大橋が通行止め 橋脚にひび',
    '緑川県は5日、緑川市の緑川大橋で橋脚に長さ約2メートルのひびが見つかったとして、全面通行止めにしたと発表した。',
    '2026-04-05T12:00:00+09:00',
  ),
  item(
    'f1',
    '緑川市で春祭り 3万人でにぎわう',
    '緑川市の春祭りが5日開かれ、約3万人の見物客が山車の巡行を楽しんだ。',
    '2026-04-05T18:00:00+09:00',
  ),
  item(
    'b2',
    '緑川大橋の通行止め長期化へ 県「補修に半年」',
    '橋脚にひびが見つかり全面通行止めとなっている緑川市の緑川大橋について、緑川県は6日、補修に約半年かかる見通しを示した。',
    '2026-04-06T12:00:00+09:00',
  ),
];
const later = item(
  'b3',
  '緑川大橋 迂回路で渋滞 通勤に影響',
  '全面通行止めが続く緑川市の緑川大橋の周辺では7日朝、迂回路で渋滞が起き、通勤の車が長い列を作った。橋脚のひびの補修には約半年かかる。',
  '2026-04-07T12:00:00+09:00',
);

const dir = mkdtempSync(join(tmpdir(), 'matome-stories-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; story: string; reason: { decision: string } });

describe('matome cluster and matome stories', () => {
  it('prints one line per item with its story and the reason', async () => {
    const result = await runMatome(['cluster', write('items.jsonl', first)]);
    assert.equal(result.code, 0, result.stderr);
    const lines = parse(result.stdout);
    assert.deepEqual(
      lines.map((line) => [line.id, line.story, line.reason.decision]),
      [
        ['b1', 'story:b1', 'new'],
        ['f1', 'story:f1', 'new'],
        ['b2', 'story:b1', 'joined'],
      ],
    );
  });

  it('keeps an editor split when the stored items are clustered again', async () => {
    const store = join(dir, 'store.db');
    assert.equal((await runMatome(['cluster', write('first.jsonl', first), '--store', store])).code, 0);
    const split = await runMatome(['stories', 'split', 'story:b1', 'b2', '--store', store]);
    assert.equal(split.code, 0, split.stderr);
    assert.deepEqual(
      parse(split.stdout).map((line) => [line.id, line.story]),
      [['b2', 'split:b2']],
    );
    const again = await runMatome(['cluster', write('later.jsonl', [later]), '--store', store]);
    assert.equal(again.code, 0, again.stderr);
    const list = await runMatome(['stories', 'list', '--store', store, '--json']);
    const stories = JSON.parse(list.stdout) as Array<{ story: string; items: string[] }>;
    const of = (id: string) => stories.find((story) => story.items.includes(id))?.story;
    assert.equal(of('b2'), 'split:b2', 'the split sticks after re-clustering');
    assert.equal(of('b3'), 'story:b1', 'the new item joins the bridge story');
    assert.equal(of('f1'), 'story:f1');

    const merge = await runMatome(['stories', 'merge', 'story:b1', 'split:b2', '--store', store]);
    assert.equal(merge.code, 0, merge.stderr);
    const merged = JSON.parse(
      (await runMatome(['stories', 'list', '--store', store, '--json'])).stdout,
    ) as Array<{
      story: string;
      items: string[];
    }>;
    assert.deepEqual(merged.find((story) => story.story === 'story:b1')?.items, ['b1', 'b2', 'b3']);
  });

  it('names the file and line of a bad item and refuses an unknown story', async () => {
    const bad = write('bad.jsonl', [first[0] as string, '{"id": "x", "published": "yesterday"}']);
    const result = await runMatome(['cluster', bad]);
    assert.equal(result.code, 3);
    assert.match(result.stderr, /Failed to read feed item: .*bad\.jsonl:2 \(published: /u);
    const store = join(dir, 'empty.db');
    const unknown = await runMatome(['stories', 'merge', 'story:nope', 'story:b1', '--store', store]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no story "story:nope"/u);
  });
});
