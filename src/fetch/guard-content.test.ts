import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkContentType, checkImageContentType, sniffContent } from './guard-content.ts';

const text = (value: string) => new TextEncoder().encode(value);

describe('checkContentType', () => {
  it('accepts pages, feeds and text, with or without parameters', () => {
    const types = [
      'text/html; charset=Shift_JIS',
      'application/xhtml+xml',
      'application/rss+xml',
      'application/atom+xml',
      'text/xml',
      'application/feed+json',
      'application/json',
      'text/plain',
      'text/markdown; charset=utf-8',
      'TEXT/HTML',
    ];
    for (const type of types) assert.equal(checkContentType(type), undefined, type);
  });

  it('leaves a missing or generic type to the sniff', () => {
    assert.equal(checkContentType(null), undefined);
    assert.equal(checkContentType('application/octet-stream'), undefined);
  });

  it('refuses images, PDFs, video and archives by their declared type', () => {
    for (const type of ['image/png', 'application/pdf', 'video/mp4', 'application/zip']) {
      assert.equal(checkContentType(type), `unsupported content type ${type}`);
    }
  });
});

describe('checkImageContentType', () => {
  it('accepts images and unlabelled bodies (the caller checks the bytes), and refuses pages', () => {
    for (const type of [
      'image/jpeg',
      'image/png; charset=binary',
      'IMAGE/WEBP',
      null,
      'application/octet-stream',
    ]) {
      assert.equal(checkImageContentType(type), undefined, String(type));
    }
    assert.equal(
      checkImageContentType('text/html; charset=utf-8'),
      'unsupported content type text/html (not an image)',
    );
  });
});

describe('sniffContent', () => {
  it('refuses binary formats whatever they are served as', () => {
    assert.equal(sniffContent('text/html', text('%PDF-1.7\n')), 'PDF data served as text/html');
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
    assert.equal(sniffContent(null, png), 'PNG data served as no content type');
  });

  it('refuses binary bytes in unlabelled or text/plain bodies', () => {
    const bytes = Uint8Array.of(0x41, 0x00, 0x42, 0x03);
    assert.equal(
      sniffContent('application/octet-stream', bytes),
      'binary data served as application/octet-stream',
    );
    assert.equal(sniffContent('text/plain', bytes), 'binary data served as text/plain');
  });

  it('accepts markup, ISO-2022-JP escapes and UTF-16 text', () => {
    assert.equal(sniffContent(null, text('<!doctype html><title>速報</title>')), undefined);
    // ESC $ B … ESC ( B is how ISO-2022-JP switches character sets; ESC is not a binary byte.
    assert.equal(
      sniffContent('text/plain', Uint8Array.of(0x1b, 0x24, 0x42, 0x46, 0x7c, 0x1b, 0x28, 0x42)),
      undefined,
    );
    assert.equal(sniffContent('text/plain', Uint8Array.of(0xff, 0xfe, 0x3b, 0x90, 0x31, 0x58)), undefined);
  });
});
