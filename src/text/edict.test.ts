import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { edictSubsetOf, loadEdict, parseEdictLine, plainGloss, readEdict } from './edict.ts';

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

describe('the word index kept in a cache file', () => {
  // An invented dictionary: a header, a kanji word with a reading, two entries sharing a reading,
  // a full-width headword (looked up in NFKC), a kana word, and a line that is no entry.
  const directory = mkdtempSync(join(tmpdir(), 'matome-edict-'));
  after(() => rmSync(directory, { recursive: true, force: true }));
  const dictionary = join(directory, 'invented.txt');
  const cacheDir = join(directory, 'cache');
  writeFileSync(
    dictionary,
    [
      '# an invented dictionary',
      '架空港 [かくうこう] /(n) imaginary port/(P)/',
      '仮名簿 [かめいぼ] /(n) roll of pseudonyms/(P)/',
      '仮面簿 [かめいぼ] /(n) masked ledger/(P)/',
      '１０号線 [じゅうごうせん] /(n) line ten/(P)/',
      'ふわりん /(adv) softly (invented)/(P)/',
      'not an entry',
      '',
    ].join('\n'),
  );
  const words = [
    '架空港',
    'かくうこう',
    'かめいぼ',
    '仮面簿',
    '10号線',
    '１０号線',
    'ふわりん',
    '無い語',
    '',
  ];
  const direct = readEdict(dictionary);
  const headwords = (edict: ReturnType<typeof readEdict>, word: string) =>
    edict.entriesOf(word).map((entry) => `${entry.headword} ${entry.senses[0]?.glosses[0]}`);

  it('writes the index on the first load and gives the same entries from it on the next', () => {
    const first = readEdict(dictionary, { cacheDir });
    assert.deepEqual(readdirSync(cacheDir), ['invented.index.v1.tsv']);
    const second = readEdict(dictionary, { cacheDir });
    for (const word of words) {
      assert.deepEqual(headwords(second, word), headwords(direct, word), word);
      assert.deepEqual(headwords(first, word), headwords(direct, word), word);
    }
    assert.deepEqual(headwords(second, 'かめいぼ'), ['仮名簿 roll of pseudonyms', '仮面簿 masked ledger']);
    assert.deepEqual(headwords(second, '10号線'), ['１０号線 line ten']);
    assert.deepEqual(
      second.allEntries().map((entry) => entry.headword),
      direct.allEntries().map((entry) => entry.headword),
    );
    // One entry whether it is reached by a look-up or by the whole list.
    assert.equal(second.entriesOf('ふわりん')[0], second.allEntries()[4]);
  });

  it('indexes in memory where the cache folder cannot be made', () => {
    const unwritable = readEdict(dictionary, { cacheDir: join(dictionary, 'cache') });
    for (const word of words) assert.deepEqual(headwords(unwritable, word), headwords(direct, word), word);
  });

  it('makes the index again when the dictionary changes, and when the index file is cut short', () => {
    const file = join(cacheDir, 'invented.index.v1.tsv');
    const index = readFileSync(file, 'utf8');
    writeFileSync(file, index.slice(0, index.length / 2));
    assert.deepEqual(
      headwords(readEdict(dictionary, { cacheDir }), 'かめいぼ'),
      headwords(direct, 'かめいぼ'),
    );
    assert.equal(readFileSync(file, 'utf8'), index);
    writeFileSync(
      dictionary,
      `${readFileSync(dictionary, 'utf8')}架空駅 [かくうえき] /(n) imaginary station/(P)/\n`,
    );
    const changed = readEdict(dictionary, { cacheDir });
    assert.deepEqual(headwords(changed, 'かくうえき'), ['架空駅 imaginary station']);
    assert.deepEqual(headwords(changed, 'かめいぼ'), headwords(direct, 'かめいぼ'));
    assert.notEqual(readFileSync(file, 'utf8'), index);
  });
});
