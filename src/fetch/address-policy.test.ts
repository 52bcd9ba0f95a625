import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkAddress, parseIpAddress } from './address-policy.ts';

function ruleOf(ip: string): string {
  const check = checkAddress(ip);
  return check.allowed ? 'allowed' : check.rule;
}

function dotted(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.');
}

describe('checkAddress', () => {
  it('refuses each local, private and special IPv4 range with its own rule', () => {
    const cases: Record<string, string> = {
      '0.0.0.0': 'this-network',
      '0.1.2.3': 'this-network',
      '10.0.0.5': 'private-use',
      '172.16.0.1': 'private-use',
      '172.31.255.255': 'private-use',
      '192.168.1.1': 'private-use',
      '100.64.0.1': 'shared-address-space',
      '100.127.255.255': 'shared-address-space',
      '127.0.0.1': 'loopback',
      '127.255.255.254': 'loopback',
      '169.254.169.254': 'link-local',
      '192.0.0.9': 'ietf-protocol-assignments',
      '192.0.2.10': 'documentation',
      '198.51.100.7': 'documentation',
      '203.0.113.200': 'documentation',
      '192.88.99.2': 'deprecated-6to4-relay',
      '198.18.0.1': 'benchmarking',
      '198.19.255.255': 'benchmarking',
      '224.0.0.251': 'multicast',
      '239.255.255.250': 'multicast',
      '240.0.0.1': 'reserved',
      '255.255.255.255': 'limited-broadcast',
    };
    for (const [ip, rule] of Object.entries(cases)) assert.equal(ruleOf(ip), rule, ip);
  });

  it('allows public IPv4 addresses, including those next to refused ranges', () => {
    for (const ip of [
      '8.8.8.8',
      '93.184.215.14',
      '1.1.1.1',
      '172.32.0.1',
      '100.128.0.1',
      '11.0.0.1',
      '223.255.255.255',
    ]) {
      assert.deepEqual(checkAddress(ip), { allowed: true }, ip);
    }
  });

  it('refuses the IPv6 loopback, unspecified, private, link-local, documentation and multicast ranges', () => {
    const cases: Record<string, string> = {
      '::1': 'loopback',
      '0:0:0:0:0:0:0:1': 'loopback',
      '0000::1': 'loopback',
      '::': 'unspecified',
      '::7f00:1': 'ipv4-compatible',
      'fc00::1': 'unique-local',
      'fd12:3456::1': 'unique-local',
      'fe80::1': 'link-local',
      'fe80::1%eth0': 'link-local',
      'fec0::1': 'site-local',
      'ff02::1': 'multicast',
      '2001:db8::1': 'documentation',
      '3fff::1': 'documentation',
      '2001::1': 'teredo',
      '2001:0:4136:e378:8000:63bf:3fff:fdd2': 'teredo',
      '2001:2::1': 'benchmarking',
      '2001:10::1': 'ietf-protocol-assignments',
      '64:ff9b:1::1': 'local-nat64',
      '100::1': 'discard-only',
      '5f00::1': 'segment-routing',
      '4000::1': 'reserved',
      '::ffff:0:7f00:1': 'reserved',
    };
    for (const [ip, rule] of Object.entries(cases)) assert.equal(ruleOf(ip), rule, ip);
  });

  it('judges IPv4-mapped, NAT64 and 6to4 addresses by the IPv4 address they carry', () => {
    assert.equal(ruleOf('::ffff:127.0.0.1'), 'loopback');
    assert.equal(ruleOf('::ffff:7f00:1'), 'loopback');
    assert.equal(ruleOf('::ffff:a9fe:a9fe'), 'link-local');
    assert.equal(ruleOf('64:ff9b::10.0.0.5'), 'private-use');
    assert.equal(ruleOf('2002:c0a8:0101::1'), 'private-use');
    assert.equal(ruleOf('2002:7f00:1::'), 'loopback');
    assert.equal(ruleOf('::ffff:8.8.8.8'), 'allowed');
    assert.equal(ruleOf('64:ff9b::808:808'), 'allowed');
    assert.equal(ruleOf('2002:808:808::1'), 'allowed');
    const mapped = checkAddress('::ffff:10.1.2.3');
    assert.ok(!mapped.allowed);
    assert.match(
      mapped.reason,
      /IPv4-mapped address ::ffff:10\.1\.2\.3 carrying private address 10\.1\.2\.3, RFC 1918/,
    );
  });

  it('allows global unicast IPv6 addresses', () => {
    for (const ip of ['2606:4700:4700::1111', '2001:4860:4860::8888', '2400:cb00::1', '2620:4f:8000::1']) {
      assert.deepEqual(checkAddress(ip), { allowed: true }, ip);
    }
  });

  it('refuses text that is not an address in canonical notation, since its meaning is ambiguous', () => {
    for (const text of [
      '0177.0.0.1',
      '127.1',
      '2130706433',
      '0x7f.0.0.1',
      '1.2.3.256',
      '01.2.3.4',
      ':::',
      '1::2::3',
      'example.com',
      '',
      '::ffff:1.2.3',
    ]) {
      assert.equal(ruleOf(text), 'invalid-address', text);
    }
  });

  it('names the address, the range and its RFC in the reason', () => {
    assert.deepEqual(checkAddress('10.0.0.5'), {
      allowed: false,
      rule: 'private-use',
      reason: 'private address 10.0.0.5, RFC 1918',
    });
  });

  it('gives an IPv4 address and its IPv4-mapped form the same verdict, for every address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => {
        const ip = dotted(value);
        assert.equal(checkAddress(`::ffff:${ip}`).allowed, checkAddress(ip).allowed);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every IPv6 address outside global unicast 2000::/3 that carries no IPv4 address', () => {
    const groups = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(groups, (parts) => {
        const ip = parts.map((part) => part.toString(16)).join(':');
        const first = parts[0] ?? 0;
        const embedsIpv4 = ip.startsWith('0:0:0:0:0:ffff:') || ip.startsWith('64:ff9b:0:0:0:0:');
        fc.pre(!embedsIpv4 && (first < 0x2000 || first > 0x3fff));
        assert.equal(checkAddress(ip).allowed, false, ip);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseIpAddress', () => {
  it('reads compressed, full and dotted-tail IPv6 to the same value', () => {
    const expected = parseIpAddress('::ffff:7f00:1');
    assert.deepEqual(parseIpAddress('0:0:0:0:0:ffff:127.0.0.1'), expected);
    assert.deepEqual(parseIpAddress('::FFFF:127.0.0.1'), expected);
    assert.deepEqual(parseIpAddress('127.0.0.1'), { family: 4, value: 0x7f000001n });
  });
});
