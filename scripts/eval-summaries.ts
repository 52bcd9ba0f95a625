// Prints the summary evaluation: the offline engine's ✅ lines against the Lead-3 baseline, per
// article and on average, in character ROUGE-1/2/L F1 against hand-written references.
import { createTokenizer } from '../src/text/tokenizer.ts';
import { evaluateSummaries, meanScores } from '../test/support/summary-eval.ts';

const scores = await evaluateSummaries(await createTokenizer());
const cell = (value: number) => value.toFixed(3).padStart(6);
console.log('article                                            engine R1/R2/RL        Lead-3 R1/R2/RL');
for (const { file, engine, lead3 } of scores) {
  console.log(
    `${file.replace(/^.*\//, '').padEnd(50)} ${cell(engine.rouge1)} ${cell(engine.rouge2)} ${cell(engine.rougeL)}   ${cell(lead3.rouge1)} ${cell(lead3.rouge2)} ${cell(lead3.rougeL)}`,
  );
}
const engine = meanScores(scores.map((score) => score.engine));
const lead3 = meanScores(scores.map((score) => score.lead3));
console.log(
  `${`mean of ${scores.length}`.padEnd(50)} ${cell(engine.rouge1)} ${cell(engine.rouge2)} ${cell(engine.rougeL)}   ${cell(lead3.rouge1)} ${cell(lead3.rouge2)} ${cell(lead3.rougeL)}`,
);
const wins = scores.filter((score) => score.engine.rougeL > score.lead3.rougeL).length;
const ties = scores.filter((score) => score.engine.rougeL === score.lead3.rougeL).length;
console.log(`engine beats Lead-3 on ROUGE-L in ${wins} of ${scores.length} articles (${ties} ties)`);
