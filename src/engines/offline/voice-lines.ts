/**
 * Voice lines of the offline engine: reactions and questions that carry no facts (no numbers,
 * names, dates or claims), so they can sit next to any source without adding to what it says.
 * They follow what the section holds — figures, a plan or forecast, someone's words — so a line
 * fits the section it is in, and an article never uses one line twice. Each reads as a voice to
 * the text linter (ends in ね / ましょう / でしょうか, or opens with なるほど).
 */
import { declareFixedTexts } from '../../understand/understand-document.ts';

export type SectionTrait = 'figures' | 'outlook' | 'speech' | 'facts';

const BANKS = {
  comment: {
    figures: ['数字の大きさに注目したい話題ですね。', '規模を数字で押さえておきたいですね。'],
    outlook: ['先の予定まで押さえておきたい話題ですね。', 'これからの動きが気になる話題ですね。'],
    speech: ['誰が何を語ったのかも押さえておきたいですね。', '当事者の受け止めも気になる話題ですね。'],
    facts: ['何が起きたのかを整理しておきたい話題ですね。', 'まずは事実関係を押さえておきましょう。'],
  },
  explainerOpening: {
    figures: ['記事が挙げる数字から見ていきましょう。', '具体的な数字を追ってみましょう。'],
    outlook: [
      '決まったことと、これからのことを分けて見ていきましょう。',
      '今後の予定も含めて整理しましょう。',
    ],
    speech: ['関係者の発言も交えて見ていきましょう。', '当事者の声も含めて順に確認しましょう。'],
    facts: [
      '記事が伝える事実を、順に見ていきましょう。',
      '経緯を順を追って確認しましょう。',
      '記事の中身を、もう少し詳しく見ていきましょう。',
    ],
  },
  readerQuestion: {
    figures: [
      '数字で見ると、どのくらいの規模なのでしょうか。',
      'お金や人数の面では、どうなっているのですか。',
    ],
    outlook: ['この先の予定は、もう決まっているのでしょうか。', 'これから何が起きるのでしょうか。'],
    speech: ['関係者はどう受け止めているのでしょうか。', '当事者からはどんな声が出ているのですか。'],
    facts: [
      '具体的には、何が決まったのでしょうか。',
      'どうしてそうなったのですか。',
      'ほかには、どんなことが分かっているのでしょうか。',
    ],
  },
  readerClosing: {
    figures: ['数字で見ると、影響の大きさが分かりますね。', 'なるほど、規模の大きさがよく分かりました。'],
    outlook: ['この先の予定にも注目したいですね。', '続報を待ちたいですね。'],
    speech: ['なるほど、関係者の受け止めもよく分かりました。', '当事者の思いも伝わってきますね。'],
    facts: ['なるほど、経緯がよく分かりました。', '何が起きたのか、整理できましたね。'],
  },
} as const;

export type VoiceKind = keyof typeof BANKS;

/** Every line the offline engine may speak, for tests and reviewers. */
export const VOICE_LINES: readonly string[] = Object.values(BANKS).flatMap((bank) =>
  Object.values(bank).flatMap((lines) => [...lines]),
);
// The same in every article: tokenised once per process, not once per build.
declareFixedTexts(VOICE_LINES);

/**
 * A line for the section's trait that the article has not used yet (`used` is updated); when the
 * trait's lines are spent, one of another trait's — a fact's first, the lines any body answers
 * (a question for figures over a body that gives none would go unanswered).
 */
export function pickVoiceLine(kind: VoiceKind, trait: SectionTrait, used: Set<string>): string {
  const bank = BANKS[kind];
  const order: SectionTrait[] = [trait, 'facts', 'figures', 'outlook', 'speech'];
  for (const key of order)
    for (const line of bank[key])
      if (!used.has(line)) {
        used.add(line);
        return line;
      }
  return bank[trait][0];
}

/** The trait a line of a bank was written for (undefined: not one of its lines). */
export function traitOfVoiceLine(kind: VoiceKind, line: string): SectionTrait | undefined {
  const bank: Record<SectionTrait, readonly string[]> = BANKS[kind];
  return (Object.keys(bank) as SectionTrait[]).find((trait) => bank[trait].includes(line));
}
