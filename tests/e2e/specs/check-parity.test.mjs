// The Check page and `selo check` give the same findings on every fixture
// zone, against the same real local servers (tests/dns/up.sh, started by
// run.sh, which also builds the command). Findings are compared by code,
// as a multiset: the same problems, as often, whichever front shows them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from '../lib/browser.mjs';
import { CheckPage } from '../pages/check.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RESOLVER = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';
const DNS_DIR = process.env.SELO_DNS_DIR ?? '/tmp/selo-dns-e2e';
const SELO = process.env.SELO_BIN ?? join(ROOT, 'target/debug/selo');

const DOMAINS = [
  'healthy.test', 'spf10.test', 'spf11.test', 'spfvoid.test', 'spfloop.test', 'twospf.test',
  'sub.orgdmarc.test', 'rua-unauth.test', 'rua-auth.test', 'twodmarc.test', 'dkimcname.test',
  'dkimrevoked.test', 'dkim512.test', 'mtasts-uncovered.test', 'twomtasts.test',
  'mtasts-nocors.test', 'tlsrpt-bad.test', 'empty.test', 'nonexistent.test',
];

// The one difference a browser must make: a policy server without CORS
// headers cannot be read by a page (the command reads it), so the page says
// "could not read" instead of the policy's own findings.
const BROWSER = {
  'mtasts-nocors.test': { drop: /^mta_sts::/, add: ['check::mta-sts-policy-unreadable'] },
};

let env;
before(async () => {
  assert.ok(existsSync(SELO), `${SELO} is built (run.sh builds it)`);
  env = await setup({
    args: ['--host-resolver-rules=MAP mta-sts.*.test 127.0.0.1', '--ignore-certificate-errors'],
  });
});
after(async () => env?.close());

/** Every `code` in the command's JSON report, sorted. */
function cliCodes(domain) {
  let out;
  try {
    out = execFileSync(SELO, ['check', domain, '--resolver', RESOLVER, '--format', 'json', '--ca-file', join(DNS_DIR, 'ca.pem')], { encoding: 'utf8' });
  } catch (e) {
    // Exit 1 means findings with errors: the report is still on stdout.
    out = e.stdout;
  }
  const codes = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v.code === 'string' && typeof v.severity === 'string') codes.push(v.code);
      Object.values(v).forEach(walk);
    }
  };
  walk(JSON.parse(out));
  return codes.sort();
}

test('the Check page and selo check agree on every fixture zone', async () => {
  const page = await env.newPage();
  const c = await new CheckPage(page, env.url).goto();
  await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  for (const domain of DOMAINS) {
    await c.goto({ domain, resolver: RESOLVER });
    await c.done();
    const pageCodes = (await c.result().locator('.finding[data-code]').evaluateAll((els) => els.map((e) => e.dataset.code))).sort();
    const cli = cliCodes(domain);
    const adjust = BROWSER[domain];
    const expected = adjust ? [...cli.filter((c) => !adjust.drop.test(c)), ...adjust.add].sort() : cli;
    assert.ok(cli.length > 0, `${domain}: the command found something to compare`);
    assert.deepEqual(pageCodes, expected, domain);
  }
  await page.close();
});
