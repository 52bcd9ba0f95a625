import { stemmer } from 'stemmer';
import { type Edict, loadEdict, plainGloss } from '../text/edict.ts';

/**
 * Whether an English text says a Japanese word by one of the English glosses a general dictionary
 * gives it (EDICT, text/edict.ts), in any inflection: both sides are reduced to their words' stems
 * (the Porter stemmer: cars → car, hospitalized → hospit), less the closed classes that carry no
 * content, and a gloss is found when its stems stand together in the text (屋台 in "three stalls
 * closed", 駐車場 in "the parking lots"). Recall for the verifier's look-up of a claim's word on an
 * English page beyond the closed news vocabulary of english-gloss.ts, which stays the only source
 * of senses, predicates and the writer's words: every sense of the word counts, as the
 * vocabulary's alignment counts every sense of a word its context does not decide.
 */
export function saysInEnglish(word: string, stems: readonly string[], edict: Edict = loadEdict()): boolean {
  return glossStemsOf(word, edict).some((gloss) => containsRun(stems, gloss));
}

/** The stems of an English text's content words in order (what `saysInEnglish` looks in). */
export function englishStems(text: string): string[] {
  return contentWords(text).map((word) => word.stem);
}

// Each sentence's stems, found once per sentence object (so once per build's reading of a page)
// when a check first asks, and shared by every claim that looks in it.
const sentenceStems = new WeakMap<object, readonly string[]>();

/** `englishStems` of a read sentence's text, found once per sentence and kept with it. */
export function stemsOfSentence(sentence: { readonly text: string }): readonly string[] {
  let stems = sentenceStems.get(sentence);
  if (stems === undefined) {
    stems = englishStems(sentence.text);
    sentenceStems.set(sentence, stems);
  }
  return stems;
}

// News English's verbs of saying (english-speaker.ts reads the same class): the attribution, not
// what the sentence tells.
const SAYING_WORDS =
  /\b(?:say|says|said|saying|tell|tells|told|announced?|added|explained|stated|confirmed)\b/giu;
const toldStems = new WeakMap<object, readonly string[]>();

/**
 * The stems of an English sentence's words less its verbs of saying (what it tells, not who tells
 * it), found once per sentence: the attribution check looks a claim's words up in them.
 */
export function toldStemsOfSentence(sentence: { readonly text: string }): readonly string[] {
  let stems = toldStems.get(sentence);
  if (stems === undefined) {
    stems = englishStems(sentence.text.replace(SAYING_WORDS, ' '));
    toldStems.set(sentence, stems);
  }
  return stems;
}

// The closed classes of English grammar that carry no content of their own and are left out on
// both sides: articles and determiners, pronouns, the verbs of being and having, auxiliaries, and a
// dictionary's placeholders (one's, something, someone).
const LEFT_OUT =
  wordSet(`a an the this that these those some any each every such its his her hers their theirs our ours
  your yours my mine i me you he him she it we us they them one ones oneself himself herself itself themselves ourselves
  yourself myself someone somebody something anyone anything one's someone's
  be am is are was were been being have has had having do does did will would shall should can could may might must`);

// Prepositions, particles and conjunctions, also closed classes: kept in place (go out, in charge),
// but a gloss of them alone (after, and) names no word to look for.
const PARTICLES =
  wordSet(`of to in on at by for with from into onto upon about over under after before between among
  through during within without against along across around toward towards than as off out up down away back via per
  and or but nor so yet if because while though although unless whether when where how why then also not no`);

function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/u).filter((word) => word !== ''));
}

/** A text's words in order, less the left-out classes, each with its stem. */
function contentWords(text: string): Array<{ stem: string; particle: boolean }> {
  return (text.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/gu) ?? [])
    .map((word) => word.replace(/['’]s$/u, ''))
    .filter((word) => !LEFT_OUT.has(word) && word.length > 1)
    .map((word) => ({ stem: stemmer(word), particle: PARTICLES.has(word) }));
}

// A gloss of more than three words is a definition ("prevention of damage resulting from a natural
// disaster"), not words a news sentence would use for the thing.
const MAX_GLOSS_WORDS = 3;

const glossCache = new WeakMap<Edict, Map<string, string[][]>>();

/** The stem runs of a word's glosses, every sense, found once per dictionary and word. */
function glossStemsOf(word: string, edict: Edict): string[][] {
  let cache = glossCache.get(edict);
  if (cache === undefined) {
    cache = new Map();
    glossCache.set(edict, cache);
  }
  let runs = cache.get(word);
  if (runs === undefined) {
    const found = new Map<string, string[]>();
    for (const entry of edict.entriesOf(word))
      for (const sense of entry.senses)
        for (const gloss of sense.glosses) {
          const words = contentWords(plainGloss(gloss));
          if (words.length === 0 || words.length > MAX_GLOSS_WORDS || words.every((each) => each.particle))
            continue;
          const stems = words.map((each) => each.stem);
          found.set(stems.join(' '), stems);
        }
    runs = [...found.values()];
    cache.set(word, runs);
  }
  return runs;
}

function containsRun(stems: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= stems.length; i++)
    if (run.every((stem, j) => stems[i + j] === stem)) return true;
  return false;
}

/**
 * Whether the noun an English figure counts — the words right after it, up to the first word of a
 * closed class or a mark (seven freight cars, the …) — is a Japanese noun by one of EDICT's glosses
 * ending at its last word, its head (貨車 for "freight cars", 自転車 for "electric-assist bicycles").
 * `after`: the text from the figure's end.
 */
export function countsInEnglish(word: string, after: string, edict: Edict = loadEdict()): boolean {
  const head = /^\s*((?:[a-z]+(?:-[a-z]+)*\s+){0,3}[a-z]+(?:-[a-z]+)*)/iu.exec(after)?.[1] ?? '';
  const phrase: string[] = [];
  for (const each of head.toLowerCase().split(/[\s-]+/u)) {
    if (LEFT_OUT.has(each) || PARTICLES.has(each)) break;
    phrase.push(stemmer(each));
  }
  if (phrase.length === 0) return false;
  return glossStemsOf(word, edict).some(
    (gloss) =>
      gloss.length <= phrase.length &&
      gloss.every((stem, i) => phrase[phrase.length - gloss.length + i] === stem),
  );
}
