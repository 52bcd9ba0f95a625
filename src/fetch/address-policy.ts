/** The verdict on one IP address: allowed, or refused with a stable rule id and a readable reason. */
export type AddressCheck = { allowed: true } | { allowed: false; rule: string; reason: string };

/** A parsed IP address: its family and its bits as one unsigned integer (32 or 128 bits). */
export interface IpAddress {
  family: 4 | 6;
  value: bigint;
}

interface Range {
  network: bigint;
  prefix: number;
  rule: string;
  /** Reads after the address, e.g. "private address 10.0.0.5, RFC 1918". */
  label: string;
  reference: string;
}

// IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890) plus multicast and the deprecated
// forms they leave out. A parent block is refused whole on purpose even where it holds a few
// globally reachable anycast services (192.0.0.9, 2001:1::1 …): no news site is served from them.
const IPV4_RANGES: readonly Range[] = [
  ipv4Range('0.0.0.0/8', 'this-network', '"this network" address', 'RFC 791'),
  ipv4Range('10.0.0.0/8', 'private-use', 'private address', 'RFC 1918'),
  ipv4Range('100.64.0.0/10', 'shared-address-space', 'carrier-grade NAT address', 'RFC 6598'),
  ipv4Range('127.0.0.0/8', 'loopback', 'loopback address', 'RFC 1122'),
  ipv4Range('169.254.0.0/16', 'link-local', 'link-local address (cloud metadata)', 'RFC 3927'),
  ipv4Range('172.16.0.0/12', 'private-use', 'private address', 'RFC 1918'),
  ipv4Range('192.0.0.0/24', 'ietf-protocol-assignments', 'IETF protocol address', 'RFC 6890'),
  ipv4Range('192.0.2.0/24', 'documentation', 'documentation address', 'RFC 5737'),
  ipv4Range('192.88.99.0/24', 'deprecated-6to4-relay', 'deprecated 6to4 relay address', 'RFC 7526'),
  ipv4Range('192.168.0.0/16', 'private-use', 'private address', 'RFC 1918'),
  ipv4Range('198.18.0.0/15', 'benchmarking', 'benchmarking address', 'RFC 2544'),
  ipv4Range('198.51.100.0/24', 'documentation', 'documentation address', 'RFC 5737'),
  ipv4Range('203.0.113.0/24', 'documentation', 'documentation address', 'RFC 5737'),
  ipv4Range('224.0.0.0/4', 'multicast', 'multicast address', 'RFC 5771'),
  ipv4Range('240.0.0.0/4', 'reserved', 'reserved address', 'RFC 1112'),
  ipv4Range('255.255.255.255/32', 'limited-broadcast', 'broadcast address', 'RFC 919'),
];

const IPV6_RANGES: readonly Range[] = [
  ipv6Range('::/128', 'unspecified', 'unspecified address', 'RFC 4291'),
  ipv6Range('::1/128', 'loopback', 'loopback address', 'RFC 4291'),
  ipv6Range('::/96', 'ipv4-compatible', 'deprecated IPv4-compatible address', 'RFC 4291'),
  ipv6Range('64:ff9b:1::/48', 'local-nat64', 'local-use NAT64 address', 'RFC 8215'),
  ipv6Range('100::/64', 'discard-only', 'discard-only address', 'RFC 6666'),
  ipv6Range('100:0:0:1::/64', 'dummy', 'dummy address', 'RFC 9780'),
  ipv6Range('2001::/23', 'ietf-protocol-assignments', 'IETF protocol address', 'RFC 2928'),
  ipv6Range('2001::/32', 'teredo', 'Teredo tunnel address', 'RFC 4380'),
  ipv6Range('2001:2::/48', 'benchmarking', 'benchmarking address', 'RFC 5180'),
  ipv6Range('2001:db8::/32', 'documentation', 'documentation address', 'RFC 3849'),
  ipv6Range('3fff::/20', 'documentation', 'documentation address', 'RFC 9637'),
  ipv6Range('5f00::/16', 'segment-routing', 'SRv6 segment identifier', 'RFC 9602'),
  ipv6Range('fc00::/7', 'unique-local', 'unique local (private) address', 'RFC 4193'),
  ipv6Range('fe80::/10', 'link-local', 'link-local address', 'RFC 4291'),
  ipv6Range('fec0::/10', 'site-local', 'deprecated site-local address', 'RFC 3879'),
  ipv6Range('ff00::/8', 'multicast', 'multicast address', 'RFC 4291'),
];

/** Only 2000::/3 is allocated for global unicast; anything else not listed above is reserved. */
const GLOBAL_UNICAST = ipv6Range('2000::/3', 'global-unicast', '', '');

