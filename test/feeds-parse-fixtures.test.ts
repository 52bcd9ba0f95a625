import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Feed, parseFeed } from '../src/feeds/parse-feed.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { readSource } from '../src/fetch/read-source.ts';

// Loopback test servers are reachable only through the guarded client's explicit opt-in.
const loopback = createGuardedFetch({ allowHosts: ['127.0.0.1'] });

const fixtures = join(import.meta.dirname, 'fixtures', 'feeds');

/** Each fixture's expected Feed; `origin` is where relative links resolve (the feed's own address). */
const expected: Record<string, (origin: string) => Feed> = {
  'rss2.xml': (origin) => ({
    kind: 'rss2',
    title: 'みなと市民新聞 & 地域ニュース',
    siteUrl: 'https://minato-shimin.example/',
    items: [
      {
        title: 'みなと市、市立図書館の夜間開館を試行へ',
        link: 'https://minato-shimin.example/news/2025/06/library-night.html',
        publishedAt: '2025-06-02T09:30:00+09:00',
        summary: 'みなと市は6月から、市立中央図書館の夜間開館を試行すると発表した。 平日は午後9時まで。',
      },
      {
        title: '港湾地区の再開発、説明会を来週開催',
        link: `${origin}/news/2025/06/port-briefing.html?from=rss&ref=top`,
        publishedAt: '2025-06-02T08:15:00+09:00',
        summary: '港湾地区の再開発計画について、市は住民説明会を開く。&資料は事前に公開。',
      },
      {
        title: '市民マラソン、参加者募集を開始',
        link: 'https://minato-shimin.example/news/2025/05/marathon.html',
        publishedAt: '2025-05-31T18:00:00+09:00',
        summary: '第10回みなと市民マラソンの参加者募集が始まった。',
      },
    ],
  }),
  'rss1.rdf': () => ({
    kind: 'rss1',
    title: 'かわべタイムズ',
    siteUrl: 'https://kawabe-times.example/',
    items: [
      {
        title: 'かわべ川の堤防工事、予定より早く完了',
        link: 'https://kawabe-times.example/articles/1001',
        publishedAt: '2025-05-30T15:00:00+09:00',
        summary: '県は、かわべ川の堤防かさ上げ工事が予定より2か月早く完了したと明らかにした。',
      },
      {
        title: '駅前商店街に新しい子ども食堂',
        link: 'https://kawabe-times.example/articles/1002',
        publishedAt: '2025-05-29T15:30:00+09:00',
        summary: '駅前商店街の空き店舗を活用した子ども食堂が開所した。',
      },
      {
        title: '市議会、給食費の無償化案を可決',
        link: 'https://kawabe-times.example/articles/1003',
        publishedAt: '2025-05-28T00:00:00+09:00',
      },
    ],
  }),
  'atom.atom': () => ({
    kind: 'atom',
    title: 'やまのてニュース',
    siteUrl: 'https://yamanote-news.example/',
    items: [
      {
        title: '新型バス「やまのて号」運行開始',
        link: 'https://yamanote-news.example/articles/bus-2025.html',
        publishedAt: '2025-06-03T07:00:00+09:00',
        summary: '市内循環の新型バスが3日から運行を始めた。',
      },
      {
        title: '高校野球、地区大会の組み合わせ決まる',
        link: 'https://yamanote-news.example/sports/koshien-draw.html',
        publishedAt: '2025-06-02T21:00:00+09:00',
        summary: '地区大会の組み合わせ抽選会が行われた。 初戦は14日。',
      },
      {
        title: '外部サイトへの寄稿',
        link: 'https://partner.example/column/42',
        publishedAt: '2025-06-01T18:30:00+09:00',
        summary: '寄稿コラムの紹介です。',
      },
    ],
  }),
  'feed.json': (origin) => ({
    kind: 'jsonfeed',
    title: 'うみべ通信',
    siteUrl: 'https://umibe.example/',
    items: [
      {
        title: '朝市の鮮魚コーナー、土曜も営業へ',
        link: 'https://umibe.example/posts/fish-market',
        publishedAt: '2025-06-04T06:00:00+09:00',
        summary: 'うみべ漁協は、朝市の鮮魚コーナーを土曜日も営業すると発表した。',
      },
      {
        title: '潮位観測の新しい報告書（外部）',
        link: 'https://partner.example/reports/tide',
        publishedAt: '2025-06-03T10:00:00+09:00',
        summary: '外部機関による潮位観測の報告書が公開された。',
      },
      {
        title: '灯台の一般公開、今年も実施',
        link: `${origin}/posts/lighthouse`,
        publishedAt: '2025-06-02T10:00:00+09:00',
        summary: '灯台の一般公開が今年も行われる。',
      },
      { link: 'https://umibe.example/posts/photo-of-the-day', summary: '今日の一枚：夕焼けの港。' },
    ],
  }),
};

/** The address each saved fixture declares for itself (atom:link rel=self, feed_url). */
const declaredOrigin: Record<string, string> = {
  'rss2.xml': 'https://minato-shimin.example',
  'rss1.rdf': 'https://kawabe-times.example',
  'atom.atom': 'https://yamanote-news.example',
  'feed.json': 'https://umibe.example',
};

const contentTypes: Record<string, string> = {
  'rss2.xml': 'application/rss+xml',
  'rss1.rdf': 'application/rdf+xml',
  'atom.atom': 'application/atom+xml',
  'feed.json': 'application/feed+json',
};

describe('parseFeed on the fixture feeds, saved as files', () => {
  for (const [name, feed] of Object.entries(expected)) {
    it(`reads ${name}, resolving relative links against the address the feed declares`, async () => {
      const page = await readSource(join(fixtures, name));
      assert.deepEqual(parseFeed(page), feed(declaredOrigin[name] ?? ''));
    });
  }
});

describe('parseFeed on the fixture feeds, served over HTTP', () => {
  let server: Server;
  let origin = '';
  before(async () => {
    server = createServer((request, response) => {
      const name = (request.url ?? '').slice(1);
      const type = contentTypes[name];
      if (type === undefined) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': type });
      response.end(readFileSync(join(fixtures, name)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  for (const [name, feed] of Object.entries(expected)) {
    it(`reads ${name}, resolving relative links against the feed URL`, async () => {
      const page = await readSource(`${origin}/${name}`, { fetch: loopback });
      assert.deepEqual(parseFeed(page), feed(origin));
    });
  }
});
