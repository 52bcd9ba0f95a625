import { normalizeForMatch } from '../text/normalize.ts';
import { PLACE_JOINER, type Token, type Tokenizer } from '../text/tokenizer.ts';

/**
 * What one sentence says, read from its tokens: the predicates with their polarity, the clauses
 * with their modality, the direct quotes, who the sentence gives its words to, the people and
 * other names it mentions with their roles, and its content words. Offsets are UTF-16 code units
 * into the sentence. Pure: the same tokens give the same reading.
 */
export interface SentenceReading {
  text: string;
  tokens: Token[];
  /** Content words (dictionary forms, NFKC) in order: what alignment compares. */
  keys: string[];
  predicates: Predicate[];
  clauses: Clause[];
  quotes: Quote[];
  /** Reported speech: 〜と述べた, 〜によると, 〜という, 〜としている, or a direct quote. */
  reported: boolean;
  /** The phrase the sentence gives its words to (topic of a reporting verb, X によると), when it names one. */
  speaker?: string;
  /** True when the speaker is the one the topic heard the words from (X から…と聞いた, X から求められた). */
  heardFrom?: boolean;
  /** Who speaks the sentence's direct quote: the topic (X は) nearest before its first 「. */
  quoteSpeaker?: string;
  /** People named in the sentence (full names or surnames as written). */
  people: string[];
  /** Proper-noun phrases (people, organisations, places; katakana and Latin names). */
  names: string[];
  /** Person → role phrases as the sentence gives them (山中誠県土木部長, 代表の川口直美さん). */
  roles: Array<{ person: string; role: string }>;
}

/** A verb, adjective or verbal noun and whether it is negated (停車せず, 至っていない, 明言を避けた). */
export interface Predicate {
  lemma: string;
  /** verb: a verb or a verbal noun with する; noun: a noun with the copula (規模だ); existence: ある/ない. */
  kind: 'verb' | 'adjective' | 'noun' | 'existence';
  start: number;
  end: number;
  negated: boolean;
  /** Index into clauses. */
  clause: number;
}

/** A stretch of the sentence with one main predicate, and how sure it is. */
export interface Clause {
  start: number;
  end: number;
  /**
   * Hedges (予定, 見通し, 方針, 検討, 恐れ, 見込み, とみられる, 可能性, 試算, 計画, 〜たい, 〜か…) of the
   * clause's own predicate chain — not one heading a relative clause (延期を検討していた花火大会を…開く:
   * 検討 says what was planned for the noun, not how sure 開く is; see headsRelativeClause).
   */
  hedges: string[];
  /**
   * Where every hedge of the clause stands in what a verb of saying or announcing reports, closed by
   * the quotative と (原因は…とみられると発表した, …可能性があると説明した): the offset right after that
   * と. The hedges are the reported content's; the act of saying after it is stated. Absent otherwise.
   */
  contentEnd?: number;
  /**
   * Certainty words (決定, 決まる, 決める, 確実, 確定, 断言; 確認 and 確かめる of a fact: …ことを確認した) in
   * the clause, affirmative.
   */
  certain: string[];
  /** Content keys of the clause. */
  keys: string[];
  /** Inside a direct quote: someone's words. */
  quoted: boolean;
  /** Share (0–1) of the clause's content words that stand inside a direct quote. */
  quotedShare: number;
  /**
   * Ends in the continuative form (提出され、/ 調べて、): chained to the next clause, so a plan or
   * forecast at the end of the next one scopes over it too.
   */
  continuative: boolean;
}

/** A direct quote 「…」 (or 『…』 inside one) and what follows it inside the enclosing quote. */
export interface Quote {
  /** Offsets of the brackets. */
  start: number;
  end: number;
  /** The quoted words, without brackets. */
  inner: string;
}

// Function words that carry no content of their own (light verbs, auxiliaries written as verbs).
const LIGHT_VERBS = new Set([
  'する',
  'なる',
  'いる',
  'ある',
  'できる',
  'れる',
  'られる',
  'せる',
  'させる',
  'いう',
  'おる',
  'くる',
  'いく',
  'みる',
  'しまう',
  'おく',
  'くださる',
  'いただく',
  'ござる',
  'もらう',
]);
const NOUN_SKIP = new Set(['数', '非自立', '代名詞', '接尾']);

/** True when the token is a content word: a noun, verb or adjective with meaning of its own. */
export function isContentToken(token: Token): boolean {
  if (token.pos === '名詞') return !NOUN_SKIP.has(token.posDetail) && !/^[\p{P}\p{S}]+$/u.test(token.surface);
  if (token.pos === '動詞') return token.posDetail === '自立' && !LIGHT_VERBS.has(token.baseForm);
  if (token.pos === '形容詞') return token.posDetail === '自立' && token.baseForm !== 'ない';
  return false;
}

/** The comparison key of a content token: its dictionary form, NFKC. */
export function keyOf(token: Token): string {
  return normalizeForMatch(token.pos === '名詞' ? token.surface : token.baseForm);
}

// Hedges and certainty words: the modality rules of Japanese news style (plans, forecasts,
// considerations, risks, estimates, inferences, wishes), matched on the clause's surface.
// A hedge noun counts where it is the clause's predicate (〜する予定だ, 〜の見通し。, 〜方針で、
// 〜恐れがある, 〜可能性もある, 〜を検討している); as a thing the clause talks about (予定地, 当初の
// 計画から, 見込みより, 可能性をにおわせる発言, 計画を発表) it is not the sentence's modality.
// The topic may stand between the quotative と and the verb of expecting it takes (…増えると市は
// みている, …とX社も見ている): the verb is still the clause's hedge, as in …と見ている.
const TOPIC_SPLIT_HEDGE = /と[\p{Script=Han}\p{Script=Katakana}ー・]{1,15}(?:は|も)(?:みて|見て|みる|見る)/gu;

// A risk or a possibility may end a headline's part, before the space that ends it (…干上がる恐れ 町が…).
// The hedge noun may be the object of a verb of stating with whom or where it was stated between
// them (…始める考えを記者団に示した, …する方針を会見で明らかにした).
// 疑い hedges only where it heads its clause (食中毒の疑いがある), not as the grounds an act was done on
// (食中毒の疑いで運ばれた: they were taken to hospital).
// An inference told with the quotative と and a verb of inferring or thinking in its passive or
// spontaneous form (…と推定される, …と推測している, …と考えられる, …と思われる) hedges as とみられる does.
// A risk or a possibility named as what a verb of stating puts forward (…の可能性を指摘した, …の恐れを
// 示した) is still only a possibility. 得る hedges as the auxiliary after a verb's continuative form
// (起こり得る), not as the verb of obtaining after its object (承認を得る).
// An intention heads its clause as a plan does: 〜するつもりだ(った), and Nを考えている / Nを考えており
// (寄付を考えている: means to donate) — not …と考えている, which states a view (attribution's matter).
// The class completed from the grammar (vmod39): the auxiliary of inference らしい after a verb or
// adjective's ending (入ったらしい。, not the suffix of 子どもらしい), the formal noun はず ending its
// clause (届くはずだ。, not 届くはずだった荷物: a past expectation describing a noun), the noun of
// likelihood 公算 as 可能性, the noun of stance 構え as 方針 (争う構えだ, 構えを見せている), and the
// idiom of taking a course into consideration as 検討 (視野・選択肢・射程・考慮に入れる).
// Two parts of the class shared with the claim side's looser hedge (verify/claim/check-modality.ts
// LOOSE_HEDGE): the auxiliary らしい and the formal noun はず ending their clause, and the idiom of taking a
// course into consideration.
export const INFERENCE_ENDING = String.raw`(?<=\p{Script=Hiragana})(?:らし(?:い(?=[。、」]|と|$)|く[、，]|かった(?=[。、」]|と|$))|はず(?=だ(?:[。、」]|と|$)|です|。|$))`;
export const CONSIDERATION_IDIOM = '(?:視野|選択肢|射程|考慮)に入れ';
const HEDGE = new RegExp(
  String.raw`(?:予定|見通し|方針|方向|見込み|試算|計画|構想|目標|予想|想定|推計|考え|構え)(?=だ|で(?!は)|です|。|$|、|と(?:な|し|い|み)|に(?:な|し)|も|が(?![\p{Script=Han}])|を(?:[^、。をがは]{1,10}?(?:に|で)(?:対し(?:て)?)?)?(?:固め|示|見せ|明らかに|決め)|して(?:い|お))|検討(?![\p{Script=Han}])|${CONSIDERATION_IDIOM}|(?:恐れ|おそれ|可能性|公算)(?=が|も|は|あり|大|。|$|\s)|${INFERENCE_ENDING}|(?:恐れ|おそれ|可能性|疑い)を(?:[^、。をがは]{1,10}?(?:に|で))?(?:指摘|示|挙げ|明らかに)|と(?:推定|推測|推察)(?:さ|し|す|で)|と(?:考えら|思わ)れ|見通す|見込[むまんめ]|目指|とみられ|と見られ|とみて|と見て|とみる|と見る|かもしれ|だろう|でしょう|(?:模様|もよう)(?=だ|で(?!は)|です|。|$|、)|ようだ|考えを示|意向|つもり(?=だ|で(?!は)|です|。|$|、)|(?<=を)考えて(?=い|お)|[^い]たい(?:」?と|考え|意向|とし|。|$)|たいと|ではないか|か(?:どうか)?[。]?$|疑い(?=が|も|は|あり|だ|です|。|$)|こと(?:を|が|も)(?:懸念|心配|危惧|不安視)|(?<!不)可能だ|(?<=[\p{Script=Hiragana}])(?<![をがはもにでとへや])得る|うる(?:[。、]|$)|\b(?:likely|expected|may|might|could|plans?)\b`,
  'gu',
);
// Counted where they are the clause's predicate (決定した, 決まった, 確実になった, 12月に決定。),
// not as a noun the clause talks about (開業決定を受け). A verb of confirming whose object is a fact —
// a clause closed by こと or by the quotative と (…ていることを確認した, …ためだと確かめられた) — says the
// fact is established, as 断定 does; confirming a thing (映像を確認した, 状態を確かめた) is an act of
// checking, and a question (…ないか確かめる) establishes nothing.
const CERTAIN =
  /(?:決定|確定|断言|断定)(?=し|す|さ|だ|で(?!き)|。|$)|(?:確認(?=し|す|さ|。|$)|確かめ)(?<=(?:こと[をがも]|[だるたいし]と)(?:確認|確かめ))|決ま|決め|確実(?=[にだで。]|$)|間違いな|必ず/gu;

// A verb of saying or announcing after the quotative と (…と発表した, …と17日に説明した, …と市は述べた):
// what stands before the と is the content it reports. A closed class; not という (hearsay) nor
// として / とした (a ground or a stance, read elsewhere).
export const QUOTATIVE_SAYING = `と(?![しい])[^、。「」＊]{0,15}?(?:発表|公表|説明|述べ|明らかに|明か|報告|指摘|強調|表明|話|語|伝え|答え|回答|証言|主張)`;
// A hedge closed by its own ending and the quotative と of such a verb (とみられ|る|と発表した,
// 可能性|がある|と説明した, 見通し|だ|と述べた).
const HEDGE_THEN_SAID = new RegExp(String.raw`^\p{Script=Hiragana}{0,6}?(?=${QUOTATIVE_SAYING})`, 'u');

// Endings that negate the clause before them: 至っていない/至らず negate what is reached
// (特定には至っていない: not identified), 避けた/控えた/見送った negate the act they take as
// object (明言を避けた: did not state), and のではない / わけではない / と言っているのではない /
// とは言えない / とは限らない negate the proposition before them. The verbs of not doing an act
// are general vocabulary (giving up, withdrawing, calling off, putting off, denying): 建設を断念した,
// 計画を撤回した, 開催を取りやめた, 運行を見合わせた, 関与を否定した all say the act is not done; so do
// the verbs of stopping or forbidding it (開催を中止した, 操業を中断・休止・停止した, 遊泳を禁止した).
const NEGATING_VERBS = new Set([
  '避ける',
  '控える',
  '見送る',
  '拒む',
  '拒否',
  '免れる',
  '逃す',
  '断念',
  '撤回',
  '取りやめる',
  '見合わせる',
  '否定',
  '先送り',
  '中止',
  '中断',
  '休止',
  '停止',
  '禁止',
]);
/** True for a verb of not doing an act (見送る, 断念, 撤回, 否定…): it denies the act it takes. */
export function isNegatingVerb(lemma: string): boolean {
  return NEGATING_VERBS.has(lemma);
}
// Verbs whose polarity passes to the verbal noun they take (特定に至った / 特定には至っていない),
// with the support verbs (機能動詞) that only carry the act their verbal noun names (交換に応じない,
// 調査を行わない, 値上げを実施しない: no exchange, no survey, no price rise), and the aspect verbs of
// starting and going on (署名を始めない, 捜索を続けた).
const CARRYING_VERBS = new Set([
  '至る',
  '踏み切る',
  '着手',
  '乗り出す',
  '応じる',
  '行う',
  '実施',
  '始める',
  '開始',
  '続ける',
]);
const NEGATED_PROPOSITION =
  /^(?:(?:と(?:言|い)って(?:いる|る)?|という|とは(?:言|い)え)?(?:の|わけ|もの)?(?:で|じゃ)は?(?:ない|なく|なかっ|ありませ)|とは(?:言|い)え(?:ない|ず|なかっ|ませ)|とは限ら(?:ない|ず|なかっ))(?!か)/u;
