// The Analyze page and `selo message` give the same DKIM, SPF and DMARC
// results on every fixture message, against the same local DNS fixtures
// (tests/dns/up.sh, started by run.sh, which also builds the command).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from '../lib/browser.mjs';
import { AnalyzePage } from '../pages/analyze.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MESSAGES = join(ROOT, 'tests/fixtures/messages');
const RESOLVER = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';
const SELO = process.env.SELO_BIN ?? join(ROOT, 'target/debug/selo');

const FIXTURES = [
  'pass.eml', 'body-changed.eml', 'vendor-own-domain.eml', 'key-not-published.eml',
  'key-revoked.eml', 'key-too-short.eml', 'expired.eml', 'forwarded-arc.eml', 'headers-only.eml',
  'lf.eml', 'relaxed-refolded.eml', 'simple-refolded.eml', 'rsa-and-ed25519.eml',
];

let env;
before(async () => {
  assert.ok(existsSync(SELO), `${SELO} is built (run.sh builds it)`);
  env = await setup();
});
after(async () => env?.close());

/** The command's results, in the page's terms. */
function cli(name) {
  let out;
  try {
    out = execFileSync(SELO, ['message', join(MESSAGES, name), '--resolver', RESOLVER, '--format', 'json'], { encoding: 'utf8' });
  } catch (e) {
    // Exit 1 means DMARC fails: the analysis is still on stdout.
    out = e.stdout;
  }
  const v = JSON.parse(out);
  return {
    dkim: v.dkim.map((d) => ({ result: d.result, selector: d.selector, domain: d.domain, aligned: d.aligned && d.result === 'pass' })),
    spf: { result: v.spf.result, aligned: v.spf.aligned && v.spf.result === 'pass' },
    dmarc: v.dmarc.result,
  };
}

for (const name of FIXTURES) {
  test(`${name}: the page and selo message agree`, async () => {
    const page = await env.newPage();
    const a = await new AnalyzePage(page, env.url).goto();
    await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
    await a.goto();
    await a.text().fill(readFileSync(join(MESSAGES, name), 'utf8'));
    await a.run().click();
    await a.done();
    const shown = { dkim: await a.dkim(), spf: await a.spf(), dmarc: await a.dmarc() };
    assert.deepEqual(shown, cli(name));
    await page.close();
  });
}

test('no page problem', () => assert.deepEqual(env.problems, []));
