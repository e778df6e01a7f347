// The sender-requirements checklist (Gmail, Yahoo, Outlook.com) on the
// Analyze page and the Check page, against the real local DNS fixtures
// (tests/dns/up.sh, started by run.sh): the msg.test names of
// tests/dns/test.zone and the PTR names of tests/dns/reverse.zone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from '../lib/browser.mjs';
import { AnalyzePage } from '../pages/analyze.mjs';
import { CheckPage } from '../pages/check.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MESSAGES = join(ROOT, 'tests/fixtures/messages');
const RESOLVER = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';

let env;
const requests = [];
before(async () => {
  env = await setup();
  env.context.on('request', (r) => requests.push(r.url()));
});
after(async () => env?.close());

/** Pastes `text` on the Analyze page (the local resolver chosen) and runs it. */
async function analyzed(text) {
  const page = await env.newPage();
  const a = await new AnalyzePage(page, env.url).goto();
  await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  await a.goto();
  await a.text().fill(text);
  await a.run().click();
  return a.done();
}

const message = (name) => readFileSync(join(MESSAGES, name), 'utf8');

/** The checklist row of a rule: its cells per provider and what was seen. */
async function row(scope, rule) {
  const tr = scope.locator(`tr[data-kind="${rule}"]`);
  const cell = (p) => tr.locator(`td[data-kind="${p}"]`).textContent();
  return {
    gmail: (await cell('gmail')).trim(),
    yahoo: (await cell('yahoo')).trim(),
    outlook: (await cell('outlook.com')).trim(),
    seen: (await tr.locator('td').last().locator('p').first().textContent()).trim(),
  };
}

test('a marketing message with a mailto:-only unsubscribe: the checklist in both languages', async () => {
  const a = await analyzed(message('bulk-mailto-only.eml'));
  const list = a.section('requirements');
  assert.equal(await list.locator('h3').textContent(), 'Will Gmail, Yahoo and Outlook.com accept it?');
  const heads = await list.locator('thead th').allTextContents();
  assert.deepEqual(heads, ['Rule', 'Gmail', 'Yahoo', 'Outlook.com', 'What was seen']);
  const unsub = await row(list, 'one-click-unsubscribe');
  assert.deepEqual([unsub.gmail, unsub.yahoo, unsub.outlook], ['warning', 'warning', 'not asked']);
  assert.match(unsub.seen, /only a mailto: address/);
  const rdns = await row(list, 'reverse-dns');
  assert.equal(rdns.gmail, 'pass');
  assert.equal(rdns.seen, '192.0.2.25 → mail.good.msg.test → 192.0.2.25.');
  const spam = await row(list, 'spam-rate');
  assert.deepEqual([spam.gmail, spam.yahoo], ['unknown', 'unknown']);
  // Each rule links to the provider's own page.
  const sources = await list.locator('tr[data-kind="spf-pass"] details a').evaluateAll((as) => as.map((x) => x.href));
  assert.deepEqual(sources.map((h) => new URL(h).host), ['support.google.com', 'senders.yahooinc.com', 'techcommunity.microsoft.com']);

  await a.chooseLang('Português');
  const lista = a.section('requirements');
  assert.equal(await lista.locator('h3').textContent(), 'O Gmail, o Yahoo e o Outlook.com vão aceitá-la?');
  const cancel = await row(lista, 'one-click-unsubscribe');
  assert.deepEqual([cancel.gmail, cancel.yahoo, cancel.outlook], ['aviso', 'aviso', 'não pedido']);
  assert.match(cancel.seen, /só tem um endereço mailto:/);
  assert.equal((await row(lista, 'tls')).gmail, 'cumpre');
  await a.chooseLang('English');
  await a.page.close();
});

