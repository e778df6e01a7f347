// The Check page against the real local DNS fixtures (tests/dns/up.sh, started
// by run.sh): DoH at 127.0.0.1:8053, MTA-STS policies over HTTPS on
// 127.0.0.1:443. Chromium sends every mta-sts.*.test name to 127.0.0.1 and
// accepts the test certificate, for this spec's browser only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { setup } from '../lib/browser.mjs';
import { CheckPage } from '../pages/check.mjs';
import { SpfGenerator } from '../pages/generators.mjs';
import { MtaStsGeneratorPage } from '../pages/gen_mta_sts.mjs';

const RESOLVER = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';

let env;
const requests = [];
// The loopback port of the unreachable-resolver test: nothing listens there.
let closedPort = null;
before(async () => {
  env = await setup({
    args: ['--host-resolver-rules=MAP mta-sts.*.test 127.0.0.1', '--ignore-certificate-errors'],
  });
  env.context.on('request', (r) => requests.push(r.url()));
});
after(async () => env?.close());

/** A check page with the local resolver saved as the user's choice. */
async function checked(domain, extra = {}) {
  const page = await env.newPage();
  const c = await new CheckPage(page, env.url).goto();
  await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  await c.goto({ domain, resolver: RESOLVER, ...extra });
  return c.done();
}

test('the first load carries no part of the checker', async () => {
  const page = await env.newPage();
  // The files the page had fetched when it became usable (data-ready).
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.documentElement?.hasAttribute('data-ready')) {
        window.__seloLoadedAtReady = performance.getEntriesByType('resource').map((e) => e.name);
        obs.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await new CheckPage(page, env.url).goto();
  assert.ok(await page.locator('#check-domain').isVisible());
  const atReady = await page.evaluate(() => window.__seloLoadedAtReady);
  assert.ok(atReady.some((u) => /selo-inspect-[0-9a-f]{16}_bg\.wasm$/.test(u)), 'the page module was loaded');
  assert.deepEqual(atReady.filter((u) => /selo-worker/.test(u)), [], 'no worker file before the page is usable');
  await page.close();
});

test('a link naming another resolver runs nothing until confirmed', async () => {
  const page = await env.newPage();
  const c = await new CheckPage(page, env.url).goto({ domain: 'healthy.test', resolver: RESOLVER });
  const box = c.confirmBox();
  await box.waitFor();
  assert.match(await box.textContent(), /This link asks to use resolver 127\.0\.0\.1:8053: its answers decide what you see/);
  await page.waitForTimeout(300);
  assert.equal(requests.filter((u) => u.startsWith(RESOLVER)).length, 0, 'no lookup before the yes');
  assert.equal(await c.page.locator('.check-summary').count(), 0);

  await box.getByRole('button', { name: 'Check with 127.0.0.1:8053' }).click();
  assert.equal(await c.result().getAttribute('aria-busy'), 'true', 'busy while looking up');
  await c.done();
  assert.equal(await c.result().getAttribute('aria-busy'), 'false');
  assert.match(await c.page.locator('.check-resolver').textContent(), /127\.0\.0\.1:8053\/dns-query/);
  // Confirming a link does not change the user's saved resolver.
  assert.equal(await page.evaluate(() => localStorage.getItem('selo-resolver')), null);
  await page.close();
});

test('the resolver picker keeps a loopback resolver and refuses plain http elsewhere', async () => {
  const page = await env.newPage();
  const c = await new CheckPage(page, env.url).goto();
  await page.getByLabel('Another resolver (RFC 8484 URL)').check();
  const url = page.locator('#check-resolver-url');
  await url.fill('http://dns.example/dns-query');
  await page.locator('#check-resolver-error').waitFor();
  assert.equal(await url.getAttribute('aria-invalid'), 'true');
  await url.fill(RESOLVER);
  assert.ok(await page.locator('#check-resolver-error').isHidden());
  assert.equal(await page.evaluate(() => localStorage.getItem('selo-resolver')), RESOLVER);
  await page.locator('#check-domain').fill('healthy.test');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await c.done();
  assert.equal(await c.confirmBox().count(), 0, 'the saved choice needs no confirmation');
  assert.match(page.url(), /domain=healthy\.test/);
  assert.match(page.url(), /resolver=http%3A%2F%2F127\.0\.0\.1%3A8053/);
  await page.close();
});