/** IPv6 ranges that carry an IPv4 address: the embedded address decides. */
const EMBEDDING_RANGES: readonly { range: Range; embedded: (value: bigint) => bigint }[] = [
  { range: ipv6Range('::ffff:0:0/96', 'ipv4-mapped', 'IPv4-mapped', 'RFC 4291'), embedded: low32 },
  { range: ipv6Range('64:ff9b::/96', 'nat64', 'NAT64', 'RFC 6052'), embedded: low32 },
  // 6to4: 2002:AABB:CCDD::/48 routes to the IPv4 address AA.BB.CC.DD (RFC 3056).
  {
    range: ipv6Range('2002::/16', '6to4', '6to4', 'RFC 3056'),
    embedded: (value) => (value >> 80n) & 0xffffffffn,
  },
];

/**
 * Decides whether matome may connect to `ip` (an IPv4 dotted quad or an IPv6 address, zone id
 * allowed). Refuses every special-purpose range that is not globally reachable, and judges
 * IPv4-mapped, NAT64 and 6to4 addresses by the IPv4 address they carry. Text that is not an
 * address in canonical notation (e.g. "0177.0.0.1") is refused too: its meaning is ambiguous.
 */
export function checkAddress(ip: string): AddressCheck {
  const address = parseIpAddress(ip);
  if (!address) return { allowed: false, rule: 'invalid-address', reason: `not an IP address: ${ip}` };
  if (address.family === 4) return checkRanges(ip, address.value, IPV4_RANGES, 32);

  for (const { range, embedded } of EMBEDDING_RANGES) {
    if (!contains(range, address.value, 128)) continue;
    const ipv4 = formatIpv4(embedded(address.value));
    const inner = checkAddress(ipv4);
    if (inner.allowed) return inner;
    return {
      allowed: false,
      rule: inner.rule,
      reason: `${range.label} address ${ip} carrying ${inner.reason}`,
    };
  }
  const refused = checkRanges(ip, address.value, IPV6_RANGES, 128);
  if (!refused.allowed) return refused;
  if (!contains(GLOBAL_UNICAST, address.value, 128)) {
    return {
      allowed: false,
      rule: 'reserved',
      reason: `reserved address ${ip} (not global unicast), RFC 4291`,
    };
  }
  return { allowed: true };
}

/** Parses a canonical IPv4 dotted quad or an IPv6 address (a "%zone" suffix is ignored); undefined otherwise. */
export function parseIpAddress(text: string): IpAddress | undefined {
  const ipv4 = parseIpv4(text);
  if (ipv4 !== undefined) return { family: 4, value: ipv4 };
  const ipv6 = parseIpv6(text);
  return ipv6 === undefined ? undefined : { family: 6, value: ipv6 };
}

function checkRanges(ip: string, value: bigint, ranges: readonly Range[], bits: number): AddressCheck {
  // Most specific match wins, so 2001::/32 reads "Teredo" rather than its parent 2001::/23.
  let best: Range | undefined;
  for (const range of ranges) {
    if (contains(range, value, bits) && (!best || range.prefix > best.prefix)) best = range;
  }
  if (!best) return { allowed: true };
  return { allowed: false, rule: best.rule, reason: `${best.label} ${ip}, ${best.reference}` };
}

function contains(range: Range, value: bigint, bits: number): boolean {
  const shift = BigInt(bits - range.prefix);
  return value >> shift === range.network >> shift;
}

function low32(value: bigint): bigint {
  return value & 0xffffffffn;
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** Strict dotted decimal: four parts, 0–255, no leading zeros (those read as octal in some parsers). */
function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  const zone = text.indexOf('%');
  const address = zone === -1 ? text : text.slice(0, zone);
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const compressed = halves.length === 2;
  const head = parseGroups(halves[0] ?? '', !compressed);
  const tail = compressed ? parseGroups(halves[1] ?? '', true) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (compressed ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/** Colon-separated hex groups; a dotted IPv4 tail counts as two groups where `mayEndWithIpv4`. */
function parseGroups(part: string, mayEndWithIpv4: boolean): number[] | undefined {
  if (part === '') return [];
  const pieces = part.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (mayEndWithIpv4 && index === pieces.length - 1 && piece.includes('.')) {
      const ipv4 = parseIpv4(piece);
      if (ipv4 === undefined) return undefined;
      groups.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
    } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
      groups.push(Number.parseInt(piece, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

function ipv4Range(cidr: string, rule: string, label: string, reference: string): Range {
  return makeRange(cidr, rule, label, reference, parseIpv4);
}

function ipv6Range(cidr: string, rule: string, label: string, reference: string): Range {
  return makeRange(cidr, rule, label, reference, parseIpv6);
}

function makeRange(
  cidr: string,
  rule: string,
  label: string,
  reference: string,
  parse: (text: string) => bigint | undefined,
): Range {
  const [address = '', prefix = ''] = cidr.split('/');
  const network = parse(address);
  if (network === undefined) throw new Error(`Bad range in the address policy: ${cidr}`);
  return { network, prefix: Number(prefix), rule, label, reference };
}
