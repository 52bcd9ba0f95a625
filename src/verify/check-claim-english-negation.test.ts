import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { glossedPredicates } from '../understand/english-gloss.ts';

// Negations and opposites read on English pages (the veng31 round, issue 9; docs/verifier.md): a
// subject denied by "no"/"none of", a thing that shook or swayed, an act a claim says is not to be
// done (a stance, no prospect) against a page that says it will be or is hoped for. Invented pages:
// an old bell tower in a storm, a museum's loan, a flooded bridge, a search of a collapsed shed.

const english = (id: string, title: string, paragraphs: string[]): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt: '2026-10-04T09:00:00+09:00' }),
  lang: 'en',
});

const errorsAgainst = describedErrorsAgainstOne();
const negations = (text: string, document: Document) =>
  errorsAgainst(text, document).filter((error) => error.startsWith('support.negation'));

const read = (text: string) =>
  glossedPredicates(text).map(
    (p) => `${p.lemma}${p.forms ? `/${p.forms.join('/')}` : ''}${p.negated ? ':not' : ''}`,
  );

describe('glossedPredicates: a subject that no or none of denies (veng31)', () => {
  it('negates the passive verb of a subject no denies', () => {
    assert.deepEqual(read('No bodies were found in the rubble of the shed.'), ['見つける/見つかる:not']);
    assert.deepEqual(read('No new shelters have been opened since Sunday.'), ['開設:not']);
  });
  it('negates the passive verb of a subject none of denies', () => {
    assert.deepEqual(read('None of the three schools was closed.'), ['閉鎖:not']);
  });
  it('leaves a bound, no one reporting, or a plain subject alone', () => {
    assert.deepEqual(read('The shed was searched, and two tools were found.'), ['見つける/見つかる']);
    assert.deepEqual(read('The road was reopened no later than noon, and a cat was found.'), [
      '再開/再開',
      '見つける/見つかる',
    ]);
  });
});

describe('glossedPredicates: shook and swayed (veng31)', () => {
  it('reads a thing moving to and fro by itself as 揺れる, set moving as 揺らす', () => {
    assert.deepEqual(read('The old bell tower swayed for a minute.'), ['揺らす/揺れる']);
    assert.deepEqual(read('The ferry shook hard in the waves.'), ['揺らす/揺れる']);
    assert.deepEqual(read('The tower did not sway.'), ['揺らす/揺れる:not']);
  });
});

const TOWER = english('tower', 'Storm topples old bell tower', [
  'An old wooden bell tower fell onto a parking lot in Higashiura on Saturday night during a storm, the town said.',
  'A neighbour said the tower swayed for about a minute before it came down.',
]);

const SHED = english('shed', 'Shed collapses under snow in Kitamine', [
  'A farm shed collapsed under heavy snow in Kitamine on Tuesday, the village said.',
  'Rescuers searched the shed for two hours. No bodies were found.',
]);

describe('checkClaim: a claim that denies what an English page tells in its other use (veng31)', () => {
  it('rejects a claim that the tower did not sway against a page where it swayed', () => {
    assert.equal(negations('鐘楼は揺れることもなく倒れた。', TOWER).length, 1);
    assert.deepEqual(negations('鐘楼は倒れる前に揺れた。', TOWER), []);
  });
  it('keeps a claim that nothing was found where the page says no bodies were found', () => {
    assert.deepEqual(negations('小屋から遺体は見つからなかった。', SHED), []);
  });
});

const MUSEUM = english('museum', 'Museum to lend its scroll to the city', [
  'The Minamida City Museum said on Monday it would lend its oldest scroll to the city hall for an exhibition in May.',
]);

// The bridge's page, its second sentence telling when it reopens.
const bridge = (id: string, reopening: string): Document =>
  english(id, 'Flooded bridge closed in Arakawa', [
    'The Kitabashi bridge in Arakawa was closed on Sunday after floodwater damaged a pier, the city said.',
    reopening,
  ]);
const BRIDGE = bridge('bridge', 'City officials hope to reopen the bridge on Friday.');
const BRIDGE_OPEN = bridge('bridge-open', 'City officials said the bridge may reopen on Friday.');

describe('checkClaim: an act said not to be done against an English page that has it coming (veng31)', () => {
  it('rejects a stance not to do it against a page that says it will', () => {
    assert.equal(negations('博物館は、巻物を市役所に貸し出さないと発表した。', MUSEUM).length, 1);
    assert.deepEqual(negations('博物館は、巻物を市役所に貸し出すと発表した。', MUSEUM), []);
  });
  it('rejects no prospect of the act against a page that hopes for it on a date', () => {
    assert.equal(negations('市は、橋を再開するめどは立っていないとしている。', BRIDGE).length, 1);
  });
  it('keeps no prospect where the page only says the act may happen', () => {
    assert.deepEqual(negations('市は、橋を再開するめどは立っていないとしている。', BRIDGE_OPEN), []);
  });
});

// The veng33 round (issue 9; docs/verifier.md): an act the claim says its doer means not to do or has
// put off (考えはない, つもりはない, 見送った) against an English page that says it will be done or is
// planned, and add of a count (plans to add more X) read as 増やす. Invented pages: a library's reading
// lamps, a village's new bus-stop shelters.

describe('glossedPredicates: add of a count (veng33)', () => {
  it('reads add before a count or an amount as 増やす', () => {
    assert.deepEqual(read('The library plans to add more reading lamps next month.'), ['増やす/追加/加える']);
    assert.deepEqual(read('The village added three bus stops in June.'), ['増やす/追加/加える']);
  });
  it('leaves add of speech alone', () => {
    assert.deepEqual(read('"We are glad," the mayor added.'), []);
    assert.deepEqual(read('The mayor added that the lamps were cheap.'), []);
  });
});

const LAMPS = english('lamps', 'Library to add reading lamps', [
  'The Kawanobe city library said on Tuesday it plans to add more reading lamps to its study room by April.',
]);

const STOPS = english('stops', 'Village to install bus stop shelters', [
  'The village of Hinokura said it would install shelters at four bus stops before the winter.',
]);

describe('checkClaim: an act not meant or put off against an English page that plans it (veng33)', () => {
  it('rejects no intention of the act against a page that plans it', () => {
    assert.equal(negations('図書館は、読書灯を増やす考えはないとしている。', LAMPS).length, 1);
    assert.equal(negations('図書館は、読書灯を増やすつもりはないと話した。', LAMPS).length, 1);
  });
  it('rejects the act put off against a page that says it will be done', () => {
    assert.equal(negations('村は、バス停の屋根の設置を見送った。', STOPS).length, 1);
  });
  it('keeps the act affirmed as planned', () => {
    assert.deepEqual(negations('図書館は、読書灯を増やす考えだ。', LAMPS), []);
    assert.deepEqual(negations('村は、バス停に屋根を設置する予定だ。', STOPS), []);
  });
});
