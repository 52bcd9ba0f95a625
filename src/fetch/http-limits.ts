/** What limitBody needs to know: the cap, and how to report what goes wrong. */
export interface BodyLimits {
  /** The most decoded bytes the body may have. */
  maxBytes: number;
  /** The error the reader gets when the body passes maxBytes. */
  tooLarge: () => unknown;
  /** Turns a failure of the source stream (idle timeout, reset, abort) into the error the reader gets. */
  mapError: (error: unknown) => unknown;
  /** Called once when the body ends, fails or is cancelled (stops the total-time timer). */
  onSettled: () => void;
}

/**
 * Wraps a decoded body so that it errors as soon as it passes `maxBytes`, and cancels the source
 * then. The cap counts decoded bytes: undici's maxResponseSize counts wire bytes, which a
 * compression bomb (a few hundred bytes of brotli inflating to gigabytes) slips under.
 * highWaterMark 0: nothing is read (or inflated) before the reader asks for it.
 */
export function limitBody(
  source: ReadableStream<Uint8Array>,
  limits: BodyLimits,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let size = 0;
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    limits.onSettled();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let result: Awaited<ReturnType<typeof reader.read>>;
        try {
          result = await reader.read();
        } catch (error) {
          settle();
          controller.error(limits.mapError(error));
          return;
        }
        if (result.done) {
          settle();
          controller.close();
          return;
        }
        size += result.value.byteLength;
        if (size > limits.maxBytes) {
          settle();
          const error = limits.tooLarge();
          controller.error(error);
          // The reader already has its error; cancelling stops the download and the decoder.
          await reader.cancel(error);
          return;
        }
        controller.enqueue(result.value);
      },
      async cancel(reason) {
        settle();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Reads at least `bytes` bytes (fewer if the body is shorter) from the start of `body`, and returns
 * them together with a stream that yields the whole body again, those bytes included.
 */
export async function readHead(
  body: ReadableStream<Uint8Array>,
  bytes: number,
): Promise<{ head: Uint8Array; body: ReadableStream<Uint8Array> }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const result = await reader.read();
    if (result.done) {
      done = true;
      break;
    }
    chunks.push(result.value);
    size += result.value.byteLength;
  }
  const head = Buffer.concat(chunks);
  const replay = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        if (done) controller.close();
      },
      async pull(controller) {
        const result = await reader.read();
        if (result.done) controller.close();
        else controller.enqueue(result.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
  return { head, body: replay };
}
