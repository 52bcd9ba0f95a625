import type { Quantity } from '../../text/quantities.ts';

// Shares (割, %) are arithmetic on the figures a sentence gives (claims-dev's labelling rule: "simple
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
  return undefined;
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
 * own inside the claim's range, or the ratio of a figure to the largest of its unit (94便 of 412便).
 * The caller gives only the sentences that state the claim's clause (a share of another thing, 平均
 * 18.5%, backs no 約2割 of 給水収益).
 */
export function isShareOf(quantity: Quantity, others: readonly Quantity[]): boolean {
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
    return part.value < whole && within(part.value / whole, range);
  });
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
