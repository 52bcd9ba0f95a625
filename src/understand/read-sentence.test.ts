import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Token, type Tokenizer } from '../text/tokenizer.ts';
import {
  findQuotes,
  type Predicate,
  type Quote,
  readSentence,
  type SentenceReading,
  spaceSeparatedParts,
  speakerOfQuote,
} from './read-sentence.ts';

let tokenizer: Tokenizer;

before(async () => {
  tokenizer = await createTokenizer();
});

/** The sentence's predicate with this lemma (the test fails when there is none). */
function predicate(reading: SentenceReading, lemma: string): Predicate {
  const found = reading.predicates.find((p) => p.lemma === lemma);
  assert.ok(found, `no predicate ${lemma} in 「${reading.text}」: ${reading.predicates.map((p) => p.lemma)}`);
  return found;
}

/** Whether the predicate with this lemma is negated in the sentence. */
function negated(text: string, lemma: string): boolean {
  return predicate(readSentence(text, tokenizer), lemma).negated;
}

/** The hedges of every clause of the sentence, in order. */
function hedges(text: string): string[] {
  return readSentence(text, tokenizer).clauses.flatMap((clause) => clause.hedges);
}

/** The certainty words of every clause of the sentence, in order. */
function certain(text: string): string[] {
  return readSentence(text, tokenizer).clauses.flatMap((clause) => clause.certain);
}

describe('readSentence: negation', () => {
  it('negates a verb followed by ない or なかった and leaves the affirmative verb plain', () => {
    assert.equal(negated('雨は降らない。', '降る'), true);
    assert.equal(negated('列車は駅に止まらなかった。', '止まる'), true);
    assert.equal(negated('列車は駅に止まった。', '止まる'), false);
  });

  it('negates the verb before ず or せず and not the clause after it', () => {
    const express = readSentence('快速は青葉台駅に停車せず、終点まで走った。', tokenizer);
    assert.equal(predicate(express, '停車').negated, true);
    assert.equal(predicate(express, '走る').negated, false);
    const cause = readSentence('理由は分からず、調査を続ける。', tokenizer);
    assert.equal(predicate(cause, '分かる').negated, true);
    assert.equal(predicate(cause, '続ける').negated, false);
  });

  it('negates a verb whose plan or intention noun is denied (開く予定はない, 応じる考えもない)', () => {
    assert.equal(negated('組合は交渉に応じる考えはないと述べた。', '応じる'), true);
    assert.equal(negated('町は祭りを開く予定もない。', '開く'), true);
    assert.equal(negated('会社は工場を移す計画がないと説明した。', '移す'), true);
    assert.equal(negated('町は祭りを開く予定だ。', '開く'), false);
    // So does a prospect said not to exist (見通しは立っていない, めどがつかない).
    assert.equal(negated('運転を再開する見通しは立っていない。', '再開'), true);
    assert.equal(negated('店を開けるめどがつかない。', '開ける'), true);
    // …and after a verbal noun and の (運転再開のめどは立っていない, 開催の予定はない).
    assert.equal(negated('大雨の影響で、運転再開のめどは立っていない。', '再開'), true);
    assert.equal(negated('町は花火大会の開催の予定はないと述べた。', '開催'), true);
    // A plan noun that is not denied, or is denied by a content verb of its own, leaves the act plain.
    assert.equal(negated('会社は工場を移す計画を明らかにしなかった。', '移す'), false);
    assert.equal(negated('運転を再開する見通しが示された。', '再開'), false);
  });

  it('negates a verb in the polite forms ません and ませんでした', () => {
    assert.equal(negated('市は回答しません。', '回答'), true);
    assert.equal(negated('担当者は現れませんでした。', '現れる'), true);
  });

  it('negates the verbal noun that 至っていない or 至らず governs, but not one that 至った governs', () => {
    assert.equal(negated('警察は容疑者の特定には至っていない。', '特定'), true);
    assert.equal(negated('原因の特定に至らず、調査は続く。', '特定'), true);
    assert.equal(negated('警察は容疑者の特定に至った。', '特定'), false);
  });

  it('negates the act that 明言を避けた or 明らかにせず declines, and not when the avoiding is denied', () => {
    assert.equal(negated('町長は続投について明言を避けた。', '明言'), true);
    assert.equal(negated('町長は明言を避けなかった。', '明言'), false);
    assert.equal(negated('会社は理由を明らかにせず、謝罪した。', '明らか'), true);
    assert.equal(negated('町は理由を明らかにした。', '明らか'), false);
  });

  it('negates the proposition before わけではない and と言っているのではない', () => {
    assert.equal(negated('値上げに反対しているわけではない。', '反対'), true);
    assert.equal(negated('値上げに反対している。', '反対'), false);
    assert.equal(negated('事業の中止を決めたと言っているのではない。', '決める'), true);
  });

  it('negates the proposition before とは言えない and とは限らない, and a negated one back to affirmed', () => {
    assert.equal(negated('その判断は妥当だとは言えない。', '妥当'), true);
    assert.equal(negated('休校はやむを得ないとは言えないと述べた。', 'やむを得ない'), true);
    assert.equal(negated('来年も値段が上がるとは限らない。', '上がる'), true);
    assert.equal(negated('来年も値段が上がらないとは限らない。', '上がる'), false);
    // とはいえ (even so) is a concession, not a negation.
    assert.equal(negated('値段は上がったとはいえ、客足は戻った。', '上がる'), false);
  });

  it('reads 〜しか…ない as an exclusive affirmative, not a denial', () => {
    assert.equal(negated('この駅には各駅停車しか止まらない。', '止まる'), false);
    assert.equal(negated('会合には三人しか出席しなかった。', '出席'), false);
    // A しか of an earlier clause does not reach the next one.
    assert.equal(negated('朝しか開かないが、夜は営業しない。', '営業'), true);
    assert.equal(negated('この駅には快速は止まらない。', '止まる'), true);
  });

  it('negates the act that 断念, 撤回, 取りやめ, 見合わせ or 否定 takes as its object', () => {
    assert.equal(negated('町は新庁舎の建設を断念した。', '建設'), true);
    assert.equal(negated('県は補助金の削減を撤回した。', '削減'), true);
    assert.equal(negated('主催者は花火の打ち上げを取りやめた。', '打ち上げる'), true);
    assert.equal(negated('鉄道会社は始発から運転を見合わせている。', '運転'), true);
    assert.equal(negated('議員は献金への関与を否定した。', '関与'), true);
    assert.equal(negated('町は新庁舎の建設を断念しなかった。', '建設'), false);
  });

  it('negates a verb made a noun with こと that a verb of not doing takes (the vneg29 round)', () => {
    assert.equal(negated('村は古い吊り橋を修理することを断念した。', '修理'), true);
    assert.equal(negated('組合は値上げを求めることを見送った。', '求める'), true);
    assert.equal(negated('村は古い吊り橋を修理することを断念しなかった。', '修理'), false);
    // こと taken by any other verb says nothing of whether the act is done.
    assert.equal(negated('村は古い吊り橋を修理することを決めた。', '修理'), false);
  });

  it('negates an act whose very consideration is denied: こと or たいと, は or も, 考える or 検討 negated (the vdet31 round)', () => {
    assert.equal(negated('組合は、漁港に新しい桟橋を造ることは考えておらず、補修で済ませる。', '造る'), true);
    assert.equal(negated('市は、旧校舎を改修することも検討しておらず、解体する。', '改修'), true);
    assert.equal(negated('店主は、店を続けたいとは考えていません。', '続ける'), true);
    // Considered, or a thought about a fact: the act stays affirmed.
    assert.equal(negated('組合は、漁港に新しい桟橋を造ることも考えている。', '造る'), false);
    assert.equal(negated('市は、旧校舎を改修することも検討中だ。', '改修'), false);
    assert.equal(negated('町は、大雨が崩れた原因だとは考えていない。', '崩れる'), false);
  });

  it('negates a verbal noun after the prefix 未, 不 or 非, and reads a headline’s noun + なし as no existence', () => {
    assert.equal(negated('耐震診断は未実施だ。', '実施'), true);
    assert.equal(negated('来年度の日程は未確定だ。', '確定'), true);
    assert.equal(negated('耐震診断を実施した。', '実施'), false);
    assert.equal(negated('港の花火、けが人なし', 'ある'), true);
  });

  it('passes the polarity of a support verb (応じる, 行う, 実施, 始める, 続ける) to the verbal noun it takes', () => {
    assert.equal(negated('店は返品には応じないという。', '返品'), true);
    assert.equal(negated('店は返品に応じるという。', '返品'), false);
    assert.equal(negated('市は今年、住民への説明を行わなかった。', '説明'), true);
    assert.equal(negated('組合は値上げを実施しない。', '値上げ'), true);
    // The aspect verbs of starting and going on carry the act too.
    assert.equal(negated('住民団体は署名を始めなかった。', '署名'), true);
    assert.equal(negated('消防は夜間も捜索を続けた。', '捜索'), false);
    assert.equal(negated('町は運行を開始しない。', '運行'), true);
  });

  it('reaches the support verb past words of time, place and manner, and reads a verb of not doing in its noun form', () => {
    // The verb that carries the act stands after when or how it is done.
    assert.equal(negated('会は署名活動を来月1日から始める。', '活動'), false);
    assert.equal(negated('会は署名活動を来月1日から始めない。', '活動'), true);
    assert.equal(negated('夜間の講習は、予定どおり行う。', '講習'), false);
    assert.equal(negated('夜間の講習は、予定どおり行わない。', '講習'), true);
    // 取りやめ, 見送り: the noun form of a verb of not doing denies the act before it.
    assert.equal(negated('夜間の講習も、取りやめになった。', '講習'), true);
    assert.equal(negated('住民説明会の開催は見送りとなった。', '開催'), true);
    // Another argument or verb between: the verbal noun is not what that verb carries.
    assert.equal(
      readSentence('署名活動の資料を市に渡し、説明を始めた。', tokenizer).predicates.some(
        (p) => p.lemma === '活動',
      ),
      false,
    );
  });

  it('reads what a thing becomes (Nになる, Nとなる) as a noun predicate with its polarity', () => {
    assert.equal(negated('部品の調達が課題になるという。', '課題'), false);
    assert.equal(negated('部品の調達は問題にならないという。', '問題'), true);
    assert.equal(negated('部品の調達は問題にはならなかった。', '問題'), true);
    assert.equal(negated('窓口は、年末年始は休みとなる。', '休み'), false);
    assert.equal(predicate(readSentence('部品の調達が課題になるという。', tokenizer), '課題').kind, 'noun');
  });

  it('reads existence as the predicate ある, negated by ない and ありません and affirmed by ある', () => {
    assert.equal(negated('住民への影響がない。', 'ある'), true);
    assert.equal(negated('健康への被害はなかった。', 'ある'), true);
    assert.equal(negated('被害はありません。', 'ある'), true);
    assert.equal(negated('住民への影響はある。', 'ある'), false);
    assert.equal(negated('計画に問題がある。', 'ある'), false);
    // いる of people: けが人はいなかった says there was none.
    assert.equal(negated('船の乗員にけが人はいなかった。', 'ある'), true);
    assert.equal(negated('会場には警備員もいた。', 'ある'), false);
    // A number between the subject and いる (数量詞遊離): there were some.
    assert.equal(negated('熱を出した子どもが複数いた。', 'ある'), false);
    assert.equal(negated('現場には消防団員が3人いた。', 'ある'), false);
    assert.equal(negated('けがをした客は1人もいなかった。', 'ある'), true);
    // A count with a particle of approximation (10人ほど, 20人ぐらい) is still the noun phrase いる takes.
    assert.equal(negated('渡し船には、船頭のほかに8人ほどがいた。', 'ある'), false);
    assert.equal(negated('桟橋には釣り客が20人ぐらいいた。', 'ある'), false);
    // ない after Nは in the continuative (けがはなく、), which the tokenizer tags as the auxiliary.
    assert.equal(negated('乗客にけがはなく、列車は1時間後に動いた。', 'ある'), true);
  });

  it('negates the act of a relative clause whose noun is denied to exist (反対した議員はいなかった)', () => {
    // No one did it: the clause's act is denied, as 反対しなかった would be.
    assert.equal(negated('委員会では、計画に反対した委員はいなかった。', '反対'), true);
    assert.equal(negated('町内で避難した住民はいない。', '避難'), true);
    // Someone did it, and a denial of another noun's existence leaves the act alone.
    assert.equal(negated('委員会では、計画に反対した委員もいた。', '反対'), false);
    assert.equal(negated('計画に反対したが、代わりの案はない。', '反対'), false);
    // A plan noun denied (開く予定はない) keeps its own reading: the act is denied once.
    assert.equal(negated('説明会を開く予定はない。', '開く'), true);
  });

  it('reads a prospect had or made (めどが立つ, めどを付ける) as the prospect noun, with the verb’s polarity', () => {
    // Intransitive and transitive verbs, and the noun's spellings, say one predicate.
    assert.equal(negated('青葉町は、新庁舎の財源にめどを付けた。', 'めど'), false);
    assert.equal(negated('新庁舎の財源の目途は立っていない。', 'めど'), true);
    assert.equal(negated('復旧の見通しが立たない。', '見通し'), true);
    assert.equal(negated('町は工事の見通しを立てた。', '見通し'), false);
    // Another noun before the verb keeps the verb as the predicate.
    assert.equal(negated('駅前に看板を立てた。', '立てる'), false);
  });

  it('reads ない after a noun and は/が/も as the adjective 無い, which the tagger calls an auxiliary', () => {
    assert.equal(negated('これまでに設備の故障の報告はない。', 'ある'), true);
    assert.equal(negated('乗客からの問い合わせもない。', 'ある'), true);
    // After では it stays the copula's negation: no existence is read.
    assert.equal(
      readSentence('対策は十分ではない。', tokenizer).predicates.some((p) => p.kind === 'existence'),
      false,
    );
  });

  it('reads 〜ことができなかった as not doing the act, and 〜ことができた as doing it', () => {
    assert.equal(negated('男性は自力で避難することができなかった。', '避難'), true);
    assert.equal(negated('選手たちは山頂まで登ることはできなかった。', '登る'), true);
    assert.equal(negated('男性は自力で避難することができた。', '避難'), false);
  });

  it('reads a question ending in のではないか as no negation', () => {
    assert.equal(negated('工事は遅れるのではないか。', '遅れる'), false);
    assert.equal(negated('値上げが続くのではないかとの見方を示した。', '続く'), false);
  });

  it('reads a denial asked in the past (〜なかったか調べる) as a question, not a denial (vfa46)', () => {
    // As 〜ないか asks in the present, 〜なかったか asks whether there was one.
    assert.equal(negated('市は配管に傷がなかったか点検している。', 'ある'), false);
    assert.equal(negated('係員は鍵をかけ忘れていなかったか確かめている。', '忘れる'), false);
    // Still a denial: stated flatly, or hedged with かもしれない.
    assert.equal(negated('倉庫に在庫はなかった。', 'ある'), true);
    assert.equal(negated('倉庫に在庫はなかったかもしれない。', 'ある'), true);
  });

  it('reads a noun predicate and its negation with the copula (規模だ / 規模ではない)', () => {
    assert.equal(negated('町で最大の規模だ。', '規模'), false);
    assert.equal(negated('町で最大の規模ではない。', '規模'), true);
  });

  it('reads an adverb with the copula (初めてだ / 初めてではない) and a sentence ending on a noun after は as affirmed', () => {
    assert.equal(negated('この村で祭りが中止になるのは初めてではない。', '初めて'), true);
    assert.equal(negated('この村で祭りが中止になるのは初めてだ。', '初めて'), false);
    // 体言止め: the copula is left unsaid, the noun is still the affirmed predicate.
    assert.equal(negated('この村で祭りが中止になるのは初めて。', '初めて'), false);
    assert.equal(negated('村で最も多い職業は農家。', '農家'), false);
  });
});

