/**
 * A closed vocabulary of English news words and the Japanese words news writes for them (this
 * file's core list and the general news words of every domain in english-news-words.ts):
 * common nouns (budget → 予算, fees → 料金), verbs of the news (announce → 発表する, raise →
 * 引き上げる), the modality of English news (will, is scheduled to → 予定; is expected to → 見通し;
 * plans to → 計画) and who says it (officials → 当局). The offline engine writes an English
 * source's facts in Japanese from it (engines/offline/write-english-fact.ts); an English sentence's
 * reading carries the Japanese words it glosses as keys (understand-document.ts), so a Japanese
 * sentence written from it aligns with it word by word. It is a vocabulary, not a translator:
 * what it does not list stays in the source's words.
 *
 * The rule of senses: a word listed with one Japanese word has one common sense in news. A word
 * with several common senses (lift a ban → 解除する, lift wages → 引き上げる; a city council →
 * 市議会, a council of municipalities → 協議会; cover a cost → 負担する, cover an area → 対象とする)
 * is listed in SENSES with the context that decides each: what it acts on (the words after a
 * verb), what qualifies it (the words before a noun), or — for a definite mention (the council)
 * that says neither — the sense of its latest earlier mention in the same text that does. Where
 * the context decides no sense the word is not glossed: `findGlosses` leaves it out and
 * `undecidedSenses` reports it, so a sentence that needs it stays in the source's words (a
 * marked quote), never a guess. The verifier's alignment (glossKeys, glossedPredicates,
 * countedNounAfter) is recall: such a word aligns with every sense it lists.
 */
import { findQuantities } from '../text/quantities.ts';
import { either, noun, suru, taking, undergo, verb } from './english-gloss-entry.ts';
import { NEWS_NOUNS, NEWS_SENSES, NEWS_VERBS } from './english-news-words.ts';

/** A noun of the vocabulary: the Japanese word, and the counter a number of it takes (1,200 jobs → 1200人). */
export interface NounGloss {
  kind: 'noun';
  ja: string;
  counter?: string;
}

/** How a verb's Japanese sentence is built around its object and figures. */
export type VerbFrame =
  /** X を V (announce, approve, build): what is acted on follows the verb. */
  | 'object'
  /** X を A から B に V, or X を N V (raise, cut): a change of an amount. */
  | 'change'
  /** X は A から B に V (rise, fall): the subject's amount changes. */
  | 'intransitive'
  /** X の費用は N (cost): the amount is the fact. */
  | 'amount'
  /** X には N かかる (take three weeks): the length of time the subject needs is the fact. */
  | 'duration'
  /** X は V (agree, open): an event with no object of its own. */
  | 'event';

/** A verb of the vocabulary: dictionary and past forms, and the passive when it is a する verb. */
export interface VerbGloss {
  kind: 'verb';
  ja: string;
  past: string;
  frame: VerbFrame;
  /** The verbal noun for する verbs (発表 of 発表する): their passive is 発表される. */
  noun?: string;
  /**
   * A complement after the object and the particle it takes in Japanese: replace X with Y →
   * XをYに置き換える (with, に), ask X for Y → XにYを求める (for, を).
   */
  complement?: { preposition: 'with' | 'for'; particle: string };
  /** The particle of the object when it is not を (attend a ceremony → 式典に出席する). */
  objectParticle?: string;
  /**
   * The Japanese of the English passive when it is another verb, not 〜される (were injured →
   * 負傷した, was hospitalized → 入院した): what the subject underwent, said as its own act.
   */
  passive?: { ja: string; past: string };
  /** The Japanese of a use with no object (construction began → 始まった, prices increased → 増えた). */
  intransitive?: { ja: string; past: string };
  /** How `V to do X` joins the act to the verb (agreed to build → 建設することで合意した). */
  infinitive?: string;
  /**
   * Other Japanese verbs a general bilingual dictionary gives for the same sense (inspect → 検査,
   * 調べる besides 点検), as lemmas: the verifier aligns a claim's verb with them (glossKeys,
   * glossedPredicates); the writer never writes them.
   */
  also?: readonly string[];
}

/** A modality of English news and the Japanese noun that keeps it (予定, 見通し, 計画, 可能性). */
export interface ModalityGloss {
  kind: 'modality';
  ja: '予定' | '見通し' | '計画' | '可能性';
}

/** Who says it: 〜によると keeps a report as someone's (said, according to). */
export interface AttributionGloss {
  kind: 'attribution';
  ja: 'によると';
}

export type Gloss = NounGloss | VerbGloss | ModalityGloss | AttributionGloss;

/** A gloss found in an English text: the words' span and what they mean. */
export interface GlossMatch {
  start: number;
  end: number;
  text: string;
  gloss: Gloss;
}

