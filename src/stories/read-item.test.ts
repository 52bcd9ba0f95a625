import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import {
  agedPeople,
  agesIn,
  caseRecalled,
  designationsOf,
  eventsOf,
  headsOf,
  kanaWordsOf,
  kindsOf,
  namedCompoundsOf,
  periodAnotherMatter,
  phrasesOf,
  placesIn,
  readItem,
  tellsAnotherMatter,
} from './read-item.ts';

describe('placesIn', () => {
  it('splits municipalities out of a compound', () => {
    assert.deepEqual(placesIn('青葉県若草町'), ['青葉県', '若草町']);
    assert.deepEqual(placesIn('若草町議会'), ['若草町']);
    assert.deepEqual(placesIn('前若草町長'), ['若草町']);
  });

  it('does not read a kind of place or an administration as a place', () => {
    assert.deepEqual(placesIn('港町'), []);
    assert.deepEqual(placesIn('同県若草町'), ['若草町']);
    assert.deepEqual(placesIn('大川県政'), []);
  });
});

describe('headsOf', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  it('reads the kanji word a compound ends in as its head where it keeps its own reading', () => {
    assert.deepEqual(headsOf('山桜', tokenizer), ['桜']); // やまざくら: さくら voiced
    assert.deepEqual(headsOf('小学校', tokenizer), ['学校', '校']);
    assert.deepEqual(headsOf('小菊', tokenizer), ['菊']);
  });
  it('does not read a bound Sino-Japanese element as the free noun', () => {
    assert.deepEqual(headsOf('降水', tokenizer), []); // こうすい, not みず
    assert.deepEqual(headsOf('農家', tokenizer), []); // のうか, not いえ
    assert.deepEqual(headsOf('満月', tokenizer), []); // まんげつ, not つき
    assert.deepEqual(headsOf('桜', tokenizer), []);
  });
});

describe('bareKinds', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const read = (description: string) =>
    readItem(
      {
        id: 'k1',
        outlet: '楓日報',
        title: '見出し',
        description,
        link: 'https://kaede.example/k1',
        published: '2026-06-17T09:00:00+09:00',
      },
      tokenizer,
    ).bareKinds;
  it('reads a place or body called by its kind alone, where the item names none of that kind', () => {
    assert.deepEqual(read('町の山林に予定される処分場について、住民が落胆した。'), ['町']);
    assert.deepEqual(read('夜明け前、港で燃えた船の甲板は黒く焦げていた。'), ['港']);
  });
  it('does not read a kind the item names a place of, nor a kind inside another word', () => {
    assert.deepEqual(read('楓原町の山林で15日、町の職員が倒木を片付けた。'), []);
    assert.deepEqual(read('椎名湖の桟橋で、湖に落ちた釣り人が救助された。'), []);
    assert.deepEqual(read('都市の山林と港町の空き家が増えている。'), []);
  });
  it('does not read a kind as topic or subject, the body acting (県は…, 町が…)', () => {
    assert.deepEqual(read('県は15日、山林の調査結果を発表した。'), []);
    assert.deepEqual(read('町が会見を開き、処分場の計画を説明した。'), []);
  });
});

describe('a kind of town is no municipality', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const read = (description: string) =>
    readItem(
      {
        id: 'town',
        outlet: '架空日報',
        title: '老舗の和菓子店が閉店',
        description,
        link: 'https://kaku.example/town',
        published: '2026-06-03T18:00:00+09:00',
      },
      tokenizer,
    );

  it('does not read 城下町 or 田舎町 (a common noun ending in 町) as a place', () => {
    assert.deepEqual(read('古い城下町の商店街で、七十代の店主が和菓子店を閉めた。').places, []);
    assert.deepEqual(read('静かな田舎町で、和菓子店が百年の歴史を閉じた。').places, []);
  });

  it('still reads a municipality named by its name and suffix', () => {
    assert.deepEqual(read('青葉県若草町の商店街で、七十代の店主が和菓子店を閉めた。').places, [
      '青葉県',
      '若草町',
    ]);
  });
});

describe('eventsOf', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const pairs = (text: string) =>
    eventsOf(tokenizer.tokenize(text)).map((event) => `${event.argument}>${event.predicate}`);

  it('pairs a verb with the heads of its が / を / は phrases, nouns joined by の included', () => {
    assert.deepEqual(pairs('町営バスの運行が止まり、住民が困っている。'), [
      'バス>止まる',
      '運行>止まる',
      '住民>困る',
    ]);
    assert.deepEqual(pairs('工場が操業を停止した。'), ['工場>停止', '操業>停止']);
  });

  it('reads a headline compound that ends in a verbal noun as the event of the noun before it', () => {
    assert.deepEqual(pairs('町営バス運行停止'), ['運行>停止']);
  });

  it('does not take times and places (に, で) as arguments', () => {
    assert.deepEqual(pairs('市内で火災が発生した。'), ['火災>発生']);
    assert.deepEqual(pairs('3日に停止した。'), []);
  });
});

describe('phrasesOf', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const phrases = (text: string) => phrasesOf(text, tokenizer.tokenize(text));

  it('keeps a kanji numeral inside a name, so a 略称 with it can be matched', () => {
    assert.ok(phrases('霞浦第一銀行の支店長が辞任した。').includes('霞浦第一銀行'));
    assert.ok(phrases('霞一銀の頭取が辞任した。').includes('霞一銀'));
  });

  it('reads a place name written with ノ between kanji whole (椋ノ沢市, not 沢市)', () => {
    const found = phrases('椋ノ沢市の市民ホールで15日、式典が開かれた。');
    assert.ok(found.includes('椋ノ沢市'), found.join(' '));
    assert.ok(!found.includes('沢市'), found.join(' '));
  });

  it('does not join a numeral that counts (a counter follows it)', () => {
    const found = phrases('湯沸かしポット約三万台を回収する。');
    assert.ok(!found.some((phrase) => phrase.includes('三')), found.join(' '));
  });
});

