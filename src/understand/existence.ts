import { normalizeForMatch } from '../text/normalize.ts';
import type { Predicate, SentenceReading } from './read-sentence.ts';

// Verbs that say a thing came to be (けが人が出た, 被害が発生した, 事故が起きた): their subject
// exists afterwards, as that of ある does.
export const OCCURRENCE = new Set(['出る', '発生', '生じる', '起きる', '起こる', 'ある']);

// Verbs of being found or seen (被害は確認されていない, 異常は見つからなかった, はがれが見られた):
// news's way of saying a thing is there, or that none is known. 見る, 認める and 確認 say it only in
// the passive (見られる, 認められる, 確認される); 見つかる and 見当たる are intransitive.
const FOUND = new Set(['見つかる', '見当たる']);
const FOUND_IN_PASSIVE = new Set(['見る', '認める', '確認']);

/**
 * The noun whose existence a predicate states, affirmed or denied with the predicate's polarity:
 * its subject marked with が, は or も right before it (or before a floating quantifier), when the predicate is one of existence (ある,
 * ない, いる, おる), of coming to be (OCCURRENCE) or of being found (FOUND, FOUND_IN_PASSIVE). An
 * agent's act of finding (市は安全を確認した) states no existence.
 */
export function existentOf(
  reading: Pick<SentenceReading, 'tokens'>,
  predicate: Pick<Predicate, 'lemma' | 'kind' | 'start'>,
): string | undefined {
  const at = reading.tokens.findIndex((token) => token.start === predicate.start);
  const before = subjectParticleAt(reading, at);
  const particle = reading.tokens[before];
  const noun = reading.tokens[before - 1];
  if (particle === undefined || noun === undefined || !/^[はがも]$/u.test(particle.surface)) return undefined;
  if (particle.pos !== '助詞' || noun.pos !== '名詞' || noun.posDetail === '非自立') return undefined;
  const states =
    predicate.kind === 'existence' ||
    OCCURRENCE.has(predicate.lemma) ||
    FOUND.has(predicate.lemma) ||
    (FOUND_IN_PASSIVE.has(predicate.lemma) && isPassive(reading, at));
  if (!states) return undefined;
  // A suffix names the thing with the noun before it (作業員, 住民ら).
  const stem = reading.tokens[before - 2];
  const written =
    noun.posDetail === '接尾' && stem?.pos === '名詞' ? stem.surface + noun.surface : noun.surface;
  return normalizeForMatch(written);
}

/** The index of the particle marking the subject of the predicate at token `at`, past a quantifier floating before the predicate (作業員が3人いた). */
function subjectParticleAt(reading: Pick<SentenceReading, 'tokens'>, at: number): number {
  let before = at - 1;
  // A count with も before a denial (苦情は一件もなかった, 客は一人もいない, 一度もない): "not even
  // one", floating as any quantifier does; the subject is the noun before it.
  // Only a number with its counter (一件, 1台, 何人): a noun with a suffix (可能性もある, 燃料代も
  // 出ない) is the subject itself, marked with も.
  const also = reading.tokens[before];
  const counter = reading.tokens[before - 1];
  const number = counter?.posDetail === '接尾' ? reading.tokens[before - 2] : counter;
  const none =
    also?.surface === 'も' && also.pos === '助詞' && number?.pos === '名詞' && number.posDetail === '数';
  if (none) before--;
  while (
    reading.tokens[before]?.pos === '名詞' &&
    /^(?:数|接尾)$/u.test(reading.tokens[before]?.posDetail ?? '')
  )
    before--;
  // A comma after the subject's は before such a count (欠航は、1便も出なかった).
  if (none && reading.tokens[before]?.surface === '、' && reading.tokens[before - 1]?.pos === '助詞')
    before--;
  return before;
}

/** Where the subject noun of an existence predicate ends in the sentence (see existentOf). */
export function existentEnd(
  reading: Pick<SentenceReading, 'tokens'>,
  predicate: Pick<Predicate, 'lemma' | 'kind' | 'start'>,
): number | undefined {
  if (existentOf(reading, predicate) === undefined) return undefined;
  const at = reading.tokens.findIndex((token) => token.start === predicate.start);
  return reading.tokens[subjectParticleAt(reading, at) - 1]?.end;
}

