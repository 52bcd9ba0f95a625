import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import { describeJudge, percent, summarizeModelText } from '../domain/model-text.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createHostScheduler } from '../fetch/host-scheduler.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import { buildArticle, type ProgressEvent, readFeedLinks } from '../pipeline/build-article.ts';
import {
  ENGINE_OPTIONS,
  engineFromOptions,
  JUDGE_OPTIONS,
  judgeFromOptions,
  minModelShareFrom,
} from '../pipeline/engine-options.ts';
import { readImageFile } from '../publish/featured-image.ts';
import { OUTPUT_FORMATS, type OutputFormat, renderArticle } from '../render/index.ts';
import type { Store } from '../store/store.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { renderReportHtml, renderReportText } from '../verify/render-report.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import type { Report } from '../verify/verify-report.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT } from './exit-codes.ts';
import {
  usageError as commandUsageError,
  parseOptions,
  reportLanguageOption,
  strings,
} from './parse-options.ts';
import { PUBLISH_OPTIONS, publishArticle, publishTargetFrom } from './publish-command.ts';
import { DEFAULT_STORE } from './usage.ts';
import { slugFor, writeOutputs } from './write-outputs.ts';

/** The product token robots.txt groups are matched against. */
const usageError = (detail: string) => commandUsageError(detail, 'build');
const parse = (args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) =>
  parseOptions(args, options, 'build');

/**
 * The store a build keeps its snapshots and article in, imported only when one is opened: a
 * --no-store build does not load SQLite's or PostgreSQL's modules.
 */
