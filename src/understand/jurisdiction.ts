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
  const match = LEVEL.exec(compound);
  if (match === null) return undefined;
  const [, level, body] = match as unknown as [string, string, string];
  if (sourceTexts.some((text) => text.includes(compound))) return undefined;
  for (const other of '国都道府県市区町村') {
    if (other === level) continue;
    const named = `${other}${body}`;
    if (sourceTexts.some((text) => text.includes(named))) return named;
  }
  return undefined;
}
