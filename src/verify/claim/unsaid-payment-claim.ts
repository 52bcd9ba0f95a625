import type { Finding } from '../../domain/report.ts';
import type { Token } from '../../text/tokenizer.ts';
import { keyOf, type SentenceReading } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';
import { affirmedWord, unsaidWordFinding } from './unsaid-payment.ts';

// A claim for payment no source mentions: 「市は修理費を業者に請求する方針だ」, 「町は会社に費用の負担を
// 求める考えだ」, 「客の多くは代金の返金を求めた」. That someone bills another, or asks another to bear a
// cost, compensate or refund, is a fact of its own, and a plausible one to add to a damage or a
// contractor's error; the payment check (unsaid-payment.ts) lets it through wherever a page speaks of
// the cost at all (費用は約800万円), since who asks for it is not a word of paying. A claim that says
// so where no listed page speaks of any claim for payment — a bill (請求), a demand (要求), a
// recourse (求償), a suit (訴え, 提訴), a payment noun as the object of 求める; in English seek, demand,
// claim, bill, sue, ask — adds it. 求める with another object (対応を求めた, 返すよう求めた) is a
// request, not a claim for payment, and does not count on either side. The words are a closed lexical
// class, not a list of things paid for. Only a claim the sentence affirms (請求しない adds none).

/**
 * A sum of money in the claim (円, 費, 料, 金, 額, 賠償): a bill (請求) is of money; 請求 without one is a
 * petition or a request for a record (条例の制定を請求, 開示を請求), not a claim for payment.
 */
const MONEY = /円|費|料|金|額|賠償/u;
/** A payment noun as the object of 求める (負担を求める, 賠償を求めた, 返金を求める). */
const PAYMENT_OBJECT = /^(?:負担|賠償|損害賠償|支払い?|弁償|返還|返金|補償|払い戻し)$/u;
/** The claim's own word of billing: 請求 (請求する, 請求額, 過大請求). */
const BILL = /^請求$/u;

/**
 * A source word of a claim for payment: a bill, a demand, a recourse, a suit, a payment noun right
 * before を求め; in English the verbs of seeking payment and suing, widely (ask, claim, request).
 */
const CLAIMED_JA = /請求|要求|求償|訴え|訴訟|提訴|(?:負担|賠償|支払い?|弁償|返還|返金|補償|払い戻し)を求め/u;
const CLAIMED_EN =
  /\b(?:seek\w*|sought|demand\w*|claim\w*|bill\w*|invoice\w*|charg\w*|sue|sues|sued|suing|lawsuit|ask\w*|request\w*)\b/iu;

/** 求める (any form) right after を after a payment noun: tokens[at] is the noun. */
function objectOfAsking(tokens: readonly Token[], at: number): boolean {
  const particle = tokens[at + 1];
  const verb = tokens[at + 2];
  return (
    particle !== undefined &&
    particle.pos === '助詞' &&
    particle.surface === 'を' &&
    verb !== undefined &&
    verb.pos === '動詞' &&
    verb.baseForm === '求める'
  );
}

/**
 * A claim for payment (請求, or a payment noun as 求める's object; affirmed, outside quotes) where no
 * sentence of the listed pages, in any language, speaks of one (CLAIMED_JA, CLAIMED_EN): the claim adds
 * who is asked to pay.
 */
export function checkUnsaidPaymentClaim(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
): Finding[] {
  if (alignment.scope.length === 0) return [];
  // Cheap test first: neither 請求 nor 求め in the claim's text, nothing to read.
  if (!/請求|求め/u.test(claim.text)) return [];
  const tokens = claim.tokens;
  return unsaidWordFinding(
    alignment,
    path,
    affirmedWord(claim, (token) => {
      if (token.pos !== '名詞') return false;
      const key = keyOf(token);
      if (BILL.test(key)) return MONEY.test(claim.text);
      return PAYMENT_OBJECT.test(key) && objectOfAsking(tokens, tokens.indexOf(token));
    }),
    (text) => CLAIMED_JA.test(text) || CLAIMED_EN.test(text),
    'payment-claim',
    (word) => `No listed source speaks of any claim for payment: 「${word}」 adds who is asked to pay.`,
  );
}