/** Whether the verb (or verbal noun + する) at token `at` is in the passive: 見られる, 確認される. */
function isPassive(reading: Pick<SentenceReading, 'tokens'>, at: number): boolean {
  const verb = reading.tokens[at];
  const next = verb?.pos === '名詞' ? reading.tokens[at + 2] : reading.tokens[at + 1];
  if (verb?.pos === '名詞' && reading.tokens[at + 1]?.baseForm !== 'する') return false;
  return next?.pos === '動詞' && next.posDetail === '接尾' && /^(?:れる|られる)$/u.test(next.baseForm);
}

// Bodily harm, a class news names by its kinds (軽傷, 重体, やけど, 骨折) as often as by its own
// noun (けが, 負傷): the language's words for an injury to a person.
const INJURY = /けが|怪我|負傷|軽傷|重傷|重体|やけど|火傷|骨折|打撲/gu;

// What a source says after a word of harm to say there was none of it (けが人はいなかった,
// けがはなく, けが人の情報はない, けが人なし).
const NONE_AFTER =
  /^(?:人|者)?(?:の情報)?(?:は|も|が)?(?:なし|無し|ゼロ|なく|ない|なかった|いない|いなかった|おらず|いません|ありません|出ていない|出なかった|出ず|確認されていない|確認されなかった|入っていない)/u;

/** Whether a sentence says someone was injured: a word of bodily harm not followed by its denial. */
export function affirmsInjury(text: string): boolean {
  for (const match of text.matchAll(INJURY))
    if (!NONE_AFTER.test(text.slice((match.index ?? 0) + match[0].length))) return true;
  return false;
}

// An injury of a degree, written as one word or as the adjective and けが: 軽傷 is a 軽いけが, 重傷 a
// 重いけが or 大けが.
// A Map, not an object: a claim's word is looked up, and `constructor` or `__proto__` must find nothing.
const INJURY_OF_DEGREE: ReadonlyMap<string, readonly string[]> = new Map([
  ['軽傷', ['軽いけが', '軽い怪我', '軽いケガ']],
  ['重傷', ['重いけが', '重い怪我', '重いケガ', '大けが', '大怪我', '大ケガ']],
]);
// 負う with an injury as its object (軽傷を負った, やけどを負う): the light verb of being hurt.
const SUFFERS_INJURY = /(けが|怪我|ケガ|負傷|軽傷|重傷|やけど|火傷|骨折|打撲)を負/u;
const INJURY_FORMS: readonly (readonly string[])[] = [
  ['けが', '怪我', 'ケガ', '負傷'],
  ['やけど', '火傷'],
];

// The other way: a claim that says the degree with the adjective (軽いけが, 重いけがを負った) or as
// the injury's predicate (けがは軽い, けがの程度は重かった) says what the source's one word (軽傷,
// 重傷) says — a Sino-Japanese compound of the degree's kanji and 傷 — so each of the phrase's words,
// the adjective and the injury noun, is said by it. 大けが is a 重傷. Only inside the phrase: 重い alone
// (重い荷物) and けが alone (a claim of any injury against a page's 重傷者はいない) stay their own words.
const INJURY_NOUN = '(?:けが|怪我|ケガ)';
const DEGREE_PHRASE: readonly (readonly [string, string, RegExp])[] = [
  [
    '軽い',
    '軽傷',
    new RegExp(`軽い${INJURY_NOUN}|${INJURY_NOUN}(?:の程度)?[はがも][^、。]{0,4}?軽(?:い|かっ|く)`, 'u'),
  ],
  [
    '重い',
    '重傷',
    new RegExp(`重い${INJURY_NOUN}|${INJURY_NOUN}(?:の程度)?[はがも][^、。]{0,4}?重(?:い|かっ|く)`, 'u'),
  ],
  ['大けが', '重傷', /大(?:けが|怪我|ケガ)/u],
];

