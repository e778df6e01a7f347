#!/usr/bin/env node
// Every page's total download (brotli), for the README: the first load
// (what the page needs before it works) and everything else it fetches
// once it is open and idle (the engine worker it starts after the first
// paint, and for the Check and Reports pages the same module again when a
// check or a batch runs, which the browser then takes from its cache; the
// Analyze page also starts the analyzer, its own module, when it opens).
//
//   node tests/e2e/measure-pages.mjs        serve dist/ on 127.0.0.1 and measure it
//   node tests/e2e/measure-pages.mjs URL    measure a running site
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';
import { brotliSize, READY_PROBE } from './lib/measure.mjs';

const PAGES = ['', 'validate', 'check', 'reports', 'analyze', 'dmarc', 'spf', 'dkim', 'mta-sts', 'tls-rpt', 'bimi'];
const server = process.argv[2] ? null : await serve();
const url = process.argv[2] ?? server.url;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
try {
  console.log('page       first load   after it (workers)   total   (brotli)');
  for (const p of PAGES) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    const seen = new Map();
    page.on('response', async (r) => {
      const body = await r.body().catch(() => null);
      if (body && !seen.has(r.url())) seen.set(r.url(), { br: brotliSize(body), start: r.request().timing().startTime });
    });
    await page.goto(`${url}${p ? `?page=${p}` : ''}`);
    await page.waitForFunction(() => window.__seloReadyAt !== undefined);
    const readyAt = await page.evaluate(() => performance.timeOrigin + window.__seloReadyAt);
    // The engine worker starts after the first paint; wait until the
    // network has been quiet for a while.
    await page.waitForLoadState('networkidle');
    // Requests made by workers do not count for networkidle: wait until no
    // response has arrived for 1.5 s (a worker fetches its wasm once its
    // script runs).
    for (let n = -1; n !== seen.size; ) {
      n = seen.size;
      await page.waitForTimeout(1500);
    }
    const files = [...seen.values()];
    const first = files.filter((f) => !(f.start > readyAt)).reduce((s, f) => s + f.br, 0);
    const later = files.filter((f) => f.start > readyAt).reduce((s, f) => s + f.br, 0);
    console.log(`${(p || 'home').padEnd(10)} ${kb(first).padStart(10)} ${kb(later).padStart(20)} ${kb(first + later).padStart(9)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server?.close();
}
