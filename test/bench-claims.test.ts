// `npm run bench:claims` times development claim sets only: it refuses a held-out set before it reads
// anything, and on a development set (here an invented one) it prints its rows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { HELD_OUT } from '../scripts/held-out.ts';

const REPO = join(import.meta.dirname, '..');
const SCRIPT = join(REPO, 'scripts', 'bench-claims.ts');
const run = (args: readonly string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 180_000 });

const PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>港町の図書館が夜間開館を始める</title></head>
<body><article><h1>港町の図書館が夜間開館を始める</h1>
<p>港町市立図書館は4月から、平日の閉館を夜9時へ遅らせる方針を示した。仕事帰りの利用者を増やすためだという。</p>
<p>館長の森川さんは「学生や働く人が寄りやすい館にしていく」と述べた。延長にかかる費用は年に約800万円を見込む。</p>
</article></body></html>`;

const CLAIMS = [
  {
    id: 'x-001',
    sources: ['pages/01-library.json'],
    sentence: '港町市立図書館は4月から平日の閉館を遅らせる。',
  },
  {
    id: 'x-002',
    sources: ['pages/01-library.json'],
    sentence: '港町市立図書館は4月から休日の開館をやめる。',
  },
];

describe('bench:claims', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-bench-claims-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a held-out set, naming it, without reading it', () => {
    for (const [collection, sets] of Object.entries(HELD_OUT)) {
      if (collection === 'stories-holdout') continue;
      // A folder named like the held-out set, and empty: the refusal comes before any read.
      const set = join(dir, collection, sets[0] as string);
      mkdirSync(set, { recursive: true });
      const result = run([set]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, new RegExp(`${collection} ${sets[0]} is held out`));
      assert.equal(result.stdout, '');
    }
  });

  it('prints its rows on a development set', () => {
    const set = join(dir, 'invented', 'set1');
    mkdirSync(join(set, 'pages'), { recursive: true });
    writeFileSync(join(set, 'pages', '01-library.html'), PAGE);
    writeFileSync(join(set, 'claims.jsonl'), `${CLAIMS.map((claim) => JSON.stringify(claim)).join('\n')}\n`);
    const result = run(['--rounds', '1', set]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /2 claims \(invented\/set1\), 1 distinct pages, 1 round/);
    assert.match(result.stdout, /\| first round +\| [\d.]+ ms/);
    assert.match(result.stdout, /\| 1 +\| 2 +\|/);
    assert.match(result.stdout, /claims\/s after start-up/);
  });
});
