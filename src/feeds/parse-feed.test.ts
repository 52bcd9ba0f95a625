import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isMatomeError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import { type Feed, parseFeed } from './parse-feed.ts';

const FEED_URL = 'https://news.example.jp/feeds/main.xml';

const page = (text: string, mediaType: Page['mediaType'] = 'application/xml'): Page => ({
  url: FEED_URL,
  input: FEED_URL,
  mediaType,
  encoding: 'utf-8',
  encodingSource: 'default',
  text,
});

const rss = (items: string, channel = '<title>架空ニュース</title><link>https://news.example.jp/</link>') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;

const links = (feed: Feed) => feed.items.map((item) => item.link);

/** Asserts a FEED_INVALID error that names the feed, says what is wrong and carries a hint. */
const feedInvalid = (detail: RegExp) => (error: unknown) => {
  assert.ok(isMatomeError(error), `expected a MatomeError, got ${String(error)}`);
  assert.equal(error.code, 'FEED_INVALID');
  assert.ok(error.message.startsWith(`Failed to read feed: ${FEED_URL} (`), error.message);
  assert.match(error.message, detail);
  assert.ok(error.hint && error.hint.length > 0, 'the error carries a hint');
  return true;
};

describe('parseFeed on RSS 2.0', () => {
  it('reads the channel and each item with title, absolute link, Japan-time date and plain-text summary', () => {
    const feed = parseFeed(
      page(
        rss(`<item><title>市役所で新庁舎の内覧会</title><link>https://news.example.jp/a/1</link>
          <pubDate>Mon, 02 Jun 2025 00:30:00 GMT</pubDate>
          <description>&lt;p&gt;新庁舎の内覧会が&lt;b&gt;開かれた&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;約千人が訪れた。&lt;/p&gt;</description></item>`),
      ),
    );
    assert.deepEqual(feed, {
      kind: 'rss2',
      title: '架空ニュース',
      siteUrl: 'https://news.example.jp/',
      items: [
        {
          title: '市役所で新庁舎の内覧会',
          link: 'https://news.example.jp/a/1',
          publishedAt: '2025-06-02T09:30:00+09:00',
          summary: '新庁舎の内覧会が開かれた。 約千人が訪れた。',
        },
      ],
    });
  });

  it('keeps CDATA as text and strips the HTML in it, scripts included', () => {
    const feed = parseFeed(
      page(
        rss(
          '<item><title><![CDATA[速報 & 続報]]></title><link>https://news.example.jp/a/2</link><description><![CDATA[<p>本文 &amp; 補足</p><script>alert(1)</script><style>p{}</style>]]></description></item>',
        ),
      ),
    );
    assert.equal(feed.items[0]?.title, '速報 & 続報');
    assert.equal(feed.items[0]?.summary, '本文 & 補足');
  });

  it('falls back to a permalink guid for the link and to dc:date and content:encoded', () => {
    const feed = parseFeed(
      page(
        rss(`<item xmlns:content="http://purl.org/rss/1.0/modules/content/"><title>guidだけの記事</title>
          <guid>https://news.example.jp/a/3</guid><dc:date>2025-06-01T08:00:00+09:00</dc:date>
          <content:encoded><![CDATA[<div>全文の<i>要約</i></div>]]></content:encoded></item>
          <item><title>番号のguid</title><guid isPermaLink="false">https://news.example.jp/not-a-page</guid></item>
          <item><title>相対guid</title><guid>12345</guid></item>`),
      ),
    );
    assert.deepEqual(feed.items, [
      {
        title: 'guidだけの記事',
        link: 'https://news.example.jp/a/3',
        publishedAt: '2025-06-01T08:00:00+09:00',
        summary: '全文の要約',
      },
    ]);
  });

  it('reads dc:date even when the feed forgot to declare the dc prefix', () => {
    const text =
      '<rss version="2.0"><channel><item><link>https://news.example.jp/a/4</link><dc:date>2025-06-01</dc:date></item></channel></rss>';
    assert.equal(parseFeed(page(text)).items[0]?.publishedAt, '2025-06-01T00:00:00+09:00');
  });

  it('accepts bare ampersands in links, as feed readers do', () => {
    const feed = parseFeed(page(rss('<item><link>https://news.example.jp/a?id=5&ref=rss</link></item>')));
    assert.deepEqual(links(feed), ['https://news.example.jp/a?id=5&ref=rss']);
  });

  it('reads a feed served as text/html or with whitespace before the XML declaration', () => {
    const text = `\n\n  ${rss('<item><link>https://news.example.jp/a/6</link></item>')}`;
    assert.deepEqual(links(parseFeed(page(text, 'text/html'))), ['https://news.example.jp/a/6']);
  });
});

