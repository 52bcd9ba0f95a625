import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllowed, parseRobotsTxt, ROBOTS_TXT_MAX_BYTES } from './robots-txt.ts';

/** The verdict for `path` under `text`, for the agent "matome". */
const check = (text: string | Uint8Array, path: string, agent = 'matome') =>
  isAllowed(parseRobotsTxt(text), agent, path);

describe('parseRobotsTxt groups', () => {
  it('merges every group that names the agent and ignores the * group then', () => {
    const text = [
      'User-agent: *',
      'Disallow: /',
      'User-agent: matome',
      'Disallow: /drafts/',
      'User-agent: otherbot',
      'Disallow: /news/',
      'User-agent: MATOME',
      'Disallow: /tmp/',
    ].join('\n');
    assert.deepEqual(check(text, '/drafts/1'), { allowed: false, rule: 'Disallow: /drafts/' });
    assert.deepEqual(check(text, '/tmp/x'), { allowed: false, rule: 'Disallow: /tmp/' });
    assert.deepEqual(check(text, '/news/1'), { allowed: true });
    assert.deepEqual(check(text, '/news/1', 'somebot'), { allowed: false, rule: 'Disallow: /' });
  });

  it('starts one group with consecutive user-agent lines, across blank lines and Crawl-delay', () => {
    const text = 'User-agent: a\n\nCrawl-delay: 5\nUser-agent: matome\nDisallow: /x\n';
    assert.equal(check(text, '/x', 'a').allowed, false);
    assert.equal(check(text, '/x').allowed, false);
    const groups = parseRobotsTxt(text).groups;
    assert.deepEqual(
      groups.map((group) => group.userAgents),
      [['a', 'matome']],
    );
  });

  it('ignores rules before the first user-agent line', () => {
    assert.deepEqual(check('Disallow: /\nUser-agent: otherbot\nDisallow: /x', '/page'), { allowed: true });
  });

  it('matches the product token of a user-agent line such as "Matome/2.1 (+https://…)"', () => {
    const text = 'User-agent: *\nDisallow: /\nUser-agent: Matome/2.1 (+https://example.jp/bot)\nAllow: /\n';
    assert.equal(check(text, '/news').allowed, true);
    assert.equal(check(text, '/news', 'matomebot').allowed, false);
  });

  it('keeps an agent that has a group without rules from falling back to *', () => {
    assert.equal(check('User-agent: *\nDisallow: /\n\nUser-agent: matome\n', '/news').allowed, true);
  });

  it('reads directive names in any case, comments anywhere, and a missing colon after a known directive', () => {
    const text = 'USER-AGENT: matome # us\nDISALLOW: /a#comment\nallow /a/b\nnonsense line\n';
    assert.deepEqual(check(text, '/a/c'), { allowed: false, rule: 'Disallow: /a' });
    assert.deepEqual(check(text, '/a/b'), { allowed: true, rule: 'Allow: /a/b' });
  });

  it('treats an empty Disallow as allowing everything', () => {
    assert.deepEqual(check('User-agent: *\nDisallow:\n', '/anything'), { allowed: true });
  });
});

describe('isAllowed rule precedence (RFC 9309 §2.2.2)', () => {
  it('lets the longest matching pattern win, whatever the order in the file', () => {
    const text = 'User-agent: *\nAllow: /news/\nDisallow: /news/private\nDisallow: /\n';
    assert.deepEqual(check(text, '/news/private/1'), { allowed: false, rule: 'Disallow: /news/private' });
    assert.deepEqual(check(text, '/news/1'), { allowed: true, rule: 'Allow: /news/' });
    assert.deepEqual(check(text, '/about'), { allowed: false, rule: 'Disallow: /' });
  });

  it('lets allow win a tie between equally long patterns', () => {
    assert.deepEqual(check('User-agent: *\nDisallow: /page\nAllow: /page\n', '/page'), {
      allowed: true,
      rule: 'Allow: /page',
    });
  });

  it('matches * as any run of characters and a final $ as the end of the path', () => {
    const text = 'User-agent: *\nDisallow: /*.pdf$\nDisallow: /*/print/*?\n';
    assert.equal(check(text, '/files/report.pdf').allowed, false);
    assert.equal(check(text, '/files/report.pdf?download=1').allowed, true);
    assert.equal(check(text, '/news/print/7?page=2').allowed, false);
    assert.equal(check(text, '/news/print/7').allowed, true);
  });

  it('compares paths case-sensitively and includes the query', () => {
    const text = 'User-agent: *\nDisallow: /Search?q=\n';
    assert.equal(check(text, '/Search?q=port').allowed, false);
    assert.equal(check(text, '/search?q=port').allowed, true);
  });

  it('applies the rules to /robots.txt as written (the policy is what always allows fetching it)', () => {
    assert.deepEqual(check('User-agent: *\nDisallow: /\n', '/robots.txt'), {
      allowed: false,
      rule: 'Disallow: /',
    });
  });

  it('reads an empty path as /', () => {
    assert.equal(check('User-agent: *\nDisallow: /$\n', '').allowed, false);
  });

  it('matches a pattern full of wildcards against a long path without backtracking', {
    timeout: 5000,
  }, () => {
    const text = `User-agent: *\nDisallow: /${'*a'.repeat(200)}$\n`;
    assert.equal(check(text, `/${'a'.repeat(100_000)}b`).allowed, true);
    assert.equal(check(text, `/${'a'.repeat(100_000)}`).allowed, false);
  });
});

