import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { japaneseMessage } from './finding-messages.ts';

// A participant added with も (the vadd31 round): 「ほかの…にも」, 「他の…も」, 「…以外の…にも」 extend
// the clause to others of a noun, which a faithful claim does only where a source tells of others of
// it. An invented page about a town library's flooded stacks.

const LIBRARY = inventedDocument(
  'library',
  '霞野町立図書館の地下書庫で水道管破裂、約800冊ぬれる',
  [
    '霞野町立図書館の地下書庫で3日、水道管が破裂し、約800冊が水にぬれた。',
    '当直の職員が気づき、別の職員2人と本を運び出した。',
    '町教育委員会によると、ぬれた本は乾かして修理する。',
    '町は、町内のほかの公民館の水道管も点検する方針だ。',
    '図書館は6日まで休館する。',
  ],
  { publishedAt: '2026-02-04T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsOthers = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('adds a party or object'));

describe('checkClaim: others a claim adds with も', () => {
  it('flags others of a noun no sentence tells of with a word of otherness (ほかの図書館の本も)', () => {
    const errors = errorsOf('水道管の破裂で、町内のほかの図書館の本もぬれた。', LIBRARY);
    assert.ok(addsOthers(errors), errors.join('\n'));
  });

  it('flags 他の…も with no case particle, the noun named only without otherness (他の書庫も)', () => {
    const errors = errorsOf('霞野町立図書館では、他の書庫も水にぬれた。', LIBRARY);
    assert.ok(addsOthers(errors), errors.join('\n'));
  });

  it('flags X以外の…にも (地下書庫以外の書架にも)', () => {
    const errors = errorsOf('水道管の破裂で、地下書庫以外の書架にも水が回った。', LIBRARY);
    assert.ok(addsOthers(errors), errors.join('\n'));
  });

  it('keeps others a sentence tells of (ほかの公民館の水道管も)', () => {
    const errors = errorsOf('町は、町内のほかの公民館の水道管も点検する。', LIBRARY);
    assert.ok(!addsOthers(errors), errors.join('\n'));
  });

  it('keeps 別の with a count when the page says 別の of the same noun (別の職員2人も)', () => {
    const errors = errorsOf('当直の職員のほか、別の職員2人も本を運び出した。', LIBRARY);
    assert.ok(!addsOthers(errors), errors.join('\n'));
  });

  it('does not read a one-character head as the noun (ほかの郷土資料館 is not told by ほかの公民館)', () => {
    const errors = errorsOf('町は、町内のほかの郷土資料館の水道管も点検する。', LIBRARY);
    assert.ok(addsOthers(errors), errors.join('\n'));
  });

  it('has a Japanese message of its own in the finding catalogue', () => {
    assert.equal(
      japaneseMessage({ code: 'support.addition', params: { kind: 'others', text: 'ほかの寺にも' } }),
      '「ほかの寺にも」と、どの出典も触れていないほかのものにまで話を広げています。',
    );
  });
});

// The vadd36 round: over an English page the noun is not matched, so the others are the claim's own
// only where no listed sentence has any word of otherness at all; and a verb's continuative after の
// (ほかの打ち上げ, ほかの植え替え) is read as the noun. Invented pages: a storm-hit pier of a fishing
// town, in English; a city park's tree replanting put off, in Japanese.

const englishPage = (id: string, sentences: string[]): Document => ({
  ...inventedDocument(id, 'Storm damages Kurose fishing pier', sentences, {
    publishedAt: '2026-03-10T18:00:00+09:00',
    siteName: 'Kurose Harbor News',
  }),
  lang: 'en',
});

const PIER = englishPage('pier', [
  'A storm on Monday night tore away part of the railing on the east pier of Kurose fishing port, the town said.',
  'No one was hurt. The town closed the pier to visitors until repairs are finished.',
  'A fisherman said the waves were the highest he had seen in 20 years.',
]);

const PIER_ALSO = englishPage('pier-also', [
  'A storm on Monday night tore away part of the railing on the east pier of Kurose fishing port, the town said.',
  'The town closed the pier to visitors and will also inspect the piers of two nearby ports.',
]);

const PARK = inventedDocument(
  'park',
  '中央公園の植え替え、来年度に延期',
  [
    '柳沢市は12日、中央公園で予定していた桜の植え替えを来年度に延期すると発表した。',
    '苗木の入荷が遅れたためだという。',
  ],
  { publishedAt: '2026-11-12T18:00:00+09:00' },
);

describe('checkClaim: others added with も over an English page, and a verb made a noun', () => {
  it('flags others against an English page with no word of otherness (ほかの桟橋も)', () => {
    const errors = errorsOf('嵐を受けて、町はほかの桟橋も立ち入り禁止にした。', PIER);
    assert.ok(addsOthers(errors), errors.join('\n'));
  });

  it('keeps others where an English sentence has a word of otherness or of the same again (also)', () => {
    const errors = errorsOf('嵐を受けて、町はほかの桟橋も点検する。', PIER_ALSO);
    assert.ok(!addsOthers(errors), errors.join('\n'));
  });

  it('reads a verb continuative with its suffix as the noun (ほかの植え替えも)', () => {
    const errors = errorsOf('柳沢市は、予定していたほかの植え替えもすべて取りやめた。', PARK);
    assert.ok(addsOthers(errors), errors.join('\n'));
  });
});
