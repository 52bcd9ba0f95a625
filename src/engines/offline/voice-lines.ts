import { createHash } from 'node:crypto';

/**
 * Voice lines of the offline engine: reactions and questions that carry no facts (no numbers,
 * names, dates or claims), so they can sit next to any source without adding to what it says.
 */
export const VOICE_LINES = {
  comment: [
    '今後の動きが気になる話題ですね。',
    '押さえておきたいニュースですね。',
    'ポイントを整理してみましょう。',
    '関心を集めている話題ですね。',
  ],
  explainerOpening: [
    '記事の内容を順に確認していきましょう。',
    'まずは記事が伝えている事実から見ていきましょう。',
    '記事の伝える経緯を追ってみましょう。',
  ],
  readerQuestion: [
    'どのような経緯があったのでしょうか。',
    '具体的には、どのように伝えられているのでしょうか。',
    '詳しい内容を知りたいです。',
  ],
  readerClosing: [
    'なるほど、記事の伝える流れがよく分かりました。',
    'なるほど、今後の続報にも注目したいですね。',
    'なるほど、背景まで押さえておくと分かりやすいですね。',
  ],
} as const;

/** Picks a line deterministically from the bank, keyed by the source's content hash and the slot. */
export function pickVoiceLine(kind: keyof typeof VOICE_LINES, key: string): string {
  const bank = VOICE_LINES[kind];
  const digest = createHash('sha256').update(`${kind}\u0000${key}`).digest();
  return bank[digest.readUInt32BE(0) % bank.length] as string;
}
