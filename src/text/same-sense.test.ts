import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readEdict } from './edict.ts';
import { createSameSense, glossKey } from './same-sense.ts';

// An invented dictionary in EDICT's format (the words are real Japanese, the lines made up for
// these tests: none is copied from the shipped file).
function dictionary(lines: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'same-sense-'));
  const file = join(folder, 'edict.txt');
  writeFileSync(file, `# test\n${lines.join('\n')}\n`);
  return readEdict(file);
}

describe('words of the same sense through their English glosses', () => {
  it('meets English word forms by stem: a verbal noun and a verb whose first glosses differ only in form', () => {
    assert.equal(glossKey('embezzlement'), glossKey('to embezzle'));
    assert.equal(glossKey('bribing (an official)'), glossKey('to bribe'));
    const edict = dictionary([
      '横領 [おうりょう] /(n,vs) embezzlement/misappropriation/(P)/',
      '着服 [ちゃくふく] /(n,vs) to embezzle/(P)/',
      '寝坊 [ねぼう] /(n,vs) oversleeping/(P)/',
    ]);
    const sameSense = createSameSense(edict);
    // Each with its reading, which names that entry alone: a text may write the word in kana.
    assert.deepEqual(sameSense.of('横領'), ['着服', 'ちゃくふく']);
    assert.deepEqual(sameSense.of('着服'), ['横領', 'おうりょう']);
    assert.deepEqual(sameSense.of('寝坊'), []);
  });

  it('joins two words of one class through two shared glosses, not through one gloss further down', () => {
    const edict = dictionary([
      '口喧嘩 [くちげんか] /(n,vs) quarrel/squabble/wrangle/(P)/',
      '言い争い [いいあらそい] /(n,vs) dispute/quarrel/squabble/(P)/',
      '舞踏場 [ぶとうじょう] /(n) ballroom/venue/(P)/',
      '宵の明星 [よいのみょうじょう] /(n) evening star/venus/(P)/',
    ]);
    const sameSense = createSameSense(edict);
    assert.deepEqual(sameSense.of('口喧嘩'), ['言い争い', 'いいあらそい']);
    // "venue" and "venus" share a stem; one shared gloss that is neither's first joins nothing.
    assert.deepEqual(sameSense.of('舞踏場'), []);
  });

  it('joins no word of one class to a word of another (a person to an act), nor a later sense', () => {
    const edict = dictionary([
      '借家人 [しゃくやにん] /(n) tenant/renter/(P)/',
      '間借り [まがり] /(v5r) to rent a room/(n) (2) tenant/(P)/',
      '賃借 [ちんしゃく] /(vs) tenant/(P)/',
    ]);
    const sameSense = createSameSense(edict);
    // 賃借 is glossed "tenant" but as an act; 間借り has it only in its second sense.
    assert.deepEqual(sameSense.of('借家人'), []);
  });

  it('drops a gloss held by more headwords than the limit: a hub names a field, not a sense', () => {
    const lines = [
      '仰天 [ぎょうてん] /(n,vs) astonishment/(P)/',
      '驚愕 [きょうがく] /(n,vs) astonishment/(P)/',
    ];
    assert.deepEqual(createSameSense(dictionary(lines)).of('仰天'), ['驚愕', 'きょうがく']);
    const hub = [
      ...lines,
      '唖然 [あぜん] /(n,vs) astonishment/(P)/',
      '呆然 [ぼうぜん] /(n,vs) astonishment/(P)/',
    ];
    assert.deepEqual(createSameSense(dictionary(hub), { hubLimit: 3 }).of('仰天'), []);
    assert.deepEqual(createSameSense(dictionary(hub), { hubLimit: 4 }).of('仰天'), [
      '驚愕',
      'きょうがく',
      '唖然',
      'あぜん',
      '呆然',
      'ぼうぜん',
    ]);
  });

  it('never joins a word to its opposite, however the dictionary glosses the two', () => {
    // 開 and 閉 are opposite kanji (text/antonyms.ts): 開栓 and 閉栓 are opposites even when glossed alike.
    const edict = dictionary([
      '開栓 [かいせん] /(n,vs) handling a stopper/(P)/',
      '閉栓 [へいせん] /(n,vs) handling a stopper/(P)/',
      '栓抜き [せんぬき] /(n,vs) handling a stopper/(P)/',
    ]);
    assert.deepEqual(createSameSense(edict).of('開栓'), ['栓抜き', 'せんぬき']);
  });

  it('reads a word written in kana as the one entry that reading names, and offers a reading only where it names one entry', () => {
    const edict = dictionary([
      '嘲る [あざける] /(v5r) to ridicule/(P)/',
      '揶揄 [やゆ] /(n,vs) ridicule/(P)/',
      '掛ける [かける] /(v1) to hang/(P)/',
      '欠ける [かける] /(v1) to lack/(P)/',
      '吊るす [つるす] /(v5s) to hang/(P)/',
    ]);
    const sameSense = createSameSense(edict);
    assert.deepEqual(sameSense.of('あざける'), ['揶揄']);
    assert.deepEqual(sameSense.of('揶揄'), ['嘲る', 'あざける']);
    // かける names two entries: it is read as neither.
    assert.deepEqual(sameSense.of('かける'), []);
  });

  it('joins words the shipped dictionary glosses alike and keeps apart those it does not', () => {
    const sameSense = createSameSense();
    assert.ok(sameSense.of('賄賂').includes('裏金'));
    assert.ok(sameSense.of('喧嘩').includes('乱闘'));
    assert.ok(!sameSense.of('賄賂').includes('喧嘩'));
  });
});
