#!/usr/bin/env node
// Reads a large batch on the Reports page of the built site (dist/) in
// Chromium and says whether the tab held: the time from the files being
// chosen to the batch summary, the worker's and the page's peak JavaScript
// heap (CDP Performance.getMetrics on each target, sampled every 250 ms),
// and how steady the progress was (the longest time the batch bar did not
// move). The inputs are made in a temporary directory and removed after:
//
//   FILES=10000 node tests/e2e/measure-reports-batch.mjs   10,000 small report files
//   ZIP_MB=1000 node tests/e2e/measure-reports-batch.mjs   one zip with about 1,000 MB of XML
//
// The zip holds copies of parsedmarc's 909 KB sample, each its own report
// (its XML deflates about 20 times: the zip file is much smaller).
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, mkdtempSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REPORTS = join(ROOT, 'crates/selo/tests/fixtures/reports/dmarc-reports/parsedmarc/aggregate');
const SMALL = join(ROOT, 'tests/fixtures/reports/batch-a.xml');
const LARGE = join(REPORTS, '!large-example.com!1711897200!1711983600.xml');
const files = Number(process.env.FILES ?? 0);
const zipMb = Number(process.env.ZIP_MB ?? 0);
if (!files && !zipMb) {
  console.error('give FILES=<n> or ZIP_MB=<size>');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'selo-measure-batch-'));
let inputs = [];
let xmlBytes = 0;
if (files) {
  // Each file its own report (its id made unique), as a mailbox export gives.
  const xml = readFileSync(SMALL, 'utf8');
  for (let i = 0; i < files; i++) {
    const p = join(dir, `r${i}.xml`);
    const one = xml.replace(/<report_id>[^<]*<\/report_id>/, `<report_id>measure-${i}</report_id>`);
    writeFileSync(p, one);
    xmlBytes += Buffer.byteLength(one);
    inputs.push(p);
  }
} else {
  const parts = join(dir, 'parts');
  mkdirSync(parts);
  const xml = readFileSync(LARGE, 'utf8');
  // Distinct copies (each its own report id), zipped until the zip is big enough.
  const per = 200;
  let n = 0;
  const zip = join(dir, 'batch.zip');
  while (xmlBytes < zipMb * 1e6) {
    const names = [];
    for (let i = 0; i < per; i++, n++) {
      const p = join(parts, `r${n}.xml`);
      writeFileSync(p, xml.replace(/<report_id>[^<]*<\/report_id>/, `<report_id>measure-${n}</report_id>`));
      names.push(`r${n}.xml`);
    }
    execFileSync('zip', ['-q', '-1', zip, ...names], { cwd: parts });
    rmSync(parts, { recursive: true, force: true });
    mkdirSync(parts);
    xmlBytes += per * Buffer.byteLength(xml);
  }
  inputs = [zip];
  console.log(`zip of ${(statSync(zip).size / 1e6).toFixed(0)} MB holding ${n} reports, ${(xmlBytes / 1e6).toFixed(0)} MB of XML`);
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto(`${server.url}?page=reports`);
  await page.waitForSelector('html[data-ready]');
  // The page's heap, and the worker's once it starts (a CDP session each).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heaps = { page: 0, worker: 0 };
  const workerSessions = [];
  page.on('worker', async (w) => {
    try {
      const s = await context.newCDPSession(w);
      await s.send('Performance.enable');
      workerSessions.push(s);
    } catch {
      // A worker that ended before its session started.
    }
  });
  const heapOf = async (s) => {
    const { metrics } = await s.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0;
  };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        heaps.page = Math.max(heaps.page, await heapOf(cdp));
        for (const s of workerSessions) heaps.worker = Math.max(heaps.worker, await heapOf(s).catch(() => 0));
      } catch {
        // The page went away.
      }
      await new Promise((ok) => setTimeout(ok, 250));
    }
  })();
  await page.evaluate(() => {
    const m = (window.measure = { t0: 0, whole: 0, last: 0, still: 0, moves: 0, bar: '' });
    document.querySelector('#report-files').addEventListener('change', () => (m.t0 = m.last = performance.now()), { capture: true });
    const look = () => {
      if (!m.t0 || m.whole) return;
      const now = performance.now();
      const bar = [...document.querySelectorAll('progress')].map((p) => p.value).join(' ') + (document.querySelector('.report-progress')?.textContent ?? '');
      if (bar !== m.bar) {
        m.bar = bar;
        m.moves++;
        m.still = Math.max(m.still, now - m.last);
        m.last = now;
      }
      if (document.querySelector('#report-result[aria-busy="false"] .report-summary')) m.whole = now - m.t0;
    };
    setInterval(look, 50);
  });
  await page.locator('#report-files').setInputFiles(inputs);
  await page.waitForFunction(() => window.measure.whole > 0 || document.querySelector('.report-progress')?.textContent.match(/stopped|parou/i), null, { timeout: 3_600_000 });
  const m = await page.evaluate(() => window.measure);
  const status = await page.locator('.report-progress').textContent();
  sampling = false;
  await sampler;
  const mb = (x) => (x / 1e6).toFixed(0);
  console.log(
    `${inputs.length.toLocaleString('en-US')} file(s), ${mb(xmlBytes)} MB of XML: summary after ${(m.whole / 1000).toFixed(1)} s ` +
      `(${(xmlBytes / 1e6 / (m.whole / 1000)).toFixed(1)} MB/s); peak JS heap: page ${mb(heaps.page)} MB, worker ${mb(heaps.worker)} MB; ` +
      `progress moved ${m.moves} times, longest still ${(m.still / 1000).toFixed(1)} s; crashed: ${crashed}; "${status}"`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
