import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DocumentSchema } from '../src/domain/document.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';

/** One page of samples/manifest.json; `null` means the page gives no such value. */
interface SampleEntry {
  file: string;
  encoding: string;
  lang: string;
  expected: {
    title: string;
    siteName: string | null;
    publishedAt: string | null;
    author: string | null;
    image: string | null;
  };
}

const root = join(import.meta.dirname, '..');
const manifestPath = join(root, 'samples', 'manifest.json');
const manifest: SampleEntry[] = existsSync(manifestPath)
  ? JSON.parse(readFileSync(manifestPath, 'utf8'))
  : [];

describe('extracting the sample pages listed in samples/manifest.json', {
  skip: manifest.length === 0 && 'no manifest',
}, () => {
  for (const entry of manifest) {
    it(`reads ${entry.file} with the metadata the manifest expects`, async () => {
      const page = await readSource(join(root, entry.file));
      const document = extractDocument(page, { id: 's1' });
      assert.equal(page.encoding, entry.encoding);
      assert.deepEqual(
        {
          title: document.title,
          siteName: document.siteName ?? null,
          publishedAt: document.publishedAt ?? null,
          author: document.author ?? null,
          image: document.image ?? null,
        },
        entry.expected,
      );
      assert.equal(document.lang, entry.lang);
      assert.ok(document.text.startsWith(`${document.title}\n\n`));
      // Every sample keeps its site furniture in the HTML; none of it may reach the text.
      assert.doesNotMatch(document.text, /シェア|関連記事|ランキング|Share this|Related|©/);
      DocumentSchema.parse(document);
    });
  }
});