const NEGATIVE_AUX = new Set(['ない', 'ぬ', 'ん', 'ず', 'ねえ']);
// A sentence's end on the hearsay という, the copula unsaid (…は初めてという。).
const HEARSAY_END = /^という(?:こと(?:だ|です))?。?$/u;
// Nouns of a plan, intention or prospect that a verb's attributive form heads (開く予定, 辞める
// つもり, 応じる考え, 再開する見通し): denied with は/も/が + ない (開く予定はない, 応じる考えもない),
// or with the verbs that say a prospect exists (再開する見通しは立っていない, めどがつかない), they
// deny the act itself, as つもりはない does — the act is not planned. The same plan nouns as the
// hedges above.
export const PLAN_NOUNS: ReadonlySet<string> = new Set([
  '予定',
  '計画',
  '方針',
  '考え',
  '意向',
  '意思',
  '意図',
  'つもり',
  '見込み',
  '見通し',
  'めど',
  '目途',
  '目処',
  '可能性',
  '恐れ',
  'おそれ',
]);
const PROSPECT_VERBS = new Set(['立つ', 'つく', '付く']);
// A prospect made or had (めどが立つ, めどを付ける, 見通しを立てる, 目鼻がつく): the verb says only that
// the prospect exists, so the predicate is the prospect noun, one lemma for its spellings, whichever
// verb (intransitive or transitive) says it.
const PROSPECT_NOUNS: Readonly<Record<string, string>> = {
  めど: 'めど',
  目途: 'めど',
  目処: 'めど',
  見通し: '見通し',
  見込み: '見込み',
  目鼻: '目鼻',
};
const HAVING_PROSPECT = new Set(['立つ', '立てる', 'つく', '付く', 'つける', '付ける']);
// Sino-Japanese prefixes that negate the verbal noun after them (未実施, 不参加, 非公開, 無許可).
const NEGATIVE_PREFIXES = new Set(['未', '不', '非', '無']);

/**
 * Reads one sentence. `tokens` are the sentence's own tokens (offsets into `text`); pass them when
 * the caller already has them, so a text is tokenised once.
 */
export function readSentence(
  text: string,
  tokenizer: Tokenizer,
  tokens = tokenizer.tokenize(text),
): SentenceReading {
  const quotes = findQuotes(text);
  const insideQuote = (offset: number) => quotes.some((quote) => offset > quote.start && offset < quote.end);
  const clauses = splitClauses(text, tokens, insideQuote);
  const predicates = findPredicates(text, tokens, clauses, (token) => continuativeVerbOf(token, tokenizer));
  const keys = tokens.filter(isContentToken).map(keyOf);
  const people = [...new Set(findPeople(tokens))];
  const names = findNames(text, tokens);
  const roles = findRoles(tokens);
  const outside = withoutAttempts(stripQuotes(text, quotes), tokens);
  const heardFrom = heardFromWhom(outside, tokens, text);
  // A quote that only gives a proper name (the ship 「…丸」, the company 「…」が) gives no one's words.
  const reported =
    quotes.some((quote) => !namesOnly({ tokens }, quote) || !properName(tokens, quote)) ||
    REPORTED.test(outside) ||
    SPEAKER_AFTER_WORDS.test(outside) ||
    heardFrom !== undefined;
  const speaker = heardFrom?.speaker ?? findSpeaker(outside, tokens, text, clauses);
  const quoteSpeaker = heardFrom?.quoted
    ? heardFrom.speaker
    : findQuoteSpeaker(tokens, text, quotes, clauses);
  return {
    text,
    tokens,
    keys,
    predicates,
    clauses,
    quotes,
    reported,
    ...(speaker === undefined ? {} : { speaker }),
    ...(heardFrom === undefined ? {} : { heardFrom: true }),
    ...(quoteSpeaker === undefined ? {} : { quoteSpeaker }),
    people,
    names,
    roles,
  };
}

/**
 * The text with the と of an attempt blanked: a verb's volitional form and とする (預けようとした,
 * 逃げようとして, 入ろうとしている) is trying to, not saying — the reporting verbs とした / としている
 * do not match it. The volitional う/よう is the auxiliary right after a verb (だろう, ましょう follow
 * an auxiliary: 〜だろうとした reports words).
 */
function withoutAttempts(outside: string, tokens: readonly Token[]): string {
  let out = outside;
  tokens.forEach((token, i) => {
    const volitional = tokens[i - 1];
    if (
      token.surface === 'と' &&
      token.pos === '助詞' &&
      volitional !== undefined &&
      volitional.pos === '助動詞' &&
      (volitional.surface === 'う' || volitional.surface === 'よう') &&
      tokens[i - 2]?.pos === '動詞' &&
      /^(?:し|する|す)$/u.test(tokens[i + 1]?.surface ?? '')
    )
      out = `${out.slice(0, token.start)}＿${out.slice(token.end)}`;
  });
  return out;
}

/**
 * True when a quote gives a name or a title, not anyone's words (5歳の「モカ」, 「草木図譜」5巻): its
 * words end in a noun and hold no particle, auxiliary or punctuation, and no quoting particle (と,
 * って) follows it.
 */
export function namesOnly(reading: { readonly tokens: readonly Token[] }, quote: Quote): boolean {
  const inside = reading.tokens.filter((token) => token.start > quote.start && token.end < quote.end);
  // (The dictionary may read a name's kana as a verb's stem: あやせ丸; a name ends in a noun.)
  if (
    inside.length === 0 ||
    inside.at(-1)?.pos !== '名詞' ||
    inside.some((token) => token.pos === '助詞' || token.pos === '助動詞' || token.pos === '記号')
  )
    return false;
  const next = reading.tokens.find((token) => token.start >= quote.end);
  return !(next !== undefined && next.pos === '助詞' && /^(?:と|って|とか)$/u.test(next.surface));
}

/**
 * True when a quote that names (namesOnly) is a proper name: the dictionary reads a proper noun in
 * it (「…丸」, 「…観光バス」). A quote of common nouns (「卵」の表示, 『通学路線』としての性格) may be a
 * term someone used — a label's, a speaker's or the writer's — and still reports words.
 */
function properName(tokens: readonly Token[], quote: Quote): boolean {
  return tokens.some(
    (token) => token.start > quote.start && token.end < quote.end && token.posDetail === '固有名詞',
  );
}

/** Direct quotes: balanced 「」 and 『』 pairs, outermost first. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '「' || char === '『') stack.push(i);
    else if ((char === '」' || char === '』') && stack.length > 0) {
      const start = stack.pop() as number;
      out.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text with every quote's words blanked (same length), so outside words keep their offsets. */
export function stripQuotes(text: string, quotes: readonly Quote[]): string {
  let out = text;
  for (const quote of quotes)
    out = out.slice(0, quote.start + 1) + '＊'.repeat(quote.end - quote.start - 2) + out.slice(quote.end - 1);
  return out;
}

const CLAUSE_BREAK_AFTER = new Set([
  'て',
  'で',
  'が',
  'し',
  'ので',
  'から',
  'けれど',
  'けど',
  'ものの',
  'ながら',
  'つつ',
  'たり',
  'ば',
]);

// Nouns and particles that turn a predicate into an adverbial clause of the sentence: 修正すると
// ともに、/ 発表する一方、/ 求めたほか、/ 確認したうえで、/ 決まった後、/ 雨が続いたため、.
const ADVERBIAL_CLAUSE_ENDS = new Set([
  'とともに',
  'と共に',
  '一方',
  'ほか',
  '他',
  'うえ',
  'うえで',
  '上で',
  '後',
  'あと',
  'ため',
  '際',
  'なか',
  '中',
]);

/** True when the comma at `i` follows a predicate and one of ADVERBIAL_CLAUSE_ENDS. */
function endsAdverbialClause(tokens: readonly Token[], i: number): boolean {
  let text = '';
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const token = tokens[k] as Token;
    text = token.surface + text;
    const before = tokens[k - 1];
    if (
      ADVERBIAL_CLAUSE_ENDS.has(text) &&
      before !== undefined &&
      (before.pos === '動詞' || before.pos === '助動詞')
    )
      return true;
  }
  return false;
}

// Verbs of being, becoming, saying and thinking: 〜があるとしている, 〜になるとしている report a state or a
// view (attribution's matter), not an act intended. A closed class of Japanese.
const NOT_INTENDED = new Set([
  'ある',
  'いる',
  'おる',
  'なる',
  'できる',
  'いう',
  '言う',
  '思う',
  '考える',
  'みる',
  '見る',
]);

/**
 * An act stated as intended: a verb's plain non-past, or a verbal noun with する, quoted by と and
 * held with している / しており (町は規則を改めるとしている, 巡回を強化するとしており): news reports a
 * body's stated intention so, an act still to come. Returned as the hedge's stem as written (としてい, としてお).
 */
function statedIntentions(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  tokens.forEach((token, i) => {
    if (token.surface !== 'と' || token.pos !== '助詞') return;
    const verb = tokens[i - 1];
    const [shi, te, aux] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (verb === undefined || shi === undefined || te === undefined || aux === undefined) return;
    if (verb.pos !== '動詞' || verb.posDetail !== '自立' || verb.inflection !== '基本形') return;
    if (NOT_INTENDED.has(verb.baseForm)) return;
    if (verb.baseForm === 'する' && tokens[i - 2]?.posDetail !== 'サ変接続') return;
    if (shi.baseForm !== 'する' || shi.surface !== 'し' || te.surface !== 'て') return;
    if (aux.baseForm !== 'いる' && aux.baseForm !== 'おる') return;
    // An act done to something (手順を見直す) by a body set as the topic (市は): not a process that
    // runs by itself (…かかるとしている, 弱まるとしている) nor a rule's content (指針では…とする).
    const before = tokens.slice(0, i - 1);
    if (!before.some((t) => t.surface === 'を' && t.pos === '助詞')) return;
    const topic = before.findIndex((t) => t.surface === 'は' && t.pos === '助詞');
    const holder = before[topic - 1];
    if (
      topic < 1 ||
      holder?.pos !== '名詞' ||
      holder.posDetail === '副詞可能' ||
      holder.posDetail === '非自立'
    )
      return;
    if (before.some((t, k) => (t.surface === 'で' || t.surface === 'に') && before[k + 1]?.surface === 'は'))
      return;
    // The stem as written (としてい, としてお): the polite としています and plain としている alike.
    found.push(aux.baseForm === 'おる' ? 'としてお' : 'としてい');
  });
  return found;
}

/**
 * Splits at 、 and 。 that end a clause (after a conjunctive particle, a verb or auxiliary in its
 * continuative form); a stretch without a predicate of its own (県警は、) joins the next one.
 */
function splitClauses(
  text: string,
  tokens: readonly Token[],
  insideQuote: (offset: number) => boolean,
): Clause[] {
  const cuts: number[] = [];
  // The start of the latest predicate token (an independent verb, an auxiliary, an adjective) before
  // the current one: "a predicate since the last cut" is one comparison, not a scan of every token
  // before each comma (quadratic in a long sentence's tokens).
  let predicateStart = -1;
  tokens.forEach((token, i) => {
    const predicateBefore = predicateStart;
    if (
      (token.pos === '動詞' && token.posDetail === '自立') ||
      token.pos === '助動詞' ||
      token.pos === '形容詞'
    )
      predicateStart = Math.max(predicateStart, token.start);
    if (token.surface !== '、' && token.surface !== '。' && token.surface !== '，') return;
    const before = tokens[i - 1];
    if (before === undefined) return;
    const from = cuts.at(-1) ?? 0;
    const hasPredicate = predicateBefore >= from;
    const isBreak =
      token.surface === '。' ||
      endsAdverbialClause(tokens, i) ||
      (before.pos === '助詞' && before.posDetail === '接続助詞') ||
      CLAUSE_BREAK_AFTER.has(before.surface) ||
      before.pos === '動詞' ||
      before.pos === '助動詞' ||
      before.pos === '形容詞' ||
      (hasPredicate && !(before.pos === '助詞' && before.posDetail !== '接続助詞'));
    if (isBreak) cuts.push(token.end);
  });
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut > from) bounds.push([from, cut]);
    from = cut;
  }
  if (from < text.length) bounds.push([from, text.length]);
  if (bounds.length === 0) bounds.push([0, text.length]);
  // Each clause's tokens in one pass over the tokens (they are in text order, and the clauses are
  // consecutive), not a filter of every token per clause.
  const innerOf = bounds.map((): Token[] => []);
  let at = 0;
  for (const token of tokens) {
    while (at < bounds.length - 1 && token.start >= (bounds[at] as [number, number])[1]) at++;
    const [start, end] = bounds[at] as [number, number];
    if (token.start >= start && token.end <= end) innerOf[at]?.push(token);
  }
  const clauses = bounds.map(([start, end], index) => {
    const part = text.slice(start, end);
    const inner = innerOf[index] as Token[];
    const certain = [...part.matchAll(CERTAIN)]
      .filter((match) => !isNegatedAt(part, match.index + match[0].length))
      .map((match) => match[0]);
    const middle = start + Math.floor((end - start) / 2);
    const hedgeMatches = [...part.matchAll(HEDGE), ...part.matchAll(TOPIC_SPLIT_HEDGE)].filter(
      (match) => !headsRelativeClause(tokens, start + match.index + match[0].length),
    );
    const intentions = statedIntentions(inner);
    const contentEnd = intentions.length === 0 ? saidContentEnd(part, hedgeMatches) : undefined;
    return {
      start,
      end,
      hedges: [...hedgeMatches.map((match) => match[0]), ...intentions],
      ...(contentEnd === undefined ? {} : { contentEnd: start + contentEnd }),
      certain,
      keys: inner.filter(isContentToken).map(keyOf),
      quoted: insideQuote(middle) && insideQuote(start + 1),
      quotedShare: share(inner.filter(isContentToken), (token) => insideQuote(token.start)),
      continuative: false,
    };
  });
  // Each clause's last token that is not a symbol (one of an earlier clause where it has none), in
  // one pass over the tokens, not a search from the sentence's end per clause.
  let next = 0;
  let last: Token | undefined;
  for (const clause of clauses) {
    for (; next < tokens.length && (tokens[next] as Token).end <= clause.end; next++)
      if ((tokens[next] as Token).pos !== '記号') last = tokens[next];
    clause.continuative =
      last !== undefined &&
      ((last.inflection?.startsWith('連用') === true && last.surface !== 'た') ||
        last.surface === 'て' ||
        last.surface === 'で' ||
        last.surface === 'ず');
  }
  return clauses;
}

/**
 * Where the clause's hedges all close the content a verb of saying reports (…とみられると発表した):
 * the offset (in the clause) right after the last one's quotative と. Undefined where there is no
 * hedge, or one is not so closed (…と発表する予定だ: the plan is the saying's own).
 */
