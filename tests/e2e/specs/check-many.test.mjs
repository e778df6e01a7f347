// The Check page with a list of domains, against the real local DNS fixtures
// (tests/dns/up.sh, started by run.sh, which also builds the command): one
// table row per domain, sorted by a column header, each row opening the
// domain's full check, the CSV export the same as `selo check --format csv`;
// and the checks kept on the device: a second check says what changed since
// (here: nothing), and "Forget" clears them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from '../lib/browser.mjs';
import { CheckPage } from '../pages/check.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RESOLVER = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';
const DNS_DIR = process.env.SELO_DNS_DIR ?? '/tmp/selo-dns-e2e';
const SELO = process.env.SELO_BIN ?? join(ROOT, 'target/debug/selo');
const DOMAINS = ['spf11.test', 'healthy.test', 'dkim512.test', 'empty.test'];
const HEADER =
  'domain,mx,spf,spf_lookups,dmarc,dmarc_policy,dkim,dkim_selectors,mta_sts,mta_sts_mode,tls_rpt,bimi,dnssec,errors,warnings';

let env;
before(async () => {
  env = await setup({
    args: ['--host-resolver-rules=MAP mta-sts.*.test 127.0.0.1', '--ignore-certificate-errors'],
  });
});
after(async () => env?.close());

/** A Check page with the local resolver saved, checking `domain` (a list or one). */
async function open(domain, page) {
  page ??= await env.newPage();
  const c = new CheckPage(page, env.url);
  await c.goto();
  await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  await c.goto({ domain, resolver: RESOLVER });
  return c;
}

/** Waits for the whole list's table. */
async function table(c) {
  await c.page.locator('#check-result[aria-busy="false"] table.check-many').waitFor({ timeout: 30_000 });
  return c.page.locator('table.check-many');
}

/** The first column's domains, top to bottom. */
const domains = (t) => t.locator('tbody tr td:first-child').allTextContents();
/** Column `i`'s cells, top to bottom. */
const column = (t, i) => t.locator(`tbody tr td:nth-child(${i + 1})`).allTextContents();

test('a list is checked into one sortable table, each row opening its check, with the CSV of the command', async () => {
  const c = await open(DOMAINS.join(', '));
  const t = await table(c);
  const p = c.page;
  assert.equal(await p.locator('.check-many-progress').textContent(), '4 of 4 checked ');
  assert.equal(await p.locator('.check-many-progress progress').getAttribute('value'), '4');
  assert.deepEqual(await domains(t), ['dkim512.test', 'empty.test', 'healthy.test', 'spf11.test']);
  // The statuses, one row per domain.
  const spf = await column(t, 2);
  assert.equal(spf[2], 'found', 'healthy.test publishes SPF');
  assert.equal(spf[1], 'missing', 'empty.test publishes nothing');
  // The first check of each: nothing to compare with.
  assert.deepEqual(await column(t, 15), ['first check', 'first check', 'first check', 'first check']);

  // Sorted by errors, most first; again: fewest first.
  await t.getByRole('button', { name: 'Sort by Errors' }).click();
  await p.locator('th[aria-sort="descending"]', { hasText: 'Errors' }).waitFor();
  const errors = (await column(t, 13)).map(Number);
  assert.deepEqual(errors, [...errors].sort((a, b) => b - a));
  assert.ok(errors[0] > errors[errors.length - 1], `${errors}`);
  await t.getByRole('button', { name: 'Sort by Errors' }).click();
  await p.locator('th[aria-sort="ascending"]', { hasText: 'Errors' }).waitFor();
  const up = (await column(t, 13)).map(Number);
  assert.deepEqual(up, [...up].sort((a, b) => a - b));

  // The export: the rows as shown, the same as the command's CSV.
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: 'Export CSV' }).click()]);
  assert.equal(download.suggestedFilename(), 'selo-check.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.split('\r\n').filter((l) => l !== '');
  assert.equal(lines[0], HEADER);
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), await domains(t));
  if (existsSync(SELO)) {
    let out;
    try {
      out = execFileSync(SELO, ['check', '--resolver', RESOLVER, '--format', 'csv', '--ca-file', join(DNS_DIR, 'ca.pem')], { encoding: 'utf8', input: DOMAINS.join('\n') });
    } catch (e) {
      out = e.stdout;
    }
    const cli = out.split('\r\n').filter((l) => l !== '');
    assert.equal(cli[0], HEADER);
    assert.deepEqual(lines.slice(1).sort(), cli.slice(1).sort());
  }

  // In Portuguese.
  await c.chooseLang('Português');
  assert.equal(await p.locator('.check-many-progress').textContent(), '4 de 4 verificados ');
  assert.ok(await t.getByRole('button', { name: 'Ordenar por Erros' }).isVisible());
  assert.match(await p.locator('.check-kept').textContent(), /apenas neste dispositivo/);
  await c.chooseLang('English');

  // A row opens the domain's full check.
  await t.getByRole('link', { name: 'empty.test' }).click();
  await c.done();
  assert.match(p.url(), /[?&]domain=empty\.test(&|$)/);
  assert.equal(await p.locator('table.check-many').count(), 0);
  await p.close();
});

test('a second check says nothing changed since the first, until the checks kept are forgotten', async () => {
  const c = await open('healthy.test');
  await c.done();
  const p = c.page;
  assert.match(await p.locator('.check-kept').textContent(), /Checks are kept on this device only/);
  // The list checked it in the test above (the same browser): kept.
  const since = p.locator('.check-drift-summary');
  assert.match(await since.textContent(), /^No change since \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  // The list again: every row says so too, none is marked changed.
  const list = await open(DOMAINS.join(' '), p);
  const t = await table(list);
  for (const cell of await column(t, 15)) assert.match(cell, /^No change since /);
  assert.equal(await t.locator('tr[data-status="changed"]').count(), 0);

  // Forget: said, and the next check has nothing to compare with.
  await p.getByRole('button', { name: 'Forget the checks kept on this device' }).click();
  await p.locator('.check-kept [role="status"]').waitFor();
  assert.match(await p.locator('.check-kept').textContent(), /The checks kept on this device were forgotten\./);
  const again = await open('healthy.test', p);
  await again.done();
  assert.equal(await p.locator('.check-drift-summary').count(), 0);
  await p.close();
});
