import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextBlock } from './collect-paragraphs.ts';
import { collectBlocks } from './collect-paragraphs.ts';
import { filterBlocks, isDateline } from './filter-blocks.ts';
import { parseHtml } from './parse-html.ts';

// Invented news: みなと市, Minato City and everyone named here do not exist.
const PROSE = [
  'Minato City said on Tuesday it would begin repairing its old pier this month, at a cost of 1.2 billion yen.',
  'The pier opened in 1968 and has been partly closed since last year because its deck boards are rotting.',
];
const JAPANESE_PROSE = '架空県みなと市は11日、老朽化した旧桟橋の改修工事を今月から始めると発表した。';

/** A paragraph as collectBlocks reports it; `link` is how much of it is link text (0–1). */
const block = (text: string, link = 0, opener = 'p'): TextBlock => ({
  text,
  linkLength: Math.round(text.length * link),
  opener,
});
const prose = PROSE.map((text) => block(text));

describe('filterBlocks', () => {
  it('keeps ordinary paragraphs, including ones with a link inside', () => {
    const blocks = [...prose, block('The plan was first reported by the Minato Shimpo in March.', 0.3)];
    assert.deepEqual(
      filterBlocks(blocks),
      blocks.map((paragraph) => paragraph.text),
    );
  });

  it('drops "Read more: …" lines whose rest is a link, in several languages', () => {
    const lines = [
      'Read more: Minato harbour ferry fares to rise in April',
      'READ MORE: Pier repairs to close the promenade',
      '[Related: Minato council approves the harbour budget]',
      'SEE ALSO: Photos of the old pier',
      'Also on minato-shimpo.example Ferry timetable changes for spring',
      '関連記事：みなと市、新庁舎の設計案を公表',
      '【関連】遊覧船の乗客、過去最多に',
    ];
    const blocks = [prose[0] as TextBlock, ...lines.map((line) => block(line, 0.8)), prose[1] as TextBlock];
    assert.deepEqual(filterBlocks(blocks), PROSE);
  });

  it('keeps a sentence that starts like a label but is not a link line', () => {
    const sentences = [
      block('More than 200 residents attended the briefing on Monday.', 0),
      block('Related: the council says the work is unrelated to the ferry fares.', 0.1),
      block('Also on the agenda was the harbour budget.', 0.6),
    ];
    assert.deepEqual(
      filterBlocks(sentences),
      sentences.map((sentence) => sentence.text),
    );
  });

  it('drops the link list that follows a "Read more" line', () => {
    const blocks = [
      prose[0] as TextBlock,
      block('Related: Harbour stories', 0.7),
      block('Ferry fares to rise', 1, 'li'),
      block('New city hall design unveiled', 1, 'li'),
      prose[1] as TextBlock,
    ];
    assert.deepEqual(filterBlocks(blocks), PROSE);
  });

  it('drops a related-stories heading together with the link lines under it', () => {
    for (const heading of [
      'You may also like...',
      'More Great Harbour Stories',
      'DON’T MISS',
      'Trending',
      '関連記事',
    ]) {
      const blocks = [
        prose[0] as TextBlock,
        block(heading),
        block('Ferry fares to rise in April', 1),
        block('New city hall design unveiled', 1),
        prose[1] as TextBlock,
      ];
      assert.deepEqual(filterBlocks(blocks), PROSE, heading);
    }
  });

  it('keeps a heading that is followed by prose, and a list of links that no heading introduces', () => {
    const blocks = [
      block('Latest figures'),
      prose[0] as TextBlock,
      block('Sources', 0),
      block('Minato City budget 2025 (PDF)', 1, 'li'),
      block('Harbour bureau inspection report', 1, 'li'),
      prose[1] as TextBlock,
    ];
    assert.deepEqual(
      filterBlocks(blocks),
      blocks.map((paragraph) => paragraph.text),
    );
  });

  it('drops a list of links that ends the text, with up to two paragraphs after it', () => {
    const blocks = [
      ...prose,
      block('Ferry fares to rise in April', 1, 'li'),
      block('New city hall design unveiled', 1, 'li'),
      block('Join our forums to keep talking about the harbour.', 0.3),
    ];
    assert.deepEqual(filterBlocks(blocks), PROSE);
    // One linked list item at the end is a source, not a list of stories.
    const single = [...prose, block('Minato City budget 2025 (PDF)', 1, 'li')];
    assert.equal(filterBlocks(single).length, 3);
  });

  it('drops rows of share buttons but keeps a sentence that names social networks', () => {
    const rows = [
      block('Facebook Twitter WhatsApp Email', 1),
      block('Whatsapp   Facebook   Pint   Baixar', 1),
    ];
    const sentence = block('The city posted the schedule on Facebook and Twitter on Monday evening.', 0);
    assert.deepEqual(filterBlocks([...rows, sentence, ...prose]), [sentence.text, ...PROSE]);
    assert.deepEqual(filterBlocks([block('シェア ツイート はてブ', 1), block(JAPANESE_PROSE)]), [
      JAPANESE_PROSE,
    ]);
  });

  it('drops promotional links: all-capital teasers and "click here" lines', () => {
    const promotions = [
      block('HARBOUR FESTIVAL CANCELLED FOR SECOND YEAR', 1),
      block('CLICK HERE TO GET THE MINATO NEWS APP', 1),
      block('Click here to read the full council report', 0.9),
    ];
    const shouting = block('NOTICE: THE PIER IS CLOSED UNTIL FURTHER NOTICE', 0);
    assert.deepEqual(filterBlocks([...promotions, shouting, ...prose]), [shouting.text, ...PROSE]);
  });

  it('drops linked invitations to subscribe to a newsletter or channel', () => {
    const calls = [
      block('Sign up for our harbour newsletter to get the news in your inbox.', 0.4),
      block('Subscribe to Minato Shimpo on YouTube for more videos.', 0.5),
    ];
    const news = block('Residents can subscribe to the ferry alerts by text message, the city said.', 0);
    assert.deepEqual(filterBlocks([...calls, news]), [news.text]);
  });

  it('drops paragraphs that only label an ad slot or the comment section', () => {
    const labels = [
      'Advertisement',
      'ADVERT',
      '広告',
      'スポンサーリンク',
      'Comments',
      '12 comments',
      'Leave a Reply',
    ];
    assert.deepEqual(filterBlocks([...labels.map((label) => block(label)), ...prose]), PROSE);
  });

  it('drops a byline among the first paragraphs only', () => {
    const blocks = [
      block('By Hana Misaki'),
      block('By Ichiro Hamabe - 11/18/25 11:04 PM EST'),
      ...prose,
      block('By the end of the year, the city hopes to reopen the pier'),
    ];
    assert.deepEqual(filterBlocks(blocks), [
      ...PROSE,
      'By the end of the year, the city hopes to reopen the pier',
    ]);
  });

  it('drops a Japanese byline among the first paragraphs, but not a sentence that starts with 文', () => {
    const sentence = '文化財の修復について、市は来年度から予算を増やす。';
    const first = [block('文・浜辺一郎'), block('取材・文／岬花子'), block(JAPANESE_PROSE)];
    assert.deepEqual(filterBlocks(first), [JAPANESE_PROSE]);
    const second = [block('記者：浜辺一郎'), block('（写真・岬花子）'), block(sentence)];
    assert.deepEqual(filterBlocks(second), [sentence]);
  });

  it('drops datelines wherever they stand', () => {
    const blocks = [
      prose[0] as TextBlock,
      block('Updated 1:39 am EST, Wednesday, November 20, 2025'),
      prose[1] as TextBlock,
    ];
    assert.deepEqual(filterBlocks(blocks), PROSE);
  });
});

