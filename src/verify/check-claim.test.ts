import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import {
  createUnderstanding,
  type DocumentUnderstanding,
  type Understanding,
} from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

function documentOf(
  id: string,
  url: string,
  title: string,
  paragraphs: readonly string[],
  hashDigit: string,
): Document {
  const text = [title, ...paragraphs].join('\n\n');
  return {
    id,
    url,
    title,
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: `sha256:${hashDigit.repeat(64)}`,
    publishedAt: '2025-10-08T09:00:00+09:00',
  };
}

// An invented local paper's page about a fictional town's new bridge.
const BRIDGE = documentOf(
  's1',
  'https://shiomi-shimbun.example/bridge',
  '桜浜町の潮見大橋が完成、10日に開通へ',
  [
    '桜浜町が潮見川に建設していた潮見大橋が7日、完成した。総事業費は約24億円で、長さは180メートルある。',
    '同日の完成式典には住民ら約千二百人が参加した。高木健一町長は「橋は町の新しい誇りだ」と述べた。',
    '高木健一町長は「これで渋滞が全て解消すると言っているのではない」とも語った。',
    '式典には隣の白川市からも来賓が出席した。白川市の山中誠市長は「両市町の交流が一段と深まる」と期待を寄せた。',
    '橋は10日午前6時に開通する予定だ。町は橋のたもとに観光案内所を設ける方針だ。',
    '町によると、1日あたりの通行量は約4500台に上る見通しだ。橋の通行料は徴収しない。',
    '関係者によると、町は白川市と橋の共同管理について協議している。',
    '施工を担当した青葉建設の村田聡社長は「無事に完成し、安心した」と話した。',
  ],
  'a',
);

// A second invented outlet that counts the ceremony's visitors differently.
const COAST = documentOf(
  's2',
  'https://kaigan-times.example/shiomi',
  '潮見大橋が完成 式典に住民千人',
  ['桜浜町の潮見大橋の完成式典が7日に開かれ、住民ら約1000人が参加した。'],
  'b',
);

let understanding: Understanding;
let bridgeOnly: DocumentUnderstanding[];
let both: DocumentUnderstanding[];

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
  bridgeOnly = [understanding.of(BRIDGE)];
  both = [understanding.of(BRIDGE), understanding.of(COAST)];
});

/** The finding codes of a claim checked against the scope (the bridge page alone by default). */
function codes(text: string, scope = bridgeOnly): string[] {
  return checkClaim(text, scope, understanding, { path: 'claim' }).findings.map((finding) => finding.code);
}

/** Asserts that the claim, faithful to its sources, gets no error. */
function assertFaithful(text: string, scope = bridgeOnly): void {
  const { findings } = checkClaim(text, scope, understanding, { path: 'claim' });
  const errors = findings.filter((finding) => finding.severity === 'error');
  assert.deepEqual(
    errors.map((finding) => `${finding.code}: ${finding.message}`),
    [],
    text,
  );
}

/** Asserts that the claim gets an error finding with the code. */
function assertError(text: string, code: string, scope = bridgeOnly): void {
  const { findings } = checkClaim(text, scope, understanding, { path: 'claim' });
  assert.ok(
    findings.some((finding) => finding.code === code && finding.severity === 'error'),
    `${text}: expected ${code}, got ${findings.map((finding) => finding.code).join(', ') || 'nothing'}`,
  );
}

