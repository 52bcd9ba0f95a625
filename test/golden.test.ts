// Golden tests: each sample cluster in, the expected .txt and .json out, compared as files.
// Goldens are written only by `npm run golden:update` (never under CI); a missing golden fails.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { renderJson, renderText } from '../src/render/index.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { verifyText } from '../src/verify/verify-text.ts';

const REPO = join(import.meta.dirname, '..');
const GOLDEN = join(REPO, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1' && process.env.CI !== 'true';
const clusters = readdirSync(join(REPO, 'samples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// Local files have file: URLs that name the checkout; goldens must not depend on where it is.
const portable = (text: string) => text.replaceAll(pathToFileURL(REPO).href, 'file:///matome');

describe('golden articles from the bundled samples', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  for (const cluster of clusters) {
    it(`renders samples/${cluster} exactly as test/golden/${cluster}.{txt,json}`, async () => {
      const { article, documents } = await buildArticle([join(REPO, 'samples', cluster)], {
        tokenizer,
        engine: createOfflineEngine(),
      });
      // The text a reader gets verifies against the sources as the Article does (matome verify
      // ARTICLE.txt --source …): its framing, quoted points and headlines read as written.
      const errors = verifyText(renderText(article), documents, tokenizer).findings.filter(
        (finding) => finding.severity === 'error',
      );
      assert.deepEqual(
        errors.map((finding) => `${finding.code}: ${finding.message}`),
        [],
        `${cluster}.txt does not verify against its sources`,
      );
      for (const [extension, actual] of [
        ['txt', renderText(article)],
        ['json', renderJson(article)],
      ] as const) {
        const path = join(GOLDEN, `${cluster}.${extension}`);
        if (UPDATE) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(path, portable(actual));
        }
        assert.ok(
          existsSync(path),
          `missing golden ${path}: run "npm run golden:update" and review the diff`,
        );
        assert.equal(portable(actual), readFileSync(path, 'utf8'), `${path} differs`);
      }
    });
  }
});