describe('readSentence: names', () => {
  it('reads no name in a reflexive 自- word (自社, 自国), whatever the dictionary tags it', () => {
    const reading = readSentence('北浦精機は、今のところ自社の生産に影響はないとしている。', tokenizer);
    assert.ok(!reading.names.includes('自社'), reading.names.join(','));
  });
});

describe('readSentence: a noun made or denied as a proposition (vmod34)', () => {
  it('reads what a thing is made (Nとする / Nとはしない / Nにする) as a predicate with its polarity', () => {
    assert.equal(negated('町は申請を保留とはしなかった。', '保留'), true);
    assert.equal(negated('町は申請を保留とした。', '保留'), false);
    assert.equal(negated('組合は会費を無料にしない。', '無料'), true);
  });

  it('leaves the passive (Nとされる) unread: what is said or deemed of a thing', () => {
    const reading = readSentence('井戸の水は安全とされていた。', tokenizer);
    assert.equal(
      reading.predicates.some((p) => p.lemma === '安全'),
      false,
    );
  });

  it('reads a noun denied through わけではない or とは限らない as negated', () => {
    assert.equal(negated('被害の中心は漁業というわけではない。', '漁業'), true);
    assert.equal(negated('最初に来る客が常連とは限らない。', '常連'), true);
  });
});

