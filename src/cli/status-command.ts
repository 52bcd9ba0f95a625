import { parseArgs } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import { type QueueStatus, readQueueStatus } from '../queue/queue-status.ts';
import { checkRedis, createJobQueues, JOB_KINDS } from '../queue/queues.ts';
import { openStorePorts, storeExists, storeSpecFrom } from '../store/open-store.ts';
import { EXIT } from './exit-codes.ts';
import { DEFAULT_STORE } from './usage.ts';

const invalid = (detail: string) =>
  new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: 'Run "matome status --help".',
  });

/** `matome status`: the job queues and what the store recorded of them. */
export async function runStatusCommand(
  args: readonly string[],
  io: {
    stdout(text: string): void;
    stderr(text: string): void;
    env?: Readonly<Record<string, string | undefined>>;
  },
): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(args);
    if (parsed.positionals.length > 0) throw new Error(`unexpected ${parsed.positionals[0]}`);
    values = parsed.values;
  } catch (error) {
    throw invalid((error as Error).message);
  }
  if (values.redis === undefined)
    throw invalid('--redis URL is required (e.g. --redis redis://127.0.0.1:6379)');
  await checkRedis(values.redis);
  // The store is read only when it exists, and never created or migrated: asking for the status
  // changes nothing (a PostgreSQL database without matome's schema is refused, naming the command
  // that creates it).
  const spec = storeSpecFrom(values.store, io.env ?? process.env, DEFAULT_STORE);
  const ledger = storeExists(spec) ? await openStorePorts(spec, { migrate: false }).ledger() : undefined;
  const queues = createJobQueues(values.redis);
  try {
    const status = await readQueueStatus(queues, ledger === undefined ? {} : { ledger });
    io.stdout(values.json ? `${JSON.stringify(status, null, 2)}\n` : renderStatus(status));
    return EXIT.ok;
  } finally {
    await ledger?.close();
    await queues.close();
  }
}

function renderStatus(status: QueueStatus): string {
  const lines: string[] = [];
  for (const kind of JOB_KINDS) {
    const item = status.kinds[kind];
    lines.push(
      `${kind}: ${item.depth} waiting, ${item.running} running, ${item.completed} done, ${item.failed} failed, ${item.retried} retried`,
    );
    for (const failure of item.recentFailures) {
      lines.push(`  failed ${failure.id} after ${failure.attempts} attempt(s): ${failure.reason}`);
    }
  }
  if (status.store !== undefined) {
    const results = Object.entries(status.store.results)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    lines.push(
      `store: ${results === '' ? 'no job results' : `results ${results}`}; ${status.store.retakenLeases} of ${status.store.leases} jobs taken over by another worker`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      redis: { type: 'string' },
      store: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
}
