/**
 * The language of a text from its script mix: kana only occur in Japanese, so any real share of
 * kana means "ja"; Han characters without kana mean Chinese; anything else is taken as English.
 */
export function detectLanguage(text: string): 'ja' | 'zh' | 'en' {
  const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'en';
  // Japanese prose runs at 30–60 % kana; a few katakana loanwords in Chinese text stay far below 5 %.
  if (kana / letters >= 0.05) return 'ja';
  if (han / letters >= 0.3) return 'zh';
  return 'en';
}
