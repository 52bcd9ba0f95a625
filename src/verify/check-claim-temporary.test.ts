import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { japaneseMessage } from './finding-messages.ts';

// A temporary act no source bounds (the vadd44 round): 一時 written against a noun of an act (一時避難,
// 一時休館), 一時的, 当面 or しばらく says the act lasts a while and ends, which a claim adds where no
// listed page speaks of anything lasting a while, lifted or resumed. Invented pages: a landslide behind a hill
// village, in Japanese and in English, and a ferry pier whose service stopped and resumed.

const SLOPE = inventedDocument(
  'slope',
  '裏山の斜面が崩れる、けが人なし',
  [
    '梢原村で12日朝、集落の裏山の斜面が幅およそ20メートル崩落した。',
    '村によると、土砂は村道の脇の畑に流れ込み、負傷者は出なかった。',
    '村は13日、大学の研究者に現地の調査を依頼する。',
  ],
  { publishedAt: '2026-10-12T18:00:00+09:00' },
);

const SLOPE_EN: Document = {
  ...inventedDocument(
    'slope-en',
    'Hillside gives way behind Kozuehara village',
    [
      'A hillside behind a settlement in Kozuehara village gave way on Monday morning, the village said.',
      'Soil flowed into a field beside a village road, and no one was hurt.',
    ],
    { publishedAt: '2026-10-12T18:00:00+09:00', siteName: 'Kozuehara Times' },
  ),
  lang: 'en',
};

const PIER = inventedDocument(
  'pier',
  '連絡船の桟橋に亀裂、運航を見合わせ',
  [
    '霞ノ浦汽船は20日、桟橋の床に亀裂が見つかったため、連絡船の運航を見合わせたと発表した。',
    '点検の結果、安全に問題がないとして、21日午後に運航を再開した。',
  ],
  { publishedAt: '2026-10-21T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsTemporary = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('adds that an act was temporary'));

describe('checkClaim: a temporary act no source bounds', () => {
  it('flags a temporary evacuation no sentence speaks of (一時避難した)', () => {
    const errors = errorsOf('斜面が崩れた後、集落の住民が一時避難した。', SLOPE);
    assert.ok(addsTemporary(errors), errors.join('\n'));
  });

  it('flags a temporary closure told with 一時的に', () => {
    const errors = errorsOf('斜面が崩れたため、村道は一時的に通行止めになった。', SLOPE);
    assert.ok(addsTemporary(errors), errors.join('\n'));
  });

  it('flags an act bounded with 当面の間 or しばらく that no sentence speaks of', () => {
    const errors = errorsOf('梢原村は、当面の間、村道の通行を止める。', SLOPE);
    assert.ok(addsTemporary(errors), errors.join('\n'));
    const other = errorsOf('梢原村は、裏山の畑の耕作をしばらく休む。', SLOPE);
    assert.ok(addsTemporary(other), other.join('\n'));
  });

  it('leaves 当面の課題 (the task at hand) and しばらくして (after a while)', () => {
    assert.ok(!addsTemporary(errorsOf('村の当面の課題は、崩れた斜面を調べることだ。', SLOPE)));
    assert.ok(!addsTemporary(errorsOf('斜面はしばらくして再び崩れた。', SLOPE)));
  });

  it('flags a temporary act against an English page that bounds nothing', () => {
    const errors = errorsOf('斜面が崩れた後、集落の住民が一時避難した。', SLOPE_EN);
    assert.ok(addsTemporary(errors), errors.join('\n'));
  });

  it('keeps a temporary stop a page ends (運航を再開した)', () => {
    const errors = errorsOf('霞ノ浦汽船は、桟橋の亀裂を受けて連絡船を一時運休した。', PIER);
    assert.ok(!addsTemporary(errors), errors.join('\n'));
  });

  it('leaves 一時 as "at one time" before a quotation, and 一時 before a number', () => {
    assert.ok(!addsTemporary(errorsOf('村は崩れた幅を一時「約30メートル」と伝えていた。', SLOPE)));
    assert.ok(!addsTemporary(errorsOf('崩れた斜面の幅は一時20メートルに達した。', SLOPE)));
  });

  it('keeps a temporary act the claim denies (一時避難しなかった)', () => {
    const errors = errorsOf('斜面が崩れた後も、集落の住民は一時避難しなかった。', SLOPE);
    assert.ok(!addsTemporary(errors), errors.join('\n'));
  });

  it('has a Japanese message of its own in the finding catalogue', () => {
    assert.equal(
      japaneseMessage({ code: 'support.addition', params: { kind: 'temporary', text: '一時' } }),
      '「一時」と一時的なことだとしていますが、どの出典も一時的なことや再開・解除に触れていません。',
    );
  });
});
