import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { splitSentences } from '../src/text/split-sentences.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { readSentence } from '../src/understand/read-sentence.ts';

/**
 * The polarity reading measured by hand (the vneg30 round, issue 9): predicates of development
 * pages of four writers (claims-holdout set49/50, set53/54, set55/56, set57/58), each labelled by
 * hand with what the understanding layer should say — negated or not (a question, 〜がないか, is
 * not a denial). A page's sentence is its body split as the verifier
 * splits it (splitSentences), counted from 0. Each row lists, for one lemma, the polarity of each of
 * its predicates in the sentence, in order (true: negated).
 * docs/verifier.md "Negation readings measured (the vneg30 round, issue 9)" gives the figures.
 */
type Row = [page: string, sentence: number, lemma: string, negated: boolean[]];

const ROWS: Row[] = [
  // A verbal noun with は/が/も + できない: the act could not be done, so was not.
  ['set49/pages/491-kayazu-nippo-school-bus-bankrupt', 2, '運行', [true]],
  ['set49/pages/491-kayazu-nippo-school-bus-bankrupt', 2, '伝える', [false]],
  ['set49/pages/491-kayazu-nippo-school-bus-bankrupt', 3, '頼む', [false]],
  ['set49/pages/491-kayazu-nippo-school-bus-bankrupt', 3, '送迎', [true]],
  ['set49/pages/491-kayazu-nippo-school-bus-bankrupt', 3, '送る', [false]],
  ['set49/pages/491-kayazu-nippo-school-bus-bankrupt', 4, '遅刻', [false]],
  ['set49/pages/491-kayazu-nippo-school-bus-bankrupt', 4, 'ある', [false, true]],
  ['set49/pages/491-kayazu-nippo-school-bus-bankrupt', 8, '悪化', [false]],
  ['set49/pages/492-toyo-jiho-school-bus-unkyu', 2, '払う', [false]],
  ['set49/pages/492-toyo-jiho-school-bus-unkyu', 2, 'めど', [true]],
  ['set49/pages/492-toyo-jiho-school-bus-unkyu', 2, '説明', [false]],
  ['set49/pages/492-toyo-jiho-school-bus-unkyu', 6, 'ある', [false]],
  ['set49/pages/492-toyo-jiho-school-bus-unkyu', 6, '足りる', [true]],
  ['set49/pages/494-shimooka-minpo-legionella-bath', 7, '行き届く', [true]],
  ['set49/pages/495-shimooka-tv-onsen-legionella', 2, '見つかる', [false]],
  ['set49/pages/495-shimooka-tv-onsen-legionella', 2, '調べる', [false]],
  // 〜がないか注意する: whether there is one, asked — not denied.
  ['set49/pages/495-shimooka-tv-onsen-legionella', 3, 'ある', [false]],
  ['set49/pages/495-shimooka-tv-onsen-legionella', 3, '注意', [false]],
  ['set49/pages/495-shimooka-tv-onsen-legionella', 3, '呼びかける', [false]],
  ['set49/pages/496-yokujo-eisei-journal-hotaruyu', 0, '検査', [false]],
  ['set49/pages/496-yokujo-eisei-journal-hotaruyu', 0, '検出', [true]],
  ['set49/pages/496-yokujo-eisei-journal-hotaruyu', 0, '発表', [false]],
  // 〜しか…ておらず: done, and only so often; the rule after it is the one not kept.
  ['set49/pages/496-yokujo-eisei-journal-hotaruyu', 2, '洗浄', [false]],
  ['set49/pages/496-yokujo-eisei-journal-hotaruyu', 2, '守る', [true]],
  ['set49/pages/496-yokujo-eisei-journal-hotaruyu', 4, '検出', [true]],
  ['set49/pages/496-yokujo-eisei-journal-hotaruyu', 5, '測る', [false]],
  ['set49/pages/496-yokujo-eisei-journal-hotaruyu', 5, '残る', [true]],
  // 〜したかどうかは分かっていない: the knowing is denied, not the act.
  ['set50/pages/501-minatohara-nippo-hospital-ransomware', 4, '流出', [false]],
  ['set50/pages/501-minatohara-nippo-hospital-ransomware', 4, '分かる', [true]],
  ['set50/pages/501-minatohara-nippo-hospital-ransomware', 6, '応じる', [true]],
  ['set50/pages/502-toyo-jiho-urachi-iryo-center', 2, '請け負う', [false]],
  ['set50/pages/502-toyo-jiho-urachi-iryo-center', 2, '更新', [true]],
  ['set50/pages/502-toyo-jiho-urachi-iryo-center', 4, '続ける', [false]],
  ['set50/pages/502-toyo-jiho-urachi-iryo-center', 4, '確認', [true]],
  ['set50/pages/502-toyo-jiho-urachi-iryo-center', 4, 'かかる', [false]],
  ['set50/pages/504-uzurano-shimpo-cookie-recall', 6, '変える', [false]],
  ['set50/pages/504-uzurano-shimpo-cookie-recall', 6, '任せる', [false]],
  ['set50/pages/504-uzurano-shimpo-cookie-recall', 6, '確認', [true]],
  // 〜ずに: the act not done, the next one done.
  ['set50/pages/505-uzurano-tv-cookie-kaishu', 2, '食べる', [true]],
  ['set50/pages/505-uzurano-tv-cookie-kaishu', 2, '返品', [false]],
  ['set50/pages/505-uzurano-tv-cookie-kaishu', 2, '呼びかける', [false]],
  ['set50/pages/505-uzurano-tv-cookie-kaishu', 4, 'ある', [false]],
  ['set50/pages/505-uzurano-tv-cookie-kaishu', 4, '検査', [false]],
  ['set50/pages/506-shokuhin-hyoji-journal-onaga-seika', 1, 'ある', [true]],
  ['set50/pages/506-shokuhin-hyoji-journal-onaga-seika', 4, '作る', [false]],
  ['set50/pages/506-shokuhin-hyoji-journal-onaga-seika', 4, '決める', [true]],
  ['set50/pages/506-shokuhin-hyoji-journal-onaga-seika', 5, '届く', [false]],
  ['set50/pages/506-shokuhin-hyoji-journal-onaga-seika', 5, '見る', [true]],
  ['set50/pages/506-shokuhin-hyoji-journal-onaga-seika', 5, '承認', [false]],
  ['set53/pages/531-yomogino-shimbun-zebra-escape', 2, 'ある', [true]],
  ['set53/pages/531-yomogino-shimbun-zebra-escape', 7, '謝罪', [false]],
  ['set53/pages/532-nichio-shimpo-hiyodoridai-zoo', 1, '終える', [false]],
  ['set53/pages/532-nichio-shimpo-hiyodoridai-zoo', 1, '施錠', [true]],
  ['set53/pages/534-honan-nichinichi-dam-gate', 5, 'ある', [true]],
  ['set53/pages/535-yomogino-tv-dam', 4, 'ある', [true]],
  ['set53/pages/535-yomogino-tv-dam', 4, '思う', [false]],
  ['set53/pages/536-dam-kanri-news-okuyomogi', 2, '開く', [false]],
  ['set53/pages/536-dam-kanri-news-okuyomogi', 2, '知らせる', [false]],
  ['set53/pages/536-dam-kanri-news-okuyomogi', 2, '鳴らす', [true]],
  ['set53/pages/536-dam-kanri-news-okuyomogi', 2, '明らか', [false]],
  ['set53/pages/536-dam-kanri-news-okuyomogi', 5, '勤務', [false]],
  ['set53/pages/536-dam-kanri-news-okuyomogi', 5, '休む', [false]],
  ['set54/pages/541-sagiura-nippo-ferry-aground', 5, '開く', [false]],
  ['set54/pages/541-sagiura-nippo-ferry-aground', 5, 'ある', [true]],
  ['set54/pages/544-nishisagi-shimbun-bridge-inspection', 1, '撮る', [false]],
  ['set54/pages/544-nishisagi-shimbun-bridge-inspection', 1, '目視', [true]],
  ['set54/pages/544-nishisagi-shimbun-bridge-inspection', 4, '足りる', [true]],
  ['set54/pages/544-nishisagi-shimbun-bridge-inspection', 4, '間に合う', [true]],
  ['set54/pages/544-nishisagi-shimbun-bridge-inspection', 4, '認める', [false]],
  ['set54/pages/546-infra-hozen-weekly-kayanodai', 2, '改ざん', [false]],
  ['set54/pages/546-infra-hozen-weekly-kayanodai', 2, '確認', [false]],
  ['set54/pages/546-infra-hozen-weekly-kayanodai', 2, '立ち会う', [true]],
  ['set54/pages/546-infra-hozen-weekly-kayanodai', 4, '回れる', [true]],
  ['set55/pages/552-yozuru-shimbun-inn-search', 3, '頼む', [false]],
  ['set55/pages/552-yozuru-shimbun-inn-search', 3, '届く', [true]],
  ['set55/pages/552-yozuru-shimbun-inn-search', 3, '延ばす', [false]],
  ['set55/pages/552-yozuru-shimbun-inn-search', 4, '言う', [true]],
  ['set55/pages/552-yozuru-shimbun-inn-search', 4, '話す', [false]],
  ['set55/pages/554-miogawa-news-atm-outage', 3, '行う', [false]],
  ['set55/pages/554-miogawa-news-atm-outage', 3, 'ある', [false]],
  ['set55/pages/555-kasumibuchi-tv-atm', 1, '止まる', [false]],
  ['set55/pages/555-kasumibuchi-tv-atm', 1, 'ある', [false]],
  ['set55/pages/556-soyokaze-web-atm-double', 4, '取引', [true]],
  ['set55/pages/556-soyokaze-web-atm-double', 7, '足りる', [true]],
  ['set55/pages/556-soyokaze-web-atm-double', 7, '認める', [false]],
  ['set56/pages/561-kaedetake-shinpo-blade', 1, 'ある', [true]],
  ['set56/pages/561-kaedetake-shinpo-blade', 7, '落ちる', [false]],
  // An adjective before the noun of a denied copula: the quality is what is denied.
  ['set56/pages/561-kaedetake-shinpo-blade', 7, '強い', [true]],
  ['set56/pages/561-kaedetake-shinpo-blade', 7, '風', [true]],
  ['set56/pages/561-kaedetake-shinpo-blade', 8, 'わかる', [false]],
  ['set56/pages/561-kaedetake-shinpo-blade', 8, '再開', [true]],
  ['set56/pages/562-shiginami-shimbun-blade-bolts', 2, '行う', [false]],
  ['set56/pages/562-shiginami-shimbun-blade-bolts', 2, '残る', [true]],
  ['set56/pages/562-shiginami-shimbun-blade-bolts', 4, '送る', [false]],
  ['set56/pages/562-shiginami-shimbun-blade-bolts', 4, '伝える', [true]],
  ['set56/pages/562-shiginami-shimbun-blade-bolts', 5, '受け取る', [true]],
  ['set56/pages/562-shiginami-shimbun-blade-bolts', 8, '防ぐ', [false]],
  ['set56/pages/562-shiginami-shimbun-blade-bolts', 8, '認める', [true]],
  ['set56/pages/564-kyonan-news-lottery', 8, '再開', [false]],
  ['set56/pages/564-kyonan-news-lottery', 8, '急ぐ', [false]],
  ['set56/pages/566-yuimaru-web-lottery-check', 2, '検査', [true]],
  ['set56/pages/566-yuimaru-web-lottery-check', 4, '任せる', [true]],
  ['set56/pages/566-yuimaru-web-lottery-check', 4, '確かめる', [false]],
  // A verbal noun taken by 中止: called off, so not done.
  ['set57/pages/571-ashimine-shimbun-float-topples', 4, '主催', [false]],
  ['set57/pages/571-ashimine-shimbun-float-topples', 4, '巡行', [true]],
  ['set57/pages/572-chuho-shimpo-tochigasawa-dashi', 4, '上がる', [false]],
  ['set57/pages/572-chuho-shimpo-tochigasawa-dashi', 4, '曲がる', [true]],
  ['set57/pages/572-chuho-shimpo-tochigasawa-dashi', 5, '足りる', [true]],
  ['set57/pages/574-narasaka-minpo-ambulance', 6, '守る', [true]],
  ['set57/pages/576-kyukyu-journal-narasaka', 2, '向かう', [false]],
  ['set57/pages/576-kyukyu-journal-narasaka', 2, '復唱', [true]],
  ['set58/pages/581-kirihama-nippo-pig-truck', 3, '巻き込む', [true]],
  ['set58/pages/581-kirihama-nippo-pig-truck', 3, 'ある', [true]],
  // て/で + ならない intensifies.
  ['set58/pages/582-zempo-shimbun-kirihama-expressway', 4, 'かわいそう', [false]],
  ['set58/pages/584-kirikita-shimbun-temple-graffiti', 1, '酔う', [false]],
  ['set58/pages/584-kirikita-shimbun-temple-graffiti', 1, '覚える', [true]],
  ['set58/pages/584-kirikita-shimbun-temple-graffiti', 1, '否認', [false]],
];

