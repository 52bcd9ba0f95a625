import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meanScores } from './support/extraction-score.ts';
import {
  hasBenchmark,
  loadBenchmarkPages,
  matomeBody,
  runExtractor,
} from './support/extraction-score-benchmark.ts';
import { sharedData } from './support/shared-data.ts';

// Body extraction on scrapinghub's article-extraction-benchmark (181 pages with hand-marked
// bodies; ../shared/data), scored exactly as the benchmark does. The bar is F1 ≥ 0.95
// (Readability.js 0.947, trafilatura 0.958); matome scores 0.979 on all pages (npm run
// eval:extraction). To keep this test to a few seconds on two cores it scores every second page,
// a fixed subset, on which matome scores 0.984; it asserts 0.97 to leave room for changes that
// trade a little here for robustness elsewhere. Speed is measured by the script, not here.
const benchmark = sharedData('data/article-extraction-benchmark');
const directory = benchmark.path;
const present = benchmark.skip === false && hasBenchmark(directory);

describe('body extraction on the article-extraction benchmark', {
  skip: present ? false : benchmark.skip || `no ground-truth.json in ${directory}`,
}, () => {
  it('reaches a mean token-shingle F1 of at least 0.97 on every second page', () => {
    const pages = loadBenchmarkPages(directory, { every: 2 });
    assert.equal(pages.length, 91);
    const { results } = runExtractor(pages, matomeBody);
    const tokens = meanScores(results.map((result) => result.tokens));
    const characters = meanScores(results.map((result) => result.characters));
    const summary = `P=${tokens.precision.toFixed(3)} R=${tokens.recall.toFixed(3)} F1=${tokens.f1.toFixed(3)}`;
    assert.ok(tokens.f1 >= 0.97, summary);
    assert.ok(tokens.precision >= 0.95 && tokens.recall >= 0.97, summary);
    assert.ok(characters.f1 >= 0.97, `character F1 ${characters.f1.toFixed(3)}`);
  });

  it('finds the body of both Japanese pages, character for character', () => {
    const pages = loadBenchmarkPages(directory, { url: /lhpat-tm\.com|note100yen\.com/ });
    assert.equal(pages.length, 2);
    for (const { page, characters } of runExtractor(pages, matomeBody).results) {
      const precision = characters.tp / (characters.tp + characters.fp);
      const recall = characters.tp / (characters.tp + characters.fn);
      const summary = `${page.url}: character precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
      assert.ok(precision >= 0.99 && recall >= 0.99, summary);
    }
  });
});