describe('designationsOf', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const names = (text: string) => designationsOf(tokenizer.tokenize(text));

  it('reads a numbered name of one instance, in kanji or Arabic numerals alike', () => {
    assert.deepEqual(names('強い台風18号は北上した。'), ['台風18号']);
    assert.deepEqual(names('台風十八号の影響で'), ['台風18号']);
    assert.deepEqual(names('原発3号機が停止した。'), ['原発3号機']);
    assert.deepEqual(names('名人戦第2局は'), ['名人戦第2局']);
  });

  it('leaves counts and headless ordinals out', () => {
    assert.deepEqual(names('住民3人がけがをした。'), []);
    assert.deepEqual(names('1株3200円で買い付ける。'), []);
    assert.deepEqual(names('第32回青葉マラソンが開かれた。'), []);
  });
});

describe('readItem', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  it('reads as occurrences only the lead times given as approximate (ごろ)', () => {
    const read = (description: string) =>
      readItem(
        {
          id: 'a',
          outlet: '架空日報',
          title: '若草町で事故',
          description,
          link: 'https://kaku.example/a',
          published: '2026-06-03T18:00:00+09:00',
        },
        tokenizer,
      );
    const crash = read(
      '3日午後2時半ごろ、若草町の交差点で乗用車とバスが衝突した。運転手は同日午後5時に釈放された。',
    );
    assert.deepEqual(crash.occurrences, ['2026-06-03T14:30']);
    assert.deepEqual(crash.moments, ['2026-06-03T14:30', '2026-06-03T17:00']);
    // A scheduled act is timed exactly; a later sentence's time is not the lead's event.
    const briefing = read('若草町は3日午後2時から記者会見を開いた。事故は1日午前9時ごろに起きた。');
    assert.deepEqual(briefing.occurrences, []);
    assert.equal(briefing.moments.length, 2);
  });

  it('reads a clock time as a figure on the 24-hour clock, with or without a day', () => {
    const read = (title: string, description: string) =>
      readItem(
        {
          id: 'a',
          outlet: '架空日報',
          title,
          description,
          link: 'https://kaku.example/a',
          published: '2026-06-03T18:00:00+09:00',
        },
        tokenizer,
      );
    // The report dates its clock time; the scene piece gives the same time with no day and no 午前.
    const report = read('若草町の時計塔が停止', '青葉県若草町の時計塔が3日、午前7時48分に止まった。');
    const scene = read('止まったままの文字盤', '広場の時計の針は7時48分を指したまま動かない。');
    assert.ok(report.numbers.includes('07:48'), JSON.stringify(report.numbers));
    assert.ok(
      scene.numbers.includes('07:48') && scene.leadNumbers.includes('07:48'),
      JSON.stringify(scene.numbers),
    );
    // 午後6時 and 18時 are one time.
    assert.ok(read('鐘の音', '夕方、午後6時に鐘が鳴った。').numbers.includes('18:00'));
    assert.ok(read('鐘の音', '夕方、18時に鐘が鳴った。').numbers.includes('18:00'));
  });

  it('reads figures in kanji and Arabic numerals alike, and resolves days and times against the date', () => {
    const reading = readItem(
      {
        id: 'a',
        outlet: '架空日報',
        title: '若草町の新庁舎、総事業費は百二十億円',
        description:
          '青葉県若草町は3日午前10時15分ごろ、新庁舎の総事業費が120億円になると発表した。アオバ・テックが設計する。',
        link: 'https://kaku.example/a',
        published: '2026-06-03T18:00:00+09:00',
      },
      tokenizer,
    );
    assert.deepEqual(reading.numbers, ['12000000000円', '10:15']);
    assert.deepEqual(reading.moments, ['2026-06-03T10:15']);
    assert.ok(reading.days.includes('2026-06-03'));
    assert.ok(reading.places.includes('若草町') && reading.places.includes('青葉県'));
    assert.ok(reading.phrases.has('アオバ・テック'), [...reading.phrases.keys()].join(','));
    assert.ok(
      (reading.words.get('庁舎') ?? reading.words.get('新庁舎') ?? 0) >= 2,
      'headline words count double',
    );
  });

  it('records the synonyms of its words and noun phrases (Sudachi), for matching paraphrases', () => {
    const reading = readItem(
      {
        id: 'b',
        outlet: '架空日報',
        title: '若草町の町営バス、運転手不足で運行停止',
        description: '若草町は10日、運転手が足りないため町営バスの運行を停止すると発表した。',
        link: 'https://kaku.example/b',
        published: '2026-06-10T18:00:00+09:00',
      },
      tokenizer,
    );
    assert.ok(reading.synonyms.get('運転手')?.includes('ドライバー'), JSON.stringify([...reading.synonyms]));
    assert.ok(reading.synonyms.get('停止')?.includes('ストップ'), JSON.stringify([...reading.synonyms]));
    // Words without a synonym group, and one-character synonyms, are not recorded.
    assert.equal(reading.synonyms.has('若草町'), false);
    for (const others of reading.synonyms.values())
      for (const other of others) assert.ok([...other].length >= 2, other);
  });

  it('records each event also under the synonyms of its predicate, so two wordings of one event meet', () => {
    const reading = readItem(
      {
        id: 'c',
        outlet: '架空日報',
        title: '若草町の町営バス 運行停止',
        description: '若草町の町営バスは11日、雪のため運行が止まった。',
        link: 'https://kaku.example/c',
        published: '2026-06-11T18:00:00+09:00',
      },
      tokenizer,
    );
    assert.ok(reading.events.includes('運行>停止'), reading.events.join(' '));
    assert.ok(reading.events.includes('運行>止まる'), reading.events.join(' '));
    assert.ok(reading.events.includes('運行>ストップ'), 'the synonyms of 停止 are recorded too');
  });

  it('reads no events from a sentence that recounts an earlier event', () => {
    const read = (description: string) =>
      readItem(
        {
          id: 'd',
          outlet: '架空日報',
          title: '若草町の町営バス 運転手が不足',
          description,
          link: 'https://kaku.example/d',
          published: '2026-06-20T18:00:00+09:00',
        },
        tokenizer,
      ).events;
    const recap = read(
      '若草町は20日、町営バスの運転手が足りないと明らかにした。町は3日に新路線を開設したばかりだった。',
    );
    assert.ok(
      recap.some((event) => event.endsWith('>足りる')),
      recap.join(' '),
    );
    assert.ok(!recap.some((event) => event.endsWith('>開設')), recap.join(' '));
    const other = read('若草町は20日、町営バスの運転手が足りないと明らかにした。別の町も路線を廃止した。');
    assert.ok(!other.some((event) => event.endsWith('>廃止')), other.join(' '));
    // A later sentence that is no recap still gives its events.
    const plain = read('若草町は20日、町営バスの運転手が足りないと明らかにした。町は新路線を開設する。');
    assert.ok(
      plain.some((event) => event.endsWith('>開設')),
      plain.join(' '),
    );
  });

  it('reads no event from a reporting verb: who announced is not what happened', () => {
    const events = readItem(
      {
        id: 'e',
        outlet: '架空日報',
        title: '若草電機が新工場',
        description: '若草電機は20日、新工場の建設計画を発表した。新工場は部品を生産する。',
        link: 'https://kaku.example/e',
        published: '2026-06-20T18:00:00+09:00',
      },
      tokenizer,
    ).events;
    assert.ok(events.includes('部品>生産'), events.join(' '));
    assert.ok(!events.some((event) => event.endsWith('>発表')), events.join(' '));
  });
});