// Nouns: singular and plural (a trailing s/es is allowed by the matcher). Longer phrases first.
const NOUNS: ReadonlyArray<readonly [string, NounGloss]> = [
  ['school lunch', noun('給食')],
  ['budget bill', noun('予算案')],
  ['draft budget', noun('予算案')],
  ['local government', noun('自治体')],
  ['board of education', noun('教育委員会')],
  ['city assembly', noun('市議会')],
  ['city council', noun('市議会')],
  ['train station', noun('駅', '駅')],
  ['railway station', noun('駅', '駅')],
  ['prime minister', noun('首相')],
  ['power plant', noun('発電所')],
  ['research team', noun('研究チーム')],
  ['population', noun('人口', '人')],
  ['resident', noun('住民', '人')],
  ['passenger', noun('乗客', '人')],
  ['ridership', noun('利用者数', '人')],
  ['employee', noun('従業員', '人')],
  ['driver', noun('運転手', '人')],
  ['job', noun('雇用', '人')],
  ['child', noun('子ども', '人')],
  ['children', noun('子ども', '人')],
  ['pupil', noun('児童', '人')],
  ['patient', noun('患者', '人')],
  ['household', noun('世帯', '世帯')],
  ['school', noun('学校', '校')],
  ['hospital', noun('病院', '病院')],
  ['railcar', noun('車両', '両')],
  ['railway', noun('鉄道')],
  ['railroad', noun('鉄道')],
  ['factory', noun('工場', '工場')],
  ['team', noun('チーム')],
  ['company', noun('会社', '社')],
  ['operator', noun('運営会社')],
  ['government', noun('政府')],
  ['prefecture', noun('県', '県')],
  ['city', noun('市', '市')],
  ['town', noun('町', '町')],
  ['village', noun('村', '村')],
  ['municipality', noun('市町村', '市町村')],
  ['municipalities', noun('市町村', '市町村')],
  ['budget', noun('予算')],
  // What a ban or a restriction is lifted from (lift a ban → 解除する).
  ['ban', noun('禁止措置')],
  ['restriction', noun('規制')],
  ['subsidy', noun('補助金')],
  ['subsidies', noun('補助金')],
  ['fee', noun('料金')],
  ['fare', noun('運賃')],
  ['price', noun('価格')],
  ['cost', noun('費用')],
  ['total cost', noun('総費用')],
  ['investment', noun('投資額')],
  ['revenue', noun('収入')],
  ['sales', noun('売上高')],
  ['profit', noun('利益')],
  ['tax', noun('税')],
  ['plan', noun('計画')],
  ['approval', noun('承認')],
  ['project', noun('事業')],
  ['damage', noun('被害')],
  ['professor', noun('教授')],
  // The common vocabulary of English news by domain (each word with one common sense in news;
  // a word of several senses is in SENSES below). People are counted in 人.
  // People and their roles.
  ['people', noun('人', '人')],
  ['person', noun('人', '人')],
  ['men', noun('男性', '人')],
  ['man', noun('男性', '人')],
  ['women', noun('女性', '人')],
  ['woman', noun('女性', '人')],
  ['boy', noun('男の子', '人')],
  ['girl', noun('女の子', '人')],
  ['family', noun('家族')],
  ['families', noun('家族')],
  ['citizen', noun('市民', '人')],
  ['local resident', noun('地元住民', '人')],
  ['elderly people', noun('高齢者', '人')],
  ['elderly resident', noun('高齢者', '人')],
  ['senior citizen', noun('高齢者', '人')],
  ['volunteer', noun('ボランティア', '人')],
  ['spokesperson', noun('広報担当者', '人')],
  ['spokesman', noun('広報担当者', '人')],
  ['spokesmen', noun('広報担当者', '人')],
  ['spokeswoman', noun('広報担当者', '人')],
  ['expert', noun('専門家', '人')],
  ['analyst', noun('アナリスト', '人')],
  ['economist', noun('エコノミスト', '人')],
  ['researcher', noun('研究者', '人')],
  ['scientist', noun('科学者', '人')],
  ['engineer', noun('技術者', '人')],
  ['lawyer', noun('弁護士', '人')],
  ['attorney', noun('弁護士', '人')],
  ['doctor', noun('医師', '人')],
  ['physician', noun('医師', '人')],
  ['nurse', noun('看護師', '人')],
  ['teacher', noun('教員', '人')],
  ['farmer', noun('農家', '人')],
  ['fisherman', noun('漁業者', '人')],
  ['fishermen', noun('漁業者', '人')],
  ['firefighter', noun('消防隊員', '人')],
  ['rescuer', noun('救助隊員', '人')],
  ['soldier', noun('兵士', '人')],
  ['customer', noun('顧客', '人')],
  ['consumer', noun('消費者', '人')],
  ['shareholder', noun('株主', '人')],
  ['executive', noun('幹部', '人')],
  ['chief executive', noun('最高経営責任者')],
  ['chief executive officer', noun('最高経営責任者')],
  ['shop owner', noun('店主', '人')],
  ['owner', noun('所有者', '人')],
  ['organizer', noun('主催者')],
  ['organiser', noun('主催者')],
  ['participant', noun('参加者', '人')],
  ['applicant', noun('申請者', '人')],
  ['user', noun('利用者', '人')],
  ['commuter', noun('通勤客', '人')],
  ['traveler', noun('旅行者', '人')],
  ['traveller', noun('旅行者', '人')],
  ['tourist', noun('観光客', '人')],
  ['pedestrian', noun('歩行者', '人')],
  ['voter', noun('有権者', '人')],
  ['candidate', noun('候補者', '人')],
  ['lawmaker', noun('議員', '人')],
  ['legislator', noun('議員', '人')],
  ['assembly member', noun('議員', '人')],
  ['council member', noun('議員', '人')],
  ['councilor', noun('議員', '人')],
  ['councillor', noun('議員', '人')],
  ['suspect', noun('容疑者', '人')],
  ['defendant', noun('被告', '人')],
  ['victim', noun('被害者', '人')],
  ['prosecutor', noun('検察')],
  ['judge', noun('裁判官', '人')],
  ['police officer', noun('警察官', '人')],
  ['police', noun('警察')],
  ['evacuee', noun('避難者', '人')],
  ['survivor', noun('生存者', '人')],
  ['death toll', noun('死者数', '人')],
  ['casualties', noun('死傷者', '人')],
  ['casualty', noun('死傷者', '人')],
  // Institutions and bodies.
  ['central government', noun('国')],
  ['national government', noun('国')],
  ['prefectural government', noun('県')],
  ['city government', noun('市')],
  ['city hall', noun('市役所')],
  ['town hall', noun('町役場')],
  ['ministry', noun('省')],
  ['cabinet', noun('内閣')],
  ['parliament', noun('議会')],
  ['ruling party', noun('与党')],
  ['ruling coalition', noun('与党')],
  ['opposition party', noun('野党')],
  ['opposition parties', noun('野党')],
  ['political party', noun('政党')],
  ['political parties', noun('政党')],
  ['committee', noun('委員会')],
  ['court', noun('裁判所')],
  ['district court', noun('地方裁判所')],
  ['high court', noun('高等裁判所')],
  ['supreme court', noun('最高裁判所')],
  ['police department', noun('警察')],
  ['police station', noun('警察署')],
  ['fire department', noun('消防')],
  ['fire service', noun('消防')],
  ['coast guard', noun('海上保安庁')],
  ['weather agency', noun('気象庁')],
  ['meteorological agency', noun('気象庁')],
  ['labor union', noun('労働組合')],
  ['labour union', noun('労働組合')],
  ['trade union', noun('労働組合')],
  ['university', noun('大学')],
  ['universities', noun('大学')],
  ['college', noun('大学')],
  ['kindergarten', noun('幼稚園')],
  ['nursery school', noun('保育所')],
  ['day care center', noun('保育所')],
  ['daycare center', noun('保育所')],
  ['clinic', noun('診療所')],
  ['nursing home', noun('介護施設')],
  ['swimming pool', noun('プール', 'か所')],
  ['gymnasium', noun('体育館')],
  ['gym', noun('体育館')],
  ['community center', noun('公民館')],
  ['library', noun('図書館')],
  ['libraries', noun('図書館')],
  ['museum', noun('博物館')],
  ['airport', noun('空港')],
  ['port', noun('港')],
  ['harbor', noun('港')],
  ['harbour', noun('港')],
  ['central bank', noun('中央銀行')],
  ['corporation', noun('企業', '社')],
  ['airline', noun('航空会社')],
  ['manufacturer', noun('メーカー')],
  ['automaker', noun('自動車メーカー')],
  ['carmaker', noun('自動車メーカー')],
  ['chipmaker', noun('半導体メーカー')],
  ['startup', noun('新興企業', '社')],
  ['supermarket', noun('スーパー')],
  ['store', noun('店舗', '店')],
  ['shop', noun('店舗', '店')],
  ['facility', noun('施設', '施設')],
  ['facilities', noun('施設', '施設')],
  ['shelter', noun('避難所', 'か所')],
  ['evacuation center', noun('避難所', 'か所')],
  // Places.
  ['country', noun('国', 'か国')],
  ['countries', noun('国', 'か国')],
  ['nation', noun('国')],
  ['world', noun('世界')],
  ['region', noun('地域')],
  ['district', noun('地区')],
  ['neighborhood', noun('地区')],
  ['neighbourhood', noun('地区')],
  ['community', noun('地域')],
  ['communities', noun('地域')],
  ['island', noun('島')],
  ['river', noun('川')],
  ['mountain', noun('山')],
  ['coast', noun('沿岸')],
  ['forest', noun('森林')],
  ['farmland', noun('農地')],
  ['road', noun('道路')],
  ['highway', noun('幹線道路')],
  ['expressway', noun('高速道路')],
  ['bridge', noun('橋')],
  ['tunnel', noun('トンネル')],
  ['building', noun('建物', '棟')],
  ['housing', noun('住宅')],
  ['apartment', noun('集合住宅')],
  // Transport.
  ['weekday', noun('平日')],
  ['weekend', noun('週末')],
  ['accident', noun('事故', '件')],
  ['traffic accident', noun('交通事故', '件')],
  ['collision', noun('衝突')],
  ['derailment', noun('脱線')],
  ['traffic', noun('交通')],
  ['vehicle', noun('車両', '台')],
  ['car', noun('車', '台')],
  ['bus', noun('バス', '台')],
  ['buses', noun('バス', '台')],
  ['truck', noun('トラック', '台')],
  ['bicycle', noun('自転車', '台')],
  ['aircraft', noun('航空機', '機')],
  ['airplane', noun('航空機', '機')],
  ['flight', noun('便', '便')],
  ['ship', noun('船', '隻')],
  ['vessel', noun('船舶', '隻')],
  ['ferry', noun('フェリー')],
  ['ferries', noun('フェリー')],
  ['timetable', noun('ダイヤ')],
  ['bus route', noun('バス路線', '路線')],
  ['rail line', noun('鉄道路線', '路線')],
  ['railway line', noun('鉄道路線', '路線')],
  ['route', noun('路線', '路線')],
  // Disasters and weather.
  ['earthquake', noun('地震')],
  ['quake', noun('地震')],
  ['tsunami', noun('津波')],
  ['typhoon', noun('台風')],
  ['storm', noun('嵐')],
  ['heavy rain', noun('大雨')],
  ['rainfall', noun('雨量')],
  ['heavy snow', noun('大雪')],
  ['snowfall', noun('降雪')],
  ['flood', noun('洪水')],
  ['flooding', noun('浸水')],
  ['landslide', noun('土砂崩れ')],
  ['wildfire', noun('山火事')],
  ['forest fire', noun('山火事')],
  ['blaze', noun('火災')],
  ['heat wave', noun('熱波')],
  ['heatwave', noun('熱波')],
  ['heatstroke', noun('熱中症')],
  ['drought', noun('干ばつ')],
  ['eruption', noun('噴火')],
  ['volcano', noun('火山')],
  ['evacuation order', noun('避難指示')],
  ['evacuation', noun('避難')],
  ['power outage', noun('停電')],
  ['blackout', noun('停電')],
  ['injury', noun('けが')],
  ['injuries', noun('けが')],
  ['rescue', noun('救助')],
  ['disaster', noun('災害')],
  // Crime and courts.
  ['arrest', noun('逮捕')],
  ['police investigation', noun('捜査')],
  ['lawsuit', noun('訴訟')],
  ['verdict', noun('判決')],
  ['fraud', noun('詐欺')],
  ['theft', noun('窃盗')],
  ['robbery', noun('強盗')],
  ['robberies', noun('強盗')],
  ['murder', noun('殺人')],
  ['crime', noun('犯罪')],
  ['allegation', noun('疑惑')],
  ['prison', noun('刑務所')],
  // Business and labour.
  ['economy', noun('経済')],
  ['economies', noun('経済')],
  ['market', noun('市場')],
  ['stock price', noun('株価')],
  ['share price', noun('株価')],
  ['inflation', noun('物価上昇')],
  ['interest rate', noun('金利')],
  ['wage', noun('賃金')],
  // A pay rise and the results a company posts: the words of wage talks and earnings reports.
  ['base pay', noun('基本給')],
  ['pay increase', noun('賃上げ')],
  ['pay raise', noun('賃上げ')],
  ['pay rise', noun('賃上げ')],
  ['pay hike', noun('賃上げ')],
  ['wage increase', noun('賃上げ')],
  ['wage hike', noun('賃上げ')],
  ['base pay increase', noun('基本給の引き上げ')],
  ['operating loss', noun('営業損失')],
  ['operating profit', noun('営業利益')],
  ['net loss', noun('純損失')],
  ['net profit', noun('純利益')],
  ['deficit', noun('赤字')],
  ['surplus', noun('黒字')],
  ['salary', noun('給与')],
  ['salaries', noun('給与')],
  ['bonus', noun('賞与')],
  ['pension', noun('年金')],
  ['merger', noun('合併')],
  ['acquisition', noun('買収')],
  ['bankruptcy', noun('経営破綻')],
  ['bankruptcies', noun('経営破綻')],
  ['layoff', noun('人員削減')],
  ['unemployment', noun('失業')],
  ['unemployment rate', noun('失業率')],
  ['export', noun('輸出')],
  ['import', noun('輸入')],
  ['tariff', noun('関税')],
  ['deficit', noun('赤字')],
  ['surplus', noun('黒字')],
  ['surpluses', noun('黒字')],
  ['debt', noun('債務')],
  ['loan', noun('融資')],
  ['contract', noun('契約')],
  ['agreement', noun('合意')],
  ['product', noun('製品')],
  ['production', noun('生産')],
  ['shipment', noun('出荷')],
  ['semiconductor', noun('半導体')],
  ['electricity', noun('電力')],
  ['power supply', noun('電力供給')],
  ['fuel', noun('燃料')],
  ['gasoline', noun('ガソリン')],
  ['energy', noun('エネルギー')],
  ['renewable energy', noun('再生可能エネルギー')],
  ['nuclear power', noun('原子力')],
  ['wind power', noun('風力発電')],
  ['solar power', noun('太陽光発電')],
  ['rice', noun('コメ')],
  ['crop', noun('農作物')],
  ['harvest', noun('収穫')],
  ['walkout', noun('ストライキ')],
  // Government and elections.
  ['election', noun('選挙')],
  ['referendum', noun('住民投票')],
  ['ballot', noun('投票')],
  ['law', noun('法律')],
  ['ordinance', noun('条例')],
  ['regulation', noun('規制')],
  ['policy', noun('政策')],
  ['policies', noun('政策')],
  ['proposal', noun('案')],
  ['funding', noun('資金')],
  ['spending', noun('支出')],
  ['welfare', noun('福祉')],
  ['grant', noun('助成金')],
  ['complaint', noun('苦情', '件')],
  ['request', noun('要請')],
  ['survey', noun('調査')],
  ['poll', noun('世論調査')],
  ['meeting', noun('会合', '回')],
  // A meeting where an authority explains a plan to those it concerns (説明会), however English names it.
  ['information session', noun('説明会', '回')],
  ['briefing session', noun('説明会', '回')],
  ['briefing', noun('説明会', '回')],
  ['conference', noun('会議')],
  ['press conference', noun('記者会見')],
  ['news conference', noun('記者会見')],
  ['ceremony', noun('式典')],
  ['ceremonies', noun('式典')],
  ['festival', noun('祭り')],
  ['construction', noun('建設')],
  ['construction work', noun('工事')],
  ['renovation', noun('改修')],
  ['repair', noun('修理')],
  ['inspection', noun('点検')],
  ['safety', noun('安全')],
  // Health.
  ['vaccine', noun('ワクチン')],
  ['vaccination', noun('ワクチン接種')],
  ['virus', noun('ウイルス')],
  ['viruses', noun('ウイルス')],
  ['infection', noun('感染')],
  ['disease', noun('病気')],
  ['influenza', noun('インフルエンザ')],
  ['flu', noun('インフルエンザ')],
  ['food poisoning', noun('食中毒')],
  ['symptom', noun('症状')],
  ['ambulance', noun('救急車', '台')],
  ['medical care', noun('医療')],
  ['health care', noun('医療')],
  ['healthcare', noun('医療')],
  // Education and science.
  ['exam', noun('試験')],
  ['examination', noun('試験')],
  ['entrance exam', noun('入試')],
  ['entrance examination', noun('入試')],
  ['textbook', noun('教科書')],
  ['tuition', noun('授業料')],
  ['scholarship', noun('奨学金')],
  ['research', noun('研究')],
  ['experiment', noun('実験')],
  ['satellite', noun('衛星', '基')],
  ['rocket', noun('ロケット', '機')],
  ['technology', noun('技術')],
  ['technologies', noun('技術')],
  ['artificial intelligence', noun('人工知能')],
  ['data', noun('データ')],
  // Local services.
  ['water supply', noun('水道')],
  ['water rate', noun('水道料金')],
  ['garbage', noun('ごみ')],
  ['recycling', noun('リサイクル')],
  ['childcare', noun('保育')],
  ['child care', noun('保育')],
  ['nursing care', noun('介護')],
  ['public transport', noun('公共交通')],
  ['public transportation', noun('公共交通')],
  // What a body asks for, offers or gives (ask residents for their cooperation): the common
  // objects of a request in news.
  ['help', noun('支援')],
  ['support', noun('支援')],
  ['assistance', noun('支援')],
  ['aid', noun('支援')],
  ['understanding', noun('理解')],
  ['cooperation', noun('協力')],
  ['co-operation', noun('協力')],
  ['consent', noun('同意')],
  ['permission', noun('許可')],
  ['advice', noun('助言')],
  ['information', noun('情報')],
  ['explanation', noun('説明')],
  // The nouns of verbs below (a notice, her comments): the verb after to, will or an auxiliary.
  ['notice', noun('通知')],
  ['comment', noun('コメント')],
  // Bodies and offices that report news.
  ['authorities', noun('当局')],
  ['bureau', noun('局')],
  ['association', noun('協会')],
  ['organization', noun('団体')],
  ['organisation', noun('団体')],
  ['institute', noun('研究所')],
  ['foundation', noun('財団')],
  ['headquarters', noun('本部')],
  ['investigator', noun('調査官', '人')],
  ['inspector', noun('検査官', '人')],
  ['helicopter', noun('ヘリコプター', '機')],
  ['freight train', noun('貨物列車', '本')],
  ['container', noun('コンテナ')],
  ['speed limit', noun('制限速度')],
  ['water pipe', noun('水道管')],
  ['shortage', noun('不足')],
  ['overtime', noun('残業')],
  ['problem', noun('問題')],
  ['cause', noun('原因')],
  ['scene', noun('現場')],
  ['damage estimate', noun('被害額')],
  // More of the common nouns of news.
  ['zone', noun('区域')],
  ['level', noun('水準')],
  ['result', noun('結果')],
  ['statement', noun('声明')],
  ['decision', noun('決定')],
  ['negotiation', noun('交渉')],
  ['protest', noun('抗議')],
  ['reform', noun('改革')],
  ['water', noun('水')],
  ['fish', noun('魚')],
  ['tree', noun('木')],
  ['animal', noun('動物')],
  ['wildlife', noun('野生動物')],
  ['equipment', noun('設備')],
  ['device', noun('機器')],
  ['smartphone', noun('スマートフォン')],
  ['computer', noun('コンピューター')],
  ['internet', noun('インターネット')],
  ['website', noun('ウェブサイト')],
  ['software', noun('ソフトウェア')],
  ['cyberattack', noun('サイバー攻撃')],
  ['personal information', noun('個人情報')],
  ['tourism', noun('観光')],
  ['hotel', noun('ホテル')],
  ['restaurant', noun('飲食店')],
  ['baby', noun('赤ちゃん', '人')],
  ['babies', noun('赤ちゃん', '人')],
  ['infant', noun('乳児', '人')],
  ['troops', noun('部隊')],
  ['war', noun('戦争')],
  ['explosion', noun('爆発')],
  ['blast', noun('爆発')],
  ['gas leak', noun('ガス漏れ')],
  ['apology', noun('謝罪')],
  ['apologies', noun('謝罪')],
  ['resignation', noun('辞任')],
  ['successor', noun('後任')],
  ['turnout', noun('投票率')],
  ['majority', noun('過半数')],
  ['coalition', noun('連立')],
  ['consumption tax', noun('消費税')],
  ['income', noun('所得')],
  ['poverty', noun('貧困')],
  ['birth rate', noun('出生率')],
  ['labor shortage', noun('人手不足')],
  ['labour shortage', noun('人手不足')],
  ['price hike', noun('値上げ')],
  ['fare hike', noun('運賃の値上げ')],
  ['fare increase', noun('運賃の値上げ')],
  ['fare increases', noun('運賃の値上げ')],
  // Nouns spelt as a verb of the vocabulary: the noun unless an auxiliary or to comes before.
  ['study', noun('研究')],
  ['studies', noun('研究')],
  ['visit', noun('訪問')],
  ['start', noun('開始')],
  ['increase', noun('増加')],
  ['decrease', noun('減少')],
  ['surge', noun('急増')],
  ['pay', noun('賃金')],
  // The general news vocabulary by domain (english-news-words.ts).
  ...NEWS_NOUNS,
];

