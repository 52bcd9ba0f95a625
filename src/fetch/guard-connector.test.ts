import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { describe, it } from 'node:test';
import { MatomeError } from '../domain/errors.ts';
import { createGuardedLookup, type LookupAll } from './guard-connector.ts';
import { createGuardPolicy } from './guard-policy.ts';

const answers: Record<string, LookupAddress[]> = {
  'news.example': [
    { address: '93.184.215.14', family: 4 },
    { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
  ],
  'rebind.example': [
    { address: '93.184.215.14', family: 4 },
    { address: '127.0.0.1', family: 4 },
  ],
  'v6only.example': [{ address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 }],
};

const stubLookup: LookupAll = (hostname, _options, callback) => {
  const found = answers[hostname];
  if (found) callback(null, found);
  else callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
};

/** Calls the guarded lookup the way net.connect does and collects what it answers. */
function resolve(hostname: string, options: { all?: boolean; family?: number } = {}) {
  const lookup = createGuardedLookup(createGuardPolicy(), stubLookup);
  return new Promise<{ error: unknown; address: unknown; family: unknown }>((done) => {
    lookup(hostname, options, (error, address, family) => done({ error, address, family }));
  });
}

describe('createGuardedLookup', () => {
  it('hands the socket every checked address when it asks for all of them', async () => {
    const { error, address } = await resolve('news.example', { all: true });
    assert.equal(error, null);
    assert.deepEqual(address, answers['news.example']);
  });

  it('answers with one address of the family the socket asks for', async () => {
    assert.deepEqual(await resolve('news.example', { family: 6 }), {
      error: null,
      address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
      family: 6,
    });
    assert.equal(
      ((await resolve('v6only.example', { family: 4 })).error as NodeJS.ErrnoException).code,
      'ENOTFOUND',
    );
  });

  it('refuses the whole name when one answer is private, before any socket connects', async () => {
    const { error } = await resolve('rebind.example', { all: true });
    assert.ok(error instanceof MatomeError);
    assert.equal(error.code, 'FETCH_BLOCKED');
    assert.deepEqual(error.cause, {
      rule: 'loopback',
      reason:
        'rebind.example resolves to loopback address 127.0.0.1, RFC 1122; all answers: 93.184.215.14, 127.0.0.1',
    });
  });

  it('passes resolver errors through', async () => {
    const { error } = await resolve('missing.example', { all: true });
    assert.equal((error as NodeJS.ErrnoException).code, 'ENOTFOUND');
  });
});
