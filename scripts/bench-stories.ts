// Story clustering cost as the stream grows: synthetic feed items (generated deterministically:
// invented places, people and event templates, about 200 items a day, stories of 1–6 items over a
// few days), clustered incrementally; prints the time per item for the first 1k, 5k, 20k and 50k
// items and for the last 1k of each run, so a flat cost shows as equal columns.
// Reading items (tokenising, numbers, dates) is measured apart on the first 2,000 items with
// kuromoji; the scaling runs read with the Intl.Segmenter tokenizer to keep the run short on a
// small machine (the reading is per item and does not depend on the stream's length).
// Each story has its own place, firm and person, as real events do; the templates are shared.
// Then the same stream through the story store (SQLite in a temporary folder), ten items a round
// as feed polls bring them (pipeline/cluster-stored-items.ts, what watch and cluster jobs run):
// each round stores its items, reads back only those stored since the last round and saves the
// decisions, so its cost per item should stay flat like the clusterer's, whatever the store holds.
// Usage: node scripts/bench-stories.ts [--sizes 1000,5000,20000,50000] [--stored-sizes 1000,5000,20000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoryItem } from '../src/domain/story-item.ts';
import { createStoredClustering } from '../src/pipeline/cluster-stored-items.ts';
import { createStoryStore } from '../src/store/create-story-store.ts';
import { createStoryClusterer } from '../src/stories/cluster-items.ts';
import { type ItemReading, readItem } from '../src/stories/read-item.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000,50000' },
    'stored-sizes': { type: 'string', default: '1000,5000,20000' },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const storedSizes = (values['stored-sizes'] ?? '').split(',').filter(Boolean).map(Number);
const total = Math.max(...sizes, ...storedSizes);

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20260302);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const STEM = [...'青赤白黒金銀東西南北上下中大小高深浅長広古新若松竹梅桜菊藤森林川山谷野原田村沢浜島岡崎'];
const NAME = [...'一二三正和直美真由里子恵太郎健誠隆信明博彦'];
const place = () => `${pick(STEM)}${pick(STEM)}${pick(['市', '町', '村'])}`;
const person = () => `${pick(STEM)}${pick(STEM)}${pick(NAME)}${pick(NAME)}`;
const TEMPLATES: Array<(s: Story, n: number) => { title: string; description: string }> = [
  (s) => ({
    title: `${s.place}で${s.kind} ${s.count}人けが`,
    description: `${s.day}日午前${s.hour}時${s.minute}分ごろ、${s.place}の${s.site}で${s.kind}があり、${s.count}人がけがをした。${s.firm}が管理していた。`,
  }),
  (s) => ({
    title: `${s.place}の${s.kind}、${s.firm}の${s.person}氏が会見`,
    description: `${s.place}で${s.day}日に起きた${s.kind}について、${s.person}氏が記者会見を開き、${s.site}の安全対策を見直すと述べた。`,
  }),
  (s, n) => ({
    title: `${s.kind}から${n}日 ${s.place}で復旧進む`,
    description: `${s.day}日の${s.kind}で被害を受けた${s.place}の${s.firm}の${s.site}では、${s.count}人の負傷者のうち${Math.max(1, s.count - n)}人が退院した。`,
  }),
];
interface Story {
  place: string;
  firm: string;
  person: string;
  kind: string;
  site: string;
  count: number;
  day: number;
  hour: number;
  minute: number;
}
const KINDS = ['火災', '爆発事故', '停電', '断水', '土砂崩れ', '食中毒', '交通事故', '漏水'];
const SITES = ['工場', '倉庫', '住宅', '駅前', '商業施設', '学校', '病院', '港'];