describe('isDateline', () => {
  it('recognises datelines with labels, weekdays, times and relative dates', () => {
    for (const line of [
      'Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM',
      'PUBLISHED: 10:48, Tue, Nov 19, 2025',
      '18 Nov 2025, 19:09',
      'November 18, 2025 | 4:10pm',
      'Nov. 20, 2025 5:52 AM EST',
      'Published 1 day ago',
      'Today 12:01 AM',
      '19.11.2025, 08:57',
      'First published: Tuesday, November 19, 2025 08:38 AM',
    ]) {
      assert.ok(isDateline(line), line);
    }
  });

  it('leaves alone a time on its own, prose that mentions a date, and plain numbers', () => {
    for (const line of [
      '10 p.m.',
      '9.30 A.M. / 7.00 P.M.',
      'The work starts on March 3, 2025 and ends in spring.',
      'Updated guidance was issued on Nov 19, 2025.',
      '2025',
    ]) {
      assert.ok(!isDateline(line), line);
    }
  });
});

describe('collectBlocks', () => {
  it('reports how much of each paragraph is link text and which element opened it', () => {
    const document = parseHtml(
      '<body><p>Read <a href="/a">the council report</a> here.</p><ul><li><a href="/b">Ferry fares</a> <a href="/c">rise</a></li></ul><p>Plain<br>text <a name="anchor">anchor</a></p></body>',
    );
    const blocks = collectBlocks(document.body);
    assert.deepEqual(blocks, [
      { text: 'Read the council report here.', linkLength: 'the council report'.length, opener: 'p' },
      { text: 'Ferry fares rise', linkLength: 'Ferry fares rise'.length, opener: 'li' },
      { text: 'Plain', linkLength: 0, opener: 'p' },
      // An <a> without href is an anchor, not a link.
      { text: 'text anchor', linkLength: 0, opener: 'br' },
    ]);
  });
});
