import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MatomeError } from '../domain/errors.ts';
import { checkAddress } from './address-policy.ts';
import { checkUrl, createGuardPolicy } from './guard-policy.ts';

function ruleOf(url: string, options = {}): string {
  const check = checkUrl(url, options);
  return check.allowed ? 'allowed' : check.rule;
}

const octets = (value: number) => [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff);
const inBase = (value: number, base: 8 | 10 | 16) =>
  base === 10 ? String(value) : base === 16 ? `0x${value.toString(16)}` : `0${value.toString(8)}`;
const fullwidth = (text: string) =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));

/** Every way the WHATWG URL parser accepts to write one IPv4 address as a host. */
function spellings(value: number, base: 8 | 10 | 16): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = octets(value);
  const quad = `${a}.${b}.${c}.${d}`;
  return [
    inBase(value, base),
    [a, b, c, d].map((part) => inBase(part, base)).join('.'),
    `${inBase(a, base)}.${inBase(b, base)}.${inBase((c << 8) | d, base)}`,
    `${inBase(a, base)}.${inBase(value & 0xffffff, base)}`,
    `${quad}.`,
    fullwidth(quad),
    quad.replaceAll('.', '\u3002'),
  ];
}

describe('checkUrl', () => {
  it('gives every spelling of an IPv4 host the verdict of the address it names', () => {
    const base = fc.constantFrom<8 | 10 | 16>(8, 10, 16);
    // Half the runs pick from refused ranges, so both verdicts are exercised.
    const special = fc.constantFrom(
      0x7f000001,
      0x0a000005,
      0xa9fea9fe,
      0xc0a80101,
      0,
      0x64400001,
      0xac100001,
    );
    const address = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), special);
    fc.assert(
      fc.property(address, base, (value, radix) => {
        const expected = checkAddress(octets(value).join('.'));
        for (const spelling of spellings(value, radix)) {
          const check = checkUrl(`http://${spelling}/`);
          assert.equal(check.allowed, expected.allowed, spelling);
          if (!check.allowed && !expected.allowed) assert.equal(check.rule, expected.rule, spelling);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses IPv6 literals by the address, in any notation', () => {
    assert.equal(ruleOf('http://[::1]/'), 'loopback');
    assert.equal(ruleOf('http://[0:0:0:0:0:0:0:1]:8080/'), 'loopback');
    assert.equal(ruleOf('http://[::ffff:127.0.0.1]/'), 'loopback');
    assert.equal(ruleOf('http://[::ffff:a9fe:a9fe]/latest/meta-data/'), 'link-local');
    assert.equal(ruleOf('http://[fd00::1]/'), 'unique-local');
    assert.equal(ruleOf('http://[2606:4700:4700::1111]/'), 'allowed');
  });

  it('refuses IPv6 zone ids, which are not valid in a URL', () => {
    assert.equal(ruleOf('http://[fe80::1%25eth0]/'), 'invalid-url');
  });

  it('refuses local-only names without asking DNS', () => {
    const names = [
      'localhost',
      'LOCALHOST.',
      'ｌｏｃａｌｈｏｓｔ',
      'app.localhost',
      'metadata.google.internal',
      'printer.local',
      'router.localdomain',
      'nas.home.arpa',
    ];
    for (const name of names) assert.equal(ruleOf(`http://${name}/`), 'local-name', name);
  });

  it('refuses single-label names, which resolve through local search domains', () => {
    assert.equal(ruleOf('http://intranet/'), 'single-label-name');
    assert.equal(ruleOf('http://metadata./'), 'single-label-name');
  });

  it('allows ordinary public names on the default ports', () => {
    for (const url of [
      'https://news.example.jp/2025/01/a.html',
      'http://example.com:80/',
      'https://example.com:443/',
    ]) {
      assert.equal(ruleOf(url), 'allowed', url);
    }
  });

  it('refuses schemes other than http and https, and credentials in the URL', () => {
    assert.equal(ruleOf('file:///etc/passwd'), 'scheme');
    assert.equal(ruleOf('ftp://example.com/'), 'scheme');
    assert.equal(ruleOf('gopher://example.com:70/'), 'scheme');
    assert.equal(ruleOf('http://user:secret@example.com/'), 'credentials');
    assert.equal(ruleOf('http://127.1.1.1:80@127.2.2.2:80/'), 'credentials');
  });

  it('refuses ports other than 80 and 443 unless allowed', () => {
    assert.equal(ruleOf('http://example.com:22/'), 'port');
    assert.equal(ruleOf('https://example.com:8443/'), 'port');
    assert.equal(ruleOf('https://example.com:8443/', { allowPorts: [8443] }), 'allowed');
    // The scheme's own port stays allowed whatever the list says.
    assert.equal(ruleOf('https://example.com/', { allowPorts: [8443] }), 'allowed');
    assert.equal(ruleOf('http://example.com:443/', { allowPorts: [8443] }), 'port');
  });

  it('lets allowHosts opt in to a local host on any port, by name or by address in any spelling', () => {
    const options = { allowHosts: ['127.0.0.1', 'localhost', '::1'] };
    assert.equal(ruleOf('http://127.0.0.1:3000/', options), 'allowed');
    assert.equal(ruleOf('http://2130706433:3000/', options), 'allowed');
    assert.equal(ruleOf('http://localhost:5173/', options), 'allowed');
    assert.equal(ruleOf('http://[::1]:8080/', options), 'allowed');
    assert.equal(ruleOf('http://[0:0:0:0:0:0:0:1]/', options), 'allowed');
    // Only the named address: neighbours and other spellings of other addresses stay refused.
    assert.equal(ruleOf('http://127.0.0.2/', options), 'loopback');
    assert.equal(ruleOf('http://[::ffff:127.0.0.1]/', options), 'loopback');
    assert.equal(ruleOf('http://app.localhost/', options), 'local-name');
    assert.equal(ruleOf('http://10.0.0.5/', options), 'private-use');
  });

  it('refuses a URL that does not parse', () => {
    assert.equal(ruleOf('http://0000::1:80'), 'invalid-url');
    assert.equal(ruleOf('not a url'), 'invalid-url');
  });
});

describe('createGuardPolicy', () => {
  it('refuses an allowHosts entry that is not a bare host', () => {
    for (const entry of ['http://127.0.0.1', '127.0.0.1:8080', 'example.com/path', 'user@example.com', '']) {
      assert.throws(
        () => createGuardPolicy({ allowHosts: [entry] }),
        (error: unknown) => error instanceof MatomeError && error.code === 'INVALID_ARGUMENT',
        entry,
      );
    }
  });

  it('refuses a name whose answers mix public and private addresses (DNS rebinding)', () => {
    const policy = createGuardPolicy();
    assert.deepEqual(policy.checkResolved('news.example', ['93.184.215.14']), undefined);
    const refusal = policy.checkResolved('news.example', ['93.184.215.14', '127.0.0.1']);
    assert.equal(refusal?.rule, 'loopback');
    assert.match(
      refusal?.reason ?? '',
      /news\.example resolves to loopback address 127\.0\.0\.1.*all answers: 93\.184\.215\.14, 127\.0\.0\.1/,
    );
    assert.equal(policy.checkResolved('news.example', [])?.rule, 'no-address');
  });

  it('accepts private answers only for allowed names or allowed addresses', () => {
    const policy = createGuardPolicy({ allowHosts: ['dev.example', '127.0.0.1'] });
    assert.equal(policy.checkResolved('dev.example', ['10.0.0.5']), undefined);
    assert.equal(policy.checkResolved('news.example', ['127.0.0.1']), undefined);
    assert.equal(policy.checkResolved('news.example', ['127.0.0.1', '10.0.0.5'])?.rule, 'private-use');
  });
});
