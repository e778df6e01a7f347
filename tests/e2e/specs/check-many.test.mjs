// The Check page with a list of domains, against the real local DNS fixtures
// (tests/dns/up.sh, started by run.sh, which also builds the command): one
// table row per domain, sorted by a column header, each row opening the
// domain's full check, the CSV export the same as `selo check --format csv`;
// and the checks kept on the device: a second check says what changed since
// (here: nothing), and "Forget" clears them. A CSV file chosen on the page
// feeds the list as `selo check --domains FILE` reads it; a name that does
// not exist says so once; each name shows the DMARC policy that covers it
// (its own record, or its organizational domain's sp=); the Reports page
// sends its batch's names to the list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from '../lib/browser.mjs';
import { CheckPage } from '../pages/check.mjs';
import { ReportsPage } from '../pages/reports.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RESOLVER = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';
const DNS_DIR = process.env.SELO_DNS_DIR ?? '/tmp/selo-dns-e2e';
const SELO = process.env.SELO_BIN ?? join(ROOT, 'target/debug/selo');
const DOMAINS = ['spf11.test', 'healthy.test', 'dkim512.test', 'empty.test'];
const HEADER =
  'domain,mx,spf,spf_lookups,dmarc,dmarc_policy,dmarc_policy_tag,dmarc_policy_from,dkim,dkim_selectors,mta_sts,mta_sts_mode,tls_rpt,bimi,dnssec,errors,warnings';

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
  assert.deepEqual(await column(t, 16), ['first check', 'first check', 'first check', 'first check']);

  // Sorted by errors, most first; again: fewest first.
  await t.getByRole('button', { name: 'Sort by Errors' }).click();
  await p.locator('th[aria-sort="descending"]', { hasText: 'Errors' }).waitFor();
  const errors = (await column(t, 14)).map(Number);
  assert.deepEqual(errors, [...errors].sort((a, b) => b - a));
  assert.ok(errors[0] > errors[errors.length - 1], `${errors}`);
  await t.getByRole('button', { name: 'Sort by Errors' }).click();
  await p.locator('th[aria-sort="ascending"]', { hasText: 'Errors' }).waitFor();
  const up = (await column(t, 14)).map(Number);
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

  // The check kept said p=none in January (as if the domain has moved to
  // p=reject since): checking again says what changed, and since when.
  await p.evaluate(
    () =>
      new Promise((ok, no) => {
        const open = indexedDB.open('selo-checks', 1);
        open.onerror = no;
        open.onsuccess = () => {
          const store = open.result.transaction('snapshots', 'readwrite').objectStore('snapshots');
          const get = store.get('healthy.test');
          get.onerror = no;
          get.onsuccess = () => {
            const kept = JSON.parse(get.result);
            kept.dmarc_p = 'none';
            kept.checked = '2026-01-02 03:04';
            const put = store.put(JSON.stringify(kept), 'healthy.test');
            put.onerror = no;
            put.onsuccess = () => (open.result.close(), ok());
          };
        };
      }),
  );
  await open('healthy.test', p);
  await c.done();
  assert.equal(await since.textContent(), '1 change since 2026-01-02 03:04');
  assert.deepEqual(await p.locator('ul.check-drift li').allTextContents(), ['DMARC p=: the policy was strengthened from none to reject']);
  await c.chooseLang('Português');
  assert.equal(await p.locator('ul.check-drift li').textContent(), 'DMARC p=: a política foi reforçada de none para reject');
  await c.chooseLang('English');

  // The list again: every row says so too, none is marked changed.
  const list = await open(DOMAINS.join(' '), p);
  const t = await table(list);
  for (const cell of await column(t, 16)) assert.match(cell, /^No change since /);
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

/** The cells of the row of `domain`. */
const cells = (t, domain) => t.locator('tbody tr', { has: t.page().getByRole('link', { name: domain, exact: true }) }).locator('td').allTextContents();

test('a CSV file chosen on the page is the list: a missing name says so once, a subdomain shows the sp= that covers it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'selo-list-'));
  const file = join(dir, 'domains.csv');
  writeFileSync(file, 'Domain,owner\n# ours\norgdmarc.test,ana\n\nsub.orgdmarc.test,rui\nnonexistent.test,old\n');
  const c = await open('');
  const p = c.page;
  await p.locator('#check-file').setInputFiles(file);
  const t = await table(c);
  rmSync(dir, { recursive: true, force: true });
  assert.equal(await p.locator('#check-result h2').textContent(), 'Result: orgdmarc.test, sub.orgdmarc.test, nonexistent.test');
  assert.deepEqual(await domains(t), ['nonexistent.test', 'orgdmarc.test', 'sub.orgdmarc.test']);
  // The missing name: said once, not "missing" in every column.
  const gone = await cells(t, 'nonexistent.test');
  assert.equal(gone.filter((x) => x === 'the domain does not exist').length, 1, `${gone}`);
  assert.ok(!gone.includes('missing'), `${gone}`);
  // The policy that covers each name.
  const org = await cells(t, 'orgdmarc.test');
  assert.deepEqual([org[5], org[6]], ['quarantine', 'its own record']);
  const sub = await cells(t, 'sub.orgdmarc.test');
  assert.deepEqual([sub[5], sub[6]], ['reject', 'sp= of orgdmarc.test']);
  await c.chooseLang('Português');
  assert.ok((await cells(t, 'nonexistent.test')).includes('o domínio não existe'));
  assert.equal((await cells(t, 'sub.orgdmarc.test'))[6], 'sp= de orgdmarc.test');
  await c.chooseLang('English');
  await p.close();
});

test('a column of names pasted into the domain field is the list', async () => {
  // A column copied from a spreadsheet: one name a line. Chromium turns the
  // line breaks of text inserted into a one-line field into spaces
  // (keyboard.insertText takes the same path as a paste).
  const c = await open('');
  const p = c.page;
  await p.locator('#check-domain').focus();
  await p.keyboard.insertText('healthy.test\r\nempty.test\nspf11.test\n');
  await p.locator('button.check-run').click();
  const t = await table(c);
  assert.deepEqual(await domains(t), ['empty.test', 'healthy.test', 'spf11.test']);
  assert.equal(await p.locator('.check-many-progress').textContent(), '3 of 3 checked ');
  await p.close();
});

test("the Reports page opens the Check page with its batch's domains and subdomains as the list", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'selo-batch-'));
  const file = join(dir, 'report.xml');
  const xml = readFileSync(join(ROOT, 'crates/selo/tests/fixtures/reports/dmarc-reports/mail-auth/003.xml'), 'utf8')
    .replaceAll('stalw.art', 'orgdmarc.test')
    .replace('<header_from>orgdmarc.test</header_from>', '<header_from>sub.orgdmarc.test</header_from>');
  writeFileSync(file, xml);
  const page = await env.newPage();
  const r = new ReportsPage(page, env.url);
  await r.goto();
  await page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  await r.choose([file]);
  await r.done();
  rmSync(dir, { recursive: true, force: true });
  await page.getByRole('link', { name: 'Check these 2 names on the Check page' }).click();
  const t = await table(new CheckPage(page, env.url));
  assert.match(page.url(), /[?&]page=check&/);
  assert.deepEqual(await domains(t), ['orgdmarc.test', 'sub.orgdmarc.test']);
  assert.equal((await cells(t, 'sub.orgdmarc.test'))[6], 'sp= of orgdmarc.test');
  await page.close();
});
