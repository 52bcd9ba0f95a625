import type { Quantity } from '../../text/quantities.ts';

// Shares (割, %, and fractions: 4分の1) are arithmetic on the figures a sentence gives (claims-dev's labelling rule: "simple
// arithmetic counts"). News writes a share rounded and qualified: 3割余り is a little over 30%, 約8割
// is 75–85%, 2割弱 a little under 20%. A claim's share is backed by a source share inside that range
// (約31% for 3割余り), by the ratio of two figures of one unit in one source sentence (組合員約1850人
// のうち約1500人: 約8割), and a claim's rounded amount by a total times its share (売上高約38億円の約4割:
// 約15億円).

/** A share as a fraction (3割 → 0.3, 31% → 0.31); undefined for a figure of another unit. */
function fractionOf(quantity: Quantity): number | undefined {
  if (quantity.vague) return undefined;
  if (quantity.unit === '割') return quantity.value / 10;
  if (quantity.unit === '%') return quantity.value / 100;
  // 4分の1, 三分の二: a fraction, read as its value with no unit (text/quantities.ts).
  if (isFraction(quantity)) return quantity.value;
  return undefined;
}

/** True when the figure is a fraction written N分のM (4分の1, 三分の二). */
function isFraction(quantity: Quantity): boolean {
  return quantity.unit === '' && /分の/u.test(quantity.text) && quantity.value > 0 && quantity.value <= 1;
}

/** The place of the last digit a figure writes (3 → 1, 3.5 → 0.1, 1850 → 10, 30 → 10). */
function placeOf(value: number): number {
  let place = 1;
  while (!nearly(value / place) && place > 1e-6) place /= 10;
  while (value !== 0 && nearly(value / (place * 10))) place *= 10;
  return place;
}

const nearly = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;

/**
 * The fractions a share stands for, as [low, high]: 余り/超/強 (a little over) up to half its last
 * place above, 弱/足らず (a little under) up to half below, 約 and a bare share within half its last
 * place either way. A percentage's last place is one point (約30% is 29.5–30.5%, not 25–35%); a
 * share in 割 is written to the tenth (8割) or to 分 (3割5分).
 */
function rangeOf(quantity: Quantity): [number, number] | undefined {
  const fraction = fractionOf(quantity);
  if (fraction === undefined) return undefined;
  // A fraction names a ratio of small whole numbers, exact or rounded to it (約4分の1 of 61 in 240):
  // half a percentage point either way as written, a tenth of itself for 約 (4分の1: 22.5–27.5%),
  // a fifth of itself past it for 以上/以下 (3分の2以上: 66.7–80%; more would be the next fraction).
  if (isFraction(quantity)) {
    const spread = quantity.bound !== undefined ? fraction / 5 : quantity.approx ? fraction / 10 : 0.005;
    if (quantity.bound === 'min') return [fraction, fraction + spread];
    if (quantity.bound === 'max') return [fraction - spread, fraction];
    return [fraction - spread, fraction + spread];
  }
  const scale = quantity.unit === '割' ? 10 : 100;
  const place =
    (quantity.unit === '%' ? Math.min(1, placeOf(quantity.value)) : placeOf(quantity.value)) / scale;
  if (quantity.bound === 'min') return [fraction, fraction + place / 2];
  if (quantity.bound === 'max') return [fraction - place / 2, fraction];
  return [fraction - place / 2, fraction + place / 2];
}

const within = (value: number, [low, high]: [number, number]) => value >= low - 1e-9 && value <= high + 1e-9;

/** A figure that counts something (人, 便, 億円): a share, a bare number or a vague one is no base of a ratio. */
const counts = (quantity: Quantity) =>
  quantity.unit !== '' &&
  fractionOf(quantity) === undefined &&
  quantity.unit !== 'ポイント' &&
  !quantity.vague;

/**
 * True when the claim's share (2割余り, 約8割, 31%) is what one source sentence gives: a share of its
 * own inside the claim's range, or the ratio of a figure to the largest of its unit (94便 of 412便) —
 * or, for a share the whole fell by (3分の2減った: `fellIn` is then the source sentence's text), one
 * less the ratio of the level the fall reached to the whole (約90リットルまで of 約320リットル: 72%).
 * The caller gives only the sentences that state the claim's clause (a share of another thing, 平均
 * 18.5%, backs no 約2割 of 給水収益).
 */
