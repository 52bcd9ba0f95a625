// The offline article as a reviewer reads it, on every bundled sample cluster and the claims-dev
// stories (test/support/review-articles.ts, also printed by `npm run review:samples`): one test per
// rule, each able to fail on any cluster.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { MAX_TITLE_CHARS } from '../src/engines/offline/compose-offline-article.ts';
import { similarity } from '../src/text/normalize.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { type Review, reviewCluster, reviewClusters } from './support/review-articles.ts';

describe('offline articles as a reviewer reads them', () => {
  const reviews: Review[] = [];
  before(async () => {
    const tokenizer = await createTokenizer();
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

  it('shows English only inside a marked quotation', () => {
    for (const review of reviews) assert.deepEqual(review.englishOutsideQuotes, [], review.name);
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

  it('answers each Japanese hook with a sentence that names what the question asks about', () => {
    for (const review of reviews)
      for (const section of review.article.sections) {
        const document = review.documents.find((candidate) => candidate.id === section.sourceId);
        if (document?.lang !== 'ja') continue;
        const subject = section.hook.question.text.split(/、|について/u)[0] ?? '';
        assert.ok(
          section.hook.answer.text.includes(subject),
          `${review.name}: 「${section.hook.question.text}」 → 「${section.hook.answer.text}」`,
        );
      }
  });

  it('keeps quotation under half of every article whose sources are all Japanese', () => {
    for (const review of reviews) {
      if (review.documents.some((document) => document.lang !== 'ja')) continue;
      assert.ok(review.quoteShare <= 0.5, `${review.name}: ${review.quoteShare}`);
    }
  });
});