describe('readSentence: modality', () => {
  it('reads an inference told with と and a verb of inferring or thinking as a hedge (vmod34)', () => {
    assert.deepEqual(hedges('工費は約9億円と推定される。'), ['と推定さ']);
    assert.deepEqual(hedges('市は、雪の重みで梁が折れたと推測している。'), ['と推測し']);
    assert.deepEqual(hedges('梁は古い釘で留められていたと考えられる。'), ['と考えられ']);
  });

  it('reads a possibility that a verb of stating puts forward as a hedge (可能性を挙げた; vmod34)', () => {
    assert.deepEqual(hedges('町は梁の腐食の可能性を挙げた。'), ['可能性を挙げ']);
    assert.deepEqual(hedges('専門家は落雷の恐れを指摘した。'), ['恐れを指摘']);
  });

  it('reads らしい, はずだ, 公算, 構え and 射程・考慮に入れる as hedges of their clause (vmod39)', () => {
    assert.deepEqual(hedges('犯人は裏口から逃げたらしい。'), ['らしい']);
    assert.deepEqual(hedges('荷物は明朝には届くはずだ。'), ['はず']);
    assert.deepEqual(hedges('決勝は雨で順延となる公算が大きい。'), ['公算']);
    assert.deepEqual(hedges('組合は会社側と争う構えだ。'), ['構え']);
    assert.deepEqual(hedges('村は分校の再開も考慮に入れている。'), ['考慮に入れ']);
  });

  it('does not read らしい after a noun (子どもらしい) nor はず heading a noun or past (届くはずだった) as a hedge (vmod39)', () => {
    assert.deepEqual(hedges('子どもらしい絵が並んだ。'), []);
    assert.deepEqual(hedges('午前に届くはずだった荷物が遅れた。'), []);
  });

  it('reads 得る as the auxiliary of possibility only after a verb (起こり得る, not 承認を得る; vmod34)', () => {
    assert.deepEqual(hedges('同じ事故は再び起こり得る。'), ['得る']);
    assert.deepEqual(hedges('組合は工事の前に町の許可を得る。'), []);
  });

  it('reads 模様 as a hedge only where it ends the clause (沈んだ模様だ), not the noun of a pattern (vmod37)', () => {
    assert.deepEqual(hedges('漁船は岬の沖で沈んだ模様だ。'), ['模様']);
    assert.deepEqual(hedges('乗っていた3人は無事の模様。'), ['模様']);
    assert.deepEqual(hedges('子どもたちは、壁に花や鳥の模様を描いた。'), []);
    assert.deepEqual(hedges('祖母は、縞模様の手ぬぐいを縫った。'), []);
  });

  it('reads an intention the clause ends on as a hedge (寄付を考えている, 使うつもりだった; vdet27)', () => {
    assert.deepEqual(hedges('夫婦は、郷土館への寄付を考えている。'), ['考えて']);
    assert.deepEqual(hedges('男性は、机を孫の勉強に使うつもりだった。'), ['つもり']);
    // …not an opinion (…と考えている), nor an intention denied (つもりはない: the act itself is denied).
    assert.deepEqual(hedges('町は、机は古すぎると考えている。'), []);
    assert.equal(hedges('夫婦は、机を使うつもりはないという。').includes('つもり'), false);
  });

  it('puts a plan, forecast, policy, consideration or risk that heads the clause into its hedges', () => {
    assert.deepEqual(hedges('新庁舎は来年春に開館する予定だ。'), ['予定']);
    assert.deepEqual(hedges('新線は2030年に開業する見通し。'), ['見通し']);
    assert.deepEqual(hedges('町は補助を続ける方針だ。'), ['方針']);
    assert.deepEqual(hedges('市は料金の引き上げを検討している。'), ['検討']);
    assert.deepEqual(hedges('堤防が決壊する恐れがある。'), ['恐れ']);
    assert.deepEqual(hedges('工期が延びる可能性もある。'), ['可能性']);
  });

  it('reads an act stated as intended with としている / しており as a hedge, not a state or a view (vdet33)', () => {
    assert.deepEqual(hedges('組合は今後、倉庫の鍵を取り替えるとしている。'), ['としてい']);
    assert.deepEqual(hedges('組合は見回りを強化するとしており、'), ['としてお']);
    // A state, a view or a copula quoted by と is attribution's matter, not an act intended.
    assert.deepEqual(hedges('組合は、倉庫に問題があるとしている。'), []);
    assert.deepEqual(hedges('組合は、鍵の故障が原因だとしている。'), []);
    // A rule's content (規約では…場合は…とする) and a process that runs by itself are not a body's intention.
    assert.deepEqual(hedges('組合の規約では、雨の場合は行事を中止するとしている。'), []);
    assert.deepEqual(hedges('組合は、修理に半月ほどかかるとしている。'), []);
  });

  it('reads a hedge noun stated with to whom or where between it and the verb (考えを記者団に示した)', () => {
    assert.deepEqual(hedges('市長は、給水制限を来週にも始める考えを記者団に示した。'), ['考え']);
    assert.deepEqual(hedges('町は、橋を架け替える方針を会見で明らかにした。'), ['方針']);
    // …but not a plan the clause talks about (計画を発表した).
    assert.deepEqual(hedges('町は、橋の架け替え計画を議会で発表した。'), []);
  });

  it('reads inference, expectation and a question ending as hedges', () => {
    assert.deepEqual(hedges('火事の原因は漏電とみられる。'), ['とみられ']);
    assert.deepEqual(hedges('会社は売上の増加を見込んでいる。'), ['見込ん']);
    assert.deepEqual(hedges('本当に間に合うのか。'), ['か。']);
    assert.deepEqual(hedges('工事は遅れるのではないか。'), ['ではないか']);
  });

  it('reads 疑い as a hedge where it heads the clause (疑いがある), not as the grounds of an act (〜の疑いで運ばれた)', () => {
    assert.deepEqual(hedges('児童3人が食中毒の疑いで病院に運ばれた。'), []);
    assert.deepEqual(hedges('児童3人に食中毒の疑いがある。'), ['疑い']);
  });

  it('reads a verb of expecting as a hedge when its topic stands between it and と (…増えると市はみている)', () => {
    assert.equal(hedges('来場者は今年、約2万人増えると町観光協会はみている。').length, 1);
    assert.equal(hedges('売り上げは1割ほど減ると同社も見ている。').length, 1);
    assert.deepEqual(hedges('来場者は今年、約2万人増えた。'), []);
  });

  it('reads the content of a verb of fearing (〜ことを懸念, 心配, 危惧) as a hedge, as 〜恐れがある is', () => {
    assert.deepEqual(hedges('住民は、川の水が濁ることを懸念している。'), ['ことを懸念']);
    assert.deepEqual(hedges('店主らは客足が遠のくことを心配している。'), ['ことを心配']);
    // The fear as a fact of its own (懸念を示した) hedges nothing.
    assert.deepEqual(hedges('住民は計画に懸念を示した。'), []);
  });

  it('reads a wish (〜たい) that ends a quote before と as a hedge, as it does before a plain と', () => {
    assert.ok(hedges('町長は「国に支援を求めたい」と話した。').some((hedge) => hedge.includes('たい')));
    assert.ok(hedges('町長は国に支援を求めたいと話した。').some((hedge) => hedge.includes('たい')));
    assert.ok(!hedges('町長は「国に支援を求めた」と話した。').some((hedge) => hedge.includes('たい')));
  });

  it('does not read a hedge word the clause only talks about as its modality', () => {
    assert.deepEqual(hedges('予定地では測量が始まった。'), []);
    assert.deepEqual(hedges('工事は当初の計画から半年遅れた。'), []);
    assert.deepEqual(hedges('客足は見込みより少なかった。'), []);
    assert.deepEqual(hedges('市長は出馬の可能性をにおわせる発言をした。'), []);
    assert.deepEqual(hedges('期限内の完成は不可能だ。'), []);
  });

  it('reads 〜する方向で調整している as a hedge of the clause', () => {
    assert.deepEqual(hedges('町は駅前の再開発を見直す方向で調整している。'), ['方向']);
    assert.deepEqual(hedges('市は体育館を改修して使う方向だ。'), ['方向']);
  });

  it('does not read a hedge heading a relative clause as the modality of the sentence', () => {
    // The hedge describes the noun (the 市場 whose move was considered); 再開する is stated flatly.
    assert.deepEqual(hedges('市は移転を検討していた市場を来月再開すると発表した。'), []);
    assert.deepEqual(hedges('秋に予定されていた式典は中止となった。'), []);
    assert.deepEqual(hedges('原因とみられる漏電の跡が見つかった。'), []);
    // Acts chained by て inside the relative clause: the hedge still describes the noun.
    assert.deepEqual(hedges('3選を目指して敗れた候補は、事務所で支持者に謝った。'), []);
    // A noun of time with の starts the noun phrase the clause describes (予定していた今年の式典).
    assert.deepEqual(hedges('町は秋に予定していた今年の式典を中止すると発表した。'), []);
    assert.deepEqual(hedges('市は検討していた当初の案を取り下げた。'), []);
    // A hedge of the sentence's own predicate chain, or of a complement (〜していることを), still counts.
    assert.deepEqual(hedges('市は式典を秋に開く予定だ。'), ['予定']);
    assert.deepEqual(hedges('選手たちは優勝を目指して戦う。'), ['目指']);
    assert.deepEqual(hedges('市は市場の移転を検討していることを明らかにした。'), ['検討']);
    assert.deepEqual(hedges('市場は移転を検討しているため、改装を見送った。'), ['検討']);
  });

  it('splits a headline into its space-separated parts, not at a space in other text', () => {
    const text = '図書館が来月休館 改修費は3億円　分館の新設を検討';
    assert.deepEqual(
      spaceSeparatedParts(text).map(([start, end]) => text.slice(start, end)),
      ['図書館が来月休館', '改修費は3億円', '分館の新設を検討'],
    );
    assert.deepEqual(spaceSeparatedParts('市は New Town 計画を発表した。').length, 1);
  });

  it('splits a headline before a part that opens with a figure (1人150円, 27年4月導入へ)', () => {
    const text = '入湯税を新設 1人150円 27年4月導入へ';
    assert.deepEqual(
      spaceSeparatedParts(text).map(([start, end]) => text.slice(start, end)),
      ['入湯税を新設', '1人150円', '27年4月導入へ'],
    );
    assert.deepEqual(spaceSeparatedParts('市は 2026 plan を示した。').length, 1);
  });

  it('records 決定した, 決まった, 決めた and 確実になった as certainty', () => {
    assert.deepEqual(certain('町は橋の建設を決定した。'), ['決定']);
    assert.deepEqual(certain('開業日が決まった。'), ['決ま']);
    assert.deepEqual(certain('市は新庁舎の建設地を決めた。'), ['決め']);
    assert.deepEqual(certain('新人の当選が確実になった。'), ['確実']);
  });

  it('does not record certainty for a decision the clause talks about or one that is negated', () => {
    assert.deepEqual(certain('町は開業決定を受け、記念式典を開いた。'), []);
    assert.deepEqual(certain('開業日はまだ決まっていない。'), []);
  });

  it('records confirming a fact (…ことを確認した, …だと確かめられた) as certainty, not checking a thing (vscope41)', () => {
    assert.deepEqual(certain('技師は、配水管に穴が開いていることを確認した。'), ['確認']);
    assert.deepEqual(certain('停電は鳥の巣が原因だと確かめられた。'), ['確かめ']);
    assert.deepEqual(certain('技師は配水管の内部を確認した。'), []);
    assert.deepEqual(certain('住民に、蛇口から水漏れがないか確かめるよう求めた。'), []);
  });

  it('reads a hedge closed by the quotative と of a verb of saying as the content’s (contentEnd, vscope41)', () => {
    const text = '組合は、不漁の原因は網の老朽化とみられると説明した。';
    const clause = readSentence(text, tokenizer).clauses.at(-1);
    assert.deepEqual(clause?.hedges, ['とみられ']);
    assert.equal(text.slice(clause?.contentEnd ?? 0), '説明した。');
    assert.equal(text.slice(0, clause?.contentEnd).endsWith('とみられると'), true);
    // A plan of the saying itself (…と説明する予定だ) is no content's hedge.
    const planned = readSentence('組合は、不漁の原因を説明する予定だ。', tokenizer).clauses.at(-1);
    assert.equal(planned?.contentEnd, undefined);
    // Hearsay (…とみられるという) is no verb of saying with an act of its own.
    const hearsay = readSentence('不漁の原因は網の老朽化とみられるという。', tokenizer).clauses.at(-1);
    assert.equal(hearsay?.contentEnd, undefined);
  });

  it('leaves a plan that describes a bracketed name to that name (予定していた「…」, vscope41)', () => {
    assert.deepEqual(hedges('組合は、来月に予定していた「潮干狩り大会」の中止を決めた。'), []);
    assert.deepEqual(hedges('組合は、来月に潮干狩り大会を開く予定だ。'), ['予定']);
  });
});

