// Runs Google's robots.txt compliance cases (../shared/data/robots, see its README) against
// parseRobotsTxt + isAllowed. matome follows RFC 9309; the eight cases where the RFC and Google's
// library disagree are listed in RFC_DIVERGENCES with the clause that decides them, and the test
// checks that matome gives the RFC's answer there.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAllowed, parseRobotsTxt } from '../src/fetch/robots-txt.ts';

interface SpecCase {
  name: string;
  robotstxt: string;
  robotstxt_base64?: string;
  useragent: string;
  url: string;
  expected_allowed: boolean;
  test_type: 'STANDARD' | 'GOOGLE_SPECIFIC';
  source_file: string;
}

const dataDir = join(import.meta.dirname, '..', '..', 'shared', 'data', 'robots');
const FIGURE_4 = 'RFC 9309 §2.2.2 (Figure 4): paths are percent-encoded before comparison';
const ROBOTS_TXT = 'RFC 9309 §2.2.2: "The /robots.txt URI is implicitly allowed"';
/** Cases whose expectation is Google's library behaviour, not RFC 9309; matome gives the opposite answer. */
const RFC_DIVERGENCES: Readonly<Record<string, string>> = {
  // The expectation relies on the caller not encoding "ツ"; the RFC encodes both sides, so they match.
  'non-ascii-paths/2/2': FIGURE_4,
  'non-ascii-paths/3/2': FIGURE_4,
  // The RFC's own example: "/foo/bar/%62%61%7A" is matched as "/foo/bar/baz".
  'non-ascii-paths/4/1': FIGURE_4,
  '327748/1/6': ROBOTS_TXT,
  '369883/1/6': ROBOTS_TXT,
  '369883/1/10': ROBOTS_TXT,
  '860237/1/10': ROBOTS_TXT,
  // GOOGLE_SPECIFIC: Google reads "Allow: /dir/index.html" as also allowing "/dir/"; no RFC rule does.
  'index-page/1/1': 'RFC 9309 §2.2.2 has no index.html equivalence: "Disallow: /" is the only match',
};

/** The path and query of a case URL, as written (Google's cases pass URLs unnormalised). */
function pathOf(url: string): string {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/#.*$/s, '');
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The exact bytes where the README says the string is a lossy decode (damaged BOMs). */
function robotsInput(spec: SpecCase): string | Uint8Array {
  return spec.robotstxt_base64 === undefined ? spec.robotstxt : Buffer.from(spec.robotstxt_base64, 'base64');
}

for (const file of ['cases.json', 'stress-cases.json']) {
  const path = join(dataDir, file);
  describe(`robots.txt compliance cases in ${file}`, () => {
    if (!existsSync(path)) {
      it(`skips: ${path} is missing (the shared data folder sits next to the repository)`, (context) => {
        context.skip(`${path} not found`);
      });
      return;
    }
    const cases = JSON.parse(readFileSync(path, 'utf8')) as SpecCase[];
    const bySource = Map.groupBy(cases, (spec) => spec.source_file);

    for (const [source, specs] of bySource) {
      it(`gives the expected verdict for every case of ${source}, or the RFC's where listed`, () => {
        const wrong = specs.flatMap((spec) => {
          const { allowed } = isAllowed(parseRobotsTxt(robotsInput(spec)), spec.useragent, pathOf(spec.url));
          const expected = spec.name in RFC_DIVERGENCES ? !spec.expected_allowed : spec.expected_allowed;
          return allowed === expected ? [] : [`${spec.name}: ${spec.url} for ${spec.useragent} → ${allowed}`];
        });
        assert.deepEqual(wrong, []);
      });
    }

    it('agrees with all but the listed RFC divergences', () => {
      const agreeing = cases.filter(
        (spec) =>
          isAllowed(parseRobotsTxt(robotsInput(spec)), spec.useragent, pathOf(spec.url)).allowed ===
          spec.expected_allowed,
      );
      const divergent = cases.filter((spec) => spec.name in RFC_DIVERGENCES).length;
      assert.equal(agreeing.length, cases.length - divergent);
      assert.equal(cases.length, file === 'cases.json' ? 146 : 254);
    });
  });
}
