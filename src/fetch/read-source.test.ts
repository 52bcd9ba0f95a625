import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