function saidContentEnd(part: string, hedges: readonly RegExpExecArray[]): number | undefined {
  let end: number | undefined;
  for (const match of hedges) {
    const from = match.index + match[0].length;
    const ending = HEDGE_THEN_SAID.exec(part.slice(from));
    if (ending === null) return undefined;
    end = Math.max(end ?? 0, from + ending[0].length + 1);
  }
  return end;
}

const JAPANESE_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]$/u;
const JAPANESE_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々]/u;
// …or a figure that opens a headline's part after a Japanese word (宿泊税を新設 1泊200円 8月導入へ).
const FIGURE_START = /^[0-9０-９]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// Nouns a predicate chain can end before without modifying them: formal nouns (こと, の, ため, よう)
// and adverbial ones (中, 後, 際) turn the clause into a complement or an adverbial clause.
const NOT_MODIFIED = new Set(['非自立', '副詞可能', '代名詞', '接尾', '特殊']);

/**
 * True when the hedge word ending at `end` heads a relative (attributive) clause: its predicate
 * chain (検討していた, 予定されていた, とみられる, 見込む, or acts chained by て: 目指して敗れた) ends in
 * the attributive form right before the noun it modifies (延期を検討していた花火大会を…開く,
 * 原因とみられる火災が…). Such a hedge is
 * about that clause, which describes the noun; it does not hedge the sentence's own predicate.
 */
export function headsRelativeClause(tokens: readonly Token[], end: number): boolean {
  let k = tokens.findIndex((token) => token.start < end && token.end >= end);
  if (k < 0) return false;
  for (;;) {
    const next = tokens[k + 1];
    if (next === undefined) return false;
    const chained =
      next.pos === '動詞' ||
      next.pos === '助動詞' ||
      (next.pos === '助詞' &&
        (next.surface === 'て' || next.surface === 'で') &&
        // 検討している, and a chain of acts (当選を目指して敗れた候補): the relative clause goes on.
        tokens[k + 2]?.pos === '動詞');
    if (!chained) break;
    k++;
  }
  const last = tokens[k] as Token;
  // A name in brackets is the noun described as well (予定していた「港まつり」): the opening bracket
  // only starts the noun phrase.
  const bracket = tokens[k + 1];
  const opens = (bracket?.surface === '「' || bracket?.surface === '『') && bracket.start === last.end;
  const at = opens ? k + 2 : k + 1;
  const noun = tokens[at];
  if (noun === undefined || noun.start !== (opens ? (bracket as Token).end : last.end)) return false;
  if (last.pos !== '動詞' && last.pos !== '助動詞') return false;
  if (last.inflection !== '基本形') return false;
  // A noun of time with の (予定していた今年の祭り, 検討していた当初の案) starts the noun phrase the
  // clause describes, as an adjective would: not an adverbial noun ending the clause (予定していた後).
  const after = tokens[at + 1];
  const timeOf =
    noun.posDetail === '副詞可能' &&
    after?.surface === 'の' &&
    after.posDetail === '連体化' &&
    after.start === noun.end;
  return noun.pos === '接頭詞' || (noun.pos === '名詞' && (!NOT_MODIFIED.has(noun.posDetail) || timeOf));
}

/**
 * The parts of a text separated by spaces between Japanese words (a headline's parts: 祭り中止
 * 花火は秋に延期を検討), as [start, end) offsets; the whole text when it has no such space. Each part
 * says a thing of its own, so a hedge in one says nothing of the others.
 */
export function spaceSeparatedParts(text: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const match of text.matchAll(/\s+/gu)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    if (!JAPANESE_END.test(before) || !(JAPANESE_START.test(after) || FIGURE_START.test(after))) continue;
    parts.push([from, match.index]);
    from = match.index + match[0].length;
  }
  parts.push([from, text.length]);
  return parts;
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

/** True when the words right after `offset` negate what comes before it (ていない, ず, なかった…). */
function isNegatedAt(text: string, offset: number): boolean {
  return /^(?:[らりるれろっさしすせそまみむめもかきくけこがぎぐげごたちつてとなにぬねの]{0,3}(?:て|で)?(?:い|お)?)?(?:ない|なかっ|ず|ぬ|ません|ませんでし)/u.test(
    text.slice(offset, offset + 10),
  );
}

// The dictionary ending of a godan verb whose continuative form ends in this kana (請け負い → 請け負う);
// an ichidan verb's continuative form is its stem, its dictionary form the stem and る (述べ → 述べる).
const GODAN_ENDINGS: Readonly<Record<string, string>> = {
  い: 'う',
  き: 'く',
  ぎ: 'ぐ',
  し: 'す',
  ち: 'つ',
  に: 'ぬ',
  び: 'ぶ',
  み: 'む',
  り: 'る',
};
const CONTINUATIVE_SHAPE =
  /^[\p{Script=Han}々][\p{Script=Han}々\p{Script=Hiragana}]*[いきぎしちにびみりえけげせぜてでねべめれじ]$/u;

// The words right after a verb (its own endings, no particle between) that make it a rule or an
// expectation (見回ることになっている, 届くはずの, 行う予定): the act is what should happen, not what
// happened — closed grammar of Japanese. Not 予定通り (as planned: the act is done).
const NORM_OR_EXPECTATION =
  /^(?:(?![はがをもで])\p{Script=Hiragana}){0,4}?(?:ことに(?:なって|され|し|決ま)|はず|予定(?!通り|どおり)|決まり|べき|必要)/u;

/** True when the predicate ending at `end` is told as a rule or an expectation (見回ることになっている). */
export function statesRule(text: string, end: number): boolean {
  return NORM_OR_EXPECTATION.test(text.slice(end, end + 12));
}

// The epistemic はず closing a speaker's own words (「…多くは戻るはずだ」): the speaker's conviction
// that a thing is so, inferred — not what a rule or schedule says should happen (戻るはずの便, 戻る
// はずだった: the past expectation, counterfactual as often as not). Said in a direct quote and
// ending the quoted clause (はずだ / はずです / はずである before 。, 、 or the closing bracket), it
// is the speaker's view of the matter, which a claim reporting that speaker's view states too.
const CONVICTION = /^(?:(?![はがをもで])\p{Script=Hiragana}){0,4}?はず(?:だ|です|である)(?=[。、」]|$)/u;

/** True when the predicate ending at `end` is a speaker's conviction said in a direct quote (「…戻るはずだ」). */
export function statesConviction(reading: Pick<SentenceReading, 'text' | 'quotes'>, end: number): boolean {
  return (
    reading.quotes.some((quote) => end > quote.start && end < quote.end) &&
    CONVICTION.test(reading.text.slice(end, end + 12))
  );
}

/**
 * True when `noun` is written as the continuative form of the verb `verb` (見回り of 見回る,
 * 支払い of 支払う, 取り下げ of 取り下げる): kanji, then okurigana whose last kana is the continuative
 * ending of the verb's dictionary ending — read from the spelling alone, for a verb already known.
 */
export function isContinuativeOf(noun: string, verb: string): boolean {
  if (!CONTINUATIVE_SHAPE.test(noun)) return false;
  const ending = GODAN_ENDINGS[noun.slice(-1)];
  return (ending !== undefined && noun.slice(0, -1) + ending === verb) || `${noun}る` === verb;
}

/**
 * The verb a noun-tagged word is the continuative form of (請け負い → 請け負う, 取り組み → 取り組む), when
 * it is written as one (kanji, then okurigana ending in a continuative kana) and the tokenizer's own
 * dictionary reads the dictionary form back as that one verb; undefined otherwise (検討, 調査).
 */
function continuativeVerbOf(token: Token, tokenizer: Tokenizer): string | undefined {
  if (tokenizer.kind !== 'kuromoji' || !CONTINUATIVE_SHAPE.test(token.surface)) return undefined;
  const stem = token.surface.slice(0, -1);
  const last = token.surface.slice(-1);
  const candidates = [
    GODAN_ENDINGS[last] === undefined ? undefined : stem + GODAN_ENDINGS[last],
    `${token.surface}る`,
  ];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const read = tokenizer.tokenize(candidate);
    if (read.length === 1 && read[0]?.pos === '動詞' && read[0].baseForm === candidate) return candidate;
  }
  return undefined;
}

/**
 * Predicates and their polarity: a verb, adjective or verbal noun (サ変 noun followed by する, or
 * a clause head), negated by the auxiliaries after it (ない, ず, ぬ, ません) up to the next content
 * word, or by a negating head it feeds (には至っていない, を避けた, と言っているのではない).
 */
