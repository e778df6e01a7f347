// The Reports page reads a mixed batch (a zip with two reports, a .gz, an
// .eml, a TLS-RPT report and a hostile file) in its worker: the totals are
// those of `selo report --format json` on the same files, the hostile file
// has its own error while the others are read, the CSV export has
// parsedmarc's columns, and no request leaves the site's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, open } from '../lib/browser.mjs';
import { ReportsPage } from '../pages/reports.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = join(ROOT, 'crates/selo/tests/fixtures/reports');
const BATCH = [
  'hostile/two-reports.zip',
  'dmarc-reports/parsedmarc/aggregate/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz',
  'dmarc-reports/mail-auth/100.eml',
  'tlsrpt-reports/mail-auth/rpt01.json',
  'hostile/doctype-entities.xml',
].map((f) => join(FIXTURES, f));

// `selo report --format json` on BATCH (the summary), kept here so the spec
// runs without the CLI; when target/debug/selo or target/release/selo is
// built, the spec also checks these against it.
const EXPECTED = {
  files: 5,
  errors: 1,
  aggregate_reports: 4,
  tls_reports: 1,
  failure_reports: 0,
  messages: 3050,
  dmarc_pass: 3048,
  spf_aligned: 2638,
  dkim_aligned: 3047,
  rows: 23,
  successful_sessions: 5326,
  failed_sessions: 303,
};
const PARSEDMARC_HEADER =
  'xml_schema,org_name,org_email,org_extra_contact_info,report_id,begin_date,end_date,errors,domain,adkim,aspf,p,sp,pct,fo,source_ip_address,source_country,source_reverse_dns,source_base_domain,source_name,source_type,count,spf_aligned,dkim_aligned,dmarc_aligned,disposition,policy_override_reasons,policy_override_comments,envelope_from,header_from,envelope_to,dkim_domains,dkim_selectors,dkim_results,spf_domains,spf_scopes,spf_results';