/**
 * The one word of a degree of injury (軽傷, 重傷) that a claim's `key` is part of, where the claim
 * says the degree as a phrase of an adjective and an injury noun; undefined for any other key.
 */
function injuryDegreeCompound(text: string, key: string): readonly string[] | undefined {
  const isNoun = /^(?:けが|怪我|ケガ|大けが|大怪我|大ケガ)$/u.test(key);
  const forms = DEGREE_PHRASE.filter(
    ([adjective, , phrase]) => (key === adjective || isNoun) && phrase.test(text),
  ).map(([, compound]) => compound);
  return forms.length === 0 ? undefined : [...new Set(forms)];
}

/**
 * The words a source may use for a claim's word of injury (`key`, in the claim `text`): 軽傷 and 重傷
 * in their adjective forms; and 負う, where the claim says it of an injury (軽傷を負った), as that
 * injury in any of its forms — 軽いけがをした says 軽傷を負った, as 負傷した says けがを負った — for the
 * light verb adds nothing to the noun. Empty for every other word.
 */
export function injuryParaphrases(text: string, key: string): readonly string[] {
  const degree = INJURY_OF_DEGREE.get(key);
  if (degree !== undefined) return degree;
  const compound = injuryDegreeCompound(text, key);
  if (compound !== undefined) return compound;
  const injury = key === '負う' ? SUFFERS_INJURY.exec(text)?.[1] : undefined;
  if (injury === undefined) return [];
  const forms = INJURY_OF_DEGREE.get(injury) ?? INJURY_FORMS.find((group) => group.includes(injury)) ?? [];
  return [...new Set([injury, ...forms])];
}

/**
 * The words a source may use for the injured as a class (けが人, 負傷者): the injury in any of its
 * forms, for those the sources say were hurt (9人がけがをした: けが人は9人). Empty for every other word.
 */
export function injuredClassForms(key: string): readonly string[] {
  return /^(?:けが|怪我|ケガ|負傷)(?:人|者)$/u.test(key) ? (INJURY_FORMS[0] ?? []) : [];
}

/**
 * Whether the noun phrase ending at `end` names the injured as a class: けが, けが人, 負傷者, or
 * a person who suffered a harm (けがをした人, やけどを負った乗客).
 */
export function namesInjured(text: string, end: number): boolean {
  const phrase = text.slice(0, end);
  return (
    /(?:けが|怪我|負傷)(?:人|者)?$/u.test(phrase) ||
    /(?:けが|怪我|やけど|火傷)を(?:し|負っ)た[^ぁ-んを、]{1,4}$|負傷した[^ぁ-んを、]{1,4}$/u.test(phrase)
  );
}

// The injured as a class, in the words a source says there were none of (けがはなかった, けが人は
// いなかった, 負傷者は出ていない).
const INJURED_CLASS = ['けが', '怪我', 'ケガ', '負傷', 'けが人', '怪我人', 'ケガ人', '負傷者'];

/**
 * The words a source may use for the thing whose existence a predicate states, where that thing is
 * the injured as a class (existentOf's noun named by namesInjured: けが人, or a person who suffered a
 * harm, けがをした人, やけどを負った乗客): a claim that there was someone hurt (けがをした人がいた)
 * says of the injured what 観客にけがはなかった denies. Empty for every other existent.
 */
export function injuredExistents(
  reading: Pick<SentenceReading, 'tokens' | 'text'>,
  predicate: Pick<Predicate, 'lemma' | 'kind' | 'start'>,
): readonly string[] {
  const end = existentEnd(reading, predicate);
  if (end === undefined) return [];
  // The noun itself may be written in kana (子ども), which namesInjured's short noun leaves out.
  const noun = reading.tokens.find((token) => token.end === end);
  const hurt =
    namesInjured(reading.text, end) ||
    (noun !== undefined && SUFFERED_HARM.test(reading.text.slice(0, noun.start)));
  return hurt ? INJURED_CLASS : [];
}

// A relative clause of harm suffered, right before the noun it heads (けがをした|子ども).
const SUFFERED_HARM = /(?:(?:けが|怪我|ケガ|やけど|火傷)を(?:し|負っ)た|負傷した)$/u;
