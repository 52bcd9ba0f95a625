import { type Finding, pathFinding } from '../../domain/report.ts';
import type { Token } from '../../text/tokenizer.ts';
import { keyOf, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';

// A payment no source mentions: 「市は修理費を負担する」, 「同社は家族に治療費を支払う」, 「漁協への補償を
// 約束した」. Who pays, refunds or compensates is a fact of its own, and a plausible one to add to an
// accident or a damage: a summary that says someone pays where no listed page speaks of any payment,
// cost borne, compensation or refund at all gives a fact the sources do not. The words of paying are
// a closed lexical class (pay, bear a cost, refund, compensate, indemnify, pay for another), in
// Japanese and in English, not a list of things paid for. Only a payment the claim affirms: one it
// denies (支払わない) adds no payment.

/** The claim's words of paying, by dictionary form or as a noun (the verbal nouns and continuatives). */
const PAY_VERB = /^(?:支払う|払う|払い戻す|立て替える)$/u;
const PAY_NOUN = /^(?:支払い?|払い戻し|返金|補償|賠償|損害賠償|弁償|肩代わり|立て替え)$/u;
/** 負担 is a cost borne only with を or する after it (費用を負担する, 一部負担を検討); 負担が大きい is a burden. */
const BURDEN = /^負担$/u;

/**
 * A source word of paying or of what is paid for someone: the same class, a cost (費用, cost), a
 * refund, what is given free or granted (無償, 無料, 助成, 補助, 支給, 見舞金). Any of them anywhere in
 * a listed page lets a claim name the payer in words of its own.
 */
const PAID_JA = /負担|払|補償|賠償|弁償|肩代わり|立て替|返金|無償|無料|助成|補助|支給|給付|見舞金|費用/u;
const PAID_EN =
  /\b(?:pay|pays|paid|paying|payment|payments|compensat\w*|reimburs\w*|refund\w*|cost|costs|fund|funds|funded|funding|subsid\w*|free of charge|waive\w*|expenses?)\b/iu;

/**
 * The first token of the claim outside quotes that `isWord` takes (given the token after it) and that
 * the claim affirms, or undefined. Denied (支払わない, 補償しなかった, 解雇しなかった): the first
 * predicate from the word on (the act itself, or the verb its noun is taken by) is negated.
 */
export function affirmedWord(
  claim: SentenceReading,
  isWord: (token: Token, next: Token | undefined) => boolean,
): Token | undefined {
  const outside = stripQuotes(claim.text, claim.quotes);
  const tokens = claim.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (outside[token.start] === '＊') continue;
    if (!isWord(token, tokens[i + 1])) continue;
    const own = claim.predicates.find((predicate) => predicate.end > token.start);
    if (own?.negated) continue;
    return token;
  }
  return undefined;
}

/** The claim's affirmed word of paying outside quotes, or undefined. */
function paymentWord(claim: SentenceReading): Token | undefined {
  return affirmedWord(claim, (token, next) => {
    const key = keyOf(token);
    return (
      (token.pos === '動詞' && PAY_VERB.test(token.baseForm)) ||
      (token.pos === '名詞' && PAY_NOUN.test(key)) ||
      (token.pos === '名詞' &&
        BURDEN.test(key) &&
        next !== undefined &&
        (next.baseForm === 'する' || (next.pos === '助詞' && next.surface === 'を')))
    );
  });
}

/**
 * A payment (paymentWord) where no sentence of the listed pages, in any language, has a word of
 * paying, cost, refund or compensation (PAID_JA, PAID_EN): the claim adds who pays.
 */
export function checkUnsaidPayment(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.scope.length === 0) return [];
  return unsaidWordFinding(
    alignment,
    path,
    paymentWord(claim),
    (text) => PAID_JA.test(text) || PAID_EN.test(text),
    'payment',
    (word) => `No listed source speaks of any payment, cost or compensation: 「${word}」 adds who pays.`,
  );
}

/**
 * An addition finding for the claim's word of a closed class (`token`, from affirmedWord) where no
 * sentence of the listed pages, in any language, has a word of the class's wider source side (`said`).
 */
export function unsaidWordFinding(
  alignment: Alignment,
  path: string,
  token: Token | undefined,
  said: (text: string) => boolean,
  kind: string,
  message: (word: string) => string,
): Finding[] {
  if (token === undefined) return [];
  if (alignment.scope.some((document) => document.sentences.some((sentence) => said(sentence.text))))
    return [];
  const word = keyOf(token);
  return [pathFinding('support.addition', 'error', path, message(word), word, { kind, text: word })];
}