describe('checkClaim', () => {
  it('accepts a number the page writes in kanji numerals and flags a changed number', () => {
    assertFaithful('完成式典には住民ら約1200人が参加した。');
    assertFaithful('潮見大橋の総事業費は約24億円だ。');
    assertError('完成式典には住民ら約1500人が参加した。', 'support.number');
    assertError('潮見大橋の総事業費は約42億円だ。', 'support.number');
  });

  it('accepts a full date for the page’s bare day and flags a changed day', () => {
    assertFaithful('潮見大橋は10月7日に完成した。');
    assertFaithful('潮見大橋は7日に完成した。');
    assertError('潮見大橋は10月6日に完成した。', 'support.date');
    // The page's bare 7日 is October's; it cannot back a claim that names only another month.
    assertError('潮見大橋は11月に完成した。', 'support.date');
  });

  it('flags a name whose surname is written with another kanji', () => {
    assertFaithful('高木健一町長は「橋は町の新しい誇りだ」と述べた。');
    assertError('高本健一町長は「橋は町の新しい誇りだ」と述べた。', 'support.name');
  });

  it('flags a person given another office than the page gives them', () => {
    assertError('高木健一副町長は「橋は町の新しい誇りだ」と述べた。', 'role.mismatch');
    assert.ok(!codes('高木健一町長は「橋は町の新しい誇りだ」と述べた。').includes('role.mismatch'));
  });

  it('flags a negated fact stated as affirmed', () => {
    assertFaithful('橋の通行料は徴収しない。');
    assertError('橋の通行料を徴収する。', 'support.negation');
  });

  it('flags a plan stated as decided or certain', () => {
    assertFaithful('橋は10日に開通する予定だ。');
    assertFaithful('町は橋のたもとに観光案内所を設ける方針だ。');
    assertError('橋は10日に開通することが決まった。', 'support.modality');
    assertError('橋の10日の開通が確実になった。', 'support.modality');
    assertError('町は橋のたもとに観光案内所を設けることを決定した。', 'support.modality');
  });

  it('flags a forecast stated flatly without its 見通し', () => {
    assertFaithful('町によると、1日あたりの通行量は約4500台に上る見通しだ。');
    assertError('1日あたりの通行量は約4500台に上る。', 'support.modality');
  });

  it('flags an opinion from someone’s quote stated as plain fact', () => {
    assertFaithful('高木健一町長は「橋は町の新しい誇りだ」と述べた。');
    assertError('橋は町の新しい誇りだ。', 'support.attribution');
  });

  it('flags a quote of several clauses restated as plain fact, but not a fact the narration also states', () => {
    const page = documentOf(
      's1',
      'https://a.example/7',
      '商店街',
      [
        '商店会の森田和子会長は「客足は戻りつつあるが、物価高が続けば先行きは厳しい」と話した。',
        '市によると、商店街の空き店舗は昨年より5軒減った。',
      ],
      'i',
    );
    const scope = [understanding.of(page)];
    assertError(
      '客足は戻りつつありますが、物価高が続けば先行きは厳しい状況です。',
      'support.attribution',
      scope,
    );
    assertFaithful('森田和子会長は、物価高が続けば先行きは厳しいと話した。', scope);
  });

  it('flags an insider report turned into an official announcement', () => {
    assertFaithful('関係者によると、町は白川市と橋の共同管理について協議している。');
    assertError('町は白川市と橋の共同管理について協議していると発表した。', 'support.attribution');
  });

  it('flags a quotation with one word changed', () => {
    assertError('高木健一町長は「橋は町の新しい宝だ」と述べた。', 'quote.altered');
    assert.ok(!codes('高木健一町長は「橋は町の新しい誇りだ」と述べた。').includes('quote.altered'));
  });

  it('flags a real quotation given to another named person', () => {
    assertFaithful('白川市の山中誠市長は「両市町の交流が一段と深まる」と期待を寄せた。');
    assertError('高木健一町長は「両市町の交流が一段と深まる」と述べた。', 'quote.speaker');
  });

  it('flags a real quotation given to a speaker described without a name (a company, a resident)', () => {
    assertFaithful('青葉建設は「無事に完成し、安心した」と話した。');
    assertFaithful('白川市は「両市町の交流が一段と深まる」と期待を寄せた。');
    assertError('桜浜町は「無事に完成し、安心した」と話した。', 'quote.speaker');
    assertError('来賓の女性は「橋は町の新しい誇りだ」と述べた。', 'quote.speaker');
  });

  it('flags a quotation cut before と言っているのではない, which reverses it', () => {
    assertFaithful('高木健一町長は「これで渋滞が全て解消すると言っているのではない」と語った。');
    assertError('高木健一町長は「これで渋滞が全て解消する」と述べた。', 'quote.reversed');
  });

  it('flags one outlet’s figure stated as settled when another listed page differs', () => {
    assertError('完成式典には住民ら約1200人が参加した。', 'conflict.settled', both);
  });

  it('does not flag a conflict when the claim gives both figures or only one page is listed', () => {
    const bothFigures = '完成式典の参加者は約1200人とも約1000人とも報じられた。';
    assertFaithful(bothFigures, both);
    assert.ok(!codes(bothFigures, both).includes('conflict.settled'));
    assert.ok(!codes('完成式典には住民ら約1200人が参加した。', bridgeOnly).includes('conflict.settled'));
    // A figure both pages agree on is no conflict either.
    assert.ok(!codes('潮見大橋は10月7日に完成した。', both).includes('conflict.settled'));
  });

  it('flags a settled figure when another outlet retells the same thing in its own words', () => {
    const hall = documentOf(
      's1',
      'https://a.example/1',
      '体育館の建設費',
      ['市は新しい体育館の建設費を約12億円と見込み、来年度の当初予算案に計上した。'],
      'c',
    );
    const other = documentOf(
      's2',
      'https://b.example/2',
      '新体育館',
      ['体育館の整備に必要な約15億円を来年度の当初予算案に盛り込んだ。'],
      'd',
    );
    const scope = [understanding.of(hall), understanding.of(other)];
    assertError('市は体育館の建設費をおよそ12億円と見込んでいる。', 'conflict.settled', scope);
    assertFaithful('市は体育館の建設費をおよそ12億円と見込んでいる。', [understanding.of(hall)]);
  });

  it('flags a figure an English page gives otherwise (the cost it says in other words) as a conflict', () => {
    const hall = documentOf(
      's1',
      'https://a.example/1',
      '体育館の建設費',
      ['市は新しい体育館の建設費を約12億円と見込み、来年度の当初予算案に計上した。'],
      'c',
    );
    const wire: Document = {
      ...documentOf(
        's2',
        'https://wire.example/hall',
        'New gym',
        ['The new gym is expected to cost about 1.5 billion yen, the city said.'],
        'e',
      ),
      lang: 'en',
    };
    const same: Document = {
      ...wire,
      text: 'New gym\n\nThe new gym is expected to cost about 1.2 billion yen, the city said.',
      contentHash: `sha256:${'f'.repeat(64)}`,
    };
    const claim = '体育館の建設にかかる費用は約12億円と見込まれている。';
    assertError(claim, 'conflict.settled', [understanding.of(hall), understanding.of(wire)]);
    assert.ok(!codes(claim, [understanding.of(hall), understanding.of(same)]).includes('conflict.settled'));
  });

  it('reads a person’s office from an English page by the reading of the name', () => {
    const wire: Document = {
      ...documentOf(
        's1',
        'https://wire.example/9',
        'Bridge opens',
        ['Mayor Kenichi Takagi said the bridge would ease congestion in the town.'],
        'k',
      ),
      lang: 'en',
    };
    const scope = [understanding.of(wire)];
    assert.ok(!codes('高木健一町長は、橋が渋滞を和らげると述べた。', scope).includes('role.mismatch'));
    assertError('高木健一副町長は、橋が渋滞を和らげると述べた。', 'role.mismatch', scope);
  });

  it('reads an office an English page sets beside the name with a comma', () => {
    const wire: Document = {
      ...documentOf(
        's1',
        'https://wire.example/10',
        'Ferry halted',
        [
          'Kenichi Takagi, president of the ferry operator, apologized on Monday.',
          'The service will resume next week, its chairman, Satoshi Murata, said.',
        ],
        'k',
      ),
      lang: 'en',
    };
    const scope = [understanding.of(wire)];
    assert.ok(!codes('運航会社の社長、高木健一氏は謝罪した。', scope).includes('role.mismatch'));
    assertError('運航会社の副社長、高木健一氏は謝罪した。', 'role.mismatch', scope);
    assert.ok(
      !codes('運航会社の会長、村田聡氏は、来週運航を再開すると述べた。', scope).includes('role.mismatch'),
    );
    assertError('運航会社の副会長、村田聡氏は、来週運航を再開すると述べた。', 'role.mismatch', scope);
  });

  it('flags a speaker given an occupation other than the one the source sets before the name with a comma', () => {
    const page = documentOf(
      's1',
      'https://a.example/route',
      '新路線就航',
      ['初便に乗った青葉市の会社員、村田聡さん（41）は「日帰りができる」と話した。'],
      'r',
    );
    const scope = [understanding.of(page)];
    assert.ok(
      !codes('青葉市の会社員、村田聡さん（41）は「日帰りができる」と話した。', scope).includes(
        'role.mismatch',
      ),
    );
    assertError('青葉市職員の村田聡さん（41）は「日帰りができる」と話した。', 'role.mismatch', scope);
  });

  it('flags a claim that negates what a source sentence ending on a noun (体言止め) affirms', () => {
    const page = documentOf(
      's1',
      'https://a.example/festival',
      '夏祭り中止',
      ['青葉町の夏祭りが台風のため中止となった。町によると、夏祭りが中止になるのは初めて。'],
      'f',
    );
    const scope = [understanding.of(page)];
    assert.ok(!codes('青葉町の夏祭りが中止になるのは初めてだ。', scope).includes('support.negation'));
    assertError('青葉町の夏祭りが中止になるのは、初めてではない。', 'support.negation', scope);
  });

  it('reads a plan or forecast the claim acts on (計画の見直しを, 業績予想を) as no hedge of the claim', () => {
    const page = documentOf(
      's1',
      'https://a.example/gym',
      '体育館計画',
      [
        '青葉町の町長は、体育館の建設計画を見直す考えを示した。',
        '町内の食品会社、緑川食品は今年度の業績予想を下方修正するかどうか検討している。',
      ],
      'g',
    );
    const scope = [understanding.of(page)];
    assertError('青葉町の町長は、体育館の建設計画の見直しを正式に決定した。', 'support.modality', scope);
    assertError('緑川食品は今年度の業績予想を下方修正した。', 'support.modality', scope);
    assert.ok(
      !codes('緑川食品は今年度の業績予想を下方修正するかどうか検討している。', scope).includes(
        'support.modality',
      ),
    );
    // A hedge a verb heads stays one, inside an object too.
    assert.ok(
      !codes('町長は、見直す考えを示した体育館の建設計画を説明した。', scope).includes('support.modality'),
    );
  });

  it('reads a hedge noun that modifies the next noun of an object (…調べる検討会を) as no hedge of the claim (vmod47)', () => {
    const page = documentOf(
      's1',
      'https://a.example/pond',
      'ため池を守る',
      [
        '青葉町は、ため池の生き物を調べる検討会を秋までに新たに設ける方針だ。',
        '町は、ため池に油を流した者がいる可能性もあるとみて、調べを進めている。',
      ],
      'p',
    );
    const scope = [understanding.of(page)];
    assertError('青葉町は、ため池の生き物を調べる検討会を新たに設けた。', 'support.modality', scope);
    assert.ok(
      !codes('青葉町は、ため池の生き物を調べる検討会を新たに設ける方針だ。', scope).includes(
        'support.modality',
      ),
    );
    // A hedge noun cut into two tokens (可能 + 性) ends its compound: it stays the claim's hedge.
    assert.ok(
      !codes('町は、ため池に油を流した者がいる可能性を調べている。', scope).includes('support.modality'),
    );
  });

  it('flags an occurrence (けが人が出た) where the source says there was none (けが人はいなかった)', () => {
    const page = documentOf(
      's1',
      'https://a.example/bus',
      '路線バス事故',
      ['青葉町で路線バスが電柱に衝突した。乗客5人が軽いけがをした。ほかの2台の事故でけが人はいなかった。'],
      'h',
    );
    const scope = [understanding.of(page)];
    assertError('ほかの2台の事故でも、けが人が出た。', 'support.negation', scope);
    assert.ok(!codes('ほかの2台の事故でけが人はいなかった。', scope).includes('support.negation'));
  });

  it('gives a figure the source cites from someone (県の試算では) to them, not to the speaker of the quote before it', () => {
    const page = documentOf(
      's1',
      'https://a.example/works',
      '工事中止',
      [
        '青葉町の町長は会見で、中止に伴う費用について「精査したうえで示す」と述べた。県の試算では、工事の契約を解除した場合、約3億円がかかる可能性がある。',
      ],
      'j',
    );
    const scope = [understanding.of(page)];
    assertError(
      '町長は、工事の契約を解除した場合、約3億円がかかる可能性があると説明した。',
      'support.attribution',
      scope,
    );
    assert.ok(
      !codes('県の試算では、工事の契約を解除した場合、約3億円がかかる可能性がある。', scope).includes(
        'support.attribution',
      ),
    );
  });

  it('compares short assembly titles, teachers and an election standing (新人/現職) as roles', () => {
    // An invented town election: the winner a former prefectural assembly member, the incumbent beaten.
    const page = documentOf(
      's1',
      'https://a.example/election',
      '青葉町長選',
      [
        '青葉町長選は投開票され、無所属新人で元県議の木下陽子氏が、無所属現職の大槻正人氏と、元小学校教諭の原田亮氏を破った。',
      ],
      'e',
    );
    const scope = [understanding.of(page)];
    assert.ok(!codes('元県議の木下陽子氏が町長選で初当選した。', scope).includes('role.mismatch'));
    assertError('元町議の木下陽子氏が町長選で初当選した。', 'role.mismatch', scope);
    assert.ok(!codes('元教諭の原田亮氏は落選した。', scope).includes('role.mismatch'));
    assertError('元中学校教諭の原田亮氏は落選した。', 'role.mismatch', scope);
    assert.ok(!codes('現職の大槻正人氏は敗れた。', scope).includes('role.mismatch'));
    assertError('新人の大槻正人氏は敗れた。', 'role.mismatch', scope);
    // A standing is not an office: the page gives 大槻 no office to compare 町長 with.
    assert.ok(!codes('大槻正人町長は敗れた。', scope).includes('role.mismatch'));
  });

  it('checks each clause of 〜するとともに、…: a request no source reports is flagged', () => {
    const page = documentOf(
      's1',
      'https://a.example/13',
      '被害額',
      [
        '県は19日、被害額を約27億円に上方修正した。',
        '国の激甚災害の指定について、県は「要件を満たすかどうか判断できない」としている。',
      ],
      'o',
    );
    const scope = [understanding.of(page)];
    const found = codes(
      '県は19日、被害額を約27億円に上方修正するとともに、国に激甚災害の指定を要請した。',
      scope,
    );
    assert.ok(found.includes('support.predicate') || found.includes('support.addition'), found.join(', '));
  });

  it('flags a date the source gives to another event of the same sentence', () => {
    const page = documentOf(
      's1',
      'https://a.example/8',
      '被害額',
      ['県は19日、被害額を12日発表の速報値約23億円から約27億円に上方修正した。'],
      'j',
    );
    const scope = [understanding.of(page)];
    assertFaithful('県は19日、被害額を約27億円に上方修正した。', scope);
    assertError('県は12日、被害額を約23億円から約27億円に上方修正した。', 'support.date', scope);
  });

  it('flags a date an English sentence gives to another event (a weekday of another clause)', () => {
    // The page is of Wednesday 8 October: Tuesday is the 7th, Monday the 6th.
    const wire: Document = {
      ...documentOf(
        's2',
        'https://wire.example/warehouse',
        'Warehouse fire',
        [
          'Firefighters on Tuesday began removing debris from a warehouse that burned down in the port district on Monday night.',
        ],
        'e',
      ),
      lang: 'en',
    };
    const scope = [understanding.of(wire)];
    assertError('消防は6日、倉庫のがれきの撤去を始めた。', 'support.date', scope);
    assert.ok(!codes('消防は7日、倉庫のがれきの撤去を始めた。', scope).includes('support.date'));
  });

  it('aligns a date written onto a verbal noun (1978年開館の図書館) with the sentence dating that event', () => {
    const page = documentOf(
      's1',
      'https://a.example/library',
      '北浦町立図書館、来年3月末で閉館',
      [
        '北浦町は14日、町立図書館を来年3月末で閉館すると発表した。建物の老朽化が進み、耐震改修には多額の費用がかかるためだ。',
        '同館は1978年、町の中心部に開館した。2001年には児童室を増築した。',
      ],
      'k',
    );
    const scope = [understanding.of(page)];
    assertFaithful('1978年開館の北浦町立図書館が、来年3月末で閉館する。', scope);
    assertError('2001年開館の北浦町立図書館が、来年3月末で閉館する。', 'support.date', scope);
  });

  it('flags a predicate replaced by its opposite (増加 for 減少, 可決 for 否決), not a synonym of the source’s', () => {
    const page = documentOf(
      's1',
      'https://a.example/council',
      '南川町議会、ごみ袋値上げ案を否決',
      [
        '南川町議会は9日、家庭ごみの指定袋を値上げする条例改正案を反対多数で否決した。',
        '町によると、町内のごみの量は昨年度、前年度より約4%減少した。',
        '町営バスの利用者は3年連続で増えた。',
      ],
      'm',
    );
    const scope = [understanding.of(page)];
    assertFaithful('町内のごみの量は昨年度、前年度より約4%減ったと町は説明した。', scope);
    assertFaithful('南川町議会は9日、ごみ袋の値上げ案を否決した。', scope);
    assertError('町内のごみの量は昨年度、前年度より約4%増加したと町は説明した。', 'support.negation', scope);
    assertError('南川町議会は9日、ごみ袋の値上げ案を可決した。', 'support.negation', scope);
    assertError('町営バスの利用者は3年連続で減った。', 'support.negation', scope);
  });

  it('flags an act the sources give to one named subject given to another they name', () => {
    const page = documentOf(
      's1',
      'https://a.example/recall',
      '東浜食品、冷凍ギョーザ12万袋を自主回収',
      [
        '東浜食品（北浦市、岡田良平社長）は3日、冷凍ギョーザ約12万袋を自主回収すると発表した。包装の一部に小さな穴が見つかったという。',
        '製造を委託していた西浜フーズの工場では、冷凍ギョーザの包装機の部品が摩耗していたと発表した。',
        '岡田社長は「ご心配をおかけし、申し訳ない」と話した。',
      ],
      'n',
    );
    const scope = [understanding.of(page)];
    assertFaithful('東浜食品は3日、冷凍ギョーザ約12万袋の自主回収を発表した。', scope);
    assertError('西浜フーズは3日、冷凍ギョーザ約12万袋を自主回収すると発表した。', 'support.name', scope);
  });

  it('reads 両 with a counter as two of it (両日 = 2日間, 両社 = 2社)', () => {
    const page = documentOf(
      's1',
      'https://a.example/fair',
      '北浦市で産業フェア、延べ約3千人',
      [
        '北浦市の産業フェアが5、6の両日、市総合体育館で開かれ、延べ約3千人が訪れた。',
        '出展した地元の製材会社と家具メーカーの両社は、来春から共同で新しい椅子を売り出す。',
      ],
      'p',
    );
    const scope = [understanding.of(page)];
    assertFaithful('北浦市の産業フェアは2日間にわたり、市総合体育館で開かれた。', scope);
    assertFaithful('出展した地元の2社は、来春から共同で新しい椅子を売り出す。', scope);
    assertError('北浦市の産業フェアは3日間にわたり、市総合体育館で開かれた。', 'support.number', scope);
  });

  it('flags a totality or exclusivity word (全額, だけ) no aligned source sentence says, and accepts one of the same meaning', () => {
    const page = documentOf(
      's1',
      'https://a.example/bus',
      '西浦町のコミュニティーバス、運行費を国と町が負担',
      [
        '西浦町のコミュニティーバスの運行費約2千万円は、国と町などが負担する。',
        '路線はすべて町内を走り、運賃は一律100円とする。',
      ],
      'q',
    );
    const scope = [understanding.of(page)];
    assertFaithful('西浦町のコミュニティーバスの運行費約2千万円は、国と町などが負担する。', scope);
    assertFaithful('路線は全て町内を走り、運賃は一律100円とする。', scope);
    assertError(
      '西浦町のコミュニティーバスの運行費約2千万円は、国が全額負担する。',
      'support.addition',
      scope,
    );
    assertError(
      '西浦町のコミュニティーバスの運行費約2千万円は、町だけが負担する。',
      'support.addition',
      scope,
    );
  });

  it('accepts すべて over a source that says all with いずれも (of those it names) or 全額 (of an amount)', () => {
    const page = documentOf(
      's1',
      'https://a.example/recall',
      '東浜食品、缶詰を回収',
      [
        '東浜食品は11月1日、店頭での販売をやめた。',
        '回収の対象は3品目の缶詰で、いずれも東浜工場で10月に作られた。',
        '同社は、客が払った代金を全額返す方針だ。',
      ],
      's',
    );
    const scope = [understanding.of(page)];
    assertFaithful('回収される缶詰はすべて、東浜工場で10月に作られた。', scope);
    assertFaithful('客が払った代金は、東浜食品がすべて返す方針だ。', scope);
    assertError('東浜食品は11月1日、すべての店頭で販売をやめた。', 'support.addition', scope);
  });

  it('accepts すべて over a source that says all with the prefix 全 (全世帯, 全域), not with 全国', () => {
    const page = documentOf(
      's1',
      'https://a.example/water',
      '北野町で断水、全域で復旧',
      [
        '北野町は3日、町内の全世帯に給水袋を配った。',
        '町は5日、配水管の修理を終え、町内の全域で水道が復旧したと発表した。',
        '同型の配水管を使う全国の約30の町に、点検を求めた。',
      ],
      't',
    );
    const scope = [understanding.of(page)];
    assertFaithful('北野町は3日、町内のすべての世帯に給水袋を配った。', scope);
    assertFaithful('北野町の水道は5日、全面復旧した。', scope);
    assertError('同型の配水管を使う約30の町は、すべて点検を求められた。', 'support.addition', scope);
  });

  it('accepts だけ over a source that says only with しか…ない, にとどまる or に過ぎない', () => {
    const page = documentOf(
      's1',
      'https://a.example/shop',
      '南原村の商店、2軒に',
      [
        '南原村で日用品を売る店は、雑貨店2軒しかない。',
        '村の説明会に出た住民は、12人にとどまった。',
        '貸し出された自転車は、3台に過ぎなかった。',
        '村は来年度、移動販売車を走らせる。',
      ],
      'r',
    );
    const scope = [understanding.of(page)];
    assertFaithful('南原村で日用品を売る店は、雑貨店2軒だけだ。', scope);
    assertFaithful('村の説明会に出た住民は、12人だけだった。', scope);
    assertFaithful('貸し出された自転車は、3台のみだった。', scope);
    assertError('村は来年度、移動販売車だけを走らせる。', 'support.addition', scope);
  });

  it('flags a settled date only against a date of the same event', () => {
    const vote = documentOf(
      's1',
      'https://a.example/3',
      '予算案',
      ['予算案は3月19日の本会議で採決される予定だ。'],
      'e',
    );
    const rival = documentOf(
      's2',
      'https://b.example/4',
      '市議会',
      ['予算案は市議会に提出され、3月24日の本会議で採決される見通しだ。'],
      'f',
    );
    const other = documentOf(
      's2',
      'https://b.example/5',
      '市長会見',
      ['市長は3月24日の記者会見で予算案について説明した。'],
      'g',
    );
    const stop = documentOf(
      's1',
      'https://a.example/10',
      '外来休止',
      ['病院は11日から一般外来を休止した。'],
      'l',
    );
    const resume = documentOf(
      's2',
      'https://b.example/11',
      '外来再開',
      ['県は、休止している一般外来を25日から段階的に再開する予定だと明らかにした。'],
      'm',
    );
    assert.ok(
      !codes('病院は11日から一般外来を休止した。', [
        understanding.of(stop),
        understanding.of(resume),
      ]).includes('conflict.settled'),
    );
    const claim = '予算案は3月19日の本会議で採決される予定だ。';
    assertError(claim, 'conflict.settled', [understanding.of(vote), understanding.of(rival)]);
    assert.ok(!codes(claim, [understanding.of(vote), understanding.of(other)]).includes('conflict.settled'));
  });

  it('reads 〜した形跡がない as a negation of the event, and 〜することは考えていない as no denial of it', () => {
    const page = documentOf(
      's1',
      'https://a.example/12',
      '判決',
      [
        '判決は、市が撤去費の見積もりを「検証した形跡がうかがえない」と指摘した。',
        '市長は「量を減らすことは考えていない」と述べた。',
      ],
      'n',
    );
    const scope = [understanding.of(page)];
    assertFaithful('判決は、市が撤去費の見積もりを検証していないと指摘した。', scope);
    assertError('判決は、市が撤去費の見積もりを検証したと指摘した。', 'support.negation', scope);
    assertFaithful('市長は、量を減らすことは考えていないと述べた。', scope);
  });

  it('reads a sentence with the one before it for its unsaid subject when judging polarity', () => {
    const page = documentOf(
      's1',
      'https://a.example/6',
      '市議会',
      [
        '最大会派の田中一郎幹事長は「市の説明を聞いてから判断したい」と述べた。予算案への賛否は明らかにしなかった。',
      ],
      'h',
    );
    assertError('最大会派の田中一郎幹事長は予算案への賛否を明らかにした。', 'support.negation', [
      understanding.of(page),
    ]);
  });

  it('flags a clause that no listed page says', () => {
    const found = codes('町は橋の完成を記念して花火大会を開いた。');
    assert.ok(found.includes('support.coverage') || found.includes('support.addition'), found.join(', '));
    const { score } = checkClaim('町は橋の完成を記念して花火大会を開いた。', bridgeOnly, understanding, {
      path: 'claim',
    });
    assert.ok(score < 0.6, String(score));
  });

  it('flags an event said of a person when no page says it of them', () => {
    assertFaithful('青葉建設の村田聡社長は「無事に完成し、安心した」と話した。');
    assertError('青葉建設の村田聡社長は辞任した。', 'support.predicate');
  });

  it('points its findings at the given path and returns the page sentences as evidence', () => {
    const result = checkClaim('潮見大橋の総事業費は約42億円だ。', bridgeOnly, understanding, {
      path: 'sections[0].body',
    });
    const finding = result.findings.find((f) => f.code === 'support.number');
    assert.deepEqual(finding?.location, { path: 'sections[0].body' });
    assert.equal(finding?.evidence, '約42億円');
    assert.ok(result.evidence.some((sentence) => sentence.text.includes('総事業費は約24億円')));
    assert.ok(result.evidence.every((sentence) => sentence.sourceId === 's1'));
  });
});

