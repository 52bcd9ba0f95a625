// The offline article as a reviewer reads it, on every bundled sample cluster and the claims-dev
// stories (test/support/review-articles.ts, also printed by `npm run review:samples`): one test per
// rule, each able to fail on any cluster.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { MAX_TITLE_CHARS } from '../src/engines/offline/compose-offline-article.ts';
import { mainActOf } from '../src/engines/offline/main-act.ts';
import { similarity } from '../src/text/normalize.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { readSentence } from '../src/understand/read-sentence.ts';
import {
  hookSubject,
  isFigureTitle,
  isKeywordList,
  type Review,
  reviewCluster,
  reviewClusters,
  ruleOf,
} from './support/review-articles.ts';

describe('offline articles as a reviewer reads them', () => {
  const reviews: Review[] = [];
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
    for (const { name, inputs } of reviewClusters())
      reviews.push(await reviewCluster(name, inputs, tokenizer));
  });

  it('reviews every sample cluster', () => {
    assert.ok(reviews.length >= 4, `${reviews.length} clusters`);
  });

  it('verifies with no error', () => {
    for (const review of reviews)
      assert.deepEqual(
        review.errors.map((finding) => `${review.name}: ${finding.code} ${finding.message}`),
        [],
      );
  });

  it('repeats no sentence anywhere in the article', () => {
    for (const review of reviews) assert.deepEqual(review.duplicates, [], review.name);
  });

  it('says no event twice among the timeline and the closing, however worded', () => {
    for (const review of reviews) assert.deepEqual(review.repeatedEvents, [], review.name);
  });

  it('shows English only inside a marked quotation', () => {
    for (const review of reviews) assert.deepEqual(review.englishOutsideQuotes, [], review.name);
  });

  it('answers every hook and gives every 💡 point in Japanese: English only as a quote in the body', () => {
    // A sentence of English: three Latin words in a row, one lower-case (a name is not one).
    const english = /(?=[^。]*\b[a-z]{2,})[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/u;
    for (const review of reviews) {
      for (const section of review.article.sections)
        assert.doesNotMatch(
          section.hook.answer.text,
          english,
          `${review.name}: 「${section.hook.question.text}」`,
        );
      for (const point of [...review.article.leadPoints, ...review.article.closing.points])
        assert.doesNotMatch(point.text, english, review.name);
    }
  });

  it('never shows a machine path on a card', () => {
    for (const review of reviews) assert.deepEqual(review.machinePaths, [], review.name);
  });

  it('titles each article in at most 40 characters, not as a copy of a headline', () => {
    for (const review of reviews) {
      const title = review.article.title.text;
      assert.ok([...title].length <= MAX_TITLE_CHARS, `${review.name}: ${title}`);
      for (const document of review.documents)
        assert.ok(
          similarity(title, document.title) < 0.8,
          `${review.name}: ${title} copies ${document.title}`,
        );
    }
  });

  it('heads no section with a keyword pair and titles no article with a figure', () => {
    for (const review of reviews) {
      assert.ok(
        !isFigureTitle(review.article.title.text, tokenizer),
        `${review.name}: ${review.article.title.text}`,
      );
      for (const section of review.article.sections)
        assert.ok(!isKeywordList(section.heading.text, tokenizer), `${review.name}: ${section.heading.text}`);
    }
  });

  it('answers each Japanese hook with a sentence that names what the question asks about', () => {
    for (const review of reviews)
      for (const section of review.article.sections) {
        const document = review.documents.find((candidate) => candidate.id === section.sourceId);
        if (document?.lang !== 'ja') continue;
        const subject = hookSubject(section.hook.question.text);
        assert.ok(
          section.hook.answer.text.includes(subject),
          `${review.name}: 「${section.hook.question.text}」 → 「${section.hook.answer.text}」`,
        );
      }
  });

  it('asks what happened only of an answer that tells a completed act, not a background or a voice', () => {
    let asked = 0;
    for (const review of reviews)
      for (const section of review.article.sections) {
        const { question, answer } = section.hook;
        if (!/何が起きた|何があった|どういうこと/u.test(question.text) || answer.verbatim) continue;
        asked += 1;
        assert.equal(
          mainActOf(readSentence(answer.text, tokenizer)),
          'done',
          `${review.name}: 「${question.text}」 → 「${answer.text}」`,
        );
      }
    assert.ok(asked >= 2, `${asked} hooks ask what happened`);
  });

  it("names a hook's subject as a topic or with について, never as a bare keyword glued on with 、", () => {
    for (const review of reviews)
      for (const section of review.article.sections) {
        const { question } = section.hook;
        const before = question.text.split('、')[0] as string;
        if (before === question.text) continue;
        // A topic then the question word (大鷹町はいつ、どうなる?) names the subject as a topic too.
        assert.match(
          before,
          /^(?:いつ|誰|何|どう)|について$|^[^、]+は(?:いつ|誰|何|どう)$/u,
          `${review.name}: 「${question.text}」`,
        );
      }
  });

  it('asks each hook in Japanese, in the form its answer answers', () => {
    for (const review of reviews)
      for (const section of review.article.sections) {
        const { question, answer } = section.hook;
        const pair = `${review.name}: 「${question.text}」 → 「${answer.text}」`;
        assert.doesNotMatch(question.text, /[A-Za-z]/u, pair);
        assert.doesNotMatch(question.text, /記事のポイント/u, pair);
        if (/いくら\?$/u.test(question.text)) assert.match(answer.text, /円|yen/u, pair);
        if (/何人\?$/u.test(question.text)) assert.match(answer.text, /\d[^。]*[人名]|people/u, pair);
        if (/いつ/u.test(question.text))
          assert.match(
            answer.text,
            /\d|[一二三四五六七八九十]+[年月日]|January|February|March|April|May|June|July|August|September|October|November|December/u,
            pair,
          );
        // A question about what comes next is not answered by a bare figure (基金の規模は約80億円。);
        // a dated plan (…は2028年度までに車両を更新する計画だ。) answers it.
        if (/今後どうなる|どうなる予定|今後の日程|見通しは/u.test(question.text))
          assert.doesNotMatch(answer.text, /^[^、。]{1,20}は[^、。]{0,4}\d[^、。]{0,8}。$/u, pair);
        if (/何が決まった|何を決めた/u.test(question.text))
          assert.match(answer.text, /決|可決|承認|合意|採択/u, pair);
      }
  });

  it('closes with the next step the sources schedule when there is one, not a recap', () => {
    let ahead = 0;
    for (const review of reviews) {
      const closing = review.article.closing.sentence;
      if (closing.text.startsWith('今回の記事では')) continue;
      ahead += 1;
      // An own sentence (not a quotation) that keeps its modality: a plan stays a plan.
      assert.equal(closing.verbatim, false, closing.text);
      // A dated act still to come in the plain non-past (2028年度に着工する) is a scheduled step too.
      if (mainActOf(readSentence(closing.text, tokenizer)) !== 'coming')
        assert.match(
          closing.text,
          /予定|方針|見通し|目指|計画|次のとおり/u,
          `${review.name}: ${closing.text}`,
        );
      // …and says when: the step's date (a plan with no date is for the closing points).
      assert.match(closing.text, /\d[年月日]|次のとおり/u, `${review.name}: ${closing.text}`);
    }
    assert.ok(ahead >= 8, `${ahead} articles close with what comes next`);
  });

  it('gives the explainer parts across the sources, each entry resting on its own source', () => {
    const parts = { timeline: 0, figures: 0, quotes: 0 };
    for (const review of reviews) {
      const explainer = review.article.explainer;
      if (explainer === undefined) continue;
      for (const part of ['timeline', 'figures', 'quotes'] as const)
        for (const entry of explainer[part]) {
          parts[part] += 1;
          for (const span of entry.fact.evidence) assert.equal(span.sourceId, entry.sourceId, review.name);
        }
      const keys = explainer.timeline.map((entry) => entry.sortKey);
      assert.deepEqual(keys, [...keys].sort(), review.name);
      for (const entry of explainer.quotes) assert.ok([...entry.fact.text].length <= 64, entry.fact.text);
    }
    assert.ok(parts.timeline >= 4 && parts.figures >= 4 && parts.quotes >= 4, JSON.stringify(parts));
  });

  it("writes an English source's key facts in Japanese own sentences on its card", () => {
    let english = 0;
    for (const review of reviews)
      for (const section of review.article.sections) {
        const document = review.documents.find((candidate) => candidate.id === section.sourceId);
        if (document === undefined || document.lang === 'ja') continue;
        english += 1;
        const own = section.card.summary.filter((fact) => !fact.verbatim);
        assert.ok(
          own.length >= 2,
          `${review.name}: ${section.card.summary.map((fact) => fact.text).join(' / ')}`,
        );
        for (const fact of own)
          assert.doesNotMatch(fact.text, /\b[a-z]{2,}\b/u, `${review.name}: ${fact.text}`);
      }
    assert.ok(english >= 1, `${english} English sections`);
  });

  it('keeps quotation at most 40% of every article and of every section, English sources included', () => {
    for (const review of reviews) {
      assert.ok(review.quoteShare <= 0.4, `${review.name}: ${review.quoteShare}`);
      assert.ok(
        review.maxSectionShare <= 0.4,
        `${review.name}: most quoted section ${review.maxSectionShare}`,
      );
    }
  });
});

describe('ruleOf', () => {
  it("names the rule a review line breaks without the article's words or shares", () => {
    assert.equal(ruleOf('repeated: 砂丘町の灯台は来月から夜間の点灯を再開する'), 'repeated');
    assert.equal(ruleOf('quotation 57% of a section'), 'quotation of a section');
    assert.equal(ruleOf('quotation 44% of the article'), 'quotation of the article');
    assert.equal(ruleOf('warning rights.quote-share'), 'warning rights.quote-share');
    assert.equal(ruleOf('heading a keyword pair: 灯台と砂丘'), 'heading a keyword pair');
    assert.equal(ruleOf('title over 40 characters: 砂丘町'), 'title over 40 characters');
  });
});
