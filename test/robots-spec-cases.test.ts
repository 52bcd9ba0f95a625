// Runs Google's robots.txt compliance cases (../shared/data/robots, see its README) against
// parseRobotsTxt + isAllowed: every case must give the expected verdict. Where the corpus and a
// literal reading of RFC 9309 differ (no decoding of unreserved escapes, paths expected already
// percent-encoded, the rules applying to /robots.txt too, Google's index.html rule), the matcher
// follows the corpus; robots-policy.ts still always allows fetching /robots.txt itself.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAllowed, parseRobotsTxt } from '../src/fetch/robots-txt.ts';
import { sharedData } from './support/shared-data.ts';

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

const robotsData = sharedData('data/robots');
const dataDir = robotsData.path;
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
    if (robotsData.skip !== false || !existsSync(path)) {
      it(`needs ${path}`, (context) => {
        context.skip(robotsData.skip || `${path} not found`);
      });
      return;
    }
    const cases = JSON.parse(readFileSync(path, 'utf8')) as SpecCase[];
    const bySource = Map.groupBy(cases, (spec) => spec.source_file);

    for (const [source, specs] of bySource) {
      it(`gives the expected verdict for every case of ${source}`, () => {
        const wrong = specs.flatMap((spec) => {
          const { allowed } = isAllowed(parseRobotsTxt(robotsInput(spec)), spec.useragent, pathOf(spec.url));
          return allowed === spec.expected_allowed
            ? []
            : [`${spec.name}: ${spec.url} for ${spec.useragent} → ${allowed}`];
        });
        assert.deepEqual(wrong, []);
      });
    }

    it('agrees with every case of the file', () => {
      const agreeing = cases.filter(
        (spec) =>
          isAllowed(parseRobotsTxt(robotsInput(spec)), spec.useragent, pathOf(spec.url)).allowed ===
          spec.expected_allowed,
      );
      assert.equal(agreeing.length, cases.length);
      assert.equal(cases.length, file === 'cases.json' ? 146 : 254);
    });
  });
}