describe('readItem lead and topic', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const read = (title: string, description: string) =>
    readItem(
      {
        id: 'x',
        outlet: '経済タイムズ',
        title,
        description,
        link: 'https://keizai.example/x',
        published: '2026-05-10T15:00:00+09:00',
      },
      tokenizer,
    );

  it('reads the actor a は binds in the first sentence, and the lead phrases apart from the background', () => {
    const item = read(
      '若葉酒造、純利益予想を下方修正',
      '若葉酒造は10日、今期の連結純利益予想を引き下げた。こむぎ堂へのTOB費用は含めていない。',
    );
    assert.equal(item.topic, '若葉酒造');
    assert.ok(item.leadPhrases.includes('連結純利益予想'), item.leadPhrases.join(','));
    assert.ok(item.phrases.has('TOB費用'));
    assert.ok(!item.leadPhrases.includes('TOB費用'), 'a later sentence is background');
  });

  it('reads what the first sentence names as come before its own event (〜となっていた, 〜が続いていた, 〜を受け)', () => {
    const reopened = read(
      '笹野トンネル、通行再開',
      '落石で通行止めとなっていた笹野トンネルが10日午前9時、通行を再開した。路線バスも元の経路に戻った。',
    );
    assert.ok(
      reopened.referBack.includes('落石') && reopened.referBack.includes('通行止め'),
      reopened.referBack.join(','),
    );
    assert.ok(!reopened.referBack.includes('笹野トンネル'), 'what the follow-up is about is after it');
    const response = read(
      '梅原町が避難指示',
      '大雨警報が出たことを受け、梅原町は10日午後、川沿いの約300世帯に避難指示を出した。',
    );
    assert.deepEqual(response.referBack, ['大雨警報']);
    const first = read(
      '笹野トンネルで落石',
      '10日午前6時ごろ、笹野トンネルの入り口付近で落石があり、県は通行止めにした。走っていた車にけがはなかった。',
    );
    assert.deepEqual(first.referBack, [], 'a first report names nothing as come before');
    const resumed = read(
      '柚木線、運転を再開',
      '倒木で運休が続いていた柚木線が10日朝、全線で運転を再開した。',
    );
    assert.ok(
      resumed.referBack.includes('倒木') && resumed.referBack.includes('運休'),
      resumed.referBack.join(','),
    );
  });

  it('reads the case a follow-up frames its lead by (〜問題で、, 〜事故で、, 〜を受け、, 〜について、, 〜を巡り、, 〜事故があった)', () => {
    const framed = read(
      '堤防の亀裂、業者に補修命じる',
      '柿野川の堤防に亀裂が見つかった問題で、県は10日、工事をした業者に補修を命じた。',
    );
    assert.ok(
      framed.followsUp.includes('堤防') && framed.followsUp.includes('亀裂'),
      framed.followsUp.join(','),
    );
    assert.ok(!framed.followsUp.includes('業者'), 'what the follow-up reports is after the frame');
    const responding = read(
      '桃原町、祭りを中止',
      '山車の横転事故を受け、桃原町は10日、今年の秋祭りを取りやめると決めた。',
    );
    assert.ok(responding.followsUp.includes('横転事故'), responding.followsUp.join(','));
    const unframed = read(
      '果樹園に打撃',
      '桃原町の果樹園はひょうで大きな打撃を受けた。町は10日、被害額を約3億円と発表した。',
    );
    assert.deepEqual(unframed.followsUp, [], 'a verb of suffering is no frame');
    const concerning = read(
      '給水管の破裂、業者に賠償求める',
      '柿野町の小学校で給水管が破裂した事故について、町は10日、工事をした業者に修理費を求めると決めた。',
    );
    assert.ok(
      concerning.followsUp.includes('給水管') && !concerning.followsUp.includes('業者'),
      concerning.followsUp.join(','),
    );
    const around = read(
      '入札の漏えい、町長が謝罪',
      '町の入札で予定価格が漏れた問題を巡り、桃原町長は10日、議会で謝罪した。',
    );
    assert.ok(around.followsUp.includes('予定価格'), around.followsUp.join(','));
    const recalled = read(
      '県が小学校に立ち入り',
      '県は10日、給水管が破裂する事故があった柿野町の小学校で配管を調べた。',
    );
    assert.ok(
      recalled.followsUp.includes('給水管') && !recalled.followsUp.includes('配管'),
      recalled.followsUp.join(','),
    );
  });

  it('reads an incident named by its kind as a frame (〜火事で、, 〜の爆発は、), not the kind alone', () => {
    const fire = read(
      '製麺所の火元は乾燥室か',
      '椎名町の製麺所が焼けた火事で、消防は11日、乾燥室のヒーター付近から火が出たとみて調べている。',
    );
    assert.ok(
      fire.followsUp.includes('製麺所') && !fire.followsUp.includes('ヒーター'),
      fire.followsUp.join(','),
    );
    const topic = read(
      '倉庫の爆発、原因はスプレー缶',
      '椎名町の塗料倉庫の爆発は、積まれていたスプレー缶のガスに火花が引火したためだった。',
    );
    assert.ok(topic.followsUp.includes('塗料倉庫'), topic.followsUp.join(','));
    const outage = read(
      '島の停電、ケーブル切断が原因',
      '椎名島の全域停電で、電力会社は11日、海底ケーブルが切れていたと明らかにした。',
    );
    assert.ok(outage.followsUp.includes('全域停電'), outage.followsUp.join(','));
    for (const [description, why] of [
      [
        '11日午前、椎名町の製麺所で火事があり、木造の建物が焼けた。この火事は、けさまで続いた。',
        'a first report tells its fire as news',
      ],
      ['火事は、11日未明に椎名町の住宅で起きた。けが人はいなかった。', 'the kind alone names no case'],
      [
        'この火事は、11日未明に椎名町の住宅で起きた。けが人はいなかった。',
        'nor the kind after a demonstrative',
      ],
    ] as const)
      assert.deepEqual(read('椎名町で火事', description).followsUp, [], why);
  });

  it('reads a food poisoning, a derailment or a burst named by its kind as a frame (〜の食中毒で、, 〜の脱線は、)', () => {
    for (const [title, description, framed] of [
      [
        '仕出し弁当、ご飯を常温で保管',
        '萩尾市の仕出し店の弁当の食中毒で、保健所は14日、炊いたご飯を半日ほど常温で置いていたと発表した。',
        '仕出し店',
      ],
      [
        '貨物列車の脱線、レールのゆがみが原因',
        '萩尾鉄道の貨物列車の脱線は、暑さで伸びたレールのゆがみが原因とみられる。',
        '貨物列車',
      ],
      [
        '水道管の破裂、古い継ぎ手が割れる',
        '萩尾市の商店街の水道管破裂で、市は15日、50年前の継ぎ手が割れていたと明らかにした。',
        '商店街',
      ],
    ] as const) {
      assert.ok(read(title, description).followsUp.includes(framed), description);
    }
    // The frame ends at the kind: what the act finds (ご飯) is not of it.
    assert.ok(
      !read(
        '仕出し弁当、ご飯を常温で保管',
        '萩尾市の仕出し店の弁当の食中毒で、保健所は14日、炊いたご飯を半日ほど常温で置いていたと発表した。',
      ).followsUp.includes('ご飯'),
    );
    // A natural hazard is how a first report tells its own event (…で起きた地震で、…では), not a frame.
    assert.deepEqual(
      read('萩尾市で震度5強', '15日未明に県南部で起きた地震で、萩尾市では住宅の塀が倒れた。').followsUp,
      [],
    );
  });

  it('reads the phrases named only in a later sentence that recounts an earlier event', () => {
    const item = read(
      '若葉酒造、新工場が稼働',
      '若葉酒造は10日、若竹市の新工場を稼働させた。同社は先月、別の工場で異物混入の回収をしたばかり。',
    );
    assert.ok(item.recapPhrases.includes('異物混入'), item.recapPhrases.join(','));
    assert.ok(!item.recapPhrases.includes('新工場'), 'named in the lead too');
    assert.deepEqual(
      read('若葉酒造、新工場が稼働', '若葉酒造は10日、新工場を稼働させた。回収は続く。').recapPhrases,
      [],
    );
  });

  it('counts a recap sentence’s words only up to its setting (〜では、〜でも): the rest is another matter', () => {
    const item = read(
      '鳩見町の図書館で水漏れ',
      '鳩見町の町立図書館で12日、天井から水が漏れ、本約300冊がぬれた。同じ町では先月、公民館の屋根が強風ではがれる被害もあった。',
    );
    // The setting is the item's own (町); what happened there before (公民館, 屋根, 強風) is not.
    assert.ok(item.words.has('町'), [...item.words.keys()].join(','));
    for (const word of ['公民館', '屋根', '強風'])
      assert.ok(!item.words.has(word), `${word}: ${[...item.words.keys()].join(',')}`);
    // Its phrases are still read, as named only in a recap.
    assert.ok(item.recapPhrases.includes('公民館'), item.recapPhrases.join(','));
    // A later sentence that is the item's own keeps all its words.
    const own = read(
      '鳩見町の図書館で水漏れ',
      '鳩見町の町立図書館で12日、天井から水が漏れ、本約300冊がぬれた。町は屋根の点検を業者に頼んだ。',
    );
    assert.ok(own.words.has('屋根'), [...own.words.keys()].join(','));
  });

  it('reads a lead that opens on background (〜では＋an earlier time) as a recap when the next sentence dates the act after its topic', () => {
    const item = read(
      '鷺島の配食、予定通り再開',
      '鷺島では7日夜に送水管が破れて島の全域が断水し、住民は給水車で水を受け取っている。青葉町が先月始めた高齢者への配食事業は9日、予定通り再開した。',
    );
    // The second sentence is the report: its phrases are the lead's, the first sentence's a recap's.
    assert.ok(item.leadPhrases.includes('配食事業'), item.leadPhrases.join(','));
    assert.ok(!item.leadPhrases.includes('送水管'), item.leadPhrases.join(','));
    assert.ok(item.recapPhrases.includes('送水管'), item.recapPhrases.join(','));
    assert.ok(!item.events.some((event) => event.startsWith('送水管>')), item.events.join(','));
    // By a period word right after the setting, too.
    const period = read(
      '若葉電鉄が新型車両',
      '若葉電鉄では今月、信号の故障が続き、国の指導を受けている。同社は9日、新型車両を導入すると発表した。',
    );
    assert.ok(period.recapPhrases.includes('信号'), period.recapPhrases.join(','));
    assert.ok(period.leadPhrases.includes('新型車両'), period.leadPhrases.join(','));
    // And when the report opens on its own day (9日夜には…).
    const day = read(
      '鷺島港の倉庫で火災',
      '鷺島港では先月、貨物船の荷崩れで作業員がけがをした。9日夜には港の倉庫で火災があり、木造平屋の一部が焼けた。',
    );
    assert.ok(day.recapPhrases.includes('荷崩れ'), day.recapPhrases.join(','));
    assert.ok(day.leadPhrases.includes('木造平屋'), day.leadPhrases.join(','));
    // A second sentence that does not date an act of its own leaves the first as the lead.
    const own = read(
      '鷺島で断水続く',
      '鷺島では7日夜に送水管が破れて島の全域が断水し、住民は給水車で水を受け取っている。町は給水車を2台増やした。',
    );
    assert.ok(own.leadPhrases.includes('送水管'), own.leadPhrases.join(','));
    assert.deepEqual(own.recapPhrases, []);
  });

  it('reads a later sentence on another matter of the setting (〜では…も…ている) as a recap', () => {
    const item = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。同社では瓶詰め機の不調も続いている。',
    );
    assert.ok(item.recapPhrases.includes('瓶詰め機'), item.recapPhrases.join(','));
    assert.ok(!item.recapPhrases.includes('若葉酒造'), 'named in the lead too');
    const plan = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。同社では配線の点検も強化する。',
    );
    assert.deepEqual(plan.recapPhrases, [], 'a plan is the item’s own, not another matter');
    const detail = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。けが人も出ていない。',
    );
    assert.deepEqual(detail.recapPhrases, [], 'no setting as its topic: a detail of the event');
  });

  it('reads a recap whose setting carries a relative clause (…が勤めていた工場では…も…ていた)', () => {
    const item = read(
      '元工場長の柴山さん死去',
      '元工場長の柴山義一さんが9日、病気のため亡くなった。長く勤めていた若葉酒造の工場では先月、瓶詰め機の火災も起きていた。',
    );
    assert.ok(item.recapPhrases.includes('瓶詰め機'), item.recapPhrases.join(','));
    const joined = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。漏電を受けて同社では配線の点検も始めた。',
    );
    assert.deepEqual(joined.recapPhrases, [], 'a verb joined by て opens the item’s own act');
    const event = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。倉庫の電気が止まった事故では配線の傷みも見つかった。',
    );
    assert.deepEqual(event.recapPhrases, [], 'a clause on a case noun tells the event itself');
  });

  it('reads a later sentence on the setting, timed to an earlier month or day, as a recap', () => {
    const month = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。同社の本社工場では3月、瓶詰め機が壊れている。',
    );
    assert.ok(month.recapPhrases.includes('瓶詰め機'), month.recapPhrases.join(','));
    const day = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。同社の本社工場では2日に瓶詰め機が壊れた。',
    );
    assert.ok(day.recapPhrases.includes('瓶詰め機'), day.recapPhrases.join(','));
    const period = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。同社の本社工場では3月の瓶詰め機の稼働が多かった。',
    );
    assert.deepEqual(period.recapPhrases, [], 'a month that qualifies a noun times no happening');
    const own = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起きたと公表した。同社の本社工場では10日、瓶詰め機を止めた。',
    );
    assert.deepEqual(own.recapPhrases, [], 'the item’s own day is no earlier matter');
  });

  it('reads the figures named only in recap sentences', () => {
    const item = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起き、瓶8本が割れたと公表した。同社の本社工場では3月、瓶詰め機が壊れ瓶120本が割れている。',
    );
    assert.deepEqual(item.recapNumbers, ['120本']);
    const both = read(
      '若葉酒造の倉庫で漏電',
      '若葉酒造は10日、倉庫で漏電が起き、瓶8本が割れたと公表した。同社の本社工場では3月、瓶8本が割れている。',
    );
    assert.deepEqual(both.recapNumbers, [], 'named in its own report too');
  });

  it('reads a later sentence that opens on the same day as a recap of another happening', () => {
    const item = read(
      '若葉酒造、品評会で金賞',
      '若葉酒造は10日、県の品評会で純米酒が金賞を受けた。同じ日の地ビール部門では桐谷麦酒が初の入賞を果たした。',
    );
    assert.ok(item.recapPhrases.includes('桐谷麦酒'), item.recapPhrases.join(','));
    const own = read(
      '若葉酒造、品評会で金賞',
      '若葉酒造は10日、県の品評会で純米酒が金賞を受けた。社長は同じ日の夕方、蔵人に報告した。',
    );
    assert.deepEqual(own.recapPhrases, [], 'the same day later in the sentence: the item’s own');
  });

  it('tellsAnotherMatter reads the setting topic, the も and the told aspect', () => {
    const tells = (text: string) => tellsAnotherMatter(tokenizer.tokenize(text));
    assert.ok(tells('町では橋の補修も続いている。'));
    assert.ok(tells('港では先週、漁船の火災もあった。'));
    assert.ok(!tells('町では橋の補修も進める。'), 'a plan');
    assert.ok(!tells('町長は、橋の補修も続いていると述べた。'), 'no setting as the topic');
    assert.ok(!tells('町では橋の補修が続いている。'), 'no も: the item’s own matter');
  });

  it('periodAnotherMatter reads the setting topic, a period of the calendar and a case that happened', () => {
    const tells = (text: string) => periodAnotherMatter(text, tokenizer.tokenize(text));
    assert.ok(tells('同劇場では今月、照明が倒れる事故があった。'));
    assert.ok(tells('村では昨年にも納屋の火事が起きている。'));
    assert.ok(!tells('同劇場では今月、新しい演目を始めた。'), 'no case told as having happened');
    assert.ok(!tells('同劇場では午後2時ごろ、照明が倒れる事故があった。'), 'a time of day, not a period');
    assert.ok(!tells('館長は今月、照明の事故があったと話した。'), 'no setting as the topic');
    const item = read(
      '楓岳スキー場のリフト停止',
      '楓岳スキー場で10日、リフトが止まり客が取り残された。同社では今月、ロープウェーで扉が開く事故があった。',
    );
    assert.ok(
      item.recapPhrases.some((phrase) => phrase.includes('ロープウェー')),
      item.recapPhrases.join(','),
    );
  });

  it('caseRecalled reads the relative clause a dated lead recalls its case by', () => {
    assert.equal(
      caseRecalled('柿ノ沢町は30日、用水路に機械油を流した製材所に、設備を改めるよう指示した。'),
      '用水路に機械油を流した',
    );
    assert.equal(caseRecalled('演目が中止となった楓座の支配人は4日、観客に謝った。'), '演目が中止となった');
    assert.equal(
      caseRecalled('県は9日、誤って配られた書類を受け取った12人に、回収の協力を頼んだ。'),
      '誤って配られた書類を受け取った',
      'the outermost clause on what the act is done to',
    );
    assert.equal(
      caseRecalled('9日午後、公園で揚げていた凧が電線に絡まった。'),
      '',
      'no act day after a topic',
    );
    assert.equal(
      caseRecalled('町は9日、倉庫で保管していた米を配った。'),
      '',
      'a state at the time (〜ていた)',
    );
    assert.equal(
      caseRecalled('町は9日、職員が誤って捨てた書類を探しているという。'),
      '',
      'a clause with a subject of its own tells an event, as a first report does',
    );
    assert.equal(caseRecalled('町は9日、書類を探し、見つかった書類を返した。'), '', 'after another comma');
    assert.equal(
      caseRecalled('組合は9日、2日の嵐で小屋を失った3人に、見舞いの品を贈った。'),
      '',
      'a clause that dates its case says which case by its day',
    );
    assert.equal(
      caseRecalled('町は9日、5月に終わった橋の工事の代金を払った。'),
      '',
      'nor by its month: a first report describes its own matter so',
    );
  });

  it('reads a past day with にも in a later sentence as a recap, not a day still to come', () => {
    const recap = read(
      '若葉酒造、瓶ビール3万本を回収',
      '若葉酒造は10日、瓶ビール約3万本を回収すると発表した。同社は3日にも缶酎ハイの回収を発表している。',
    );
    assert.ok(
      recap.recapPhrases.some((phrase) => phrase.includes('缶酎ハイ')),
      recap.recapPhrases.join(','),
    );
    const ahead = read(
      '若葉酒造、瓶ビール3万本を回収',
      '若葉酒造は10日、瓶ビール約3万本を回収すると発表した。20日にも缶酎ハイの販売を再開する。',
    );
    assert.deepEqual(ahead.recapPhrases, []);
  });

  it("reads the days of a recap sentence as an earlier event's, not the item's own", () => {
    const recap = read(
      '若葉酒造、瓶ビール3万本を回収',
      '若葉酒造は10日、瓶ビール約3万本を回収すると発表した。同社は3日にも缶酎ハイの回収を発表している。',
    );
    assert.equal(recap.recapDays.length, 1, recap.recapDays.join(','));
    assert.ok(recap.recapDays[0]?.endsWith('-03'), recap.recapDays.join(','));
    assert.ok(!recap.leadDays.includes(recap.recapDays[0] ?? ''), 'not a lead day');
    const later = read(
      '若葉酒造、瓶ビール3万本を回収',
      '若葉酒造は10日、瓶ビール約3万本を回収すると発表した。対象は3日に出荷した分。',
    );
    assert.deepEqual(later.recapDays, [], 'a later sentence that recounts nothing');
  });

  it('reads a day with its part of the day, and a clock time as the parts it may be called by, not from a recap', () => {
    const feature = read(
      '「音で目が覚めた」 山すその町',
      '雨音に混じって地鳴りが聞こえた。八日未明、斜面の家が土砂に押しつぶされた。',
    );
    assert.deepEqual(feature.dayParts, ['2026-05-08/night']);
    assert.deepEqual(feature.leadDays, [], 'the day is not in the lead');
    const report = read('若葉町で土砂崩れ', '8日午前3時50分ごろ、若葉町の住宅地で裏山が崩れた。');
    assert.deepEqual(report.dayParts.sort(), ['2026-05-08/morning', '2026-05-08/night']);
    const evening = read('若葉町で火事', '9日午後5時半ごろ、若葉町の倉庫から火が出た。');
    assert.deepEqual(evening.dayParts.sort(), ['2026-05-09/daytime', '2026-05-09/evening']);
    const recap = read(
      '若葉町でまた土砂崩れ',
      '若葉町の住宅地で10日、また裏山が崩れた。同町では8日未明にも別の斜面が崩れたばかりだった。',
    );
    assert.deepEqual(recap.dayParts, [], "an earlier event's time is not the item's");
  });

  it('reads the parts of the day an item that names no day sets its scene at, and none once a day is named', () => {
    const feature = read(
      '「波が来たと思ったら」 漁師が語る',
      '夜明け前の暗い海で、小舟は一瞬でひっくり返った。救助された男性は船底にしがみついたという。',
    );
    assert.deepEqual(feature.undatedParts.sort(), ['morning', 'night']);
    assert.deepEqual(feature.dayParts, [], 'no day to give it');
    assert.deepEqual(read('峠道を走る', 'あの朝、峠道は霧に包まれていた。').undatedParts, ['morning']);
    const dated = read('若葉町で火事', '8日夜、若葉町の倉庫から火が出た。早朝まで燃え続けた。');
    assert.deepEqual(dated.undatedParts, [], 'a piece that names its day is read by its days');
    const recap = read(
      '若葉町の倉庫、営業を再開',
      '若葉町の倉庫が営業を再開した。火事で焼けたばかりの倉庫は深夜まで片付けが続いた。',
    );
    assert.deepEqual(recap.undatedParts, [], "a recap's part of the day is an earlier event's");
  });

  it('reads the day a follow-up counts from by 〜から一夜明けた', () => {
    const piece = read(
      '「屋根が飛んだ」 竜巻から一夜明けた港町',
      '港町では、きょうも住民が割れた窓ガラスを片付けていました。',
    );
    assert.deepEqual(piece.nightBefore, ['2026-05-09'], 'the day before the day of publication');
    const named = read(
      '若葉町の住民、片付けに追われる',
      '竜巻から一夜明けた7日、若葉町の住民は片付けに追われた。',
    );
    assert.deepEqual(named.nightBefore, ['2026-05-06'], 'the day before the day it names');
    assert.deepEqual(read('若葉町で竜巻', '9日午後、若葉町で竜巻が起きた。').nightBefore, []);
  });

  it('takes no topic from a が subject, which is as often what the event happened to', () => {
    assert.equal(read('電車が脱線', '10日朝、青葉線の電車の車輪が脱線した。').topic, '');
  });

  it('reads as the topic an actor named in brackets after its kind (…の菓子工房「X」は)', () => {
    const workshop = read(
      '菓子工房、古い蔵で新商品',
      '若葉町の菓子工房「ミツバ堂」は10日、町内の古い蔵を借りて焼き菓子を作ると発表した。',
    );
    assert.equal(workshop.topic, '菓子工房ミツバ堂');
    // The name in brackets bound by が, or a quote, is no topic.
    assert.equal(read('蔵で焼き菓子', '若葉町の菓子工房「ミツバ堂」が10日、蔵を借りた。').topic, '');
    assert.equal(read('店主の言葉', '店主は「来年も続けたい」と話した。').topic, '店主');
    assert.equal(
      read('町が方針', '「もう限界だ」と話す住民が増えたため、町は10日、方針を決めた。').topic,
      '',
    );
  });

  it('reads a later sentence that opens on the same setting (同じ…では) as a recap of another matter', () => {
    const fall = read(
      '朝市で看板が倒れ2人けが',
      '10日午前8時ごろ、若葉町の朝市で露店の看板が倒れ、客の男女2人がけがをした。同じ朝市では前回、売上金の盗難が相次いでいた。',
    );
    assert.ok(fall.recapPhrases.includes('売上金'), fall.recapPhrases.join(','));
    assert.ok(!fall.words.has('盗難'), 'a recap adds no word past its setting');
    // 同じ with a relative clause (同じ時期に建てた…でも) tells the item's own act.
    const check = read(
      '町営住宅で配管の誤接続',
      '若葉町は10日、町営住宅1棟で配管が誤ってつながれていたと発表した。同じ時期に建てた町営住宅3棟でも配管を調べる。',
    );
    assert.deepEqual(check.recapPhrases, [], check.recapPhrases.join(','));
  });
});