// Verbs by their base form; the matcher accepts the base, -s, -ing and the listed past.
const VERBS: ReadonlyArray<readonly [string, string, VerbGloss]> = [
  ['announce', 'announced', suru('発表', 'object')],
  ['approve', 'approved', suru('承認', 'object')],
  ['build', 'built', suru('建設', 'object')],
  ['construct', 'constructed', suru('建設', 'object')],
  ['invest', 'invested', suru('投資', 'object')],
  ['submit', 'submitted', suru('提出', 'object')],
  ['postpone', 'postponed', suru('延期', 'object')],
  ['resume', 'resumed', suru('再開', 'object')],
  ['hire', 'hired', suru('採用', 'object')],
  ['develop', 'developed', suru('開発', 'object')],
  ['agree', 'agreed', { ...suru('合意', 'event'), infinitive: 'ことで' }],
  ['boost', 'boosted', verb('増やす', '増やした', 'change')],
  ['lower', 'lowered', verb('引き下げる', '引き下げた', 'change')],
  ['rise', 'rose', verb('上がる', '上がった', 'intransitive')],
  ['cost', 'cost', verb('かかる', 'かかった', 'amount')],
  ['apply for', 'applied for', suru('申請', 'object')],
  ['put to a vote', 'put to a vote', suru('採決', 'object')],
  // The verbs of English news by domain, each with one common sense in news (several: SENSES).
  // Crime and courts.
  ['arrest', 'arrested', suru('逮捕', 'object')],
  ['detain', 'detained', suru('拘束', 'object')],
  ['indict', 'indicted', suru('起訴', 'object')],
  ['prosecute', 'prosecuted', suru('起訴', 'object')],
  ['sue', 'sued', suru('提訴', 'object')],
  [
    'convict',
    'convicted',
    {
      ...verb('有罪とする', '有罪とした', 'object'),
      passive: { ja: '有罪判決を受ける', past: '有罪判決を受けた' },
    },
  ],
  ['steal', 'stole', verb('盗む', '盗んだ', 'object')],
  ['deny', 'denied', suru('否定', 'object')],
  ['apologize', 'apologized', suru('謝罪', 'event')],
  ['apologise', 'apologised', suru('謝罪', 'event')],
  // Disasters, accidents and emergencies.
  ['injure', 'injured', undergo({ ...verb('負傷させる', '負傷させた', 'object'), noun: '負傷' }, '負傷')],
  ['kill', 'killed', undergo({ ...verb('死亡させる', '死亡させた', 'object'), noun: '死亡' }, '死亡')],
  ['die', 'died', suru('死亡', 'event')],
  [
    'evacuate',
    'evacuated',
    either(
      undergo({ ...verb('避難させる', '避難させた', 'object'), noun: '避難' }, '避難'),
      '避難する',
      '避難した',
    ),
  ],
  ['rescue', 'rescued', suru('救助', 'object')],
  ['hospitalize', 'hospitalized', undergo(suru('入院', 'event'), '入院')],
  // Taken (rushed) to hospital: 病院に搬送された, with or without an article before hospital.
  ...['take', 'rush'].flatMap((base) =>
    ['hospital', 'a hospital', 'the hospital'].map(
      (place) =>
        [
          `${base} to ${place}`,
          `${base === 'take' ? 'took' : 'rushed'} to ${place}`,
          {
            ...verb('病院に搬送する', '病院に搬送した', 'event'),
            noun: '搬送',
            passive: { ja: '病院に搬送される', past: '病院に搬送された' },
          },
        ] as const,
    ),
  ),
  ['hospitalise', 'hospitalised', undergo(suru('入院', 'event'), '入院')],
  ['infect', 'infected', undergo({ ...verb('感染させる', '感染させた', 'object'), noun: '感染' }, '感染')],
  ['derail', 'derailed', either(undergo(suru('脱線', 'event'), '脱線'), '脱線する', '脱線した')],
  ['collide', 'collided', suru('衝突', 'event')],
  ['erupt', 'erupted', suru('噴火', 'event')],
  ['destroy', 'destroyed', suru('破壊', 'object')],
  ['dispatch', 'dispatched', suru('派遣', 'object')],
  ['deploy', 'deployed', suru('派遣', 'object')],
  ['inspect', 'inspected', { ...suru('点検', 'object'), also: ['検査', '調べる'] }],
  ['repair', 'repaired', suru('修理', 'object')],
  // Finishing a work (finish the repairs: 修理を終える) or its coming to an end (the work will finish: 終わる).
  ['finish', 'finished', either(verb('終える', '終えた', 'object'), '終わる', '終わった')],
  ['warn', 'warned', taking(suru('警告', 'object'), 'に')],
  // Business and labour.
  ['employ', 'employed', suru('雇用', 'object')],
  ['lay off', 'laid off', suru('解雇', 'object')],
  ['dismiss', 'dismissed', suru('解雇', 'object')],
  ['manufacture', 'manufactured', suru('製造', 'object')],
  ['produce', 'produced', suru('生産', 'object')],
  ['export', 'exported', suru('輸出', 'object')],
  ['import', 'imported', suru('輸入', 'object')],
  ['acquire', 'acquired', suru('買収', 'object')],
  ['merge', 'merged', suru('合併', 'event')],
  ['demand', 'demanded', suru('要求', 'object')],
  ['spend', 'spent', suru('支出', 'object')],
  // Bearing a cost (pay for the repairs: 修理費を負担する), before paying a sum (pay 5,000 yen).
  ['pay for', 'paid for', suru('負担', 'object')],
  ['pay', 'paid', verb('支払う', '支払った', 'object')],
  ['receive', 'received', verb('受け取る', '受け取った', 'object')],
  ['expand', 'expanded', either(suru('拡大', 'object'), '拡大する', '拡大した')],
  ['increase', 'increased', either(verb('増やす', '増やした', 'change'), '増える', '増えた')],
  ['decrease', 'decreased', either(verb('減らす', '減らした', 'change'), '減る', '減った')],
  ['surge', 'surged', suru('急増', 'intransitive')],
  ['plunge', 'plunged', suru('急減', 'intransitive')],
  // Government, elections and public bodies.
  ['decide', 'decided', { ...verb('決める', '決めた', 'event'), infinitive: 'ことを' }],
  ['vote', 'voted', suru('投票', 'event')],
  ['elect', 'elected', undergo(suru('選出', 'object'), '当選')],
  ['appoint', 'appointed', suru('任命', 'object')],
  ['resign', 'resigned', suru('辞任', 'event')],
  ['step down', 'stepped down', suru('辞任', 'event')],
  ['propose', 'proposed', suru('提案', 'object')],
  ['abolish', 'abolished', suru('廃止', 'object')],
  ['implement', 'implemented', suru('実施', 'object')],
  ['conduct', 'conducted', suru('実施', 'object')],
  ['carry out', 'carried out', suru('実施', 'object')],
  ['request', 'requested', suru('要請', 'object')],
  // Allowing someone to act (乗ることを認める) and acknowledging a fact (…負担になることを認めた).
  ['allow', 'allowed', verb('認める', '認めた', 'object')],
  ['acknowledge', 'acknowledged', verb('認める', '認めた', 'object')],
  ['call for', 'called for', verb('求める', '求めた', 'object')],
  ['discuss', 'discussed', suru('協議', 'object')],
  // Weighing an act not yet decided (is considering online consultations: オンライン診療を検討している).
  ['consider', 'considered', suru('検討', 'object')],
  ['participate in', 'participated in', taking(suru('参加', 'object'), 'に')],
  ['take part in', 'took part in', taking(suru('参加', 'object'), 'に')],
  ['publish', 'published', suru('公表', 'object')],
  ['unveil', 'unveiled', suru('発表', 'object')],
  ['reveal', 'revealed', verb('明らかにする', '明らかにした', 'object')],
  ['confirm', 'confirmed', suru('確認', 'object')],
  // Explaining a matter, and commenting on it: news gives declined to comment as 説明を控えた.
  ['explain', 'explained', suru('説明', 'object')],
  ['comment on', 'commented on', suru('説明', 'object')],
  ['comment', 'commented', suru('説明', 'event')],
  ['notice', 'noticed', taking(verb('気付く', '気付いた', 'object'), 'に')],
  ['reopen', 'reopened', either(suru('再開', 'object'), '再開する', '再開した')],
  ['shut down', 'shut down', suru('閉鎖', 'object')],
  ['halt', 'halted', suru('停止', 'object')],
  ['complete', 'completed', undergo({ ...verb('完成させる', '完成させた', 'object'), noun: '完成' }, '完成')],
  ['begin', 'began', either(verb('始める', '始めた', 'object'), '始まる', '始まった')],
  ['start', 'started', either(verb('始める', '始めた', 'object'), '始まる', '始まった')],
  ['ban', 'banned', suru('禁止', 'object')],
  ['prohibit', 'prohibited', suru('禁止', 'object')],
  ['visit', 'visited', suru('訪問', 'object')],
  ['accept', 'accepted', verb('受け入れる', '受け入れた', 'object')],
  ['oppose', 'opposed', taking(suru('反対', 'object'), 'に')],
  ['criticize', 'criticized', suru('批判', 'object')],
  ['criticise', 'criticised', suru('批判', 'object')],
  ['protest', 'protested', taking(suru('抗議', 'object'), 'に')],
  ['restrict', 'restricted', suru('制限', 'object')],
  ['improve', 'improved', suru('改善', 'object')],
  ['renovate', 'renovated', suru('改修', 'object')],
  ['demolish', 'demolished', suru('解体', 'object')],
  ['install', 'installed', suru('設置', 'object')],
  ['establish', 'established', suru('設立', 'object')],
  ['transport', 'transported', suru('輸送', 'object')],
  ['deliver', 'delivered', suru('配達', 'object')],
  ['donate', 'donated', suru('寄付', 'object')],
  // Health, education and science.
  ['vaccinate', 'vaccinated', taking(verb('ワクチンを接種する', 'ワクチンを接種した', 'object'), 'に')],
  ['study', 'studied', suru('研究', 'object')],
  ['research', 'researched', suru('研究', 'object')],
  ['survey', 'surveyed', suru('調査', 'object')],
  ['discover', 'discovered', suru('発見', 'object')],
  ['enroll', 'enrolled', suru('入学', 'event')],
  ...NEWS_VERBS,
];

const MODALITIES: ReadonlyArray<readonly [RegExp, ModalityGloss]> = [
  [/\b(?:will|(?:is|are)\s+(?:scheduled|set|due)\s+to)\b/giu, { kind: 'modality', ja: '予定' }],
  // An event put on the calendar (the vote is scheduled for May 12): what is planned is the event itself.
  [/\b(?:is|are)\s+(?:scheduled|slated)\s+for\b/giu, { kind: 'modality', ja: '予定' }],
  [
    /\b(?:(?:is|are)\s+(?:expected|projected|forecast|likely)|expects?)\s+to\b/giu,
    { kind: 'modality', ja: '見通し' },
  ],
  [/\b(?:plans?|planned|aims?|intends?)\s+to\b/giu, { kind: 'modality', ja: '計画' }],
  // A possibility (may, might, could close): 〜する可能性がある. Lower case only (May the month is not one).
  [/\b(?:may|might|could)\b/gu, { kind: 'modality', ja: '可能性' }],
];

const ATTRIBUTION: AttributionGloss = { kind: 'attribution', ja: 'によると' };

const asPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');

// Past participles that differ from the past (has fallen, was stolen): read as the past.
const PARTICIPLES: Readonly<Record<string, string>> = {
  rose: 'risen',
  fell: 'fallen',
  began: 'begun',
  stole: 'stolen',
  withdrew: 'withdrawn',
  'took over': 'taken over',
  'took part in': 'taken part in',
  'took to hospital': 'taken to hospital',
  'took to a hospital': 'taken to a hospital',
  'took to the hospital': 'taken to the hospital',
  won: 'won',
};

/** The past and, where it differs, the past participle (fell, fallen). */
const pastForms = (past: string): string[] => [
  past,
  ...(PARTICIPLES[past] === undefined ? [] : [PARTICIPLES[past]]),
];
const pastPattern = (past: string) => new RegExp(`^(?:${pastForms(past).map(asPattern).join('|')})$`, 'iu');

/** English forms of a verb's base: base, -s/-es, -ing (a final e dropped), the past and its participle. */
function verbForms(base: string, past: string): string[] {
  const [head, ...rest] = base.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const word = head as string;
  // die → dying, make → making, ban → banning (one syllable ending consonant-vowel-consonant), else + ing.
  const ing = word.endsWith('ie')
    ? `${word.slice(0, -2)}ying`
    : word.endsWith('e') && !word.endsWith('ee')
      ? `${word.slice(0, -1)}ing`
      : /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/u.test(word)
        ? `${word}${word.at(-1)}ing`
        : `${word}ing`;
  // deny → denies, push → pushes, else + s.
  const third = /[^aeiou]y$/u.test(word)
    ? `${word.slice(0, -1)}ies`
    : /(?:s|sh|ch|x|z)$/u.test(word)
      ? `${word}es`
      : `${word}s`;
  return [...new Set([base, `${third}${tail}`, `${ing}${tail}`, ...pastForms(past)])].sort(
    (a, b) => b.length - a.length,
  );
}

/**
 * What decides a sense: a pattern on the words a verb acts on (`object`: after it, up to the
 * clause's first comma or preposition; for a passive or an intransitive use, the words before it),
 * on the words right before a noun (`before`), or on the whole sentence (`sentence`). A cue with
 * `gloss: undefined` names a use the vocabulary has no word for (close to, this fall).
 */
interface Cue {
  gloss: NounGloss | VerbGloss | undefined;
  object?: RegExp;
  before?: RegExp;
  sentence?: RegExp;
}

interface Polysemous {
  pattern: RegExp;
  kind: 'noun' | 'verb';
  cues: readonly Cue[];
  past?: RegExp;
  /**
   * A title whose sense is the kind of body the text is about (Mayor Miho Ishikura in a report on a
   * city: 市長): where its own sentence says none, the sentence cues are read on the text before it.
   */
  ofText?: true;
}

// What is opened as a service to the public (開設): a help line or hotline, a desk or counter for
// consultation, a shelter or evacuation centre, an office, an account, a website.
const OPENED_SERVICE =
  /^(?:(?:an?|the|its|their|new|temporary|special|dedicated)\s+)*(?:[\w-]+\s+){0,2}?(?:help\s*lines?|hotlines?|(?:tele)?phone\s+lines?|call\s+cent(?:er|re)s?|(?:help|information|consultation|inquiry|enquiry)\s+(?:desks?|counters?|windows?|services?)|desks?|counters?|shelters?|evacuation\s+cent(?:er|re)s?|offices?|accounts?|websites?)\b/iu;

const RAIL = /\b(?:rail\w*|trains?|lines?|shinkansen|subway|metro|platforms?|passengers?)\b/iu;
const AMOUNT_NOUN =
  /\b(?:prices?|fares?|fees?|rates?|tax(?:es)?|tariffs?|charges?|premiums?|wages?|salar(?:y|ies)|pay|rents?|costs?)\b/iu;
const DURATION = /\b(?:time|times|hours?|minutes?|days?|waits?|waiting)\b/iu;
const FACILITY =
  /\b(?:schools?|plants?|factor(?:y|ies)|stations?|stores?|shops?|branch(?:es)?|hospitals?|clinics?|lines?|offices?|mines?|roads?|bridges?|airports?|museums?|facilit(?:y|ies)|routes?|hotels?|restaurants?|malls?|pools?|librar(?:y|ies)|gym(?:nasium)?s?|halls?|cent(?:er|re)s?|stadiums?|arenas?|theat(?:er|re)s?|zoos?|aquariums?|beach(?:es)?|campsites?|parks?)\b/iu;

const nounForms = (word: string) => new RegExp(`\\b${word}(?:s|es)?\\b`, 'giu');
const verbEntry = (base: string, past: string) => ({
  pattern: new RegExp(`\\b(?:${verbForms(base, past).map(asPattern).join('|')})\\b`, 'giu'),
  past: pastPattern(past),
});

