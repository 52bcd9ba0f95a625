/**
 * A small closed vocabulary of English news words and the Japanese words news writes for them:
 * common nouns (budget → 予算, fees → 料金), verbs of the news (announce → 発表する, raise →
 * 引き上げる), the modality of English news (will, is scheduled to → 予定; is expected to → 見通し;
 * plans to → 計画) and who says it (officials → 当局). The offline engine writes an English
 * source's facts in Japanese from it (engines/offline/write-english-fact.ts); an English sentence's
 * reading carries the Japanese words it glosses as keys (understand-document.ts), so a Japanese
 * sentence written from it aligns with it word by word. It is a vocabulary, not a translator:
 * what it does not list stays in the source's words.
 */
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
}

/** A modality of English news and the Japanese noun that keeps it (予定, 見通し, 計画). */
export interface ModalityGloss {
  kind: 'modality';
  ja: '予定' | '見通し' | '計画';
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

const noun = (ja: string, counter?: string): NounGloss => ({
  kind: 'noun',
  ja,
  ...(counter === undefined ? {} : { counter }),
});
const suru = (verbalNoun: string, frame: VerbFrame): VerbGloss => ({
  kind: 'verb',
  ja: `${verbalNoun}する`,
  past: `${verbalNoun}した`,
  frame,
  noun: verbalNoun,
});
const verb = (ja: string, past: string, frame: VerbFrame): VerbGloss => ({ kind: 'verb', ja, past, frame });

// Nouns: singular and plural (a trailing s/es is allowed by the matcher). Longer phrases first.
const NOUNS: ReadonlyArray<readonly [string, NounGloss]> = [
  ['school lunch', noun('給食')],
  ['budget bill', noun('予算案')],
  ['draft budget', noun('予算案')],
  ['local government', noun('自治体')],
  ['board of education', noun('教育委員会')],
  ['city assembly', noun('市議会')],
  ['city council', noun('市議会')],
  ['population', noun('人口', '人')],
  ['resident', noun('住民', '人')],
  ['passenger', noun('乗客', '人')],
  ['ridership', noun('利用者数', '人')],
  ['visitor', noun('来場者', '人')],
  ['worker', noun('従業員', '人')],
  ['employee', noun('従業員', '人')],
  ['job', noun('雇用', '人')],
  ['child', noun('子ども', '人')],
  ['children', noun('子ども', '人')],
  ['pupil', noun('児童', '人')],
  ['student', noun('生徒', '人')],
  ['patient', noun('患者', '人')],
  ['household', noun('世帯', '世帯')],
  ['school', noun('学校', '校')],
  ['hospital', noun('病院')],
  ['station', noun('駅', '駅')],
  ['track', noun('線路')],
  ['train', noun('列車', '本')],
  ['railcar', noun('車両', '両')],
  ['railway', noun('鉄道')],
  ['railroad', noun('鉄道')],
  ['plant', noun('工場')],
  ['factory', noun('工場')],
  ['company', noun('会社')],
  ['operator', noun('運営会社')],
  ['government', noun('政府')],
  ['prefecture', noun('県')],
  ['city', noun('市')],
  ['town', noun('町')],
  ['village', noun('村')],
  ['municipality', noun('市町村')],
  ['municipalities', noun('市町村')],
  ['assembly', noun('議会')],
  // A council of local governments or of stakeholders (a standing body that confers): 協議会.
  ['council', noun('協議会')],
  ['budget', noun('予算')],
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
  ['loss', noun('損失')],
  ['losses', noun('損失')],
  ['tax', noun('税')],
  ['plan', noun('計画')],
  ['approval', noun('承認')],
  ['project', noun('事業')],
  ['damage', noun('被害')],
  ['official', noun('当局')],
  ['mayor', noun('市長')],
  ['governor', noun('知事')],
  ['professor', noun('教授')],
  ['minister', noun('大臣')],
];

// Verbs by their base form; the matcher accepts the base, -s, -ing and the listed past.
const VERBS: ReadonlyArray<readonly [string, string, VerbGloss]> = [
  ['announce', 'announced', suru('発表', 'object')],
  ['approve', 'approved', suru('承認', 'object')],
  ['adopt', 'adopted', suru('採用', 'object')],
  ['introduce', 'introduced', suru('導入', 'object')],
  ['build', 'built', suru('建設', 'object')],
  ['construct', 'constructed', suru('建設', 'object')],
  ['invest', 'invested', suru('投資', 'object')],
  ['launch', 'launched', suru('開始', 'object')],
  ['submit', 'submitted', suru('提出', 'object')],
  ['postpone', 'postponed', suru('延期', 'object')],
  ['delay', 'delayed', suru('延期', 'object')],
  ['suspend', 'suspended', suru('停止', 'object')],
  ['resume', 'resumed', suru('再開', 'object')],
  ['hire', 'hired', suru('採用', 'object')],
  // Replacing equipment (railcars, systems, pipes) is 更新 in Japanese news.
  ['replace', 'replaced', suru('更新', 'object')],
  ['close', 'closed', suru('閉鎖', 'object')],
  ['open', 'opened', suru('開業', 'event')],
  ['agree', 'agreed', suru('合意', 'event')],
  ['reduce', 'reduced', suru('削減', 'change')],
  ['cut', 'cut', suru('削減', 'change')],
  ['raise', 'raised', verb('引き上げる', '引き上げた', 'change')],
  // Only as a change of an amount (lift X to N); lifting a ban is not in the vocabulary.
  ['lift', 'lifted', verb('引き上げる', '引き上げた', 'change')],
  ['boost', 'boosted', verb('増やす', '増やした', 'change')],
  ['lower', 'lowered', verb('引き下げる', '引き下げた', 'change')],
  ['rise', 'rose', verb('上がる', '上がった', 'intransitive')],
  ['fall', 'fell', verb('下がる', '下がった', 'intransitive')],
  ['take over', 'took over', verb('引き継ぐ', '引き継いだ', 'object')],
  ['cost', 'cost', verb('かかる', 'かかった', 'amount')],
  ['apply for', 'applied for', suru('申請', 'object')],
  // Covering a cost or a share of it (cover half of the increase): 負担.
  ['cover', 'covered', suru('負担', 'object')],
  ['put to a vote', 'put to a vote', suru('採決', 'object')],
];

const MODALITIES: ReadonlyArray<readonly [RegExp, ModalityGloss]> = [
  [/\b(?:will|(?:is|are)\s+(?:scheduled|set|due)\s+to)\b/giu, { kind: 'modality', ja: '予定' }],
  [
    /\b(?:(?:is|are)\s+(?:expected|projected|forecast|likely)|expects?)\s+to\b/giu,
    { kind: 'modality', ja: '見通し' },
  ],
  [/\b(?:plans?|planned|aims?|intends?)\s+to\b/giu, { kind: 'modality', ja: '計画' }],
];

const ATTRIBUTION: AttributionGloss = { kind: 'attribution', ja: 'によると' };

const asPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');

/** English forms of a verb's base: base, -s/-es, -ing (a final e dropped), and the past. */
function verbForms(base: string, past: string): string[] {
  const [head, ...rest] = base.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const word = head as string;
  const ing = word.endsWith('e') ? `${word.slice(0, -1)}ing` : `${word}ing`;
  const third = /(?:s|sh|ch|x)$/u.test(word) ? `${word}es` : `${word}s`;
  return [...new Set([base, `${third}${tail}`, `${ing}${tail}`, past])].sort((a, b) => b.length - a.length);
}

interface Entry {
  pattern: RegExp;
  gloss: Gloss;
  past?: RegExp;
}

const ENTRIES: readonly Entry[] = [
  ...NOUNS.map(([english, gloss]) => ({
    pattern: new RegExp(`\\b${asPattern(english)}(?:s|es)?\\b`, 'giu'),
    gloss,
  })),
  ...VERBS.map(([base, past, gloss]) => ({
    pattern: new RegExp(`\\b(?:${verbForms(base, past).map(asPattern).join('|')})\\b`, 'giu'),
    gloss,
    past: new RegExp(`^${asPattern(past)}$`, 'iu'),
  })),
  ...MODALITIES.map(([pattern, gloss]) => ({ pattern, gloss })),
  { pattern: /\b(?:according\s+to|said|says|told)\b/giu, gloss: ATTRIBUTION },
];

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
 * The vocabulary's words in an English text, in order: where several overlap, the longest (a
 * phrase: budget bill, take over) wins. `past` is true for a verb written in its past form.
 */
