// The Analyze page against the real local DNS fixtures (tests/dns/up.sh,
// started by run.sh): DoH at 127.0.0.1:8053 serving tests/dns/test.zone,
// whose msg.test names hold the keys and policies of the fixture messages
// in tests/fixtures/messages. Every request the browser makes is recorded:
// the message must never leave it, only DNS questions under msg.test (and
// the DMARC tree walk's `_dmarc.test`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from '../lib/browser.mjs';
import { AnalyzePage } from '../pages/analyze.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MESSAGES = join(ROOT, 'tests/fixtures/messages');
const RESOLVER = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';

let env;
const requests = [];
before(async () => {
  env = await setup();
  env.context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
});
after(async () => env?.close());

/** The name asked in an RFC 8484 GET (`?dns=` base64url wire format). */
function dohName(url) {
  const q = new URL(url).searchParams.get('dns');
  if (!q) return null;
  const wire = Buffer.from(q, 'base64url');
  const labels = [];
  for (let i = 12; i < wire.length && wire[i] !== 0; i += wire[i] + 1) {
    labels.push(wire.subarray(i + 1, i + 1 + wire[i]).toString('latin1'));
  }
  return labels.join('.').toLowerCase();
}

/** An Analyze page with the local resolver saved as the user's choice. */
async function opened() {
  const page = await env.newPage();
  const a = await new AnalyzePage(page, env.url).goto();
  await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  await a.goto();
  await a.text().waitFor();
  return a;
}

/** Pastes the fixture `name` and runs the analysis. */
async function analyzed(name) {
  const a = await opened();
  await a.text().fill(readFileSync(join(MESSAGES, name), 'utf8'));
  await a.run().click();
  return a.done();
}

test('the page has its form, the privacy note and the shared resolver choice', async () => {
  const a = await opened();
  assert.equal(await a.heading().textContent(), 'Analyze a received message');
  assert.match(await a.page.locator('.analyze-private').textContent(), /stays in this browser/);
  // The Check page's resolver list, with the saved choice.
  assert.equal(await a.page.getByLabel('Resolver URL').inputValue(), RESOLVER);
  assert.ok(await a.page.getByLabel('Another resolver (RFC 8484 URL)').isChecked());
  assert.ok(await a.page.getByLabel('Connecting IP (optional)').isVisible());
  assert.ok(await a.page.getByLabel('MAIL FROM (optional)').isVisible());
  await a.run().click();
  assert.match(await a.page.getByRole('alert').textContent(), /Paste a message or choose a file first/);
  assert.equal(await a.page.getByTestId('nav-analyze').getAttribute('aria-current'), 'page');
  await a.page.close();
});

test('the analyzer is a module of its own, loaded by the Analyze page only', async () => {
  const page = await env.newPage();
  const urls = [];
  // Without content hashes (selo-worker-0123…_bg.wasm, selo-analyzer_loader-0123….js).
  page.on('request', (r) => urls.push(new URL(r.url()).pathname.replace(/-[0-9a-f]{16}(_bg\.wasm|\.js)$/, '$1')));
  for (const p of ['', '?page=validate', '?page=check', '?page=reports', '?page=dmarc']) {
    await page.goto(`${env.url}${p}`);
    await page.waitForSelector('html[data-ready]');
    await page.waitForLoadState('networkidle');
  }
  // The tools start the record worker after their first paint; none of
  // these pages starts the analyzer.
  assert.ok(urls.some((u) => u.endsWith('/selo-records_bg.wasm')), urls.join(' '));
  assert.deepEqual(urls.filter((u) => u.includes('selo-analyzer')), []);
  // The Analyze page starts it as it opens, before anything is asked.
  await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  const a = await new AnalyzePage(page, env.url).goto();
  await a.text().waitFor();
  assert.ok(urls.some((u) => u.endsWith('/selo-analyzer_loader.js')), urls.join(' '));
  assert.ok(urls.some((u) => u.endsWith('/selo-analyzer_bg.wasm')), urls.join(' '));
  await a.text().fill(readFileSync(join(MESSAGES, 'pass.eml'), 'utf8'));
  await a.run().click();
  await a.done();
  assert.equal(await a.dmarc(), 'pass');
  // Typed text survives a change of language (the form is built again).
  await a.langButton('Português').click();
  await a.page.getByRole('button', { name: 'Analisar', exact: true }).waitFor();
  assert.match(await page.locator('#analyze-text').inputValue(), /^Return-Path|^[A-Za-z-]+:/);
  assert.match(await a.verdict().textContent(), /O DMARC passa/);
  await a.langButton('English').click();
  await a.run().waitFor();
  await page.close();
});

