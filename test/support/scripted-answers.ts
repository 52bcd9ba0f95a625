// Scripted "good" model answers for the llm engine's tests: built from the numbered sentences in
// the prompt the engine sent, the way a faithful model would answer — every claim cites the
// sentences it comes from. The language model is the one part tests may stand in for.
import type { LlmReply, LlmRequestRecord } from './llm-server.ts';

export interface NumberedLine {
  no: number;
  text: string;
}

/** The `[n] text` lines of a prompt, in order. */
export function numberedLines(prompt: string): NumberedLine[] {
  return [...prompt.matchAll(/^\[(\d+)\] (.+)$/gmu)].map((match) => ({
    no: Number(match[1]),
    text: (match[2] ?? '').trim(),
  }));
}

/** Which engine call a request is: a section, the title/points/closing frame, or a repair. */
export function callKind(request: Pick<LlmRequestRecord, 'prompt'>): 'section' | 'frame' | 'repair' {
  if (request.prompt.includes('書き直して JSON で返してください')) return 'repair';
  if (request.prompt.includes('セクションを JSON で書いてください')) return 'section';
  return 'frame';
}

/** The source number (S1 → 1) of a section request. */
export function sectionIndex(request: Pick<LlmRequestRecord, 'prompt'>): number {
  return Number(request.prompt.match(/出典 S(\d+):/u)?.[1] ?? 0);
}

const claim = (line: NumberedLine | undefined, text = line?.text ?? '') => ({
  text,
  cites: line ? [line.no] : [],
});

/** Sources of a frame prompt: the numbered lines of each `出典 Sn` block. */
function sourcesOf(prompt: string): NumberedLine[][] {
  return prompt
    .split(/^出典 S\d+:/mu)
    .slice(1)
    .map((block) => numberedLines(block));
}

/** A faithful answer for a section: the source's own sentences, each citing itself. */
export function goodSection(prompt: string): unknown {
  const lines = numberedLines(prompt);
  const [headline, ...rest] = lines;
  const at = (i: number) => rest[i % Math.max(rest.length, 1)];
  return {
    heading: claim(headline),
    hook: { question: claim(at(0), '何が起きたのでしょうか？'), answer: claim(at(0)) },
    comment: '押さえておきたい話題ですね。',
    summary: [claim(at(0)), claim(at(1)), claim(at(2))],
    dialogue: {
      opening: '記事の内容を順に見ていきましょう。',
      question: 'どういうことなのでしょうか？',
      closing: 'なるほど、流れがよく分かりました。',
    },
    body: [{ sentences: [claim(at(3)), claim(at(4))] }, { sentences: [claim(at(5))] }],
  };
}

/** A faithful answer for the title, 💡 points and closing, drawing on every source. */
export function goodFrame(prompt: string): unknown {
  const sources = sourcesOf(prompt);
  const first = sources[0] ?? [];
  const pick = (index: number, offset: number) => {
    const lines = sources[index % sources.length] ?? [];
    return lines[Math.min(offset, lines.length - 1)];
  };
  const topic = (first[0]?.text ?? '').replace(/[、。].*$/u, '').slice(0, 16);
  return {
    title: claim(first[0], `【まとめ】${topic}`),
    leadPoints: [0, 1, 2].map((i) => claim(pick(i, 1 + Math.floor(i / sources.length)))),
    closing: {
      sentence: claim(first[0], `今回の記事では、${topic}について解説しました。`),
      points: [0, 1, 2].map((i) => {
        const lines = sources[i % sources.length] ?? [];
        return claim(lines[lines.length - 1 - Math.floor(i / sources.length)]);
      }),
    },
  };
}

/** A repair that replaces each unit by its first candidate passage, verbatim. */
export function goodRepair(prompt: string): unknown {
  const units = prompt
    .split(/^id: /mu)
    .slice(1)
    .map((block) => {
      const id = block.split('\n')[0]?.trim() ?? '';
      const passage = numberedLines(block)[0];
      return { id, text: passage?.text ?? '', cites: passage ? [passage.no] : [] };
    });
  return { units };
}

/** Routes each request to the faithful answer for its kind. */
export function goodReply(request: LlmRequestRecord): LlmReply {
  const kind = callKind(request);
  const value =
    kind === 'section'
      ? goodSection(request.prompt)
      : kind === 'frame'
        ? goodFrame(request.prompt)
        : goodRepair(request.prompt);
  return { kind: 'json', value };
}