describe('kana 略称', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  it('finds the hiragana words of a text that may be a 略称, cut at particles and before a kanji', () => {
    const words = kanaWordsOf(
      'わかぎん・まつぎん統合へ\nわかぎんとまつぎんが一つになる。さく電の愛称で親しまれる',
    );
    for (const word of ['わかぎん', 'まつぎん', 'さく電'])
      assert.ok(words.includes(word), `${word}: ${words.join(',')}`);
    assert.ok(!words.includes('ぎん統'), words.join(','));
  });

  it('reads the kana forms of the compound names an item gives, from their readings', () => {
    const reading = readItem(
      {
        id: 'bank',
        outlet: '架空日報',
        title: '若葉銀行と松風銀行、経営統合で基本合意',
        description: '若葉銀行と松風銀行は5日、経営統合することで基本合意したと発表した。',
        link: 'https://kaku.example/bank',
        published: '2026-06-05T17:00:00+09:00',
      },
      tokenizer,
    );
    assert.ok(
      reading.kanaForms.get('若葉銀行')?.includes('わかぎん'),
      JSON.stringify([...reading.kanaForms]),
    );
    assert.ok(
      reading.kanaForms.get('松風銀行')?.includes('まつぎん'),
      JSON.stringify([...reading.kanaForms]),
    );
  });
});