describe('parseFeed on RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, dc:date, and rdf:about when there is no link', () => {
    const text = `<?xml version="1.0"?>
      <r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:d="http://purl.org/dc/elements/1.1/">
        <channel r:about="https://rdf.example/index.rdf"><title>RDFの新聞</title><link>https://rdf.example/</link></channel>
        <item r:about="https://rdf.example/n/1"><title>一本目</title><link>https://rdf.example/n/1</link><d:date>2025-05-30T06:00:00Z</d:date></item>
        <item r:about="https://rdf.example/n/2"><title>二本目</title><description>説明文</description><d:date>2025-05-29T21:00:00+09:00</d:date></item>
      </r:RDF>`;
    assert.deepEqual(parseFeed(page(text)), {
      kind: 'rss1',
      title: 'RDFの新聞',
      siteUrl: 'https://rdf.example/',
      items: [
        { title: '一本目', link: 'https://rdf.example/n/1', publishedAt: '2025-05-30T15:00:00+09:00' },
        {
          title: '二本目',
          link: 'https://rdf.example/n/2',
          publishedAt: '2025-05-29T21:00:00+09:00',
          summary: '説明文',
        },
      ],
    });
  });
});

describe('parseFeed on Atom', () => {
  const atom = (body: string, base = '') =>
    `<feed xmlns="http://www.w3.org/2005/Atom"${base}><title>Atomの新聞</title>${body}</feed>`;

  it('takes the alternate link (rel="alternate" or none), not self, enclosure or edit links', () => {
    const feed = parseFeed(
      page(
        atom(`<link rel="self" href="https://atom.example/feed"/><link href="https://atom.example/"/>
          <entry><title>記事</title><link rel="edit" href="https://atom.example/edit/1"/><link rel="enclosure" href="https://atom.example/a.mp3"/>
            <link rel="alternate" type="audio/mpeg" href="https://atom.example/a1.mp3"/><link rel="alternate" type="text/html" href="https://atom.example/a/1"/></entry>
          <entry><title>selfだけ</title><link rel="self" href="https://atom.example/s/2"/></entry>`),
      ),
    );
    assert.equal(feed.siteUrl, 'https://atom.example/');
    assert.deepEqual(links(feed), ['https://atom.example/a/1']);
  });

  it('resolves relative links against nested xml:base, and against the feed URL without one', () => {
    const withBase = parseFeed(
      page(
        atom(
          `<entry xml:base="2025/"><link href="post.html"/></entry><entry xml:base="/other/"><link xml:base="deep/" href="x.html"/></entry>`,
          ' xml:base="https://atom.example/blog/"',
        ),
      ),
    );
    assert.deepEqual(links(withBase), [
      'https://atom.example/blog/2025/post.html',
      'https://atom.example/other/deep/x.html',
    ]);
    const without = parseFeed(page(atom('<entry><link href="../articles/7"/></entry>')));
    assert.deepEqual(links(without), ['https://news.example.jp/articles/7']);
  });

  it('dates an entry by published, else updated', () => {
    const feed = parseFeed(
      page(
        atom(`<entry><link href="/a"/><published>2025-06-01T10:00:00-05:00</published><updated>2025-06-05T00:00:00Z</updated></entry>
          <entry><link href="/b"/><updated>2025-06-05T00:00:00Z</updated></entry>`),
      ),
    );
    assert.deepEqual(
      feed.items.map((item) => item.publishedAt),
      ['2025-06-02T00:00:00+09:00', '2025-06-05T09:00:00+09:00'],
    );
  });

  it('reads text, html and xhtml titles and summaries as plain text, content when there is no summary', () => {
    const feed = parseFeed(
      page(
        atom(`<entry><title type="text">1 &lt; 2 &amp;lt; 3</title><link href="/a"/><summary type="html">&lt;p&gt;要約&amp;amp;&lt;/p&gt;</summary></entry>
          <entry><title type="html">&lt;em&gt;強調&lt;/em&gt;見出し</title><link href="/b"/>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>段落<b>一</b></p><p>段落二 &amp; 三</p></div></content></entry>`),
      ),
    );
    assert.deepEqual(
      feed.items.map((item) => [item.title, item.summary]),
      [
        ['1 < 2 &lt; 3', '要約&'],
        ['強調見出し', '段落一 段落二 & 三'],
      ],
    );
  });
});