describe('readSentence: quotes and speakers', () => {
  it('reads と + an attitude noun + を示す (と懸念を示した, との見解を示した) as reported speech of its topic', () => {
    const fear = readSentence('青葉漁協の組合長は、漁獲が減ると懸念を示した。', tokenizer);
    assert.equal(fear.reported, true);
    assert.equal(fear.speaker, '青葉漁協の組合長');
    assert.equal(readSentence('町長は、計画を見直すとの見解を示した。', tokenizer).reported, true);
    // を示す of a thing shown is no speech.
    assert.equal(readSentence('町は新しい地図を示した。', tokenizer).reported, false);
  });

  it('does not read a quote that only gives a proper name (a ship, a shop) as words reported; common nouns in quotes still are', () => {
    assert.equal(readSentence('遊覧船「沖島丸」が岩に乗り上げた。', tokenizer).reported, false);
    assert.equal(readSentence('雑貨店「高森商店」の看板が落ちた。', tokenizer).reported, false);
    // 「粗悪」の評判, 『観光列車』としての色合い: common nouns in quotes may be someone's term.
    assert.equal(readSentence('その布団は「粗悪」の評判が広まった。', tokenizer).reported, true);
    assert.equal(readSentence('この路線は『観光列車』としての色合いが濃い。', tokenizer).reported, true);
    // …and words quoted are words, whatever they name.
    assert.equal(readSentence('船長は「沖島丸は無事だ」と話した。', tokenizer).reported, true);
  });

  it('reads an apology after と (とわびた, とおわびした) and a body’s reckoning (と見積もっている) as words reported', () => {
    const apology = readSentence('駅長は、利用者に迷惑をかけたとわびた。', tokenizer);
    assert.equal(apology.reported, true);
    assert.equal(apology.speaker, '駅長');
    assert.equal(readSentence('組合は、損失を約9億円と見積もっている。', tokenizer).reported, true);
    assert.equal(readSentence('県は、来場者を約4万人と推計した。', tokenizer).reported, true);
    // わびる without a quoting と reports nothing: 客にわびた.
    assert.equal(readSentence('店長は客に深くわびた。', tokenizer).reported, false);
  });

  it('does not read an attempt (a volitional form and とする: 渡ろうとした) as words reported', () => {
    const attempt = readSentence('8日に住民らが川を渡ろうとした際、係員が橋の傷みに気づいた。', tokenizer);
    assert.equal(attempt.reported, false);
    assert.equal(attempt.speaker, undefined);
    assert.equal(readSentence('男は店から逃げようとしている。', tokenizer).reported, false);
    // …but a conjecture or an invitation reported with とした still is (だろう, ましょう).
    assert.equal(readSentence('町長は、影響は小さいだろうとした。', tokenizer).reported, true);
    assert.equal(readSentence('市は、早めに避難しましょうとした。', tokenizer).reported, true);
    assert.equal(readSentence('市は、工事を来月に始めるとした。', tokenizer).reported, true);
  });

  it('finds a quote nested inside another, outermost first, with its words', () => {
    const text = '組合長は「看板に『安全第一』と書いた」と話した。';
    const quotes = findQuotes(text);
    assert.deepEqual(
      quotes.map((quote) => quote.inner),
      ['看板に『安全第一』と書いた', '安全第一'],
    );
    assert.deepEqual(
      quotes.map((quote) => text.slice(quote.start, quote.end)),
      ['「看板に『安全第一』と書いた」', '『安全第一』'],
    );
    assert.deepEqual(readSentence(text, tokenizer).quotes, quotes);
  });

  it('gives a quote followed by と to the topic nearest before it, not to an earlier place name', () => {
    const reading = readSentence(
      '桜浜町の件について、白川市の山中誠市長は「協力を惜しまない」と述べた。',
      tokenizer,
    );
    assert.ok(reading.quoteSpeaker?.includes('山中誠市長'), reading.quoteSpeaker);
    assert.ok(!reading.quoteSpeaker?.includes('桜浜町'), reading.quoteSpeaker);
    assert.equal(reading.reported, true);
    const later = readSentence(
      '会見で町議会は紛糾したが、山中誠市長は「協力を惜しまない」と述べた。',
      tokenizer,
    );
    assert.equal(later.quoteSpeaker, '山中誠市長');
    const opinion = readSentence('山中誠市長は「協力を惜しまない」との考えを示した。', tokenizer);
    assert.equal(opinion.quoteSpeaker, '山中誠市長');
  });

  it('gives no speaker to words shown or written in the passive (「…」と表示された), only to words said', () => {
    // The sentence's topic does not say the words on the screen; who reported them stays its source.
    const shown = readSentence(
      '協会によると、大会は午前9時開始で、受付の端末に名札をかざしたところ、「登録なし」と表示された。',
      tokenizer,
    );
    assert.equal(shown.quoteSpeaker, undefined);
    assert.equal(shown.speaker, '協会');
    assert.equal(
      readSentence('倉庫は閉まっており、扉には「関係者以外立入禁止」と書かれていた。', tokenizer)
        .quoteSpeaker,
      undefined,
    );
    // Said words and an adnominal inscription keep the topic as before.
    assert.equal(
      readSentence('大会は午前9時開始で、会長は「登録を急いで」と話した。', tokenizer).quoteSpeaker,
      '会長',
    );
    assert.equal(
      readSentence('組合員は「賃上げを」と書かれた旗を掲げた。', tokenizer).quoteSpeaker,
      '組合員',
    );
  });

  it('keeps the name before a 中黒 and the title after it in the speaker (vfa20)', () => {
    const reading = readSentence(
      '北浜電機の山田浩二・南町工場長は会見で「生産を早く戻したい」と話した。',
      tokenizer,
    );
    assert.ok(reading.quoteSpeaker?.includes('山田浩二・南町工場長'), reading.quoteSpeaker);
  });

  it('gives a quote to the subject marked with が right before it, not to a topic before that', () => {
    assert.equal(
      readSentence('町議会では一部の議員が「住民への説明が足りない」として反対した。', tokenizer)
        .quoteSpeaker,
      '一部の議員',
    );
    assert.equal(
      readSentence('青葉町は、住民が「説明が足りない」と訴えたことを受け、説明会を開いた。', tokenizer)
        .quoteSpeaker,
      '住民',
    );
    // が further from the quote marks a subordinate clause's subject, not the speaker.
    assert.equal(
      readSentence('山中誠市長は、支援が必要だとして「協力を惜しまない」と述べた。', tokenizer).quoteSpeaker,
      '山中誠市長',
    );
  });

  it('gives a quote to a speaker written with an age or gloss in parentheses (男性（54）は), the gloss kept', () => {
    assert.equal(
      readSentence('露店を出す予定だった男性（54）は「仕入れが無駄になる」と話した。', tokenizer)
        .quoteSpeaker,
      '男性(54)',
    );
    assert.equal(
      readSentence('避難した青葉町の女性（会社員）は「眠れなかった」と振り返った。', tokenizer).quoteSpeaker,
      '青葉町の女性(会社員)',
    );
  });

  it('reads the speaker of reported words without quotes written with an age in parentheses (男性（61）は)', () => {
    assert.equal(
      readSentence('駅前で花屋を営む男性（61）は、客足が戻らずつらいと話した。', tokenizer).speaker,
      '男性(61)',
    );
    assert.equal(
      readSentence('商店会の会長（70）は、客足が戻らないと話した。', tokenizer).speaker,
      '商店会の会長(70)',
    );
  });

  it('gives a quote to the speaker named in parentheses right after it', () => {
    assert.equal(readSentence('全線の再開は「月末になる見込み」（同社）。', tokenizer).quoteSpeaker, '同社');
    assert.equal(
      readSentence('「もう店は続けられない」（60代の店主）との声も出ている。', tokenizer).quoteSpeaker,
      '60代の店主',
    );
    // A bracketed name followed by a gloss of place is no quote with a speaker.
    assert.equal(
      readSentence('新しい橋「みなと橋」（港北町）が完成した。', tokenizer).quoteSpeaker,
      undefined,
    );
  });

  it('keeps a name written with ノ or ヶ whole in the speaker (鵜ノ浜漁協, 萩ヶ丘町)', () => {
    assert.equal(
      readSentence('鵜ノ浜漁協の石黒組合長は「枠が足りない」と話した。', tokenizer).speaker,
      '鵜ノ浜漁協の石黒組合長',
    );
    assert.equal(readSentence('鵜ノ浜漁協によると、漁獲は減った。', tokenizer).speaker, '鵜ノ浜漁協');
    assert.equal(
      readSentence('萩ヶ丘町の町長は「計画を見直す」と話した。', tokenizer).speaker,
      '萩ヶ丘町の町長',
    );
  });

  it('takes the speaker set between the words and the reporting verb (…だと、X は説明した)', () => {
    const reading = readSentence('工事は来月に終わる見込みだと、町の担当者は説明した。', tokenizer);
    assert.equal(reading.reported, true);
    assert.equal(reading.speaker, '町の担当者');
    assert.equal(readSentence('工事は来月に終わると、町が明らかにした。', tokenizer).speaker, '町');
  });

  it('reads a speaker written with its short name in parentheses or as a bracketed name (vspk30)', () => {
    for (const [text, speaker] of [
      // X（short name）によると: the gloss stays with the body, as with a topic.
      ['北浜市消防本部（市消防）によると、煙を吸った客はゼロだ。', '北浜市消防本部(市消防)'],
      // 「name」（place）によると: the bracketed name, its place gloss left out.
      ['店を営む「ひばり屋」（港町）によると、客は減った。', 'ひばり屋'],
      // 「name」は as the topic of a reporting verb.
      ['菓子店「こもれび堂」は3日、焼き菓子を棚から下げると発表した。', 'こもれび堂'],
    ] as const)
      assert.equal(readSentence(text, tokenizer).speaker, speaker, text);
  });

  it('reads a reporting verb after a focus particle, 陳謝, and a view held (とみて調べている) (vspk30)', () => {
    for (const [text, speaker] of [
      ['町の担当者は、原因は分からないとだけ答えた。', '町の担当者'],
      ['市長は、来年度も続けたいとも述べた。', '市長'],
      ['運営会社の社長は「迷惑をかけた」と陳謝した。', '運営会社の社長'],
      ['港署は、船長がうとうとしたとみて捜査中だ。', '港署'],
    ] as const)
      assert.equal(readSentence(text, tokenizer).speaker, speaker, text);
  });

  it('passes over a が-subject inside a clause on a noun closing the segment (…した問題で、) (vspk30)', () => {
    assert.equal(
      readSentence('業者が台帳を塗り替えた問題で、市は28日、外部監査に着手したと明言した。', tokenizer)
        .speaker,
      '市',
    );
    // A が-subject whose act goes on into the reporting clause still speaks.
    assert.equal(readSentence('県が結果をまとめ、原因は配線だったと説明した。', tokenizer).speaker, '県');
  });

  it('gives no quote speaker to a bracketed name before との間 (vspk30)', () => {
    const reading = readSentence('町は運送会社「あおば便」との間で契約を結んでいなかった。', tokenizer);
    assert.equal(reading.quoteSpeaker, undefined);
  });

  it('names no quote speaker when the quote is not reported with と', () => {
    const reading = readSentence('山中誠市長は会見で『協力を惜しまない』の一文を読み上げた。', tokenizer);
    assert.equal(reading.quotes.length, 1);
    assert.equal(reading.quoteSpeaker, undefined);
  });

  it("reads no speaker across a clause boundary: the reporting verb's own clause names it", () => {
    for (const [text, speaker] of [
      // 〜が、: the subject of the clause before is what was found, not who says the words.
      ['壁の一部にひびがあったが、町は安全性に問題はないとしている。', '町'],
      // 〜ため、 and 〜ので、 in the same place.
      ['橋が古いため、県は年内に架け替えると説明した。', '県'],
      ['客が減ったので、組合長は対策を急ぐと述べた。', '組合長'],
      // A topic before a て-clause goes on over it when the verb's clause has none of its own.
      ['市長は会見を開いて、計画を見直すと述べた。', '市長'],
      // …even when that clause has a topic of its own: what the words are about.
      ['社長は取材に応じて、価格は据え置くと話した。', '社長'],
      // A が in the verb's clause marks the subject of what is said, not the speaker.
      ['気象台は、雨は夜に弱まる見込みで、川が氾濫するおそれがあるとしている。', '気象台'],
    ] as const)
      assert.equal(readSentence(text, tokenizer).speaker, speaker, text);
  });

  it("gives the words to the head noun of a relative clause, not to the clause's が-subject (vfa22)", () => {
    for (const [text, speaker] of [
      ['町が依頼した調査会社は、来月には客が戻る見通しだとしている。', '調査会社'],
      ['店に車が突っ込んだ60歳の店主は、けが人がなくてよかったと話した。', '60歳の店主'],
      // The subject of an event in a clause that goes on is that clause's, not the speaker.
      ['倉庫で火事が起き、消防署は原因を調べていると説明した。', '消防署'],
      // An agent acting on something (を in its clause) goes on as the speaker.
      ['県が調査結果を公表し、原因は不明だと説明した。', '県'],
    ] as const)
      assert.equal(readSentence(text, tokenizer).speaker, speaker, text);
  });

  it('gives a quote to the outer of two topics in its clause, not to what the words are about', () => {
    for (const [text, speaker] of [
      ['県は、事故の原因は「調査中だ」としている。', '県'],
      ['組合は、来年の漁獲は「さらに減る」とみている。', '組合'],
      // A time noun as the first topic (今回は) names no one.
      ['今回は、市長は「残念だ」と述べた。', '市長'],
    ] as const) {
      const reading = readSentence(text, tokenizer);
      assert.equal(reading.quoteSpeaker, speaker, text);
    }
    // One topic: it speaks, as before.
    assert.equal(readSentence('町長は「計画を見直す」と話した。', tokenizer).quoteSpeaker, '町長');
  });

  it('takes the source of 〜によると as the speaker', () => {
    const insider = readSentence('関係者によると、町は来月にも入札を行う。', tokenizer);
    assert.equal(insider.reported, true);
    assert.equal(insider.speaker, '関係者');
    const survey = readSentence('県の調査によると、観光客は前年より増えた。', tokenizer);
    assert.equal(survey.speaker, '県の調査');
  });

  it('takes whose account 〜の話では and 〜の説明では give as the speaker (vdet29)', () => {
    const told = readSentence('釣り客の話では、桟橋の板は朝から外れていた。', tokenizer);
    assert.equal(told.reported, true);
    assert.equal(told.speaker, '釣り客');
    const explained = readSentence('港湾事務所の説明では、修理は週明けに始まる。', tokenizer);
    assert.equal(explained.reported, true);
    assert.equal(explained.speaker, '港湾事務所');
  });

  it('takes the polite 〜によりますと of broadcast news as 〜によると', () => {
    const reading = readSentence('町によりますと、橋の工事は来月に終わる見込みです。', tokenizer);
    assert.equal(reading.reported, true);
    assert.equal(reading.speaker, '町');
  });

  it('reads more verbs of saying, a feeling voiced after と and the quotative として', () => {
    for (const [text, speaker] of [
      ['港の漁師は、波が高くて怖かったと振り返った。', '港の漁師'],
      ['店の女性は、客が減って苦しいと打ち明けた。', '店の女性'],
      ['組合長は、漁に出られなくなると懸念を示した。', '組合長'],
      ['一部の議員は、説明が足りないとして反対した。', '一部の議員'],
      ['組合の常務は、機械が昨年も止まっていたことを明らかにした。', '組合の常務'],
    ] as const) {
      const reading = readSentence(text, tokenizer);
      assert.equal(reading.reported, true, text);
      assert.equal(reading.speaker, speaker, text);
    }
    // …but として after a noun (名所として, "as") reports no one's words.
    assert.equal(readSentence('北浦橋は夕日の名所として知られる。', tokenizer).reported, false);
  });

  it("reads a view or intention held or shown as the topic's (〜考えだ, 〜意向だ, 〜構えだ, 〜方針を示した)", () => {
    for (const [text, speaker] of [
      ['田中社長は、来年には店を増やしたい考えだ。', '田中社長'],
      ['町は、旧校舎を残す意向です。', '町'],
      ['組合は、処分の撤回を求めて争う構えだ。', '組合'],
      ['県は、補助の対象を広げる方針を示した。', '県'],
      ['会長は、続投に意欲的な姿勢を強調した。', '会長'],
      // The clause of contrast before it keeps its own subject (〜一方、).
      ['住民が反対する一方、市は説明を続ける考えだ。', '市'],
    ] as const) {
      const reading = readSentence(text, tokenizer);
      assert.equal(reading.reported, true, text);
      assert.equal(reading.speaker, speaker, text);
    }
    // A plan stated of a body (〜する方針だ) is its modality, not someone's words; a thought that is
    // the subject (考えが広がる) is no view held.
    assert.equal(readSentence('市は来年度に工事を始める方針だ。', tokenizer).reported, false);
    assert.equal(readSentence('節電の考えが広がった。', tokenizer).reported, false);
  });

  it('marks hearsay (〜という, 〜とのことだ) as reported without naming a speaker', () => {
    for (const text of ['駅前の商店街は来年にも閉鎖されるという。', '工事は年内に終わるとのことだ。']) {
      const reading = readSentence(text, tokenizer);
      assert.equal(reading.reported, true, text);
      assert.equal(reading.speaker, undefined, text);
    }
  });

  it('leaves a plain statement unreported', () => {
    const reading = readSentence('町は橋の建設を決定した。', tokenizer);
    assert.equal(reading.reported, false);
    assert.equal(reading.speaker, undefined);
    assert.equal(reading.quoteSpeaker, undefined);
  });
});