test('a message signed and sent by its own domain passes DMARC', async () => {
  const a = await analyzed('pass.eml');
  assert.equal(await a.status(), 'pass');
  assert.equal(await a.dmarc(), 'pass');
  assert.match(await a.verdict().textContent(), /DMARC passes/);
  const dkim = await a.dkim();
  assert.ok(dkim.length >= 1);
  assert.ok(dkim.every((d) => d.result === 'pass' && d.aligned), JSON.stringify(dkim));
  assert.deepEqual(await a.spf(), { result: 'pass', aligned: true });
  // The route as a timeline with the delay at each hop.
  assert.ok((await a.section('received').locator('.hop').count()) >= 1);
  assert.equal(await a.result().getAttribute('aria-busy'), 'false');
  // The message never goes in the address.
  assert.equal(new URL(a.page.url()).search, '?page=analyze');
  assert.equal(new URL(a.page.url()).hash, '');
  await a.page.close();
});

test('a vendor signing and bouncing with its own domain fails DMARC, with a fix', async () => {
  const a = await analyzed('vendor-own-domain.eml');
  assert.equal(await a.dmarc(), 'fail');
  assert.match(await a.verdict().textContent(), /DMARC fails/);
  assert.match(await a.verdict().textContent(), /A receiver would refuse it \(p=reject\)/);
  assert.deepEqual(await a.dkim(), [{ result: 'pass', selector: 'esp', domain: 'vendor.msg.test', aligned: false }]);
  assert.deepEqual(await a.spf(), { result: 'pass', aligned: false });
  const links = await a.fixLinks().evaluateAll((as) => as.map((x) => x.getAttribute('href')));
  assert.ok(links.length >= 1, 'at least one fix');
  assert.ok(links.every((h) => /^\?page=(spf|dkim|dmarc)&domain=good\.msg\.test/.test(h)), links.join(' '));
  // The link opens the generator, filled in.
  await a.fixLinks().first().click();
  await a.page.waitForURL(/page=(spf|dkim|dmarc)&domain=good\.msg\.test/);
  assert.equal(await a.page.locator('#domain').inputValue(), 'good.msg.test');
  await a.page.close();
});

test('an SPF fail links to the generator holding the published record and the sending address', async () => {
  const a = await opened();
  await a.text().fill(readFileSync(join(MESSAGES, 'pass.eml'), 'utf8'));
  await a.page.getByLabel('Connecting IP (optional)').fill('198.51.100.77');
  await a.run().click();
  await a.done();
  assert.equal((await a.spf()).result, 'fail');
  const link = a.result().locator('.analyze-fix[data-code="message::spf-fail"] a');
  const href = await link.getAttribute('href');
  const q = new URLSearchParams(href.slice(1));
  assert.equal(q.get('domain'), 'good.msg.test');
  assert.deepEqual(q.get('ip4').split('\n'), ['192.0.2.0/24', '198.51.100.77']);
  // The generator opens with what is published plus the address: never "v=spf1 -all" alone.
  await link.click();
  await a.page.waitForURL(/page=spf&domain=good\.msg\.test/);
  const value = a.page.getByTestId('out-value').first();
  await value.getByText('v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.77 -all').waitFor();
  await a.page.close();
});

test('a body changed after signing shows the body hash reason, in both languages', async () => {
  const a = await analyzed('body-changed.eml');
  assert.equal(await a.dmarc(), 'fail');
  const [sig] = await a.dkim();
  assert.equal(sig.result, 'fail');
  const dkim = a.section('dkim');
  assert.match(await dkim.textContent(), /the body changed after it was signed \(the body hash does not match\)/);
  assert.doesNotMatch(await dkim.textContent(), /body-hash-mismatch/);
  assert.equal(await a.result().locator('.finding[data-code="message::dkim-body-changed"]').count(), 1);
  // The Portuguese words of the page come with its pack: wait for them.
  await a.langButton('Português').click();
  await a.section('dkim').getByText(/o corpo mudou depois de assinado/).waitFor();
  assert.match(await a.verdict().textContent(), /O DMARC falha/);
  // The choice of language is kept: back to English for the next tests.
  await a.langButton('English').click();
  await a.run().waitFor();
  await a.page.close();
});

/** The result's visible text without the findings' own codes (`message::…`). */
async function shown(a) {
  return a.result().evaluate((r) => {
    const copy = r.cloneNode(true);
    copy.querySelectorAll('.finding-code').forEach((c) => c.remove());
    return copy.innerText;
  });
}

