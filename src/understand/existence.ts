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
  // Past a quantifier floating before the predicate (作業員が3人いた).
  let before = at - 1;
  while (
    reading.tokens[before]?.pos === '名詞' &&
    /^(?:数|接尾)$/u.test(reading.tokens[before]?.posDetail ?? '')
  )
    before--;
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

/** Whether the verb (or verbal noun + する) at token `at` is in the passive: 見られる, 確認される. */
function isPassive(reading: Pick<SentenceReading, 'tokens'>, at: number): boolean {
  const verb = reading.tokens[at];
  const next = verb?.pos === '名詞' ? reading.tokens[at + 2] : reading.tokens[at + 1];
  if (verb?.pos === '名詞' && reading.tokens[at + 1]?.baseForm !== 'する') return false;
  return next?.pos === '動詞' && next.posDetail === '接尾' && /^(?:れる|られる)$/u.test(next.baseForm);
}