describe('speakerOfQuote', () => {
  it('gives a later quote to the topic set between it and the quote before it', () => {
    const reading = readSentence(
      '組合側は「話し合いを続ける」としているが、森田一郎社長は「今は条件を変えない」と話した。',
      tokenizer,
    );
    assert.equal(speakerOfQuote(reading, reading.quotes[1] as Quote), '森田一郎社長');
  });

  it('names no new speaker where no topic is set after the quote before (a は inside it does not count), nor for a quote inside a quote', () => {
    const same = readSentence(
      '町は「水位は下がりつつある」との見方を示したが、再開の時期は「未定だ」としている。',
      tokenizer,
    );
    assert.equal(speakerOfQuote(same, same.quotes[1] as Quote), undefined);
    const nested = readSentence(
      '川口代表は「町は『必ず直す』と約束したが、何も変わらない」と話した。',
      tokenizer,
    );
    assert.equal(speakerOfQuote(nested, nested.quotes[1] as Quote), undefined);
  });
});

describe('readSentence: place names written with ノ', () => {
  it('reads kanji + ノ + kanji as one name (岬ノ台, 一ノ瀬), not the 間 after it', () => {
    assert.ok(readSentence('列車は中浜―岬ノ台間で止まった。', tokenizer).names.includes('岬ノ台'));
    assert.ok(
      readSentence('一ノ瀬川の水位が上がった。', tokenizer).names.some((name) => name.startsWith('一ノ瀬')),
    );
    assert.ok(!readSentence('町の図書館が開いた。', tokenizer).names.some((name) => name.includes('ノ')));
  });

  it('keeps a place name written with ノ or ヶ whole where the dictionary cuts it (鷺ケ原村, not 原村)', () => {
    const names = (text: string) => readSentence(text, tokenizer).names;
    assert.deepEqual(names('鷺ケ原村の畑で火が出た。'), ['鷺ケ原村']);
    assert.deepEqual(names('藤ヶ崎村の住民が集まった。'), ['藤ヶ崎']);
    assert.deepEqual(names('鷹ノ森村の畑が広がる。'), ['鷹ノ森村']);
    assert.deepEqual(readSentence('鷹ノ森村の畑が広がる。', tokenizer).people, []);
    // After a numeral the small ka is a counter's.
    assert.deepEqual(names('三ケ月ぶりに雨が降った。'), []);
  });

  it("keeps a surname's first kanji the dictionary cuts off as a word of its own (苔越和美, not 越和美)", () => {
    const reading = readSentence('苔越和美さんが畑を案内した。', tokenizer);
    assert.deepEqual(reading.names, ['苔越和美']);
    assert.deepEqual(reading.people, ['苔越和美']);
    // A word of kinship or a whole surname before the name is no part of it.
    assert.deepEqual(readSentence('妻森和美さんも来た。', tokenizer).people, ['森和美']);
    assert.deepEqual(readSentence('妻山田和美さんも来た。', tokenizer).people, ['山田和美']);
  });
});