describe('parseFeed on JSON Feed', () => {
  const json = (items: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'JSONの新聞', items, ...extra });

  it('reads url (else external_url), dates, and summary / content_text / content_html as text', () => {
    const feed = parseFeed(
      page(
        json(
          [
            {
              id: '1',
              url: '/p/1',
              external_url: 'https://elsewhere.example/',
              title: 'URLあり',
              summary: '要約',
            },
            { id: '2', external_url: 'https://elsewhere.example/r', content_text: '本文テキスト' },
            {
              id: '3',
              url: 'https://json.example/p/3',
              content_html: '<p>HTML<b>本文</b></p>',
              date_published: '2025-06-01T12:00:00Z',
            },
            { id: '4', url: 42, title: 'URLが数値' },
          ],
          { home_page_url: 'https://json.example/' },
        ),
        'application/feed+json',
      ),
    );
    assert.deepEqual(feed, {
      kind: 'jsonfeed',
      title: 'JSONの新聞',
      siteUrl: 'https://json.example/',
      items: [
        { title: 'URLあり', link: 'https://news.example.jp/p/1', summary: '要約' },
        { link: 'https://elsewhere.example/r', summary: '本文テキスト' },
        { link: 'https://json.example/p/3', publishedAt: '2025-06-01T21:00:00+09:00', summary: 'HTML本文' },
      ],
    });
  });

  it('accepts JSON Feed 1.0 and refuses JSON that is not a feed', () => {
    const v1 = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      items: [{ url: 'https://j.example/1' }],
    });
    assert.deepEqual(links(parseFeed(page(v1))), ['https://j.example/1']);
    assert.throws(() => parseFeed(page('{"items": []}')), feedInvalid(/not a JSON Feed/));
    assert.throws(() => parseFeed(page('[1, 2]')), feedInvalid(/not a JSON Feed/));
    assert.throws(
      () => parseFeed(page('{"version": "https://jsonfeed.org/version/1.1"}')),
      feedInvalid(/without an "items" array/),
    );
    assert.throws(
      () => parseFeed(page('{"version": "https://jsonfeed.org/ver')),
      feedInvalid(/not valid JSON/),
    );
  });
});