export function findGlosses(text: string): Array<GlossMatch & { past?: boolean }> {
  const found: Array<GlossMatch & { past?: boolean }> = [];
  for (const entry of ENTRIES)
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
  for (const match of text.matchAll(PRESIDENT)) {
    const gloss = presidentGloss(text, match.index, match.index + match[0].length);
    if (gloss !== undefined)
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], gloss });
  }
  // A word that is both a noun and a verb (cost, plan, cut) is the verb after to / will, else the noun.
  const verbal = (item: GlossMatch) =>
    item.gloss.kind === 'verb' &&
    /\b(?:to|will)\s+$/iu.test(text.slice(Math.max(0, item.start - 6), item.start))
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
 * The Japanese content keys an English sentence glosses (料金 for fees, 引き上げる for raise),
 * in the form a Japanese sentence's reading gives them (`keysOf` is the reader's own key function
 * over a Japanese word's tokens).
 */
/**
 * The vocabulary noun a figure counts, when one follows it with only words between (injured 14
 * workers, about 150 nearby residents: 従業員, 住民 with the counter 人). `from` is the figure's end.
 */
export function countedNounAfter(text: string, from: number, to = text.length): NounGloss | undefined {
  const rest = text.slice(from, to);
  const head = findGlosses(rest).find((gloss) => gloss.gloss.kind === 'noun');
  if (head === undefined || !/^[\sa-z-]*$/u.test(rest.slice(0, head.start))) return undefined;
  return head.gloss as NounGloss;
}