describe('kindsOf: names introduced by their kind', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const kinds = (sentence: string) =>
    Object.fromEntries(kindsOf(tokenizer.tokenize(sentence)).map(({ name, kind }) => [name, kind]));

  it('reads the kind in apposition to the subject, with or without its bracketed address', () => {
    const firm = kinds('冷凍食品メーカーのミナトフーズ（白浜市）は3日、主力商品を値上げすると発表した。');
    assert.ok(firm.ミナトフーズ?.includes('冷凍食品'), JSON.stringify(firm));
    assert.ok(firm.ミナトフーズ?.includes('冷凍食品メーカー'), JSON.stringify(firm));
    assert.ok(!firm.ミナトフーズ?.includes('メーカー'), 'the head alone says only "a firm"');
    const subject = kinds('物流大手のアサギ運輸が新しい倉庫を建てる。');
    assert.ok(subject.アサギ運輸?.includes('物流'), JSON.stringify(subject));
  });

  it('reads no kind from a place, a possessor, a person or an object', () => {
    assert.deepEqual(kinds('白浜市の特別養護老人ホームは5日、入所者の受け入れを止めた。'), {});
    assert.deepEqual(kinds('罹災証明の申請受け付けは来週始まる。'), {});
    assert.deepEqual(kinds('運転手の男性は軽いけがをした。'), {});
    assert.deepEqual(kinds('市は冷凍食品メーカーのミナトフーズに改善を求めた。'), {}, 'not the subject');
  });
});