// Words with several common senses in news, each with the context that decides it (first cue wins).
const SENSES: readonly Polysemous[] = [
  {
    pattern: nounForms('council'),
    kind: 'noun',
    cues: [
      { before: /\b(?:city|municipal)\s+$/iu, gloss: noun('市議会') },
      { before: /\btown\s+$/iu, gloss: noun('町議会') },
      { before: /\bvillage\s+$/iu, gloss: noun('村議会') },
      { before: /\bprefectural\s+$/iu, gloss: noun('県議会') },
      { before: /\b(?:advisory|expert)\s+$/iu, gloss: noun('審議会') },
      { object: /^of\s+experts\b/iu, gloss: noun('審議会') },
      // A body that brings several bodies together to confer: 協議会.
      { before: /\b(?:consultative|liaison|joint|regional)\s+$/iu, gloss: noun('協議会') },
      {
        object:
          /^(?:of|made\s+up\s+of|comprising|formed\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:governments|municipalities|cities|towns|villages|prefectures|operators|companies|firms|groups|organi[sz]ations|bodies|stakeholders|residents|parties)\b/iu,
        gloss: noun('協議会'),
      },
    ],
  },
  {
    pattern: nounForms('assembly'),
    kind: 'noun',
    cues: [
      { object: /^(?:lines?|plants?|halls?)\b/iu, gloss: undefined },
      { before: /\bcity\s+$/iu, gloss: noun('市議会') },
      { before: /\bprefectural\s+$/iu, gloss: noun('県議会') },
      { before: /\btown\s+$/iu, gloss: noun('町議会') },
      { before: /\bvillage\s+$/iu, gloss: noun('村議会') },
      { before: /\b(?:municipal|legislative|national|general)\s+$/iu, gloss: noun('議会') },
    ],
  },
  {
    pattern: nounForms('plant'),
    kind: 'noun',
    cues: [
      {
        before:
          /\b(?:nuclear|coal|coal-fired|gas-fired|thermal|solar|wind|hydroelectric|geothermal|biomass)\s+$/iu,
        gloss: noun('発電所'),
      },
      { before: /\b(?:treatment|sewage|water|recycling|incineration)\s+$/iu, gloss: undefined },
      {
        sentence:
          /\b(?:factor(?:y|ies)|manufactur\w*|production|produc(?:e|es|ed|ing)|chips?|semiconductors?|cars?|vehicles?|parts|assembly|workers|employees|jobs|output)\b/iu,
        gloss: noun('工場', '工場'),
      },
    ],
  },
  {
    pattern: nounForms('station'),
    kind: 'noun',
    cues: [
      { before: /\b(?:power|nuclear|thermal|hydroelectric)\s+$/iu, gloss: noun('発電所') },
      { before: /\bpolice\s+$/iu, gloss: noun('警察署') },
      { before: /\bfire\s+$/iu, gloss: noun('消防署') },
      {
        before: /\b(?:tv|television|radio|broadcasting|gas|filling|petrol|charging|space|weather)\s+$/iu,
        gloss: undefined,
      },
      { sentence: RAIL, gloss: noun('駅', '駅') },
      { sentence: /\btracks?\b/iu, gloss: noun('駅', '駅') },
    ],
  },
  {
    pattern: nounForms('track'),
    kind: 'noun',
    cues: [
      { sentence: RAIL, gloss: noun('線路') },
      { sentence: /\bstations?\b/iu, gloss: noun('線路') },
    ],
  },
  {
    // The noun; the verb (to train staff) is not in the vocabulary.
    pattern: nounForms('train'),
    kind: 'noun',
    cues: [
      { before: /\b(?:to|will|would)\s+$/iu, gloss: undefined },
      { sentence: /./u, gloss: noun('列車', '本') },
    ],
  },
  {
    // The noun (officials said); the adjective (an official visit) is not a person.
    pattern: nounForms('official'),
    kind: 'noun',
    cues: [
      {
        object:
          /^(?:$|said|says|say|told|announced|of|from|at|in|with|who|and|will|have|has|had|are|is|were|was|expect\w*|plan\w*|aim\w*)\b|^$/iu,
        gloss: noun('当局'),
      },
    ],
  },
  {
    // The head of a municipality is named by its kind: 市長, 町長, 村長.
    pattern: nounForms('mayor'),
    kind: 'noun',
    ofText: true,
    cues: [
      { sentence: /^(?=.*\bcity\b)(?!.*\b(?:town|village)\b)/isu, gloss: noun('市長') },
      { sentence: /^(?=.*\btown\b)(?!.*\b(?:city|village)\b)/isu, gloss: noun('町長') },
      { sentence: /^(?=.*\bvillage\b)(?!.*\b(?:city|town)\b)/isu, gloss: noun('村長') },
    ],
  },
  {
    pattern: nounForms('governor'),
    kind: 'noun',
    cues: [
      { sentence: /\bbank\b/iu, gloss: noun('総裁') },
      { sentence: /\b(?:prefecture|prefectural|state)\b/iu, gloss: noun('知事') },
    ],
  },
  {
    pattern: nounForms('minister'),
    kind: 'noun',
    cues: [
      { sentence: /\b(?:church|parish|congregation)\b/iu, gloss: undefined },
      {
        sentence:
          /\b(?:government|cabinet|ministry|foreign|finance|economy|transport|health|education|defen[cs]e|trade|environment|agriculture|justice)\b/iu,
        gloss: noun('大臣'),
      },
    ],
  },
  {
    pattern: nounForms('student'),
    kind: 'noun',
    cues: [
      { sentence: /\b(?:universit(?:y|ies)|college|graduate)\b/iu, gloss: noun('学生', '人') },
      { sentence: /\b(?:elementary|primary)\s+schools?\b/iu, gloss: noun('児童', '人') },
      { sentence: /\b(?:junior\s+high|high|secondary)\s+schools?\b/iu, gloss: noun('生徒', '人') },
    ],
  },
  {
    pattern: nounForms('visitor'),
    kind: 'noun',
    cues: [
      {
        sentence: /\b(?:fair|expo|exhibition|event|festival|museum|stadium|show|venue|concert)s?\b/iu,
        gloss: noun('来場者', '人'),
      },
      {
        sentence: /\b(?:touris\w*|foreign|sightseeing|travel\w*|hot\s+springs?)\b/iu,
        gloss: noun('観光客', '人'),
      },
    ],
  },
  {
    pattern: nounForms('worker'),
    kind: 'noun',
    cues: [
      { before: /\b(?:construction|repair|road|site|maintenance)\s+$/iu, gloss: noun('作業員', '人') },
      {
        sentence:
          /\b(?:compan(?:y|ies)|firm|plant|factor(?:y|ies)|employer|operator|maker|manufacturer|union|strike|walkout)s?\b/iu,
        gloss: noun('従業員', '人'),
      },
    ],
  },
  {
    // A loss of money; a loss of jobs, people or lives is another word.
    pattern: /\b(?:loss|losses)\b/giu,
    kind: 'noun',
    cues: [
      { before: /\b(?:job|population|habitat|weight|hearing|memory|blood)\s+$/iu, gloss: undefined },
      { object: /^of\s+(?:life|lives|jobs|population|residents|people)\b/iu, gloss: undefined },
      {
        sentence:
          /\b(?:net|operating|annual|quarterly|years?|straight|posted|report\w*|yen|dollars?|deficit|profits?|revenue|compan(?:y|ies)|firm|operator|loss-making)\b|\d/iu,
        gloss: noun('損失'),
      },
    ],
  },
  {
    // A labour strike; a strike of another kind (an air strike, lightning) is another word.
    pattern: nounForms('strike'),
    kind: 'noun',
    cues: [
      { before: /\b(?:air|missile|drone|military|lightning|first)\s+$/iu, gloss: undefined },
      {
        sentence:
          /\b(?:unions?|workers|employees|staff|wages?|pay|labou?r|walkouts?|strikers|bargaining)\b/iu,
        gloss: noun('ストライキ'),
      },
    ],
  },
  {
    // A public park; an industrial, business or theme park is another word.
    pattern: nounForms('park'),
    kind: 'noun',
    cues: [
      {
        before:
          /\b(?:industrial|business|science|technology|research|theme|amusement|national|car|wind|solar|data)\s+$/iu,
        gloss: undefined,
      },
      { sentence: /./u, gloss: noun('公園') },
    ],
  },
  {
    // A bank of money; the bank of a river is another word.
    pattern: nounForms('bank'),
    kind: 'noun',
    cues: [
      { before: /\b(?:river|food|blood|sperm|data|snow)\s+$/iu, gloss: undefined },
      { object: /^of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:river|lake|canal|stream)\b/iu, gloss: undefined },
      { sentence: /./u, gloss: noun('銀行') },
    ],
  },
  {
    // A company; the adjective (a firm stance) is another word.
    pattern: nounForms('firm'),
    kind: 'noun',
    cues: [
      {
        object:
          /^(?:stance|position|commitment|grip|footing|hand|belief|support|opposition|resolve|line|control)\b/iu,
        gloss: undefined,
      },
      { sentence: /./u, gloss: noun('企業', '社') },
    ],
  },
  {
    // A court's ruling; a ruling party is a phrase of its own.
    pattern: nounForms('ruling'),
    kind: 'noun',
    cues: [
      {
        sentence: /\b(?:courts?|judges?|justices?|trials?|appeals?|lawsuits?|plaintiffs?|defendants?)\b/iu,
        gloss: noun('判決'),
      },
    ],
  },
  {
    // Waste to dispose of; a waste of money or time is another word.
    pattern: nounForms('waste'),
    kind: 'noun',
    cues: [
      { object: /^of\b/iu, gloss: undefined },
      { before: /\bto\s+$/iu, gloss: undefined },
      { sentence: /./u, gloss: noun('廃棄物') },
    ],
  },
  {
    // An application filed; a software application is another word.
    pattern: nounForms('application'),
    kind: 'noun',
    cues: [
      { before: /\b(?:smartphone|mobile|phone|software|web|online|messaging)\s+$/iu, gloss: undefined },
      { sentence: /\b(?:apps?|smartphones?|software|download\w*|users)\b/iu, gloss: undefined },
      { sentence: /./u, gloss: noun('申請', '件') },
    ],
  },
  {
    // Police and prosecutors investigate a crime (捜査); other bodies investigate a matter (調査).
    pattern: /\binvestigations?\b/giu,
    kind: 'noun',
    cues: [
      {
        sentence: /\b(?:police|prosecutors?|suspects?|crimes?|criminal|detectives?)\b/iu,
        gloss: noun('捜査'),
      },
      { sentence: /./u, gloss: noun('調査') },
    ],
  },
  {
    ...verbEntry('investigate', 'investigated'),
    kind: 'verb',
    cues: [
      {
        sentence: /\b(?:police|prosecutors?|suspects?|crimes?|criminal|detectives?)\b/iu,
        gloss: suru('捜査', 'object'),
      },
      { sentence: /./u, gloss: suru('調査', 'object') },
    ],
  },
  {
    // Hurt in the passive (was hurt, were not hurt) is injured (負傷); hurt with an object (the rain
    // hurt sales) is a blow to it (売上高に打撃を与えた).
    ...verbEntry('hurt', 'hurt'),
    kind: 'verb',
    cues: [
      {
        before: /\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:not\s+)?(?:\w+ly\s+)?$/iu,
        gloss: undergo({ ...verb('負傷させる', '負傷させた', 'object'), noun: '負傷' }, '負傷'),
      },
      { sentence: /./u, gloss: { ...verb('打撃を与える', '打撃を与えた', 'object'), objectParticle: 'に' } },
    ],
  },
  {
    // Sign an agreement (署名); a sign (signs of recovery) is another word.
    ...verbEntry('sign', 'signed'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:agreements?|contracts?|deals?|treat(?:y|ies)|accords?|memorand(?:um|a)|bills?|petitions?|pacts?|documents?)\b/iu,
        gloss: taking(suru('署名', 'object'), 'に'),
      },
    ],
  },
  {
    // Charged with a crime (起訴); a charge of money is another word.
    ...verbEntry('charge', 'charged'),
    kind: 'verb',
    cues: [
      { object: /^with\b/iu, gloss: suru('起訴', 'object') },
      { object: /\b(?:fees?|yen|dollars?|prices?|rates?|customers|users|visitors)\b|\d/iu, gloss: undefined },
    ],
  },
  {
    // Hold a meeting or an event (開催する); hold a stake, a suspect or a view is another word.
    ...verbEntry('hold', 'held'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:meetings?|conferences?|events?|festivals?|ceremon(?:y|ies)|elections?|talks|sessions?|briefings?|rall(?:y|ies)|forums?|exhibitions?|fairs?|concerts?|competitions?|tournaments?|hearings?|votes?|referend(?:um|a)|drills?|summits?)\b/iu,
        gloss: suru('開催', 'object'),
      },
    ],
  },
  {
    // Issue a warning (発表する), issue bonds or passports (発行する).
    ...verbEntry('issue', 'issued'),
    kind: 'verb',
    cues: [
      // An order to act (an evacuation order) is issued as 発令; a warning or a statement as 発表.
      { object: /\b(?:orders?|instructions?|directives?)\b/iu, gloss: suru('発令', 'object') },
      {
        object:
          /\b(?:warnings?|advisor(?:y|ies)|alerts?|statements?|guidelines?|recommendations?|forecasts?)\b/iu,
        gloss: suru('発表', 'object'),
      },
      {
        object:
          /\b(?:bonds?|shares?|passports?|certificates?|licen[cs]es?|permits?|vouchers?|coupons?|tickets?|visas?|cards?)\b/iu,
        gloss: suru('発行', 'object'),
      },
    ],
  },
  {
    // Release a suspect (釈放する), a report (公表する), a product (発売する).
    ...verbEntry('release', 'released'),
    kind: 'verb',
    cues: [
      {
        object: /\b(?:suspects?|man|woman|men|women|hostages?|prisoners?|detainees?|inmates?)\b/iu,
        gloss: suru('釈放', 'object'),
      },
      {
        object:
          /\b(?:reports?|data|figures|results|statements?|findings|plans?|estimates?|statistics|details|guidelines?)\b/iu,
        gloss: suru('公表', 'object'),
      },
      {
        object: /\b(?:products?|models?|albums?|games?|films?|movies?|versions?|books?)\b/iu,
        gloss: suru('発売', 'object'),
      },
    ],
  },
  {
    // Sell a company or an asset (売却する), sell goods (販売する).
    ...verbEntry('sell', 'sold'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:compan(?:y|ies)|firms?|stakes?|shares?|units?|subsidiar(?:y|ies)|business(?:es)?|assets?|land|buildings?|propert(?:y|ies))\b/iu,
        gloss: suru('売却', 'object'),
      },
      {
        object:
          /\b(?:products?|goods|cars?|vehicles?|tickets?|food|rice|drinks?|items?|copies|phones?|homes?)\b/iu,
        gloss: suru('販売', 'object'),
      },
    ],
  },
  {
    // Buy a company (買収する), buy goods (購入する).
    ...verbEntry('buy', 'bought'),
    kind: 'verb',
    cues: [
      {
        object: /\b(?:compan(?:y|ies)|firms?|rivals?|stakes?|makers?|chains?|banks?)\b/iu,
        gloss: suru('買収', 'object'),
      },
      {
        object:
          /\b(?:land|buildings?|vehicles?|cars?|buses|trains?|railcars?|equipment|tickets?|goods|products?|homes?|houses?|propert(?:y|ies))\b/iu,
        gloss: suru('購入', 'object'),
      },
    ],
  },
  {
    // Withdraw a plan (撤回する); withdraw from a market (撤退する); withdraw money is another word.
    ...verbEntry('withdraw', 'withdrew'),
    kind: 'verb',
    cues: [
      { object: /^from\b/iu, gloss: suru('撤退', 'event') },
      {
        object:
          /\b(?:plans?|bills?|proposals?|applications?|offers?|statements?|remarks?|requests?|bids?|candidac(?:y|ies)|lawsuits?|orders?)\b/iu,
        gloss: suru('撤回', 'object'),
      },
    ],
  },
  {
    // Extend a period (延長する); extend a line (延伸する).
    ...verbEntry('extend', 'extended'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:deadlines?|periods?|terms?|contracts?|hours|stays?|programs?|programmes?|measures?|orders?|bans?|suspensions?|subsid(?:y|ies))\b/iu,
        gloss: suru('延長', 'object'),
      },
      {
        object: /\b(?:lines?|routes?|railways?|tracks?|roads?|expressways?|highways?)\b/iu,
        gloss: suru('延伸', 'object'),
      },
    ],
  },
  {
    // Pass a bill (可決する); pass a place or pass away is another word.
    ...verbEntry('pass', 'passed'),
    kind: 'verb',
    cues: [
      {
        object: /\b(?:bills?|budgets?|laws?|legislation|ordinances?|resolutions?|motions?|amendments?)\b/iu,
        gloss: suru('可決', 'object'),
      },
    ],
  },
  {
    // Reject a bill (否決する); reject a request (拒否する).
    ...verbEntry('reject', 'rejected'),
    kind: 'verb',
    cues: [
      {
        object: /\b(?:bills?|budgets?|motions?|resolutions?|ordinances?|amendments?)\b/iu,
        gloss: suru('否決', 'object'),
      },
      {
        object:
          /\b(?:requests?|demands?|offers?|proposals?|claims?|appeals?|applications?|plans?|calls?|bids?)\b/iu,
        gloss: suru('拒否', 'object'),
      },
    ],
  },
  {
    // Win seats or votes (獲得する); win an election (勝利する).
    ...verbEntry('win', 'won'),
    kind: 'verb',
    cues: [
      {
        object: /\b(?:seats?|votes?|contracts?|orders?|awards?|prizes?|medals?|approval|support)\b/iu,
        gloss: suru('獲得', 'object'),
      },
      {
        object: /\b(?:elections?|races?|polls?|games?|matches?|finals?|contests?)\b/iu,
        gloss: taking(suru('勝利', 'object'), 'に'),
      },
    ],
  },
  {
    // Cancel an event (中止する); cancelled flights or trains are 欠航, 運休, words the vocabulary does not build.
    ...verbEntry('cancel', 'cancelled'),
    kind: 'verb',
    cues: [
      { object: /\b(?:flights?|trains?|services?|buses|ferr(?:y|ies)|sailings?)\b/iu, gloss: undefined },
      {
        object:
          /\b(?:events?|festivals?|concerts?|ceremon(?:y|ies)|meetings?|games?|matches?|tours?|classes|plans?|contracts?|orders?|projects?|exams?|shows?|races?|fireworks)\b/iu,
        gloss: suru('中止', 'object'),
      },
    ],
  },
  {
    // Restore power or a service (復旧する); restore a building is another word.
    ...verbEntry('restore', 'restored'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:power|electricity|services?|water|gas|operations?|lines?|traffic|supply|supplies|communications?|networks?)\b/iu,
        gloss: undergo(suru('復旧', 'object'), '復旧'),
      },
    ],
  },
  {
    // Provide X (提供する); provide Y with X turns the object round and is left to a quotation.
    ...verbEntry('provide', 'provided'),
    kind: 'verb',
    cues: [
      { object: /^[^,;]*?\bwith\b/iu, gloss: undefined },
      { object: /\S/u, gloss: suru('提供', 'object') },
    ],
  },
  {
    // Supply X (供給する); supply Y with X is left to a quotation.
    ...verbEntry('supply', 'supplied'),
    kind: 'verb',
    cues: [
      { object: /^[^,;]*?\bwith\b/iu, gloss: undefined },
      { object: /\S/u, gloss: suru('供給', 'object') },
    ],
  },
  {
    // Recall products (回収する); recall a memory is another word.
    ...verbEntry('recall', 'recalled'),
    kind: 'verb',
    cues: [
      { object: /^that\b/iu, gloss: undefined },
      {
        object:
          /\b(?:products?|cars?|vehicles?|units?|items?|models?|batteries|food|goods|lots?|packages?|devices?)\b/iu,
        gloss: suru('回収', 'object'),
      },
    ],
  },
  {
    // A court rules (判断する); rule out is a negation, a ruling party is a noun.
    ...verbEntry('rule', 'ruled'),
    kind: 'verb',
    cues: [
      { object: /^out\b/iu, gloss: undefined },
      { sentence: /\b(?:courts?|judges?|justices?|tribunals?)\b/iu, gloss: suru('判断', 'event') },
    ],
  },
  {
    // A bill before a legislature (法案); a bill to pay (請求額).
    pattern: nounForms('bill'),
    kind: 'noun',
    cues: [
      {
        before: /\b(?:monthly|water|electricity|power|gas|phone|utility|medical|hospital|heating)\s+$/iu,
        gloss: noun('請求額'),
      },
      {
        sentence:
          /\b(?:parliament|assembl(?:y|ies)|lawmakers?|legislat\w*|council|Diet|congress|senate|pass(?:es|ed)?|vote[sd]?|enact\w*|submit\w*)\b/iu,
        gloss: noun('法案'),
      },
    ],
  },
  {
    // Air temperature (気温); a sea's or water's (水温), a body's (体温).
    pattern: nounForms('temperature'),
    kind: 'noun',
    cues: [
      { before: /\b(?:sea|water|ocean|river|surface)\s+$/iu, gloss: noun('水温') },
      { before: /\bbody\s+$/iu, gloss: noun('体温') },
      { before: /\b(?:air|average|highest|lowest|maximum|minimum|daily)\s+$/iu, gloss: noun('気温') },
    ],
  },
  {
    // A fire (火災); to fire someone, or to open fire, is another word.
    pattern: nounForms('fire'),
    kind: 'noun',
    cues: [
      { before: /\b(?:to|will|would|was|were|be|been|opened|open|ceasefire|cease)\s+$/iu, gloss: undefined },
      {
        object:
          /^(?:department|service|station|officials?|fighters?|brigade|engines?|trucks?|alarms?|drills?)\b/iu,
        gloss: undefined,
      },
      { sentence: /./u, gloss: noun('火災') },
    ],
  },
  {
    // The scene of an event (現場); a website is another word.
    pattern: nounForms('site'),
    kind: 'noun',
    cues: [
      { before: /\b(?:web|news|social|dating|heritage|shopping|booking|candidate)\s+$/iu, gloss: undefined },
      { sentence: /\b(?:websites?|online|internet|pages?)\b/iu, gloss: undefined },
      { sentence: /./u, gloss: noun('現場') },
    ],
  },
  {
    // A member of a union (組合員) or of a legislature (議員); of other bodies, no one word.
    pattern: nounForms('member'),
    kind: 'noun',
    cues: [
      { sentence: /\b(?:unions?|labou?r)\b/iu, gloss: noun('組合員', '人') },
      {
        sentence: /\b(?:parliament|assembl(?:y|ies)|Diet|congress|legislat\w*)\b/iu,
        gloss: noun('議員', '人'),
      },
    ],
  },
  {
    // A labour union (労働組合); the European Union and other unions of states are names.
    pattern: nounForms('union'),
    kind: 'noun',
    cues: [
      {
        sentence:
          /\b(?:workers|employees|staff|wages?|pay|labou?r|strikes?|walkouts?|members|bargaining|management)\b/iu,
        gloss: noun('労働組合'),
      },
    ],
  },
  {
    // The launch of a rocket or a satellite (打ち上げ).
    pattern: nounForms('launch'),
    kind: 'noun',
    cues: [
      { before: /\b(?:to|will|would)\s+$/iu, gloss: undefined },
      {
        sentence: /\b(?:rockets?|satellites?|spacecraft|probes?|missiles?|spaceports?|orbit)\b/iu,
        gloss: noun('打ち上げ'),
      },
    ],
  },
  {
    // A weather or disaster warning (警報) and advisory (注意報); a warning of another kind is another word.
    pattern: nounForms('warning'),
    kind: 'noun',
    cues: [
      {
        sentence:
          /\b(?:rain\w*|storms?|floods?|flooding|tsunamis?|snow\w*|heat|winds?|typhoons?|landslides?|waves?|thunderstorms?|blizzards?|weather|meteorological)\b/iu,
        gloss: noun('警報'),
      },
    ],
  },
  {
    pattern: /\badvisor(?:y|ies)\b/giu,
    kind: 'noun',
    cues: [
      {
        sentence:
          /\b(?:rain\w*|storms?|floods?|flooding|tsunamis?|snow\w*|heat|winds?|typhoons?|landslides?|waves?|thunderstorms?|blizzards?|weather|meteorological)\b/iu,
        gloss: noun('注意報'),
      },
    ],
  },
  {
    // Question as a verb (police questioned the driver, plan to question the staff, are questioning
    // witnesses): hearing someone's account, Xから事情を聴く (聴取). Its other senses are left out by the
    // pattern: questioning whether or why (doubting) and the noun (a question, questions).
    pattern:
      /\b(?:questioned|(?<=\bto\s+)question|(?<=\b(?:is|are|was|were|been|be)\s+)questioning)\b(?!\s+(?:whether|if|why|how|what)\b)/giu,
    past: /^questioned$/iu,
    kind: 'verb',
    cues: [
      {
        sentence: /./u,
        gloss: { ...taking(verb('事情を聴く', '事情を聴いた', 'object'), 'から'), also: ['聴く', '聴取'] },
      },
    ],
  },
  {
    // Add to a count (plans to add more cameras, added 20 buses, is adding two new lines): more of
    // something, 増やす (追加, 加える). Add of speech ("…," he added; added that) is left out by the
    // pattern: the words after the verb must be a count or an amount.
    pattern:
      /\b(?:add|adds|added|adding)\b(?=\s+(?:more|new|extra|another|additional|about|some|several|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)/giu,
    past: /^added$/iu,
    kind: 'verb',
    cues: [{ sentence: /./u, gloss: { ...verb('増やす', '増やした', 'object'), also: ['追加', '加える'] } }],
  },
  {
    // Ask someone for something (XにYを求める: ask residents for their cooperation); ask a
    // question, or ask whether, is another word.
    ...verbEntry('ask', 'asked'),
    kind: 'verb',
    cues: [
      // Asking people for their views is hearing them (住民に意見を聞く), not a demand.
      {
        object:
          /^(?:[\w'’.-]+\s+){1,5}?for\s+(?:(?:their|its|his|her|the|public|local)\s+)*(?:views?|opinions?|comments?|ideas?|input|feedback|thoughts)\b/iu,
        gloss: {
          ...taking(verb('聞く', '聞いた', 'object'), 'に'),
          complement: { preposition: 'for', particle: 'を' },
        },
      },
      {
        object: /^(?:[\w'’.-]+\s+){1,5}?for\s+\S/iu,
        gloss: {
          ...taking(verb('求める', '求めた', 'object'), 'に'),
          complement: { preposition: 'for', particle: 'を' },
        },
      },
    ],
  },
  {
    // Post a result (計上する: post a loss, a profit); post a message or a notice is another word.
    ...verbEntry('post', 'posted'),
    kind: 'verb',
    cues: [
      {
        object:
          /^(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:loss|losses|profits?|deficits?|surplus(?:es)?|earnings|revenue|sales)\b/iu,
        gloss: suru('計上', 'object'),
      },
    ],
  },
  {
    // Offer an amount in talks (提示する: offered 8,000 yen, a 3 percent raise); offer a service or
    // help (提供する).
    ...verbEntry('offer', 'offered'),
    kind: 'verb',
    cues: [
      {
        object:
          /^(?:an?\s+|its\s+)?(?:(?:about|around|only|just)\s+)?(?:[\d,.]+\s*(?:yen|dollars?|percent|%)|\$[\d,.]+|[\d,.]+-(?:yen|dollar|percent))/iu,
        gloss: suru('提示', 'object'),
      },
      {
        object:
          /\b(?:services?|discounts?|support|help|assistance|classes|lessons|rides?|meals?|shelter|consultations?)\b/iu,
        gloss: suru('提供', 'object'),
      },
    ],
  },
  {
    // Send people to a place (派遣する); send a letter or goods is another word.
    ...verbEntry('send', 'sent'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:troops|soldiers|rescuers|rescue\s+teams?|teams?|investigators|inspectors|officials|officers|experts|staff|personnel|helicopters?|firefighters|doctors|nurses|workers|police)\b/iu,
        gloss: suru('派遣', 'object'),
      },
    ],
  },
  {
    // Attend a school (通う), attend a meeting or an event (出席する).
    ...verbEntry('attend', 'attended'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:schools?|classes|kindergartens?|universit(?:y|ies)|colleges?|nurser(?:y|ies)|cram\s+schools?)\b/iu,
        gloss: taking(verb('通う', '通った', 'object'), 'に'),
      },
      {
        object:
          /\b(?:meetings?|ceremon(?:y|ies)|events?|conferences?|funerals?|sessions?|hearings?|talks|summits?|forums?|briefings?|rall(?:y|ies))\b/iu,
        gloss: taking(suru('出席', 'object'), 'に'),
      },
    ],
  },
  {
    ...verbEntry('adopt', 'adopted'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:resolutions?|bills?|budgets?|ordinances?|plans?|measures?|proposals?|motions?|laws?|polic(?:y|ies)|guidelines?)\b/iu,
        gloss: suru('採択', 'object'),
      },
      {
        object: /\b(?:systems?|technolog(?:y|ies)|methods?|standards?|designs?|approach(?:es)?|rules?)\b/iu,
        gloss: suru('採用', 'object'),
      },
    ],
  },
  {
    ...verbEntry('introduce', 'introduced'),
    kind: 'verb',
    cues: [
      {
        object: /\b(?:bills?|legislation|ordinances?|proposals?|motions?)\b/iu,
        gloss: suru('提出', 'object'),
      },
      {
        object:
          /\b(?:systems?|fees?|fares?|services?|tax(?:es)?|technolog(?:y|ies)|schemes?|programs?|programmes?|rules?|measures?|trains?|buses|vehicles?|railcars?|equipment)\b/iu,
        gloss: suru('導入', 'object'),
      },
    ],
  },
  {
    ...verbEntry('launch', 'launched'),
    kind: 'verb',
    cues: [
      {
        object: /\b(?:rockets?|satellites?|missiles?)\b/iu,
        gloss: verb('打ち上げる', '打ち上げた', 'object'),
      },
      {
        object:
          /\b(?:services?|routes?|lines?|projects?|programs?|programmes?|campaigns?|investigations?|inquir(?:y|ies)|reviews?|operations?|business(?:es)?|trials?|stud(?:y|ies)|talks|sales)\b/iu,
        gloss: suru('開始', 'object'),
      },
      {
        object: /\b(?:products?|models?|brands?|drinks?|apps?|cars?|phones?)\b/iu,
        gloss: suru('発売', 'object'),
      },
    ],
  },
  {
    ...verbEntry('delay', 'delayed'),
    kind: 'verb',
    cues: [
      // Trains or flights running late are 遅れる, a word the vocabulary does not build.
      { object: /\b(?:trains?|flights?|buses|services?)\b/iu, gloss: undefined },
      {
        object:
          /\b(?:opening|construction|start|launch|projects?|plans?|decisions?|votes?|completion|payments?|events?|ceremon(?:y|ies)|work|introduction|release|reopening)\b/iu,
        gloss: suru('延期', 'object'),
      },
    ],
  },
  {
    // Services of a bus, train, flight or ferry (運行, counted in 便); a service of another kind
    // (a public service, a memorial service) is another word.
    pattern: nounForms('service'),
    kind: 'noun',
    ofText: true,
    cues: [
      {
        before:
          /\b(?:public|social|civil|health|medical|memorial|funeral|religious|customer|online|military|secret|postal)\s+$/iu,
        gloss: undefined,
      },
      {
        sentence:
          /\b(?:bus(?:es)?|rail\w*|trains?|lines?|routes?|timetables?|flights?|ferr(?:y|ies)|shinkansen|subway|ropeways?|stations?)\b/iu,
        gloss: noun('運行', '便'),
      },
    ],
  },
  {
    ...verbEntry('suspend', 'suspended'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:services?|operations?|production|trains?|flights?|work|construction|sales|talks|imports|exports|shipments|classes|business)\b/iu,
        gloss: suru('停止', 'object'),
      },
    ],
  },
  {
    ...verbEntry('replace', 'replaced'),
    kind: 'verb',
    cues: [
      // replace X with Y: XをYに置き換える.
      {
        object: /^[^,;]*?\bwith\s+\S/iu,
        gloss: {
          ...verb('置き換える', '置き換えた', 'object'),
          complement: { preposition: 'with', particle: 'に' },
        },
      },
      // Renewing what has worn out (replace aging railcars): 更新.
      {
        object:
          /\b(?:aging|ageing|old|older|outdated|obsolete|worn|worn-out|deteriorating|decades-old|dilapidated)\b/iu,
        gloss: suru('更新', 'object'),
      },
    ],
  },
  {
    ...verbEntry('close', 'closed'),
    kind: 'verb',
    cues: [
      { object: /^(?:to|by|in\s+on)\b/iu, gloss: undefined },
      { object: FACILITY, gloss: suru('閉鎖', 'object') },
    ],
  },
  {
    // What opens names the word: a station or a shop 開業, a school 開校, a hospital 開院, a museum 開館;
    // a service set up for the public — a help line, a desk, a shelter, an office, an account — 開設
    // (a help line is not a railway line).
    ...verbEntry('open', 'opened'),
    kind: 'verb',
    cues: [
      { object: OPENED_SERVICE, gloss: suru('開設', 'object') },
      {
        object:
          /\b(?:stations?|lines?|railways?|hotels?|stores?|shops?|malls?|airports?|routes?|business(?:es)?|restaurants?|branch(?:es)?)\b/iu,
        gloss: suru('開業', 'event'),
      },
      { object: /\b(?:schools?|universit(?:y|ies)|campus(?:es)?)\b/iu, gloss: suru('開校', 'event') },
      { object: /\b(?:hospitals?|clinics?)\b/iu, gloss: suru('開院', 'event') },
      {
        object: /\b(?:museums?|librar(?:y|ies)|halls?|cent(?:er|re)s?|galler(?:y|ies))\b/iu,
        gloss: suru('開館', 'event'),
      },
    ],
  },
  ...(['cut', 'reduce'] as const).map(
    (base): Polysemous => ({
      ...verbEntry(base, base === 'cut' ? 'cut' : 'reduced'),
      kind: 'verb',
      cues: [
        { object: AMOUNT_NOUN, gloss: verb('引き下げる', '引き下げた', 'change') },
        { object: DURATION, gloss: suru('短縮', 'change') },
        {
          object:
            /\b(?:jobs?|spending|budgets?|staff|workforce|emissions?|output|production|services?|trains?|flights?|positions?|subsid(?:y|ies)|waste|workers?|employees?|expenses?|debt)\b/iu,
          gloss: suru('削減', 'change'),
        },
      ],
    }),
  ),
  {
    ...verbEntry('raise', 'raised'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:prices?|fares?|fees?|rates?|tax(?:es)?|tariffs?|charges?|premiums?|wages?|salar(?:y|ies)|pay|rents?|targets?|limits?|caps?|ceilings?|capacity|ridership|output|production|stakes?)\b/iu,
        gloss: verb('引き上げる', '引き上げた', 'change'),
      },
      { object: /\b(?:funds?|money|capital|financing)\b|^\S*\d/iu, gloss: suru('調達', 'object') },
    ],
  },
  {
    ...verbEntry('lift', 'lifted'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:bans?|restrictions?|orders?|suspensions?|advisor(?:y|ies)|warnings?|embargo(?:es)?|curfews?|sanctions?|moratori(?:um|a)|freezes?|requirements?)\b/iu,
        gloss: suru('解除', 'object'),
      },
      {
        object:
          /\b(?:ridership|prices?|wages?|pay|sales|output|production|revenue|profits?|targets?|shares?|rates?|fares?|fees?|salar(?:y|ies))\b/iu,
        gloss: verb('引き上げる', '引き上げた', 'change'),
      },
    ],
  },
  {
    ...verbEntry('cover', 'covered'),
    kind: 'verb',
    cues: [
      {
        object:
          /\b(?:costs?|expenses?|bills?|deficits?|shortfalls?|loss(?:es)?|fees?|half|shares?|portion|part|percent|rest|remainder|prices?|increase)\b/iu,
        gloss: suru('負担', 'object'),
      },
      {
        object: /\b(?:news|stor(?:y|ies)|events?|trials?|elections?|wars?|meetings?|conferences?|games?)\b/iu,
        gloss: verb('報じる', '報じた', 'object'),
      },
      {
        object:
          /\b(?:areas?|regions?|households?|residents|patients|people|children|workers|municipalities|towns|cities|districts|routes?|kilomet(?:er|re)s?|km)\b/iu,
        gloss: verb('対象とする', '対象とした', 'object'),
      },
    ],
  },
  {
    ...verbEntry('take over', 'took over'),
    kind: 'verb',
    cues: [
      {
        object: /\b(?:compan(?:y|ies)|firms?|rivals?|makers?|banks?|chains?)\b/iu,
        gloss: suru('買収', 'object'),
      },
      {
        object:
          /\b(?:tracks?|stations?|operations?|routes?|lines?|duties|services?|management|facilit(?:y|ies)|assets|infrastructure)\b/iu,
        gloss: verb('引き継ぐ', '引き継いだ', 'object'),
      },
    ],
  },
  {
    // The verb of an amount; the season (this fall, in the fall) is another word.
    ...verbEntry('fall', 'fell'),
    kind: 'verb',
    cues: [
      { before: /\b(?:the|this|last|next|early|late|in|by)\s+$/iu, gloss: undefined },
      // A count falls (services fell from 412 to 318): 減る; a level, a price or a share: 下がる.
      {
        object:
          /^(?:from|to|by)\s+(?:(?:about|around|nearly|roughly|some)\s+)?[\d,.]+(?:\s+(?:million|billion))?(?:\s+(?:to|from)\s+(?:(?:about|around|nearly|roughly|some)\s+)?[\d,.]+(?:\s+(?:million|billion))?)?(?!\s*(?:percent|%|yen|dollars?|degrees?|points?|meters?|centimeters?|kilometers?|millimeters?|kph|km))(?:\s+(?:a|an|per)\s+\w+)?$/iu,
        gloss: verb('減る', '減った', 'intransitive'),
      },
      { sentence: /./u, gloss: verb('下がる', '下がった', 'intransitive') },
    ],
  },
  ...NEWS_SENSES,
];