// An invented page about a fictional town's buses: activities that go on, are put off or end.
const BUSES = documentOf(
  's3',
  'https://kitaminato-news.example/buses',
  '北港町のバス、冬も運行',
  [
    '北港町の北港バスは、冬の間も路線バスの運行を続ける。',
    '同社は、部品の不足が解消するまで新型車両の導入を見合わせる方針だ。',
    '町は、来年度も高齢者の運賃を全額補助する。',
    '観光客向けの運賃割引は今年度限りとなる。',
  ],
  'c',
);

describe('checkClaim: the phase of an activity (going on, stopped)', () => {
  let buses: DocumentUnderstanding[];
  before(() => {
    buses = [understanding.of(BUSES)];
  });

  it('accepts the phase the page gives', () => {
    assertFaithful('北港バスは、冬の間も路線バスの運行を続ける。', buses);
    assertFaithful('バス会社は、部品の不足が解消するまで新型車両の導入を見合わせる方針だ。', buses);
    assertFaithful('町は来年度も高齢者の運賃を全額補助する。', buses);
  });

  it('flags an activity said to go on where the page puts it off', () => {
    assertError(
      'バス会社は、部品の不足が解消するまで新型車両の導入を続ける方針だ。',
      'support.negation',
      buses,
    );
  });

  it('flags an activity said to be stopped that the page says is done, but not one the page limits', () => {
    assertError('高齢者の運賃の全額補助は、来年度に打ち切られる。', 'support.negation', buses);
    assertFaithful('観光客向けの運賃割引は今年度で打ち切られる。', buses);
  });
});