describe('agesIn', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const ages = (text: string) => agesIn(text, tokenizer.tokenize(text));

  it('reads the age in parentheses after the word for a person as N歳', () => {
    assert.deepEqual(ages('港で釣りをしていた男性(72)と孫の女児(9)が海に落ちた。'), ['72歳', '9歳']);
    assert.deepEqual(ages('3年の女子生徒(１７)が足の骨を折った。'), ['17歳']);
  });

  it('does not read one after a named person, a figure or a number out of range', () => {
    assert.deepEqual(ages('新人の岡野勇作氏(52)が初当選した。'), []);
    assert.deepEqual(ages('得点は3(2)だった。'), []);
    assert.deepEqual(ages('会社員の男性(250)と(30)'), []);
  });
});

describe('agedPeople and leadAges', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const aged = (text: string) => agedPeople(text, tokenizer.tokenize(text));
  const item = (description: string) => ({
    id: 'x',
    outlet: 'テスト',
    title: '見出し',
    description,
    link: 'https://t.example/x',
    published: '2026-05-10T12:00:00+09:00',
  });

  it('gives each age with the word for the person, a suffix with its noun', () => {
    assert.deepEqual(aged('釣りをしていた男性(72)と孫の女児(9)が海に落ちた。'), [
      { kind: '男性', age: '72歳' },
      { kind: '女児', age: '9歳' },
    ]);
    assert.deepEqual(aged('署は無職の容疑者(44)を逮捕した。')[0]?.age, '44歳');
    assert.notEqual(aged('署は無職の容疑者(44)を逮捕した。')[0]?.kind, '者');
  });

  it("reads the first sentence's ages, but not where it sets its event in a case named first", () => {
    assert.deepEqual(
      readItem(item('10日午後、川辺町の県道で散歩中の男性(81)が車にはねられた。'), tokenizer).leadAges,
      ['男性=81歳'],
    );
    assert.deepEqual(
      readItem(item('川辺町で倉庫の工具が盗まれた事件で、署は10日、無職の男(38)を逮捕した。'), tokenizer)
        .leadAges,
      [],
    );
    assert.deepEqual(
      readItem(item('川辺町の県道で事故があった。運転していた男性(45)にけがはなかった。'), tokenizer)
        .leadAges,
      [],
      'a later sentence',
    );
  });
});