export function glossKeys(text: string, keysOf: (japanese: string) => readonly string[]): string[] {
  const keys: string[] = [];
  for (const { gloss } of findGlosses(text)) {
    keys.push(...keysOf(gloss.ja));
    if (gloss.kind === 'verb' && gloss.noun !== undefined) keys.push(...keysOf(gloss.noun));
  }
  return [...new Set(keys)];
}

/** A verb of the vocabulary in an English sentence, as the Japanese predicate it glosses. */
export interface GlossedPredicate {
  /** The Japanese lemma a Japanese sentence's reading gives the verb (導入 for introduce). */
  lemma: string;
  start: number;
  end: number;
  negated: boolean;
}

// English negation of the verb that follows (closed grammar): not, never, no longer, n't, and the
// verbs and phrases of not doing an act — without, fail to, decline to, refuse to, (have) yet to,
// put off, rule out, rather than, instead of — with auxiliaries and an article between (has not
// been approved, put off introducing the measure). Not "not only", which adds.
const NEGATED_BEFORE =
  /(?:\b(?:not(?!\s+only)|never|no\s+longer|without|fail(?:s|ed|ing)?\s+to|declin(?:e|es|ed|ing)\s+to|refus(?:e|es|ed|ing)\s+to|yet\s+to|put(?:s|ting)?\s+off|rul(?:e|es|ed|ing)\s+out|rather\s+than|instead\s+of)|n['’]t)\s+(?:(?:be|been|being|have|has|had|to|yet|the|a|an|its|their|his|her|any|immediately|formally)\s+)*$/iu;

/**
 * The vocabulary's verbs in an English sentence as predicates with their polarity, so a Japanese
 * claim's 導入する is compared with "has put off introducing" as with 導入を見送った. A verb
 * outside the vocabulary gives no predicate: its polarity is left to a person.
 */
export function glossedPredicates(text: string): GlossedPredicate[] {
  return findGlosses(text).flatMap(({ start, end, gloss }) =>
    gloss.kind === 'verb'
      ? [
          {
            lemma: gloss.noun ?? gloss.ja,
            start,
            end,
            negated: NEGATED_BEFORE.test(text.slice(Math.max(0, start - 60), start)),
          },
        ]
      : [],
  );
}
