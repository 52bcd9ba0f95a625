// The review page writes each finding in Japanese from the finding catalogue (its name and its
// message from the finding's params), not the verifier's English message.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findingMessage } from '../src/verify/finding-messages.ts';
import {
  apiHeaders,
  createDeskFixture,
  type DeskFixture,
  SAMPLES,
  SATO,
  saveWithFlaggedHeading,
} from './support/desk-fixture.ts';

let fixture: DeskFixture;
let articleId: number;
let cookie: string;

before(async () => {
  fixture = await createDeskFixture();
  const built = await fixture.build([join(SAMPLES, 'local-railway')]);
  articleId = await saveWithFlaggedHeading(fixture.store, built);
  const login = await fixture.app.request('/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: SATO.token }).toString(),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
after(() => fixture.close());

describe('the review page in Japanese', () => {
  it("shows each flagged claim's findings with their Japanese name and message", async () => {
    const review = await fixture.app.request(`/api/articles/${articleId}/review`, { headers: apiHeaders() });
    const { claims } = (await review.json()) as {
      claims: {
        findings: { code: string; severity: string; message: string; params?: Record<string, string> }[];
      }[];
    };
    const findings = claims
      .flatMap((claim) => claim.findings)
      .filter((finding) => finding.severity !== 'info');
    assert.ok(findings.length > 0, 'the flagged heading has findings');
    assert.ok(
      findings.every((finding) => finding.params !== undefined),
      'findings carry their params',
    );
    const page = await fixture.app.request(`/articles/${articleId}`, { headers: { cookie } });
    assert.equal(page.status, 200);
    const html = await page.text();
    for (const finding of findings) {
      const ja = findingMessage(finding as Parameters<typeof findingMessage>[0], 'ja');
      assert.match(ja, /\p{Script=Hiragana}/u);
      const escaped = ja
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;');
      assert.ok(html.includes(`<span class="detail">${escaped}</span>`) || html.includes(escaped), ja);
      assert.ok(
        !html.includes(finding.message.replaceAll('"', '&quot;')),
        `English message shown: ${finding.message}`,
      );
    }
  });
});
