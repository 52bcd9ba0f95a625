import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Tense (docs/verifier.md): an act a source gives only in the non-past, as its
// sentence's own predicate, is still to come; a claim that puts it in the past says it was done.
// Invented pages.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

/** An invented one-outlet page with these paragraphs (test/support/invented-document.ts). */
const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-07-02T09:00:00+09:00' });

function tenseFindings(text: string, document: Document): string[] {
  return checkClaim(text, [understanding.of(document)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.params?.kind === 'tense')
    .map((finding) => finding.message);
}

describe('checkClaim: an act to come stated as done', () => {
  const survey = () =>
    page('西浦市、ため池の水質調べる', [
      '西浦市は1日、市内のため池で水質の調査を始めた。結果は来月にも公表する。',
      '市によると、周辺の農家への説明会は7月20日に開きます。',
      '市の担当者は、ため池の水位も調べている。',
      '農協によると、今年の米の出荷量は3割近く減った。',
    ]);

  it('flags a past act that the source, read with the sentence before it, gives as to come', () => {
    const found = tenseFindings('西浦市は、ため池の水質の調査の結果を公表した。', survey());
    assert.equal(found.length, 1);
    assert.match(found[0] ?? '', /公表/u);
    assert.equal(tenseFindings('西浦市は、周辺の農家への説明会を開いた。', survey()).length, 1);
  });

  it('keeps the act restated as to come, an act done, the progressive and a voiced past (減った / 落ち込んだ)', () => {
    assert.deepEqual(tenseFindings('西浦市は、ため池の水質の調査の結果を来月にも公表する。', survey()), []);
    assert.deepEqual(tenseFindings('西浦市は、市内のため池で水質の調査を始めました。', survey()), []);
    assert.deepEqual(tenseFindings('西浦市の担当者は、ため池の水位を調べた。', survey()), []);
    const harvest = page('米の出荷量が落ち込む', ['農協によると、今年の米の出荷量は3割近く落ち込んだ。']);
    assert.deepEqual(tenseFindings('農協によると、今年の米の出荷量は3割近く落ち込みました。', harvest), []);
  });

  it('keeps words said in the past that the source reports in the narrative present (「…」と話す)', () => {
    const said = page('ため池の管理、課題', [
      '西浦市農政課の森田涼子課長は「ため池の管理が今後のかぎになる」と説明する。',
      '農家の男性は、水が足りなくなるのが心配だと話す。',
    ]);
    assert.deepEqual(tenseFindings('森田涼子課長は、ため池の管理が今後のかぎになると説明した。', said), []);
    assert.deepEqual(tenseFindings('農家の男性は、水が足りなくなるのが心配だと話した。', said), []);
  });

  it('reads the non-past as to come only where the sentence places the act ahead', () => {
    const now = page('ため池の水位', [
      '農家はため池の水位の低下を懸念する。',
      '市は7月10日、ため池の点検を行う。',
    ]);
    // 懸念する says what holds now; 7月10日 is after the page's date (2026-07-02).
    assert.deepEqual(tenseFindings('農家は、ため池の水位の低下を懸念した。', now), []);
    assert.equal(tenseFindings('市は、ため池の点検を行った。', now).length, 1);
    // 近く as a place (ため池近くの) is not a time to come.
    const near = page('ため池の見回り', ['ため池近くの住民は、毎朝ため池の周りを見回る。']);
    assert.deepEqual(tenseFindings('ため池近くの住民は、毎朝ため池の周りを見回った。', near), []);
  });

  it('leaves a headline’s non-past alone: headlines state done acts in the non-past', () => {
    const flood = page('大雨で西浦川があふれる', ['西浦市では2日朝、大雨で住宅の浸水が相次いだ。']);
    assert.deepEqual(tenseFindings('大雨で西浦川があふれた。', flood), []);
  });
});

describe('checkClaim: an act set by a deadline, reported or planned, stated as done', () => {
  const repairs = () =>
    page('東浜町、水門を点検へ', [
      '東浜町は1日、町内にある8か所の水門すべてを今月中に点検すると発表した。',
      '町は、住民への説明会を年内に開く予定だ。',
      '町によると、浸水した住宅の所有者には月末までに個別に連絡するという。',
      '町は同日、水門の操作を委託している業者と協議した。',
    ]);

  it('flags a past act the source sets within a period still running (今月中に, 年内に, 月末までに)', () => {
    assert.equal(tenseFindings('東浜町は、浸水した住宅の所有者に個別に連絡した。', repairs()).length, 1);
    assert.equal(tenseFindings('東浜町は、住民への説明会を開いた。', repairs()).length, 1);
    assert.equal(tenseFindings('東浜町は、町内の水門すべてを点検した。', repairs()).length, 1);
  });

  it('reads a verb of finishing as the act its noun names (点検を終えた → 点検した)', () => {
    assert.equal(tenseFindings('東浜町は、町内8か所の水門の点検を終えた。', repairs()).length, 1);
  });

  it('keeps the act restated as to come, and an act the page gives as done', () => {
    assert.deepEqual(tenseFindings('東浜町は、町内8か所の水門を今月中に点検する。', repairs()), []);
    assert.deepEqual(tenseFindings('東浜町は、水門の操作を委託している業者と協議した。', repairs()), []);
    const done = page('東浜町、水門の点検終える', [
      '東浜町は1日、町内にある8か所の水門すべての点検を終えた。',
    ]);
    assert.deepEqual(tenseFindings('東浜町は、町内8か所の水門を点検した。', done), []);
  });
});

describe('checkClaim: an act dated after every listed page, stated as done (vxl23)', () => {
  // An English page of 2 July: the fair is still to come on the 18th and 19th.
  const fair: Document = {
    ...inventedDocument(
      's1',
      'Kitaura fair set for July',
      [
        'The Kitaura summer fair, scheduled for July 18 and 19, will go ahead, a city official said on Wednesday.',
      ],
      { publishedAt: '2026-07-02T09:00:00+09:00' },
    ),
    lang: 'en',
  };

  it('flags a past act whose own date lies after the page was written', () => {
    const found = tenseFindings('北浦市の夏まつりは7月18日と19日に開かれた。', fair);
    assert.equal(found.length, 1);
    assert.match(found[0] ?? '', /7月18日/u);
  });

  it('keeps the act to come, a date set or postponed to, a time limit and a date of another verb', () => {
    assert.deepEqual(tenseFindings('北浦市の夏まつりは7月18日と19日に開かれる予定だ。', fair), []);
    assert.deepEqual(tenseFindings('北浦市の夏まつりの日程は7月18日に決まった。', fair), []);
    assert.deepEqual(tenseFindings('北浦市は夏まつりを7月18日に延期した。', fair), []);
    assert.deepEqual(tenseFindings('北浦市は受け付けを7月18日まで延ばした。', fair), []);
    assert.deepEqual(tenseFindings('北浦市は夏まつりを7月18日に開くと発表した。', fair), []);
  });
});

describe('checkClaim: an act intended or decided on (…することにしている), stated as done', () => {
  const intended = () =>
    page('倉庫の屋根崩落', [
      '北浜町の倉庫で2日、屋根が崩れ、作業員1人が軽いけがをした。',
      '消防は、屋根の骨組みの強度について、町から資料を受け取ることにしています。',
      '運送会社は、来週にも別の倉庫で屋根を点検することにした。',
      '町の担当者は、毎月、倉庫の見回りを続けることにしている。',
    ]);

  it('flags a past act the source gives as intended, with or without a word of time to come', () => {
    assert.equal(
      tenseFindings('消防は、屋根の骨組みの強度について、町から資料を受け取りました。', intended()).length,
      1,
    );
    assert.equal(tenseFindings('運送会社は、別の倉庫で屋根を点検した。', intended()).length, 1);
  });

  it('keeps the intention restated, and a decision with no time to come (ことにした alone)', () => {
    assert.deepEqual(
      tenseFindings('消防は、屋根の骨組みの強度について、町から資料を受け取ることにしている。', intended()),
      [],
    );
    const decided = page('倉庫の屋根崩落', ['運送会社は、別の倉庫でも屋根を点検することにした。']);
    assert.deepEqual(tenseFindings('運送会社は、別の倉庫でも屋根を点検した。', decided), []);
  });
});

describe('checkClaim: an act of a verbal noun ending the sentence in the non-past, stated as done', () => {
  const inspection = () =>
    page('北見台町、用水路の柵を調べる', [
      '北見台町は、町内にある用水路の柵をすべて点検する。',
      '町は水路に沿って約四十か所の柵を管理する。',
      'この件について、町は住民に説明を予定する。',
      '訂正します。',
    ]);

  it('flags a past act a source gives, undated, in the non-past as its sentence end', () => {
    const found = tenseFindings('北見台町は、町内にある用水路の柵をすべて点検した。', inspection());
    assert.equal(found.length, 1);
    assert.match(found[0] ?? '', /点検/u);
  });

  it('keeps the act restated as to come, a standing duty (管理する), and a page performing its words', () => {
    assert.deepEqual(tenseFindings('北見台町は、町内にある用水路の柵をすべて点検する。', inspection()), []);
    assert.deepEqual(tenseFindings('北見台町は、水路に沿って約四十か所の柵を管理した。', inspection()), []);
    assert.deepEqual(tenseFindings('記事は柵の数を訂正した。', inspection()), []);
  });
});

describe('checkClaim: the act of a light verb (行う, 実施する) is its verbal noun’s (the vmod35 round)', () => {
  const belfry = () =>
    page('北浜町、鐘楼を診断へ', [
      '北浜町は、築百年の鐘楼の耐震診断を行う。',
      '町は、近く鐘楼に立ち入り調査をする予定だ。',
      '町は鐘楼の見学を無料とし、鐘の綱の交換を行う。',
      '町は6月、鐘楼の屋根の清掃を行った。',
    ]);

  it('flags a past light verb whose verbal noun the source gives, undated, as an act to come', () => {
    assert.equal(tenseFindings('北浜町は、鐘楼の耐震診断を行った。', belfry()).length, 1);
  });

  it('reads 実施した for the source’s 行う, and a verbal noun with する by the tense of its する', () => {
    assert.equal(tenseFindings('北浜町は、鐘楼の立ち入り調査を実施した。', belfry()).length, 1);
  });

  it('reads a sentence the reporting pattern takes for hearsay (無料とし、) as the act to come it is', () => {
    assert.equal(tenseFindings('北浜町は、鐘の綱の交換を行った。', belfry()).length, 1);
  });

  it('keeps a light verb the source tells done, and the act restated as to come', () => {
    assert.deepEqual(tenseFindings('北浜町は、鐘楼の屋根の清掃を実施した。', belfry()), []);
    assert.deepEqual(tenseFindings('北浜町は、鐘楼の耐震診断を行う。', belfry()), []);
  });
});
