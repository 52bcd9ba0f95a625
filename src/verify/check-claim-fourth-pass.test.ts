import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { readSentence } from '../understand/read-sentence.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// False alarms, fourth pass (the vfa31 round, docs/verifier.md): readings of paraphrases that several
// writers share. Invented pages: a pottery studio's kiln, a town's museum, a bookshop, an island's
// ferry pier (in English), a railway's signal failure, a robbery at a general store.

const KILN = inventedDocument(
  'kiln',
  '陶芸工房の窯が故障',
  [
    '北浜町の陶芸工房「つちかぜ」で21日、電気窯が動かなくなった。',
    '窯を点検した職人の森川さんは「予熱を10分ほどしかしていないと、ひびに気づきにくい」と話した。',
  ],
  { publishedAt: '2026-06-22T09:00:00+09:00' },
);

const MUSEUM = inventedDocument(
  'museum',
  '南川町の郷土館、入館料を下げる',
  [
    '南川町は20日、夏休みの間に限って、郷土館の入館料を半額とした。',
    'しかし、町の住民の入館料は今も無料だ。',
  ],
  { publishedAt: '2026-06-21T09:00:00+09:00' },
);

const BOOKSHOP = inventedDocument(
  'bookshop',
  '東浜町唯一の書店、3月で閉店',
  ['東浜町で唯一の書店「ことのは堂」が、3月末で閉店する。店主の高齢が理由だという。'],
  { publishedAt: '2026-02-10T09:00:00+09:00' },
);

const FERRY_PIER: Document = {
  ...inventedDocument(
    'pier',
    'Storm damages Kitahama ferry pier',
    ['A storm on Friday damaged the only ferry pier on Kitahama Island, the village said.'],
    { publishedAt: '2026-09-13T09:00:00+09:00' },
  ),
  lang: 'en',
};

const RAILWAY = inventedDocument(
  'railway',
  '北浜鉄道、信号故障で運休',
  [
    '北浜電鉄（本社・南川市）の北浜線で12日朝、信号が故障し、上下線が約3時間止まった。',
    '北浜電鉄の社長は「沿線の皆さまに、長い時間、ご不便をかけ、深くおわびします」と話した。',
    '会社員の女性（34）は「止まった理由を、早く説明してほしい」と話した。',
    '同社は、南川中央総合病院のそばに、新しい駅を造る。',
  ],
  { publishedAt: '2026-04-13T09:00:00+09:00' },
);

const ROBBERY = inventedDocument(
  'robbery',
  '北浜町の雑貨店に強盗',
  [
    '北浜署によると、雑貨店の店員は、帽子の男が裏口から逃げたと証言しているという。',
    '同署は13日、近くにいた無職川辺五郎容疑者（45）を逮捕した。「金に困っていた」と話しているといい、同署が調べている。',
    '店長の森田早苗さんは「店員にけががなくてよかった」と話した。',
  ],
  { publishedAt: '2026-03-14T09:00:00+09:00' },
);

let understanding: Understanding;
let tokenizer: Awaited<ReturnType<typeof createTokenizer>>;

before(async () => {
  tokenizer = await createTokenizer();
  understanding = createUnderstanding(tokenizer);
});

const errorsOf = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document]).map(described);

describe('checkClaim: だけ backed by the other restrictive forms of a source', () => {
  it('reads しか…ない before the verb する as "only", not as the conjunction しかし', () => {
    const errors = errorsOf('森川さんは、予熱が10分ほどだけだとひびに気づきにくいと話した。', KILN);
    assert.ok(!errors.some((error) => error.includes('「だけ」')), errors.join('\n'));
  });

  it('reads に限って as "only"', () => {
    const errors = errorsOf('南川町は、夏休みの間だけ郷土館の入館料を半額とした。', MUSEUM);
    assert.ok(!errors.some((error) => error.includes('「だけ」')), errors.join('\n'));
  });

  it('still reads a sentence-opening しかし as "but": it backs no だけ', () => {
    const errors = errorsOf('町の住民だけは、郷土館の入館料が今も無料だ。', MUSEUM);
    assert.ok(
      errors.some((error) => error.startsWith('support.addition') && error.includes('「だけ」')),
      errors.join('\n'),
    );
  });
});

describe('checkClaim: a count of one given as the only one (唯一の, the only)', () => {
  const numberErrors = (text: string, document: Document) =>
    errorsOf(text, document).filter((error) => error.startsWith('support.number'));

  it('backs 1軒しかない with 唯一の', () => {
    assert.deepEqual(numberErrors('東浜町には書店が1軒しかない。', BOOKSHOP), []);
  });

  it('backs 1か所しかない with an English page’s the only', () => {
    assert.deepEqual(numberErrors('北浜島には、フェリーの桟橋が1か所しかない。', FERRY_PIER), []);
  });

  it('still flags another count', () => {
    assert.equal(numberErrors('東浜町には書店が2軒しかない。', BOOKSHOP).length, 1);
  });
});

