// checkAddress against the IANA IPv4 and IPv6 Special-Purpose Address Registries as compiled in
// ../shared/data/ssrf/ipv4-special-ranges.json (see its README): the registry is the source of truth.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkAddress, parseIpAddress } from '../src/fetch/address-policy.ts';
import { sharedData } from './support/shared-data.ts';

interface RegistryRow {
  cidr: string;
  name: string;
  globally_reachable: boolean | null;
}

interface Registry {
  ipv4: RegistryRow[];
  ipv6: RegistryRow[];
  not_in_special_purpose_registries: { cidr: string; name: string }[];
}

const ranges = sharedData('data/ssrf/ipv4-special-ranges.json');
const file = ranges.path;

/** The first and last address of a CIDR block, written as checkAddress reads them. */
function ends(cidr: string): [string, string] {
  const [address = '', prefixText = ''] = cidr.split('/');
  const parsed = parseIpAddress(address);
  assert.ok(parsed, cidr);
  const bits = parsed.family === 4 ? 32 : 128;
  const hostBits = (1n << BigInt(bits - Number(prefixText))) - 1n;
  const format = parsed.family === 4 ? formatIpv4 : formatIpv6;
  return [format(parsed.value), format(parsed.value | hostBits)];
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

function formatIpv6(value: bigint): string {
  return Array.from({ length: 8 }, (_, index) =>
    ((value >> BigInt(112 - index * 16)) & 0xffffn).toString(16),
  ).join(':');
}

function contains(outer: string, inner: string): boolean {
  const [outerFirst, outerLast] = ends(outer).map((ip) => parseIpAddress(ip));
  const [innerFirst, innerLast] = ends(inner).map((ip) => parseIpAddress(ip));
  return (
    outerFirst?.family === innerFirst?.family &&
    (outerFirst?.value ?? 0n) <= (innerFirst?.value ?? 0n) &&
    (innerLast?.value ?? 0n) <= (outerLast?.value ?? 0n)
  );
}

describe('the IANA special-purpose registries (shared/data/ssrf)', {
  skip: ranges.skip,
}, () => {
  const registry: Registry = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : { ipv4: [], ipv6: [], not_in_special_purpose_registries: [] };
  const rows = [...registry.ipv4, ...registry.ipv6];

  it('refuses the first and last address of every range that is not globally reachable', () => {
    // null ("N/A" or blank: 6to4, Teredo, terminated blocks) counts as not reachable.
    const refused = rows.filter((row) => row.globally_reachable !== true);
    assert.ok(refused.length >= 35, 'the registry file has its rows');
    for (const row of refused) {
      for (const ip of ends(row.cidr)) {
        assert.equal(checkAddress(ip).allowed, false, `${ip} in ${row.cidr} (${row.name})`);
      }
    }
  });

  it('refuses multicast and the deprecated ranges the registries leave out', () => {
    for (const row of registry.not_in_special_purpose_registries) {
      for (const ip of ends(row.cidr)) assert.equal(checkAddress(ip).allowed, false, `${ip} (${row.name})`);
    }
  });

  it('allows the globally reachable ranges, except those nested in a refused block on purpose', () => {
    const refusedParents = rows.filter((row) => row.globally_reachable === false).map((row) => row.cidr);
    for (const row of rows.filter((item) => item.globally_reachable === true)) {
      const nested = refusedParents.some((parent) => contains(parent, row.cidr));
      // NAT64 64:ff9b::/96 carries an IPv4 address, which decides: 64:ff9b::808:808 is 8.8.8.8.
      const probe = row.cidr === '64:ff9b::/96' ? '64:ff9b::808:808' : ends(row.cidr)[0];
      assert.equal(checkAddress(probe).allowed, !nested, `${probe} in ${row.cidr} (${row.name})`);
    }
  });
});
