/**
 * Voice lines of the offline engine: reactions and questions that carry no facts (no numbers,
 * dates or claims). `{topic}` is the section's topic phrase, taken from its own source, so a line
 * is about the section without adding to what the source says.
 */
export const VOICE_LINES = {
  comment: [
    'まずは{topic}をめぐる事実関係から押さえましょう。',
    '{topic}について、記事が伝える要点を整理します。',
    '{topic}の動きを、順を追って見ていきます。',
    '{topic}について、数字と日付に注目して読んでみましょう。',
    '{topic}をめぐって何が決まり、何が残っているのかを確認します。',
  ],
  explainerOpening: [
    '{topic}について、記事の中身を詳しく見ていきましょう。',
    '{topic}の経緯を、記事に沿って説明します。',
    'ここからは{topic}の詳細です。',
    '{topic}をめぐる背景も見ておきましょう。',
    '{topic}について、押さえておきたい点があります。',
  ],
  readerQuestion: [
    '{topic}は、具体的にどう変わるのでしょうか。',
    '{topic}について、もう少し詳しく知りたいです。',
    '{topic}には、どんな背景があるのですか。',
    '{topic}で、影響を受けるのは誰なのでしょうか。',
    '{topic}は、どこまで決まっているのでしょうか。',
  ],
  readerClosing: [
    '{topic}の今後の動きにも注目したいですね。',
    '{topic}の背景まで分かると、ニュースが読みやすくなりますね。',
    '{topic}について、残る課題も見えてきました。',
    '{topic}がこの先どうなるのか、続報を待ちたいですね。',
    '{topic}をめぐる論点が整理できました。',
  ],
} as const;

/**
 * The line of a bank for the `index`-th section, about `topic`: sections take the bank's lines in
 * turn (offset per bank), so no line repeats in an article of up to five sections.
 */
export function pickVoiceLine(kind: keyof typeof VOICE_LINES, index: number, topic: string): string {
  const bank = VOICE_LINES[kind];
  const offset = Object.keys(VOICE_LINES).indexOf(kind);
  return (bank[(index + offset) % bank.length] as string).replace('{topic}', topic);
}
