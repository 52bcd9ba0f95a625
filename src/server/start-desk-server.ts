import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createOfflineEngine } from '../engines/offline/compose-offline-article.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createHostScheduler } from '../fetch/host-scheduler.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import type { Store } from '../store/store.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import { type BuildRunner, createBuildJobs } from './build-jobs.ts';
import { createWorkerRunner } from './build-worker.ts';
import { createDeskApp, type DeskAppOptions } from './create-app.ts';

/** The product token robots.txt groups are matched against (as the CLI's). */
export interface DeskServerOptions {
  store: Store;
  tokenizer: Tokenizer;
  editors: ReadonlyMap<string, string>;
  /** 127.0.0.1 unless told otherwise: the desk is for the machine it runs on. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Folder whose files build jobs may name. */
  sourcesDir?: string;
  /** Hosts the guarded fetch may reach although private or loopback (as --allow-host). */
  allowHosts?: readonly string[];
  maxBodyBytes?: number;
  /** The store's file: builds then run in a worker thread on their own connection to it. */
  storePath?: string;
  /** The environment jobs asking for the llm engine read their model, address and credentials from. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Where builds run instead (`matome serve --redis`: added to the job queue and run by workers),
   * with how many may be under way at once.
   */
  builds?: { runner: BuildRunner; parallel: number };
  /** Also publishes each approved article elsewhere (see DeskAppOptions.publisher). */
  publisher?: DeskAppOptions['publisher'];
  /** The outbox records the article page shows (see DeskAppOptions.publications). */
  publications?: DeskAppOptions['publications'];
  /** The story tables of the same store: the stories page (see DeskAppOptions.stories). */
  stories?: DeskAppOptions['stories'];
  /** The job queues' status: the queue page (see DeskAppOptions.queueStatus). */
  queueStatus?: DeskAppOptions['queueStatus'];
}

export interface DeskServer {
  url: string;
  /** Stops accepting requests, lets running builds end, and closes open connections. */
  close(): Promise<void>;
}

/**
 * Starts the review desk: the offline engine (or the one a job asks for), one guarded fetch, robots policy and host scheduler
 * for every build (so one host is asked politely whoever asks), on @hono/node-server. With
 * `storePath`, builds run in a worker thread so requests are answered while an article is composed.
 */
export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const fetch = createGuardedFetch({ allowHosts: [...(options.allowHosts ?? [])] });
  const worker =
    options.storePath === undefined || options.builds !== undefined
      ? undefined
      : createWorkerRunner({
          storePath: options.storePath,
          allowHosts: [...(options.allowHosts ?? [])],
          ...(options.env === undefined ? {} : { env: { ...options.env } }),
        });
  const jobs = createBuildJobs({
    ...(worker === undefined ? {} : { runner: worker.runner }),
    ...(options.builds === undefined ? {} : options.builds),
    store: options.store,
    tokenizer: options.tokenizer,
    engine: createOfflineEngine(),
    ...(options.env === undefined ? {} : { env: options.env }),
    access: {
      fetch,
      robots: createRobotsPolicy({ fetch }),
      scheduler: createHostScheduler(),
    },
    ...(options.sourcesDir === undefined ? {} : { sourcesDir: options.sourcesDir }),
  });
  const host = options.host ?? '127.0.0.1';
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(host);
  const { app } = createDeskApp({
    // On loopback only the loopback names are answered (no DNS rebinding); elsewhere any name.
    ...(loopback ? { hosts: ['127.0.0.1', 'localhost', '[::1]'] } : {}),
    store: options.store,
    tokenizer: options.tokenizer,
    jobs,
    editors: options.editors,
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
    ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
    ...(options.publications === undefined ? {} : { publications: options.publications }),
    ...(options.stories === undefined ? {} : { stories: options.stories }),
    ...(options.queueStatus === undefined ? {} : { queueStatus: options.queueStatus }),
  });
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>(
    (resolve, reject) => {
      const started = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8787 }, (info) =>
        resolve({ server: started, address: info }),
      );
      started.once('error', reject);
    },
  );
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await jobs.idle();
      await worker?.close();
    },
  };
}
