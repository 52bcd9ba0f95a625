// The evaluation scripts keep held-out sets held out (scripts/held-out.ts, CONTRIBUTING): they refuse
// to print a held-out set's errors or per-claim records, and review a held-out set's offline articles
// only when it is named, as totals. Helpers who ran a review without naming sets were shown
// held-out totals they were not meant to see; these refusals make that impossible by mistake.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HELD_OUT, heldOutAmong, isHeldOutStories, reviewableSets } from '../scripts/held-out.ts';
import { SHARED_DIR } from './support/shared-data.ts';

const REPO = join(import.meta.dirname, '..');
const FIXTURES = join(REPO, 'test', 'fixtures');

function run(script: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [join(REPO, 'scripts', script), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('held-out sets', () => {
  it('knows which sets of each collection are held out', () => {
    assert.deepEqual(heldOutAmong(join(FIXTURES, 'claims-holdout'), ['set3', 'set87', 'set45', 'set8']), [
      'set87',
      'set8',
    ]);
    assert.deepEqual(
      heldOutAmong(join(FIXTURES, 'claims-holdout'), ['set83', 'set84', 'set85', 'set86', 'set87', 'set88']),
      ['set87', 'set88'],
    );
    assert.deepEqual(heldOutAmong(join(FIXTURES, 'claims-holdout'), ['set85', 'set86', 'set87', 'set88']), [
      'set87',
      'set88',
    ]);
    assert.deepEqual(
      heldOutAmong(join(FIXTURES, 'claims-holdout'), ['set81', 'set82', 'set83', 'set84', 'set85', 'set86']),
      [],
    );
    assert.deepEqual(heldOutAmong(join(FIXTURES, 'claims-holdout'), ['set86', 'set87', 'set88']), [
      'set87',
      'set88',
    ]);
    assert.deepEqual(heldOutAmong(join(FIXTURES, 'claims-holdout'), ['set84', 'set87', 'set88']), [
      'set87',
      'set88',
    ]);
    assert.deepEqual(
      heldOutAmong(join(FIXTURES, 'claims-holdout'), [
        'set78',
        'set79',
        'set80',
        'set81',
        'set82',
        'set83',
        'set84',
        'set85',
        'set86',
        'set87',
        'set88',
      ]),
      ['set87', 'set88'],
    );
    assert.deepEqual(heldOutAmong(join(FIXTURES, 'claims-holdout'), ['set86', 'set89', 'set90']), [
      'set89',
      'set90',
    ]);
    assert.deepEqual(heldOutAmong('/anywhere/data/claims-dev', ['set1', 'set2']), ['set2']);
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set14')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set15')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set16')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set17')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set18')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set19')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set20')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set21')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set22')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set23')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set24')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set25')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set26')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set27')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set28')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set29')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set30')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set31')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set32')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set33')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set34')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set35')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set36')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set37')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set38')));
    assert.ok(isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set39')));
    assert.ok(isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set40')));
    assert.ok(!isHeldOutStories(join(FIXTURES, 'stories-holdout', 'set13')));
    assert.ok(!isHeldOutStories('/anywhere/stories-dev'));
  });

  it('reviews every development set when none is named, and a held-out one only named and as totals', () => {
    const all = ['set3', 'set6', 'set8', 'set20', 'set85', 'set87'];
    assert.deepEqual(reviewableSets(all, [], false), {
      sets: ['set3', 'set20', 'set85'],
      skipped: ['set6', 'set8', 'set87'],
    });
    assert.deepEqual(reviewableSets(all, ['set87'], true), { sets: ['set87'], skipped: [] });
    assert.throws(() => reviewableSets(all, ['set3', 'set87'], false), /set87 is held out: .* add --totals/);
    for (const set of HELD_OUT['claims-holdout'] ?? []) assert.match(set, /^set\d+$/);
  });

  it('eval-claims refuses --errors and --record on a held-out set, naming it and what to do', () => {
    const errors = run('eval-claims.ts', [join(FIXTURES, 'claims-holdout'), '--set', 'set87', '--errors']);
    assert.equal(errors.status, 2);
    assert.match(errors.stderr, /claims-holdout set87 is held out: .*leave out --errors and --record/);
    assert.equal(errors.stdout, '');
    const record = run('eval-claims.ts', [
      join(FIXTURES, 'claims-holdout'),
      '--set',
      'set19',
      '--set',
      'set88',
      '--record',
      join(REPO, 'never-written.jsonl'),
    ]);
    assert.equal(record.status, 2);
    assert.match(record.stderr, /set88 is held out/);
  });

  it('eval-stories refuses --errors on a held-out set', () => {
    const result = run('eval-stories.ts', ['--data', join(FIXTURES, 'stories-holdout', 'set39'), '--errors']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /stories-holdout set39 is held out: .*leave out --errors/);
    assert.equal(result.stdout, '');
  });

  it('review-samples reads a held-out set only as totals', () => {
    const result = run('review-samples.ts', ['--holdout', '--set', 'set87']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /review:samples: set87 is held out: .* add --totals/);
    assert.equal(result.stdout, '');
  });

  it('review-samples leaves out claims-dev set2 without --totals', {
    skip: existsSync(join(SHARED_DIR, 'data', 'claims-dev')) ? false : 'no ../shared/data/claims-dev',
  }, () => {
    // A helper ran `npm run review:samples` to check the bundled samples and got set2's articles too.
    const result = run('review-samples.ts', []);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /held out, not reviewed: claims-dev set2 [^;]+; add --totals/);
    assert.doesNotMatch(result.stdout, /== claims-dev set2/);
    assert.match(result.stdout, /== claims-dev set1 /);
  });
});
