import { isAbbreviationOf } from './coreference.ts';

/**
 * The level of government a public body belongs to, as Japanese news shortens it: a bare 県, 市,
 * 町, 村, 区, 国, 都, 府 or 道 before the body's name (県教委, 市選挙管理委員会, 町議会). A claim that
 * names the body with another level than the sources (県選挙管理委員会 where the page says
 * 市選挙管理委員会) names another body.
 */
const LEVEL = /^([国都道府県市区町村])(\p{Script=Han}{2,})$/u;

/**
 * The body the sources name with another level of government than `compound` (a noun compound
 * of the claim, NFKC), when the sources never write `compound` itself; undefined otherwise.
 */
export function otherLevelBody(compound: string, sourceTexts: readonly string[]): string | undefined {
  const court = otherCourt(compound, sourceTexts);
  if (court !== undefined) return court;
  const match = LEVEL.exec(compound);
  if (match === null) return undefined;
  const [, level, body] = match as unknown as [string, string, string];
  if (sourceTexts.some((text) => text.includes(compound))) return undefined;
  // A 略称 of a body of the same level the sources name in full (県選管 for 県選挙管理委員会) is that body.
  if (namesInFull(compound, level, sourceTexts)) return undefined;
  for (const other of '国都道府県市区町村') {
    if (other === level) continue;
    const named = `${other}${body}`;
    if (sourceTexts.some((text) => text.includes(named))) return named;
  }
  return undefined;
}

/**
 * True when a source writes, after the same level, a longer name the compound abbreviates: a
 * kanji run starting with the level of which some prefix keeps the compound's characters in order
 * (isAbbreviationOf).
 */
function namesInFull(compound: string, level: string, sourceTexts: readonly string[]): boolean {
  const run = new RegExp(`${level}\\p{Script=Han}{2,24}`, 'gu');
  return sourceTexts.some((text) =>
    [...text.matchAll(run)].some((match) => {
      const chars = [...match[0]];
      for (let n = chars.length; n > [...compound].length + 1; n--)
        if (isAbbreviationOf(compound, chars.slice(0, n).join(''))) return true;
      return false;
    }),
  );
}

/**
 * Courts and prosecutors' offices are named by place and instance (青葉地裁, 青葉高裁, 最高裁;
 * 地検, 高検): the instances of the Japanese court system, a closed class, short and long forms.
 * The same place with another instance is another court.
 */
const INSTANCES: ReadonlyArray<ReadonlyArray<readonly string[]>> = [
  [
    ['地裁', '地方裁判所'],
    ['高裁', '高等裁判所'],
    ['家裁', '家庭裁判所'],
    ['簡裁', '簡易裁判所'],
  ],
  [
    ['地検', '地方検察庁'],
    ['高検', '高等検察庁'],
  ],
];
const INSTANCE = new RegExp(`^(\\p{Script=Han}{1,6}?)(${INSTANCES.flat(2).join('|')})$`, 'u');

function otherCourt(compound: string, sourceTexts: readonly string[]): string | undefined {
  const match = INSTANCE.exec(compound);
  if (match === null) return undefined;
  const [, place, instance] = match as unknown as [string, string, string];
  const kind = INSTANCES.find((instances) => instances.some((forms) => forms.includes(instance))) ?? [];
  const mine = kind.find((forms) => forms.includes(instance)) ?? [];
  const named = (form: string) => sourceTexts.some((text) => text.includes(`${place}${form}`));
  if (mine.some(named)) return undefined;
  for (const forms of kind) {
    const other = forms.find(named);
    if (forms !== mine && other !== undefined) return `${place}${other}`;
  }
  return undefined;
}
