import type { Token } from '../../text/tokenizer.ts';
import { keyOf } from '../../understand/read-sentence.ts';

// The same act in other words (the vsense39 round): a Sino-Japanese compound of two kanji is very
// often an object (or subject) and a verb joined into one word — one kanji from the verb, the
// other from its noun, in either order (verb + object as in Chinese word formation: 休業, 開会; or
// noun + verb). A page writing the compound and a claim writing the noun and its native verb tell
// the same act, though the two share no whole word. The reverse — a claim's compound, a page's
// noun and verb — is read only for what the act is said of (ownerOfCompoundParts, the vfa40 round).

const HAN = /\p{Script=Han}/u;

/** The kanji of a word, in order. */
function kanjiOf(word: string): string[] {
  return [...word].filter((char) => HAN.test(char));
}

/**
 * The kanji a verb may lend a compound: those of its own stem (休 of 休む) and those of the
 * two-kanji nouns Sudachi gives as its synonyms (開 and 始 of 開始 for 始める). Only a verb written
 * with kanji and okurigana counts (a kana verb has no kanji to lend).
 */
function verbKanji(lemma: string, synonymsOf: (word: string) => readonly string[]): Set<string> {
  const out = new Set<string>();
  if (!/^\p{Script=Han}+\p{Script=Hiragana}+$/u.test(lemma)) return out;
  for (const char of kanjiOf(lemma)) out.add(char);
  for (const other of synonymsOf(lemma))
    if (/^\p{Script=Han}{2}$/u.test(other)) for (const char of other) out.add(char);
  return out;
}

/**
 * The kanji a noun may lend a compound: any of a noun written in one to three kanji (業 of 営業 in
 * 開業, 工 of 工事 in 着工: a compound keeps either character of the noun it shortens).
 */
function nounKanji(noun: string): string[] {
  return /^\p{Script=Han}{1,3}$/u.test(noun) ? [...noun] : [];
}

/** A noun written right before を or が and a verb right after it: the noun is the verb's object or subject. */
function nounVerbPairs(tokens: readonly Token[]): Array<{ noun: string; verb: string }> {
  const out: Array<{ noun: string; verb: string }> = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const noun = tokens[i] as Token;
    const particle = tokens[i + 1] as Token;
    const verb = tokens[i + 2] as Token;
    if (noun.pos !== '名詞' || noun.posDetail === '固有名詞' || noun.posDetail === '数') continue;
    if (particle.pos !== '助詞' || (particle.surface !== 'を' && particle.surface !== 'が')) continue;
    if (verb.pos !== '動詞') continue;
    out.push({ noun: keyOf(noun), verb: keyOf(verb) });
  }
  return out;
}

// Nouns of time a compound may be written against and still be the act (休業中, 休業明け, 開業以来).
const TIME_AFTER = /^(?:中|明け|後|前|時|以降|以来)$/u;

/**
 * True when the tokens hold `word` as a word of its own: not the head of a longer noun (配水 of 配水管
 * names a water main, not water handed out), though a noun of time may follow it (休業中).
 */
export function standsAlone(tokens: readonly Token[], word: string): boolean {
  return tokens.some((token, i) => {
    if (keyOf(token) !== word) return false;
    const next = tokens[i + 1];
    return (
      next === undefined ||
      next.pos !== '名詞' ||
      next.posDetail === '副詞可能' ||
      (next.posDetail === '接尾' && TIME_AFTER.test(next.surface))
    );
  });
}

/**
 * The compounds of two kanji that the sources hold as words of their own (`hasWord`: standsAlone) and that tell a noun + verb
 * of the claim (営業を休む: 休業; 工事を始める: 着工, through Sudachi's 着手 for 始める), by the claim's
 * noun and by its verb. A compound counts only when one of its kanji is the noun's and the other one
 * the verb lends.
 */
export function compoundsOfPhrases(
  claimTokens: readonly Token[],
  hasWord: (word: string) => boolean,
  synonymsOf: (word: string) => readonly string[],
): { nouns: Map<string, string[]>; verbs: Map<string, string[]> } {
  const nouns = new Map<string, string[]>();
  const verbs = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, compound: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(compound)) list.push(compound);
    map.set(key, list);
  };
  for (const { noun, verb } of nounVerbPairs(claimTokens)) {
    const fromNoun = nounKanji(noun);
    for (const char of verbKanji(verb, synonymsOf))
      for (const head of fromNoun) {
        if (char === head) continue;
        for (const compound of [`${char}${head}`, `${head}${char}`]) {
          if (compound === noun || !hasWord(compound)) continue;
          add(nouns, noun, compound);
          add(verbs, verb, compound);
        }
      }
  }
  return { nouns, verbs };
}

/**
 * The noun a page's noun + verb says a claim's two-kanji compound of, where the page splits the
 * compound into its parts (the vfa40 round): 右腕の骨を折った tells 右腕を骨折した — the verb at
 * `index` lends one kanji of the compound (折 of 折る, 折れる), the noun it takes with を or が right
 * before it is the compound's other kanji (骨), and the noun that owns that noun through の (右腕の骨)
 * is what the compound is said of. Only that adjacent run — owner, の, part, を or が, verb — is read;
 * anything else gives nothing.
 */
export function ownerOfCompoundParts(
  tokens: readonly Token[],
  index: number,
  compound: string,
): string | undefined {
  if (!/^\p{Script=Han}{2}$/u.test(compound)) return undefined;
  const verb = tokens[index];
  const particle = tokens[index - 1];
  const part = tokens[index - 2];
  const of = tokens[index - 3];
  const owner = tokens[index - 4];
  if (
    verb?.pos !== '動詞' ||
    particle?.pos !== '助詞' ||
    (particle.surface !== 'を' && particle.surface !== 'が')
  )
    return undefined;
  if (part?.pos !== '名詞' || of?.surface !== 'の' || of.pos !== '助詞' || owner?.pos !== '名詞')
    return undefined;
  const verbChars = kanjiOf(keyOf(verb));
  const partKey = keyOf(part);
  const splits = [...compound].some(
    (char, i) => verbChars.includes(char) && partKey === compound[1 - i] && !verbChars.includes(partKey),
  );
  return splits && owner.posDetail !== '数' && owner.posDetail !== '非自立' ? keyOf(owner) : undefined;
}