describe('isAllowed percent-encoding (as the reference parser and its spec corpus)', () => {
  const disallowed = (pattern: string, path: string) =>
    check(`User-agent: *\nDisallow: ${pattern}\n`, path).allowed === false;

  it('matches non-ASCII in a pattern against its UTF-8 escapes in the (encoded) path', () => {
    assert.ok(disallowed('/ニュース/', '/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/1'));
    assert.ok(disallowed('/%E3%83%84', '/%E3%83%84'));
    assert.ok(!disallowed('/%E3%83%84', '/ツ'), 'a path must come percent-encoded, as a URL gives it');
    assert.ok(disallowed('/%e3%83%84', '/%E3%83%84'), 'hex digits compare case-insensitively');
  });

  it('never decodes escapes: %62%61%7A and baz are different paths', () => {
    assert.ok(!disallowed('/foo/bar/%62%61%7A', '/foo/bar/baz'));
    assert.ok(!disallowed('/foo/bar/baz', '/foo/bar/%62%61%7A'));
    assert.ok(disallowed('/foo/bar/%62%61%7A', '/foo/bar/%62%61%7a'));
    assert.ok(!disallowed('/a%2Fb', '/a/b'), '%2F is not a path separator');
    assert.ok(disallowed('/a%2fb', '/a%2Fb'));
  });

  it('reads %2A and %24 in a pattern as a literal * and $', () => {
    assert.ok(disallowed('/file-%2A.html', '/file-*.html'));
    assert.ok(!disallowed('/file-%2A.html', '/file-x.html'));
    assert.ok(disallowed('/price-%24', '/price-$'));
    assert.ok(!disallowed('/price-%24', '/price-'));
  });

  it('compares characters a URL cannot hold raw in their escaped form', () => {
    assert.ok(disallowed('/a b', '/a%20b'));
    assert.ok(disallowed('/100%', '/100%25'));
  });
});

describe('parseRobotsTxt input handling', () => {
  it('skips a UTF-8 byte order mark, whole or cut short, but not one in mid-file', () => {
    const rules = 'User-agent: *\nDisallow: /x\n';
    for (const bom of [[0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xef]]) {
      const bytes = new Uint8Array([...bom, ...new TextEncoder().encode(rules)]);
      assert.equal(check(bytes, '/x').allowed, false, `BOM bytes ${bom.join(' ')}`);
    }
    assert.equal(check(`\uFEFF${rules}`, '/x').allowed, false);
    assert.equal(check('User-agent: *\n\uFEFFDisallow: /x\n', '/x').allowed, true);
  });

  it('splits lines at CRLF, CR and LF alike', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const text = ['User-agent: other', 'Allow: /x', 'User-agent: matome', '', 'Disallow: /'].join(eol);
      assert.equal(check(text, '/x').allowed, false, JSON.stringify(eol));
    }
  });

  it('reads only the first 500 KiB and drops the line cut at the limit', () => {
    const head = 'User-agent: *\nDisallow: /early\n';
    const filler = `# ${'-'.repeat(98)}\n`.repeat(Math.ceil(ROBOTS_TXT_MAX_BYTES / 100));
    // The Allow line starts 20 bytes before the limit: read up to the limit, it would be "Allow: /early/public".
    const cut = `${head}${filler}`.slice(0, ROBOTS_TXT_MAX_BYTES - 21);
    const text = `${cut}\nAllow: /early/public-and-long\nDisallow: /late\n`;
    const robots = parseRobotsTxt(text);
    assert.equal(robots.truncated, true);
    assert.equal(isAllowed(robots, 'matome', '/early/x').allowed, false);
    assert.equal(isAllowed(robots, 'matome', '/late').allowed, true, 'a rule past the limit is not read');
    assert.deepEqual(isAllowed(robots, 'matome', '/early/public-and-long'), {
      allowed: false,
      rule: 'Disallow: /early',
    });
    assert.equal(parseRobotsTxt(head).truncated, false);
  });
});