describe('parseFeed links', () => {
  it('drops javascript:, data:, file:, mailto: and credential links, and items left without a link', () => {
    const feed = parseFeed(
      page(
        rss(
          [
            'javascript:alert(1)',
            ' JaVaScRiPt:alert(2)',
            'data:text/html,<b>x</b>',
            'file:///etc/passwd',
            'mailto:desk@news.example.jp',
            'vbscript:msgbox(1)',
            'https://user:secret@news.example.jp/a',
            'ftp://news.example.jp/a',
            '',
            'https://news.example.jp/ok',
          ]
            .map(
              (link) =>
                `<item><title>t</title><link>${link.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</link></item>`,
            )
            .join(''),
        ),
      ),
    );
    assert.deepEqual(links(feed), ['https://news.example.jp/ok']);
  });

  it('removes repeated links and keeps the feed order with the first occurrence', () => {
    const feed = parseFeed(
      page(
        rss(
          ['/c', '/a', 'https://news.example.jp/c', '/b', '/a']
            .map((link, index) => `<item><title>${index}</title><link>${link}</link></item>`)
            .join(''),
        ),
      ),
    );
    assert.deepEqual(
      feed.items.map((item) => [item.title, item.link]),
      [
        ['0', 'https://news.example.jp/c'],
        ['1', 'https://news.example.jp/a'],
        ['3', 'https://news.example.jp/b'],
      ],
    );
  });

  it('resolves a saved feed against the address it declares, and drops relative links when it declares none', () => {
    const saved = (channel: string): Page => ({
      ...page(rss('<item><link>/a/1</link></item><item><link>https://abs.example/2</link></item>', channel)),
      url: 'file:///home/u/saved.xml',
      input: 'saved.xml',
    });
    const self =
      '<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" href="https://declared.example/rss"/>';
    assert.deepEqual(links(parseFeed(saved(self))), [
      'https://declared.example/a/1',
      'https://abs.example/2',
    ]);
    assert.deepEqual(links(parseFeed(saved(''))), ['https://abs.example/2']);
  });

  it('leaves out a site URL that is not http(s)', () => {
    const feed = parseFeed(page(rss('', '<title>x</title><link>javascript:alert(1)</link>')));
    assert.equal('siteUrl' in feed, false);
  });
});

describe('parseFeed dates and text', () => {
  it('converts zones to Japan time, takes a date without zone as Japan time, and leaves out unreadable dates', () => {
    const dates = [
      'Mon, 02 Jun 2025 09:30:00 +0900',
      'Sun, 01 Jun 2025 19:30:00 -0500',
      '2025-06-02T09:30:00',
      '2025/06/02 09:30',
      'Mon, 02 Jun 2025 09:30:00 XYZ',
      '昨日',
    ];
    const feed = parseFeed(
      page(
        rss(dates.map((date, i) => `<item><link>/d/${i}</link><pubDate>${date}</pubDate></item>`).join('')),
      ),
    );
    assert.deepEqual(
      feed.items.map((item) => item.publishedAt),
      [
        '2025-06-02T09:30:00+09:00',
        '2025-06-02T09:30:00+09:00',
        '2025-06-02T09:30:00+09:00',
        '2025-06-02T09:30:00+09:00',
        undefined,
        undefined,
      ],
    );
  });

  it('removes control and bidi-override characters and leaves out empty titles and summaries', () => {
    const feed = parseFeed(
      page(
        rss(
          '<item><title>見出し&#x1b;[31m&#x202e;反転</title><link>/x</link><description>   </description></item><item><title> </title><link>/y</link></item>',
        ),
      ),
    );
    assert.deepEqual(feed.items, [
      { title: '見出し [31m 反転', link: 'https://news.example.jp/x' },
      { link: 'https://news.example.jp/y' },
    ]);
  });
});

