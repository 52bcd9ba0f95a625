import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jobKey } from './job-key.ts';

describe('jobKey', () => {
  it('gives the same work the same key whatever order its fields were written in', () => {
    const a = jobKey('build', {
      sources: ['https://a.example/1', '/tmp/b.html'],
      feed: { url: 'https://f.example/', pick: 3 },
    });
    const b = jobKey('build', {
      feed: { pick: 3, url: 'https://f.example/' },
      sources: ['https://a.example/1', '/tmp/b.html'],
    });
    assert.equal(a, b);
    assert.match(a, /^build-[0-9a-f]{32}$/);
  });

  it('gives other work, or the same input of another kind, another key', () => {
    const base = jobKey('build', { sources: ['https://a.example/1', '/tmp/b.html'] });
    assert.notEqual(jobKey('build', { sources: ['/tmp/b.html', 'https://a.example/1'] }), base);
    assert.notEqual(
      jobKey('build', { sources: ['https://a.example/1', '/tmp/b.html'], request: 'r2' }),
      base,
    );
    assert.notEqual(jobKey('verify', { sources: ['https://a.example/1', '/tmp/b.html'] }), base);
    assert.equal(
      jobKey('build', { sources: ['x'], publishTo: undefined }),
      jobKey('build', { sources: ['x'] }),
    );
  });
});
