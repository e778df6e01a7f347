// The Reports page reads a mixed batch (a zip with two reports, a .gz, an
// .eml, a TLS-RPT report and a hostile file) in its worker: the totals are
// those of `selo report --format json` on the same files, the hostile file
// has its own error while the others are read, the CSV export has
// parsedmarc's columns, and no request leaves the site's own files. Then the
// summary's daily chart, sorting and filtering the sources, the progress bars
// and typing while a large batch is read, a failure report's body only on
// request, and reverse DNS names only on request through the chosen resolver.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, open } from '../lib/browser.mjs';
import { ReportsPage } from '../pages/reports.mjs';
import { DmarcGenerator } from '../pages/generators.mjs';

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
// parsedmarc's columns, then the source columns of `selo report`.
const PARSEDMARC_HEADER =
  'xml_schema,org_name,org_email,org_extra_contact_info,report_id,begin_date,end_date,errors,domain,adkim,aspf,p,sp,pct,fo,source_ip_address,source_country,source_reverse_dns,source_base_domain,source_name,source_type,count,spf_aligned,dkim_aligned,dmarc_aligned,disposition,policy_override_reasons,policy_override_comments,envelope_from,header_from,envelope_to,dkim_domains,dkim_selectors,dkim_results,spf_domains,spf_scopes,spf_results' +
  ',source_ptr_confirmed,source_asn,source_as_name,source_sender,source_class,source_reason,source_fix';

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

const FAILURE = join(FIXTURES, 'hostile/failure-rfc6591.eml');
const LARGE = join(FIXTURES, 'dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml');

/** parsedmarc's large sample with its records repeated to about `mb` MB. */
function largeReport(dir, mb, name) {
  const xml = readFileSync(LARGE, 'utf8');
  const start = xml.indexOf('<record>');
  const end = xml.lastIndexOf('</record>') + '</record>'.length;
  const records = xml.slice(start, end);
  const times = Math.max(1, Math.round((mb * 1e6) / records.length));
  const path = join(dir, name);
  writeFileSync(path, xml.slice(0, start) + records.repeat(times) + xml.slice(end));
  return path;
}

let env;
const requests = [];
before(async () => {
  env = await setup();
  env.context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
});
after(async () => env?.close());

async function readFiles(paths, e = env) {
  const page = await e.newPage();
  const r = await new ReportsPage(page, e.url).goto();
  await r.choose(paths);
  await r.done();
  return r;
}

const readBatch = () => readFiles(BATCH);

/** The numbers of a column of the sources table, as shown (`1,234`). */
async function numbers(cells) {
  return (await cells.allTextContents()).map((t) => Number(t.replace(/[^0-9]/g, '')));
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
  await r.chooseLang('Português');
  assert.equal(await r.total('messages'), '3\u00a0050');
  assert.match(await r.progress().textContent(), /5 ficheiros: 4 lidos, 1 recusados/);
  assert.equal(await r.files().count(), BATCH.length);
  assert.match(await r.file('doctype-entities.xml').locator('.report-status').textContent(), /recusado/);
  await r.chooseLang('English');
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
  await r.chooseLang('Português');
  assert.equal(await r.navLink('reports').textContent(), 'Relatórios');
  assert.equal(await r.heading().textContent(), 'Ler relatórios DMARC e TLS');
  await r.chooseLang('English');
  await page.close();
  assert.deepEqual(env.problems, []);
});

