// Floors under the verifier's figures on claims written by someone else (README, "How the verifier
// decides"): claims-dev (../shared/data/claims-dev, a development set) and claims-holdout
// (test/fixtures/claims-holdout, written blind to the checker; the sets held out — only their totals
// are ever read — are listed in scripts/held-out.ts, the others are development sets). Scored by the same script as `npm run eval:claims`,
// so the floors and README cannot measure two different things. A change that drops a figure below its floor fails here; raise a
// floor only when README's table is updated with a run that beats it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { sharedData } from './support/shared-data.ts';

const REPO = join(import.meta.dirname, '..');
const claimsDev = sharedData('data/claims-dev');

interface Counts {
  detected: number;
  unsupported: number;
  falseAlarms: number;
  supported: number;
}

async function score(args: readonly string[]): Promise<Record<string, Counts>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(REPO, 'scripts', 'eval-claims.ts'), '--json', ...args],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trimEnd().split('\n').at(-1) as string) as Record<string, Counts>;
}

function assertFloor(counts: Counts | undefined, detection: number, falseAlarms: number, label: string) {
  assert.ok(counts, `${label}: no figures`);
  const detected = counts.detected / counts.unsupported;
  const alarms = counts.falseAlarms / counts.supported;
  assert.ok(
    detected >= detection,
    `${label}: detection ${counts.detected}/${counts.unsupported} is under ${detection}`,
  );
  assert.ok(
    alarms <= falseAlarms,
    `${label}: false alarms ${counts.falseAlarms}/${counts.supported} are over ${falseAlarms}`,
  );
}

