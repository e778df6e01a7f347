#!/usr/bin/env node
// Measures the Check page on a list of N generated domains (d1.many.test ...
// dN.many.test, default 200, served by the DNS fixtures started here with
// SELO_BENCH_DOMAINS=N, as scripts/bench-many.sh does), in the built page
// (dist/), checked through the DNS-over-HTTPS front that adds 50 ms to every
// answer (RESOLVER=http://127.0.0.1:8053/dns-query: without it).
//
// For each run it times, from the page being opened with the list:
//   whole  the table on the page (its first 50 rows) and the check done;
// and, on the page's main thread from the list's first progress line (the
// page's own load before it is said apart): the tasks of 50 ms or more
// (PerformanceObserver "longtask"), the longest task, the frames painted
// (a requestAnimationFrame loop) and the longest gap between two frames;
// then the tasks of 50 ms or more while "Show 50 more" is clicked until
// every row is shown.
//
// The fixture ports are fixed: run it under the browser specs' lock.
//   flock /work/e2e.lock node tests/e2e/measure-many.mjs
//   N=500 RUNS=1 flock /work/e2e.lock node tests/e2e/measure-many.mjs
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';
import { median } from './lib/measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const n = Number(process.env.N ?? 200);
const runs = Number(process.env.RUNS ?? 3);
const resolver = process.env.RESOLVER ?? 'http://127.0.0.1:8054/dns-query';

const dir = mkdtempSync(join(tmpdir(), 'selo-measure-many-'));
const dns = join(dir, 'dns');
execFileSync(join(ROOT, 'tests/dns/up.sh'), [dns], { env: { ...process.env, SELO_BENCH_DOMAINS: String(n) }, stdio: ['ignore', 'ignore', 'inherit'] });
const list = Array.from({ length: n }, (_, i) => `d${i + 1}.many.test`).join(' ');

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    await context.addInitScript((url) => {
      localStorage.setItem('selo-resolver', url);
      const m = (window.measure = { long: [], load: [], frames: 0, gap: 0, last: 0, whole: 0, started: 0 });
      // Tasks before the first progress line are the page's own load.
      new MutationObserver(() => {
        if (!m.started && document.querySelector('.check-many-progress')) m.started = performance.now();
      }).observe(document, { subtree: true, childList: true });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) {
          if (m.whole) continue;
          (m.started && e.startTime >= m.started ? m.long : m.load).push(Math.round(e.duration));
        }
      }).observe({ type: 'longtask', buffered: true });
      const frame = (t) => {
        if (!m.whole) {
          m.frames++;
          if (m.last) m.gap = Math.max(m.gap, t - m.last);
          m.last = t;
          requestAnimationFrame(frame);
        }
      };
      requestAnimationFrame(frame);
    }, resolver);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${server.url}?page=check&domain=${encodeURIComponent(list)}`);
    await page.locator('#check-result[aria-busy="false"] table.check-many').waitFor({ timeout: 600_000 });
    const whole = Date.now() - t0;
    await page.evaluate(() => (window.measure.whole = performance.now()));
    const m = await page.evaluate(() => window.measure);
    const done = await page.locator('.check-many-progress progress').getAttribute('value');
    if (done !== String(n)) throw new Error(`${done} of ${n} domains checked`);
    // Then every row, 50 more at a click, with the tasks meanwhile.
    await page.evaluate(() => {
      const m = (window.more = { long: [] });
      new PerformanceObserver((l) => m.long.push(...l.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
    });
    const more = page.locator('button[data-act="more"]');
    while (await more.count()) {
      const before = await page.locator('table.check-many tbody tr').count();
      await more.click();
      await page.waitForFunction((b) => document.querySelectorAll('table.check-many tbody tr').length > b, before);
    }
    const rows = await page.locator('table.check-many tbody tr').count();
    if (rows !== n) throw new Error(`${rows} rows for ${n} domains`);
    const moreLong = await page.evaluate(() => window.more.long);
    const longest = Math.max(0, ...m.long);
    results.push({ whole, longest, count: m.long.length, gap: m.gap });
    console.log(
      `run ${i + 1}: ${n} domains in ${(whole / 1000).toFixed(1)} s; main thread while checking: ${m.long.length} tasks of 50 ms or more` +
        `${m.long.length ? ` (${m.long.join(', ')} ms)` : ''}, longest ${longest} ms (loading the page before: ${m.load.join(', ') || 'none'}); ` +
        `${m.frames} frames, longest gap ${m.gap.toFixed(0)} ms; ` +
        `showing every row, 50 at a click: ${moreLong.length} tasks of 50 ms or more${moreLong.length ? ` (${moreLong.join(', ')} ms)` : ''}`,
    );
    await context.close();
  }
  console.log(
    `${n} domains through ${resolver}, median of ${runs}: ${(median(results.map((r) => r.whole)) / 1000).toFixed(1)} s, ` +
      `${median(results.map((r) => r.count))} tasks of 50 ms or more (longest ${median(results.map((r) => r.longest))} ms), ` +
      `longest frame gap ${median(results.map((r) => r.gap)).toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
  execFileSync(join(ROOT, 'tests/dns/down.sh'), [dns], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