/**
 * The words a pattern can start a match with, as the lower-case letters it must begin with: a
 * pattern written `\bword…` or `\b(?:word…|word…)…` (every vocabulary entry and sense) begins each
 * match with one of them at a word's start. Undefined for any other pattern (read on every text).
 */
export function patternAnchors(pattern: RegExp): string[] | undefined {
  const source = pattern.source;
  if (!source.startsWith('\\b')) return undefined;
  // An alternation outside every group would let a match begin elsewhere.
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) return undefined;
  }
  const rest = source.slice(2);
  const alternatives: string[] = [];
  if (rest.startsWith('(?:')) {
    let level = 0;
    let from = 3;
    for (let i = 3; i < rest.length; i += 1) {
      const c = rest[i];
      if (c === '\\') i += 1;
      else if (c === '[') {
        while (i < rest.length && rest[i] !== ']') i += rest[i] === '\\' ? 2 : 1;
      } else if (c === '(') level += 1;
      else if (c === ')' && level > 0) level -= 1;
      else if (c === ')' || (c === '|' && level === 0)) {
        alternatives.push(rest.slice(from, i));
        from = i + 1;
        if (c === ')') break;
      }
    }
  } else alternatives.push(rest);
  const anchors: string[] = [];
  for (const alternative of alternatives) {
    // The letters written first, up to the first that a quantifier makes optional.
    let letters = '';
    for (let i = 0; i < alternative.length && /[A-Za-z]/u.test(alternative[i] as string); i += 1) {
      if (/[?*{]/u.test(alternative[i + 1] ?? '')) break;
      letters += alternative[i];
    }
    if (letters === '') return undefined;
    anchors.push(letters.toLowerCase());
  }
  return anchors.length > 0 ? anchors : undefined;
}

