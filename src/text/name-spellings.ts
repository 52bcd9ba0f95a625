import { romanize } from './romanize.ts';
import type { Tokenizer } from './tokenizer.ts';

/**
 * Every spelling in Latin letters a Japanese name written in kanji may have, by the readings the
 * tokenizer's dictionary gives the name and its parts: the name cut into dictionary words every way
 * it can be (柏 + 沼, or 柏沼 where the dictionary has it), each word in each of its readings (a kanji's
 * on and kun readings, where the dictionary has them as words), the readings put together in every
 * combination. Spellings are in the form latinNameForm gives, so English spellings of one reading
 * (Ōta, Ota, Ohta; Shimbashi, Shinbashi; tsu, tu) compare equal. A name the dictionary cannot cut
 * into words of its own gives none. At most `limit` spellings, the dictionary's first readings first.
 */
export function nameSpellings(surface: string, tokenizer: Tokenizer, limit = 256): string[] {
  const readingsOf = tokenizer.readingsOf;
  if (readingsOf === undefined || surface.length === 0 || surface.length > 8) return [];
  // The readings of the name's first `end` characters, in every cut of them into dictionary words.
  const upTo: string[][] = [[''], ...Array.from({ length: surface.length }, () => [] as string[])];
  for (let end = 1; end <= surface.length; end++) {
    const here = upTo[end] as string[];
    for (let start = end - 1; start >= 0 && here.length < limit; start--) {
      const before = upTo[start] as string[];
      if (before.length === 0) continue;
      const readings = readingsOf.call(tokenizer, surface.slice(start, end));
      for (const head of before)
        for (const reading of readings) {
          const joined = head + reading;
          if (!here.includes(joined) && here.length < limit) here.push(joined);
        }
    }
  }
  const out: string[] = [];
  for (const reading of upTo[surface.length] as string[]) {
    const latin = latinNameForm(romanize(reading));
    if (latin !== '' && !out.includes(latin)) out.push(latin);
  }
  return out;
}

/**
 * A name in Latin letters in one form for every way English-language writing spells its sounds:
 * lower case, macrons and circumflexes dropped (Ōta → ota), a long o written oh, ou or oo and a
 * long u written uu made one letter (Ohta, Outa, Oota → ota), the Kunrei and Nihon-shiki syllables
 * made Hepburn (si → shi, ti → chi, tu → tsu, hu → fu, zi → ji), and the syllabic n written m before
 * b, p or m made n (Shimbashi → shinbashi).
 */
export function latinNameForm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/oh(?![aeiouy])/gu, 'o')
    .replace(/ou|oo/gu, 'o')
    .replace(/uu/gu, 'u')
    .replace(/(?<![sc])hu/gu, 'fu')
    .replace(/(?<!s)si/gu, 'shi')
    .replace(/ti/gu, 'chi')
    .replace(/(?<!t)tu/gu, 'tsu')
    .replace(/zi/gu, 'ji')
    .replace(/m(?=[bpm])/gu, 'n');
}

/** Hepburn with each voiced consonant made voiceless (zawa → sawa, jima → shima, bara → hara): 連濁. */
export function unvoicedLatin(latin: string): string {
  return latin
    .replace(/j/gu, 'sh')
    .replace(/g/gu, 'k')
    .replace(/z/gu, 's')
    .replace(/d/gu, 't')
    .replace(/[bp]/gu, 'h');
}

/** The words of an English text in latinNameForm, and the same voiceless. */
export interface LatinWords {
  words: ReadonlySet<string>;
  unvoiced: ReadonlySet<string>;
}

let lastText: string | undefined;
let lastWords: LatinWords | undefined;

/** latinWords of a text (the last text's kept: one English scope is asked about claim after claim). */
export function latinWords(text: string): LatinWords {
  if (text === lastText && lastWords !== undefined) return lastWords;
  const words = new Set<string>();
  for (const match of text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) words.add(latinNameForm(match[0]));
  lastText = text;
  lastWords = { words, unvoiced: new Set([...words].map(unvoicedLatin)) };
  return lastWords;
}

/**
 * True when some spelling of the kanji name `surface` (nameSpellings) is a word of the English
 * text, as written or with its first sounds voiced the other way (原 hara or bara, 島 shima or jima).
 * Spellings of fewer than three letters are not taken.
 */
export function spelledInEnglish(surface: string, english: LatinWords, tokenizer: Tokenizer): boolean {
  return nameSpellings(surface, tokenizer).some(
    (latin) => latin.length >= 3 && (english.words.has(latin) || english.unvoiced.has(unvoicedLatin(latin))),
  );
}
