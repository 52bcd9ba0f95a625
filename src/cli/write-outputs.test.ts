import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isMatomeError } from '../domain/errors.ts';
import { writeFileAtomically, writeFileSet } from './write-outputs.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matome-write-outputs-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('never writes through a symlink planted at the temporary name a previous version used', async () => {
    const out = join(dir, 'planted');
    await mkdir(out);
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'untouched');
    const path = join(out, 'story.txt');
    await symlink(victim, `${path}.${process.pid}.tmp`);
    await writeFileAtomically(path, '新しい記事');
    assert.equal(await readFile(victim, 'utf8'), 'untouched');
    assert.equal(await readFile(path, 'utf8'), '新しい記事');
  });

  it('creates its temporary file exclusively: a name already taken (a planted link) is skipped for a new one', async () => {
    const out = join(dir, 'exclusive');
    await mkdir(out);
    const victim = join(dir, 'victim-2.txt');
    await writeFile(victim, 'untouched');
    const names = ['guessed', 'fresh'];
    await symlink(victim, join(out, '.story.txt.guessed.tmp'));
    await writeFileAtomically(join(out, 'story.txt'), '記事', { randomName: () => names.shift() ?? 'x' });
    assert.equal(await readFile(victim, 'utf8'), 'untouched');
    assert.equal(await readFile(join(out, 'story.txt'), 'utf8'), '記事');
    assert.deepEqual((await readdir(out)).sort(), ['.story.txt.guessed.tmp', 'story.txt']);
  });
});

describe('writeFileSet', () => {
  const names = ['story.txt', 'story.md', 'story.json', 'story.report.json'];

  it('leaves the previous set whole and no temporary file when one final name cannot be written', async () => {
    const out = join(dir, 'set');
    await mkdir(out);
    for (const name of names) await writeFile(join(out, name), `old ${name}`);
    // The .md's final name is taken by a directory: renaming a file onto it fails.
    await rm(join(out, 'story.md'));
    await mkdir(join(out, 'story.md'));
    await assert.rejects(
      writeFileSet(names.map((name) => ({ path: join(out, name), text: `new ${name}` }))),
      (error: unknown) => error instanceof Error && /story\.md/.test(error.message),
    );
    for (const name of names.filter((name) => name !== 'story.md')) {
      assert.equal(await readFile(join(out, name), 'utf8'), `old ${name}`, name);
    }
    assert.deepEqual((await readdir(out)).sort(), [...names].sort());
  });

  it('replaces every file of the set when all can be written', async () => {
    const out = join(dir, 'set-ok');
    await mkdir(out);
    for (const name of names) await writeFile(join(out, name), `old ${name}`);
    await writeFileSet(names.map((name) => ({ path: join(out, name), text: `new ${name}` })));
    for (const name of names) assert.equal(await readFile(join(out, name), 'utf8'), `new ${name}`);
    assert.deepEqual((await readdir(out)).sort(), [...names].sort());
  });
});

describe('writeOutputs', () => {
  it('reports a failed set as OUTPUT_FAILED naming the output directory', async () => {
    const { writeOutputs } = await import('./write-outputs.ts');
    const { sampleArticle } = await import('../../test/support/article-factory.ts');
    const out = join(dir, 'outputs');
    await mkdir(join(out, 'story.md'), { recursive: true });
    await assert.rejects(
      writeOutputs(sampleArticle(), { outDir: out, slug: 'story', formats: ['txt', 'md', 'json'] }),
      (error: unknown) =>
        isMatomeError(error) && error.code === 'OUTPUT_FAILED' && error.message.includes(out),
    );
    assert.deepEqual(await readdir(out), ['story.md']);
  });
});
