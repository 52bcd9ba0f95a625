/**
 * A small closed vocabulary of English news words and the Japanese words news writes for them:
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
  /** The particle a `with Y` complement takes (replace X with Y → XをYに置き換える). */
  withParticle?: string;
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
  ['hospital', noun('病院')],
  ['railcar', noun('車両', '両')],
  ['railway', noun('鉄道')],
  ['railroad', noun('鉄道')],
  ['factory', noun('工場')],
  ['team', noun('チーム')],
  ['company', noun('会社')],
  ['operator', noun('運営会社')],
  ['government', noun('政府')],
  ['prefecture', noun('県')],
  ['city', noun('市')],
  ['town', noun('町')],
  ['village', noun('村')],
  ['municipality', noun('市町村')],
  ['municipalities', noun('市町村')],
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
  ['agree', 'agreed', suru('合意', 'event')],
  ['boost', 'boosted', verb('増やす', '増やした', 'change')],
  ['lower', 'lowered', verb('引き下げる', '引き下げた', 'change')],
  ['rise', 'rose', verb('上がる', '上がった', 'intransitive')],
  ['cost', 'cost', verb('かかる', 'かかった', 'amount')],
  ['apply for', 'applied for', suru('申請', 'object')],
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
}

const RAIL = /\b(?:rail\w*|trains?|lines?|shinkansen|subway|metro|platforms?|passengers?)\b/iu;
const AMOUNT_NOUN =
  /\b(?:prices?|fares?|fees?|rates?|tax(?:es)?|tariffs?|charges?|premiums?|wages?|salar(?:y|ies)|pay|rents?|costs?)\b/iu;
const DURATION = /\b(?:time|times|hours?|minutes?|days?|waits?|waiting)\b/iu;
const FACILITY =
  /\b(?:schools?|plants?|factor(?:y|ies)|stations?|stores?|shops?|branch(?:es)?|hospitals?|clinics?|lines?|offices?|mines?|roads?|bridges?|airports?|museums?|facilit(?:y|ies)|routes?|hotels?|restaurants?|malls?)\b/iu;

const nounForms = (word: string) => new RegExp(`\\b${word}(?:s|es)?\\b`, 'giu');
const verbEntry = (base: string, past: string) => ({
  pattern: new RegExp(`\\b(?:${verbForms(base, past).map(asPattern).join('|')})\\b`, 'giu'),
  past: new RegExp(`^${asPattern(past)}$`, 'iu'),
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
        gloss: noun('工場'),
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
          /\b(?:compan(?:y|ies)|firm|plant|factor(?:y|ies)|employer|operator|maker|manufacturer)s?\b/iu,
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
        gloss: { ...verb('置き換える', '置き換えた', 'object'), withParticle: 'に' },
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
    // What opens names the word: a station or a shop 開業, a school 開校, a hospital 開院, a museum 開館.
    ...verbEntry('open', 'opened'),
    kind: 'verb',
    cues: [
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
      { sentence: /./u, gloss: verb('下がる', '下がった', 'intransitive') },
    ],
  },
];

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
const CLAUSE_END = /[,;.:!?]/u;
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
  const subject = text.slice(0, start).split(CLAUSE_END).at(-1) ?? '';
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
  for (const entry of SENSES)
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
 * The glosses a Japanese sentence is aligned with (the verifier's keys, predicates and counters):
 * findGlosses, and for a word of several senses whose context decides none (or names a use the
 * vocabulary has no word for), every sense it lists — recall for alignment, never a word the
 * writer uses (the writer reads findGlosses and undecidedSenses).
 */
function alignmentGlosses(text: string, context: GlossContext = {}): Array<GlossMatch & { past?: boolean }> {
  const found = findGlosses(text, context);
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
  const head = alignmentGlosses(rest, { ...context, sentence: context.sentence ?? text }).find(
    (gloss) => gloss.gloss.kind === 'noun',
  );
  if (head === undefined || !/^[\sa-z-]*$/u.test(rest.slice(0, head.start))) return undefined;
  return head.gloss as NounGloss;
}

export function glossKeys(
  text: string,
  keysOf: (japanese: string) => readonly string[],
  context: GlossContext = {},
): string[] {
  const keys: string[] = [];
  for (const { gloss } of alignmentGlosses(text, context)) {
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
  return alignmentGlosses(text).flatMap(({ start, end, gloss }) =>
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