describe('verifier figures on claims the project did not tune on', () => {
  it('claims-holdout (written blind): set3 and set4 together, and set4 alone', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set3',
      '--set',
      'set4',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 305);
    // 85.6% (160/187) after the vneg negation round (set3 86 → 87 detected; set4 unchanged); 85.6% /
    // 6.8% (8/118) after the additions-and-framing round, each measured alone; 86.6% / 6.8% with both.
    // 86.6% / 1.7% (2/118) after the set4 false-alarm round (set4 alone 79.1% / 3.6%, 2/56).
    // 88.8% (166/187) / 1.7% (2/118) with the set4-misses round merged (set4 alone 83.5% / 3.6%:
    // a denied plan noun, an act to come stated as done, the date of an announced act, a date set
    // off with its particle). 89.3% (167/187) / 1.7% after the vdet5 misses round (set3 90 → 91).
    // 89.8% (168/187) / 0.8% (1/118) with the vdet5 and vfa5 rounds merged (set4 alone 84.6% / 1.8%).
    // 90.4% (169/187) / 0.8% after the vdet6 round's name spelt with one kanji changed (set4 alone 85.7%);
    // 90.9% (170/187) with a measure the same verb takes on two pages (set4 alone 86.8%); 92.5%
    // (173/187) with a view given as the comment on its topic (set3 92/96, set4 alone 89.0%); 93.0%
    // (174/187) with a post of staff (〜員) read as a role (set4 alone 90.1%); 93.6% (175/187) with a
    // body named with another unit of the same parent (set4 alone 91.2%).
    assertFloor(counts['both sets'], 0.93, 0.01, 'claims-holdout');
    assertFloor(counts.set4, 0.9, 0.02, 'claims-holdout set4');
  });

  it('claims-holdout set5 and set6 (written blind after this verifier; set6 held out: totals only)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set5',
      '--set',
      'set6',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 312);
    // 89.2% / 8.5% (10/118) once set5's false alarms and misses were worked on; 90.2% / 6.8% (8/118)
    // after the additions-and-framing round; 91.8% (178/194) / 6.8% after the vdet5 misses round
    // (set6 87 → 88 detected); the same with the vfa5 round merged.
    // 93.3% (181/194) after the vdet6 round (set5 90 → 92: a moved date, another unit of one parent).
    assertFloor(counts['both sets'], 0.925, 0.07, 'claims-holdout set5+set6');
  });

  it('claims-holdout set7 and set8 (written blind in a later round; scored on totals only)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set7',
      '--set',
      'set8',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 339);
    // First scored 85.3% / 17.8% (24/135); 85.8% / 17.0% after the set5 round; 85.8% / 11.9% (16/135)
    // after the modality-scope round (set7's errors read since); 86.3% / 8.9% (12/135) after the
    // dates-and-totals round; 86.3% / 8.1% (11/135) after the additions-and-framing round; 88.2% / 8.9% (180/204, 12/135) after the vneg negation round (set7 94 →
    // 97 detected; set8 unchanged); 88.2% / 8.1% with both rounds; 88.7% (181/204) / 7.4% (10/135)
    // after the vdet5 misses round (set7 97 → 98; set8 unchanged); the same with the vfa5 round merged.
    assertFloor(counts['both sets'], 0.885, 0.075, 'claims-holdout set7+set8');
  });

  it('claims-holdout set9 and set10 (a fourth pair written blind; development sets since their errors were read)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set9',
      '--set',
      'set10',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 317);
    // First scored 81.0% / 20.5% (25/122), on the verifier as it was before any rule of the session
    // that wrote it; unchanged by that session's seven verifier rounds; 81.0% / 18.9% (23/122) once an
    // outlet's Latin site name written with spaces was read as the page's own name. A development
    // pair since the vdet5 / vfa5 rounds read its errors: 89.2% (174/195) / 18.0% (22/122) after the
    // vdet5 misses round; 81.5% / 4.1% (5/122) after the vfa5 element-alignment round alone; 89.7%
    // (175/195) / 4.1% with both merged; 89.7% / 3.3% (4/122) with shares read as arithmetic (vfa6),
    // 89.7% / 2.5% (3/122) with lengths of time too. 90.3% (176/195) after the vdet6 round (a
    // surname-like body as the cited source; set9 93 of 98); 90.8% (177/195) with a predicate extended
    // to a noun by も (set10 84 of 97).
    assertFloor(counts['both sets'], 0.965, 0.02, 'claims-holdout set9+set10');
  });

  it('claims-holdout set11 and set12 (a fifth pair written blind; a development pair since the next one was written)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set11',
      '--set',
      'set12',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 346);
    // First scored 89.8% (193/215) / 19.1% (25/131) on main before the vdet5 and vfa5 rounds, and
    // 89.8% / 19.1% again with both merged: their gains on set9+set10 did not carry over to this pair.
    // A development pair since the vfa6 round read its errors: 89.8% / 16.0% (21/131) with shares
    // read as arithmetic (verify/claim/proportions.ts); 89.8% / 14.5% (19/131) with lengths of time too
    // (spans.ts); 89.8% / 13.0% (17/131) with the agent of XはYがV and a body presented with its member;
    // 89.8% / 11.5% (15/131) with kanji digits before a kana counter (市内十か所) and 期 (三期ぶり).
    // The vdet6 round, on its own: 90.7% (195/215) / 19.1% after vdet6's name
    // spelt with one kanji changed; 91.2% (196/215) with a date before acts joined by て; 92.1% (198/215)
    // with a plan called off for its date (set12 100 of 105); 92.6% (199/215) with a retracted time;
    // 93.0% (200/215) with a figure inside a run of nouns read as a label.
    // vfa7: 93.0% / 9.9% (13/131) with function verbs carrying their verbal noun (理解を求めた);
    // 93.0% / 9.2% (12/131) with a later quote given to its own speaker. The vdet7 round: 93.5%
    // (201/215) with a verb of occurring dating its verbal noun (連絡があった; set11 101 of 110).
    assertFloor(counts['both sets'], 0.925, 0.1, 'claims-holdout set11+set12');
  });

  it('claims-holdout set13 and set14 (a sixth pair written blind; a development pair since the seventh was written)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set13',
      '--set',
      'set14',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 349);
    // First scored 81.2% (168/207) / 12.7% (18/142) on main at a070822, by the session that wrote it,
    // once, after every label was committed; 83.1% (172/207) / 12.0% (17/142) with the vfa6 and vdet6
    // rounds merged (each had run its totals a few times; the merged code once, by the lead).
    // A development pair since the vfa7/vdet7 round read its errors. vfa7: 83.1% / 11.3% (16/142) with
    // function verbs; 83.1% / 9.2% (13/142) with a split topic's hedge, voicing in English names and
    // 会社によると; 82.6% (171/207) / 7.7% (11/142) with a lone kanji digit before 両/棟 read after a
    // noun. vdet7: 83.6% (173/207) / 12.0% with a rival date dating the same event by its verbal noun
    // (2032年度の完成); 84.1% with a prospect denied after a verbal noun (運転再開のめどは立っていない);
    // 85.0% with a harm suffered (けがをした) against none (けがはなく, 被害は確認されていない); 86.0%
    // (178/207) with names written with ノ and names one character off.
    // Both rounds merged: 86.0% (178/207) / 7.7% (11/142).
    assertFloor(counts['both sets'], 0.93, 0.025, 'claims-holdout set13+set14');
  });

  it('claims-holdout set15 and set16 (a seventh pair written blind; development sets since the eighth pair was written)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set15',
      '--set',
      'set16',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 86.6% (174/201) / 19.8% (26/131) on main at 316fd38 by the session that wrote it,
    // once, after every label was committed; the same with the vfa7, vdet7 and english8 rounds merged
    // (their gains on development sets did not carry over to this pair: most of its false alarms are
    // paraphrases, 20 of 26). A development pair since the vdet8 round read its misses: 92.0% (185/201)
    // / 19.8% with eleven readings (docs/verifier.md, "General reading gaps found on set15 + set16").
    assertFloor(counts['both sets'], 0.955, 0.025, 'claims-holdout set15+set16');
  });

  it('claims-holdout set17 and set18 (an eighth pair written blind; development sets since the ninth)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set17',
      '--set',
      'set18',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 330);
    // First scored 80.4% (156/194) / 14.0% (19/136) on main at d536360 (the round's base with the
    // lead's English-weekday fix) by the lead, once, after every label was committed; 80.9% / 14.7% after
    // that round. A development pair since the ninth pair was written: 85.6% (166/194) / 5.1% (7/136)
    // after the vspeaker9, vfigure9 and vpolarity9 rounds read its errors; 87.1% (169/194) / 3.7%
    // (5/136) after the tenth round's.
    assertFloor(counts['both sets'], 0.93, 0.03, 'claims-holdout set17+set18');
  });

  it('claims-holdout set19 and set20 (a ninth pair written blind; development sets since the tenth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set19',
      '--set',
      'set20',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 333);
    // First scored 79.7% (153/192) / 11.3% (16/141) by the lead on the round's base (20cd408), after
    // every label was committed; 80.2% (154/192) / 10.6% (15/141) after the round's merges. A
    // development pair since the tenth round, whose helpers read its errors: 84.4% (162/192) / 7.1%
    // (10/141) after that round.
    assertFloor(counts['both sets'], 0.915, 0.05, 'claims-holdout set19+set20');
  });

  it('claims-holdout set21 and set22 (a tenth pair written blind; development sets since the eleventh round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set21',
      '--set',
      'set22',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 354);
    // First scored 86.7% (170/196) / 11.4% (18/158) by the lead on the tenth round's base (0a5ea73),
    // after every label was committed, before any of that round's changes; 87.2% (171/196) / 11.4%
    // (18/158) on the final tree of that round. A development pair since the eleventh round.
    assertFloor(counts['both sets'], 0.865, 0.115, 'claims-holdout set21+set22');
  });

  it('claims-holdout set23 and set24 (an eleventh pair written blind; development sets since the twelfth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set23',
      '--set',
      'set24',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 343);
    // First scored 89.4% (177/198) / 13.1% (19/145) by the lead on the eleventh round's base
    // (29d4ff7), after every label was committed, before any of that round's changes; 89.4% (177/198)
    // / 12.4% (18/145) on the final tree of that round. A development pair since the twelfth round.
    assertFloor(counts['both sets'], 0.95, 0.05, 'claims-holdout set23+set24');
  });

  it('claims-holdout set25 and set26 (a twelfth pair written blind; development sets since the thirteenth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set25',
      '--set',
      'set26',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 344);
    // First scored 80.8% (160/198) / 11.0% (16/146) by the lead on the twelfth round's base
    // (b00678e), after every label was committed, before any of that round's changes; 81.3% (161/198) /
    // 11.0% (16/146) on the thirteenth round's base after its first merges. A development pair since then.
    assertFloor(counts['both sets'], 0.91, 0.035, 'claims-holdout set25+set26');
  });

  it('claims-holdout set27 and set28 (a thirteenth pair written blind; development sets since the fourteenth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set27',
      '--set',
      'set28',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 316);
    // First scored 79.7% (141/177) / 10.8% (15/139) by the lead on the thirteenth round's base
    // (0ecaa58), after every label was committed, before any of that round's changes; 80.2% (142/177) /
    // 10.8% (15/139) on the final tree of that round. A development pair since the fourteenth round.
    assertFloor(counts['both sets'], 0.915, 0.045, 'claims-holdout set27+set28');
  });

  it('claims-holdout set29 and set30 (a fourteenth pair written blind; development sets since the fifteenth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set29',
      '--set',
      'set30',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 341);
    // First scored 82.6% (152/184) / 8.9% (14/157) by the lead on the fourteenth round's base
    // (4ca69ee), after every label was committed, before any of that round's changes; 82.6% (152/184) /
    // 8.3% (13/157) on the final tree of that round. A development pair since the fifteenth round.
    assertFloor(counts['both sets'], 0.91, 0.035, 'claims-holdout set29+set30');
  });

  it('claims-holdout set31 and set32 (a fifteenth pair written blind; development sets since the sixteenth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set31',
      '--set',
      'set32',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 337);
    // First scored 81.2% (151/186) / 14.6% (22/151) by the lead on the fifteenth round's base
    // (8799b18), after every label was committed, before any of that round's changes; the same on the
    // final tree of that round. A development pair since the sixteenth round.
    assertFloor(counts['both sets'], 0.92, 0.09, 'claims-holdout set31+set32');
  });

  it('claims-holdout set33 and set34 (a sixteenth pair written blind; development sets since the seventeenth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set33',
      '--set',
      'set34',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 341);
    // First scored 83.2% (153/184) / 14.6% (23/157) by the lead on the sixteenth round's base
    // (502e761), after every label was committed, before any of that round's changes; 83.7% / 14.6%
    // on the final tree of that round. A development pair since the seventeenth round.
    assertFloor(counts['both sets'], 0.895, 0.055, 'claims-holdout set33+set34');
  });

  it('claims-holdout set35 and set36 (a seventeenth pair written blind; a development pair since the eighteenth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set35',
      '--set',
      'set36',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 338);
    // First scored 84.9% (158/186) / 7.2% (11/152) by the lead on the seventeenth round's base
    // (7403d5a), after every label was committed, before any of that round's changes; 85.5% (159/186)
    // / 7.2% at the end of that round.
    assertFloor(counts['both sets'], 0.935, 0.02, 'claims-holdout set35+set36');
  });

  it('claims-holdout set37 and set38 (an eighteenth pair written blind; a development pair since the nineteenth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set37',
      '--set',
      'set38',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 336);
    // First scored 77.2% (142/184) / 20.4% (31/152) by the lead on the eighteenth round's base
    // (5a4bf75), after every label was committed, before any of that round's changes; unchanged at the
    // end of that round.
    assertFloor(counts['both sets'], 0.91, 0.04, 'claims-holdout set37+set38');
  });

  it('claims-holdout set39 and set40 (a nineteenth pair written blind; a development pair since the twentieth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set39',
      '--set',
      'set40',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 341);
    // First scored 83.2% (153/184) / 12.7% (20/157) by the lead on the nineteenth round's base
    // (7af65b0), after every label was committed, before any of that round's changes; 83.7% (154/184)
    // / 12.7% at the end of that round; 85.3% (157/184) / 10.8% (17/157) at the end of the twentieth,
    // its first as a development pair.
    assertFloor(counts['both sets'], 0.9, 0.035, 'claims-holdout set39+set40');
  });

  it('claims-holdout set41 and set42 (a twentieth pair written blind; a development pair since the twenty-first round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set41',
      '--set',
      'set42',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 340);
    // First scored 83.9% (156/186) / 12.3% (19/154) by the lead on the twentieth round's base
    // (1b5a1e7), after every label was committed, before any of that round's changes; unchanged at the
    // end of that round.
    assertFloor(counts['both sets'], 0.93, 0.05, 'claims-holdout set41+set42');
  });

  it('claims-holdout set43 and set44 (a twenty-first pair written blind; a development pair since the twenty-second round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set43',
      '--set',
      'set44',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 334);
    // First scored 78.6% (143/182) / 15.1% (23/152) by the lead on the twenty-first round's base
    // (b2f3be8), after every label was committed, before any of that round's changes; unchanged at the
    // end of that round; 87.9% (160/182) / 13.2% (20/152) at the end of the twenty-second, its first as a
    // development pair.
    assertFloor(counts['both sets'], 0.92, 0.06, 'claims-holdout set43+set44');
  });

  it('claims-holdout set45 and set46 (a twenty-second pair written blind; a development pair since the twenty-third round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set45',
      '--set',
      'set46',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 344);
    // First scored 77.7% (146/188) / 12.8% (20/156) by the lead on the twenty-second round's base
    // (cf31094), after every label was committed, before any of that round's changes; 79.8% (150/188) /
    // 12.8% at the end of that round (partly selected: a helper saw it before the lead kept a change);
    // 83.5% (157/188) / 9.6% (15/156) at the end of the twenty-third, its first as a development pair.
    assertFloor(counts['both sets'], 0.87, 0.04, 'claims-holdout set45+set46');
  });

  it('claims-holdout set47 and set48 (a twenty-third pair written blind; a development pair since the twenty-fourth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set47',
      '--set',
      'set48',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 334);
    // First scored 81.3% (148/182) / 11.2% (17/152) by the lead on the twenty-third round's base
    // (c0414f0), after every label was committed, before any of that round's changes; 81.9% (149/182) /
    // 10.5% (16/152) at the end of that round (main d430770); 86.3% (157/182) / 7.2% (11/152) at the end of
    // the twenty-fourth, its first as a development pair.
    assertFloor(counts['both sets'], 0.935, 0.06, 'claims-holdout set47+set48');
  });

  it('claims-holdout set49 and set50 (a twenty-fourth pair written blind; development sets since the twenty-fifth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set49',
      '--set',
      'set50',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 84.1% (153/182) / 13.3% (20/150) by the lead on the twenty-fourth round's base
    // (d430770), after every label was committed, before any of that round's changes; 84.6% (154/182) /
    // 13.3% (20/150) at the end of that round (main 8df5db7); 92.3% (168/182) / 9.3% (14/150) at the end of
    // the twenty-fifth, its first as a development pair.
    assertFloor(counts['both sets'], 0.97, 0.055, 'claims-holdout set49+set50');
  });

  it('claims-holdout set51 and set52 (a twenty-fifth pair written blind; development sets since the twenty-sixth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set51',
      '--set',
      'set52',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 334);
    // First scored 85.7% (156/182) / 10.5% (16/152) by the lead on the twenty-fifth round's base
    // (8df5db7), after every label was committed, before any of that round's changes; 87.9% (160/182) /
    // 10.5% (16/152) at the end of that round (main d3c3f15); 91.2% (166/182) / 5.9% (9/152) at the end of
    // the twenty-sixth, its first as a development pair.
    assertFloor(counts['both sets'], 0.945, 0.04, 'claims-holdout set51+set52');
  });

  it('claims-holdout set53 and set54 (a twenty-sixth pair written blind; development sets since the twenty-seventh round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set53',
      '--set',
      'set54',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 77.5% (141/182) / 6.7% (10/150) by the lead on the twenty-sixth round's base
    // (d3c3f15), after every label was committed, before any of that round's changes; 78.6% (143/182) /
    // 6.7% (10/150) at the end of that round (main d1e5a88); 85.7% (156/182) / 5.3% (8/150) at the end of
    // the twenty-seventh round, as a development pair; 86.3% (157/182) / 3.3% (5/150) at the end of the
    // twenty-eighth; 88.5% (161/182) / 3.3% (5/150) at the end of the thirtieth.
    assertFloor(counts['both sets'], 0.945, 0.03, 'claims-holdout set53+set54');
  });

  it('claims-holdout set55 and set56 (a twenty-seventh pair written blind; development sets since the twenty-eighth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set55',
      '--set',
      'set56',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 335);
    // First scored 85.2% (155/182) / 7.2% (11/153) by the lead on the twenty-seventh round's base
    // (d1e5a88), after every label was committed, before any of that round's changes; identical at that
    // round's end (main 5005237); 89.6% (163/182) / 5.2% (8/153) at the end of the twenty-eighth round, as a
    // development pair; 90.1% (164/182) / 4.6% (7/153) at the end of the twenty-ninth; 91.2% (166/182) /
    // 4.6% (7/153) at the end of the thirtieth.
    assertFloor(counts['both sets'], 0.945, 0.035, 'claims-holdout set55+set56');
  });

  it('claims-holdout set57 and set58 (a twenty-eighth pair written blind; development sets since the twenty-ninth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set57',
      '--set',
      'set58',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 334);
    // First scored 89.6% (163/182) / 7.2% (11/152) by the lead on the twenty-eighth round's base
    // (5005237), after every label was committed, before any of that round's changes; 89.6% / 6.6%
    // (10/152) at that round's end (main d23db24); 89.6% / 4.6% (7/152) at the end of the twenty-ninth, as a
    // development pair; 94.0% (171/182) / 3.3% (5/152) at the end of the thirtieth.
    assertFloor(counts['both sets'], 0.965, 0.015, 'claims-holdout set57+set58');
  });

  it('claims-holdout set59 and set60 (a twenty-ninth pair written blind; development sets since the thirtieth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set59',
      '--set',
      'set60',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 333);
    // First scored 89.5% (162/181) / 9.9% (15/152) by the lead on the twenty-ninth round's base
    // (d23db24), after every label was committed, before any of that round's changes; unchanged at that
    // round's end (main 1b65a64); 93.4% (169/181) / 7.2% (11/152) at the end of the thirtieth, as a
    // development pair; 95.0% (172/181) / 7.2% (11/152) at the end of the thirty-first.
    assertFloor(counts['both sets'], 0.965, 0.04, 'claims-holdout set59+set60');
  });

  it('claims-holdout set61 and set62 (a thirtieth pair written blind; development sets since the thirty-first round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set61',
      '--set',
      'set62',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 86.1% (155/180) / 5.3% (8/152) by the lead on the thirtieth round's base
    // (1b65a64), after every label was committed, before any of that round's changes; 87.2% (157/180) /
    // 5.3% (8/152) at that round's end (main b379a0e); 88.9% (160/180) / 3.3% (5/152) at the end of the
    // thirty-first, as a development pair.
    assertFloor(counts['both sets'], 0.96, 0.03, 'claims-holdout set61+set62');
  });

  it('claims-holdout set63 and set64 (a thirty-first pair written blind; development sets since the thirty-second round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set63',
      '--set',
      'set64',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 86.1% (155/180) / 7.2% (11/152) by the lead on the thirty-first round's base
    // (b379a0e), after every label was committed, before any of that round's changes; 86.7% (156/180) /
    // 7.2% (11/152) at that round's end (main 3194d9a).
    assertFloor(counts['both sets'], 0.955, 0.055, 'claims-holdout set63+set64');
  });

  it('claims-holdout set65 and set66 (a thirty-second pair written blind; development sets since the thirty-third round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set65',
      '--set',
      'set66',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 82.8% (149/180) / 9.2% (14/152) by the lead on the thirty-second round's base
    // (3194d9a), after every label was committed, before any of that round's changes; 83.3% (150/180) /
    // 9.2% (14/152) at that round's end (main 7e97455); 86.1% (155/180) / 6.6% (10/152) at the thirty-third's.
    assertFloor(counts['both sets'], 0.915, 0.06, 'claims-holdout set65+set66');
  });

  it('claims-holdout set67 and set68 (a thirty-third pair written blind; development sets since the thirty-fourth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set67',
      '--set',
      'set68',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 85.6% (154/180) / 19.7% (30/152) by the lead on the thirty-third round's base
    // (7e97455), after every label was committed, before any of that round's changes; 85.6% (154/180) /
    // 19.1% (29/152) at that round's end (vcm34's reading of who tells a source sentence's account; main
    // 7a1ddeb); 88.3% (159/180) / 18.4% (28/152) at the thirty-fourth's, as a development pair.
    assertFloor(counts['both sets'], 0.905, 0.155, 'claims-holdout set67+set68');
  });

  it('claims-holdout set69 and set70 (a thirty-fourth pair written blind; development sets since the thirty-fifth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set69',
      '--set',
      'set70',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 86.1% (155/180) / 6.6% (10/152) by the lead on the thirty-fourth round's base
    // (7a1ddeb), after every label was committed, before any of that round's changes; 86.1% (155/180) /
    // 6.6% (10/152) at that round's end (main 61201631); 92.8% (167/180) / 5.3% (8/152) at the
    // thirty-fifth's, as a development pair.
    assertFloor(counts['both sets'], 0.935, 0.035, 'claims-holdout set69+set70');
  });

  it('claims-holdout set71 and set72 (a thirty-fifth pair written blind; development sets since the thirty-sixth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set71',
      '--set',
      'set72',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 86.1% (155/180) / 14.5% (22/152) by the lead on the thirty-fifth round's base
    // (61201631), after every label was committed, before any of that round's changes; unchanged at
    // that round's end (main ef678c9d).
    assertFloor(counts['both sets'], 0.925, 0.1, 'claims-holdout set71+set72');
  });

  it('claims-holdout set73 and set74 (a thirty-sixth pair written blind; development sets since the thirty-seventh round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set73',
      '--set',
      'set74',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 80.6% (145/180) / 6.6% (10/152) by the lead on the thirty-sixth round's base
    // (ef678c9d), after every label was committed, before any of that round's changes; unchanged at
    // that round's end (main 6170f7f3).
    assertFloor(counts['both sets'], 0.835, 0.04, 'claims-holdout set73+set74');
  });

  it('claims-holdout set75 and set76 (a thirty-seventh pair written blind; development sets since the thirty-eighth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set75',
      '--set',
      'set76',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 84.4% (152/180) / 13.2% (20/152) by the lead on the thirty-seventh round's base
    // (6170f7f3), after every label was committed, before any of that round's changes; unchanged at
    // that round's end (main 4e6cde25).
    assertFloor(counts['both sets'], 0.875, 0.12, 'claims-holdout set75+set76');
  });

  it('claims-holdout set77 and set78 (a thirty-eighth pair written blind; development sets since the thirty-ninth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set77',
      '--set',
      'set78',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 78.9% (142/180) / 11.2% (17/152) by the lead on the thirty-eighth round's base
    // (4e6cde25), after every label was committed, before any of that round's changes; unchanged at
    // that round's end (main 2f34b9ad).
    assertFloor(counts['both sets'], 0.805, 0.075, 'claims-holdout set77+set78');
  });

  it('claims-holdout set79 and set80 (a thirty-ninth pair written blind; development sets since the fortieth round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set79',
      '--set',
      'set80',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 84.4% (152/180) / 12.5% (19/152) by the lead on the thirty-ninth round's base
    // (2f34b9ad), after every label was committed, before any of that round's changes; unchanged at
    // that round's end (main 47d93ad3).
    assertFloor(counts['both sets'], 0.87, 0.11, 'claims-holdout set79+set80');
  });

  it('claims-holdout set81 and set82 (a fortieth pair written blind; development sets since the forty-first round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set81',
      '--set',
      'set82',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 86.7% (156/180) / 9.2% (14/152) by the lead on the fortieth round's base
    // (47d93ad3), after every label was committed, before any of that round's changes; unchanged at
    // that round's end (main a1ec9830).
    assertFloor(counts['both sets'], 0.88, 0.08, 'claims-holdout set81+set82');
  });

  it('claims-holdout set83 and set84 (a forty-first pair written blind; development sets since the forty-second round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set83',
      '--set',
      'set84',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 85.0% (153/180) / 22.4% (34/152) by the lead on the forty-first round's base
    // (a1ec9830), after every label was committed, before any of that round's changes; unchanged at
    // that round's end (main b3a3a319).
    assertFloor(counts['both sets'], 0.88, 0.165, 'claims-holdout set83+set84');
  });

  it('claims-holdout set85 and set86 (a forty-second pair written blind; development sets since the forty-third round)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set85',
      '--set',
      'set86',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 80.0% (144/180) / 14.5% (22/152) by the lead on the forty-second round's base
    // (b3a3a319), after every label was committed, before any of that round's changes; unchanged at
    // that round's end (main c9644103).
    assertFloor(counts['both sets'], 0.805, 0.145, 'claims-holdout set85+set86');
  });

  it('claims-holdout set87 and set88 (a forty-third pair written blind; held out: totals only)', async () => {
    const counts = await score([
      join(REPO, 'test', 'fixtures', 'claims-holdout'),
      '--set',
      'set87',
      '--set',
      'set88',
    ]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 332);
    // First scored 80.6% (145/180) / 9.9% (15/152) by the lead on the forty-third round's base
    // (c9644103), after every label was committed, before any of that round's changes.
    assertFloor(counts['both sets'], 0.805, 0.1, 'claims-holdout set87+set88');
  });

  it('claims-dev, both sets', { skip: claimsDev.skip }, async () => {
    const counts = await score([claimsDev.path]);
    assert.equal((counts['both sets']?.unsupported ?? 0) + (counts['both sets']?.supported ?? 0), 310);
    assertFloor(counts['both sets'], 0.965, 0.03, 'claims-dev');
  });
});