// An invented page about a fictional hospital: which thing each verbal noun is said of.
const HOSPITAL = documentOf(
  's4',
  'https://kohoku-news.example/hospital',
  '港北病院、システム障害',
  [
    '港北病院は10日、電子カルテのシステムを停止した。',
    '救急車の受け入れは制限している。',
    '港北病院は、院内の売店を営業停止とした。',
    '港北病院では、薬の不足すら心配されている。',
  ],
  'd',
);

describe('checkClaim: what a verbal noun is said of', () => {
  let hospital: DocumentUnderstanding[];
  before(() => {
    hospital = [understanding.of(HOSPITAL)];
  });

  it('accepts a verbal noun said of what the page says it of, as object or in a compound', () => {
    assertFaithful('港北病院は電子カルテのシステムを停止した。', hospital);
    assertFaithful('港北病院は院内の売店の営業を停止した。', hospital);
    // A focus particle (すら, さえ, こそ) marks what the verbal noun is said of, as が does.
    assertFaithful('港北病院では薬の不足が心配されている。', hospital);
  });

  it('flags a verbal noun joined to a noun the page says it of nowhere (support.addition)', () => {
    assertError('港北病院は救急車の受け入れも停止した。', 'support.addition', hospital);
  });
});

describe('checkClaim: polarity of a sentence whose subject is the one before', () => {
  it('flags a negated predicate the page affirms in a sentence that carries its subject over', () => {
    const page = documentOf(
      's5',
      'https://aoba-news.example/ruling',
      '工場の夜間操業を禁止',
      ['青葉地裁は17日、緑川化学の工場の夜間の操業を禁じる判決を言い渡した。一方、昼間の操業は認めた。'],
      'e',
    );
    const scope = [understanding.of(page)];
    assert.ok(!codes('判決は昼間の操業を認めた。', scope).includes('support.negation'));
    assertError('判決は昼間の操業も認めなかった。', 'support.negation', scope);
  });

  it('flags an occurrence the page denies in a sentence read with the one before it', () => {
    const page = documentOf(
      's6',
      'https://aoba-news.example/heaters',
      'ヒーター発火、4件',
      [
        '電気ヒーターの発火事故は4件あった。このうち緑町の事故では住人が軽いやけどを負った。ほかの3件でけが人はいなかった。',
      ],
      'f',
    );
    const scope = [understanding.of(page)];
    assertError('緑町の事故のほかの3件でも、けが人が出た。', 'support.negation', scope);
  });
});