describe('checkClaim: an act done by saying, told of the quote’s speaker', () => {
  const attributionErrors = (text: string) =>
    errorsOf(text, RAILWAY).filter((error) => error.startsWith('support.attribution'));

  it('takes わびた of the speaker of the words of apology as theirs', () => {
    assert.deepEqual(
      attributionErrors('北浜電鉄の社長は、長い時間、沿線に不便をかけたとして、深くおわびした。'),
      [],
    );
  });

  it('takes 説明を求めた of the speaker of the request as theirs', () => {
    assert.deepEqual(attributionErrors('会社員の女性は、止まった理由の説明を求めた。'), []);
  });

  it('still flags the apology given to another', () => {
    assert.equal(
      attributionErrors('南川市は、長い時間、沿線に不便をかけたとして、深くおわびした。').length,
      1,
    );
  });

  it('still flags the words stated as plain fact', () => {
    assert.equal(attributionErrors('沿線の皆さまに、長い時間、ご不便をかけ、深くおわびする。').length, 1);
  });
});

describe('checkClaim: a body’s seat (本社を置く for 本社・…)', () => {
  it('backs 本社を置いている with the bracketed 本社・', () => {
    const errors = errorsOf('北浜電鉄は、南川市に本社を置く。', RAILWAY);
    assert.ok(!errors.some((error) => error.startsWith('support.predicate')), errors.join('\n'));
  });

  it('still asks for the verb where the claim places the seat elsewhere', () => {
    const errors = errorsOf('北浜電鉄は、北浜町に本社を置く。', RAILWAY);
    assert.ok(
      errors.some((error) => error.startsWith('support.predicate')),
      errors.join('\n'),
    );
  });

  it('still asks for the verb where no source gives the seat', () => {
    const errors = errorsOf('北浜電鉄は、南川市に本社を置く。', MUSEUM);
    assert.ok(errors.length > 0);
  });
});

describe('checkClaim: a body’s name with a word of its middle left out', () => {
  it('flags 南川総合病院 for the sources’ 南川中央総合病院', () => {
    const errors = errorsOf('北浜電鉄は、南川総合病院のそばに、新しい駅を造る。', RAILWAY);
    assert.ok(
      errors.some((error) => error.startsWith('support.name') && error.includes('南川中央総合病院')),
      errors.join('\n'),
    );
  });

  it('backs the name written whole', () => {
    const errors = errorsOf('北浜電鉄は、南川中央総合病院のそばに、新しい駅を造る。', RAILWAY);
    assert.ok(!errors.some((error) => error.startsWith('support.name')), errors.join('\n'));
  });
});

describe('checkClaim: words a body relays are their speaker’s (nested speakers)', () => {
  it('gives the words after によると、Xは…と話しているという to X', () => {
    const errors = errorsOf('雑貨店の店員によると、帽子の男が裏口から逃げたという。', ROBBERY);
    assert.ok(!errors.some((error) => error.startsWith('support.attribution')), errors.join('\n'));
  });

  it('still flags them given to someone else', () => {
    const errors = errorsOf('近所の住民によると、帽子の男が裏口から逃げたという。', ROBBERY);
    assert.ok(
      errors.some((error) => error.startsWith('support.attribution')),
      errors.join('\n'),
    );
  });

  it('gives a relayed quote with no speaker of its own to the one the sentence before names', () => {
    const errors = errorsOf('川辺容疑者は「金に困っていた」と話しているという。', ROBBERY);
    assert.ok(!errors.some((error) => error.startsWith('quote.speaker')), errors.join('\n'));
  });

  it('still flags that quote given to a person the sentence before does not name', () => {
    const errors = errorsOf('森田さんは「金に困っていた」と話した。', ROBBERY);
    assert.ok(
      errors.some((error) => error.startsWith('quote.speaker')),
      errors.join('\n'),
    );
  });
});

describe('readSentence: て/で + ならない is "very much", not "not"', () => {
  const polarity = (text: string, lemma: string) =>
    readSentence(text, tokenizer).predicates.find((predicate) => predicate.lemma === lemma)?.negated;

  it('reads 残念でなりません and 残念でならない as affirmed', () => {
    assert.equal(polarity('祭りが中止になり、残念でなりません。', '残念'), false);
    assert.equal(polarity('祭りが中止になり、残念でならない。', '残念'), false);
  });

  it('still reads てはならない and ではない as negated', () => {
    assert.equal(polarity('この川で泳いではなりません。', '泳ぐ'), true);
    assert.equal(polarity('延期は残念ではない。', '残念'), true);
  });
});