function findPredicates(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  verbOf: (token: Token) => string | undefined = () => undefined,
): Predicate[] {
  const out: Predicate[] = [];
  const clauseOf = (offset: number) => {
    const index = clauses.findIndex((clause) => offset >= clause.start && offset < clause.end);
    return index < 0 ? clauses.length - 1 : index;
  };
  tokens.forEach((token, i) => {
    const isVerb = token.pos === '動詞' && token.posDetail === '自立';
    const isAdjective = token.pos === '形容詞' && token.posDetail === '自立' && token.baseForm !== 'ない';
    const next = tokens[i + 1];
    const isVerbalNoun =
      (token.pos === '名詞' &&
        (token.posDetail === 'サ変接続' || token.posDetail === '形容動詞語幹') &&
        next !== undefined &&
        (next.baseForm === 'する' ||
          next.baseForm === 'できる' ||
          next.baseForm === 'だ' ||
          next.surface === 'せ' ||
          // 明らかにする / 明らかにせず: an adjectival noun made a verb with に + する.
          (token.posDetail === '形容動詞語幹' &&
            next.surface === 'に' &&
            tokens[i + 2]?.baseForm === 'する'))) ||
      kanjiNounMadeVerb(token, next);
    // Existence: 影響はある / 影響はない are one predicate with two polarities.
    const isExistence =
      // いる of people and animals: けが人はいなかった (tagged non-independent after は/が/も), and
      // its written form おる (入院した人はおらず, 住民が残っており).
      (token.pos === '動詞' &&
        (token.baseForm === 'いる' || token.baseForm === 'おる') &&
        ['が', 'は', 'も'].includes(tokens[i - 1]?.surface ?? '') &&
        endsNounPhrase(tokens, i - 2)) ||
      // …with a floating quantifier between the particle and いる (住民が3人いた, 学生が複数いる).
      (token.pos === '動詞' &&
        (token.baseForm === 'いる' || token.baseForm === 'おる') &&
        floatsQuantifier(tokens, i)) ||
      (token.pos === '動詞' &&
        token.baseForm === 'ある' &&
        token.posDetail === '自立' &&
        !(tokens[i - 1]?.surface === 'は' && tokens[i - 2]?.surface === 'で')) ||
      (token.pos === '形容詞' &&
        token.baseForm === 'ない' &&
        token.posDetail === '自立' &&
        // Not the copula's negation (十分ではない) or an adjective's (多くない).
        ['が', 'は', 'も'].includes(tokens[i - 1]?.surface ?? '') &&
        tokens[i - 2]?.surface !== 'で' &&
        tokens[i - 2]?.surface !== 'じゃ') ||
      // The auxiliary ない attaches to a verb or adjective, never to a particle: after a noun and
      // は/が/も it is the adjective 無い the tagger mislabels (健康被害の報告はない).
      (token.pos === '助動詞' &&
        token.baseForm === 'ない' &&
        ['が', 'は', 'も'].includes(tokens[i - 1]?.surface ?? '') &&
        tokens[i - 1]?.pos === '助詞' &&
        tokens[i - 2]?.pos === '名詞') ||
      // A headline's noun + なし (けが人なし, 変更なし): there is none.
      (token.pos === '形容詞' &&
        token.baseForm === 'ない' &&
        token.surface === 'なし' &&
        tokens[i - 1]?.pos === '名詞' &&
        tokens[i - 1]?.end === token.start);
    if (isExistence) {
      // 〜がないか調べる / 〜はないか: whether there is one, asked, not denied — read as the chain's
      // 〜ないか is (chainNegation: it asks), so the question's noun keeps its predicate.
      const negatedHere =
        token.baseForm === 'ない' && !/^か/u.test(tokens[i + 1]?.surface ?? '') && !asksInPast(tokens, i);
      out.push({
        lemma: 'ある',
        kind: 'existence',
        start: token.start,
        end: token.end,
        negated: negatedHere !== chainNegation(text, tokens, i),
        clause: clauseOf(token.start),
      });
      return;
    }
    // A noun predicate: 規模だ / 規模ではない (the copula and its negation); an adverb takes the
    // copula the same way (初めてだ / 初めてではない).
    const isNominal =
      (token.pos === '名詞' &&
        (token.posDetail === '一般' ||
          token.posDetail === 'サ変接続' ||
          token.posDetail === '形容動詞語幹')) ||
      (token.pos === '副詞' && token.posDetail === '一般');
    // A sentence that ends on its predicate noun after the topic or subject, the copula left
    // unsaid (体言止め: 女性が市長に就くのは初めて。), affirms it as 〜だ would.
    // So does one that ends on it with the hearsay という (今年が最後という。, 初めてということです。).
    const endsSentence =
      isNominal &&
      (((next === undefined || next.surface === '。') &&
        ['は', 'が', 'も'].includes(tokens[i - 1]?.surface ?? '')) ||
        // …で初めてという: the place or span the first time is in (全国で, 以降で) before it.
        (HEARSAY_END.test(text.slice(token.end)) &&
          ['は', 'が', 'も', 'で'].includes(tokens[i - 1]?.surface ?? '')));
    if (endsSentence && !isVerbalNoun) {
      out.push({
        lemma: normalizeForMatch(token.surface),
        kind: 'noun',
        start: token.start,
        end: token.end,
        negated: false,
        clause: clauseOf(token.start),
      });
      return;
    }
    const isCopula =
      isNominal &&
      next !== undefined &&
      ((next.surface === 'で' &&
        tokens[i + 2]?.surface === 'は' &&
        /^(?:ない|なかっ|あり)/u.test(tokens[i + 3]?.surface ?? '')) ||
        ((next.baseForm === 'だ' || next.baseForm === 'です') && next.surface !== 'で') ||
        continuesCleft(tokens, i));
    // What a thing becomes (課題になる / 問題にはならない, 休みとなる) is said of it as the copula says it
    // — not a noun whose first kanji denies (不通になる: the verb it reads as, denied; check-predicates).
    const becomes =
      token.pos === '名詞' &&
      !NEGATIVE_PREFIXES.has([...token.surface][0] ?? '') &&
      (isNominal || token.posDetail === 'ナイ形容詞語幹') &&
      (next?.surface === 'に' || next?.surface === 'と') &&
      (tokens[i + 2]?.baseForm === 'なる' ||
        (tokens[i + 2]?.surface === 'は' && tokens[i + 3]?.baseForm === 'なる'));
    if (becomes && !isVerbalNoun) {
      out.push({
        lemma: normalizeForMatch(token.surface),
        kind: 'noun',
        start: token.start,
        end: token.end,
        negated: chainNegation(text, tokens, tokens[i + 2]?.surface === 'は' ? i + 3 : i + 2),
        clause: clauseOf(token.start),
      });
      return;
    }
    // What a thing is made (無効とする / 無効とはしなかった, 対象にする): the act of making it N is said of
    // it as becoming N is, its polarity the polarity of する's chain. Not the passive (…とされる: what is
    // said or deemed of it, hearsay as often as an act).
    const makes = tokens[i + 2]?.baseForm === 'する' ? i + 2 : i + 3;
    // The noun is one written in kanji or katakana: a verb's volitional form the tagger leaves a noun
    // (入ろうとしていた: about to enter) is no thing made.
    const made =
      token.pos === '名詞' &&
      isNominal &&
      /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(token.surface) &&
      (next?.surface === 'に' || next?.surface === 'と') &&
      next.start === token.end &&
      tokens[makes]?.baseForm === 'する' &&
      (makes === i + 2 || ['は', 'も'].includes(tokens[i + 2]?.surface ?? '')) &&
      tokens[makes + 1]?.baseForm !== 'れる';
    if (made && !isVerbalNoun) {
      out.push({
        lemma: normalizeForMatch(token.surface),
        kind: 'noun',
        start: token.start,
        end: token.end,
        negated: chainNegation(text, tokens, makes),
        clause: clauseOf(token.start),
      });
      return;
    }
    // A noun denied as a whole proposition (主因というわけではない, 原因とは限らない): the copula's
    // negation said through という / わけ / とは限らない — a partial denial is still a denial of the noun.
    if (
      isNominal &&
      !isVerbalNoun &&
      !isCopula &&
      /^(?:と|わけ|の)/u.test(text.slice(token.end)) &&
      NEGATED_PROPOSITION.test(text.slice(token.end))
    ) {
      out.push({
        lemma: normalizeForMatch(token.surface),
        kind: 'noun',
        start: token.start,
        end: token.end,
        negated: true,
        clause: clauseOf(token.start),
      });
      return;
    }
    if (isCopula && !isVerbalNoun) {
      const negated =
        next?.surface === 'で' && tokens[i + 2]?.surface !== '、' && tokens[i + 3]?.surface !== 'あり'
          ? tokens[i + 4]?.surface !== 'か'
          : tokens[i + 3]?.surface === 'あり';
      out.push({
        lemma: normalizeForMatch(token.surface),
        kind: 'noun',
        start: token.start,
        end: token.end,
        negated,
        clause: clauseOf(token.start),
      });
      return;
    }
    // A verb's continuative form joining two clauses that the tagger reads as a サ変 noun (…が請け
    // 負い、…): after a case or binding particle and right before 、, a word with okurigana whose
    // verb the dictionary knows is that verb, the predicate of its clause. A noun before の/が/を/は
    // (話し合いが…) or in a list (…、取り組み、) is not one.
    const previous = tokens[i - 1];
    const continuative =
      !isVerb &&
      !isAdjective &&
      !isVerbalNoun &&
      token.pos === '名詞' &&
      token.posDetail === 'サ変接続' &&
      next?.surface === '、' &&
      previous?.pos === '助詞' &&
      previous.surface !== 'の' &&
      previous.end === token.start
        ? verbOf(token)
        : undefined;
    if (continuative !== undefined && !LIGHT_VERBS.has(continuative)) {
      out.push({
        lemma: normalizeForMatch(continuative),
        kind: 'verb',
        start: token.start,
        end: token.end,
        negated: false,
        clause: clauseOf(token.start),
      });
      return;
    }
    if (!isVerb && !isAdjective && !isVerbalNoun) return;
    if (isVerb && LIGHT_VERBS.has(token.baseForm)) return;
    // 〜しか…ない is an exclusive affirmative (Aしか停車しない: A stops, and nothing else does); a
    // verbal noun after the negating prefix 未, 不, 非 or 無 is negated (未実施 = not carried out).
    const prefixed = tokens[i - 1]?.pos === '接頭詞' && NEGATIVE_PREFIXES.has(tokens[i - 1]?.surface ?? '');
    const negated = (chainNegation(text, tokens, i) && !restrictedByShika(tokens, i)) !== prefixed;
    out.push({
      lemma:
        prospectOf(tokens, i) ?? normalizeForMatch(token.pos === '名詞' ? token.surface : token.baseForm),
      kind: isAdjective ? 'adjective' : 'verb',
      start: token.start,
      end: token.end,
      negated,
      clause: clauseOf(token.start),
    });
  });
  // A verbal noun governed by a negating verb (特定には至っていない, 明言を避けた) is itself negated,
  // unless that verb is itself negated (避けなかった); so is a verb's noun form taking a particle
  // (打ち上げを取りやめた).
  tokens.forEach((token, i) => {
    // The noun form takes a case or binding particle (打ち上げを): a verb's 連用形 before the
    // conjunctive て (報告を受けて中止した) is its clause's own predicate, not the act forgone.
    // A compound verb's second half the dictionary leaves a suffix noun (雇い + 入れ を見送る) is
    // part of the noun form: the particle comes after it.
    const suffixed =
      token.pos === '動詞' &&
      tokens[i + 1]?.pos === '名詞' &&
      tokens[i + 1]?.posDetail === '接尾' &&
      tokens[i + 1]?.start === token.end
        ? 1
        : 0;
    const nounForm =
      token.pos === '動詞' &&
      token.inflection === '連用形' &&
      tokens[i + 1 + suffixed]?.pos === '助詞' &&
      tokens[i + 1 + suffixed]?.posDetail !== '接続助詞';
    // A verb's continuative form the dictionary lists as a plain noun (支払い, 貸し出し, 見直し) may
    // name the act forgone too (支払いを見送った): read below, only before a verb of not doing.
    const plainContinuative =
      token.pos === '名詞' && token.posDetail === '一般' && CONTINUATIVE_SHAPE.test(token.surface);
    if (!nounForm && !plainContinuative && (token.pos !== '名詞' || token.posDetail !== 'サ変接続')) return;
    const particle = tokens[i + 1 + suffixed];
    const particle2 = tokens[i + 2 + suffixed];
    // A prospect or plan denied after a verbal noun and の (運転再開のめどは立っていない, 開催の予定は
    // ない) denies the act, as after a verb's attributive form (再開するめどは立っていない).
    if (
      !nounForm &&
      particle?.surface === 'の' &&
      particle2?.pos === '名詞' &&
      PLAN_NOUNS.has(particle2.surface) &&
      chainNegation(text, tokens, i + 2) &&
      !out.some((predicate) => predicate.start === token.start)
    ) {
      out.push({
        lemma: normalizeForMatch(token.surface),
        kind: 'verb',
        start: token.start,
        end: token.end,
        negated: true,
        clause: clauseOf(token.start),
      });
      return;
    }
    const head =
      particle?.pos === '助詞'
        ? headVerbAfter(tokens, (particle2?.pos === '助詞' ? i + 3 : i + 2) + suffixed)
        : undefined;
    if (head === undefined) return;
    const reverses = NEGATING_VERBS.has(negatingLemma(head) ?? head.baseForm);
    if (!reverses && !CARRYING_VERBS.has(head.baseForm)) return;
    // The plain noun is the act only when the dictionary reads it back as a verb's (支払い → 支払う),
    // and only before a verb of not doing.
    const continuativeOf = plainContinuative ? (reverses ? verbOf(token) : undefined) : undefined;
    if (plainContinuative && continuativeOf === undefined) return;
    // A verbal noun written right before the head makes one compound with it (補修も塗装見送り: the
    // painting is put off): the head takes that noun, not this one.
    const joined = tokens[tokens.indexOf(head) - 1];
    if (
      joined !== undefined &&
      joined !== token &&
      joined.pos === '名詞' &&
      joined.posDetail === 'サ変接続' &&
      joined.end === head.start
    )
      return;
    const headNegated = chainNegation(text, tokens, tokens.indexOf(head));
    const negated = reverses ? !headNegated : headNegated;
    const existing = out.find((predicate) => predicate.start === token.start);
    if (existing !== undefined) existing.negated = negated;
    else
      out.push({
        lemma: normalizeForMatch(continuativeOf ?? (nounForm ? token.baseForm : token.surface)),
        kind: 'verb',
        start: token.start,
        end: token.end,
        negated,
        clause: clauseOf(token.start),
      });
  });
  readActsDoneWithSuru(text, tokens, out, clauseOf);
  denyRelativeClauses(tokens, out);
  // A denial before the verbs of not doing: it reverses the act's own polarity, which
  // denyForgoneActs would already have reversed for 否定 (減らすことを否定した).
  affirmDeniedNegations(text, tokens, out);
  denyForgoneActs(text, tokens, out);
  denyModifiersOfDeniedNouns(tokens, out);
  denyUnconsideredActs(text, tokens, out);
  denyActsConsideredThenForgone(text, tokens, out, clauseOf);
  carryReachedActs(text, tokens, out);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A verbal noun taken by する through を, は or も (巡回をしていなかった, 清掃はしない, 消毒をする予定),
 * or by the potential できる through が, は or も (運行はできない), names the act as 確認する (確認
 * できない) does: する only carries it, and its polarity is the act's. Without this
 * the noun was no predicate at all (する is a light verb), so a page's denied act never answered a
 * claim that tells it done.
 */
function readActsDoneWithSuru(
  text: string,
  tokens: readonly Token[],
  out: Predicate[],
  clauseOf: (offset: number) => number,
): void {
  tokens.forEach((token, i) => {
    if (token.pos !== '名詞') return;
    const verbal = token.posDetail === 'サ変接続';
    if (!verbal && token.posDetail !== '一般') return;
    // An example named with など before the particle (点検などはしていない) is still the act taken.
    const at = tokens[i + 1]?.surface === 'など' ? i + 2 : i + 1;
    const particle = tokens[at]?.surface ?? '';
    // Adverbs may stand between the particle and its する (返却をまだしていない, 説明はもうしない,
    // 報告をすぐにした): a 連用修飾 of the verb, not of the noun, so the act is still the noun's.
    let k = at + 1;
    while (tokens[k]?.pos === '副詞') {
      k += tokens[k]?.posDetail === '助詞類接続' && tokens[k + 1]?.surface === 'に' ? 2 : 1;
    }
    const verb = tokens[k];
    if (verb?.pos !== '動詞') return;
    // する through を/は/も, or the potential できる through が/は/も (運行はできない, 取引ができなかった:
    // could not run, so did not), whose polarity is the act's as できる's right after the noun is.
    // A plain noun taken by する through を/は/も names an act or an event too (けがをした, 電話を
    // しなかった, 買い物はしない: the dictionary tags such nouns 名詞-一般, not サ変接続); with できる
    // it says an ability (仕事ができる), not the act, and is left.
    const carries =
      (verb.baseForm === 'する' && /^(?:を|は|も)$/u.test(particle)) ||
      (verbal && verb.baseForm === 'できる' && /^(?:が|は|も)$/u.test(particle));
    if (!carries) return;
    // A plain noun's causative (けがをさせた: made someone else hurt) tells what was done to another.
    if (!verbal && tokens[k + 1]?.baseForm === 'せる') return;
    if (out.some((predicate) => predicate.start === token.start)) return;
    out.push({
      lemma: normalizeForMatch(token.surface),
      kind: 'verb',
      start: token.start,
      end: token.end,
      negated: chainNegation(text, tokens, k),
      clause: clauseOf(token.start),
    });
  });
}

/**
 * The index of the token after a verb predicate's verb (or verbal noun with its する) and the verb's
 * own auxiliary verbs (頼み直す, 公表される): where こと or たいと would follow. Undefined when the
 * predicate does not start on a verb or a verbal noun followed by する.
 */
function pastActVerb(tokens: readonly Token[], predicate: Predicate): number | undefined {
  let k = tokens.findIndex((token) => token.start === predicate.start);
  const first = tokens[k];
  if (first === undefined) return undefined;
  const verbalNoun = first.pos === '名詞' && first.posDetail === 'サ変接続';
  if (first.pos !== '動詞' && !verbalNoun) return undefined;
  k++;
  if (verbalNoun) {
    if (tokens[k]?.baseForm !== 'する') return undefined;
    k++;
  }
  while (tokens[k]?.pos === '動詞' && tokens[k]?.posDetail !== '自立') k++;
  return k;
}

// The nominalizers that make a verb an act a verb can take (架け直すことを断念した, 敷くのを見送った):
// the noun こと and the particle-like の (tagged 名詞-非自立), a closed pair.
function isNominalizer(token: Token | undefined): boolean {
  return token?.surface === 'こと' || (token?.surface === 'の' && token.pos === '名詞');
}

/**
 * A verb made a noun with こと or の and taken by a verb of not doing (橋を架け直すことを断念した, 公表
 * するのを見送った, 参加することは控えた) is denied as its verbal noun would be (公表を見送った): the act is
 * not done — unless the verb of not doing is itself negated (断念しなかった).
 */
function denyForgoneActs(text: string, tokens: readonly Token[], out: Predicate[]): void {
  for (const predicate of out) {
    if (predicate.kind !== 'verb' || predicate.negated) continue;
    const k = pastActVerb(tokens, predicate);
    if (k === undefined) continue;
    if (!isNominalizer(tokens[k]) || !/^(?:を|は|も)$/u.test(tokens[k + 1]?.surface ?? '')) continue;
    const head = tokens[k + 2];
    if (head === undefined) continue;
    if (!NEGATING_VERBS.has(negatingLemma(head) ?? head.baseForm)) continue;
    predicate.negated = !chainNegation(text, tokens, k + 2);
  }
}

/**
 * An adjective right before the noun of a denied copula (強い雨ではなかった: the rain was not strong,
 * 大きな被害ではない) is what the denial falls on: the noun's kind is kept, its quality denied. The
 * adjective (形容詞, or 形容動詞 + な) is read negated with the noun.
 */
function denyModifiersOfDeniedNouns(tokens: readonly Token[], out: Predicate[]): void {
  for (const noun of out) {
    if (noun.kind !== 'noun' || !noun.negated) continue;
    const k = tokens.findIndex((token) => token.start === noun.start);
    const before = tokens[k - 1];
    const stem = before?.surface === 'な' ? tokens[k - 2] : undefined;
    const modifier =
      before?.pos === '形容詞' && before.posDetail === '自立' && before.end === noun.start
        ? before
        : stem?.pos === '名詞' && stem.posDetail === '形容動詞語幹'
          ? stem
          : undefined;
    if (modifier === undefined) continue;
    const adjective = out.find((predicate) => predicate.start === modifier.start);
    if (adjective !== undefined && adjective.kind !== 'noun') adjective.negated = true;
  }
}

// Verbs that deny a statement made a noun with こと (関与したことを否定した, 容疑を否認した).
const DENYING_VERBS = new Set(['否定', '否認']);

/**
 * An act made a noun with こと and denied (任せていたことを否定した, 確かめていなかったことを否定した,
 * 届かなかったことは否認している): the denial reverses the act's polarity, as 否定 does to a noun it
 * takes (関与を否定した) — an act done, denied, is said not done (the vneg33 round); a negated act,
 * denied, is said done (the double negation). The act's own chain (する, て + いる, ない, た) runs up to
 * こと; a denial itself negated (否定しなかった) leaves the act as it was.
 */
function affirmDeniedNegations(text: string, tokens: readonly Token[], out: Predicate[]): void {
  for (const predicate of out) {
    if (predicate.kind !== 'verb' && predicate.kind !== 'existence') continue;
    let k = tokens.findIndex((token) => token.start === predicate.start) + 1;
    if (k === 0) continue;
    while (
      k < tokens.length &&
      (tokens[k]?.pos === '助動詞' ||
        (tokens[k]?.pos === '動詞' &&
          (tokens[k]?.posDetail !== '自立' || LIGHT_VERBS.has(tokens[k]?.baseForm ?? ''))) ||
        (tokens[k]?.pos === '助詞' && tokens[k]?.posDetail === '接続助詞') ||
        (tokens[k]?.pos === '形容詞' && tokens[k]?.baseForm === 'ない'))
    )
      k++;
    if (tokens[k]?.surface !== 'こと' || !/^(?:を|は|も)$/u.test(tokens[k + 1]?.surface ?? '')) continue;
    const head = tokens[k + 2];
    if (head === undefined || !DENYING_VERBS.has(head.baseForm)) continue;
    predicate.negated = predicate.negated === chainNegation(text, tokens, k + 2);
  }
}

/**
 * A verb in its plain form taken by 至る, with まで and に (止めるまでには至らなかった, 閉鎖するには
 * 至っていない, 撤退するに至った): 至る says whether things went as far as the act, so the act has
 * 至る's polarity — not gone that far, not done — as a verbal noun it takes has (特定には至っていない).
 */
function carryReachedActs(text: string, tokens: readonly Token[], out: Predicate[]): void {
  for (const predicate of out) {
    if (predicate.kind !== 'verb' || predicate.negated) continue;
    let k = tokens.findIndex((token) => token.start === predicate.start);
    if (k < 0) continue;
    // The verb itself, or a verbal noun's する.
    if (tokens[k]?.pos === '名詞' && tokens[k + 1]?.baseForm === 'する') k++;
    if (tokens[k]?.inflection !== '基本形') continue;
    k++;
    if (tokens[k]?.surface === 'まで') k++;
    if (tokens[k]?.surface !== 'に') continue;
    k++;
    if (/^(?:は|も)$/u.test(tokens[k]?.surface ?? '')) k++;
    if (tokens[k]?.pos !== '動詞' || tokens[k]?.baseForm !== '至る') continue;
    predicate.negated = chainNegation(text, tokens, k);
  }
}

// Verbs of considering or planning an act (造ることも検討, 続けたいと考える).
const CONSIDERING_VERBS = new Set(['考える', '検討', '計画', '予定', '想定']);

/**
 * An act whose very consideration is denied (桟橋を造ることは考えておらず, 改修することも検討せず,
 * 続けたいとは考えていません) is denied as つもりはない denies it: the act is not planned. The verb, past
 * its own auxiliary verbs, is made a noun with こと — or a wish with たいと — and taken with は or
 * も by a verb of considering (CONSIDERING_VERBS) that is negated. A thought about a fact
 * (大雨が原因だとは考えない) has no こと and no たい: it is not read here.
 */
function denyUnconsideredActs(text: string, tokens: readonly Token[], out: Predicate[]): void {
  for (const predicate of out) {
    if (predicate.kind !== 'verb' || predicate.negated) continue;
    let k = pastActVerb(tokens, predicate);
    if (k === undefined) continue;
    const wish = tokens[k]?.baseForm === 'たい' && tokens[k + 1]?.surface === 'と';
    if (!wish && tokens[k]?.surface !== 'こと') continue;
    k += wish ? 2 : 1;
    if (!/^(?:は|も)$/u.test(tokens[k]?.surface ?? '')) continue;
    const head = tokens[k + 1];
    const considers =
      head !== undefined &&
      ((head.pos === '動詞' && CONSIDERING_VERBS.has(head.baseForm)) ||
        (head.pos === '名詞' && CONSIDERING_VERBS.has(head.surface) && tokens[k + 2]?.baseForm === 'する'));
    if (considers && chainNegation(text, tokens, head.pos === '名詞' ? k + 2 : k + 1))
      predicate.negated = true;
  }
}

// Verbs of asking for an act (見直すよう求められた, 延長を要請した): the act asked for, like the act
// considered, is what a verb of not doing right after may give up.
const ASKING_VERBS = new Set(['求める', '要請', '依頼', '要望', '打診', '提案']);
// Plan nouns an act's attributive form heads as the thing considered (敷く計画を検討した).
const CONSIDERED_PLANS = new Set(['計画', '案', '構想', '方針']);

/**
 * An act considered or asked for and then given up, the verb of not doing with its object left
 * unsaid (橋を架け替えることも考えたが、費用がかさむとして見送った; 延長を検討したが断念した;
 * 延ばすよう求められたが、見合わせた): Japanese leaves out an argument the sentence has just named,
 * and after the concessive が / けれど / ものの the verb of not doing (NEGATING_VERBS) takes the act
 * the first clause considered — so that act is denied, as 架け替えることを見送った denies it. The act
 * is the verb made a noun with こと, the verb heading a plan noun (計画, 案), the verb before よう, or
 * a verbal noun with を or も, taken by a verb of considering (CONSIDERING_VERBS) or asking
 * (ASKING_VERBS) that is not itself negated. The verb of not doing must have no object of its own
 * (を, or a particle right before it: 回答を見送った, 改修は見送った name what was given up) and stand
 * in the same sentence; the considering verb stays affirmed (the act was considered).
 */
function denyActsConsideredThenForgone(
  text: string,
  tokens: readonly Token[],
  out: Predicate[],
  clauseOf: (offset: number) => number,
): void {
  const considers = (at: number): number | undefined => {
    const head = tokens[at];
    if (head === undefined) return undefined;
    const takes = (lemma: string) => CONSIDERING_VERBS.has(lemma) || ASKING_VERBS.has(lemma);
    if (head.pos === '動詞' && takes(head.baseForm)) return at;
    if (head.pos === '名詞' && takes(head.surface) && tokens[at + 1]?.baseForm === 'する') return at + 1;
    return undefined;
  };
  // The verb of not doing in the clause after the considering verb's concessive ending, with no
  // object of its own.
  const forgoneAfter = (head: number): boolean => {
    if (chainNegation(text, tokens, head)) return false;
    let j = head + 1;
    while (
      tokens[j] !== undefined &&
      (tokens[j]?.pos === '助動詞' ||
        tokens[j]?.posDetail === '非自立' ||
        tokens[j]?.posDetail === '接尾' ||
        tokens[j]?.surface === 'て')
    )
      j++;
    if (!/^(?:が|けれど|けれども|けど|ものの)$/u.test(tokens[j]?.surface ?? '') || tokens[j]?.pos !== '助詞')
      return false;
    for (let m = j + 1; m < tokens.length; m++) {
      const token = tokens[m] as Token;
      if (token.surface === '。' || token.surface === 'を') return false;
      const lemma = negatingLemma(token) ?? token.baseForm;
      const forgoes =
        (token.pos === '動詞' && NEGATING_VERBS.has(lemma)) ||
        (token.pos === '名詞' && NEGATING_VERBS.has(token.surface) && tokens[m + 1]?.baseForm === 'する');
      if (!forgoes) continue;
      if (tokens[m - 1]?.pos === '助詞' && /^(?:を|は|も|が)$/u.test(tokens[m - 1]?.surface ?? ''))
        return false;
      return !chainNegation(text, tokens, token.pos === '名詞' ? m + 1 : m);
    }
    return false;
  };
  for (const predicate of out) {
    if (predicate.kind !== 'verb' || predicate.negated) continue;
    const k = pastActVerb(tokens, predicate);
    if (k === undefined) continue;
    const link = tokens[k];
    const at =
      isNominalizer(link) && /^(?:を|も|は)$/u.test(tokens[k + 1]?.surface ?? '')
        ? k + 2
        : link?.pos === '名詞' &&
            CONSIDERED_PLANS.has(link.surface) &&
            /^(?:を|も)$/u.test(tokens[k + 1]?.surface ?? '')
          ? k + 2
          : link?.surface === 'よう'
            ? tokens[k + 1]?.surface === 'に'
              ? k + 2
              : k + 1
            : undefined;
    if (at === undefined) continue;
    const head = considers(at);
    if (
      head !== undefined &&
      (link?.surface !== 'よう' ||
        ASKING_VERBS.has(
          tokens[at]?.pos === '名詞' ? (tokens[at]?.surface ?? '') : (tokens[at]?.baseForm ?? ''),
        )) &&
      forgoneAfter(head)
    )
      predicate.negated = true;
  }
  // A verbal noun the considering verb takes (延長を検討したが断念した): the act itself, denied.
  tokens.forEach((token, i) => {
    if (token.pos !== '名詞' || token.posDetail !== 'サ変接続') return;
    if (PLAN_NOUNS.has(token.surface) || CONSIDERED_PLANS.has(token.surface)) return;
    if (!/^(?:を|も)$/u.test(tokens[i + 1]?.surface ?? '')) return;
    const head = considers(i + 2);
    if (head === undefined || !forgoneAfter(head)) return;
    if (out.some((predicate) => predicate.start === token.start)) return;
    out.push({
      lemma: normalizeForMatch(token.surface),
      kind: 'verb',
      start: token.start,
      end: token.end,
      negated: true,
      clause: clauseOf(token.start),
    });
  });
}

/**
 * The word a verbal noun's particle leads to (調査を行う, 特定には至っていない), or — past words that
 * only say when, where or how (署名活動を10月1日から始める, 研修は、予定どおり行う) — the first verb of its
 * clause (or a support verbal noun, 実施, or the noun form of a verb of not doing, 取りやめ): what may
 * stand between are nouns with the particles of time, place and manner, never another argument
 * (を, が, は, も, の) or a verb.
 */
function headVerbAfter(tokens: readonly Token[], at: number): Token | undefined {
  const isHead = (token: Token) =>
    token.pos === '動詞' ||
    CARRYING_VERBS.has(token.baseForm) ||
    NEGATING_VERBS.has(token.baseForm) ||
    negatingLemma(token) !== undefined;
  const first = tokens[at];
  if (first === undefined || isHead(first)) return first;
  for (let j = at; j < Math.min(tokens.length, at + 8); j++) {
    const token = tokens[j] as Token;
    if (isHead(token)) return token;
    if (token.pos === '名詞' || (token.pos === '記号' && token.surface === '、')) continue;
    if (token.pos === '助詞' && /^(?:から|まで|に|で|より|へ|と)$/u.test(token.surface)) continue;
    return first;
  }
  return first;
}

/**
 * The verb of not doing an act a noun is the noun form of (取りやめ, 見送り: 取りやめになった, 見送り
 * とする), or undefined.
 */
function negatingLemma(token: Token): string | undefined {
  if (token.pos !== '名詞') return undefined;
  const verb = token.surface.replace(/り$/u, 'る').replace(/せ$/u, 'せる').replace(/め$/u, 'める');
  return NEGATING_VERBS.has(verb) ? verb : undefined;
}

/** The prospect noun a verb of having a prospect takes (財源のめどが立つ, めどを付ける): its lemma. */
function prospectOf(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i] as Token;
  if (token.pos !== '動詞' || !HAVING_PROSPECT.has(token.baseForm)) return undefined;
  if (!['は', 'が', 'も', 'を'].includes(tokens[i - 1]?.surface ?? '')) return undefined;
  return PROSPECT_NOUNS[tokens[i - 2]?.surface ?? ''];
}

