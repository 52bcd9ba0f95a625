// Prints the summary evaluation: the offline engine's ✅ lines against the Lead-3 baseline, in
// character ROUGE-1/2/L F1 against hand-written references, on two sets: the bundled one
// (test/fixtures/summaries) and ../shared/data/summaries-dev (not tuned on), each split into
// lead-first and not lead-first articles (the bundled set: its summary articles are news-first
// pages, its sample pages mixed; it carries no split, so it is reported whole).
import { createTokenizer } from '../src/text/tokenizer.ts';
import {
  evaluateSummaries,
  evaluateSummariesDev,
  meanScores,
  type SummaryScore,
} from '../test/support/summary-eval.ts';

const tokenizer = await createTokenizer();
const cell = (value: number) => value.toFixed(3).padStart(6);
const verbose = process.argv.includes('--verbose');

function report(title: string, scores: readonly SummaryScore[]): void {
  console.log(`\n== ${title}`);
  if (verbose)
    for (const { file, engine, lead3, lines } of scores) {
      console.log(
        `${file.replace(/^.*\//, '').padEnd(46)} ${cell(engine.rouge1)} ${cell(engine.rouge2)} ${cell(engine.rougeL)}   ${cell(lead3.rouge1)} ${cell(lead3.rouge2)} ${cell(lead3.rougeL)}`,
      );
      for (const line of lines) console.log(`    ✅ ${line}`);
    }
  console.log('subset                     n   engine R1/R2/RL        Lead-3 R1/R2/RL');
  const splits: Array<[string, readonly SummaryScore[]]> = [['all', scores]];
  if (scores.some((score) => score.leadFirst !== undefined))
    splits.push(
      ['leadFirst=true', scores.filter((score) => score.leadFirst === true)],
      ['leadFirst=false', scores.filter((score) => score.leadFirst === false)],
    );
  for (const [name, subset] of splits) {
    const engine = meanScores(subset.map((score) => score.engine));
    const lead3 = meanScores(subset.map((score) => score.lead3));
    console.log(
      `${name.padEnd(24)} ${String(subset.length).padStart(3)}  ${cell(engine.rouge1)} ${cell(engine.rouge2)} ${cell(engine.rougeL)}   ${cell(lead3.rouge1)} ${cell(lead3.rouge2)} ${cell(lead3.rougeL)}`,
    );
  }
  const wins = scores.filter((score) => score.engine.rougeL > score.lead3.rougeL).length;
  console.log(`engine beats Lead-3 on ROUGE-L in ${wins} of ${scores.length} articles`);
}

report('bundled set (test/fixtures/summaries)', await evaluateSummaries(tokenizer));
const dev = evaluateSummariesDev(tokenizer);
if (dev.length > 0) report('summaries-dev (../shared/data/summaries-dev, not tuned on)', dev);
else console.log('\nsummaries-dev not found (../shared/data/summaries-dev): skipped');