const items: StoryItem[] = [];
const start = Date.parse('2026-01-01T00:00:00+09:00');
let serial = 0;
for (let s = 0; items.length < total; s++) {
  const minuteOfStream = Math.floor((s * 1440) / 60); // about 60 stories a day
  const base = start + minuteOfStream * 60_000;
  const date = new Date(base + 9 * 3_600_000);
  const story: Story = {
    place: place(),
    firm: `${pick(STEM)}${pick(STEM)}${pick(['工業', '物流', '電機', '化学', '食品', '運輸', '製作所', '商事'])}`,
    person: person(),
    kind: pick(KINDS),
    site: pick(SITES),
    count: 1 + Math.floor(random() * 30),
    day: date.getUTCDate(),
    hour: 1 + Math.floor(random() * 11),
    minute: Math.floor(random() * 60),
  };
  const size = 1 + Math.floor(random() * 6);
  for (let k = 0; k < size && items.length < total; k++) {
    const text = (TEMPLATES[k % TEMPLATES.length] as (typeof TEMPLATES)[number])(story, k + 1);
    const published = new Date(base + k * 7 * 3_600_000 + 9 * 3_600_000)
      .toISOString()
      .replace('.000Z', '+09:00');
    items.push({
      id: `x${++serial}`,
      outlet: '架空',
      link: `https://bench.example/${serial}`,
      published,
      ...text,
    });
  }
}
items.sort((a, b) => a.published.localeCompare(b.published) || (a.id < b.id ? -1 : 1));

const kuromoji = await createTokenizer();
const sample = items.slice(0, 2000);
let t0 = performance.now();
for (const item of sample) readItem(item, kuromoji);
const readKuromoji = (performance.now() - t0) / sample.length;

const segmenter = await createTokenizer({ kind: 'segmenter' });
t0 = performance.now();
const readings: ItemReading[] = items.map((item) => readItem(item, segmenter));
const readSegmenter = (performance.now() - t0) / items.length;
const heapAfterReading = process.memoryUsage().heapUsed / 2 ** 20;

console.log(
  `synthetic items: ${items.length} over ${Math.round((Date.parse(items.at(-1)?.published ?? '') - start) / 86_400_000)} days`,
);
console.log(
  `reading: ${readKuromoji.toFixed(2)} ms/item with kuromoji (first 2,000), ${readSegmenter.toFixed(2)} ms/item with Intl.Segmenter; heap with all ${items.length} items read: ${heapAfterReading.toFixed(0)} MiB`,
);
console.log('');
console.log(
  '| items so far | stories so far | CPU ms/item, median of the 1,000-item blocks since the previous mark | slowest block | wall ms/item, whole stream so far | heap used (MiB) |',
);
console.log('|---|---|---|---|---|---|');
const clusterer = createStoryClusterer();
const stories = new Set<string>();
const begin = performance.now();
// CPU time of this process (user + system), not wall time: on a shared machine other work
// stretches wall time from one block to the next.
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
let blockStart = cpu();
let blocks: number[] = [];
const inMemory = new Map<number, number>();
for (let i = 0; i < total; i++) {
  stories.add(clusterer.add(readings[i] as ItemReading).story);
  if ((i + 1) % 1000 === 0) {
    const now = cpu();
    blocks.push((now - blockStart) / 1000);
    blockStart = now;
  }
  if (sizes.includes(i + 1)) {
    const sorted = [...blocks].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    inMemory.set(i + 1, median);
    console.log(
      `| ${i + 1} | ${stories.size} | ${median.toFixed(2)} | ${(sorted.at(-1) ?? 0).toFixed(2)} | ${((performance.now() - begin) / (i + 1)).toFixed(2)} | ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} |`,
    );
    blocks = [];
  }
}

if (storedSizes.length > 0) {
  const storedTotal = Math.max(...storedSizes);
  const folder = mkdtempSync(join(tmpdir(), 'matome-bench-stories-'));
  const store = createStoryStore(join(folder, 'stories.db'));
  try {
    const clustering = createStoredClustering(store, segmenter);
    console.log('');
    console.log(
      '| items in the store | CPU ms/item through the store, ten items a round (median 1,000-item block) | the clusterer alone at that mark (table above) | ratio |',
    );
    console.log('|---|---|---|---|');
    const ROUND = 10;
    let storedBlockStart = cpu();
    let storedBlocks: number[] = [];
    for (let i = 0; i < storedTotal; i += ROUND) {
      await clustering.add(items.slice(i, i + ROUND));
      const done = i + ROUND;
      if (done % 1000 === 0) {
        const now = cpu();
        storedBlocks.push((now - storedBlockStart) / 1000);
        storedBlockStart = now;
      }
      if (storedSizes.includes(done)) {
        const sorted = [...storedBlocks].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
        const alone = inMemory.get(done);
        console.log(
          `| ${done} | ${median.toFixed(2)} | ${alone === undefined ? 'not measured' : alone.toFixed(2)} | ${alone === undefined ? '' : `${(median / alone).toFixed(2)}×`} |`,
        );
        storedBlocks = [];
      }
    }
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
