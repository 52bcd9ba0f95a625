import type { Fact } from '../../domain/article.ts';
import { stancedFact } from '../article-parts.ts';

// A quoted Japanese line with its attribution said around the quotation: only what was said stays
// in 「」 (Fact.quote), who said it and the act of saying are the article's words. The words around
// the quotation are the source sentence's own (the verifier's quote.frame check holds them to
// it): nothing is added but という after 〜によると、, nothing left out but the source's closing
// という / とのことだ — a hedge (〜恐れがある) or a negation stays inside the quotation.

/** The act of saying that closes an attributed remark: 述べた, 説明した, 話している, 明らかにしました … */
const SAYING =
  '(?:述べ|説明し|話し|語っ|強調し|明らかにし|コメントし|訴え|答え|指摘し)(?:た|ている|ていた|ました|ています)';
/**
 * The act that closes a remark the source itself puts in 「」 (its exact words): SAYING, and also a
 * broadcaster's 話していました, an apology or an admission (陳謝した, 謝罪した, 認めた), a statement
 * issued (コメントを出した), news narration's present (話す, 語る), each optionally reported again
 * (話しているという). Not for a remark the source does not bracket (UNBRACKETED): there an
 * admission or an apology is often the reporter's paraphrase, not the speaker's words.
 */
const SAYING_BRACKETED = `(?:(?:${[
  '述べ',
  '説明し',
  '話し',
  '語っ',
  '強調し',
  '明らかにし',
  'コメントし',
  'コメントを出し',
  '訴え',
  '答え',
  '指摘し',
  '認め',
  '陳謝し',
  '謝罪し',
].join('|')})(?:た|ている|ていた|ました|ています|ていました)|話す|語る)(?:という|ということです)?`;
// 〜によると、X(という)。: the source named at the head, what it says after it.
const ACCORDING_TO =
  /^([^、。「」『』]{1,24}?によると、)([^「」『』]+?)(?:という|とのことだ|とのことです|ということだ|ということです)?。$/u;
// A(は…、)「X」と(、)B(は)述べた。: the remark already in 「」, its speaker and act around it.
const bracketedBy = (acts: string) =>
  new RegExp(`^([^「」『』。]{0,30}?)「([^「」『』]+)」(と、?[^「」『』。]{0,30}?${acts})。$`, 'u');
const BRACKETED = bracketedBy(SAYING);
// The same, closed by any act of SAYING_BRACKETED.
const BRACKETED_ANY_ACT = bracketedBy(SAYING_BRACKETED);
// Aは、Xと述べた。: the speaker at the head (a topic set off by 、), the remark up to the last と.
const UNBRACKETED = new RegExp(`^([^、。「」『』]{1,20}は、)([^「」『』]+)(と${SAYING})。$`, 'u');

// Someone named as saying it: a topic or subject after a name or title (社長は, 市が, 浅葉さんは), not
// a topic of what is said (理由については, 会見では).
const NAMED_SPEAKER = /(?:[\p{Script=Han}\p{Script=Katakana}ー々A-Za-z）)]|さん|ら)[はが]/u;
// A 同- word (同社, 同署) stands for a name the sentence before gives: as the article's own words
// it would name no one.
const REFERS_BACK = /^同[\p{Script=Han}]/u;

/** Words of a remark shorter than this stay quoted whole: the frame would outweigh them. */
const MIN_QUOTED_CHARS = 10;

/**
 * A quoted Japanese line (a verbatim fact of one source sentence) with its attribution in the
 * article's words around the quotation, where the sentence's attribution is separable:
 * 〜によると、X。 → 〜によると、「X」という。; 〜は「X」と述べた。 and 〜は、Xと説明した。 → the remark
 * alone in 「」. Undefined for any other sentence, an English one, or words under MIN_QUOTED_CHARS.
 * The evidence stays the whole sentence: the frame rests on it as much as the quotation does.
 * `anyAct` also reads a bracketed remark closed by any act of SAYING_BRACKETED (話していました,
 * 陳謝した, 認めた, コメントを出した, 話す …): the engine asks it only once its draft is chosen, so the
 * wider reading lowers shares without moving which draft underBar keeps.
 */
export function attributedQuote(fact: Fact, anyAct = false): Fact | undefined {
  if (!fact.verbatim || !/\p{Script=Hiragana}/u.test(fact.text)) return undefined;
  const text = /[。]$/u.test(fact.text) ? fact.text : `${fact.text}。`;
  const parts = framed(text, anyAct);
  if (parts === undefined || [...parts.words].length < MIN_QUOTED_CHARS) return undefined;
  const written = `${parts.before}「${parts.words}」${parts.after}`;
  const start = parts.before.length + 1;
  return {
    ...stancedFact(written, fact.evidence, false),
    ...(fact.speaker === undefined ? {} : { speaker: fact.speaker }),
    modality: fact.modality === 'hedged' ? 'hedged' : 'reported',
    quote: { start, end: start + parts.words.length },
  };
}

function framed(text: string, anyAct: boolean): { before: string; words: string; after: string } | undefined {
  if (REFERS_BACK.test(text)) return undefined;
  const according = ACCORDING_TO.exec(text);
  if (according !== null) return { before: according[1] ?? '', words: according[2] ?? '', after: 'という。' };
  const bracketed = (anyAct ? BRACKETED_ANY_ACT : BRACKETED).exec(text) ?? UNBRACKETED.exec(text);
  if (bracketed === null) return undefined;
  const [, before = '', words = '', after = ''] = bracketed;
  // Someone is named as saying it, before the remark or after its と.
  if (!NAMED_SPEAKER.test(before) && !NAMED_SPEAKER.test(after)) return undefined;
  return { before, words, after: `${after}。` };
}