describe('checkClaim: a date a source moved', () => {
  it('flags the old date stated as settled, but not the change itself', () => {
    const first = documentOf(
      's1',
      'https://a.example/bus',
      '市営バス、新路線',
      ['市営バスは、駅と病院を結ぶ新路線の運行を10月1日から始める。'],
      'a',
    );
    const update = documentOf(
      's2',
      'https://b.example/bus',
      '新路線の開始を延期',
      ['市営バスは16日、新路線の運行開始を10月1日から11月1日に延期すると発表した。'],
      'b',
    );
    const scope = [understanding.of(first), understanding.of(update)];
    assertError('市営バスの新路線は10月1日から運行を始める。', 'conflict.settled', scope);
    assert.ok(
      !codes('市営バスは新路線の運行開始を10月1日から11月1日に延期した。', scope).includes(
        'conflict.settled',
      ),
    );
  });
});

describe('checkClaim: reported speech given to another speaker', () => {
  it('does not take a company named after a surname (高田運輸) for a person who may have said it', () => {
    const page = documentOf(
      's7',
      'https://minami-news.example/fuel',
      '燃料費高騰、運送業に打撃',
      [
        '港南市の運送会社、高田運輸の青木茂社長は、燃料費の高騰で経営が厳しいと述べた。',
        '高田運輸の広報担当者は、値上げで同社の利益が年約2億円減る可能性があると説明した。',
      ],
      'g',
    );
    const scope = [understanding.of(page)];
    assert.ok(
      !codes(
        '高田運輸の広報担当者は、値上げで高田運輸の利益が年約2億円減る可能性があると説明した。',
        scope,
      ).includes('support.attribution'),
    );
    assertError(
      '青木茂社長は、値上げで高田運輸の利益が年約2億円減る可能性があると指摘した。',
      'support.attribution',
      scope,
    );
  });
});