async function openBuildStore(
  given: unknown,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Store> {
  const { openStore, storeSpecFrom } = await import('../store/open-store.ts');
  return openStore(storeSpecFrom(given, env, DEFAULT_STORE));
}

/**
 * `matome build`: reads the sources (or a feed's first items), builds and verifies one article,
 * and writes it with its report; a blocked article is kept as a draft and the command fails.
 */
export async function runBuild(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', default: 'out' },
    format: { type: 'string', default: OUTPUT_FORMATS.join(',') },
    ...ENGINE_OPTIONS,
    ...JUDGE_OPTIONS,
    slug: { type: 'string' },
    'keep-going': { type: 'boolean', default: false },
    feed: { type: 'string' },
    pick: { type: 'string' },
    store: { type: 'string' },
    'no-store': { type: 'boolean', default: false },
    offline: { type: 'boolean', default: false },
    'allow-host': { type: 'string', multiple: true },
    publish: { type: 'string' },
    ...PUBLISH_OPTIONS,
    lang: { type: 'string' },
  });
  const language = reportLanguageOption(values.lang, io.env ?? process.env, 'build');
  // --publish TARGET: checked (target, site, credentials) before anything is read or built.
  const publishTarget =
    values.publish === undefined
      ? undefined
      : publishTargetFrom(values, values.publish, io.env ?? process.env, 'build');
  if (publishTarget !== undefined && values['no-store']) {
    throw usageError('--publish keeps its outbox in the store; drop --no-store');
  }
  // The user's own featured image is checked before the build too (a source's image needs the article).
  if (publishTarget?.imagePolicy.kind === 'file') await readImageFile(publishTarget.imagePolicy);
  const feed = typeof values.feed === 'string' ? values.feed : undefined;
  if (positionals.length === 0 && feed === undefined)
    throw usageError('build needs at least one SOURCE or --feed FEED');
  if (values.pick !== undefined && feed === undefined) throw usageError('--pick needs --feed');
  const pick = values.pick === undefined ? 3 : Number(values.pick);
  if (!Number.isInteger(pick) || pick < 1 || pick > 50) {
    throw usageError(`--pick ${values.pick} (give a whole number of feed items from 1 to 50)`);
  }
  if (values.offline && values['no-store'])
    throw usageError('--offline reads from the store; drop --no-store');
  const formats = String(values.format)
    .split(',')
    .map((format) => format.trim())
    .filter((format) => format.length > 0);
  const unknown = formats.filter((format) => !OUTPUT_FORMATS.includes(format as OutputFormat));
  if (unknown.length > 0 || formats.length === 0) {
    throw usageError(`--format ${values.format} (choose from ${OUTPUT_FORMATS.join(', ')})`);
  }
  const slug = typeof values.slug === 'string' ? values.slug : undefined;
  if (slug !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(slug)) {
    throw usageError(`--slug ${slug} (use letters, digits, ".", "_" and "-")`);
  }
  const store = values['no-store'] ? undefined : await openBuildStore(values.store, io.env ?? process.env);
  try {
    const engine = await engineFromOptions(values, io.env ?? process.env, store);
    const judge = await judgeFromOptions(values, io.env ?? process.env, store);
    const minModelShare = minModelShareFrom(values);
    const fetch = createGuardedFetch({ allowHosts: strings(values['allow-host']) });
    const access = {
      fetch,
      robots: createRobotsPolicy({ fetch }),
      scheduler: createHostScheduler(),
      ...(store ? { store } : {}),
      offline: values.offline === true,
    };
    const inputs =
      feed === undefined ? positionals : [...positionals, ...(await readFeedLinks(feed, pick, access))];
    const progress = createProgress(io);
    const tokenizer = io.tokenizer ?? (await createTokenizer());
    const result = await buildArticle(inputs, {
      ...access,
      tokenizer,
      engine,
      keepGoing: values['keep-going'] === true,
      onProgress: progress.update,
      ...(judge ? { judge } : {}),
    });
    progress.done();
    for (const failure of result.failures)
      io.stderr(`matome: skipped ${failure.input}: ${failure.error.message}\n`);
    const only = inputs.length === 1 ? inputs[0] : undefined;
    const isDirectory =
      only !== undefined && (await stat(only).catch(() => undefined))?.isDirectory() === true;
    const name = slug ?? slugFor(result.article, inputs, isDirectory);
    // Verified before anything is written: the report goes beside the article, and the verdict is said.
    const report = verifyArticle(result.article, result.documents, tokenizer, {
      understanding: result.understanding,
      conflicts: result.conflicts,
    });
    const subject = { article: result.article, documents: result.documents };
    // The publish gate: a blocked article is not written under its final names. Its draft and the
    // report are kept beside them, so nothing done so far is lost and the errors can be read.
    const modelText = result.article.engine.modelText;
    // --min-model-share: an article the model wrote too little of is held like a blocked one.
    const tooLittle =
      minModelShare !== undefined && modelText !== undefined && modelText.share < minModelShare;
    const blocked = report.verdict === 'blocked' || tooLittle;
    const outDir = String(values.out);
    // Recorded with the snapshots it used, so the build can be re-run and re-verified offline;
    // recorded as incomplete until its files are all in place, so a build that fails or is killed
    // while writing leaves no article the store calls written without its outputs.
    const saved =
      store && !blocked && result.snapshotIds.length === result.documents.length
        ? await store.saveArticle({
            slug: name,
            article: result.article,
            snapshotIds: result.snapshotIds,
            pending: true,
          })
        : undefined;
    const paths = await writeOutputs(result.article, {
      outDir,
      slug: name,
      formats: blocked ? [] : (formats as OutputFormat[]),
      extra: [
        ...(blocked ? [{ suffix: 'draft.json', text: renderArticle(result.article, 'json') }] : []),
        { suffix: 'report.json', text: `${JSON.stringify(report, null, 2)}\n` },
        { suffix: 'report.txt', text: renderReportText(report, subject, language) },
        { suffix: 'report.html', text: renderReportHtml(report, subject, language) },
      ],
    });
    io.stderr(verdictLine(report));
    if (modelText) io.stderr(`matome: ${summarizeModelText(modelText)}\n`);
    const judged = result.article.judge;
    if (judged) io.stderr(`matome: ${describeJudge(judged)}\n`);
    if (tooLittle && report.verdict !== 'blocked') {
      throw new MatomeError(
        'LLM_TOO_LITTLE_MODEL_TEXT',
        `Refused to publish: ${name} (the model wrote ${percent(modelText.share)} of the text, --min-model-share asks for ${percent(minModelShare)})`,
        {
          hint: `Read ${join(outDir, `${name}.report.txt`)} for why each part fell back; use a stronger model, raise --max-output-tokens or --llm-timeout, or lower --min-model-share. The draft is ${join(outDir, `${name}.draft.json`)}.`,
        },
      );
    }
    if (blocked) {
      const errors = report.findings.filter((finding) => finding.severity === 'error').length;
      throw new MatomeError(
        'ARTICLE_BLOCKED',
        `Refused to publish: ${name} (verdict blocked, ${errors} errors)`,
        {
          hint: `Read ${join(outDir, `${name}.report.txt`)}; the unpublished draft is ${join(outDir, `${name}.draft.json`)}.`,
        },
      );
    }
    if (saved) await store?.markArticleWritten(saved.id);
    for (const path of paths) io.stdout(`${path}\n`);
    if (publishTarget !== undefined && store !== undefined) {
      return await publishArticle(result.article, name, publishTarget, store, io);
    }
    return EXIT.ok;
  } finally {
    await store?.close();
  }
}

/** Progress on a terminal: one line, rewritten in place; silent when stderr is not a terminal. */
function createProgress(io: CliIo): { update: (event: ProgressEvent) => void; done: () => void } {
  if (!io.isTty) return { update: () => {}, done: () => {} };
  const verbs = { read: 'reading', extract: 'extracting', compose: 'composing article' };
  return {
    update: (event) => {
      const where = event.input === undefined ? '' : ` ${event.input}`;
      const count = event.stage === 'compose' ? '' : ` [${event.done + 1}/${event.total}]`;
      io.stderr(`\r\u001b[2K${verbs[event.stage]}${count}${where}`);
    },
    done: () => io.stderr('\r\u001b[2K'),
  };
}

function verdictLine(report: Report): string {
  const count = (severity: string) =>
    report.findings.filter((finding) => finding.severity === severity).length;
  return `matome: verdict ${report.verdict} (${count('error')} errors, ${count('warning')} warnings; see the .report.txt)\n`;
}