describe('readSentence: people and roles', () => {
  it('pairs a name with the role written right after it', () => {
    const reading = readSentence('白川市の山中誠市長が記者会見した。', tokenizer);
    assert.deepEqual(reading.people, ['山中誠']);
    assert.ok(reading.names.includes('山中誠'), String(reading.names));
    assert.deepEqual(reading.roles, [{ person: '山中誠', role: '市長' }]);
    assert.deepEqual(readSentence('高木健一町長は「橋は町の誇りだ」と語った。', tokenizer).roles, [
      { person: '高木健一', role: '町長' },
    ]);
  });

  it('reads a post of staff or member (〜員) as a role', () => {
    assert.deepEqual(
      readSentence('水産研究所の田辺真由主任研究員は「調査を続ける」と話した。', tokenizer).roles,
      [{ person: '田辺真由', role: '主任研究員' }],
    );
  });

  it('reads the titles of the ranks below a head (教頭, 課長補佐) after a name', () => {
    assert.deepEqual(readSentence('北町小の森田進教頭は「安全を確かめる」と話した。', tokenizer).roles, [
      { person: '森田進', role: '教頭' },
    ]);
    assert.deepEqual(readSentence('県道路課の森田進課長補佐が説明した。', tokenizer).roles, [
      { person: '森田進', role: '課長補佐' },
    ]);
  });

  it('pairs a name with the role written before it with の', () => {
    assert.deepEqual(readSentence('健康福祉部長の川口直美氏が説明した。', tokenizer).roles, [
      { person: '川口直美', role: '健康福祉部長' },
    ]);
    assert.deepEqual(readSentence('青葉建設社長の村田聡氏（61）が謝罪した。', tokenizer).roles, [
      { person: '村田聡', role: '青葉建設社長' },
    ]);
  });

  it('keeps a parenthesised age after the role out of the role', () => {
    assert.deepEqual(readSentence('みどり農園の大西和也代表(52)は取材に応じた。', tokenizer).roles, [
      { person: '大西和也', role: '代表' },
    ]);
    assert.deepEqual(readSentence('青葉建設の村田聡社長（61）が謝罪した。', tokenizer).roles, [
      { person: '村田聡', role: '社長' },
    ]);
  });

  it('pairs a name with the title after a 中黒 (山中誠・県土木部長), place name included', () => {
    assert.deepEqual(readSentence('山中誠・県土木部次長が説明した。', tokenizer).roles, [
      { person: '山中誠', role: '県土木部次長' },
    ]);
    assert.deepEqual(readSentence('高木健一・白川町長は反対した。', tokenizer).roles, [
      { person: '高木健一', role: '白川町長' },
    ]);
    // Two names joined by a 中黒 are no name and title.
    assert.deepEqual(readSentence('村田聡・直美夫妻が訪れた。', tokenizer).roles, []);
  });

  it('pairs a name with the title set before it with a comma (副社長、…氏)', () => {
    assert.deepEqual(readSentence('運営会社の副社長、大西和也氏が謝罪した。', tokenizer).roles, [
      { person: '大西和也', role: '副社長' },
    ]);
    assert.deepEqual(
      readSentence('青葉町の会社員、村田聡さん（41）は「便利になった」と話した。', tokenizer).roles,
      [{ person: '村田聡', role: '会社員' }],
    );
    // A word before the comma that is no title gives none (昨年、村田聡さんが…).
    assert.deepEqual(readSentence('会見の後、村田聡さんが話した。', tokenizer).roles, []);
  });

  it('reads the role before a second apposition joined by で (組合長で農家の…さん)', () => {
    assert.deepEqual(readSentence('組合長で農家の大西和也さん（60）は取材に応じた。', tokenizer).roles, [
      { person: '大西和也', role: '組合長' },
    ]);
    // A place marked by で is no role: 会見で農家の大西さん gives none.
    assert.deepEqual(readSentence('会見で農家の大西和也さんが話した。', tokenizer).roles, []);
  });
});