/**
 * The patterns of a list that can match somewhere in a text, by index and in the list's order: each
 * pattern whose anchor (patternAnchors) begins one of the text's words, and every pattern without
 * anchors. A pattern left out has no match in the text, so reading only these finds what reading
 * all of them finds, without running each of the vocabulary's patterns over every text. The
 * patterns are read, and the index made, on the first text.
 */
function anchorIndex(patternsOf: () => readonly RegExp[]): (text: string) => number[] {
  let index: { byAnchor: Map<string, number[]>; always: readonly number[]; longest: number } | undefined;
  const indexOf = () => {
    if (index !== undefined) return index;
    const byAnchor = new Map<string, number[]>();
    const always: number[] = [];
    let longest = 0;
    for (const [i, pattern] of patternsOf().entries()) {
      const anchors = patternAnchors(pattern);
      if (anchors === undefined) {
        always.push(i);
        continue;
      }
      for (const anchor of new Set(anchors)) {
        const list = byAnchor.get(anchor);
        if (list === undefined) byAnchor.set(anchor, [i]);
        else list.push(i);
        longest = Math.max(longest, anchor.length);
      }
    }
    index = { byAnchor, always, longest };
    return index;
  };
  return (text) => {
    const { byAnchor, always, longest } = indexOf();
    const found = new Set(always);
    // A case-insensitive pattern's letters match their capitals, and ſ and K (U+212A) as s and k.
    for (const word of text
      .toLowerCase()
      .replace(/ſ/gu, 's')
      .split(/[^a-z]+/u))
      for (let length = 1; length <= Math.min(longest, word.length); length += 1)
        for (const i of byAnchor.get(word.slice(0, length)) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  };
}

// The forms of take before a length of time in minutes, hours, days, weeks, months or years, the
// figure in digits or words, approximated or bounded (about three weeks, up to 10 days, a month).
const TAKES_TIME =
  /\b(?:take|takes|taking|took|taken)\b(?=\s+(?:(?:about|around|roughly|nearly|almost|some|up\s+to|at\s+least|more\s+than|less\s+than|over|under)\s+)?(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)/giu;

interface Entry {
  pattern: RegExp;
  gloss: Gloss;
  past?: RegExp;
}

// The vocabulary's entries, made on first use: ~900 patterns compiled and indexed by anchor
// (ENTRY_CANDIDATES) cost a process tens of milliseconds of CPU at start-up, and a process that
// glosses no English (a build of Japanese pages only) never reads them (docs/measurements.md, perf15).
let entries: readonly Entry[] | undefined;
function vocabularyEntries(): readonly Entry[] {
  entries ??= [
    ...NOUNS.map(([english, gloss]) => ({
      // A plural in -s or -es, and y → ies (agency → agencies).
      pattern: new RegExp(
        /[^aeiou]y$/u.test(english)
          ? `\\b${asPattern(english.slice(0, -1))}(?:y|ies)\\b`
          : `\\b${asPattern(english)}(?:s|es)?\\b`,
        'giu',
      ),
      gloss,
    })),
    ...VERBS.map(([base, past, gloss]) => ({
      pattern: new RegExp(`\\b(?:${verbForms(base, past).map(asPattern).join('|')})\\b`, 'giu'),
      gloss,
      past: pastPattern(past),
    })),
    ...MODALITIES.map(([pattern, gloss]) => ({ pattern, gloss })),
    { pattern: /\b(?:according\s+to|said|says|told)\b/giu, gloss: ATTRIBUTION },
    // Take with a length of time right after it (repairs will take about three weeks, the flight took
    // 70 minutes): the time the subject needs, かかる. Take in any other use (take place, took samples,
    // take over) is none of the vocabulary's words, so only this use is matched.
    { pattern: TAKES_TIME, gloss: verb('かかる', 'かかった', 'duration'), past: /^(?:took|taken)$/iu },
  ];
  return entries;
}

// A head of an organisation is named by the kind of organisation (a company's president is its
// 社長, a university's its 学長, an association's its 会長, a country's its 大統領): the sense is
// read from the organisation the sentence gives (X's president, president of X, X president);
// where it gives none the vocabulary has no word for it, and the sentence stays a quotation.
const HEAD_OF: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^(?:company|firm|corporation|corp|inc|co|ltd|railway|railroad|operator|bank|maker|manufacturer|airline|carrier|group|holdings|utility)$/iu,
    '社長',
  ],
  [/^(?:university|college|institute)$/iu, '学長'],
  [/^(?:association|federation|union|chamber|society|club|league|foundation|cooperative)$/iu, '会長'],
  [/^(?:country|nation|republic|state|government)$/iu, '大統領'],
];
const PRESIDENT = /\bpresidents?\b/giu;
const ENTRY_CANDIDATES = anchorIndex(() => vocabularyEntries().map((entry) => entry.pattern));
const SENSE_CANDIDATES = anchorIndex(() => SENSES.map((entry) => entry.pattern));

