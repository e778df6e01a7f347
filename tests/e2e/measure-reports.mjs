#!/usr/bin/env node
// Measures the Reports page's reading speed in Chromium, and whether the
// page stays responsive meanwhile. The input is parsedmarc's 909 KB,
// 2,286-row sample with its records repeated to SIZE_MB (default 40) MB of
// XML, chosen with the file input of the built page (dist/).
//
// For each run it times, from the file being chosen:
//   read   the file's section on the page: the worker has started, read the
//          file a chunk at a time, parsed it, and the page has built its tree;
//   whole  the batch's totals on the page (its summary), which the page
//          shows before the exports are made;
//   exports  the CSV and JSON exports of every row ready to download;
// and, on the page's main thread while the worker reads: the frames painted
// (a requestAnimationFrame loop), the longest gap between two frames and the
// longest task (PerformanceObserver "longtask").
//
//   node tests/e2e/measure-reports.mjs              3 runs of 40 MB
//   RUNS=5 SIZE_MB=20 node tests/e2e/measure-reports.mjs
//   WAIT_MS=0 node tests/e2e/measure-reports.mjs   the file chosen as soon as the page is ready
//                                                  (default: 1 s after)
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';
import { median } from './lib/measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = join(ROOT, 'crates/selo/tests/fixtures/reports/dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml');
const runs = Number(process.env.RUNS ?? 3);
const sizeMb = Number(process.env.SIZE_MB ?? 40);
const waitMs = Number(process.env.WAIT_MS ?? 1000);

const dir = mkdtempSync(join(tmpdir(), 'selo-measure-reports-'));
const xml = readFileSync(SAMPLE, 'utf8');
const start = xml.indexOf('<record>');
const end = xml.lastIndexOf('</record>') + '</record>'.length;
const records = xml.slice(start, end);
const input = join(dir, 'large.xml');
writeFileSync(input, xml.slice(0, start) + records.repeat(Math.max(1, Math.round((sizeMb * 1e6) / records.length))) + xml.slice(end));
const bytes = statSync(input).size;
const rows = (records.match(/<record>/g) ?? []).length * Math.max(1, Math.round((sizeMb * 1e6) / records.length));

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto(`${server.url}?page=reports`);
    await page.waitForSelector('html[data-ready]');
    await page.evaluate(() => {
      const m = (window.measure = { frames: 0, gap: 0, longTask: 0, last: 0, t0: 0, read: 0, whole: 0, exports: 0 });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (m.t0 && !m.read) m.longTask = Math.max(m.longTask, e.duration);
      }).observe({ type: 'longtask' });
      const frame = (t) => {
        if (m.t0 && !m.read) {
          m.frames++;
          if (m.last) m.gap = Math.max(m.gap, t - m.last);
          m.last = t;
        }
        if (!m.exports) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const input = document.querySelector('#report-files');
      input.addEventListener('change', () => (m.t0 = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (!m.read && document.querySelector('.report-file')) m.read = performance.now() - m.t0;
        if (!m.whole && document.querySelector('#report-result[aria-busy="false"] .report-summary')) m.whole = performance.now() - m.t0;
        if (!m.exports && document.querySelector('[data-testid="report-csv"]')) m.exports = performance.now() - m.t0;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    // The page starts its worker as it opens; a person takes longer than
    // this to choose a file (WAIT_MS=0: chosen at once).
    await page.waitForTimeout(waitMs);
    await page.locator('#report-files').setInputFiles(input);
    await page.waitForFunction(() => window.measure.whole > 0 && window.measure.exports > 0, null, { timeout: 600_000 });
    const m = await page.evaluate(() => window.measure);
    results.push(m);
    console.log(
      `run ${i + 1}: read ${(m.read / 1000).toFixed(2)} s (${(bytes / 1e6 / (m.read / 1000)).toFixed(1)} MB/s), ` +
        `totals ${(m.whole / 1000).toFixed(2)} s (${(bytes / 1e6 / (m.whole / 1000)).toFixed(1)} MB/s), ` +
        `exports ${(m.exports / 1000).toFixed(2)} s (${(bytes / 1e6 / (m.exports / 1000)).toFixed(1)} MB/s); ` +
        `main thread during the read: ${m.frames} frames, longest gap ${m.gap.toFixed(0)} ms, longest task ${m.longTask.toFixed(0)} ms`,
    );
    await page.close();
  }
  const read = median(results.map((m) => m.read));
  const whole = median(results.map((m) => m.whole));
  const exports = median(results.map((m) => m.exports));
  console.log(
    `${(bytes / 1e6).toFixed(1)} MB of XML, ${rows.toLocaleString('en-US')} rows, median of ${runs}: ` +
      `read ${(bytes / 1e6 / (read / 1000)).toFixed(1)} MB/s, to the totals ${(bytes / 1e6 / (whole / 1000)).toFixed(1)} MB/s, ` +
      `with the exports ${(bytes / 1e6 / (exports / 1000)).toFixed(1)} MB/s; ` +
      `longest frame gap ${median(results.map((m) => m.gap)).toFixed(0)} ms, longest task ${median(results.map((m) => m.longTask)).toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