describe('readSentence: clauses', () => {
  it('marks a clause chained in the continuative form to the next one', () => {
    const text = '条例案は12月議会に提出され、年明けに採決される予定だ。';
    const reading = readSentence(text, tokenizer);
    assert.deepEqual(
      reading.clauses.map((clause) => text.slice(clause.start, clause.end)),
      ['条例案は12月議会に提出され、', '年明けに採決される予定だ。'],
    );
    assert.deepEqual(
      reading.clauses.map((clause) => clause.continuative),
      [true, false],
    );
    assert.deepEqual(
      reading.clauses.map((clause) => clause.hedges),
      [[], ['予定']],
    );
    assert.equal(predicate(reading, '提出').clause, 0);
    assert.equal(predicate(reading, '採決').clause, 1);
  });

  it('ends a clause at a predicate turned adverbial (するとともに、 / する一方、 / したほか、), not at 県は、', () => {
    for (const [text, first] of [
      ['市は料金を改定するとともに、国に支援を求めた。', '市は料金を改定するとともに、'],
      ['町は橋を修理する一方、新しい道路の計画を見直した。', '町は橋を修理する一方、'],
      ['県は補助を増やしたほか、相談窓口を設けた。', '県は補助を増やしたほか、'],
    ] as const) {
      const reading = readSentence(text, tokenizer);
      assert.deepEqual(
        reading.clauses.map((clause) => text.slice(clause.start, clause.end)),
        [first, text.slice(first.length)],
      );
    }
    const topic = '県は、国に支援を求めた。';
    assert.equal(readSentence(topic, tokenizer).clauses.length, 1);
  });

  it('marks the て-form and ず-form clauses as continuative too', () => {
    const te = readSentence('警察は男の身元を調べて、家族に連絡した。', tokenizer);
    assert.deepEqual(
      te.clauses.map((clause) => clause.continuative),
      [true, false],
    );
    const zu = readSentence('快速は青葉台駅に停車せず、終点まで走った。', tokenizer);
    assert.deepEqual(
      zu.clauses.map((clause) => clause.continuative),
      [true, false],
    );
  });
});

describe('a verb continuative form tagged a サ変 noun', () => {
  const lemmas = (text: string) => readSentence(text, tokenizer).predicates.map((p) => p.lemma);

  it('reads it before 、 as the verb, the predicate of its clause', () => {
    assert.ok(lemmas('組合が払い戻し、残りは来年に回す。').includes('払い戻す'));
    assert.ok(lemmas('保護者が問い合わせ、学校は説明会を開いた。').includes('問い合わせる'));
  });

  it('keeps a noun before a particle, in a list, or without okurigana a noun', () => {
    assert.ok(!lemmas('払い戻しの手続きが来週から始まる。').includes('払い戻す'));
    assert.ok(!lemmas('窓口への問い合わせが相次いだ。').includes('問い合わせる'));
    assert.ok(!lemmas('問い合わせ、苦情、要望が窓口に寄せられた。').includes('問い合わせる'));
    assert.deepEqual(
      lemmas('委員会が検討、結論は来月に出る。').filter((lemma) => lemma !== '出る'),
      [],
    );
  });
});

describe('a verbal noun that する takes through を, は or も (readActsDoneWithSuru)', () => {
  it('reads the noun as the act, with the polarity of its する', () => {
    assert.equal(negated('倉庫番は、その晩の巡回をしていなかった。', '巡回'), true);
    assert.equal(negated('係員は毎朝、手すりの点検をしている。', '点検'), false);
    assert.equal(negated('組合は、屋根の修理はしないと決めた。', '修理'), true);
  });

  it('reads the act through adverbs between the particle and する (返却をまだしていない)', () => {
    assert.equal(negated('利用者は、貸し出した傘の返却をまだしていない。', '返却'), true);
    assert.equal(negated('係員は、扉の施錠をいまだにしていなかった。', '施錠'), true);
    assert.equal(negated('組合は、桟橋の補修をすぐにした。', '補修'), false);
    assert.equal(negated('店主は、看板の掃除はもうしないと話した。', '掃除'), true);
  });

  it('reads the act a plan names (消毒もする予定だ)', () => {
    assert.ok(
      readSentence('町は来週、遊具の消毒もする予定だ。', tokenizer).predicates.some(
        (p) => p.lemma === '消毒',
      ),
    );
  });
});

// The vneg37 round: a plain noun (名詞-一般) taken by する through を/は/も names the act too.
describe('a plain noun that する takes through を, は or も (the vneg37 round)', () => {
  it('reads the noun as the act, with the polarity of its する', () => {
    assert.equal(negated('転んだ園児は、ひざにけがをしなかった。', 'けが'), true);
    assert.equal(negated('乗っていた3人は、けがをせずに済んだ。', 'けが'), true);
    assert.equal(negated('当番の生徒は、朝から校門の前の雪かきをした。', '雪かき'), false);
    assert.equal(negated('店員は、その日はマスクはしなかった。', 'マスク'), true);
  });

  it('leaves a causative (けがをさせた) and a plain noun with できる (雪かきができる)', () => {
    const lemmas = (text: string) => readSentence(text, tokenizer).predicates.map((p) => p.lemma);
    assert.ok(!lemmas('係員は「客にけがをさせてしまった」と話した。').includes('けが'));
    assert.ok(!lemmas('腰を痛めた父は、今年は雪かきができない。').includes('雪かき'));
  });
});

// The vfa37 round: a compound tagged 名詞-一般 that する makes a verb.
describe('a kanji noun the tagger knows only as a noun, made a verb by する', () => {
  it('reads 休園し as the predicate of its clause', () => {
    const reading = readSentence('その園は来月まで休園し、遊具を入れ替える。', tokenizer);
    assert.ok(
      reading.predicates.some((predicate) => predicate.lemma === '休園' && predicate.kind === 'verb'),
    );
  });

  it('leaves the noun a noun where no する follows it', () => {
    const reading = readSentence('その園の休園は来月までの予定だ。', tokenizer);
    assert.ok(
      !reading.predicates.some((predicate) => predicate.lemma === '休園' && predicate.kind === 'verb'),
    );
  });
});

describe('negation readings of the vneg30 round', () => {
  it('reads a verbal noun with は/が/も + できない as the act not done', () => {
    assert.equal(negated('町営の渡し船は、強風で運航はできない。', '運航'), true);
    assert.equal(negated('窓口での両替ができなかった客が並んだ。', '両替'), true);
    assert.equal(negated('週末も両替ができる。', '両替'), false);
  });

  it('reads 〜がないか as a question, not a denial', () => {
    assert.equal(negated('係員は、電池の液漏れがないか確かめている。', 'ある'), false);
    assert.equal(negated('電池の液漏れはないという。', 'ある'), true);
  });

  it('reads a verbal noun taken by 中止, 禁止 or 停止 as not done, unless that verb is denied', () => {
    assert.equal(negated('町内会は、秋の夜店の出店を中止した。', '出店'), true);
    assert.equal(negated('町内会は、秋の夜店の出店を中止しなかった。', '出店'), false);
    assert.equal(negated('管理組合は、屋上での喫煙を禁止している。', '喫煙'), true);
    assert.equal(negated('工場は、夜間の操業を停止した。', '操業'), true);
    assert.equal(negated('工場は、夜間の操業を続けている。', '操業'), false);
  });

  it('does not take a verb before the conjunctive て for the act a negating verb forgoes', () => {
    assert.equal(negated('町内会は、住民の声を受けて中止を決めた。', '受ける'), false);
    assert.equal(negated('町内会は、住民の声を受けて断念した。', '受ける'), false);
  });

  it('reads a denied negation as the act done (〜なかったことを否定した)', () => {
    assert.equal(negated('業者は、配線を点検していなかったことを否定した。', '点検'), false);
    assert.equal(negated('業者は、配線を点検していなかったことを否定しなかった。', '点検'), true);
    assert.equal(negated('業者は、配線を点検していなかったことを認めた。', '点検'), true);
  });

  it('reads an act denied with こと as not done (〜ていたことを否定した; the vneg33 round)', () => {
    assert.equal(negated('店主は、在庫の数を帳簿に多めに書いていたことを否定した。', '書く'), true);
    assert.equal(negated('組合長は、会費を値上げしたことを否定している。', '値上げ'), true);
    assert.equal(negated('組合長は、会費を値上げすることを否定した。', '値上げ'), true);
    assert.equal(negated('店主は、倉庫に鍵の予備があることを否定した。', 'ある'), true);
    // A denial itself negated leaves the act as it was; an admission does not deny it.
    assert.equal(negated('店主は、在庫の数を帳簿に多めに書いていたことを否定しなかった。', '書く'), false);
    assert.equal(negated('組合長は、会費を値上げすることを否定しなかった。', '値上げ'), false);
    assert.equal(negated('店主は、在庫の数を帳簿に多めに書いていたことを認めた。', '書く'), false);
  });

  it('reads the adjective before a denied copula noun as denied (強い雨ではなかった)', () => {
    assert.equal(negated('当日の夕方は激しい雨ではなかったという。', '激しい'), true);
    assert.equal(negated('当日の朝は穏やかな天気ではなかった。', '穏やか'), true);
    assert.equal(negated('当日の夕方は激しい雨だった。', '激しい'), false);
  });

  it('reads a verbal noun with など before its particle (出張などはしていない)', () => {
    assert.equal(negated('その社員は、海外への出張などはしていなかった。', '出張'), true);
  });

  it('leaves a noun outside the compound a negating head takes (補修も塗装見送り)', () => {
    assert.equal(
      readSentence('橋の点検で補修も塗装見送り。', tokenizer).predicates.some(
        (p) => p.lemma === '補修' && p.negated,
      ),
      false,
    );
  });

  it('reads a compound verb whose second half is a suffix noun under a negating verb (雇い入れを見送る)', () => {
    assert.equal(negated('農園は、今年の夏は雇い入れを見送った。', '雇う'), true);
    assert.equal(negated('農園は、今年の夏も雇い入れを続ける。', '雇う'), false);
  });

  it('reads a noun ending the sentence on the hearsay という as said (…で初めてという)', () => {
    assert.equal(negated('この川でこの魚が見つかったのは、県内で初めてという。', '初めて'), false);
  });
});