export function isShareOf(quantity: Quantity, others: readonly Quantity[], fellIn?: string): boolean {
  const range = rangeOf(quantity);
  if (range === undefined) return false;
  for (const other of others) {
    const fraction = fractionOf(other);
    if (fraction !== undefined && within(fraction, range)) return true;
  }
  // A share is of the whole: the largest figure of its unit in the sentence (412便 of 412便, 318便 and
  // 94便), never of another part (94便 of 318便).
  const figures = others.filter(counts);
  return figures.some((part) => {
    const whole = Math.max(
      ...figures.filter((other) => other.unit === part.unit).map((other) => other.value),
    );
    // A share the whole fell by (3分の2減った) is what is gone of it: the whole less the part left,
    // where the sentence gives that part as the level reached (約90リットルまで, 390便に), not as the
    // amount of the fall (110便減らす).
    return (
      part.value < whole &&
      (within(part.value / whole, range) ||
        (fellIn !== undefined && isLevelReached(part, fellIn) && within(1 - part.value / whole, range)))
    );
  });
}

// What makes a share the amount something fell by (3分の2以上減った, 7割減), not what is left of it
// (3割に減った, 3割まで落ち込んだ): a verb of falling straight after the share, with no に or まで.
const FELL_BY = /^(?:も|ほど|近く|程度|余り)?(?:減|落ち|下が|縮)/u;

/** True when the sentence gives the figure as the level a fall reached (約90リットルまで, 390便に). */
function isLevelReached(part: Quantity, sentence: string): boolean {
  return part.text.endsWith('まで') || /^\s*(?:まで|に|へ)/u.test(sentence.slice(part.end, part.end + 3));
}

/** True when the claim's share is the amount something fell by (3分の2減った). */
export function tellsFallBy(text: string, quantity: Quantity): boolean {
  return FELL_BY.test(text.slice(quantity.end, quantity.end + 6));
}

/**
 * True when the claim's rounded amount (約15億円) is a total of the sentence times a share it gives of
 * that total (約38億円, その約4割: 15.2億円), to the claim's last written place (roundsTo's tolerance).
 */
export function isPartOfTotal(quantity: Quantity, others: readonly Quantity[]): boolean {
  if (!counts(quantity) || !(quantity.approx || quantity.bound !== undefined)) return false;
  const place = placeOf(quantity.value);
  const fits = (value: number) =>
    quantity.bound === 'min'
      ? value >= quantity.value && value < quantity.value + place
      : quantity.bound === 'max'
        ? value <= quantity.value && value > quantity.value - place
        : // A single significant figure (約20億円) says less about its place: 5% of it at most, as roundsTo.
          Math.abs(value - quantity.value) <= Math.min(place / 2, quantity.value * 0.05);
  return others.some(
    (total) =>
      total.unit === quantity.unit &&
      counts(total) &&
      others.some((share) => {
        const fraction = fractionOf(share);
        return fraction !== undefined && fraction < 1 && fits(total.value * fraction);
      }),
  );
}

// A half written as a word (半分を国が負担, 半額, 半数): a share of one half of the sentence's figure.
const HALF = /半分|半額|半数/u;

/**
 * True when the claim's amount is a half or a multiple that the sentence states in words of one of
 * its own figures of the claim's unit: 事業費は約2400万円で、半分を国が負担 (約1200万円), 前年の
 * 3倍の450人 (150人 for the year before, 450人 for this one). The figure must be exact to the
 * claim's written places; a share in 割 or % is isPartOfTotal's.
 */
export function isStatedMultiple(quantity: Quantity, text: string, others: readonly Quantity[]): boolean {
  if (!counts(quantity)) return false;
  const factors = [
    ...(HALF.test(text) ? [0.5] : []),
    ...others.filter((other) => other.unit === '倍' && !other.vague && other.value > 1).map((q) => q.value),
  ];
  const same = (value: number) => Math.abs(value - quantity.value) < 1e-9 * Math.max(1, quantity.value);
  return others.some(
    (figure) =>
      figure.unit === quantity.unit &&
      counts(figure) &&
      factors.some((factor) => same(figure.value * factor) || same(figure.value / factor)),
  );
}