test('healthy.test: every record found and fine', async () => {
  const c = await checked('healthy.test');
  for (const kind of ['mx', 'spf', 'dmarc', 'dkim', 'mta-sts', 'tls-rpt', 'bimi']) {
    assert.equal(await c.status(kind), 'ok', `${kind} is ok`);
  }
  assert.equal(await c.result().locator('.finding.sev-error').count(), 0);
  assert.equal(await c.section('mta-sts').locator('.sts-policy-file').getAttribute('data-status'), 'ok');
  // A published record opens in the validator, the text in the fragment.
  const href = await c.section('spf').locator('.check-validate').first().getAttribute('href');
  assert.match(href, /^\?page=validate#v%3Dspf1/);
  await c.page.close();
});

test('spf11.test: 11 lookups is an error, with the tree and the total', async () => {
  const c = await checked('spf11.test');
  assert.equal(await c.status('spf'), 'invalid');
  assert.match(await c.section('spf').locator('.spf-total').textContent(), /^11 of 10 DNS lookups/);
  assert.ok((await c.section('spf').locator('.spf-node').count()) > 1, 'the include tree is shown');
  const fix = c.section('spf').locator('.finding.sev-error .finding-fix a').first();
  assert.match(await fix.getAttribute('href'), /^\?page=spf&domain=spf11\.test/);
  // The same in Portuguese.
  await c.chooseLang('Português');
  assert.match(await c.section('spf').locator('.spf-total').textContent(), /^11 de 10 consultas DNS/);
  await c.chooseLang('English');
  await c.page.close();
});

test('spf11.test: the fix link opens the SPF generator with every published term', async () => {
  const c = await checked('spf11.test');
  const fix = c.section('spf').locator('.finding.sev-error .finding-fix a').first();
  await fix.click();
  await c.page.waitForURL(/\?page=spf&domain=spf11\.test/);
  const g = new SpfGenerator(c.page, env.url);
  await g.value().getByText(/include:_s2\.spf11\.test/).waitFor();
  const record = await g.value().textContent();
  assert.equal(record, 'v=spf1 a mx a:mail.spf11.test include:_s1.spf11.test include:_s2.spf11.test -all');
  assert.notEqual(record, 'v=spf1 -all');
  assert.equal(await g.domain().inputValue(), 'spf11.test');
  assert.equal(await g.include(1).inputValue(), '_s1.spf11.test');
  assert.equal(await g.include(2).inputValue(), '_s2.spf11.test');
  assert.ok(await c.page.locator('#spf-mx').isChecked());
  assert.ok(await c.page.locator('#spf-a').isChecked());
  // The form ends with the next step, for the same domain.
  assert.equal(await c.page.getByTestId('next-step').getAttribute('href'), '?page=dkim&domain=spf11.test');
  await c.page.close();
});

test('spf11.test: the DMARC link adds the rua it recommends; the MTA-STS link starts in testing', async () => {
  const c = await checked('spf11.test');
  const dmarc = await c.section('dmarc').locator('.finding-fix a').first().getAttribute('href');
  const d = new URLSearchParams(dmarc.slice(1));
  assert.equal(d.get('p'), 'none');
  assert.equal(d.get('rua'), 'mailto:dmarc-reports@spf11.test');
  const sts = c.section('mta-sts').locator('.finding-fix a').first();
  const href = await sts.getAttribute('href');
  assert.equal(new URLSearchParams(href.slice(1)).get('mode'), 'testing');
  assert.doesNotMatch(href, /enforce/);
  await sts.click();
  await c.page.waitForURL(/\?page=mta-sts&domain=spf11\.test/);
  const g = new MtaStsGeneratorPage(c.page, env.url);
  assert.equal(await g.mode().inputValue(), 'testing');
  await g.policy().getByText(/mode: testing/).waitFor();
  assert.match(await g.policy().textContent(), /mx: mx1\.spf11\.test/);
  await c.page.close();
});

test('dkim512.test: the DKIM link names the selector with the short key', async () => {
  const c = await checked('dkim512.test');
  const href = await c.section('dkim').locator('.finding-fix a').first().getAttribute('href');
  assert.equal(new URLSearchParams(href.slice(1)).get('selector'), 's1');
  await c.page.close();
});

test('sub.orgdmarc.test: the organizational domain\'s DMARC record applies', async () => {
  const c = await checked('sub.orgdmarc.test');
  const applies = await c.section('dmarc').locator('.dmarc-applies').textContent();
  assert.match(applies, /_dmarc\.orgdmarc\.test/);
  assert.match(applies, /sub\.orgdmarc\.test has none of its own/);
  await c.page.close();
});

test('rua-unauth.test / rua-auth.test: report authorizations', async () => {
  let c = await checked('rua-unauth.test');
  let row = c.section('dmarc').locator('.rua-auth tbody tr').first();
  assert.match(await row.textContent(), /reports\.[a-z-]+\.test/);
  assert.match(await row.textContent(), /no: receivers will not send reports there/);
  await c.page.close();
  c = await checked('rua-auth.test');
  row = c.section('dmarc').locator('.rua-auth tbody tr').first();
  assert.equal(await row.locator('.check-status.st-ok').count(), 1);
  await c.page.close();
});

test('dkim512.test: a 512-bit key is found and refused', async () => {
  const c = await checked('dkim512.test');
  const s1 = c.section('dkim').locator('.dkim-selector[data-selector="s1"]');
  assert.match(await s1.locator('.dkim-key').textContent(), /RSA, 512 bits/);
  assert.ok((await s1.locator('.finding.sev-error').count()) > 0);
  assert.equal(await c.status('dkim'), 'invalid');
  await c.page.close();
});

test('mtasts-uncovered.test: the MX coverage table shows the host the policy misses', async () => {
  const c = await checked('mtasts-uncovered.test');
  const rows = c.section('mta-sts').locator('.mx-coverage tbody tr');
  assert.ok((await rows.count()) >= 2);
  const missed = rows.filter({ has: c.page.locator('.st-error') });
  assert.equal(await missed.count(), 1);
  assert.match(await missed.textContent(), /not in the policy's mx lines/);
  assert.equal(await c.status('mta-sts'), 'invalid');
  await c.page.close();
});

test('mtasts-nocors.test: an unreadable policy is "could not read", never "missing"', async () => {
  const c = await checked('mtasts-nocors.test');
  const file = c.section('mta-sts').locator('.sts-policy-file');
  assert.equal(await file.getAttribute('data-status'), 'unreadable');
  const text = await file.textContent();
  assert.match(text, /could not read/);
  assert.match(text, /does not mean the policy is missing/);
  assert.doesNotMatch(await file.locator('h4').textContent(), /missing/);
  await c.page.close();
});

test('mtasts-endless.test: a policy that never ends is refused at 64 KiB, not read whole', async () => {
  const c = await checked('mtasts-endless.test');
  await c.finding('check::mta-sts-policy-too-large').waitFor();
  assert.match(await c.finding('check::mta-sts-policy-too-large').textContent(), /larger than 64 KiB/);
  await c.page.close();
  // The policy server logs what it sent before the worker went away: the
  // worker reads the stream and cancels it at the limit, so the server sees
  // the connection closed before the 16 MiB it would send (buffers on the
  // way hold a few MiB, so the count itself is only bounded loosely).
  const log = join(process.env.SELO_DNS_DIR ?? '/tmp/selo-dns-e2e', 'policy.log');
  let line;
  for (let i = 0; i < 50 && !line; i++) {
    line = readFileSync(log, 'utf8').split('\n').reverse().find((l) => /endless mta-sts\.mtasts-endless\.test: \d+ bytes sent/.test(l));
    if (!line) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(line, 'the policy server logged the endless response');
  const sent = Number(/: (\d+) bytes sent/.exec(line)[1]);
  assert.match(line, /the client closed the connection/);
  assert.ok(sent < 16 * 1024 * 1024, `the server sent ${sent} bytes before the worker stopped reading`);
});

test('the report leads with one verdict line that counts what to fix now and what to improve', async () => {
  // The same counts as `selo check` on the same fixtures.
  for (const [domain, line] of [
    ['healthy.test', 'Nothing to fix or improve'],
    ['spf10.test', 'Nothing to fix now, 6 things to improve'],
    ['spf11.test', '1 thing to fix now, 5 to improve'],
    ['empty.test', '2 things to fix now, 4 to improve'],
    ['twomtasts.test', '3 things to fix now, 2 to improve'],
  ]) {
    const c = await checked(domain);
    assert.equal(
      await c.result().locator('.check-report > :first-child').getAttribute('class'),
      'check-verdict',
      `${domain}: the verdict comes first`,
    );
    assert.equal((await c.verdict().textContent()).trim(), line, domain);
    if (domain === 'empty.test') {
      await c.chooseLang('Português');
      assert.equal((await c.verdict().textContent()).trim(), '2 coisas a corrigir já, 4 a melhorar');
      await c.chooseLang('English');
    }
    await c.page.close();
  }
});

test('spf11.test: findings are ordered by what they cost, a broken SPF first and notes last', async () => {
  const c = await checked('spf11.test');
  const sections = await c.sectionOrder();
  assert.equal(sections[0], 'spf', sections.join(' '));
  assert.equal(sections.at(-1), 'dnssec', sections.join(' '));
  assert.deepEqual(await c.summaryOrder(), sections, 'the summary lists the parts in the sections\' order');
  // Within SPF, the error comes before the record's notes.
  const first = c.section('spf').locator('.finding').first();
  assert.equal(await first.getAttribute('data-code'), 'check::spf-too-many-lookups');
  // The DNSSEC note is in its own section, not above the summary.
  assert.equal(await c.result().locator('.check-general .finding').count(), 0);
  assert.equal(await c.section('dnssec').locator('.finding[data-code="check::dnssec-not-vouched"]').count(), 1);
  await c.page.close();
});

test('empty.test: a missing SPF or DMARC is to fix (✖), a missing BIMI is a note (ℹ)', async () => {
  const c = await checked('empty.test');
  for (const [kind, icon] of [['spf', '✖'], ['dmarc', '✖'], ['mta-sts', '⚠'], ['bimi', 'ℹ']]) {
    const badge = c.summaryRow(kind).locator('.check-status');
    assert.equal(await badge.getAttribute('data-status'), 'missing', kind);
    assert.equal((await badge.locator('[aria-hidden]').textContent()).trim(), icon, kind);
  }
  assert.match(await c.summaryRow('spf').textContent(), /1 to fix now/);
  assert.doesNotMatch(await c.summaryRow('bimi').textContent(), /to fix|to improve/);
  await c.page.close();
});

test('a summary line jumps to its section', async () => {
  const c = await checked('empty.test');
  const before = requests.length;
  assert.ok(await c.page.evaluate(() => document.documentElement.scrollHeight > innerHeight + 200), 'the report is taller than the window');
  await c.summaryRow('mx').getByRole('link', { name: 'MX' }).click();
  await c.page.waitForFunction(() => location.hash === '#check-mx');
  await c.page.waitForFunction(() => {
    const top = document.getElementById('check-mx').getBoundingClientRect().top;
    return scrollY > 0 && top >= -1 && top < innerHeight / 2;
  });
  // The same check, not a new one.
  assert.equal(await c.result().getAttribute('aria-busy'), 'false');
  assert.equal((await c.verdict().textContent()).trim(), '2 things to fix now, 4 to improve');
  assert.equal(requests.length, before, 'nothing looked up again');
  // Every summary line links to a section that is there.
  for (const href of await c.page.locator('.check-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    assert.equal(await c.page.locator(href).count(), 1, href);
  }
  await c.page.close();
});

test('spf10.test: one number for the SPF lookups, the real tree\'s', async () => {
  const c = await checked('spf10.test');
  const spf = c.section('spf');
  assert.match(await spf.locator('.spf-total').textContent(), /^10 of 10 DNS lookups/);
  const text = await spf.textContent();
  assert.doesNotMatch(text, /about \d+ of the 10/);
  assert.doesNotMatch(text, /use(s)? \d+ of the 10/);
  assert.doesNotMatch(text, /with the domain check/);
  assert.equal(await spf.locator('.finding[data-code^="spf::lookup"]').count(), 0);
  await c.page.close();
});

test('spfhalf.test: part of the SPF tree cannot be looked up, so the estimate is the one number, said to be one', async () => {
  const c = await checked('spfhalf.test');
  const spf = c.section('spf');
  assert.equal(
    (await spf.locator('.spf-total').textContent()).trim(),
    'About 3 of 10 DNS lookups, estimated from the record alone: part of its include tree could not be looked up.',
  );
  assert.doesNotMatch(await spf.textContent(), /uses \d+ of the 10|with the domain check/);
  assert.match((await c.verdict().textContent()).trim(), /; 1 lookup failed$/);
  await c.page.close();
});

test('nonexistent.test: a domain that does not exist is said first, with nothing to publish', async () => {
  const c = await checked('nonexistent.test');
  assert.equal(await c.result().locator('.check-general').getAttribute('data-exists'), 'false');
  assert.equal(
    (await c.verdict().textContent()).trim(),
    'nonexistent.test does not exist, so nothing can be published there',
  );
  assert.equal(await c.result().locator('.check-report > :first-child').getAttribute('class'), 'check-verdict');
  await c.finding('check::nxdomain').waitFor();
  assert.match(await c.finding('check::nxdomain').textContent(), /does not exist/);
  assert.equal(await c.result().locator('.finding').count(), 1, 'the one finding: it does not exist');
  assert.equal(await c.result().locator('.finding-fix, a[href^="?page="]').count(), 0, 'no link to a generator');
  const text = await c.result().textContent();
  assert.doesNotMatch(text, /Publish|Write one with|Nothing published/);
  await c.page.close();
});

test('an unreachable resolver: "could not look up", never "Nothing published"', async () => {
  // A loopback port nobody listens on.
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  closedPort = probe.address().port;
  await new Promise((ok) => probe.close(ok));
  const url = `http://127.0.0.1:${closedPort}/dns-query`;
  const page = await env.newPage();
  const c = await new CheckPage(page, env.url).goto();
  await page.evaluate((u) => localStorage.setItem('selo-resolver', u), url);
  await c.goto({ domain: 'healthy.test', resolver: url });
  await c.done();
  assert.equal((await c.verdict().textContent()).trim(), 'Could not look up healthy.test: nothing was checked');
  await c.finding('check::resolver-unreachable').waitFor();
  assert.equal(await c.result().locator('.finding').count(), 1);
  const rows = c.page.locator('.check-summary tr[data-kind]');
  assert.ok((await rows.count()) >= 7);
  for (const row of await rows.all()) {
    assert.match(await row.textContent(), /could not look up/);
  }
  const text = await c.result().textContent();
  assert.doesNotMatch(text, /Nothing published|Write one with|Publish/);
  assert.equal(await c.result().locator('.finding-fix').count(), 0);
  await c.chooseLang('Português');
  assert.equal((await c.verdict().textContent()).trim(), 'Não foi possível consultar healthy.test: nada foi verificado');
  assert.match(await rows.first().textContent(), /não foi possível consultar/);
  await c.chooseLang('English');
  await page.close();
});

test('only 127.0.0.1 was asked, and nothing went wrong in the console', () => {
  const hosts = new Set(requests.map((u) => new URL(u).hostname));
  assert.ok(closedPort, 'the unreachable-resolver test ran');
  for (const h of hosts) {
    // mta-sts.<domain>.test is sent to 127.0.0.1 by --host-resolver-rules.
    assert.ok(h === '127.0.0.1' || /^mta-sts\.[a-z0-9.-]+\.test$/.test(h), `request to ${h}`);
  }
  // Expected and not a fault of the page: the refused connections of the
  // unreachable resolver, the browser's own report of the CORS refusal
  // (mtasts-nocors.test) and 404s of domains without a policy.
  const expected = (p) =>
    p.includes(`127.0.0.1:${closedPort}`) ||
    /ERR_CONNECTION_REFUSED/.test(p) ||
    /mtasts-nocors\.test.*(CORS|Failed to fetch|ERR_FAILED)/i.test(p) ||
    /HTTP 404 for https:\/\/mta-sts\./.test(p) ||
    /Failed to load resource: the server responded with a status of 404/.test(p);
  assert.deepEqual(env.problems.filter((p) => !expected(p)), []);
});