describe('checkClaim: a research team named on an English page', () => {
  const wire = (): Document => ({
    ...documentOf(
      's8',
      'https://wire.example/seagrass',
      'Seagrass beds shrink',
      [
        'A research team from Nanpo University said on Tuesday that seagrass beds in the bay had shrunk by about half.',
        'The beds covered about 90 hectares in 2010 but only about 40 hectares in 2025, according to the team.',
      ],
      'w',
    ),
    lang: 'en',
  });

  it('gives what "the team" said to the 研究チーム of the claim', () => {
    const scope = [understanding.of(wire())];
    assert.ok(
      !codes('研究チームによると、湾のアマモ場は2025年には約40ヘクタールに減った。', scope).includes(
        'support.attribution',
      ),
    );
    assert.ok(
      !codes('研究チームは、湾のアマモ場が約半分に減ったと発表した。', scope).includes('support.attribution'),
    );
  });

  it('still flags the words given to someone the page does not name', () => {
    assertError('県によると、湾のアマモ場は2025年には約40ヘクタールに減った。', 'support.attribution', [
      understanding.of(wire()),
    ]);
  });
});

describe('checkClaim: the speaker of an English sentence', () => {
  // An invented English page: each sentence gives its words to its own speaker.
  const wire = (): Document => ({
    ...documentOf(
      's9',
      'https://wire.example/market-flood',
      'Flood closes riverside market in Kawane',
      [
        'Floodwater damaged about 30 stalls at the riverside market in Kawane on Friday, town officials said.',
        '"The water reached the counters within an hour," said Hiroshi Tanabe, who runs a fish shop at the market.',
        'The Kawane fire department rescued four residents by boat.',
        'The market will stay closed until the end of the month, the company that runs it said.',
        'She said the shop owners hoped to reopen before the new year.',
      ],
      'w',
    ),
    lang: 'en',
  });

  it('flags words the page gives to the town moved to another body it names', () => {
    assertError('消防によると、川沿いの市場では約30の露店が浸水の被害を受けた。', 'support.attribution', [
      understanding.of(wire()),
    ]);
  });

  it("keeps the words with the page's speaker: the town, its officials, a named person", () => {
    const scope = [understanding.of(wire())];
    for (const claim of [
      '町によると、川沿いの市場では約30の露店が浸水の被害を受けた。',
      '町の担当者によると、川沿いの市場では約30の露店が浸水の被害を受けた。',
    ])
      assert.ok(!codes(claim, scope).includes('support.attribution'), claim);
  });

  it('reads no speaker from a definite phrase or a pronoun', () => {
    const scope = [understanding.of(wire())];
    for (const claim of [
      '河根市場の組合によると、市場は月末まで閉鎖される。',
      '河根消防によると、店主らは年内の再開を望んでいる。',
    ])
      assert.ok(!codes(claim, scope).includes('support.attribution'), claim);
  });

  it('reads the kind a definite phrase names against an agency (the company that runs it is no fire service)', () => {
    assertError('河根消防によると、市場は月末まで閉鎖される。', 'support.attribution', [
      understanding.of(wire()),
    ]);
  });

  // An invented page whose speakers carry a title: Mayor X, and a title and a name in apposition.
  const titled = (): Document => ({
    ...documentOf(
      's9',
      'https://wire.example/pier-repair',
      'Kawane to repair storm-damaged pier',
      [
        'Mayor Kenji Oda said the town would repair the storm-damaged pier before the summer.',
        'The ferry company will add two sailings a day from April, its president, Goro Ishida, said.',
      ],
      'w',
    ),
    lang: 'en',
  });

  it("flags words the page gives to a titled speaker moved to another office, by the title's Japanese offices", () => {
    const scope = [understanding.of(titled())];
    for (const claim of [
      '町議会議長の小田健二氏は、町として夏までに桟橋を修理すると述べた。',
      '同社の技術責任者によると、4月から1日2便を増やす。',
      'フェリー会社の技術責任者によると、4月から1日2便を増やす。',
    ])
      assert.ok(codes(claim, scope).includes('support.attribution'), claim);
  });

  it('keeps the words with a speaker of the same office (町長 for Mayor X, 社長 or 代表 for its president)', () => {
    const scope = [understanding.of(titled())];
    for (const claim of [
      '小田健二町長は、町として夏までに桟橋を修理すると述べた。',
      'フェリー会社の社長によると、4月から1日2便を増やす。',
      // News often calls the head of a small firm its 代表.
      'フェリー会社の代表によると、4月から1日2便を増やす。',
    ])
      assert.ok(!codes(claim, scope).includes('support.attribution'), claim);
  });
});
