import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Invented news outlets for the watch tests: each a loopback server with a feed, article pages and
 * a robots.txt. Everything here is invented news written for these tests.
 */

/** What the outlets share: the simulated clock, and the date lines, ads and share counts of their pages. */
export interface OutletWorld {
  clock: () => number;
  datelines: Map<string, string>;
  ads: Map<string, string>;
  shares: Map<string, number>;
}

/** A world with no date lines, ads or share counts yet, on the given clock (the real one by default). */
export function outletWorld(clock: () => number = () => Date.now()): OutletWorld {
  return { clock, datelines: new Map(), ads: new Map(), shares: new Map() };
}

export interface Item {
  path: string;
  published: string;
  title: string;
  description: string;
  paragraphs: string[];
  /** When the item appears in the feed, if later than `published` (a late-listed item). */
  listed?: string;
}

export interface Outlet {
  name: string;
  server: Server;
  origin: string;
  items: Item[];
  /** Requests answered, by path; and how many were 304. */
  requests: string[];
  notModified: number;
}

export const FIRE_TITLE = '白浜市の化学工場で火災、従業員3人けが';
export const FIRE = (extra: string): string[] => [
  '白浜市港町の化学工場「白浜ケミカル」で1日午前8時ごろ、火災が発生した。',
  `市消防局によると、工場の一部約1200平方メートルが焼け、従業員3人が軽いけがをした。${extra}`,
  '消防車18台が出動し、火は約2時間後に消し止められた。',
  '工場は塗料の原料を製造しており、市は周辺の住民に窓を閉めるよう呼びかけた。',
  '白浜ケミカルの広報担当者は「地域の皆さまにご心配をおかけし、申し訳ない」と話した。',
];
export const BUS = (count: string): string[] => [
  '鷹野町を走る町営バスの3路線が、来年3月末で廃止されることが1日、わかった。',
  `町によると、3路線の利用者は1日平均${count}人で、10年前の半分以下に減った。`,
  '町は廃止後、予約制の乗り合いタクシーを走らせる方針だ。',
  '鷹野町の森本和也町長は「高齢者の足は必ず守る」と述べた。',
  '町議会は12月の定例会で関連予算を審議する。',
];
export const FESTIVAL = [
  '北川村で1日、冬の恒例行事「雪灯り祭り」の準備が始まった。',
  '村の住民約40人が集まり、竹で作った灯籠300基を並べた。',
  '祭りは12月20日から3日間開かれ、村は約5000人の来場を見込んでいる。',
  '実行委員長の田所恵さんは「温かな光を楽しんでほしい」と話した。',
];
export const QUAKE_RESEARCH = [
  '南浦大学の研究チームは1日、地震の揺れを5秒早く知らせる新しい方法を開発したと発表した。',
  '海底に置いた光ファイバーで揺れを捉える仕組みで、試験では誤報がなかったという。',
  'チームの代表を務める石川亮教授は「3年以内の実用化を目指す」と述べた。',
  '研究成果は国際的な学術誌に掲載された。',
];

function page(outlet: string, item: Item, world: OutletWorld): string {
  const dateline = world.datelines.get(`${outlet}${item.path}`) ?? '2026年12月1日 9時00分';
  const ad = world.ads.get(`${outlet}${item.path}`) ?? '';
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${item.title}｜${outlet}</title>
<meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${item.published}"></head>
<body><header><nav><a href="/">トップ</a></nav></header>
<main><article><h1>${item.title}</h1>
<p>${dateline}</p>
${item.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-box"><p>${ad}</p></div>
<p class="share">この記事は${world.shares.get(`${outlet}${item.path}`) ?? 0}回シェアされました</p>
</article></main><footer>© ${outlet}</footer></body></html>`;
}

function feed(outlet: Outlet, world: OutletWorld): string {
  const visible = outlet.items.filter((item) => Date.parse(item.listed ?? item.published) <= world.clock());
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${outlet.name}</title>
<link>${outlet.origin}/</link><description>${outlet.name}のニュース</description>
${visible
  .map(
    (item) =>
      `<item><title>${item.title}</title><link>${outlet.origin}${item.path}</link><description>${item.description}</description><pubDate>${new Date(item.published).toUTCString()}</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** Starts one outlet on 127.0.0.1 port 0: /feed.xml (items published by the world's clock), its pages, a robots.txt disallowing /private/; answers 304 to a matching If-None-Match. */
export async function startOutlet(name: string, world: OutletWorld): Promise<Outlet> {
  const outlet: Outlet = {
    name,
    server: createServer(),
    origin: '',
    items: [],
    requests: [],
    notModified: 0,
  };
  outlet.server.on('request', (request, response) => {
    const path = request.url ?? '/';
    outlet.requests.push(path);
    let body: string | undefined;
    let type = 'text/html; charset=utf-8';
    if (path === '/robots.txt') {
      body = 'User-agent: *\nDisallow: /private/\n';
      type = 'text/plain';
    } else if (path === '/feed.xml') {
      body = feed(outlet, world);
      type = 'application/rss+xml';
    } else {
      const item = outlet.items.find((candidate) => candidate.path === path);
      if (item !== undefined) body = page(name, item, world);
    }
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (request.headers['if-none-match'] === etag) {
      outlet.notModified += 1;
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': type, etag });
    response.end(body);
  });
  await new Promise<void>((resolve) => outlet.server.listen(0, '127.0.0.1', resolve));
  outlet.origin = `http://127.0.0.1:${(outlet.server.address() as AddressInfo).port}`;
  return outlet;
}

/**
 * Two outlets (北海新聞, 東都タイムズ) that report the bus-line story in their own words six minutes
 * apart, started on loopback: the smallest story a watcher should build one article for.
 */
export async function startBusOutlets(world: OutletWorld): Promise<[Outlet, Outlet]> {
  const kita = await startOutlet('北海新聞', world);
  const higashi = await startOutlet('東都タイムズ', world);
  kita.items.push({
    path: '/bus.html',
    published: '2026-12-01T09:03:00+09:00',
    title: '鷹野町営バス3路線、来年3月で廃止',
    description: '鷹野町の町営バス3路線が来年3月末で廃止される。',
    paragraphs: BUS('85'),
  });
  higashi.items.push({
    path: '/bus.html',
    published: '2026-12-01T09:09:00+09:00',
    title: '鷹野町、町営バス3路線を廃止へ',
    description: '鷹野町は町営バスの3路線を来年3月末で廃止する。',
    paragraphs: BUS('85'),
  });
  return [kita, higashi];
}
