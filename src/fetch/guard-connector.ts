import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { blockedError } from './guard-errors.ts';
import type { GuardPolicy } from './guard-policy.ts';

/** A resolver with the shape of `dns.lookup(hostname, { all: true }, callback)`; injectable for tests. */
export type LookupAll = (
  hostname: string,
  options: { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: readonly LookupAddress[]) => void,
) => void;

/**
 * An undici connector that checks the address it connects to, on every new connection (so on
 * every redirect hop): IP literals before connecting, names through a lookup that hands the
 * socket only addresses it has checked. The socket connects to exactly the checked addresses,
 * so nothing can change between check and connect (DNS rebinding).
 */
export function createGuardedConnector(options: {
  policy: GuardPolicy;
  lookup: LookupAll;
  connectTimeoutMs: number;
}): buildConnector.connector {
  const { policy } = options;
  const connect = buildConnector({
    timeout: options.connectTimeoutMs,
    lookup: createGuardedLookup(policy, options.lookup),
  });
  return (connectOptions, callback) => {
    const refusal = policy.checkHost(connectOptions.hostname);
    if (refusal) {
      callback(blockedError(originOf(connectOptions), refusal), null);
      return;
    }
    connect(connectOptions, callback);
  };
}

/**
 * A `net.connect` lookup that resolves with `lookup`, refuses the name when any answer is refused
 * (a mix of public and private answers is how rebinding attacks hide), and answers with the
 * checked addresses in the shape the socket asked for.
 */
export function createGuardedLookup(policy: GuardPolicy, lookup: LookupAll): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    lookup(hostname, { all: true }, (error, answers) => {
      if (error) {
        callback(error, []);
        return;
      }
      const refusal = policy.checkResolved(
        hostname,
        answers.map((answer) => answer.address),
      );
      if (refusal) {
        callback(blockedError(`//${hostname}`, refusal), []);
        return;
      }
      const family = familyOf(lookupOptions.family);
      const usable = family === 0 ? answers : answers.filter((answer) => answer.family === family);
      const first = usable[0];
      if (!first) {
        const missing: NodeJS.ErrnoException = new Error(`No IPv${family} address for ${hostname}`);
        missing.code = 'ENOTFOUND';
        callback(missing, []);
      } else if (lookupOptions.all) {
        callback(null, [...usable]);
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

function familyOf(family: number | string | undefined): number {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return typeof family === 'number' ? family : 0;
}

function originOf(connectOptions: { protocol: string; hostname: string; port: string }): string {
  const host = connectOptions.hostname.includes(':')
    ? `[${connectOptions.hostname}]`
    : connectOptions.hostname;
  return `${connectOptions.protocol}//${host}${connectOptions.port ? `:${connectOptions.port}` : ''}`;
}