describe('negation readings of the vneg31 round', () => {
  it('reads a verb taken by 至る with (まで)に as having 至る’s polarity', () => {
    assert.equal(negated('町は、古い橋を閉鎖するまでには至らなかった。', '閉鎖'), true);
    assert.equal(negated('組合は、工場の操業を止めるには至っていない。', '止める'), true);
    assert.equal(negated('会社は、赤字の路線から撤退するに至った。', '撤退'), false);
  });
});

describe('negation readings of the vneg32 round', () => {
  it('reads a noun between のは and で、 as the cleft’s copula, affirmed', () => {
    assert.equal(negated('カモシカが駅前まで下りてきたのは初めてで、住民も驚いている。', '初めて'), false);
    assert.equal(negated('橋の設計を決めたのは県で、町は工事だけを請け負った。', '県'), false);
  });
});

describe('negation readings of the vcl45 round', () => {
  it('reads the experiential 〜たことがない as denying the act, with a word of "even once" or not', () => {
    assert.equal(negated('兄は冬の湖を見たことがなく、驚いていた。', '見る'), true);
    assert.equal(negated('兄は冬の湖を見たことは一度もないという。', '見る'), true);
    assert.equal(negated('兄は冬の湖を見たことがまったくない。', '見る'), true);
    assert.equal(negated('兄は冬の湖を見たことがある。', '見る'), false);
    assert.equal(negated('兄が冬の湖を見たことが分かった。', '見る'), false);
  });

  it('gives every member of a 〜たり〜たりしない list the polarity of the する that closes it', () => {
    assert.equal(negated('市はシカに寄ったり菓子をやったりしないよう頼んだ。', '寄る'), true);
    assert.equal(negated('市はシカに寄ったり菓子をやったりしないよう頼んだ。', 'やる'), true);
    assert.equal(negated('子どもたちは川で泳いだり、騒いだりしなかった。', '泳ぐ'), true);
    assert.equal(negated('子どもたちは川で泳いだり騒いだりした。', '泳ぐ'), false);
  });
});

describe('readSentence: words heard from someone (X から…と聞いた, X から…よう求められた; vfa42)', () => {
  it('gives quoted words the topic heard to the one it heard them from', () => {
    const heard = readSentence(
      '観光協会は5日、宿泊客から「川の水が濁っている」と聞き、遊覧船を止めた。',
      tokenizer,
    );
    assert.equal(heard.reported, true);
    assert.equal(heard.speaker, '宿泊客');
    assert.equal(heard.quoteSpeaker, '宿泊客');
  });

  it('reads the one the topic was told or asked by as the speaker (知らされた, 告げられた, よう求められた)', () => {
    const told = readSentence('観光協会は、川の水が濁っていると宿泊客から知らされていた。', tokenizer);
    assert.equal(told.reported, true);
    assert.equal(told.speaker, '宿泊客');
    assert.equal(
      readSentence('村は6月、運送会社から運賃の値上げを認めるよう求められた。', tokenizer).speaker,
      '運送会社',
    );
    assert.equal(
      readSentence('町は、組合の代表から電話で撤退を告げられたという。', tokenizer).speaker,
      '組合の代表',
    );
  });

  it('reads no one heard from in questioning or a から of time (話を聞いた, 午後から)', () => {
    assert.notEqual(readSentence('署は、店の従業員から話を聞いている。', tokenizer).speaker, '店の従業員');
    const time = readSentence('午後から雨が強まると聞いた。', tokenizer);
    assert.equal(time.speaker, undefined);
    assert.equal(time.heardFrom, undefined);
  });
});

// The vneg39 round: a verb's continuative form the dictionary lists as a plain noun (名詞-一般),
// taken by a verb of not doing.
describe('a continuative noun tagged 名詞-一般 before a verb of not doing (売り渡しを見送った)', () => {
  it('reads the verb it is the form of, denied — and affirmed where the verb of not doing is denied', () => {
    assert.equal(negated('牧場は、子牛の売り渡しを見送った。', '売り渡す'), true);
    assert.equal(negated('組合は、裏山の切り崩しを断念した。', '切り崩す'), true);
    assert.equal(negated('牧場は、子牛の売り渡しを見送らなかった。', '売り渡す'), false);
  });

  it('adds no act for it before a verb that only carries it (売り渡しを行った)', () => {
    const lemmas = readSentence('牧場は、子牛の売り渡しを行った。', tokenizer).predicates.map((p) => p.lemma);
    assert.ok(!lemmas.includes('売り渡す'));
  });
});

describe('an act considered or asked for, then given up with its object left unsaid', () => {
  it('denies the act made a noun with こと, heading a plan noun, or asked for with よう', () => {
    assert.equal(
      negated('組合は桟橋を延ばすことも考えたが、潮の流れが変わるとして見送った。', '延ばす'),
      true,
    );
    assert.equal(
      negated('同社は新しい倉庫を建てる計画を検討したが、地価が高いとして断念した。', '建てる'),
      true,
    );
    assert.equal(
      negated('店は客から営業時間を延ばすよう求められたが、人手が足りず見合わせていた。', '延ばす'),
      true,
    );
  });

  it('denies a verbal noun the considering verb takes', () => {
    assert.equal(negated('村は温泉の掘削を検討したが、費用がかさむとして断念した。', '掘削'), true);
  });

  it('leaves the act affirmed where the verb of not doing has its own object or is itself denied', () => {
    assert.equal(negated('住民は桟橋を延ばすよう求めたが、組合は回答を見送った。', '延ばす'), false);
    assert.equal(negated('組合は桟橋を延ばすことも考えたが、見送らなかった。', '延ばす'), false);
    assert.equal(negated('組合は桟橋を延ばすことも考えたが、結論は出ていない。', '延ばす'), false);
  });
});

describe('a verb made a noun with の and taken by a verb of not doing', () => {
  it('denies the act as こと does', () => {
    assert.equal(negated('組合は桟橋を延ばすのを見送った。', '延ばす'), true);
    assert.equal(negated('組合は桟橋を延ばすことを見送った。', '延ばす'), true);
  });

  it('leaves the act affirmed under a verb that does not deny it', () => {
    assert.equal(negated('組合員は船が桟橋を離れるのを見た。', '離れる'), false);
  });
});

describe('reading a long sentence', () => {
  // Invented tokens: a list of n nouns, each followed by 、 (no predicate anywhere), every token's
  // part of speech counted as it is read. Splitting the clauses read the tokens before each comma
  // again (n² reads); a sentence's reading must stay linear in its tokens.
  function partOfSpeechReads(n: number): number {
    let reads = 0;
    let text = '';
    const tokens: Token[] = [];
    for (let i = 0; i < n; i++) {
      const word = `品目${i % 10}`;
      tokens.push({
        surface: word,
        start: text.length,
        end: text.length + word.length,
        pos: '名詞',
        posDetail: '一般',
        baseForm: word,
      });
      text += word;
      tokens.push({
        surface: '、',
        start: text.length,
        end: text.length + 1,
        pos: '記号',
        posDetail: '読点',
        baseForm: '、',
      });
      text += '、';
    }
    const counted = tokens.map(
      (token) =>
        new Proxy(token, {
          get(target, key, receiver) {
            if (key === 'pos') reads++;
            return Reflect.get(target, key, receiver);
          },
        }),
    );
    readSentence(text, tokenizer, counted);
    return reads;
  }

  it('reads each token a bounded number of times, however many commas the sentence has', () => {
    const short = partOfSpeechReads(200);
    const long = partOfSpeechReads(400);
    assert.ok(long <= 2.2 * short, `${short} reads for 200 nouns, ${long} for 400: not linear`);
  });
});
