import { createHash } from 'node:crypto';
import type { Document } from '../../domain/document.ts';
import { splitSentences } from '../../text/split-sentences.ts';

/** One source sentence as the model sees it: a number unique across the build, and its span. */
export interface NumberedSentence {
  no: number;
  sourceId: string;
  start: number;
  end: number;
  text: string;
}

/** A source prepared for prompting: the sentences shown, and those withheld as instructions. */
export interface NumberedSource {
  document: Document;
  /** 1-based position of the source in the build (S1, S2, …). */
  index: number;
  /** The page title as shown inside the fence; undefined when it reads as an instruction. */
  title: string | undefined;
  sentences: NumberedSentence[];
  /** Sentences that address a model instead of a reader: never shown, never citable. */
  withheld: NumberedSentence[];
}

// Text that speaks to a language model rather than to a reader. News may say 指示 or system in
// ordinary sentences, so the patterns need the shape of an injected instruction, not a word.
// They run on the normalised text (see normalizeForDetection): kana spellings of the key words
// are matched as hiragana, Latin look-alikes as Latin.
const INSTRUCTION = [
  /(?:これまで|以前|上記|前|先|今まで)の(?:すべての|全ての|全|ぜんぶの)?(?:指示|しじ|命令|めいれい|プロンプト|ぷろんぷと|ルール|るーる)を(?:無視|むし|忘れ|わすれ|破棄)/u,
  /(?:指示|しじ|命令|めいれい|プロンプト|ぷろんぷと)を(?:すべて|全て)?(?:無視|むし|忘れ|わすれ)(?:して|せよ|しろ|すること|してください)/u,
  /システムプロンプト|開発者モード|プロンプトインジェクション/u,
  // Orders about the output itself (its title, summary, answer), written as commands.
  /(?:見出し|タイトル|要約|出力|回答|返答)(?:は|を|に|では)[^。]{0,40}(?:すること|しなさい|してください|せよ|で始めること|と書け)/u,
  /(?:AI|ＡＩ|人工知能|言語モデル|アシスタント|要約(?:する|を行う)?(?:AI|システム|ツール))(?:への|に対する|は|に|の皆さん)(?:指示|命令|次の|以下)/u,
  /(?:要約|記事|まとめ)(?:を作る|を書く|を生成する)?(?:AI|ＡＩ|モデル)は/u,
  /\bignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts|directions|rules)/iu,
  /\bdisregard (?:all |any |the )?(?:previous|prior|above|earlier) /iu,
  /\b(?:system prompt|developer mode|jailbreak)\b/iu,
  /\byou are (?:now )?(?:an? |the )?(?:AI|assistant|language model|LLM|chatbot)\b/iu,
  /\b(?:AI|LLM|assistant|language model)s?,? (?:must|should|please) (?:write|say|include|output|add|state)\b/iu,
  // Addressed to whoever (or whatever) summarises the page, in English or Japanese.
  /\bnote (?:to|for) (?:the |any )?(?:summari[sz]er|summari[sz]ing|AI|assistant|model|LLM|bot|language model)/iu,
  /\bas an? (?:AI|LLM|assistant|language model|chatbot)(?: model)?,? you (?:must|should|will|are (?:to|required))/iu,
  /\b(?:summari[sz]ers?|summari[sz]ing (?:AI|model|tool|bot)s?|AI (?:summari[sz]ers?|models?|assistants?))\b[^.]{0,60}\b(?:must|should|are (?:to|required to)|need to) (?:write|say|include|state|report|describe|ignore|mention|add)/iu,
  /(?:要約|まとめ|記事)(?:を(?:作る|書く|作成する|生成する))?(?:方|人|者|担当|あなた)?(?:へ|に)(?:の)?(?:注意|お願い|メモ|指示|伝言)/u,
  /(?:これを|この記事を)?(?:読んで|要約して)いる(?:AI|ＡＩ|えーあい|モデル|あなた)(?:は|へ|に)/u,
  /<\/?(?:system|instructions?|prompt|source|assistant|user)\b[^>]*>/iu,
];

// Letters of other scripts that look like Latin ones (Unicode confusables, Cyrillic and Greek to
// Latin only). Applied for detection alone; a general skeleton would also fold kana into kanji
// look-alikes (ロ → 口) and break the Japanese patterns.
const LATIN_LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ѵ: 'v',
  ɡ: 'g',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Һ: 'H',
  Ԛ: 'Q',
  Ԝ: 'W',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'gu');

/**
 * The text as the injection patterns read it: NFKC (full-width letters, half-width kana),
 * invisible characters removed (zero-width, joiners, bidi and other format controls, soft
 * hyphens, variation selectors), Cyrillic and Greek look-alikes as Latin, katakana as hiragana,
 * and runs of spaces as one.
 */
export function normalizeForDetection(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cf}\u115f\u1160\u3164\uffa0]|\u034f|\p{Variation_Selector}/gu, '')
    .replace(LOOKALIKE, (char) => LATIN_LOOKALIKES[char] ?? char)
    .replace(/[\u30a1-\u30f6]/gu, (char) => String.fromCharCode((char.codePointAt(0) ?? 0) - 0x60))
    .replace(/\s+/gu, ' ');
}

/** True when a sentence reads as an instruction to a language model (an injection attempt). */
export function looksLikeInstruction(text: string): boolean {
  const normalized = normalizeForDetection(text);
  // Katakana words in the patterns (プロンプト, ルール) are matched in both spellings.
  return INSTRUCTION.some((pattern) => pattern.test(normalized) || pattern.test(text.normalize('NFKC')));
}

/**
 * Numbers every sentence of every document consecutively (S1's first sentence is 1), so one
 * number names one span in one source. At most `limit` sentences per source are shown; sentences
 * that look like instructions to a model are withheld, so they can neither steer nor be cited.
 */
export function numberSentences(documents: readonly Document[], limit: number): NumberedSource[] {
  let next = 1;
  return documents.map((document, position) => {
    const sentences: NumberedSentence[] = [];
    const withheld: NumberedSentence[] = [];
    for (const span of splitSentences(document.text)) {
      if (span.text.trim().length === 0) continue;
      const sentence = {
        no: next,
        sourceId: document.id,
        start: span.start,
        end: span.end,
        text: span.text,
      };
      next += 1;
      if (looksLikeInstruction(span.text)) withheld.push(sentence);
      else if (sentences.length < limit) sentences.push(sentence);
    }
    // The title is source text too: it goes inside the fence, and not at all if it reads as an order.
    const title = looksLikeInstruction(document.title) ? undefined : document.title;
    return { document, index: position + 1, title, sentences, withheld };
  });
}

/**
 * The fence around source data in a prompt. Its tag carries a digest of all the sources, so no
 * source text can write the closing fence (it would have to contain the digest of itself), and
 * fence characters in source text are replaced before they reach the prompt anyway.
 */
export function fenceFor(sources: readonly NumberedSource[]): string {
  const digest = createHash('sha256');
  for (const source of sources) digest.update(source.document.contentHash);
  return `DATA-${digest.digest('hex').slice(0, 12)}`;
}

/** Source text as it may appear inside the fence: one line, no fence-like brackets. */
export function fenceSafe(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/<{2,}|>{2,}/g, (run) => (run.startsWith('<') ? '＜＜' : '＞＞'))
    .replace(/DATA-[0-9a-f]{6,}/gi, 'DATA-x');
}
