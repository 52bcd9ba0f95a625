// A loopback publish target for queue tests: POST JSON with Idempotency-Key and X-Matome-Fence.
// One post per key (a repeated key answers the post already made, as a CMS looking up its own
// idempotency meta would); a fence lower than the highest seen for the key is refused with 409.
// It counts every request, so tests can compare what reached it with what the store recorded.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PublishTarget {
  url: string;
  /** Posts made, by idempotency key: each key should appear once. */
  posts: Map<string, { id: number; slug: string; fence: number }>;
  /** Every POST received per key (repeats after a crash are expected; posts are not). */
  requests: Map<string, number>;
  /** Posts the target created (not answered from an earlier one). */
  created: number;
  refusedStale: number;
  close(): Promise<void>;
}

export async function startPublishTarget(): Promise<PublishTarget> {
  const state: Omit<PublishTarget, 'url' | 'close'> = {
    posts: new Map(),
    requests: new Map(),
    created: 0,
    refusedStale: 0,
  };
  const highestFence = new Map<string, number>();
  let nextId = 1;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const key = request.headers['idempotency-key'];
      const fence = Number(request.headers['x-matome-fence']);
      if (request.method !== 'POST' || typeof key !== 'string' || !Number.isInteger(fence)) {
        response.writeHead(400).end('POST with Idempotency-Key and X-Matome-Fence');
        return;
      }
      state.requests.set(key, (state.requests.get(key) ?? 0) + 1);
      if (fence < (highestFence.get(key) ?? 0)) {
        state.refusedStale += 1;
        response.writeHead(409, { 'content-type': 'application/json' }).end('{"error":"stale fence"}');
        return;
      }
      highestFence.set(key, fence);
      const existing = state.posts.get(key);
      if (existing !== undefined) {
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: existing.id }));
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { slug: string };
      const post = { id: nextId++, slug: body.slug, fence };
      state.posts.set(key, post);
      state.created += 1;
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: post.id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/posts`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}
