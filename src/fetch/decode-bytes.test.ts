import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBytes } from './decode-bytes.ts';

const ascii = (text: string) => new TextEncoder().encode(text);
const hex = (text: string) => Uint8Array.from(text.split(' ').map((byte) => Number.parseInt(byte, 16)));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** 港の記事 in Shift_JIS and in EUC-JP (made with iconv -t CP932 / -t EUC-JP). */
const SJIS_WORDS = hex('8d 60 82 cc 8b 4c 8e 96');
const EUC_WORDS = hex('b9 c1 a4 ce b5 ad bb f6');
const UTF8_BOM = hex('ef bb bf');

const page = (head: string, body: Uint8Array) =>
  concat(
    ascii(`<!doctype html><html><head>${head}<title>t</title></head><body><p>`),
    body,
    ascii('</p></body></html>'),
  );

describe('decodeBytes', () => {
  describe('follows the WHATWG order BOM → transport → meta → detection → default', () => {
    // Each row declares conflicting encodings; the first source in WHATWG order must win.
    const rows: { name: string; bom: boolean; header?: string; meta?: string; want: [string, string] }[] = [
      { name: 'nothing declared', bom: false, want: ['shift_jis', 'detected'] },
      { name: 'only a BOM', bom: true, want: ['utf-8', 'bom'] },
      { name: 'only an HTTP charset', bom: false, header: 'shift_jis', want: ['shift_jis', 'transport'] },
      { name: 'only a meta charset', bom: false, meta: 'shift_jis', want: ['shift_jis', 'meta'] },
      { name: 'BOM against HTTP charset', bom: true, header: 'euc-jp', want: ['utf-8', 'bom'] },
      { name: 'BOM against meta charset', bom: true, meta: 'euc-jp', want: ['utf-8', 'bom'] },
      {
        name: 'HTTP charset against meta charset',
        bom: false,
        header: 'shift_jis',
        meta: 'euc-jp',
        want: ['shift_jis', 'transport'],
      },
      { name: 'BOM against both', bom: true, header: 'euc-jp', meta: 'euc-jp', want: ['utf-8', 'bom'] },
    ];
    for (const row of rows) {
      it(`decides by ${row.want[1]} when the page has ${row.name}`, () => {
        const body = row.bom ? ascii('港の記事') : SJIS_WORDS;
        const bytes = concat(
          row.bom ? UTF8_BOM : new Uint8Array(),
          page(row.meta ? `<meta charset="${row.meta}">` : '', body),
        );
        const contentType = row.header ? `text/html; charset=${row.header}` : 'text/html';
        const decoded = decodeBytes(bytes, { contentType, mediaType: 'text/html' });
        assert.deepEqual([decoded.encoding, decoded.encodingSource], row.want);
        assert.match(decoded.text, /<p>港の記事<\/p>/);
        assert.ok(!decoded.text.startsWith('\uFEFF'), 'the BOM is not part of the text');
      });
    }

    it('decodes with the winning declaration even when a later one is right', () => {
      // The HTTP header wins over a correct meta tag, exactly as a browser does.
      const decoded = decodeBytes(page('<meta charset="shift_jis">', SJIS_WORDS), {
        contentType: 'text/html; charset=euc-jp',
        mediaType: 'text/html',
      });
      assert.equal(decoded.encoding, 'euc-jp');
      assert.doesNotMatch(decoded.text, /港の記事/);
    });

    it('ignores an unknown HTTP charset label and goes on to the meta tag', () => {
      const decoded = decodeBytes(page('<meta charset="euc-jp">', EUC_WORDS), {
        contentType: 'text/html; charset=no-such-encoding',
        mediaType: 'text/html',
      });
      assert.deepEqual([decoded.encoding, decoded.encodingSource], ['euc-jp', 'meta']);
      assert.match(decoded.text, /港の記事/);
    });
  });

  describe('reads labels', () => {
    for (const label of [
      'Shift_JIS',
      'x-sjis',
      'cp932',
      'CP932',
      'windows-31j',
      'MS_Kanji',
      '"Shift_JIS"',
      'sjis',
    ]) {
      it(`reads the HTTP label ${label} as shift_jis`, () => {
        const decoded = decodeBytes(SJIS_WORDS, {
          contentType: `text/plain; charset=${label}`,
          mediaType: 'text/plain',
        });
        assert.deepEqual([decoded.encoding, decoded.text], ['shift_jis', '港の記事']);
      });
    }

    it('reads EUC-JP from an http-equiv Content-Type meta tag', () => {
      const head = '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">';
      const decoded = decodeBytes(page(head, EUC_WORDS), { mediaType: 'text/html' });
      assert.deepEqual([decoded.encoding, decoded.encodingSource], ['euc-jp', 'meta']);
      assert.match(decoded.text, /港の記事/);
    });

    it('treats a meta charset of UTF-16 as UTF-8, as the HTML Standard says', () => {
      const decoded = decodeBytes(page('<meta charset="utf-16">', ascii('港の記事')), {
        mediaType: 'text/html',
      });
      assert.deepEqual([decoded.encoding, decoded.encodingSource], ['utf-8', 'meta']);
      assert.match(decoded.text, /港の記事/);
    });

    it('honours a UTF-16LE byte order mark', () => {
      const bytes = concat(hex('ff fe'), Uint8Array.from(Buffer.from('<p>港の記事</p>', 'utf16le')));
      const decoded = decodeBytes(bytes, { mediaType: 'text/html' });
      assert.deepEqual(
        [decoded.encoding, decoded.encodingSource, decoded.text],
        ['utf-16le', 'bom', '<p>港の記事</p>'],
      );
    });

    it('does not see a meta charset placed after the first 1024 bytes (the prescan limit)', () => {
      const late = page(`${'<!-- padding -->'.repeat(80)}<meta charset="euc-jp">`, SJIS_WORDS);
      const decoded = decodeBytes(late, { mediaType: 'text/html' });
      assert.deepEqual([decoded.encoding, decoded.encodingSource], ['shift_jis', 'detected']);
    });

    it('does not read meta tags in plain text', () => {
      const bytes = concat(ascii('<meta charset="euc-jp">\n'), SJIS_WORDS);
      const decoded = decodeBytes(bytes, { mediaType: 'text/plain' });
      assert.deepEqual([decoded.encoding, decoded.encodingSource], ['shift_jis', 'detected']);
    });
  });

  describe('detects undeclared encodings', () => {
    it('tells Shift_JIS from EUC-JP for the same short words', () => {
      assert.equal(decodeBytes(SJIS_WORDS, { mediaType: 'text/plain' }).text, '港の記事');
      const euc = decodeBytes(EUC_WORDS, { mediaType: 'text/plain' });
      assert.deepEqual([euc.encoding, euc.text], ['euc-jp', '港の記事']);
    });

    it('recognises ISO-2022-JP by its escape sequences', () => {
      // ESC $ B, 港 (0x39 0x41), の (0x24 0x4E), ESC ( B
      const decoded = decodeBytes(hex('1b 24 42 39 41 24 4e 1b 28 42'), { mediaType: 'text/html' });
      assert.deepEqual(
        [decoded.encoding, decoded.encodingSource, decoded.text],
        ['iso-2022-jp', 'detected', '港の'],
      );
    });

    it('recognises valid UTF-8 without a BOM', () => {
      const decoded = decodeBytes(ascii('<p>港の記事</p>'), { mediaType: 'text/html' });
      assert.deepEqual([decoded.encoding, decoded.encodingSource], ['utf-8', 'detected']);
    });

    it('falls back to windows-1252 for undeclared Latin-1 HTML and to UTF-8 for ASCII text', () => {
      const latin = decodeBytes(
        concat(ascii('<p>caf'), hex('e9'), ascii(' cr'), hex('e8'), ascii('me</p>')),
        {
          mediaType: 'text/html',
        },
      );
      assert.deepEqual(
        [latin.encoding, latin.encodingSource, latin.text],
        ['windows-1252', 'default', '<p>café crème</p>'],
      );
      const text = decodeBytes(ascii('plain words'), { mediaType: 'text/markdown' });
      assert.deepEqual([text.encoding, text.encodingSource], ['utf-8', 'default']);
    });
  });

  it('replaces invalid bytes with U+FFFD instead of throwing', () => {
    const decoded = decodeBytes(concat(SJIS_WORDS, hex('ff')), {
      contentType: 'text/plain; charset=utf-8',
      mediaType: 'text/plain',
    });
    assert.ok(decoded.text.includes('\uFFFD'));
  });
});
