// The offline article on stories it was never shaped on: the 16 stories of
// test/fixtures/claims-holdout (set3 … set10, three outlets each, pages only), held to issue 10's
// bar (test/support/review-articles.ts defectsOf; also printed by `npm run review:samples --
// --holdout`). Not every story meets it yet: the stories that do (of all the sets, set3 … set18)
// must keep meeting it, no fewer may, and the rules every story already meets hold on the 16.
// docs/measurements.md: "The offline article on pages it was never shaped on".
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { introducesWords, standsAlone } from '../src/engines/offline/write-fact.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { defectsOf, holdoutClusters, type Review, reviewCluster } from './support/review-articles.ts';

// The stories that meet every rule of the bar today; a story that starts meeting it is added here.
const MEETING_THE_BAR = [
  'set3 31-shiomi-nippo-kettle-recall + 32-toho-keizai-recall-cost + 33-minato-tsushin-hotline',
  'set4 44-hikari-tsushin-factory-fire + 45-ashihara-shinpo-no-toxins + 46-kobato-local-residents',
  'set5 51-aoba-nichinichi + 52-umikaze-times + 53-toho-tsushin',
  'set5 54-minatoura-shimpo + 55-minato-hoso + 56-kaiji-nippo',
  'set7 71-minatogawa-nippo + 72-chubu-jiho + 73-minato-keizai-web',
  'set7 74-wakaba-shimbun + 75-wakaba-tv + 76-nanase-times',
  'set9 94-takane-nichinichi-bear-trail + 95-takane-tv-bear-attack + 96-kenpoku-times-bear-captured',
  'set10 104-moegi-shimpo-landslide + 105-moegi-hoso-landslide + 106-kenou-nippo-temporary-road',
  'set13 134-sonan-shinpo-elephant + 135-minato-tv-elephant + 136-wangan-times-elephant',
  'set15 154-shiomi-shimpo-tuna-quota + 155-shiomi-tv-fishers-protest + 156-suisan-news-quota-revision',
  'set17 174-mitsumine-nippo-inn-food-poisoning + 175-mtv-kasumigawa-inn-closed + 176-kanko-keizai-kasumiso-reopens',
  // offline18: a shorter body quote (shorterQuoteOf) and a card line as two own statements.
  'set23 234-fukasawa-nippo-shioura-system + 235-fukasawa-tv-certificates + 236-gov-it-tsushin-hokushin-report',
  // offline39: a but-clause (…したが、…) written as two plain sentences.
  'set29 294-minatogawa-shimbun-crane-collapse + 295-minato-tv-crane-collapse + 296-kowan-logistics-naruhama-crane',
  // offline44: a section with no own sentence free answers its hook with one retelling another line's fact.
  'set3 34-chidori-times-election-result + 35-shiomi-hoso-new-mayor + 36-shioji-shimbun-hospital-freeze',
  'set12 124-yunokizaki-times-bank-building + 125-ykb-bank-building + 126-kindai-kenchiku-bank-building',
  'set21 214-moegi-nippo-dam-release + 215-moegi-tv-dam-residents + 216-kasen-bosai-news-dam-committee',
  'set27 274-minase-minpo-rice-label + 275-masago-tv-rice-label + 276-agri-ryutsu-minase-report',
  'set40 404-misago-shimpo-scallop-deaths + 405-tadehara-chuo-tv-scallop-aid + 406-suisan-watch-seed-support',
  // offline49: the title gives way to another reported event where it took a section's only heading.
  'set26 264-kitakikyo-nippo-tunnel-lights + 265-kikyo-hoso-tunnel-lights + 266-doro-infra-shimbun-tunnel-battery',
  // offline73: an article still over its quotation share once its draft is chosen says its longest
  // quoted lines' attribution in its own words, only what was said in 「」.
  'set36 364-shiosai-times-fireworks-injuries + 365-kaede-hoso-search + 366-matsuri-journal-review-panel',
  'set47 474-fukisawa-news-rare-books + 475-shiogasumi-tv-library + 476-fumiakari-web-library-logbook',
  'set60 604-fujuu-news-river-boat + 605-hiwano-hoso-river-boat + 606-harukaze-web-river-level',
  // offline77: once the draft is chosen, a remark the source brackets is cut to its words under every
  // act of saying (話していました, 認めた, コメントを出した …), on the article and on each section over the bar.
  'set20 204-shiosaki-nippo-cruise-cancelled + 205-shiosaki-hoso-cruise-pier + 206-kaiji-kanko-lumina-june',
  'set55 554-miogawa-news-atm-outage + 555-kasumibuchi-tv-atm + 556-soyokaze-web-atm-double',
];