/**
 * Denied existence over a noun a relative clause describes (反対した議員はいなかった, 避難した住民は
 * いない) denies the clause's act: no one did it. The clause's predicate takes the existence's
 * polarity turned: negated when none exists, as 反対しなかった would be.
 */
function denyRelativeClauses(tokens: readonly Token[], predicates: Predicate[]): void {
  for (const existence of predicates) {
    if (existence.kind !== 'existence' || !existence.negated) continue;
    let i = tokens.findIndex((token) => token.start === existence.start);
    if (!['は', 'が', 'も'].includes(tokens[i - 1]?.surface ?? '')) continue;
    // The noun the clause describes, with the nouns before it in one compound (市議会議員).
    i -= 2;
    // A plan noun denied (開く予定はない) is read with the plan's nouns (PLAN_NOUNS).
    const head = tokens[i];
    if (head?.pos !== '名詞' || NOT_MODIFIED.has(head.posDetail) || PLAN_NOUNS.has(head.surface)) continue;
    while (tokens[i - 1]?.pos === '名詞') i--;
    const nounStart = tokens[i]?.start ?? 0;
    if (!headsRelativeClause(tokens, nounStart)) continue;
    // The clause's own predicate: the last one before the noun, its chain running up to it.
    const act = predicates.findLast(
      (predicate) => predicate.end <= nounStart && predicate.kind !== 'existence',
    );
    if (act === undefined || act.clause !== existence.clause) continue;
    const between = tokens.filter((token) => token.start >= act.end && token.end <= nounStart);
    if (!between.every((token) => token.pos === '動詞' || token.pos === '助動詞')) continue;
    act.negated = !act.negated;
  }
}