test('a reverse name that does not come back, and a hop without TLS, fail with their evidence', async () => {
  let a = await analyzed(message('bulk-rdns-unconfirmed.eml'));
  const rdns = await row(a.section('requirements'), 'reverse-dns');
  assert.deepEqual([rdns.gmail, rdns.yahoo, rdns.outlook], ['fail', 'fail', 'not asked']);
  assert.equal(rdns.seen, '192.0.2.26 → elsewhere.rdns.test, but elsewhere.rdns.test does not point back to 192.0.2.26.');
  await a.page.close();
  a = await analyzed(message('bulk-no-tls.eml'));
  const tls = await row(a.section('requirements'), 'tls');
  assert.equal(tls.gmail, 'fail');
  assert.match(tls.seen, /without TLS \(with ESMTP\)/);
  assert.equal((await row(a.section('requirements'), 'one-click-unsubscribe')).gmail, 'pass');
  await a.page.close();
});

test('a pasted Gmail rejection is explained and points at its checklist rows', async () => {
  const bounce = '550-5.7.26 Unauthenticated email from good.msg.test is not accepted due to domain\'s DMARC policy. - gsmtp';
  const a = await analyzed(`${message('bulk-unsubscribe-unsigned.eml')}\r\n${bounce}\r\n`);
  const explained = a.section('bounce');
  assert.match(await explained.textContent(), /550 5\.7\.26 Gmail: the message is not authenticated/);
  const targets = await explained.locator('a').evaluateAll((as) => as.map((x) => x.getAttribute('href')));
  assert.deepEqual(targets, ['#requirements-spf-pass', '#requirements-dkim-pass', '#requirements-dmarc-policy', '#requirements-dmarc-alignment']);
  for (const t of targets) assert.equal(await a.page.locator(t).count(), 1, t);
  // The unsubscribe fields of this message are not in h=.
  assert.equal((await row(a.section('requirements'), 'one-click-unsubscribe')).gmail, 'fail');
  // A rejection pasted alone is not a message, but is still explained.
  const alone = await analyzed('550 5.7.515 Access denied, sending domain good.msg.test does not meet the required authentication level.');
  assert.equal(await alone.status(), 'error');
  assert.match(await alone.result().textContent(), /Outlook\.com: the sending domain does not meet the required authentication level/);
  await a.page.close();
  await alone.page.close();
});

test('the Check page ends with what the providers ask of the domain', async () => {
  const page = await env.newPage();
  const c = await new CheckPage(page, env.url).goto();
  await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  await c.goto({ domain: 'good.msg.test', resolver: RESOLVER, selector: 'rsa' });
  await c.done();
  const list = page.locator('.check-requirements');
  await list.waitFor();
  assert.equal(await list.locator('h3').textContent(), 'Will Gmail, Yahoo and Outlook.com accept mail from good.msg.test?');
  const dmarc = await row(list, 'dmarc-policy');
  assert.deepEqual([dmarc.gmail, dmarc.yahoo, dmarc.outlook], ['pass', 'pass', 'pass']);
  assert.match(dmarc.seen, /p=reject at _dmarc\.good\.msg\.test; reports to mailto:dmarc@good\.msg\.test/);
  const rdns = await row(list, 'reverse-dns');
  assert.equal(rdns.gmail, 'pass');
  assert.match(rdns.seen, /mail\.good\.msg\.test \[192\.0\.2\.25 → mail\.good\.msg\.test ✓\]/);
  assert.equal((await row(list, 'tls')).gmail, 'unknown');
  // The check's own sections are unchanged: the checklist is not one of them.
  assert.ok(!(await c.sectionOrder()).includes('requirements'));
  await c.chooseLang('Português');
  await list.locator('h3', { hasText: 'vão aceitar correio de good.msg.test' }).waitFor();
  assert.equal((await row(list, 'tls')).gmail, 'desconhecido');
  await c.chooseLang('English');
  await page.close();
});

test('no unsubscribe URL is ever contacted', () => {
  assert.ok(requests.length > 0);
  for (const u of requests) assert.ok(!u.includes('unsubscribe'), u);
  assert.deepEqual(env.problems, []);
});
