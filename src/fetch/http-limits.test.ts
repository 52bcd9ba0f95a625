import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { limitBody, readHead } from './http-limits.ts';

function streamOf(chunks: number[], onCancel: (reason: unknown) => void = () => {}) {
  let index = 0;
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const size = chunks[index++];
        pulled++;
        if (size === undefined) controller.close();
        else controller.enqueue(new Uint8Array(size).fill(0x61));
      },
      cancel: onCancel,
    },
    { highWaterMark: 0 },
  );
  return { stream, pulls: () => pulled };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<number> {
  let size = 0;
  for await (const chunk of stream) size += chunk.byteLength;
  return size;
}

const limits = (overrides = {}) => ({
  maxBytes: 10,
  tooLarge: () => new Error('too large'),
  mapError: (error: unknown) => error,
  onSettled: () => {},
  ...overrides,
});

describe('limitBody', () => {
  it('passes a body up to the cap through unchanged', async () => {
    const { stream } = streamOf([4, 6]);
    assert.equal(await readAll(limitBody(stream, limits())), 10);
  });

  it('errors as soon as the body passes the cap, cancels the source and reads no further', async () => {
    let cancelled: unknown;
    const { stream, pulls } = streamOf([6, 6, 6, 6], (reason) => {
      cancelled = reason;
    });
    let settled = 0;
    const body = limitBody(stream, limits({ onSettled: () => settled++ }));
    await assert.rejects(readAll(body), /too large/);
    assert.equal(pulls(), 2);
    assert.match(String(cancelled), /too large/);
    assert.equal(settled, 1);
  });

  it('hands source failures to mapError', async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('socket reset'));
      },
    });
    const body = limitBody(
      failing,
      limits({ mapError: (error: Error) => new Error(`mapped: ${error.message}`) }),
    );
    await assert.rejects(readAll(body), /mapped: socket reset/);
  });
});

describe('readHead', () => {
  it('returns the first bytes and a stream that replays the whole body', async () => {
    const { stream } = streamOf([3, 3, 3]);
    const { head, body } = await readHead(stream, 5);
    assert.equal(head.byteLength, 6);
    assert.equal(await readAll(body), 9);
  });

  it('copes with a body shorter than the head', async () => {
    const { stream } = streamOf([2]);
    const { head, body } = await readHead(stream, 512);
    assert.equal(head.byteLength, 2);
    assert.equal(await readAll(body), 2);
  });
});
