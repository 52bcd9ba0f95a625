import type { Tokenizer } from '../text/tokenizer.ts';

/** Where the CLI writes; injected so tests and the demo can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only there). */
  isTty: boolean;
  /** Environment for model settings and keys (process.env when absent). */
  env?: Readonly<Record<string, string | undefined>>;
  /** A tokenizer to reuse across calls in one process (loaded on first use otherwise). */
  tokenizer?: Tokenizer;
}

/** Resolves when `signal` aborts (tests) or, without one, at the process's first SIGINT or SIGTERM. */
export function untilStopped(signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => resolve();
    if (signal !== undefined) signal.addEventListener('abort', stop, { once: true });
    else {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
  });
}