/**
 * Whether the predicate at token i takes the particle しか (Aしか…ない: only A), which makes the
 * negation after it restrictive, not a denial. Looked for back to the previous clause boundary or
 * content verb, so an earlier predicate's しか does not count.
 */
function restrictedByShika(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.surface === '、' || token.surface === '。') return false;
    if ((token.pos === '動詞' || token.pos === '形容詞') && token.posDetail === '自立') return false;
    if (token.pos === '助詞' && token.surface === 'しか') return true;
  }
  return false;
}

/** True when token k comes right after a verb, adjective or auxiliary: a noun its clause modifies. */
function followsVerbChain(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return (
    before !== undefined && (before.pos === '動詞' || before.pos === '助動詞' || before.pos === '形容詞')
  );
}

/** Negation in the auxiliary chain after token i, or a proposition-negating ending after it. */
export function chainNegation(text: string, tokens: readonly Token[], i: number): boolean {
  let negations = 0;
  let end = tokens[i]?.end ?? 0;
  for (let k = i + 1; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.surface === '、' || token.surface === '。' || token.pos === '記号') break;
    // 〜たり〜たりする: the する after the last member carries every member's polarity
    // (寄ったり触ったりしない: neither), so the chain goes on from the last たり.
    if (token.pos === '助詞' && (token.surface === 'たり' || token.surface === 'だり')) {
      const last = lastListMember(tokens, k);
      if (last === undefined) break;
      k = last;
      end = (tokens[k] as Token).end;
      continue;
    }
    // The experiential 〜たことがない (乗ったことがなく, 訪れたことは一度もない): こと's particle and a
    // word of "(not) even once, at all" before ない carry the verb's polarity.
    const denial = k > 0 && tokens[k - 1]?.surface === 'こと' ? experienceDenied(tokens, k) : undefined;
    if (denial !== undefined) {
      k = denial - 1;
      end = (tokens[k] as Token).end;
      continue;
    }
    const isChain =
      token.pos === '助動詞' ||
      (token.pos === '動詞' &&
        (token.posDetail === '非自立' || token.posDetail === '接尾' || LIGHT_VERBS.has(token.baseForm))) ||
      (token.pos === '助詞' &&
        (token.posDetail === '接続助詞' || token.surface === 'は' || token.surface === 'も')) ||
      (token.pos === '形容詞' && (token.baseForm === 'ない' || token.posDetail === '非自立')) ||
      (token.pos === '名詞' && (token.posDetail === '非自立' || token.posDetail === '接尾')) ||
      (token.pos === '名詞' && PLAN_NOUNS.has(token.surface) && followsVerbChain(tokens, k)) ||
      (token.pos === '助詞' && token.surface === 'が' && PLAN_NOUNS.has(tokens[k - 1]?.surface ?? '')) ||
      (token.pos === '動詞' &&
        PROSPECT_VERBS.has(token.baseForm) &&
        PLAN_NOUNS.has(tokens[k - 2]?.surface ?? '') &&
        /^[はがも]$/u.test(tokens[k - 1]?.surface ?? '')) ||
      (token.pos === '助詞' &&
        token.surface === 'に' &&
        (tokens[k + 1]?.surface === 'は' || tokens[k + 1]?.baseForm === 'する')) ||
      // The potential 〜ことができる (下山することができなかった: could not, so did not): こと, its
      // particle and できる carry the verb's polarity, as できる after a verbal noun does.
      (token.pos === '名詞' && token.surface === 'こと' && isAbility(tokens, k + 1)) ||
      (token.pos === '助詞' &&
        /^[がはも]$/u.test(token.surface) &&
        tokens[k - 1]?.surface === 'こと' &&
        isAbility(tokens, k)) ||
      (token.baseForm === 'できる' && tokens[k - 2]?.surface === 'こと');
    if (!isChain) break;
    const isNegative =
      NEGATIVE_AUX.has(token.baseForm) ||
      (token.pos === '形容詞' && token.baseForm === 'ない') ||
      token.surface === 'ず' ||
      token.surface === 'ん';
    // 〜のではないか asks; it does not deny.
    const asks =
      tokens[k + 1]?.surface === 'か' || tokens[k + 1]?.surface === 'かと' || asksInPast(tokens, k);
    // 残念でなりません, 心配でならない: て/で + ならない says "very much" (an intensifier), not "not" —
    // unlike てはならない, which forbids. The dictionary gives でなりません's なり as the classical copula.
    const polite = tokens[k - 1]?.baseForm === 'ます' ? 1 : 0;
    const intensifies =
      /^(?:なる|なり)$/u.test(tokens[k - 1 - polite]?.baseForm ?? '') &&
      /^[てで]$/u.test(tokens[k - 2 - polite]?.surface ?? '');
    if (isNegative && !asks && !intensifies) negations++;
    // A following clause head of its own (て + いる is part of the chain; て + a content verb is not).
    end = token.end;
  }
  // 〜ではなく、… (not A but B) negates A as well, so it counts; a proposition-negating ending
  // after a negated chain negates it again (使わないとは言えない: it may be used).
  return (negations % 2 === 1) !== NEGATED_PROPOSITION.test(text.slice(end, end + 20));
}

/**
 * The index of the last たり/だり of a 〜たり〜たりする list whose first たり is at `k` — the one
 * that する (or は/も + する) follows —, or undefined when no する closes the list in the sentence.
 */
function lastListMember(tokens: readonly Token[], k: number): number | undefined {
  for (let j = k; j < tokens.length && j < k + 24; j++) {
    const token = tokens[j] as Token;
    if (token.surface === '。') return undefined;
    if (token.pos !== '助詞' || (token.surface !== 'たり' && token.surface !== 'だり')) continue;
    const next = /^[はも]$/u.test(tokens[j + 1]?.surface ?? '') ? j + 2 : j + 1;
    if (tokens[next]?.baseForm === 'する') return j;
  }
  return undefined;
}

/**
 * Where こと's particle at `k` (が, は, も) is followed by ない — after at most a word of "even
 * once, at all" (一度も, 一回も, まったく, 全く, 決して, 少しも, 一切): the index of that ない; else
 * undefined.
 */
function experienceDenied(tokens: readonly Token[], k: number): number | undefined {
  if (!/^[がはも]$/u.test(tokens[k]?.surface ?? '')) return undefined;
  let j = k + 1;
  if (
    tokens[j]?.surface === '一' &&
    /^(?:度|回)$/u.test(tokens[j + 1]?.surface ?? '') &&
    /^(?:も|として)$/u.test(tokens[j + 2]?.surface ?? '')
  )
    j += 3;
  else if (/^(?:一度も|一回も|まったく|全く|決して|少しも|一切)$/u.test(tokens[j]?.surface ?? '')) j += 1;
  const next = tokens[j];
  return next?.pos === '形容詞' && next.baseForm === 'ない' ? j : undefined;
}

/**
 * True when the negation at `k` is asked in the past (問題がなかったか調べる, 漏れていなかったか確認
 * する): the auxiliary た, then the question's か — as 〜ないか asks in the present. Not か + も
 * (なかったかもしれない: a hedge on the denial, which still denies).
 */
function asksInPast(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k + 1]?.pos === '助動詞' &&
    tokens[k + 1]?.surface === 'た' &&
    /^か(?:と)?$/u.test(tokens[k + 2]?.surface ?? '') &&
    tokens[k + 3]?.surface !== 'も'
  );
}

/** True when the token after `k` (こと's particle) is できる: the potential 〜ことができる. */
function isAbility(tokens: readonly Token[], k: number): boolean {
  const particle = tokens[k];
  return (
    particle !== undefined && /^[がはも]$/u.test(particle.surface) && tokens[k + 1]?.baseForm === 'できる'
  );
}

// Nouns of number that float between a subject and its verb of existence (数量詞遊離: 学生が3人いる,
// 住民が複数いた, 客が大勢いた): the number and its counter, or a word of amount.
const QUANTIFIER_NOUNS = new Set(['複数', '多数', '大勢', '少数', '数人', '何人', '若干']);

/** True when いる at `i` follows noun + が/は/も + a quantifier of up to three tokens. */
function floatsQuantifier(tokens: readonly Token[], i: number): boolean {
  let j = approximates(tokens[i - 1]) ? i - 2 : i - 1;
  let quantifier = 0;
  while (
    j >= 0 &&
    quantifier < 3 &&
    tokens[j]?.pos === '名詞' &&
    (tokens[j]?.posDetail === '数' ||
      (quantifier > 0 && tokens[j + 1]?.posDetail === '接尾') ||
      tokens[j]?.posDetail === '接尾' ||
      QUANTIFIER_NOUNS.has(tokens[j]?.surface ?? ''))
  ) {
    j--;
    quantifier++;
  }
  return (
    quantifier > 0 && ['が', 'は', 'も'].includes(tokens[j]?.surface ?? '') && tokens[j - 1]?.pos === '名詞'
  );
}

// The adverbial particles of approximation (副助詞: ほど, くらい, ぐらい, ばかり) follow a count and leave
// it a noun phrase (10人ほどがいた, 客が20人ほどいた), as the nouns of approximation (程度, 前後) do.
const APPROXIMATING_PARTICLES = new Set(['ほど', 'くらい', 'ぐらい', 'ばかり']);

function approximates(token: Token | undefined): boolean {
  return token?.pos === '助詞' && APPROXIMATING_PARTICLES.has(token.surface);
}

/** Whether the token at j ends a noun phrase: a noun, or a count with its particle of approximation. */
function endsNounPhrase(tokens: readonly Token[], j: number): boolean {
  return (
    tokens[j]?.pos === '名詞' ||
    (approximates(tokens[j]) &&
      tokens[j - 1]?.pos === '名詞' &&
      (tokens[j - 1]?.posDetail === '接尾' || tokens[j - 1]?.posDetail === '数'))
  );
}

/** People: runs of kuromoji person-name tokens (山中 誠 → 山中誠), in order; a surname alone counts. */
export function findPeople(tokens: readonly Pick<Token, 'surface' | 'nameKind'>[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.nameKind === 'person') run += token.surface;
    else {
      if (run !== '') out.push(normalizeForMatch(run));
      run = '';
    }
  }
  if (run !== '') out.push(normalizeForMatch(run));
  return out;
}

