import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { runMatome as matome } from './support/run-cli.ts';

const REPO = join(import.meta.dirname, '..');
const PAGE = join(REPO, 'samples', 'chip-factory', 'tech-sangyo-kaname-plant.html');

describe('matome verify-claim', () => {
  it('supports a sentence of the source, with evidence spans into its stored text', async () => {
    const document = extractDocument(await readSource(PAGE, {}), { id: 's1' });
    const sentence = `${document.text.slice(document.titleSpan[1]).trim().split('。')[0]}。`;
    const result = await matome(['verify-claim', '--source', PAGE, sentence]);
    assert.equal(result.code, 0, result.stderr);
    const verdict = JSON.parse(result.stdout);
    assert.equal(verdict.supported, true);
    assert.equal(verdict.score, 1);
    const [best] = verdict.evidence;
    assert.equal(best.source, document.url);
    assert.equal(document.text.slice(best.start, best.end), best.text);
    assert.equal(best.text, sentence);
  });

  it('rejects the same sentence with its date changed, naming the problem', async () => {
    const document = extractDocument(await readSource(PAGE, {}), { id: 's1' });
    const sentence = `${document.text.slice(document.titleSpan[1]).trim().split('。')[0]}。`;
    assert.match(sentence, /17日/);
    const result = await matome(['verify-claim', '--source', PAGE, sentence.replace('17日', '18日')]);
    assert.equal(result.code, 1);
    const verdict = JSON.parse(result.stdout);
    assert.equal(verdict.supported, false);
    assert.ok(verdict.problems.some((problem: { code: string }) => problem.code === 'support.date'));
  });

  it('asks for a source', async () => {
    const result = await matome(['verify-claim', '文だけ。']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--source/);
  });
});