let tokenizer: Tokenizer;
const sentences = new Map<string, string[]>();

before(async () => {
  tokenizer = await createTokenizer();
});

function sentenceOf(page: string, index: number): string {
  let split = sentences.get(page);
  if (split === undefined) {
    const url = new URL(`./fixtures/claims-holdout/${page}.json`, import.meta.url);
    const body = (JSON.parse(readFileSync(url, 'utf8')) as { body: string }).body;
    split = splitSentences(body)
      .map((span) => span.text)
      .filter((text) => text.trim() !== '');
    sentences.set(page, split);
  }
  const text = split[index];
  assert.ok(text !== undefined, `${page} has no sentence ${index}`);
  return text;
}

function polarities([page, index, lemma]: Row): boolean[] {
  return readSentence(sentenceOf(page, index), tokenizer)
    .predicates.filter((predicate) => predicate.lemma === lemma)
    .map((predicate) => predicate.negated);
}

describe('negation readings measured by hand on development pages (vneg30)', () => {
  it(`reads the polarity of ${ROWS.length} hand-labelled predicates as labelled`, () => {
    const wrong = ROWS.filter((row) => JSON.stringify(polarities(row)) !== JSON.stringify(row[3])).map(
      (row) =>
        `${row[0]}#${row[1]} ${row[2]}: ${JSON.stringify(polarities(row))}, labelled ${JSON.stringify(row[3])}`,
    );
    assert.deepEqual(wrong, []);
  });
});
