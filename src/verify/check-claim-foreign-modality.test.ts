import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// An act an English page gives only as meant (aims to, is expected to) or, for a claim in the past,
// still to come (would, will): invented pages about a fictional town and its ferry operator.

function englishPage(title: string, sentence: string): Document {
  return {
    id: 's1',
    url: 'https://harbor-wire.example/story',
    title,
    siteName: 'Harbor Wire',
    lang: 'en',
    text: `${title}\n\n${sentence}`,
    titleSpan: [0, title.length],
    contentHash: `sha256:${'e'.repeat(64)}`,
    publishedAt: '2026-05-20T09:00:00+09:00',
  };
}

const AIM = englishPage(
  'Ferry operator short of crews',
  'Minamo Ferry said on Tuesday it aims to hire 12 deckhands by the end of the year.',
);
const WOULD = englishPage(
  'Town to seek inspection of pier',
  'Mayor Keiko Arai said on Tuesday that the town of Minamo would ask the operator to inspect the pier.',
);
const ASKED = englishPage(
  'Town seeks inspection of pier',
  'Mayor Keiko Arai said the town of Minamo asked the operator on Tuesday to inspect the pier.',
);

const CONSIDER_ALLOW = englishPage(
  'Town weighs opening pier to anglers',
  'The town of Minamo is also considering allowing anglers to use the old pier on weekends.',
);
const ACKNOWLEDGED = englishPage(
  'Mayor defends pier fee',
  'Mayor Keiko Arai acknowledged that the fee would burden anglers, and officials hope the fee will allow a new railing.',
);
const HELP_PAY = englishPage(
  'Storm damages ferry terminal',
  'The town of Minamo said it would consider helping pay for the repairs to the terminal roof.',
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const modality = (text: string, page: Document): boolean =>
  claimErrors(understanding, text, [page])
    .map(described)
    .some((error) => error.startsWith('support.modality'));

describe('checkClaim: an act an English page gives only as meant or to come', () => {
  it('flags an aim stated as a plain fact', () => {
    assert.equal(modality('みなもフェリーは年末までに甲板員12人を採用する。', AIM), true);
  });

  it('keeps a claim that keeps the aim', () => {
    assert.equal(modality('みなもフェリーは年末までに甲板員12人の採用を目指している。', AIM), false);
  });

  it('flags an intention in reported speech stated as done, and keeps it stated as to come', () => {
    assert.equal(modality('みなも町は運航会社に桟橋の点検を求めた。', WOULD), true);
    assert.equal(modality('みなも町は運航会社に桟橋の点検を求める方針だ。', WOULD), false);
  });

  it('keeps an act the page states as done', () => {
    assert.equal(modality('みなも町は運航会社に桟橋の点検を求めた。', ASKED), false);
  });

  it('flags an allowance and a cost borne that the page gives only as under consideration', () => {
    assert.equal(modality('みなも町は週末に釣り人が古い桟橋を使うことを認めた。', CONSIDER_ALLOW), true);
    assert.equal(modality('みなも町はターミナルの屋根の修理費を負担する。', HELP_PAY), true);
    assert.equal(modality('みなも町はターミナルの屋根の修理費の負担を検討している。', HELP_PAY), false);
  });

  it('keeps an acknowledgement the page states as done', () => {
    assert.equal(modality('新井恵子市長は、料金が釣り人の負担になることを認めた。', ACKNOWLEDGED), false);
  });
});

// A verb the claim hedges itself inside a relative clause (〜ていたかもしれない世帯): the vxl27 round.
const MAY_HAVE = englishPage(
  'Town warns of wrong tax notices',
  'The town of Minamo is asking residents who may have received a wrong tax notice to call its tax office.',
);

describe('checkClaim: a verb the claim hedges itself, against an English page', () => {
  it('keeps a verb hedged by its own かもしれない, and still flags it stated flat', () => {
    assert.equal(
      modality(
        'みなも町は、誤った納税通知を受け取っていたかもしれない世帯に、税務課への電話を求めた。',
        MAY_HAVE,
      ),
      false,
    );
    assert.equal(modality('みなも町の住民は、誤った納税通知を受け取った。', MAY_HAVE), true);
  });
});

// The vxl29 round: an act carried by a completion verb (分析を終えた) and an open choice (whether to).
const PLAN_STUDY = englishPage(
  'Museum to study old scroll',
  'The museum plans to analyze the pigments of the old scroll next month.',
);
const WHETHER = englishPage(
  'Mountain trail stays closed',
  'The village will decide next week whether to reopen the mountain trail.',
);

describe('checkClaim: an act carried by a completion verb, and an open choice, on an English page', () => {
  it('flags an analysis said to be finished that the page gives only as planned', () => {
    assert.equal(modality('博物館は、古い巻物の顔料の分析をもう済ませた。', PLAN_STUDY), true);
    assert.equal(modality('博物館は来月、古い巻物の顔料を分析する計画だ。', PLAN_STUDY), false);
  });

  it('flags a reopening stated as settled that the page leaves to a decision to come', () => {
    assert.equal(modality('村は来週、登山道を再開する。', WHETHER), true);
    assert.equal(modality('村は、登山道を再開するか否かを来週判断する。', WHETHER), false);
    assert.equal(modality('村が登山道を再開するかどうかは、来週決まる。', WHETHER), false);
  });
});

// The vxl29 round: vocabulary of lending a thing and of a vehicle stopped at the roadside.
const LEND = englishPage(
  'City to weigh loaning bicycles',
  'The city said it might lend electric bicycles to older residents from next spring.',
);
const PULLED_OVER = englishPage(
  'Smoke stops a coach',
  'The coach driver pulled over when smoke rose from the engine. The operator said it would suspend its other coaches of that type.',
);

describe('checkClaim: lending and stopping at the roadside, read on an English page', () => {
  it('flags a loan stated as settled that the page gives only as possible', () => {
    assert.equal(modality('市は来春から、高齢の住民に電動自転車を貸し出す。', LEND), true);
    assert.equal(modality('市は来春から、高齢の住民に電動自転車を貸し出す可能性がある。', LEND), false);
  });

  it('keeps a stop at the roadside that the page states, beside a suspension to come', () => {
    assert.equal(
      modality('観光バスの運転手は、エンジンから煙が出たため車両を路肩に止めた。', PULLED_OVER),
      false,
    );
  });
});

// The page is of Wednesday 20 May 2026: its Sunday is the 24th. A claim telling an act of the 24th as
// done, whatever verb it words the act with, tells what the page gives as planned
// (planned-day-told-done.ts).
describe('an act of a day after the page, which the English page gives as planned', () => {
  const QUESTION = englishPage('Ferry ran aground off Minamo', 'Police will search the ferry on Sunday.');
  const RESUME = englishPage(
    'Ferry ran aground off Minamo',
    'Bus service to the port will resume on Sunday.',
  );
  const toldAsDone = (text: string, page: Document): boolean =>
    claimErrors(understanding, text, [page])
      .map(described)
      .some(
        (error) => error.startsWith('support.modality') && error.includes('a day after the listed pages'),
      );

  it('flags the act of that day told as done, in a verb the page does not gloss', () => {
    assert.ok(toldAsDone('警察は24日、フェリーの船内を調べた。', QUESTION));
  });

  it('leaves a day before the page, and a planned sentence that shares no word with the claim', () => {
    assert.ok(!toldAsDone('警察は19日、フェリーの船内を調べた。', QUESTION));
    assert.ok(!toldAsDone('警察は24日、フェリーの船内を調べた。', RESUME));
  });

  it('leaves a date that is another act’s (22日に…予定だった…を延期した)', () => {
    assert.ok(!toldAsDone('警察は20日、24日にフェリーの船内を調べる予定だと明らかにした。', QUESTION));
  });
});
