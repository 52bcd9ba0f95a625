import { DisplayTextSchema, removeInvisibleCharacters } from '../domain/article.ts';

/** Whole values that are a program's empty value or an unfilled template printed by a broken CMS. */
const PLACEHOLDER = /^(?:null|undefined|nan|none|nil|\[object object\]|\{\{[^}]*\}\}|\$\{[^}]*\})$/i;

/** True when a whole text is a leaked placeholder ("null", "undefined", "{{title}}"), not page text. */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/**
 * A metadata value fit to show a reader, or undefined: controls and invisible characters removed, whitespace collapsed,
 * trimmed, no longer than `maxLength`, and not a leaked placeholder ("null", "undefined",
 * "{{title}}") as broken CMSs emit. Over-long values are dropped rather than cut: a 500-character
 * "title" is some other text, and the next source in line is a better answer than half of it.
 */
export function cleanMetadataText(value: string | null | undefined, maxLength: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = removeInvisibleCharacters(value)
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[ \u00A0]+/g, ' ')
    .trim();
  if (text.length === 0 || text.length > maxLength || isPlaceholderText(text)) return undefined;
  return DisplayTextSchema.safeParse(text).success ? text : undefined;
}