describe('offline articles on the 16 claims-holdout stories', () => {
  const reviews: Array<{ review: Review; defects: string[] }> = [];
  // Every set's stories, for the stories meeting the bar.
  const all: Array<{ review: Review; defects: string[] }> = [];
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
    // set11 … set16 came after this bar was set: they are scored by `npm run review:samples --
    // --holdout --set set11 …` (README) and held only to keeping the stories that meet the bar.
    for (const { name, inputs } of holdoutClusters()) {
      const review = await reviewCluster(name, inputs, tokenizer);
      const reviewed = { review, defects: defectsOf(review, tokenizer) };
      all.push(reviewed);
      if (Number(/^set(\d+)/u.exec(name)?.[1]) <= 10) reviews.push(reviewed);
    }
  });

  it('builds an article for each of the 16 stories', () => {
    assert.equal(reviews.length, 16);
  });

  it('keeps the stories that meet the bar meeting it, and no fewer of them', () => {
    for (const name of MEETING_THE_BAR) {
      const found = all.find(({ review }) => review.name === name);
      assert.ok(found, name);
      assert.deepEqual(found.defects, [], name);
    }
    const meeting = all.filter(({ defects }) => defects.length === 0).length;
    assert.ok(meeting >= MEETING_THE_BAR.length, `${meeting} of ${all.length} meet the bar`);
  });

  it('verifies every article with no error, and shows no machine path', () => {
    for (const { review } of reviews) {
      assert.deepEqual(
        review.errors.map((finding) => `${finding.code} ${finding.message}`),
        [],
        review.name,
      );
      assert.deepEqual(review.machinePaths, [], review.name);
    }
  });

  it('titles every article in its own words: at most 40 characters, not a keyword list, a figure or a headline', () => {
    for (const { review, defects } of reviews)
      assert.deepEqual(
        defects.filter((defect) => defect.startsWith('title')),
        [],
        review.name,
      );
  });

  it('answers every Japanese hook with a sentence naming what it asks about, and says no event twice', () => {
    for (const { review, defects } of reviews) {
      assert.deepEqual(
        defects.filter((defect) => defect.startsWith('hook')),
        [],
        review.name,
      );
      assert.deepEqual(review.repeatedEvents, [], review.name);
    }
  });

  it('asks what comes next only of a plan or forecast, not of a presumption (…異例とみられる)', () => {
    for (const { review } of reviews)
      for (const section of review.article.sections) {
        const { question, answer } = section.hook;
        if (!/今後どうなる|この先の見通し|どうなる予定|今後の日程|いつ、どうなる/u.test(question.text))
          continue;
        assert.doesNotMatch(
          answer.text,
          /(?:とみられる|とみられている|模様)。?$/u,
          `${review.name}: 「${question.text}」 → 「${answer.text}」`,
        );
      }
  });

  it('answers no hook with a sentence that only completes the one before it (…ためだ, 同社が23日、明らかにした)', () => {
    for (const { review } of reviews)
      for (const section of review.article.sections) {
        const { question, answer } = section.hook;
        if (/^[A-Za-z"“]/u.test(answer.text)) continue;
        assert.ok(
          standsAlone(answer.text) && !introducesWords(answer.text),
          `${review.name}: 「${question.text}」 → 「${answer.text}」`,
        );
      }
  });

  it('asks no hook about the counter of a figure (日目 of 2日目)', () => {
    for (const { review } of reviews)
      for (const section of review.article.sections) {
        const { question, answer } = section.hook;
        const phrase = /^(.+?)(?:について、|は)/u.exec(question.text)?.[1];
        if (phrase === undefined) continue;
        assert.doesNotMatch(
          answer.text,
          new RegExp(`[\\d０-９〇一二三四五六七八九十]${phrase}`, 'u'),
          `${review.name}: 「${question.text}」 → 「${answer.text}」`,
        );
      }
  });

  it('repeats no sentence', () => {
    // (The wind-court story's third outlet, six usable sentences, once quoted its hook answer again
    // in its body: the points now leave a short source's last free sentence to its body.)
    for (const { review } of reviews) assert.deepEqual(review.duplicates, [], review.name);
  });

  it('shows English only inside a marked quotation', () => {
    for (const { review } of reviews) assert.deepEqual(review.englishOutsideQuotes, [], review.name);
  });

  it('heads no section of the 16 articles with a keyword pair', () => {
    const pairs = reviews.flatMap(({ defects }) =>
      defects.filter((defect) => defect.startsWith('heading a keyword pair')),
    );
    assert.deepEqual(pairs, []);
  });
});
