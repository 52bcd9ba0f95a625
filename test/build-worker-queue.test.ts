// The desk's build worker answers every build, even when a reply cannot be posted: a reply whose
// data cannot be cloned is answered with a `failed` reply that says so, and a reply that cannot be
// posted at all is logged while every later build still runs and is answered (a thrown reply used
// to break the worker's promise chain, so every later build waited for ever).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageChannel } from 'node:worker_threads';
import type { BuildOutcome } from '../src/server/build-jobs.ts';
import {
  type BuildPort,
  type FromWorker,
  serveBuildMessages,
  type ToWorker,
} from '../src/server/build-worker.ts';

const outcome = (articleId: number): BuildOutcome =>
  ({ articleId, verdict: 'publishable', skipped: [] }) as unknown as BuildOutcome;

/** The worker's side of a real MessageChannel, and the replies the desk's side receives. */
function channel(refuse: (reply: FromWorker) => boolean = () => false) {
  const { port1, port2 } = new MessageChannel();
  const replies: FromWorker[] = [];
  const waiters: Array<() => void> = [];
  port2.on('message', (reply: FromWorker) => {
    replies.push(reply);
    for (const wake of waiters.splice(0)) wake();
  });
  const port: BuildPort = {
    on: (event, listener) => port1.on(event, listener),
    postMessage: (reply) => {
      if (refuse(reply)) throw new Error(`port refused the reply to build ${reply.id}`);
      port1.postMessage(reply);
    },
  };
  const final = (id: number) => replies.find((r) => r.id === id && r.type !== 'progress');
  const answered = async (id: number) => {
    const deadline = Date.now() + 5000;
    while (final(id) === undefined) {
      if (Date.now() > deadline) throw new Error(`build ${id} was never answered`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return final(id) as FromWorker;
  };
  const ask = (id: number) =>
    port2.postMessage({ id, inputs: [`source-${id}.html`], feed: undefined } as ToWorker);
  return {
    port,
    ask,
    answered,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

describe('build worker queue', () => {
  it('answers a build whose outcome cannot be cloned with a failed reply naming why, and runs the next', async () => {
    const { port, ask, answered, close } = channel();
    serveBuildMessages(port, async (message) =>
      message.id === 1
        ? ({ ...outcome(1), render: () => 'not cloneable' } as BuildOutcome)
        : outcome(message.id),
    );
    ask(1);
    ask(2);
    const first = await answered(1);
    assert.equal(first.type, 'failed');
    assert.match(
      first.type === 'failed' ? first.error.message : '',
      /Build 1 finished \(done\) but its reply could not be sent: .*could not be cloned/u,
    );
    const second = await answered(2);
    assert.deepEqual(second, { id: 2, type: 'done', outcome: outcome(2) });
    close();
  });

  it('keeps running later builds when no reply at all can be posted for one build', async () => {
    const { port, ask, answered, close } = channel((reply) => reply.id === 1);
    const logged: string[] = [];
    const original = console.error;
    console.error = (line: string) => logged.push(line);
    try {
      const ran: number[] = [];
      serveBuildMessages(port, async (message, onProgress) => {
        ran.push(message.id);
        onProgress({ stage: 'fetch', done: 0, total: 1 } as never);
        return outcome(message.id);
      });
      ask(1);
      ask(2);
      ask(3);
      assert.equal((await answered(2)).type, 'done');
      assert.equal((await answered(3)).type, 'done');
      assert.deepEqual(ran, [1, 2, 3]);
      assert.equal(logged.length, 1);
      assert.match(logged[0] ?? '', /build 1 could not be answered: .*port refused the reply to build 1/u);
    } finally {
      console.error = original;
      close();
    }
  });

  it('answers a build that throws with its error code and hint', async () => {
    const { port, ask, answered, close } = channel();
    const { MatomeError } = await import('../src/domain/errors.ts');
    serveBuildMessages(port, async () => {
      throw new MatomeError('SOURCE_NOT_FOUND', 'No such file: source-1.html', { hint: 'Check the path.' });
    });
    ask(1);
    assert.deepEqual(await answered(1), {
      id: 1,
      type: 'failed',
      error: { code: 'SOURCE_NOT_FOUND', message: 'No such file: source-1.html', hint: 'Check the path.' },
    });
    close();
  });
});
