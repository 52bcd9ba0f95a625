import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import { type StoryAssignment, type StoryItem, StoryItemSchema } from '../domain/story-item.ts';
import { clusterStories } from '../pipeline/cluster-stored-items.ts';
import { correctStories, type StoryCorrectionRequest } from '../pipeline/correct-stories.ts';
import { openStoryStore } from '../store/open-store.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { EXIT } from './exit-codes.ts';
import { CLUSTER_USAGE, STORIES_USAGE } from './usage.ts';

/** Where the story commands write, and a tokenizer to reuse (loaded on first use otherwise). */
export interface ClusterCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  tokenizer?: Tokenizer;
  /** Standard input, for `matome cluster -`. */
  stdin?: () => Promise<string>;
}

export { CLUSTER_USAGE } from './usage.ts';

function usageError(detail: string, command = 'cluster'): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: `Run "matome ${command} --help".`,
  });
}

function parse(args: readonly string[], command: string) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        store: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError((error as Error).message, command);
  }
}

/** Parses JSONL feed items; a bad line fails naming the file and line. */
export function parseItemLines(text: string, file: string): StoryItem[] {
  const items: StoryItem[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const fail = (detail: string) =>
      new MatomeError('SOURCE_UNREADABLE', `Failed to read feed item: ${file}:${index + 1} (${detail})`, {
        hint: 'Give one JSON object per line: {"id", "outlet", "title", "description", "link", "published"} with published in ISO 8601 with an offset (2026-03-05T06:30:00+09:00).',
      });
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw fail((error as Error).message);
    }
    const parsed = StoryItemSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw fail(`${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
    }
    if (seen.has(parsed.data.id)) throw fail(`id "${parsed.data.id}" appears twice`);
    seen.add(parsed.data.id);
    items.push(parsed.data);
  });
  return items;
}

const line = (assignment: StoryAssignment) =>
  `${JSON.stringify({ id: assignment.id, story: assignment.story, reason: assignment.reason })}\n`;

/** `matome cluster ITEMS.jsonl|- [--store FILE]`: prints each item's story with the reason. */
export async function runClusterCommand(args: readonly string[], io: ClusterCommandIo): Promise<number> {
  const { values, positionals } = parse(args, 'cluster');
  if (values.help) {
    io.stdout(CLUSTER_USAGE);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw usageError('cluster needs ITEMS.jsonl (or - for standard input)');
  if (values.json) throw usageError('cluster always prints JSON lines; --json is for stories list');
  if (extra.length > 0) throw usageError(`unexpected argument "${extra[0]}"`);
  let text: string;
  try {
    text = file === '-' ? await (io.stdin ?? readStdin)() : await readFile(file, 'utf8');
  } catch (error) {
    throw new MatomeError(
      'SOURCE_NOT_FOUND',
      `Failed to read feed items: ${file} (${(error as Error).message})`,
      {
        hint: 'Check the path; give - to read the items from standard input.',
        cause: error,
      },
    );
  }
  const items = parseItemLines(text, file);
  const tokenizer = io.tokenizer ?? (await createTokenizer());
  const store = typeof values.store === 'string' ? await openStoryStore(values.store) : undefined;
  try {
    const assignments = await clusterStories(items, tokenizer, store === undefined ? {} : { store });
    io.stdout(assignments.map(line).join(''));
  } finally {
    await store?.close();
  }
  return EXIT.ok;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `matome stories list|merge|split … --store FILE`: reads and corrects stored stories. */
export async function runStoriesCommand(args: readonly string[], io: ClusterCommandIo): Promise<number> {
  const { values, positionals } = parse(args, 'stories');
  if (values.help) {
    io.stdout(STORIES_USAGE);
    return EXIT.ok;
  }
  const [action, ...rest] = positionals;
  if (typeof values.store !== 'string') throw usageError('stories needs --store FILE', 'stories');
  const store = await openStoryStore(values.store);
  try {
    if (action === 'list') {
      const members = new Map<string, string[]>();
      for (const assignment of await store.listAssignments()) {
        const list = members.get(assignment.story) ?? [];
        list.push(assignment.id);
        members.set(assignment.story, list);
      }
      const stories = [...members].map(([story, items]) => ({ story, items }));
      io.stdout(
        values.json
          ? `${JSON.stringify(stories, null, 2)}\n`
          : stories
              .map((entry) => `${entry.story}\t${entry.items.length}\t${entry.items.join(' ')}\n`)
              .join(''),
      );
      return EXIT.ok;
    }
    let request: StoryCorrectionRequest;
    if (action === 'merge') {
      if (rest.length < 2) throw usageError('stories merge needs two stories or more', 'stories');
      request = { kind: 'merge', stories: rest };
    } else if (action === 'split') {
      const [story, ...items] = rest;
      if (story === undefined || items.length === 0)
        throw usageError('stories split needs STORY ITEM...', 'stories');
      request = { kind: 'split', story, items };
    } else {
      throw usageError(
        action === undefined ? 'stories needs list, merge or split' : `unknown action "${action}"`,
        'stories',
      );
    }
    const { correction, moved } = await correctStories(store, request, values.store);
    io.stdout(moved.map(line).join(''));
    io.stderr(`correction ${correction} stored: ${moved.length} item(s) moved\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
