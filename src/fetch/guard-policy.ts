import { MatomeError } from '../domain/errors.ts';
import { checkAddress, parseIpAddress } from './address-policy.ts';

/** Why a URL, host or address was refused: a stable rule id and a reason a person can read. */
export interface Refusal {
  rule: string;
  reason: string;
}

/** The verdict on a URL: allowed (with the parsed URL) or refused. */
export type UrlCheck = { allowed: true; url: URL } | ({ allowed: false } & Refusal);

/** What a deployment opts into; everything else follows the default policy. */
export interface GuardPolicyOptions {
  /** Host names or IP literals that may be fetched although they are local or private (local testing). */
  allowHosts?: readonly string[];
  /** Ports allowed for other hosts, besides the scheme's default; default 80 and 443. */
  allowPorts?: readonly number[];
}

/** The policy with its options normalised once; shared by the URL check and the connector. */
export interface GuardPolicy {
  /** Checks a URL's scheme, credentials, host and port (before any connection). */
  checkUrl(url: string | URL): UrlCheck;
  /** Checks the host a connection is about to be opened to: a name or an IP literal. */
  checkHost(hostname: string): Refusal | undefined;
  /** Checks every address a name resolved to: one refused address refuses the name (DNS rebinding). */
  checkResolved(hostname: string, addresses: readonly string[]): Refusal | undefined;
}

const DEFAULT_PORTS: readonly number[] = [80, 443];
const SCHEME_PORTS: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443 };

/**
 * Names that only mean something on this machine or a local network, refused without asking DNS:
 * RFC 6761 (localhost), RFC 6762 (.local, mDNS), RFC 8375 (.home.arpa), ICANN's reserved
 * .internal, and the common .localdomain.
 */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'localdomain', 'home.arpa'];

/** Checks `url` against the default policy plus `options`, without connecting anywhere. */
export function checkUrl(url: string | URL, options: GuardPolicyOptions = {}): UrlCheck {
  return createGuardPolicy(options).checkUrl(url);
}

/** Normalises the options into a policy; throws INVALID_ARGUMENT for an allowHosts entry that is not a host. */
export function createGuardPolicy(options: GuardPolicyOptions = {}): GuardPolicy {
  const allowedNames = new Set<string>();
  const allowedAddresses = new Set<string>();
  for (const entry of options.allowHosts ?? []) {
    const host = canonicalHost(entry);
    const address = parseIpAddress(host);
    if (address) allowedAddresses.add(addressKey(address.family, address.value));
    else allowedNames.add(host);
  }
  const ports = new Set(options.allowPorts ?? DEFAULT_PORTS);

  const isAllowedAddress = (ip: string): boolean => {
    const address = parseIpAddress(ip);
    return address !== undefined && allowedAddresses.has(addressKey(address.family, address.value));
  };
  const isAllowedHost = (hostname: string): boolean =>
    allowedNames.has(withoutTrailingDot(hostname)) || isAllowedAddress(hostname);

  const checkHost = (hostname: string): Refusal | undefined => {
    if (isAllowedHost(hostname)) return undefined;
    if (parseIpAddress(hostname)) return refusalOf(checkAddress(hostname));
    return checkHostName(hostname);
  };

  return {
    checkHost,
    checkResolved(hostname, addresses) {
      if (allowedNames.has(withoutTrailingDot(hostname))) return undefined;
      if (addresses.length === 0) return { rule: 'no-address', reason: `${hostname} resolved to no address` };
      for (const ip of addresses) {
        if (isAllowedAddress(ip)) continue;
        const check = checkAddress(ip);
        if (!check.allowed) {
          const others = addresses.length > 1 ? `; all answers: ${addresses.join(', ')}` : '';
          return { rule: check.rule, reason: `${hostname} resolves to ${check.reason}${others}` };
        }
      }
      return undefined;
    },
    checkUrl(input) {
      let url: URL;
      try {
        url = new URL(input);
      } catch {
        return { allowed: false, rule: 'invalid-url', reason: 'not a valid URL' };
      }
      if (!(url.protocol in SCHEME_PORTS)) {
        return { allowed: false, rule: 'scheme', reason: `scheme ${url.protocol} is not http: or https:` };
      }
      if (url.username !== '' || url.password !== '') {
        return { allowed: false, rule: 'credentials', reason: 'user name or password in the URL' };
      }
      const hostname = bareHost(url.hostname);
      if (isAllowedHost(hostname)) return { allowed: true, url };
      const refusal = checkHost(hostname);
      if (refusal) return { allowed: false, ...refusal };
      const port = url.port === '' ? SCHEME_PORTS[url.protocol] : Number(url.port);
      if (port !== SCHEME_PORTS[url.protocol] && !ports.has(port ?? 0)) {
        const allowed = [...new Set([...ports, SCHEME_PORTS[url.protocol]])].join(', ');
        return {
          allowed: false,
          rule: 'port',
          reason: `port ${port} is not a web port; allowed: ${allowed}`,
        };
      }
      return { allowed: true, url };
    },
  };
}

function checkHostName(hostname: string): Refusal | undefined {
  const name = withoutTrailingDot(hostname);
  for (const suffix of LOCAL_SUFFIXES) {
    if (name === suffix || name.endsWith(`.${suffix}`)) {
      return { rule: 'local-name', reason: `host name ${name} names a local machine or network` };
    }
  }
  // A name without a dot is completed from the local search domains ("metadata", "intranet"),
  // so it reaches inside the network; no public site is served from one.
  if (!name.includes('.')) {
    return { rule: 'single-label-name', reason: `single-label host name ${name} resolves only locally` };
  }
  return undefined;
}

function refusalOf(check: ReturnType<typeof checkAddress>): Refusal | undefined {
  return check.allowed ? undefined : { rule: check.rule, reason: check.reason };
}

/** Canonical form of an allowHosts entry, as the WHATWG URL parser writes host names. */
function canonicalHost(entry: string): string {
  const trimmed = entry.trim();
  // A bare IPv6 address needs brackets to be read as a URL host.
  const host = trimmed.includes(':') && !trimmed.startsWith('[') ? `[${trimmed}]` : trimmed;
  let url: URL | undefined;
  try {
    url = new URL(`http://${host}/`);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    url.host !== url.hostname ||
    url.username !== '' ||
    url.pathname !== '/' ||
    host.includes('/')
  ) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid allowed host: ${entry}`, {
      hint: 'Give a host name or an IP address without scheme, port or path, e.g. 127.0.0.1 or dev.example.',
    });
  }
  return withoutTrailingDot(bareHost(url.hostname));
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}

function withoutTrailingDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function addressKey(family: 4 | 6, value: bigint): string {
  return `${family}:${value}`;
}
