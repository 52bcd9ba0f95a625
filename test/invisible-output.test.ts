// Bidi controls and other invisible characters in a source never reach any output format.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runMatome as matome } from './support/run-cli.ts';

const CLUSTER = join(import.meta.dirname, '..', 'samples', 'chip-factory');
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\uFEFF\u061C]/u;

describe('invisible characters from sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-invisible-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('are in no txt, md, html, json or report output of a build', async () => {
    const sources = join(dir, 'sources');
    const out = join(dir, 'out');
    mkdirSync(sources, { recursive: true });
    for (const name of readdirSync(CLUSTER).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(join(CLUSTER, name), 'utf8')
        // Every sentence end and the title carry a right-to-left override, an isolate and a zero-width space.
        .replaceAll('。', '。\u202E\u2066\u200B')
        .replace(/<title>/, '<title>\u202E');
      writeFileSync(join(sources, name), html);
    }
    const result = await matome(['build', '--no-store', '--out', out, '--slug', 'bidi', sources]);
    assert.equal(result.code, 0, result.stderr);
    const files = readdirSync(out);
    assert.ok(files.length >= 7, files.join(' '));
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8');
      assert.doesNotMatch(text, INVISIBLE, file);
      // JSON escapes would hide them from the check above.
      assert.doesNotMatch(text, /\\u20(?:2[a-eA-E]|6[6-9]|0[bBeEfF])|\\ufeff/i, file);
    }
  });
});
