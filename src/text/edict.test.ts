import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edictSubsetOf, loadEdict, parseEdictLine, plainGloss } from './edict.ts';

describe('EDICT lines', () => {
  it('reads a headword, its reading, and each sense with its parts of speech and glosses', () => {
    // An invented line in EDICT's format: a numbered sense starts a new sense, its tags carry over.
    const entry = parseEdictLine(
      '空想語 [くうそうご] /(n,vs) (1) made-up word/coinage (for a test)/(v5r,vi) (2) (uk) to daydream/(P)/',
    );
    assert.deepEqual(entry, {
      headword: '空想語',
      reading: 'くうそうご',
      senses: [
        { pos: ['n', 'vs'], glosses: ['made-up word', 'coinage (for a test)'] },
        { pos: ['v5r', 'vi'], glosses: ['to daydream'] },
      ],
      usuallyKana: true,
    });
  });

  it('reads a kana headword as its own reading, and skips a line that is not an entry', () => {
    assert.deepEqual(parseEdictLine('ぽかぽか /(adv,vs) warmly/(P)/'), {
      headword: 'ぽかぽか',
      reading: 'ぽかぽか',
      senses: [{ pos: ['adv', 'vs'], glosses: ['warmly'] }],
      usuallyKana: false,
    });
    assert.equal(parseEdictLine('# a header'), undefined);
  });

  it('makes glosses comparable', () => {
    assert.equal(plainGloss('to Finish (a task)'), 'finish');
    assert.equal(plainGloss('completion (of a course)'), 'completion');
    assert.equal(plainGloss('making  known'), 'making known');
  });

  it('keeps only the common entries of the whole dictionary, with a header naming its source', () => {
    const subset = edictSubsetOf(
      '　？？？ /EDICT test file/Created: 2030-01-01/\n甲 [こう] /(n) first/(P)/\n乙 [おつ] /(n) second/\n丙 [へい] /(n) third/(P)/\n',
    );
    assert.equal(
      subset,
      '# matome: the common entries (P) of EDICT; source: /EDICT test file/Created: 2030-01-01/\n甲 [こう] /(n) first/(P)/\n丙 [へい] /(n) third/(P)/\n',
    );
  });
});

describe('the shipped dictionary (data/edict/edict-common.txt)', () => {
  const edict = loadEdict();

  it('finds a word by its headword, by its reading and in full-width digits', () => {
    assert.ok(
      edict
        .entriesOf('倉庫')
        .some((entry) => entry.senses.some((sense) => sense.glosses.includes('warehouse'))),
    );
    assert.deepEqual(
      edict.entriesOf('けが').map((entry) => entry.headword),
      ['怪我'],
    );
    assert.ok(edict.entriesOf('100').some((entry) => entry.senses[0]?.glosses.includes('hundred')));
    assert.deepEqual(edict.entriesOf('存在しない語形'), []);
  });

  it('finds the words that share a gloss', () => {
    const repairers = edict.entriesGlossed('to repair').map((entry) => entry.headword);
    assert.ok(repairers.includes('修理') && repairers.includes('直す'), repairers.join(' '));
    assert.ok(!repairers.includes('倉庫'));
  });

  it('parses every entry into senses that each have a part of speech and a gloss', () => {
    const entries = edict.allEntries();
    assert.ok(entries.length > 20_000, `${entries.length} entries`);
    const unread = entries.filter(
      (entry) =>
        entry.senses.length === 0 ||
        entry.senses.some((sense) => sense.pos.length === 0 || sense.glosses.length === 0),
    );
    assert.deepEqual(
      unread.map((entry) => entry.headword),
      [],
    );
  });
});