test('a failing body hash: what to fix agrees with the findings, aligned but failing, plain words', async () => {
  const a = await analyzed('body-changed.eml');
  for (const [lang, nothing, alignedButFails, lookups] of [
    ['English', 'Nothing to fix', /aligned, but it does not pass/, 'DNS lookups'],
    ['Português', 'Nada a corrigir', /alinhado, mas não passa/, 'Consultas DNS'],
  ]) {
    if (lang === 'Português') {
      await a.chooseLang(lang);
      await a.section('fixes').getByText(/O que corrigir/).waitFor();
    }
    const fixes = a.section('fixes');
    // Errors are found: the list of what to fix is not empty, and starts
    // with the signature whose body changed.
    assert.ok((await a.result().locator('.finding.sev-error').count()) > 0);
    assert.doesNotMatch(await fixes.textContent(), new RegExp(nothing));
    const items = await fixes.locator('.analyze-fix').evaluateAll((li) => li.map((x) => x.dataset.code));
    assert.equal(items[0], 'message::dkim-body-changed', items.join(' '));
    assert.ok(items.includes('message::spf-fail'), items.join(' '));
    // The signature is of the From domain: aligned, but it fails.
    const align = a.section('dkim').locator('.align');
    assert.equal(await align.getAttribute('data-status'), 'aligned-but-failed');
    assert.match(await align.textContent(), alignedButFails);
    // The SPF row names what it counts.
    await a.section('spf').getByRole('rowheader', { name: lookups, exact: true }).waitFor();
    const text = await shown(a);
    assert.doesNotMatch(text, /[{}]/);
    assert.doesNotMatch(text, /body-hash-mismatch|key-not-published|signature-mismatch/);
  }
  await a.chooseLang('English');
  await a.page.close();
});

test('a key that is not published is said in words, with its fix', async () => {
  const a = await analyzed('key-not-published.eml');
  const text = await shown(a);
  assert.doesNotMatch(text, /key-not-published|[{}]/);
  assert.match(await a.section('dkim').textContent(), /no public key is published at the selector's name/);
  assert.equal(await a.section('fixes').locator('.analyze-fix[data-code="message::dkim-key-missing"] a').count(), 1);
  await a.page.close();
});

test('a file that is not a message gets a clear error', async () => {
  const a = await opened();
  await a.file().setInputFiles(join(MESSAGES, 'not-a-message.txt'));
  await a.done();
  assert.equal(await a.status(), 'error');
  assert.match(await a.result().textContent(), /This text cannot be analyzed/);
  assert.match(await a.result().textContent(), /not an e-mail message/);
  assert.equal(await a.result().locator('.finding[data-code="message::not-a-message"]').count(), 1);
  await a.page.close();
});

test('a dropped .eml file is read and analyzed', async () => {
  const a = await opened();
  await a.file().setInputFiles(join(MESSAGES, 'pass.eml'));
  await a.done();
  assert.equal(await a.dmarc(), 'pass');
  assert.match(await a.text().inputValue(), /^Return-Path|^[A-Za-z-]+:/);
  await a.page.close();
});

test('no request carries the message: only DNS questions under msg.test', () => {
  // Words of the messages analyzed above (vendor-own-domain.eml, not-a-message.txt).
  const secrets = ['November newsletter', 'Sent through a vendor', 'reader@receiver.test', 'renew the domain'];
  const origin = new URL(env.url).origin;
  const doh = requests.filter((r) => r.url.startsWith(RESOLVER));
  assert.ok(doh.length > 0, 'some DNS questions were asked');
  for (const r of requests) {
    for (const s of secrets) {
      assert.ok(!decodeURIComponent(r.url).includes(s) && !r.body.includes(s), `${r.url} carries "${s}"`);
    }
    if (r.url.startsWith(RESOLVER)) {
      assert.equal(r.method, 'GET', r.url);
      assert.equal(r.body, '');
      const name = dohName(r.url);
      // Names under msg.test, the DMARC tree walk's policy names above it
      // (RFC 9989 4.10: _dmarc.msg.test, _dmarc.test), and the sending IP's
      // reverse name for the sender requirements (its forward name is
      // under msg.test).
      assert.ok(
        name && (name.endsWith('.msg.test') || name === '_dmarc.test' || name.endsWith('.in-addr.arpa')),
        `DoH question for ${name}`,
      );
    } else {
      // Everything else is the site's own files.
      assert.equal(new URL(r.url).origin, origin, r.url);
      assert.equal(r.method, 'GET', r.url);
      assert.ok(!/[?&#](text|message|raw)=/.test(r.url), r.url);
    }
  }
  assert.deepEqual(env.problems, []);
});
