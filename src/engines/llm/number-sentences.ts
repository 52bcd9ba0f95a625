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
  sentences: NumberedSentence[];
  /** Sentences that address a model instead of a reader: never shown, never citable. */
  withheld: NumberedSentence[];
}

// Text that speaks to a language model rather than to a reader. News may say 指示 or system in
// ordinary sentences, so the patterns need the shape of an injected instruction, not a word.
const INSTRUCTION = [
  /(?:これまで|以前|上記|前|先|今まで)の(?:すべての|全ての|全)?(?:指示|命令|プロンプト|ルール)を(?:無視|忘れ|破棄)/u,
  /(?:指示|命令|プロンプト)を(?:すべて|全て)?(?:無視|忘れ)(?:して|せよ|しろ|すること|してください)/u,
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
  /<\/?(?:system|instructions?|prompt|source|assistant|user)\b[^>]*>/iu,
];

/** True when a sentence reads as an instruction to a language model (an injection attempt). */
export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION.some((pattern) => pattern.test(text));
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
    return { document, index: position + 1, sentences, withheld };
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