const KATAKANA_NAME = /[\p{Script=Katakana}ー・]{2,}/gu;
const LATIN_NAME = /\b[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*/gu;

/** Proper-noun phrases: runs of proper-noun tokens (港北 大 → 港北大), katakana runs, capitalised Latin words. */
// 自 + a kind of body or place: the subject's own (自社, 自国, 自県, 自治体 is another word). A closed class.
const REFLEXIVE = /^自(?:社|国|県|府|市|町|村|区|党|校|宅)$/u;

function findNames(text: string, tokens: readonly Token[]): string[] {
  // Latin words are read as names by the pattern below, with their spaces. A reflexive 自- word
  // (自社, 自国: the subject's own) refers back and names no one, whatever the dictionary tags it.
  // A kanji the tokenizer tags as a person's though the dictionary has it as a common noun (the cut first
  // kanji of a surname, 砂 of 砂越悦子: correctNameTags) is read with the name.
  const proper = (token: Token | undefined) =>
    token !== undefined &&
    token.pos === '名詞' &&
    (token.posDetail === '固有名詞' || token.nameKind === 'person') &&
    !/[A-Za-z]/u.test(token.surface) &&
    !REFLEXIVE.test(token.surface);
  const adjacent = (i: number) => (tokens[i - 1] as Token).end === (tokens[i] as Token).start;
  // Runs of proper-noun tokens, by first and last token.
  const runs: Array<[number, number]> = [];
  tokens.forEach((token, i) => {
    if (!proper(token)) return;
    const last = runs.at(-1);
    if (last !== undefined && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  // A katakana ヶ / ケ / ノ between a kanji noun and a kanji word (岬ノ台, 一ノ瀬, 栃ヶ瀬) is the
  // genitive or the small ka written inside a proper name: plain prose writes の and が, so the whole
  // is one name, and the dictionary's pieces of it (原村 of 鷺ケ原村) are no names of their own. The
  // name runs from the proper nouns before the joiner through the proper nouns after the kanji word.
  const joined: Array<[number, number]> = [];
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (!PLACE_JOINER.test(token.surface) || before === undefined || after === undefined) return;
    const kanjiNoun = (t: Token) => t.pos === '名詞' && /^\p{Script=Han}+$/u.test(t.surface);
    if (!kanjiNoun(before) || !kanjiNoun(after) || !adjacent(i) || !adjacent(i + 1)) return;
    // After a numeral the small ka is a counter's (三ケ月, 五ヶ所); ノ still joins a name (一ノ関).
    if (before.posDetail === '数' && token.surface !== 'ノ') return;
    let first = i - 1;
    while (first > 0 && proper(tokens[first]) && proper(tokens[first - 1]) && adjacent(first)) first--;
    let last = i + 1;
    while (proper(tokens[last + 1]) && adjacent(last + 1)) last++;
    joined.push([first, last]);
  });
  const names = new Set<string>();
  const spell = ([first, last]: [number, number]) =>
    tokens
      .slice(first, last + 1)
      .map((token) => token.surface)
      .join('');
  const kept = runs.filter((run) => !joined.some(([first, last]) => first <= run[0] && run[1] <= last));
  // In the order the sentence names them.
  for (const span of [...kept, ...joined].sort((a, b) => a[0] - b[0])) {
    const name = spell(span);
    if ([...name].length >= 2) names.add(normalizeForMatch(name));
  }
  const norm = text.normalize('NFKC');
  for (const match of norm.matchAll(KATAKANA_NAME)) {
    const name = match[0].replace(/^[ー・]+|[ー・]+$/gu, '');
    if ([...name].length >= 2) names.add(name);
  }
  for (const match of norm.matchAll(LATIN_NAME)) names.add(match[0]);
  return [...names];
}

// Role words end a role phrase: titles of office in Japanese organisations, a post of staff or
// member (〜員: 主任研究員, 消防団員), the short forms of
// assembly members (県議, 市議 for 県議会議員, 市議会議員), school teachers (教諭), and a
// candidate's standing in an election (新人, 現職, 前職, 元職). The titles of the ranks below a head
// are titles too: a school's 教頭 and an assistant to a head, 〜補佐 (課長補佐, 部長補佐), so a name
// followed by one (山根彰教頭) is paired with it as with 校長.
const ROLE_HEAD =
  /(?:長|知事|大臣|長官|教授|准教授|講師|員|代表|理事|取締役|社長|会長|専務|常務|監督|主任|顧問|議員|委員|記者|弁護士|医師|幹事長|総裁|頭取|会頭|担当|局長|次官|首相|大統領|市長|町長|村長|[都道府県市区町村]議|教諭|教頭|長補佐|新人|現職|前職|元職|副[^\s]{1,4})$/u;

// Occupations named by their suffix (評論家, 医師, 弁護士, 消防士): with the offices and titles of
// ROLE_HEAD, the words that describe a person by what they do. A closed class of suffixes.
const OCCUPATION = /\p{Script=Han}(?:家|師|士)$/u;

/** True when a noun compound names an office, a title or an occupation (保護者会長, 教授, 評論家). */
export function isRoleWord(word: string): boolean {
  return ROLE_HEAD.test(word) || OCCUPATION.test(word);
}

/**
 * Person–role pairs: a person's name followed by a role phrase (山中誠県土木部長, 森田院長, or
 * after a 中黒: 山中誠・県土木部長), or a role phrase followed by の and a name (健康福祉部長の川口直美氏),
 * also past a second apposition joined by the copula で (実行委員長で会社員の古谷誠一さん).
 */
function findRoles(tokens: readonly Token[]): Array<{ person: string; role: string }> {
  const out: Array<{ person: string; role: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.nameKind !== 'person') continue;
    let j = i;
    let person = '';
    while (j < tokens.length && tokens[j]?.nameKind === 'person') {
      person += (tokens[j] as Token).surface;
      j++;
    }
    // name + role: the noun run right after the name.
    let role = '';
    let k = j;
    while (k < tokens.length) {
      const next = tokens[k] as Token;
      if (next.pos !== '名詞' && next.pos !== '接頭詞') break;
      if (next.nameKind === 'person' || next.posDetail === '数' || /^[\p{P}\p{S}]/u.test(next.surface)) break;
      role += next.surface;
      k++;
    }
    // name・role: the 中黒 sets a title after the name (山中誠・白川市長; the place in it may read
    // as a surname, so the run goes on through names and is taken whole when it ends in a title).
    let after = j;
    if (role === '' && tokens[j]?.surface === '・') {
      for (k = j + 1; k < tokens.length; k++) {
        const next = tokens[k] as Token;
        if (next.pos !== '名詞' && next.pos !== '接頭詞') break;
        if (next.posDetail === '数' || /^[\p{P}\p{S}]/u.test(next.surface)) break;
        role += next.surface;
      }
      if (ROLE_HEAD.test(role)) after = k;
    }
    const cleanRole = role.replace(/^(?:氏|さん|君|様)/u, '');
    if (ROLE_HEAD.test(cleanRole))
      out.push({ person: normalizeForMatch(person), role: normalizeForMatch(cleanRole) });
    // role + 、 + name: news sets a title before the name with a comma (副社長、遠山健吾氏).
    if (/^[、，]$/u.test(tokens[i - 1]?.surface ?? '')) {
      let before = '';
      for (let m = i - 2; m >= 0; m--) {
        const prev = tokens[m] as Token;
        if (prev.pos !== '名詞' && prev.pos !== '接頭詞') break;
        if (prev.nameKind === 'person' || prev.posDetail === '数' || /^[\p{P}\p{S}]/u.test(prev.surface))
          break;
        before = prev.surface + before;
      }
      if (ROLE_HEAD.test(before))
        out.push({ person: normalizeForMatch(person), role: normalizeForMatch(before) });
    }
    // role + の + name: the noun run before "の" right before the name.
    if (tokens[i - 1]?.surface === 'の') {
      let before = '';
      for (let m = i - 2; m >= 0; m--) {
        const prev = tokens[m] as Token;
        if (prev.pos !== '名詞' && prev.pos !== '接頭詞') break;
        if (prev.nameKind === 'person') break;
        before = prev.surface + before;
      }
      if (ROLE_HEAD.test(before))
        out.push({ person: normalizeForMatch(person), role: normalizeForMatch(before) });
      // role + で + description + の + name: two appositions (実行委員長で会社員の古谷誠一さん).
      else {
        let m = i - 2;
        while (m >= 0 && (tokens[m] as Token).pos === '名詞' && (tokens[m] as Token).nameKind !== 'person')
          m--;
        if (m < i - 2 && tokens[m]?.surface === 'で') {
          let first = '';
          for (let n = m - 1; n >= 0; n--) {
            const prev = tokens[n] as Token;
            if ((prev.pos !== '名詞' && prev.pos !== '接頭詞') || prev.nameKind === 'person') break;
            first = prev.surface + first;
          }
          if (ROLE_HEAD.test(first))
            out.push({ person: normalizeForMatch(person), role: normalizeForMatch(first) });
        }
      }
    }
    i = after - 1;
  }
  return out;
}

// More verbs of saying after と (と振り返った, と打ち明けた, と証言した, an apology: と謝罪した, とわびた), a feeling voiced after と
// (と懸念を示した, と不安を口にした, と期待を寄せた), a fact made known (…ことを明らかにした,
// …ことを認めた), and the quotative として after a predicate (…優遇だとして反対した, …ないとして
// 退けた): the words before them are someone's. A closed class.
// A view or intention held, ending the sentence with the copula (〜したい考えだ, 〜する意向だ, 〜の構え
// だ) or shown (〜する方針を示した, 〜の姿勢を強調した): the content is the topic's, as with a verb of
// saying. The nouns of holding a view or intention and the verbs of making it known: a closed class.
export const HELD_VIEW =
  /(?:考え|意向|構え|見解|認識|思い|見方|姿勢)(?:だ|です|である)(?=[。、，]|$)|(?:考え|意向|構え|見解|認識|見方|姿勢|方針)を(?:示|明らかに|表明|強調|見せ|にじませ)/u;

const MORE_SAYING = new RegExp(
  `${/と(?:振り返|打ち明け|漏ら|嘆|証言|回答|発言|呼びかけ|呼び掛け|謝罪|陳謝|(?:お)?(?:わび|詫び)|約束|誓|[^、。「」＊]{1,6}を(?:示|口に|にじませ|寄せ|呈))|ことを(?:明らかに|認め|明か|公表)|(?<=[だたいる])として(?![はもの])/u.source}|${HELD_VIEW.source}`,
  'u',
);

// A body's reckoning (X は被害額を…と見積もっている, …と推計している, …と試算した) is its words too.
const REPORTED = new RegExp(
  `${/否定し|言及し|表明し|強調し|明言し|主張し|指摘し|認識を示|考えを示|意向を示|見方を示|と(?:の)?\p{Script=Han}{1,4}を示|評価し|と(?:も|だけ|まで)?(?:述べ|語|話|強調|主張|指摘|説明|訴え|明らかに|発表|表明|示|批判|反論|否定|認め|求め|コメント|答え|明か|評価|語っ|言|判断|結論|認定|報じ|伝え)|によると|によれば|によりますと|の話では|の説明では|関係者|という|といい|としてい|とした|とし[、，]|とのこと|とする|の試算|と(?:見積も|推計し|試算し)|の調べ|の調査では|\b(?:said|says|told|according to|stated)\b/u.source}|${MORE_SAYING.source}`,
  'u',
);

// The speaker set between the quoted words and the reporting verb: 〜だと、X は説明している /
// 〜とし、X が明らかにした (the words first, then who says them).
const SPEAKER_AFTER_WORDS =
  /と[、，]([^、。「」＊]{1,30}?)(?:は|が)([^、。＊]{0,12}?)(?:述べ|語|話|強調|主張|指摘|説明|訴え|明らかに|発表|表明|示|批判|反論|否定|認め|コメント|答え|明か|評価|言っ|言う)/u;

/**
 * SPEAKER_AFTER_WORDS's first match whose phrase before the reporting verb is who says the words
 * (〜だと、X は説明した), not the subject of words that end in a quoting と of their own right before
 * the verb (外に出ると、鉄塔が道に横たわっていたと話した: 鉄塔 is what the words tell of, and the
 * sentence's topic says them). The rest of the text is searched only where the first match is skipped.
 */
function speakerAfterWords(outside: string): RegExpExecArray | undefined {
  const first = SPEAKER_AFTER_WORDS.exec(outside);
  if (first === null || !(first[2] ?? '').endsWith('と')) return first ?? undefined;
  const pattern = new RegExp(SPEAKER_AFTER_WORDS.source, 'gu');
  pattern.lastIndex = first.index + 1;
  for (let match = pattern.exec(outside); match !== null; match = pattern.exec(outside)) {
    if (!(match[2] ?? '').endsWith('と')) return match;
    pattern.lastIndex = match.index + 1;
  }
  return undefined;
}

// Reporting verbs whose topic is the speaker: X は…と述べた / と話した / としている / とみて調べている
// (a view the topic holds), a focus particle
// may stand between: とも述べた, とだけ答えた, とまで言った), and と + an
// attitude noun + を示す (と懸念を示した, との見解を示した).
export const SPEECH = new RegExp(
  `${/否定し|言及し|表明し|強調し|明言し|主張し|指摘し|認識を示|考えを示|意向を示|見方を示|と(?:の)?\p{Script=Han}{1,4}を示|評価し|と(?:も|だけ|まで)?(?:述べ|語|話|強調|主張|指摘|説明|訴え|明らかに|発表|表明|示|批判|反論|否定|認め|求め|コメント|答え|明か|評価|言|判断|結論|認定|報じ|伝え)|としてい|とした|とし[、，]|と(?:見|み)て(?:い|調べ|捜査)|\b(?:said|says|told|stated)\b/u.source}|${MORE_SAYING.source}`,
  'u',
);

// The conjunctive particles and nouns that close a clause of contrast or cause (〜が、〜けれど、〜ので、
// 〜から、〜ものの、; the nouns ため、 and 一方、): a topic before them does not go on into the next
// clause. A closed class.
const CLOSING_PARTICLES = new Set(['が', 'けれど', 'けれども', 'けど', 'のに', 'ので', 'から', 'ものの']);
const CLOSING_NOUNS = new Set(['ため', '一方']);

/**
 * Whose account a sentence gives, told by the account's noun: X の試算では, X の調べによると, X の話では, X の
 * 説明では (the noun of what X worked out, found, said or explained, and では / によると). The noun names
 * the telling, as によると does, not anything the account tells.
 */
export const ACCOUNT_FRAME = /の(?:試算|調べ|話|説明)(?:では|によると)/u;

/**
 * The phrase a sentence gives its words to: X によると / X の試算 / X の調べ, else the topic
 * (X は / X が) of a sentence whose words are reported. Read on the text outside quotes.
 */
function findSpeaker(
  outside: string,
  tokens: readonly Token[],
  text: string,
  clauses: readonly Clause[],
): string | undefined {
  const according = new RegExp(
    `([^、。「」\\s＊]{1,30}?)(?:によると|によれば|によりますと|${ACCOUNT_FRAME.source})`,
    'u',
  ).exec(outside);
  // The body may carry its short name in parentheses (県警察本部（県警）によると): the gloss stays
  // with it, as with a topic (speakerBefore).
  if (according !== null)
    return speakerBefore(tokens, text, (according.index ?? 0) + (according[1] as string).length);
  const after = speakerAfterWords(outside);
  if (after !== undefined) return nounRunBefore(tokens, text, after.index + 2 + (after[1] as string).length);
  // Hearsay (〜という, 〜とのことだ) names no speaker: its topic is what the words are about.
  const speech = SPEECH.exec(outside);
  if (speech === null) return undefined;
  const marked = tokens.filter(
    (token, i) =>
      (token.surface === 'は' || token.surface === 'が') &&
      token.pos === '助詞' &&
      ((tokens[i - 1]?.pos === '名詞' && tokens[i - 1]?.posDetail !== '副詞可能') ||
        // A person's age or gloss between the noun and the particle (男性（61）は).
        glossBefore(tokens, text, token.start) !== undefined ||
        // A name set in brackets (菓子店「こもれび堂」は).
        bracketedNameBefore(text, token.start) !== undefined) &&
      token.start < speech.index &&
      outside[token.start] !== '＊',
  );
  // A が-subject with a は-topic after it and no comma between (村が委託する気象会社は…, 車に板が
  // 当たった男性は…) is the subject of a relative clause inside that topic's noun phrase: the head
  // noun, not the clause's subject, is who speaks.
  const topics = marked.filter(
    (token) =>
      token.surface !== 'が' ||
      !marked.some(
        (other) =>
          other.surface === 'は' &&
          other.start > token.start &&
          !/[、，]/u.test(text.slice(token.end, other.start)) &&
          !/[＊]/u.test(outside.slice(token.end, other.start)),
      ),
  );
  // A speaker phrase does not cross a clause boundary: after a clause closed by contrast or cause
  // (〜が、〜けれど、〜ので、〜から、〜ため、) a topic (は) in the reporting verb's own clause says the
  // words (…はがれがあったが、市教委は…としている: 市教委, not はがれ; a が there marks the subject
  // of what is said). A clause that goes on (〜て、〜し、) keeps the sentence's first topic
  // (市長は…を受けて、…と述べた).
  const own = clauseAt({ clauses }, speech.index);
  const comma = tokens.findIndex((token) => token.end === own.start && /^[、，]$/u.test(token.surface));
  const closer = tokens[comma - 1];
  const closed =
    closer !== undefined &&
    ((closer.pos === '助詞' && CLOSING_PARTICLES.has(closer.surface)) || CLOSING_NOUNS.has(closer.surface));
  // A が-subject of an event in a clause that goes on (亀裂が見つかり、局は…とみている) is that
  // clause's subject only: a は-topic after it is the sentence's, who says the words. An agent that
  // acts on something (県が結果を公表し、原因は…と説明した: を in its clause) goes on as the speaker.
  // A が-subject of a clause that modifies a noun closing the segment (業者が記録を改ざんした問題で、
  // 市は…と説明した: the clause describes 問題, a noun + で) is no one's act the sentence goes on
  // with either.
  const opening = topics[0];
  const segment = outside.slice(opening?.end ?? 0).split(/[、，。]/u)[0] ?? '';
  const segmentEnd = tokens.findIndex((token) => token.start === (opening?.end ?? 0) + segment.length);
  const modifiesNoun =
    tokens[segmentEnd - 1]?.surface === 'で' &&
    tokens[segmentEnd - 1]?.pos === '助詞' &&
    tokens[segmentEnd - 2]?.pos === '名詞' &&
    /^[、，]$/u.test(tokens[segmentEnd]?.surface ?? '');
  const event = opening?.surface === 'が' && (!/を/u.test(segment) || modifiesNoun);
  const first = event ? (topics.find((token) => token.surface === 'は') ?? opening) : opening;
  const topic =
    (closed ? topics.find((token) => token.start >= own.start && token.surface === 'は') : undefined) ??
    first;
  if (topic === undefined) return undefined;
  return speakerBefore(tokens, text, topic.start);
}

// Verbs of hearing words, and the passives of telling and asking: who hears or is told is the
// topic, who says the words the noun before から (利用者から「…」と聞いた, …と客から知らされた,
// 社長から停止を告げられた, 同社から…よう求められた). A closed class. Hearing counts only after と,
// the words heard (…と聞いた; 話を聞く, 事情を聞く is questioning, which reports nothing); a passive
// of telling or asking after と, よう or を, or right after から (…と客から知らされた, whose と stands
// before the から).
const HEARD_FROM_VERB =
  /(?:^|と|よう|を)(?:知らされ|伝えられ|告げられ|言われ|求められ|要請され|依頼され|頼まれ|指示され)|と(?:聞い|聞き|聞か|聞く)/u;

/**
 * The one a sentence's topic heard its words from (X から…と聞いた, X から…よう求められた): the noun
 * run before a case-marking から, when a verb of hearing or a passive of telling or asking follows it
 * in the same clause (no comma or full stop between), and whether the words heard are quoted. A から
 * of time or of a cause (午後から, …したから) names no one; undefined when there is none.
 */
function heardFromWhom(
  outside: string,
  tokens: readonly Token[],
  text: string,
): { speaker: string; quoted: boolean } | undefined {
  for (const [i, token] of tokens.entries()) {
    const before = tokens[i - 1];
    if (
      token.surface !== 'から' ||
      token.posDetail !== '格助詞' ||
      before?.pos !== '名詞' ||
      before.posDetail === '副詞可能' ||
      before.posDetail === '数' ||
      outside[token.start] === '＊'
    )
      continue;
    const rest = outside.slice(token.end).split(/[、，。]/u)[0] ?? '';
    const verb = HEARD_FROM_VERB.exec(rest);
    // …the verb itself, not letters of another word (新聞かれ).
    const at =
      verb === null ? -1 : token.end + verb.index + (/^(?:と|よう|を)/u.exec(verb[0])?.[0].length ?? 0);
    if (verb === null || !tokens.some((each) => each.start === at && each.pos === '動詞')) continue;
    const speaker = nounRunBefore(tokens, text, token.start);
    if (speaker === undefined) continue;
    return { speaker, quoted: rest.slice(0, verb.index).includes('＊') };
  }
  return undefined;
}

/**
 * The speaker of a later quote of a sentence that reports several (会社側は「…」としているが、部長は
 * 「…」と話した): each quote is given to the topic set between it and the quote before it, as the
 * first one is to the topic before it, when that topic names someone; undefined otherwise (the same
 * speaker goes on).
 */
export function speakerOfQuote(reading: SentenceReading, quote: Quote): string | undefined {
  // A quote inside another (「…『誠実に対応する』と約束した…」) is words the outer speaker reports.
  if (reading.quotes.some((other) => other.start < quote.start && other.end > quote.end)) return undefined;
  // Only a topic set after the quote before it names a new speaker (a は inside that quote does not).
  const from = reading.quotes.filter((other) => other.end <= quote.start).at(-1)?.end ?? 0;
  const tokens = reading.tokens.filter((token) => token.start >= from);
  const speaker = findQuoteSpeaker(tokens, reading.text, [quote], reading.clauses);
  // …and only a topic that names someone (a person, a name, a title): 再開の時期は「未定だ」 is what
  // the words are about, said by the speaker before.
  if (speaker === undefined) return undefined;
  const names = [...reading.people, ...reading.names];
  return ROLE_HEAD.test(speaker) || names.some((name) => speaker.includes(name)) ? speaker : undefined;
}

/** The topic (X は) nearest before the sentence's first quote, when the quote is reported (「…」と述べた). */
function findQuoteSpeaker(
  tokens: readonly Token[],
  text: string,
  quotes: readonly Quote[],
  clauses: readonly Clause[],
): string | undefined {
  const first = quotes[0];
  // 「…」（同局） / 「…」（70代の農家男性）との声: news names the speaker in parentheses right
  // after the words.
  const glossed = quotes
    .map(
      (quote) => /^[（(]([^（()）「」、。]{1,20})[）)](?=$|[。、]|と|との)/u.exec(text.slice(quote.end))?.[1],
    )
    .find((speaker) => speaker !== undefined);
  if (glossed !== undefined) return glossed;
  if (
    first === undefined ||
    !/^[」』]?\s*(?:と|との|とし)/u.test(text.slice(first.end - 1 + 1, first.end + 4)) ||
    // 「X」との間で / 「X」と共同で: a name with a relational noun after と, no one's words.
    /^(?:との|と)(?:間|共同|連名)/u.test(text.slice(first.end)) ||
    shownOrWritten(text.slice(first.end))
  )
    return undefined;
  // The topic nearest before the quote, else a subject marked with も (山中市長も出席し、「…」と述べた);
  // が marks subjects of subordinate clauses too often (派遣が必要だと訴え、「…」) to name a speaker.
  const marked = (particle: string) =>
    [...tokens]
      .reverse()
      .find(
        (token, i, all) =>
          token.end <= first.start &&
          token.surface === particle &&
          token.pos === '助詞' &&
          (all[i + 1]?.pos === '名詞' || glossBefore(tokens, text, token.start) !== undefined),
      );
  // …but a subject marked with が right before the words (一部の議員が「…」として反対した) says them.
  const adjacent = tokens.find(
    (token, i) =>
      token.end === first.start &&
      token.surface === 'が' &&
      token.pos === '助詞' &&
      tokens[i - 1]?.pos === '名詞',
  );
  const topic =
    adjacent ??
    outerTopic(tokens, clauseAt({ clauses }, first.start).start, first.start) ??
    marked('は') ??
    marked('も');
  if (topic === undefined) return undefined;
  return speakerBefore(tokens, text, topic.start);
}

// A verb of showing or inscribing in the passive as the clause's own predicate: 「無効」と表示された,
// 「立入禁止」と書かれていた, 「売り切れ」と記されている. The words are a text on a screen, sign or paper, not
// said by the sentence's topic (試合は…「無効」と表示された); who reported them stays the sentence's source
// (〜によると). An adnominal use (「…」と書かれた旗を掲げた) names the thing and is left as it was.
const SHOWN_OR_WRITTEN =
  /^[」』]?\s*と(?:大きく|赤く|太く)?(?:表示さ|書か|記さ|記載さ|印字さ|印刷さ|掲示さ|刻ま)れ(?:た|ている|ていた|てい(?:ま|る)|ます|ました)(?=$|[。、]|が|ので|ため|という)/u;

function shownOrWritten(after: string): boolean {
  return SHOWN_OR_WRITTEN.test(after);
}

/**
 * The speaker phrase ending at a topic particle's `offset`: its run of nouns, with the gloss that
 * stays with it (男性（54）, the age that tells one man from another).
 */
function speakerBefore(tokens: readonly Token[], text: string, offset: number): string | undefined {
  const bracketed = bracketedNameBefore(text, offset);
  if (bracketed !== undefined) return normalizeForMatch(bracketed);
  const gloss = glossBefore(tokens, text, offset);
  if (gloss === undefined) return nounRunBefore(tokens, text, offset);
  const noun = nounRunBefore(tokens, text, gloss);
  return noun === undefined ? undefined : noun + normalizeForMatch(text.slice(gloss, offset));
}

/**
 * The outer of two topics before the words in one clause (県は、事故の原因は「調査中だ」としている):
 * the first は says who speaks, a second one what the words are about. A time or quantity noun
 * (今回は, 一部には: 名詞-副詞可能) sets no speaker. Undefined unless the clause has two such topics.
 */
function outerTopic(tokens: readonly Token[], from: number, to: number): Token | undefined {
  const topics = tokens.filter(
    (token, i) =>
      token.start >= from &&
      token.end <= to &&
      token.surface === 'は' &&
      token.pos === '助詞' &&
      tokens[i - 1]?.pos === '名詞' &&
      tokens[i - 1]?.posDetail !== '副詞可能',
  );
  return topics.length >= 2 ? topics[0] : undefined;
}

/**
 * Where a person's parenthesized age or gloss before `offset` opens (男性（66）は: the （), when a
 * noun stands right before it; news writes a speaker so.
 */
function glossBefore(tokens: readonly Token[], text: string, offset: number): number | undefined {
  const gloss = /[（(][^（()）「」、。]{1,12}[）)]$/u.exec(text.slice(0, offset));
  if (gloss === null) return undefined;
  return tokens.find((token) => token.end === gloss.index)?.pos === '名詞' ? gloss.index : undefined;
}

/**
 * The name a topic particle at `offset` follows when news sets it in brackets (菓子店「こもれび堂」は,
 * 「みどり交通」が): a short run with no clause punctuation in it, so no one's words.
 */
function bracketedNameBefore(text: string, offset: number): string | undefined {
  // …with the place or short name news glosses it with (「みどり交通」（港市）によると).
  return /「([^「」『』、。，！？!?\s]{1,20})」(?:[（(][^（()）「」、。]{1,12}[）)])?$/u.exec(
    text.slice(0, offset),
  )?.[1];
}

/** The run of nouns (with の between them) that ends at `offset`: 港北工業大の村田聡教授. */
function nounRunBefore(tokens: readonly Token[], text: string, offset: number): string | undefined {
  let index = tokens.findIndex((token) => token.end === offset);
  if (index < 0) return undefined;
  let start = offset;
  while (index >= 0) {
    const token = tokens[index] as Token;
    const isNoun = token.pos === '名詞' || token.pos === '接頭詞';
    const isOf = token.surface === 'の' && tokens[index - 1]?.pos === '名詞';
    // A name's ノ or ヶ between two of its parts (鵜ノ浜漁協, 萩ヶ丘), whatever the tagger calls it.
    const inName = /^[ノヶケ]$/u.test(token.surface) && start !== offset && tokens[index - 1]?.pos === '名詞';
    // A 中黒 between a name and the title set after it (菅生隆・北浜支社長, as findRoles reads it).
    const titled = token.surface === '・' && start !== offset && tokens[index - 1]?.nameKind === 'person';
    if (!isNoun && !isOf && !inName && !titled) break;
    start = token.start;
    index--;
  }
  const phrase = text.slice(start, offset).replace(/^の/u, '');
  return phrase === '' ? undefined : normalizeForMatch(phrase);
}

/** The clause of a sentence holding an offset (the last clause when none does). */
export function clauseAt(reading: { readonly clauses: readonly Clause[] }, offset: number): Clause {
  return (
    reading.clauses.find((clause) => offset >= clause.start && offset < clause.end) ??
    (reading.clauses.at(-1) as Clause)
  );
}

/**
 * A kanji compound the dictionary tags as a plain noun (名詞-一般) that する, written straight after
 * it, makes a verb (休園し, 閉園する): the tagger knows the word only as a noun, but the sentence uses
 * it as a verbal noun, as it would 休館する (the vfa37 round).
 */
function kanjiNounMadeVerb(token: Token, next: Token | undefined): boolean {
  return (
    token.pos === '名詞' &&
    token.posDetail === '一般' &&
    /^\p{Script=Han}{2,}$/u.test(token.surface) &&
    next !== undefined &&
    next.start === token.end &&
    next.pos === '動詞' &&
    next.posDetail === '自立' &&
    next.baseForm === 'する'
  );
}

/**
 * The copula's continuative after a nominalised clause's topic (出てきたのはN で、…; 決めたのは
 * N で、…): a noun between のは and で followed by a comma is what the clause is, as Nだ would say —
 * the particle で (place, means) cannot close a cleft's predicate, whose のは leaves it no verb.
 */
function continuesCleft(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i + 1]?.surface === 'で' &&
    tokens[i + 2]?.surface === '、' &&
    tokens[i - 1]?.surface === 'は' &&
    tokens[i - 2]?.surface === 'の' &&
    tokens[i - 2]?.pos === '名詞'
  );
}