const CLI = ['target/debug/selo', 'target/release/selo'].map((p) => join(ROOT, p)).find(existsSync);
/** `selo report` on BATCH in `format`, or null without a built CLI. */
function cli(format) {
  if (!CLI) return null;
  try {
    return execFileSync(CLI, ['report', '--format', format, '--lang', 'en', ...BATCH], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    // Exit status 1: a file was refused (the hostile one); stdout is whole.
    return e.stdout;
  }
}

/** `n` as the page's English tree writes it. */
const count = (n) => n.toLocaleString('en-US');
/** `part` of `whole` with one decimal, rounded down as the worker does. */
const rate = (part, whole) => {
  const tenths = Math.floor((part * 1000) / whole);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
};

let env;
const requests = [];
before(async () => {
  env = await setup();
  env.context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
});
after(async () => env?.close());

async function readBatch() {
  const page = await env.newPage();
  const r = await new ReportsPage(page, env.url).goto();
  await r.choose(BATCH);
  await r.done();
  return r;
}

test('the expected totals are what selo report gives', { skip: !CLI && 'no selo binary built' }, () => {
  const doc = JSON.parse(cli('json'));
  assert.deepEqual(doc.summary, EXPECTED);
});

test('a mixed batch is read: totals of selo report, the hostile file refused on its own', async () => {
  const r = await readBatch();
  assert.equal(await r.total('files-read'), '4');
  assert.equal(await r.total('files-refused'), '1');
  assert.equal(await r.total('aggregate-reports'), String(EXPECTED.aggregate_reports));
  assert.equal(await r.total('messages'), count(EXPECTED.messages));
  assert.match(await r.total('dmarc-pass'), new RegExp(`^${rate(EXPECTED.dmarc_pass, EXPECTED.messages).replace('.', '\\.')} `));
  assert.match(await r.total('spf-aligned'), new RegExp(`^${rate(EXPECTED.spf_aligned, EXPECTED.messages).replace('.', '\\.')} `));
  assert.match(await r.total('dkim-aligned'), new RegExp(`^${rate(EXPECTED.dkim_aligned, EXPECTED.messages).replace('.', '\\.')} `));
  assert.equal(await r.total('successful-sessions'), count(EXPECTED.successful_sessions));
  assert.equal(await r.total('failed-sessions'), count(EXPECTED.failed_sessions));
  assert.match(await r.progress().textContent(), /5 files: 4 read, 1 refused/);

  // One section per file, in the order given; only the hostile one refused.
  assert.equal(await r.files().count(), BATCH.length);
  for (const path of BATCH) {
    const section = r.file(basename(path));
    const hostile = path.endsWith('doctype-entities.xml');
    assert.equal(await section.getAttribute('data-status'), hostile ? 'error' : 'ok', basename(path));
    assert.equal(await section.locator('.report-error').count(), hostile ? 1 : 0, basename(path));
  }
  const error = await r.file('doctype-entities.xml').locator('.report-error strong').textContent();
  assert.match(error, /DOCTYPE/);
  const doc = CLI && JSON.parse(cli('json'));
  if (doc) assert.equal(error, doc.files[4].error);

  // Every row of every aggregate report is in a sources table, with its IP.
  assert.equal(await r.page.locator('table.report-sources tbody tr').count(), EXPECTED.rows);
  if (doc) {
    const shown = await r.page.locator('table.report-sources').allTextContents();
    for (const f of doc.files) {
      for (const rep of f.reports.filter((x) => x.kind === 'dmarc-aggregate')) {
        for (const row of rep.records) assert.ok(shown.join('\n').includes(row.source_ip), row.source_ip);
      }
    }
  }
  // The TLS report explains its failure types in plain words.
  const tls = r.page.locator('.report[data-kind="tls-rpt"]');
  assert.equal(await tls.count(), 1);
  assert.ok((await tls.locator('table.report-failures tbody tr').count()) > 0);

  // In Portuguese, the same totals with the Portuguese number format.
  await r.langButton('Português').click();
  assert.equal(await r.total('messages'), '3\u00a0050');
  assert.match(await r.progress().textContent(), /5 ficheiros: 4 lidos, 1 recusados/);
  assert.equal(await r.files().count(), BATCH.length);
  assert.match(await r.file('doctype-entities.xml').locator('.report-status').textContent(), /recusado/);
  await r.langButton('English').click();
  await r.page.close();
  assert.deepEqual(env.problems, []);
});

test('the exports download as files: CSV with parsedmarc columns, JSON as selo report', async () => {
  const r = await readBatch();
  const [csvDownload] = await Promise.all([r.page.waitForEvent('download'), r.csvLink().click()]);
  assert.equal(csvDownload.suggestedFilename(), 'selo-reports.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  const lines = csv.split('\r\n').filter((l) => l !== '');
  assert.equal(lines[0], PARSEDMARC_HEADER);
  assert.equal(lines.length, 1 + EXPECTED.rows);
  const fromCli = cli('csv');
  if (fromCli !== null) assert.equal(csv, fromCli);

  const [jsonDownload] = await Promise.all([r.page.waitForEvent('download'), r.jsonLink().click()]);
  assert.equal(jsonDownload.suggestedFilename(), 'selo-reports.json');
  const doc = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.deepEqual(doc.summary, EXPECTED);
  assert.deepEqual(doc.files.map((f) => f.file), BATCH.map((p) => basename(p)));
  const cliDoc = CLI && JSON.parse(cli('json'));
  if (cliDoc) {
    // The same reports; only the file names differ (the page knows no path).
    const strip = (d) => d.files.map(({ file, ...rest }) => rest);
    assert.deepEqual(strip(doc), strip(cliDoc));
  }
  await r.page.close();
});

test('a pasted report is read too', async () => {
  const page = await env.newPage();
  const r = await new ReportsPage(page, env.url).goto();
  const xml = readFileSync(join(FIXTURES, 'dmarc-reports/mail-auth/001.xml'), 'utf8');
  await page.locator('.report-paste summary').click();
  await page.locator('#report-text').fill(xml);
  await page.locator('.report-paste button').click();
  await r.done();
  assert.equal(await r.total('files-read'), '1');
  assert.equal(await r.files().count(), 1);
  assert.equal(await r.page.locator('.report-file-name').textContent(), 'pasted text');
  assert.equal(await r.page.locator('.report[data-kind="dmarc-aggregate"]').count(), 1);
  await page.close();
  assert.deepEqual(env.problems, []);
});

test('the Reports page is in the navigation and on the home page, in both languages', async () => {
  const page = await env.newPage();
  const r = new ReportsPage(page, env.url);
  await open(page, env.url);
  await page.getByRole('link', { name: 'Read DMARC and TLS reports' }).click();
  await page.waitForURL(/[?]page=reports$/);
  assert.equal(await r.heading().textContent(), 'Read DMARC and TLS reports');
  assert.equal(await r.navLink('reports').textContent(), 'Reports');
  assert.equal(await r.navLink('reports').getAttribute('aria-current'), 'page');
  await r.langButton('Português').click();
  assert.equal(await r.navLink('reports').textContent(), 'Relatórios');
  assert.equal(await r.heading().textContent(), 'Ler relatórios DMARC e TLS');
  await r.langButton('English').click();
  await page.close();
  assert.deepEqual(env.problems, []);
});

test('no request carries report content: only the site\'s own files are fetched', () => {
  assert.ok(requests.length > 0);
  const origin = new URL(env.url).origin;
  for (const q of requests) {
    const local = q.url.startsWith(env.url) || q.url.startsWith(`blob:${origin}/`);
    assert.ok(local, `request to ${q.url}`);
    assert.equal(q.method, 'GET', `${q.method} ${q.url}`);
    assert.equal(q.body ?? null, null, `a body sent to ${q.url}`);
  }
});