test('the summary draws the daily volume, passed and failed stacked, with its figures', async () => {
  const r = await readBatch();
  const svg = r.page.locator('.report-summary svg[role="img"]');
  assert.equal(await svg.count(), 1);
  // A real SVG element (drawn), with a name and a description.
  assert.equal(await svg.evaluate((e) => e.namespaceURI), 'http://www.w3.org/2000/svg');
  assert.ok((await svg.boundingBox()).height > 50);
  assert.equal(await svg.locator('desc').count(), 1);
  const label = await svg.getAttribute('aria-label');
  const [, total, failing] = label.match(/: ([\d,]+) messages?, failing DMARC: ([\d,]+)/);
  // The table of figures adds up to what the label says, and one bar part
  // is drawn for every non-zero figure.
  await r.page.locator('.report-chart-table summary').click();
  const pass = await numbers(r.page.locator('.report-days td[data-kind="pass"]'));
  const fail = await numbers(r.page.locator('.report-days td[data-kind="fail"]'));
  assert.ok(pass.length > 0);
  assert.equal(pass.reduce((a, b) => a + b, 0) + fail.reduce((a, b) => a + b, 0), Number(total.replace(/,/g, '')));
  assert.equal(fail.reduce((a, b) => a + b, 0), Number(failing.replace(/,/g, '')));
  assert.equal(await svg.locator('rect.chart-pass').count(), pass.filter((n) => n > 0).length);
  assert.equal(await svg.locator('rect.chart-fail').count(), fail.filter((n) => n > 0).length);
  await r.chooseLang('Português');
  assert.match(await r.page.locator('.report-summary svg').getAttribute('aria-label'), /^Mensagens por dia/);
  await r.chooseLang('English');
  await r.page.close();
  assert.deepEqual(env.problems, []);
});

test('the sources table sorts by a column header and filters by text and by failing', async () => {
  const r = await readFiles([join(FIXTURES, 'dmarc-reports/mail-auth/003.xml')]);
  const rows = () => r.sources().locator('tbody tr');
  const all = await rows().count();
  assert.ok(all >= 3);
  const failingRows = await r.sources().locator('tbody tr[data-status="fail"]').count();

  await r.sortButton('Messages').click();
  await r.until(async () => (await r.sources().locator('th[aria-sort="descending"]').count()) === 1, 'sorted by count');
  let counts = await numbers(r.sources().locator('td[data-kind="count"]'));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  assert.match(await r.sources().locator('th[aria-sort]').textContent(), /Messages/);
  await r.sortButton('Messages').click();
  await r.until(async () => (await r.sources().locator('th[aria-sort="ascending"]').count()) === 1, 'ascending');
  counts = await numbers(r.sources().locator('td[data-kind="count"]'));
  assert.deepEqual(counts, [...counts].sort((a, b) => a - b));
  await r.sortButton('header_from').click();
  await r.until(async () => /header_from/.test((await r.sources().locator('th[aria-sort]').textContent()) ?? ''), 'by header_from');

  // Filtering by part of an IP keeps the matching rows only.
  await r.filterBox().fill('64.147.');
  await r.until(async () => (await rows().count()) < all, 'filtered');
  const ips = await r.sources().locator('td.col-ip').allTextContents();
  assert.ok(ips.length > 0 && ips.every((ip) => ip.startsWith('64.147.')), ips.join(' '));
  assert.match(await r.page.locator('.report-filtered').textContent(), new RegExp(`${ips.length} of ${all} rows match`));
  await r.filterBox().fill('');
  await r.until(async () => (await rows().count()) === all, 'unfiltered');
  await r.onlyFailing().check();
  await r.until(async () => (await rows().count()) === failingRows || (failingRows === 0 && (await rows().count()) === 0), 'only failing');
  assert.equal(await r.sources().locator('tbody tr[data-status="pass"]').count(), 0);
  await r.page.close();
  assert.deepEqual(env.problems, []);
});

