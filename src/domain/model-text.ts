import type { Article, JudgeRecord } from './article.ts';

/** How much of an article the model wrote, as recorded by the llm engine. */
export type ModelText = NonNullable<Article['engine']['modelText']>;

/** A share as a whole percentage; a share above 0 never shows as 0% and below 1 never as 100%. */
export function percent(share: number): string {
  const value = share * 100;
  const rounded = value > 0 && value < 1 ? 1 : value < 100 && value > 99 ? 99 : Math.round(value);
  return `${rounded}%`;
}

/** One part's figures in words: `sections[1] 42% (310 of 740 characters; 3 of 12 units fell back)`. */
export function describeModelTextPart(part: ModelText['parts'][number]): string {
  const total = part.modelChars + part.fallbackChars;
  return `${part.part} ${percent(total === 0 ? 0 : part.modelChars / total)} (${part.modelChars} of ${total} characters; ${part.fallbackUnits} of ${part.units} units from the sources' own words)`;
}

/** The one-line summary the CLI prints after an llm build. */
export function summarizeModelText(modelText: ModelText): string {
  const total = modelText.modelChars + modelText.fallbackChars;
  const fellBack = modelText.parts.reduce((sum, part) => sum + part.fallbackUnits, 0);
  const units = modelText.parts.reduce((sum, part) => sum + part.units, 0);
  const parts = modelText.parts
    .map((part) => {
      const partTotal = part.modelChars + part.fallbackChars;
      const name =
        part.part === 'frame'
          ? 'frame'
          : part.part.replace(/^sections\[(\d+)\]$/u, (_, i) => `S${Number(i) + 1}`);
      return `${name} ${percent(partTotal === 0 ? 0 : part.modelChars / partTotal)}`;
    })
    .join(', ');
  return `model text ${percent(modelText.share)} of the article (${modelText.modelChars} of ${total} characters; ${fellBack} of ${units} units fell back to the sources' own words: ${parts})`;
}

/** The language model judge's record in one line (the build's report line and summary note). */
export function describeJudge(judge: JudgeRecord): string {
  const budget =
    judge.skipped > 0
      ? `; the judge budget of ${judge.budget} units was reached and ${judge.skipped} units were not judged`
      : '';
  const tokens = judge.usage.inputTokens + judge.usage.outputTokens;
  return `language model judge (${judge.model}): ${judge.judged} units judged, ${judge.doubted} doubted, ${judge.failed} failed${budget}; ${judge.usage.calls} calls (${judge.usage.cachedCalls} answered from the cache), ${tokens} tokens`;
}