describe('parseFeed and entities', () => {
  it('never expands DOCTYPE entities: a billion-laughs feed parses at once and keeps the reference as written', () => {
    let entities = '<!ENTITY lol0 "lol">';
    for (let level = 1; level <= 9; level++) {
      const previous = `&lol${level - 1};`;
      entities += `<!ENTITY lol${level} "${previous.repeat(10)}">`;
    }
    const text = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]>${rss(
      '<item><title>&lol9;</title><link>https://news.example.jp/lol</link><description>&lol9;&lol9;</description></item>',
    ).replace(/^<\?xml[^>]*>/, '')}`;
    const started = performance.now();
    const feed = parseFeed(page(text));
    // Expanding would build 10⁹ "lol"s (3 GB) and never finish; a few seconds is a generous bound.
    assert.ok(performance.now() - started < 2000);
    assert.deepEqual(feed.items, [
      { title: '&lol9;', link: 'https://news.example.jp/lol', summary: '&lol9;&lol9;' },
    ]);
  });

  it('never reads external entities', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title><link>https://news.example.jp/x</link></item></channel></rss>`;
    let title: string | undefined;
    try {
      title = parseFeed(page(text)).items[0]?.title;
    } catch (error) {
      feedInvalid(/./)(error);
    }
    assert.ok(title === undefined || !title.includes('root:'), `title was ${title}`);
  });

  it('decodes the five predefined entities and character references once, not twice', () => {
    const feed = parseFeed(
      page(rss('<item><title>&#x3042;&#12356; &quot;&apos; &amp;amp;</title><link>/e</link></item>')),
    );
    // "&amp;amp;" decodes to "&amp;" in XML; the RSS title is then read as HTML, giving "&".
    assert.equal(feed.items[0]?.title, 'あい "\' &');
  });
});

describe('parseFeed on malformed input', () => {
  const cases: [string, string, RegExp][] = [
    ['empty text', '  \n', /\(empty\)/],
    ['plain text', 'Service Temporarily Unavailable', /neither XML nor JSON/],
    [
      'an HTML page',
      '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>',
      /an HTML page/,
    ],
    ['a truncated feed', rss('<item><title>途中で切れ').slice(0, -20), /may be truncated/],
    ['mismatched tags', '<rss><channel><item></channel></rss>', /not well-formed XML: .*line 1/],
    [
      'another XML document',
      '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
      /not a feed: the document element is <svg>/,
    ],
  ];
  for (const [name, text, detail] of cases) {
    it(`refuses ${name} with FEED_INVALID naming the feed`, () => {
      assert.throws(() => parseFeed(page(text)), feedInvalid(detail));
    });
  }

  it('refuses a document of thousands of comments at once (no regular expression backtracking over them)', () => {
    const started = performance.now();
    assert.throws(
      () => parseFeed(page(`${'<!-- c -->'.repeat(20_000)}<html></html>`)),
      feedInvalid(/an HTML page/),
    );
    assert.throws(() => parseFeed(page(`${'<!-- c -->'.repeat(20_000)}<svg/>`)), feedInvalid(/not a feed/));
    assert.ok(performance.now() - started < 5000);
  });

  it('names a local feed by its path rather than its file: URL', () => {
    const local: Page = { ...page('nope'), url: 'file:///home/u/feed.xml', input: 'feed.xml' };
    assert.throws(() => parseFeed(local), /Failed to read feed: feed\.xml \(/);
  });

  it('returns a Feed or throws FEED_INVALID for any text: garbage, or any prefix of a real feed', () => {
    const real = rss(
      '<item><title>見出し</title><link>/a?x=1&amp;y=2</link><pubDate>Mon, 02 Jun 2025 09:30:00 +0900</pubDate><description><![CDATA[<p>本文</p>]]></description></item>',
    );
    const check = (text: string) => {
      try {
        const feed = parseFeed(page(text));
        for (const item of feed.items) assert.match(item.link, /^https?:\/\//);
      } catch (error) {
        assert.ok(isMatomeError(error) && error.code === 'FEED_INVALID', `unexpected ${String(error)}`);
      }
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: real.length }), (end) => check(real.slice(0, end))),
      { numRuns: 150 },
    );
    const xmlish = fc.constantFrom(
      '<',
      '>',
      '/',
      '&',
      ';',
      '"',
      '=',
      ' ',
      'rss',
      'item',
      'channel',
      '<![CDATA[',
      ']]>',
      '<!DOCTYPE',
      '{',
      '}',
      'あ',
      '<?xml ?>',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(xmlish, { maxLength: 30 }).map((parts) => parts.join('')),
        ),
        check,
      ),
      { numRuns: 300 },
    );
  });
});
