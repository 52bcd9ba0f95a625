import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isMatomeError } from '../domain/errors.ts';
import { listSourceFiles, readSource } from './read-source.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matome-read-source-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rejectsWith = (code: string, pattern: RegExp) => (error: unknown) => {
  assert.ok(isMatomeError(error), `expected a MatomeError, got ${String(error)}`);
  assert.equal(error.code, code);
  assert.match(error.message, pattern);
  assert.ok(error.hint && error.hint.length > 0, 'the error carries a hint');
  return true;
};

describe('readSource on local files', () => {
  it('reads an HTML file as text/html with a file: URL and no fetch time', async () => {
    const path = join(dir, 'article.html');
    await writeFile(path, '<html><head><meta charset="utf-8"></head><body><p>港の記事</p></body></html>');
    const page = await readSource(path, { now: () => new Date('2030-01-01T00:00:00Z') });
    assert.equal(page.url, pathToFileURL(path).href);
    assert.equal(page.input, path);
    assert.deepEqual([page.mediaType, page.encoding, page.encodingSource], ['text/html', 'utf-8', 'meta']);
    assert.match(page.text, /<p>港の記事<\/p>/);
    assert.equal('fetchedAt' in page, false);
    assert.equal('status' in page, false);
  });

  it('reads .txt as text/plain and .md / .markdown as text/markdown, also through a file: URL', async () => {
    await writeFile(join(dir, 'note.txt'), '見出し\n\n本文');
    await writeFile(join(dir, 'note.md'), '# 見出し');
    await writeFile(join(dir, 'note.markdown'), '# 見出し');
    assert.equal((await readSource(join(dir, 'note.txt'))).mediaType, 'text/plain');
    assert.equal((await readSource(join(dir, 'note.md'))).mediaType, 'text/markdown');
    assert.equal(
      (await readSource(pathToFileURL(join(dir, 'note.markdown')).href)).mediaType,
      'text/markdown',
    );
  });

  it('reports a missing file as SOURCE_NOT_FOUND naming the path', async () => {
    const path = join(dir, 'no-such-article.html');
    await assert.rejects(readSource(path), rejectsWith('SOURCE_NOT_FOUND', /no-such-article\.html/));
  });

  it('refuses a directory, an unsupported extension, and says why', async () => {
    await assert.rejects(readSource(dir), rejectsWith('SOURCE_UNSUPPORTED', /is a directory/));
    await writeFile(join(dir, 'scan.pdf'), '%PDF-1.7');
    await assert.rejects(
      readSource(join(dir, 'scan.pdf')),
      rejectsWith('SOURCE_UNSUPPORTED', /unsupported file type "\.pdf"/),
    );
  });
});

describe('readSource on files that are not regular text files', () => {
  it('refuses a FIFO named .html at once instead of waiting for a writer', { timeout: 10_000 }, async () => {
    const path = join(dir, 'pipe.html');
    execFileSync('mkfifo', [path]);
    await assert.rejects(
      readSource(path),
      rejectsWith('SOURCE_UNSUPPORTED', /pipe\.html \(not a regular file: a FIFO\)/),
    );
  });

  it('refuses a device behind a .html symlink instead of reading it without end', {
    timeout: 10_000,
  }, async () => {
    const path = join(dir, 'zero.html');
    await symlink('/dev/zero', path);
    await assert.rejects(
      readSource(path),
      rejectsWith('SOURCE_UNSUPPORTED', /zero\.html \(not a regular file: a character device\)/),
    );
  });

  it('follows a symlink to a regular file', async () => {
    await writeFile(join(dir, 'real.txt'), '見出し\n\n本文');
    await symlink(join(dir, 'real.txt'), join(dir, 'link.txt'));
    assert.match((await readSource(join(dir, 'link.txt'))).text, /本文/);
  });

  it('reads a file whose stat size understates it to the end (a /proc file reports size 0)', {
    skip: process.platform !== 'linux' && 'needs /proc',
  }, async () => {
    // /proc/self/status is a regular file whose stat says 0 bytes: reading it outgrows the stat
    // size at once. The rest used to be read after the handle was closed ("file closed").
    await symlink('/proc/self/status', join(dir, 'status.txt'));
    const page = await readSource(join(dir, 'status.txt'));
    assert.match(page.text, /^Name:/);
    assert.match(page.text, /\nPid:\t\d+\n/);
  });

  it('refuses a file over 10 MiB', async () => {
    await writeFile(join(dir, 'big.txt'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    await assert.rejects(
      readSource(join(dir, 'big.txt')),
      rejectsWith('SOURCE_UNREADABLE', /big\.txt \(larger than 10 MiB\)/),
    );
  });

  it('refuses a binary file saved under a text name, saying it is not text', async () => {
    const path = join(dir, 'ls.html');
    // The start of the node executable itself (an ELF or Mach-O binary), under the size cap.
    const executable = await readFile(process.execPath);
    await writeFile(path, executable.subarray(0, 64 * 1024));
    await assert.rejects(
      readSource(path),
      rejectsWith('SOURCE_UNSUPPORTED', /ls\.html \(binary content, not text\)/),
    );
    // Control bytes such as NUL in the first bytes mark binary data (WHATWG MIME Sniffing); a PNG's header is dense with them.
    await writeFile(
      join(dir, 'image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    await assert.rejects(
      readSource(join(dir, 'image.txt')),
      rejectsWith('SOURCE_UNSUPPORTED', /binary content/),
    );
  });

  it('reads a page with one stray control byte (a CMS left a NUL in the title) as text', async () => {
    const html = `<html><head><title>見出し\u0000</title></head><body>${'<p>本文の段落です。</p>'.repeat(20)}</body></html>`;
    await writeFile(join(dir, 'stray.html'), html);
    assert.match((await readSource(join(dir, 'stray.html'))).text, /本文の段落です/);
  });

  it('reads ISO-2022-JP (escape bytes) and UTF-16 with a BOM as text', async () => {
    await writeFile(join(dir, 'jis.txt'), Buffer.from('1b2442244b245b24731b2842', 'hex'));
    assert.equal((await readSource(join(dir, 'jis.txt'))).text, 'にほん');
    await writeFile(
      join(dir, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('見出し', 'utf16le')]),
    );
    assert.equal((await readSource(join(dir, 'utf16.txt'))).text, '見出し');
  });
});

describe('listSourceFiles', () => {
  it('lists supported files by name, numbers in numeric order, without README, manifest or hidden files', async () => {
    const folder = join(dir, 'cluster');
    await mkdir(join(folder, 'nested.html'), { recursive: true });
    for (const name of [
      'page-10.html',
      'page-2.htm',
      'b.md',
      'a.txt',
      'README.md',
      'manifest.json',
      '.draft.html',
      'photo.jpg',
    ]) {
      await writeFile(join(folder, name), 'x');
    }
    const files = await listSourceFiles(folder);
    assert.deepEqual(
      files.map((file) => file.slice(folder.length + 1)),
      ['a.txt', 'b.md', 'page-2.htm', 'page-10.html'],
    );
  });

  it('reports a missing directory as SOURCE_NOT_FOUND', async () => {
    await assert.rejects(listSourceFiles(join(dir, 'missing')), rejectsWith('SOURCE_NOT_FOUND', /missing/));
  });
});