/** The organisation word a president belongs to: X's president, president of (the) X, X president. */
function organisationOf(text: string, start: number, end: number): string | undefined {
  const before = /([A-Za-z]+)(?:['’]s)?\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^\s+of\s+(?:the\s+|a\s+|its\s+|[A-Z][\w-]*\s+)*([A-Za-z]+)/u.exec(
    text.slice(end, end + 60),
  )?.[1];
  for (const word of [before, after])
    if (word !== undefined && HEAD_OF.some(([pattern]) => pattern.test(word))) return word;
  return undefined;
}

/** The sense of president in its sentence, by its organisation; undefined when it gives none. */
function presidentGloss(text: string, start: number, end: number): NounGloss | undefined {
  const organisation = organisationOf(text, start, end);
  const sense = HEAD_OF.find(([pattern]) => organisation !== undefined && pattern.test(organisation))?.[1];
  return sense === undefined ? undefined : noun(sense);
}

/**
 * Where a word is read: `sentence`, the whole sentence when the text is a part of it (a noun
 * phrase the writer reads apart), and `earlier`, the text before it in the same document (where a
 * definite mention — the council — finds the sense of its antecedent).
 */
export interface GlossContext {
  sentence?: string;
  earlier?: string;
}

type Resolution = { decided: true; gloss: NounGloss | VerbGloss | undefined } | { decided: false };

// The words a verb acts on: up to the clause's end.
// (A comma or a point between digits is part of a figure: 30,000 cars, 0.25 percent.)
const CLAUSE_END = /[;:!?]|(?<!\d)[,.]|[,.](?!\d)/u;
const NOUN_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|new|any|no|each|every)\s+$/iu;
const DEFINITE = /\b(?:the|this|that|these|those|its|their)\s+(?:[a-z-]+\s+)?$/iu;

function resolveSense(
  entry: Polysemous,
  text: string,
  start: number,
  end: number,
  sentence: string,
): Resolution {
  const before = text.slice(Math.max(0, start - 40), start);
  const rest = text.slice(end);
  const after = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length).trim();
  // The subject, past a non-restrictive clause set off by commas (X, which is near Y, will be closed).
  const subject =
    text
      .slice(0, start)
      .replace(/,\s+(?:which|who|whose)\b[^,]*,/gu, '')
      .split(CLAUSE_END)
      .at(-1) ?? '';
  for (const cue of entry.cues) {
    if (
      cue.before?.test(before) === true ||
      cue.sentence?.test(sentence) === true ||
      cue.object?.test(after) === true
    )
      return { decided: true, gloss: cue.gloss };
  }
  // A passive or an intransitive verb: what it acts on is its subject (half is covered by …).
  if (entry.kind === 'verb')
    for (const cue of entry.cues)
      if (cue.object?.test(subject) === true) return { decided: true, gloss: cue.gloss };
  // A verb's spelling after an article or a possessive is a noun (the rules, a hold, its release):
  // not the verb, so no sense of the verb is in question.
  if (entry.kind === 'verb' && NOUN_BEFORE.test(before)) return { decided: true, gloss: undefined };
  return { decided: false };
}

/** The sense of a polysemous word at [start, end) of `text`; `decided: false` when nothing says. */
function senseAt(
  entry: Polysemous,
  text: string,
  start: number,
  end: number,
  context: GlossContext,
): Resolution {
  const own = resolveSense(
    entry,
    text,
    start,
    end,
    context.sentence === undefined ? text : `${context.sentence} ${text}`,
  );
  if (own.decided || entry.kind !== 'noun' || context.earlier === undefined) return own;
  // A title read on the text before it: the kind of body the report is about, when it says one.
  if (entry.ofText === true) {
    const cue = entry.cues.find((candidate) => candidate.sentence?.test(context.earlier ?? '') === true);
    if (cue !== undefined) return { decided: true, gloss: cue.gloss };
  }
  if (!DEFINITE.test(text.slice(Math.max(0, start - 30), start))) return own;
  // The council, with nothing in its sentence to say which: the latest earlier mention that says.
  const sentences = context.earlier.split(/(?<=[.!?])\s+/u).reverse();
  for (const earlier of sentences)
    for (const match of [...earlier.matchAll(entry.pattern)].reverse()) {
      const found = resolveSense(entry, earlier, match.index, match.index + match[0].length, earlier);
      if (found.decided && found.gloss !== undefined) return found;
    }
  return own;
}

interface PolysemousMatch {
  start: number;
  end: number;
  text: string;
  resolution: Resolution;
  past: boolean;
}

function polysemousMatches(text: string, context: GlossContext): PolysemousMatch[] {
  const out: PolysemousMatch[] = [];
  for (const i of SENSE_CANDIDATES(text)) {
    const entry = SENSES[i] as Polysemous;
    for (const match of text.matchAll(entry.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      out.push({
        start,
        end,
        text: match[0],
        resolution: senseAt(entry, text, start, end, context),
        past: entry.past?.test(match[0].replace(/\s+/gu, ' ')) === true,
      });
    }
  }
  return out;
}

/**
 * The words of the vocabulary with several common senses whose context in `text` decides none
 * (lift with no ban or amount after it, a council of no stated kind): a sentence that needs one
 * stays in the source's words.
 */
export function undecidedSenses(text: string, context: GlossContext = {}): Array<Omit<GlossMatch, 'gloss'>> {
  // A word inside a phrase the vocabulary glosses whole (city assembly) is decided by the phrase.
  const glossed = findGlosses(text, context);
  return polysemousMatches(text, context)
    .filter(
      (match) =>
        !match.resolution.decided &&
        !glossed.some((gloss) => gloss.start <= match.start && gloss.end >= match.end),
    )
    .map(({ start, end, text: words }) => ({ start, end, text: words }));
}

/**
 * The vocabulary's words in an English text, in order: where several overlap, the longest (a
 * phrase: budget bill, take over) wins. `past` is true for a verb written in its past form. A word
 * of several senses is glossed in the sense its context decides, or left out (undecidedSenses).
 */
export function findGlosses(
  text: string,
  context: GlossContext = {},
): Array<GlossMatch & { past?: boolean }> {
  const found: Array<GlossMatch & { past?: boolean }> = [];
  for (const i of ENTRY_CANDIDATES(text)) {
    const entry = vocabularyEntries()[i] as Entry;
    for (const match of text.matchAll(entry.pattern)) {
      const item = {
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        gloss: entry.gloss,
        ...(entry.past?.test(match[0].replace(/\s+/gu, ' ')) === true ? { past: true } : {}),
      };
      found.push(item);
    }
  }
  for (const match of polysemousMatches(text, context))
    if (match.resolution.decided && match.resolution.gloss !== undefined)
      found.push({
        start: match.start,
        end: match.end,
        text: match.text,
        gloss: match.resolution.gloss,
        ...(match.past ? { past: true } : {}),
      });
  for (const match of text.matchAll(PRESIDENT)) {
    const gloss = presidentGloss(text, match.index, match.index + match[0].length);
    if (gloss !== undefined)
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], gloss });
  }
  // A word that is both a noun and a verb (cost, plan, cut, study) is the verb after to, will or
  // an auxiliary (is building, has studied), or after not or never with one (will not notice, did not
  // comment, didn't notice), else the noun.
  // So is one an amount follows (the satellite cost about 2.4 billion yen): a noun takes no figure after it.
  const verbal = (item: GlossMatch) =>
    item.gloss.kind === 'verb' &&
    (/(?:\b(?:to|will|is|are|was|were|be|been|being|has|have|had)(?:\s+(?:not|never))?|\b(?:do|does|did|can|could|would|should|must)\s+not|n['’]t)\s+$/iu.test(
      text.slice(Math.max(0, item.start - 14), item.start),
    ) ||
      /^\s+(?:(?:about|around|roughly|nearly|some|an\s+estimated)\s+)?(?:\$|¥)?\d/iu.test(
        text.slice(item.end),
      ))
      ? 0
      : item.gloss.kind === 'noun'
        ? 1
        : 2;
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || verbal(a) - verbal(b));
  const kept: typeof found = [];
  for (const item of found) {
    const last = kept.at(-1);
    if (last !== undefined && item.start < last.end) continue;
    kept.push(item);
  }
  return kept;
}

/**
 * The glosses a Japanese sentence is aligned with (the verifier's keys, predicates and counters):
 * findGlosses, and for a word of several senses whose context decides none (or names a use the
 * vocabulary has no word for), every sense it lists — recall for alignment, never a word the
 * writer uses (the writer reads findGlosses and undecidedSenses). `found`: findGlosses of the text
 * in the context, when the caller has them.
 */
