import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeBytes } from '../src/fetch/decode-bytes.ts';
import { sharedData } from './support/shared-data.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'extract', 'encoding');
const encoding = sharedData('data/encoding');
const corpus = encoding.path;
const hex = (text: string) => Uint8Array.from(text.split(' ').map((byte) => Number.parseInt(byte, 16)));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const ascii = (text: string) => new TextEncoder().encode(text);

/** The same invented article saved by iconv in each encoding (see fixtures/extract/encoding). */
const expected = readFileSync(join(fixtures, 'article.utf8.txt'), 'utf8');
const encoded = (encoding: string) => readFileSync(join(fixtures, `article.${encoding}.txt`));

describe('decoding legacy Japanese pages', () => {
  for (const encoding of ['shift_jis', 'euc-jp', 'iso-2022-jp']) {
    it(`detects an undeclared ${encoding} article and decodes it exactly`, () => {
      const decoded = decodeBytes(encoded(encoding), { mediaType: 'text/plain' });
      assert.deepEqual([decoded.encoding, decoded.encodingSource], [encoding, 'detected']);
      assert.equal(decoded.text, expected);
    });

    it(`detects ${encoding} inside HTML that declares nothing`, () => {
      const bytes = concat(
        ascii('<html><head><title>x</title></head><body><pre>'),
        encoded(encoding),
        ascii('</pre></body></html>'),
      );
      const decoded = decodeBytes(bytes, { mediaType: 'text/html' });
      assert.equal(decoded.encoding, encoding);
      assert.ok(decoded.text.includes(expected), 'the article text survives decoding');
    });
  }

  it('still detects Shift_JIS when the page carries a stray invalid byte', () => {
    // 0x80 is one of the bytes Node's ICU decoder treats differently from WHATWG (divergences file).
    const bytes = encoded('shift_jis');
    const damaged = concat(bytes.subarray(0, 40), hex('80'), bytes.subarray(40));
    assert.equal(decodeBytes(damaged, { mediaType: 'text/plain' }).encoding, 'shift_jis');
  });

  it('still detects EUC-JP when the file is cut in the middle of a character', () => {
    const bytes = encoded('euc-jp');
    const decoded = decodeBytes(bytes.subarray(0, bytes.length - 2), { mediaType: 'text/plain' });
    assert.equal(decoded.encoding, 'euc-jp');
  });
});

describe('the shared WHATWG decoding corpus (shared/data/encoding)', {
  skip: encoding.skip,
}, () => {
  interface DecodeCase {
    encoding: string;
    bytes: string;
    expected: string;
    kind: string;
  }
  const cases: DecodeCase[] = existsSync(corpus)
    ? JSON.parse(readFileSync(join(corpus, 'jp-decode-cases.json'), 'utf8'))
    : [];

  it('decodes every byte → code point case as the Encoding Standard says, when the charset is declared', () => {
    assert.ok(cases.length > 200, 'the corpus was read');
    const wrong = cases.filter((testCase) => {
      const contentType = `text/plain; charset=${testCase.encoding}`;
      return (
        decodeBytes(hex(testCase.bytes), { contentType, mediaType: 'text/plain' }).text !== testCase.expected
      );
    });
    assert.deepEqual(
      wrong.map((testCase) => `${testCase.encoding} ${testCase.bytes} (${testCase.kind})`),
      [],
    );
  });

  it('names every corpus encoding by its WHATWG name', () => {
    for (const encoding of new Set(cases.map((testCase) => testCase.encoding))) {
      const decoded = decodeBytes(hex('41'), {
        contentType: `text/plain; charset=${encoding.toUpperCase()}`,
        mediaType: 'text/plain',
      });
      assert.equal(decoded.encoding, encoding);
    }
  });
});
