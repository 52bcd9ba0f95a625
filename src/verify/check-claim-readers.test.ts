import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// What the readers under the checks (coreference, kanji numerals, two-digit years, outlet names)
// let a claim rest on, on invented pages: a fictional bicycle maker's recall and a town council.

const documentOf = (id: string, siteName: string, title: string, paragraphs: readonly string[]) =>
  inventedDocument(id, title, paragraphs, { siteName, publishedAt: '2026-03-10T09:00:00+09:00' });

const RECALL = documentOf('a', '北浦日日新聞', '若葉自転車、電動自転車を回収　電池が過熱', [
  '自転車メーカーの若葉自転車（本社・北浦市）は9日、2022年4月から23年3月までに製造した電動自転車約3万台を回収すると発表した。',
  '同社によると、電池が過熱する事故が5件あった。',
  '同社は12日から専用の窓口を設け、受付時間は午後6時までとする。',
  '会見には若葉自転車の山崎秀樹社長と、北浦市の石田真理市長が出席した。',
  '同社長は「利用者に心からおわびする」と述べた。',
]);

const COUNCIL = documentOf('b', '北浦タイムス', '北浦町議選、投票率は過去最低', [
  '北浦町議会（定数十六）の選挙は8日に投開票され、投票率は四八・二六％で、前回を三ポイント余り下回った。',
  '町選挙管理委員会によると、当日有権者数は1万2408人だった。',
]);

const WASTE = documentOf('c', '北浦タイムス', '北浦町、ごみ袋を有料に', [
  '県内では、十五市町村のうち七市町がすでに家庭ごみを有料にしている。',
  '指定袋の価格は一リットルあたり一円程度とする。',
]);

const errorsOf = describedErrorsAgainstOne();

describe('checkClaim on what the readers resolve', () => {
  it('lets a sentence that says 同社 back a claim that names the company', () => {
    assert.deepEqual(errorsOf('若葉自転車は3月12日から専用の窓口を設ける。', RECALL), []);
    assert.deepEqual(errorsOf('若葉自転車によると、電池が過熱する事故が5件あった。', RECALL), []);
  });

  it('gives a quote said by 同社長 to the president named before', () => {
    assert.deepEqual(errorsOf('山崎秀樹社長は「利用者に心からおわびする」と述べた。', RECALL), []);
    assert.ok(
      errorsOf('石田真理市長は「利用者に心からおわびする」と述べた。', RECALL).some((e) =>
        e.startsWith('quote.speaker'),
      ),
    );
  });

  it('reads 23年3月 after 2022年4月 as March 2023', () => {
    assert.deepEqual(
      errorsOf('回収の対象は2022年4月から2023年3月までに製造された電動自転車だ。', RECALL),
      [],
    );
    assert.ok(
      errorsOf('回収の対象は2022年4月から2024年3月までに製造された電動自転車だ。', RECALL).some((e) =>
        e.startsWith('support.date'),
      ),
    );
  });

  it('compares a clock time with the source’s time, not with its day', () => {
    assert.ok(
      errorsOf('若葉自転車の窓口の受付時間は午後8時までだ。', RECALL).some((e) =>
        e.startsWith('support.date'),
      ),
    );
  });

  it('reads kanji numerals without a counter and kanji decimals with 中黒', () => {
    assert.deepEqual(errorsOf('北浦町議会の定数は16だ。', COUNCIL), []);
    assert.deepEqual(errorsOf('北浦町議選の投票率は48.26％で、前回を3ポイント余り下回った。', COUNCIL), []);
    assert.ok(
      errorsOf('北浦町議選の投票率は48.62％だった。', COUNCIL).some((e) => e.startsWith('support.number')),
    );
  });

  it('finds a figure the source writes with a lone kanji digit (一円程度, 七市町), and not another figure', () => {
    assert.deepEqual(errorsOf('指定袋の価格は1リットルあたり1円程度だ。', WASTE), []);
    assert.deepEqual(errorsOf('県内の15市町村のうち、7市町がすでに家庭ごみを有料にしている。', WASTE), []);
    for (const claim of [
      '指定袋の価格は1リットルあたり2円程度だ。',
      '県内の15市町村のうち、8市町がすでに家庭ごみを有料にしている。',
    ])
      assert.ok(
        errorsOf(claim, WASTE).some((e) => e.startsWith('support.number')),
        claim,
      );
  });

  it('reads 月に1度 as the source’s 月1回 (a count of occasions), and not another count', () => {
    const CHECKS = documentOf('d', '北浦タイムス', '北浦町、橋の点検を強化', [
      '町は、町道の橋の点検を月1回行っている。',
    ]);
    assert.deepEqual(errorsOf('北浦町は町道の橋を月に1度点検している。', CHECKS), []);
    assert.ok(
      errorsOf('北浦町は町道の橋を月に2度点検している。', CHECKS).some((e) => e.startsWith('support.number')),
    );
  });

  it('flags a public body named with another level of government', () => {
    assert.deepEqual(errorsOf('町選挙管理委員会によると、当日有権者数は1万2408人だった。', COUNCIL), []);
    assert.ok(
      errorsOf('県選挙管理委員会によると、当日有権者数は1万2408人だった。', COUNCIL).some((e) =>
        e.startsWith('support.name'),
      ),
    );
  });

  it('takes the outlet’s own name as a name its page gives (who reported what)', () => {
    assert.deepEqual(errorsOf('北浦タイムスは、北浦町議選の投票率を48.26％と伝えている。', COUNCIL), []);
  });
});