export function alignmentGlosses(
  text: string,
  context: GlossContext = {},
  found: ReadonlyArray<GlossMatch & { past?: boolean }> = findGlosses(text, context),
): Array<GlossMatch & { past?: boolean }> {
  const open = polysemousMatches(text, context).filter(
    (match) =>
      !(match.resolution.decided && match.resolution.gloss !== undefined) &&
      !found.some((gloss) => gloss.start < match.end && gloss.end > match.start),
  );
  const extra = open.flatMap((match) => {
    const entry = SENSES.find((candidate) => {
      candidate.pattern.lastIndex = 0;
      return [...text.matchAll(candidate.pattern)].some((m) => m.index === match.start);
    });
    const senses = [
      ...new Map(
        (entry?.cues ?? [])
          .flatMap((cue) => (cue.gloss === undefined ? [] : [cue.gloss]))
          .map((gloss) => [gloss.ja, gloss] as const),
      ).values(),
    ];
    return senses.map((gloss) => ({
      start: match.start,
      end: match.end,
      text: match.text,
      gloss,
      ...(match.past ? { past: true } : {}),
    }));
  });
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * The vocabulary noun a figure counts, when one follows it with only words between (injured 14
 * workers, about 150 nearby residents: 従業員, 住民 with the counter 人). `from` is the figure's end.
 */
export function countedNounAfter(
  text: string,
  from: number,
  to = text.length,
  context: GlossContext = {},
): NounGloss | undefined {
  const rest = text.slice(from, to);
  // A figure joined by a hyphen measures the noun (a 52-year-old man, a 612-meter peak): not a count.
  if (rest.startsWith('-')) return undefined;
  const head = alignmentGlosses(rest, { ...context, sentence: context.sentence ?? text }).find(
    (gloss) => gloss.gloss.kind === 'noun',
  );
  if (head === undefined || !/^[\sa-z-]*$/u.test(rest.slice(0, head.start))) return undefined;
  return head.gloss as NounGloss;
}

// The counters the vocabulary gives to nouns other than themselves (residents, workers: 人).
const SHARED_COUNTERS = new Set(
  NOUNS.flatMap(([, gloss]) =>
    gloss.counter !== undefined && gloss.counter !== gloss.ja ? [gloss.counter] : [],
  ),
);

/**
 * True when the noun is its own counter and the counter of no other noun of the vocabulary
 * (households: 世帯): a figure of it counts that noun, as a Japanese figure in the counter does
 * (約2800世帯), where a count of people (人, the counter of residents, workers, passengers…) says
 * only that persons are counted.
 */
export function countsItself(gloss: NounGloss): boolean {
  return gloss.counter !== undefined && gloss.counter === gloss.ja && !SHARED_COUNTERS.has(gloss.counter);
}

/**
 * Sizes and weights (The bridge is 120 meters long, The truck weighs 3 tons): the units of length
 * and weight as Japanese news writes them (約18センチ, 約3トン), and what a figure of length measures
 * by the word after it (long → 長さ, in diameter → 直径); a figure of weight after weigh is 重さ.
 */
export const MEASURE_JA: Readonly<Record<string, string>> = {
  mm: 'ミリ',
  cm: 'センチ',
  m: 'メートル',
  km: 'キロメートル',
  g: 'グラム',
  kg: 'キログラム',
  t: 'トン',
};
export const LENGTH_UNITS: ReadonlySet<string> = new Set(['mm', 'cm', 'm', 'km']);
export const MASS_UNITS: ReadonlySet<string> = new Set(['g', 'kg', 't']);
export const DIMENSION_JA: Readonly<Record<string, string>> = {
  long: '長さ',
  'in length': '長さ',
  wide: '幅',
  high: '高さ',
  deep: '深さ',
  thick: '厚さ',
  'in diameter': '直径',
};
/** The dimension right after a figure of length (… meters long): its word, spaces made single. */
export function dimensionAfter(rest: string): string | undefined {
  const found = /^\s+(long|wide|high|deep|thick|in\s+diameter|in\s+length)\b/u.exec(rest);
  return found === null ? undefined : (found[1] as string).replace(/\s+/gu, ' ');
}
const WEIGHED_BEFORE =
  /\bweigh(?:s|ed|ing)?\s+(?:about|around|roughly|some|nearly|almost|just\s+over|more\s+than|up\s+to)?\s*$/iu;

// The modifiers of general news English the offline writer (write-english-fact.ts) says before a
// Japanese noun, each in a form that
// stands before any noun without changing what it says (electric buses → 電気バス, new railcars →
// 新たな車両). A modifier of a head noun that is neither this nor a noun of the vocabulary makes the
// phrase unwritable: left out, it would say something wider (electric buses → バス).
export const PER_YEAR_JA: Readonly<Record<string, string>> = { annual: '年間', yearly: '年間' };
export const MODIFIER_JA: Readonly<Record<string, string>> = {
  new: '新たな',
  local: '地元の',
  electric: '電気',
  existing: '既存の',
  current: '現在の',
  nearby: '近くの',
  neighboring: '近隣の',
  neighbouring: '近隣の',
  domestic: '国内の',
  foreign: '外国の',
  international: '国際',
  private: '民間の',
  rural: '地方の',
  urban: '都市部の',
  coastal: '沿岸の',
  elderly: '高齢の',
  temporary: '一時的な',
  free: '無料の',
  average: '平均',
  severe: '深刻な',
  remaining: '残りの',
  national: '国の',
};
// An amount's period said before its figure (a monthly fee of 500 yen → 月額500円).
export const PERIOD_ADJECTIVE_JA: Readonly<Record<string, string>> = {
  monthly: '月額',
  annual: '年間',
  yearly: '年間',
  daily: '1日',
};

// The period of a count or an amount as a Japanese sentence written from the English one says it
// (annual ridership → 年間利用者数, a monthly fee → 月額): glossKeys keys it, so the verifier aligns a
// line that says it. (The other modifiers stay unkeyed: keyed, free → 無料 made an English page's
// sentence the same fact as a Japanese page's and moved a card's choice to a longer quote.)
const MODIFIER_WORD = new RegExp(
  `\\b(?:${[...new Set([...Object.keys(PER_YEAR_JA), ...Object.keys(PERIOD_ADJECTIVE_JA)])].join('|')})\\b`,
  'giu',
);

// "until further notice", the fixed news phrase of a state with no end set, and its Japanese (当面):
// the writer says it after the dates, and glossKeys keys it, so the verifier aligns the line.
export const UNTIL_FURTHER_NOTICE = /\s+until\s+further\s+notice\b/u;
export const FOR_NOW_JA = '当面';

// near, the preposition of a place close by (near the station → 駅の近く): the writer says the place as
// Xの近く, and glossKeys keys 近く, so the verifier aligns the line. Not nearly, nearby or near-term.
const NEAR = /\bnear(?![\w-])/iu;
export const NEAR_JA = 'の近く';

// part of, the share of a whole (closed part of a road → 道路の一部): the writer says it as Xの一部, and
// glossKeys keys 一部, so the verifier aligns the line.
const PART_OF = /\b(?:part|portion)\s+of\b/iu;

/**
 * The Japanese of the periods a text's counts and amounts hold (annual → 年間, monthly → 月額), of a
 * state with no end set (until further notice → 当面), of a place close by (near → 近く) and of a
 * share of a whole (part of → 一部).
 */
function modifierWords(text: string): string[] {
  const periods = [...text.matchAll(MODIFIER_WORD)].flatMap((match) => {
    const word = match[0].toLowerCase();
    return [PER_YEAR_JA[word], PERIOD_ADJECTIVE_JA[word]].filter((ja): ja is string => ja !== undefined);
  });
  const near = NEAR.test(text) ? ['近く'] : [];
  const part = PART_OF.test(text) ? ['一部'] : [];
  return UNTIL_FURTHER_NOTICE.test(text)
    ? [...periods, FOR_NOW_JA, ...near, ...part]
    : [...periods, ...near, ...part];
}

/** The measure words of a text's figures of size and weight (メートル, 長さ; トン, 重さ). */
function measureKeys(text: string): string[] {
  const out: string[] = [];
  for (const quantity of findQuantities(text)) {
    const unit = MEASURE_JA[quantity.unit];
    if (unit === undefined) continue;
    out.push(unit);
    const dimension = LENGTH_UNITS.has(quantity.unit) ? dimensionAfter(text.slice(quantity.end)) : undefined;
    if (dimension !== undefined) out.push(DIMENSION_JA[dimension] as string);
    if (MASS_UNITS.has(quantity.unit) && WEIGHED_BEFORE.test(text.slice(0, quantity.start))) out.push('重さ');
  }
  return out;
}

/**
 * The Japanese content keys an English sentence glosses (料金 for fees, 引き上げる for raise),
 * in the form a Japanese sentence's reading gives them (`keysOf` is the reader's own key function
 * over a Japanese word's tokens). `glosses`: the text's alignmentGlosses, when the caller has them
 * (understand-document.ts reads them once per sentence for the keys and the predicates).
 */
export function glossKeys(
  text: string,
  keysOf: (japanese: string) => readonly string[],
  context: GlossContext = {},
  glosses: readonly GlossMatch[] = alignmentGlosses(text, context),
): string[] {
  const keys: string[] = [];
  for (const word of measureKeys(text)) keys.push(...keysOf(word));
  for (const word of modifierWords(text)) keys.push(...keysOf(word));
  for (const { gloss } of glosses) {
    keys.push(...keysOf(gloss.ja));
    if (gloss.kind === 'verb') {
      if (gloss.noun !== undefined) keys.push(...keysOf(gloss.noun));
      // An amount is written as what it costs (Xの費用は N): the verb cost says 費用.
      if (gloss.frame === 'amount') keys.push(...keysOf('費用'));
      for (const form of [gloss.passive, gloss.intransitive])
        if (form !== undefined) keys.push(...keysOf(form.ja));
      for (const word of gloss.also ?? []) keys.push(...keysOf(word));
    }
  }
  return [...new Set(keys)];
}

/** A verb of the vocabulary in an English sentence, as the Japanese predicate it glosses. */
export interface GlossedPredicate {
  /** The Japanese lemma a Japanese sentence's reading gives the verb (導入 for introduce). */
  lemma: string;
  /**
   * The lemmas of the verb's other Japanese uses, where it has them: its passive said as another
   * verb (were injured → 負傷) and its use with no object (construction began → 始まる).
   */
  forms?: string[];
  start: number;
  end: number;
  negated: boolean;
  /**
   * The act as only meant or expected, read from the words before the verb (closed grammar of
   * English modality): 'intended' for aims to, plans to, intends to, hopes to, seeks to, is
   * expected to, is considering, may, might, could, and an open choice (whether to reinforce or
   * rebuild: each act is only weighed); 'future' for will, would, is to, is set to,
   * is going to. Absent when the verb is stated as done or being done.
   */
  modal?: 'intended' | 'future';
}

// English negation of the verb that follows (closed grammar; a denied object after it, found no sign,
// is OBJECT_DENIED_AFTER): not, never, no longer, n't, and the
// verbs and phrases of not doing an act — without, fail to, decline to, refuse to, (have) yet to,
// put off, rule out, rather than, instead of — with auxiliaries and an article between (has not
// been approved, put off introducing the measure). Not "not only", which adds, nor the "or not"
// of an open choice (whether or not to raise the fee).
const NEGATED_BEFORE =
  /(?:\b(?:(?<!\bor\s+)not(?!\s+only)|never|no\s+longer|without|fail(?:s|ed|ing)?\s+to|declin(?:e|es|ed|ing)\s+to|refus(?:e|es|ed|ing)\s+to|yet\s+to|put(?:s|ting)?\s+off|rul(?:e|es|ed|ing)\s+out|rather\s+than|instead\s+of)|n['’]t)\s+(?:(?:be|been|being|have|has|had|to|yet|the|a|an|its|their|his|her|any|immediately|formally)\s+)*$/iu;

// No one as the subject of a passive (No one was injured, Nobody in the car was hurt, no one has been
// arrested): the act happened to none, so the verb is negated. A short phrase of place or group may
// follow no one (in the car, aboard the boat), but no verb of its own (No one at the scene said the
// man was hurt is a report, not a negation of hurt).
const NO_ONE_BEFORE =
  /\b(?:no\s+one|no-one|nobody)(?:\s+(?:in|on|at|among|aboard|inside|from)(?:\s+(?!(?:said|says|told|saw|knew|thought)\b)(?![\w'-]+ed\b)[\w'-]+){1,5})?\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?$/iu;

// A subject that "no" or "none of" denies, of a passive (No human remains were found, No new cases have
// been reported, None of the boats was damaged): the act was done to nothing, so the verb is negated.
// The phrase after no is a noun phrase of up to three words with no comma or verb of its own; not a
// bound (no more than, no later than), no longer, no matter or no doubt.
const NONE_SUBJECT_BEFORE =
  /(?:^|[^\w'-])(?:no\s+(?!(?:more|less|fewer|later|earlier|sooner|longer|matter|doubt|one)\b)(?:[\w'-]+\s+){0,2}|none\s+of\s+(?:[\w'-]+\s+){1,3})(?!(?:said|says|told|saw|knew|thought)\b)[\w'-]+\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?$/iu;

// English modality of the verb that follows (closed grammar), with auxiliaries, adverbs of degree, an
// article and the helping verb help between (aims to hire, would ask, is expected to be approved, will
// not be, would consider helping pay).
const BETWEEN = String.raw`\s+(?:(?:be|been|being|have|has|had|to|the|a|an|its|their|his|her|also|soon|eventually|formally|not|then|help|helps|helped|helping)\s+)*$`;
const INTENDED_BEFORE = new RegExp(
  String.raw`\b(?:(?:aim|plan|intend|hope|seek|expect|want|propose)(?:s|ed|ing)?\s+to|(?:is|are|was|were|be)\s+(?:expected|planned|scheduled|likely|considering|weighing|mulling)(?:\s+to)?|consider(?:s|ed|ing)?|may|might|could|whether(?:\s+or\s+not)?\s+to(?:\s+\w+(?:\s+\w+)?\s+or)?)${BETWEEN}`,
  'iu',
);
const FUTURE_BEFORE = new RegExp(
  String.raw`\b(?:will|would|shall|(?:is|are|was|were)\s+(?:to|set\s+to|going\s+to|due\s+to))${BETWEEN}`,
  'iu',
);

// An act that was expected and did not come about (closed grammar): a past plan or expectation
// before the verb (had been due to finish, was scheduled to open, had planned to hold) turned by a
// but later in the sentence (…by March, but the work will push it back). The verb is not done.
const EXPECTED_BEFORE = new RegExp(
  String.raw`\b(?:(?:was|were|had\s+been)\s+(?:due|scheduled|expected|supposed|meant|set|slated|planned)\s+to|had\s+(?:planned|intended|hoped|aimed|expected)\s+to)${BETWEEN}`,
  'iu',
);
const TURNED_AFTER = /^[^.;:!?]*?,\s*but\b/iu;

// A verb whose object is denied (closed grammar): found no sign, reported no injuries, received none
// of the forms, saw nothing, no one — the act is not done of anything. Not a bound on a quantity or a
// time (no more than, no later than, no longer than) or no matter.
const OBJECT_DENIED_AFTER =
  /^\s+(?:no(?!\s+(?:more|less|fewer|later|earlier|sooner|longer|matter)\b)|none\s+of|nothing|nobody)\b/iu;

/** Whether the verb at `start`–`end` is an act expected in the past that the sentence turns with but. */
function unmetBefore(text: string, start: number, end: number): boolean {
  return (
    EXPECTED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && TURNED_AFTER.test(text.slice(end))
  );
}

/** The modality of the verb that starts at `start` (GlossedPredicate.modal). */
function modalBefore(text: string, start: number): GlossedPredicate['modal'] {
  const before = text.slice(Math.max(0, start - 60), start);
  if (INTENDED_BEFORE.test(before)) return 'intended';
  if (FUTURE_BEFORE.test(before)) return 'future';
  return undefined;
}

/**
 * The vocabulary's verbs in an English sentence as predicates with their polarity, so a Japanese
 * claim's 導入する is compared with "has put off introducing" as with 導入を見送った. A verb
 * outside the vocabulary gives no predicate: its polarity is left to a person. `glosses`: the
 * text's alignmentGlosses, when the caller has them.
 */
export function glossedPredicates(
  text: string,
  glosses: readonly GlossMatch[] = alignmentGlosses(text),
): GlossedPredicate[] {
  return glosses.flatMap(({ start, end, gloss }) => {
    if (gloss.kind !== 'verb') return [];
    // A verb's form after "no" is a noun (no sign of, no change): no act is said.
    if (/\bno\s+$/iu.test(text.slice(Math.max(0, start - 4), start))) return [];
    const modal = modalBefore(text, start);
    // A する verb's lemma is its verbal noun (負傷する → 負傷), as a Japanese reading gives it.
    const forms = [
      ...[gloss.passive, gloss.intransitive].flatMap((form) =>
        form === undefined ? [] : [form.ja.replace(/(?<=\p{Script=Han})する$/u, '')],
      ),
      ...(gloss.also ?? []),
    ];
    return [
      {
        lemma: gloss.noun ?? gloss.ja,
        ...(forms.length === 0 ? {} : { forms }),
        start,
        end,
        negated:
          NEGATED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
          NO_ONE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) ||
          NONE_SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
          unmetBefore(text, start, end) ||
          OBJECT_DENIED_AFTER.test(text.slice(end, end + 24)),
        ...(modal === undefined ? {} : { modal }),
      },
    ];
  });
}

// Where an English clause ends around a verb (closed grammar): a comma, a semicolon, a colon, a dash,
// and the words that open another clause (and, but, which, who, while, after, before, because).
const CLAUSE_BREAK =
  /[,;:—–]|\b(?:and|but|which|who|whom|that|while|when|after|before|because|as|if|although|though)\b/giu;

/**
 * The Japanese nouns the vocabulary glosses in the clause of an English sentence's glossed verb
 * (the prefecture will subsidize the bus route → 県, バス路線), and 当面 where the clause runs until
 * further notice: the words the verb is said of, its doer, what it acts on and for how long, so the verifier reads 「補助」 of 「路線」 as the sentence says it. Not the
 * nouns of another clause (…, and the city will close the pool).
 */
export function glossedClauseNouns(
  text: string,
  predicate: Pick<GlossedPredicate, 'start' | 'end'>,
  glosses: readonly GlossMatch[] = alignmentGlosses(text),
): string[] {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const at = match.index ?? 0;
    if (at + match[0].length <= predicate.start) from = at + match[0].length;
    else if (at >= predicate.end) {
      to = at;
      break;
    }
  }
  const nouns = glosses.flatMap(({ start, end, gloss }) =>
    gloss.kind === 'noun' && start >= from && end <= to ? [gloss.ja] : [],
  );
  // A state with no end set is said of its verb too (closed until further notice → 当面閉鎖).
  return UNTIL_FURTHER_NOTICE.test(text.slice(from, to)) ? [...nouns, FOR_NOW_JA] : nouns;
}