describe('leadNumbers', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const item = (title: string, description: string) => ({
    id: 'x',
    outlet: 'テスト',
    title,
    description,
    link: 'https://t.example/x',
    published: '2026-05-10T12:00:00+09:00',
  });

  it('gives the figures of the headline and the first sentence, ages among them, not those of later sentences', () => {
    const reading = readItem(
      item(
        '製材所で丸太崩れ 1人けが',
        '10日午前、川辺町の製材所で積んであった丸太約40本が崩れ、作業中の男性(52)が足を骨折した。同社では機械8台を止めた。',
      ),
      tokenizer,
    );
    assert.deepEqual([...reading.leadNumbers].sort(), ['1人', '40本', '52歳']);
    assert.ok(reading.numbers.includes('8台'), JSON.stringify(reading.numbers));
  });
});

describe('a roundup’s sentence of other matters (このほか、, ほかに、)', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const read = (description: string) =>
    readItem(
      {
        id: 'x',
        outlet: 'テスト',
        title: '今週の県内 製糸工場で火災 ほか',
        description,
        link: 'https://t.example/x',
        published: '2026-05-10T12:00:00+09:00',
      },
      tokenizer,
    );

  it('reads what it tells as another matter, not the item’s own', () => {
    for (const opening of ['このほか、', '県内ではこのほか、', '今週はほかに、']) {
      const item = read(
        `絹川市の製糸工場で8日に起きた火災で、消防が原因を調べている。${opening}松尾町の水族館でペンギンの赤ちゃんが生まれた。`,
      );
      assert.ok(item.recapPhrases.includes('水族館'), `${opening}: ${item.recapPhrases.join(',')}`);
      assert.ok(!item.recapPhrases.includes('製糸工場'), opening);
    }
    assert.ok(
      !read(
        '絹川市の製糸工場で8日に起きた火災で、消防が原因を調べている。水族館ではペンギンの赤ちゃんが生まれた。',
      ).recapPhrases.includes('水族館'),
      'no marker',
    );
  });
});

describe('namedCompoundsOf', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const named = async (text: string) => namedCompoundsOf(await tokenizer.tokenize(text));

  it('reads a name followed by the kind it names (a bridge, a school, a firm)', async () => {
    assert.deepEqual(await named('霞浦町の北浦橋で橋脚にひびが見つかった。'), ['北浦橋']);
    assert.deepEqual(await named('鷺沼高校の生徒が橋の模型を作った。'), ['鷺沼高校']);
  });

  it('reads no common compound, no loanword, no municipality’s office and no person', async () => {
    assert.deepEqual(await named('町はハザードマップを配り、シェアサイクルを始めた。'), []);
    assert.deepEqual(await named('霞浦町の凧揚げ大会の実行委員会は2日、来年の日程を決めた。'), []);
    assert.deepEqual(await named('霞浦町役場で、田中一郎さんが職員に説明した。'), []);
    assert.deepEqual(await named('霞浦町観光協会は、鷺ノ宮市観光協会と組んだ。'), []);
  });
});