test('the page stays responsive while a large batch is read: typing works and the bars advance', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'selo-reports-'));
  try {
    const files = [largeReport(dir, 20, 'large-1.xml'), largeReport(dir, 20, 'large-2.xml')];
    const page = await env.newPage();
    const r = await new ReportsPage(page, env.url).goto();
    await page.locator('.report-paste summary').click();
    // Every painted frame records where the batch bar is.
    await page.evaluate(() => {
      window.seenBars = [];
      const frame = () => {
        const bar = document.querySelector('#report-batch-bar');
        if (bar && !bar.closest('[hidden]')) window.seenBars.push(bar.position);
        if (!window.stopFrames) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await r.choose(files);
    await page.locator('#report-result[aria-busy="true"]').waitFor();
    await r.fileBar().waitFor();
    // A user types while the files are read: every character shows.
    const typed = 'typed while reading';
    await page.locator('#report-text').pressSequentially(typed);
    assert.equal(await page.locator('#report-result').getAttribute('aria-busy'), 'true', 'the batch was read before the typing ended: make it larger');
    assert.equal(await page.locator('#report-text').inputValue(), typed);
    await r.done(180_000);
    const seen = await page.evaluate(() => {
      window.stopFrames = true;
      return window.seenBars;
    });
    // The bar was painted part-way, more than once, going forward.
    const between = seen.filter((p) => p > 0 && p < 1);
    assert.ok(new Set(between).size >= 2, `bar positions painted: ${[...new Set(seen)].join(', ')}`);
    assert.deepEqual(between, [...between].sort((a, b) => a - b));
    assert.equal(await r.total('files-read'), '2');
    await page.close();
    assert.deepEqual(env.problems, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a DMARC failure report shows its headers, mechanism and source, and its body only when asked', async () => {
  const r = await readFiles([FAILURE]);
  const rep = r.page.locator('.report[data-kind="dmarc-failure"]');
  assert.equal(await rep.count(), 1);
  assert.equal(await rep.locator('td[data-kind="feedback-type"]').textContent(), 'auth-failure');
  assert.equal(await rep.locator('td[data-kind="auth-failure"]').textContent(), 'dmarc');
  assert.equal(await rep.locator('td[data-kind="source-ip"]').textContent(), '192.0.2.1');
  assert.equal(await rep.locator('td[data-kind="reported-domain"]').textContent(), 'example.com');
  const headers = await rep.locator('table.report-headers').textContent();
  assert.match(headers, /Subject\s*Earn money/);
  assert.match(headers, /Message-ID/);
  assert.equal(await r.total('failure-reports'), '1');
  assert.ok(!(await r.result().textContent()).includes('Spam Spam'), 'the body is shown unasked');
  await rep.getByRole('button', { name: "Show the reported message's body" }).click();
  const body = r.page.locator('.report[data-kind="dmarc-failure"] .report-body pre');
  await body.waitFor();
  assert.match(await body.textContent(), /Spam Spam Spam/);
  await r.chooseLang('Português');
  assert.match(await r.page.locator('.report-body h4').textContent(), /Corpo da mensagem relatada/);
  await r.chooseLang('English');
  await r.page.close();
  assert.deepEqual(env.problems, []);
});

/**
 * A DNS-over-HTTPS resolver (RFC 8484 GET, CORS) on loopback that answers
 * PTR 1.2.0.192.in-addr.arpa with mx1.sender.test and NXDOMAIN otherwise,
 * and keeps every question asked.
 */
async function ptrResolver() {
  const asked = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const q = Buffer.from(url.searchParams.get('dns') ?? '', 'base64url');
    const labels = [];
    let at = 12;
    while (at < q.length && q[at] !== 0) {
      labels.push(q.subarray(at + 1, at + 1 + q[at]).toString('latin1'));
      at += q[at] + 1;
    }
    const name = labels.join('.').toLowerCase();
    const qtype = q.readUInt16BE(at + 1);
    asked.push({ method: req.method, name, qtype, body: req.headers['content-length'] ?? null });
    const question = q.subarray(12, at + 5);
    const found = name === '1.2.0.192.in-addr.arpa' && qtype === 12;
    const header = Buffer.alloc(12);
    header.writeUInt16BE(q.readUInt16BE(0), 0);
    header.writeUInt16BE(found ? 0x8180 : 0x8183, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(found ? 1 : 0, 6);
    let answer = Buffer.alloc(0);
    if (found) {
      const target = Buffer.concat([...'mx1.sender.test'.split('.').map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)])), Buffer.from([0])]);
      const rr = Buffer.alloc(12);
      rr.writeUInt16BE(0xc00c, 0);
      rr.writeUInt16BE(12, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(300, 6);
      rr.writeUInt16BE(target.length, 10);
      answer = Buffer.concat([rr, target]);
    }
    res.writeHead(200, { 'content-type': 'application/dns-message', 'access-control-allow-origin': '*' });
    res.end(Buffer.concat([header, question, answer]));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/dns-query`, asked, close: () => new Promise((ok) => server.close(ok)) };
}

test('reverse DNS names come only on request, through the chosen resolver, which gets only the addresses', async () => {
  // Its own browser, so that the requests to the resolver are kept apart.
  const dns = await ptrResolver();
  const own = await setup();
  const seen = [];
  own.context.on('request', (q) => seen.push({ url: q.url(), method: q.method(), body: q.postData() }));
  try {
    const page = await own.newPage();
    const r = new ReportsPage(page, own.url);
    await r.goto();
    // The resolver chosen on the Check page is the one offered here.
    await page.evaluate((u) => localStorage.setItem('selo-resolver', u), dns.url);
    await r.goto();
    await r.choose([FAILURE, join(FIXTURES, 'dmarc-reports/mail-auth/005.xml'), join(FIXTURES, 'dmarc-reports/parsedmarc/aggregate/rfc9990-sample.xml')]);
    await r.done();
    assert.equal(dns.asked.length, 0, 'nothing is looked up unasked');
    assert.equal(await page.locator('td[data-kind="name"]').count(), 0);
    assert.match(await page.locator('.report-names .hint').textContent(), /sends the sources' IP addresses \(not the reports\) to the resolver you choose.*Team Cymru's IP-to-AS name servers/);
    assert.equal(await page.getByLabel('DNS-over-HTTPS resolver').inputValue(), dns.url);
    await page.getByRole('button', { name: 'Name the sources' }).click();
    await r.until(async () => /Looked up \d+ sources through 127\.0\.0\.1:\d+ \(networks from Team Cymru \(asn\.cymru\.com\)\): 1 name found/.test(await page.locator('.report-names-status').textContent()), 'the names')
      .catch(async (e) => assert.fail(`${e.message}: "${await page.locator('.report-names-status').textContent()}", asked ${JSON.stringify(dns.asked)}`));
    await r.until(async () => (await page.locator('td[data-kind="name"]').count()) > 0, 'the names column');
    const names = await page.locator('td[data-kind="name"]').allTextContents();
    const ips = await page.locator('table.report-sources td.col-ip').allTextContents();
    ips.forEach((ip, i) => assert.equal(names[i], ip === '192.0.2.1' ? 'mx1.sender.test' : 'no name', ip));
    assert.equal(await page.locator('td[data-kind="source-name"]').textContent(), 'mx1.sender.test');
    // Filtering by name.
    await r.filterBox().fill('sender.test');
    await r.until(async () => (await page.locator('table.report-sources td.col-ip').allTextContents()).every((ip) => ip === '192.0.2.1'), 'filtered by name');
    // Only questions about the sources: their PTR, the forward name of a
    // PTR found (A), their network (TXT at the IP-to-AS zone), and no
    // report content.
    assert.ok(dns.asked.length >= 2);
    for (const q of dns.asked) {
      assert.equal(q.method, 'GET');
      const kind = `${q.qtype} ${q.name}`;
      assert.ok(/^12 (\d+\.){4}in-addr\.arpa$/.test(kind) || kind === '1 mx1.sender.test' || /^16 (\d+\.){4}origin\.asn\.cymru\.com$/.test(kind), kind);
      assert.equal(q.body, null);
    }
    const origin = new URL(own.url).origin;
    for (const q of seen) {
      const local = q.url.startsWith(own.url) || q.url.startsWith(`blob:${origin}/`) || q.url.startsWith(`${dns.url}?dns=`);
      assert.ok(local, `request to ${q.url}`);
      assert.equal(q.body ?? null, null, `a body sent to ${q.url}`);
    }
    await page.close();
    assert.deepEqual(own.problems, []);
  } finally {
    await own.close();
    await dns.close();
  }
});

const BATCHES = join(ROOT, 'tests/fixtures/reports');
const DOH = 'http://127.0.0.1:8053/dns-query';

test('a batch is classified by sender, says what p=reject would do, and names its sources on request', async () => {
  // Its own browser: the names are asked of the fixture resolver.
  const own = await setup();
  try {
  const page = await own.newPage();
  const r = new ReportsPage(page, own.url);
  await r.goto();
  await page.evaluate((u) => localStorage.setItem('selo-resolver', u), DOH);
  await r.goto();
  await r.choose([join(BATCHES, 'batch-a.xml'), join(BATCHES, 'batch-a-twice.zip')]);
  await r.done();
  const summary = page.locator('.report-summary');
  // The same report twice in a zip and once alone: counted once, both files named.
  assert.match(await summary.locator('.report-duplicates').textContent(), /Report selo-batch-a-1 from receiver-one\.example for reports\.test is in batch-a\.xml and again in batch-a-twice\.zip: counted once\./);
  assert.equal(await r.total('messages'), '290');
  // One row per sender, with its class, reason and fix.
  const sendgrid = summary.locator('table.report-senders tr', { hasText: 'SendGrid (Twilio)' });
  assert.equal(await sendgrid.getAttribute('data-kind'), 'your-sender');
  assert.match(await sendgrid.textContent(), /Your sender, not aligned/);
  assert.match(await sendgrid.textContent(), /DKIM passes for em123\.sendgrid\.net, not for your domain\./);
  assert.equal(await sendgrid.getByRole('link', { name: 'Open the DKIM generator for SendGrid (Twilio)' }).getAttribute('href'), '?page=dkim&domain=reports.test&how=cname&provider=sendgrid');
  // Its addresses are behind its row.
  await sendgrid.locator('summary').click();
  assert.deepEqual(await sendgrid.locator('.report-addresses code').allTextContents(), ['198.51.100.20', '198.51.100.21']);
  const forged = summary.locator('table.report-senders tr[data-kind="forged"]');
  assert.match(await forged.first().textContent(), /Unknown or forged.*p=reject stops it/);
  assert.equal(await summary.locator('table.report-senders tr[data-kind="forwarded"]').count(), 1);
  // What p=reject would do, and the next record.
  const domain = summary.locator('table.report-readiness tbody tr').first();
  assert.match(await domain.textContent(), /^reports\.testp=none80 messages from 3 sourcesFix first: SendGrid \(Twilio\) \(75\), 198\.51\.100\.0\/24 \(5\)40 messages from 1 source8v=DMARC1; p=quarantine; t=y/);
  // Written from the reports alone, the record says to keep the rua= they do not show.
  assert.match(await domain.locator('.report-keep').textContent(), /do not show your record's rua=: keep the rua= you publish, or the reports stop/);
  assert.match(await summary.locator('table.report-readiness tbody tr').nth(1).textContent(), /^reports\.test subdomainssp=none0 messages from 0 sources12 messages from 1 source/);
  // No generator link yet: the record it would open drops the rua=.
  assert.equal(await domain.getByRole('link', { name: 'Open the DMARC generator with it' }).count(), 0);
  // Read the published record (_dmarc.reports.test in tests/dns/test.zone):
  // the next record keeps its rua=, and so does the DMARC generator it opens.
  await domain.getByRole('button', { name: 'Read the record published at _dmarc.reports.test' }).click();
  await r.until(async () => /rua=mailto:dmarc@reports\.test/.test(await domain.locator('code').nth(1).textContent()), 'the published record');
  assert.equal(await domain.locator('code').nth(1).textContent(), 'v=DMARC1; p=quarantine; t=y; rua=mailto:dmarc@reports.test');
  assert.equal(await domain.locator('.report-keep').count(), 0);
  assert.match(await page.locator('.report-names-status').textContent(), /Looked up _dmarc\.reports\.test through 127\.0\.0\.1:8053\./);
  const next = await domain.getByRole('link', { name: 'Open the DMARC generator with it' }).getAttribute('href');
  assert.equal(next, '?page=dmarc&domain=reports.test&p=quarantine&t=y&rua=mailto%3Admarc%40reports.test');
  const gen = new DmarcGenerator(await own.newPage(), own.url);
  await gen.goto(next.replace('?page=dmarc', ''));
  await gen.value().getByText('v=DMARC1; p=quarantine; t=y; rua=mailto:dmarc@reports.test').waitFor();
  await gen.page.close();
  // The selectors found, each opening the Check page with it.
  assert.equal(await summary.locator('.report-selectors a[data-selector="sel2026"]').getAttribute('href'), '?page=check&domain=reports.test&selector=sel2026');
  await r.chooseLang('Português');
  assert.match(await summary.locator('table.report-senders').textContent(), /Remetente seu, não alinhado/);
  assert.match(await summary.locator('table.report-readiness').textContent(), /80 mensagens de 3 origens.*12 mensagens de 1 origem/);
  assert.match(await summary.locator('.report-duplicates').textContent(), /contado uma vez/);
  await r.chooseLang('English');
  // Names and networks through the fixture resolver, on request.
  await page.getByRole('button', { name: 'Name the sources' }).click();
  await r.until(async () => /Looked up 7 sources through 127\.0\.0\.1:8053 \(networks from Team Cymru \(asn\.cymru\.com\)\): 4 names found/.test(await page.locator('.report-names-status').textContent()), 'the names', 30_000)
    .catch(async (e) => assert.fail(`${e.message}: "${await page.locator('.report-names-status').textContent()}"`));
  await r.until(async () => /mail\.reports\.test/.test(await summary.locator('table.report-senders').textContent()), 'the names in the senders table');
  const mine = summary.locator('table.report-senders tr[data-kind="aligned"]');
  await mine.locator('summary').click();
  assert.equal(await mine.locator('.report-addresses li').first().textContent(), '198.51.100.10 (120) mail.reports.test (confirmed) AS64497 SELO-TEST-NET-2 - Documentation network two');
  const fwd = summary.locator('table.report-senders tr[data-kind="forwarded"]');
  await fwd.locator('summary').click();
  assert.match(await fwd.locator('.report-addresses li').first().textContent(), /lists\.forward\.reports\.test \(not confirmed\)/);
  // Unknown forged sources are grouped by their network once it is known.
  assert.match(await summary.locator('table.report-senders tr[data-kind="forged"]').first().textContent(), /AS64496 SELO-TEST-NET-1/);
  // Files dropped next join the batch; "Start over" empties it.
  await r.choose([join(BATCHES, 'batch-b.xml')]);
  await r.until(async () => (await r.files().count()) === 3 && (await page.locator('#report-result[aria-busy="false"] .report-summary').count()) === 1, 'the grown batch');
  assert.equal(await r.total('messages'), '404');
  assert.equal(await r.total('files-read'), '3');
  await page.getByRole('button', { name: 'Start over' }).click();
  assert.equal(await r.files().count(), 0);
  assert.equal(await page.locator('.report-summary').count(), 0);
  assert.ok(await page.getByRole('button', { name: 'Start over' }).isHidden());
  await r.choose([join(BATCHES, 'clean.xml')]);
  await r.done();
  assert.equal(await r.total('files-read'), '1');
  assert.match(await summary.locator('table.report-readiness tbody tr').first().textContent(), /0 messages from 0 sources.*v=DMARC1; p=reject; t=yPublish p=reject with t=y first/);
  await page.close();
  assert.deepEqual(own.problems, []);
  } finally {
    await own.close();
  }
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
