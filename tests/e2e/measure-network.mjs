#!/usr/bin/env node
// What the user waits for, page by page, cold, side by side with the
// smallest Leptos CSR app (tests/reference-leptos), on two networks:
//
//   loopback  the files as they are on 127.0.0.1
//   slow      every answer held 150 ms, then all bodies through one
//             1.6 Mbit/s link (Lighthouse's "Slow 4G"), applied by the
//             server, so the workers' downloads are slowed as well
//
// Both sites are served brotli-compressed (quality 11) as a static host
// serves them; each load is a fresh context with the service worker
// blocked (cold cache). "Usable" is navigation start to the app's
// `data-ready` mark on <html>: set once the page's links and form controls
// are in the document and the task that put them there has ended. For the
// validator, also the first finding of a short invalid DMARC record in its
// link (`?page=validate#v=DMARC1; p=quarentine`): navigation start to the
// first finding on screen.
//
//   node tests/e2e/measure-network.mjs              5 loads of each page on each network
//   RUNS=9 NETS=slow node tests/e2e/measure-network.mjs
//
// Needs dist/ (tests/e2e/run.sh or scripts/serve.sh builds it); builds the
// reference once, as measure-reference.mjs does.
import { chromium } from 'playwright-core';
import { serve, DIST } from './lib/server.mjs';
import { READY_PROBE, median, referenceDist } from './lib/measure.mjs';

const runs = Number(process.env.RUNS ?? 5);
const nets = (process.env.NETS ?? 'loopback,slow').split(',');
const NETWORKS = {
  loopback: null,
  slow: { latencyMs: 150, bitsPerSecond: 1.6e6 },
};
const PAGES = ['', 'validate', 'check', 'reports', 'analyze', 'dmarc', 'spf', 'dkim', 'mta-sts', 'tls-rpt', 'bimi'];
const FINDING = 'v=DMARC1; p=quarentine';


const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** One cold load: navigation start to `data-ready`, and to the first finding when asked. */
async function load(url, { finding = false } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  if (finding) {
    await page.addInitScript(`
      new MutationObserver((_, obs) => {
        if (document.querySelector('.finding')) { window.__seloFindingAt = performance.now(); obs.disconnect(); }
      }).observe(document, { subtree: true, childList: true });
    `);
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__seloReadyAt !== undefined, null, { timeout: 60_000 });
  if (finding) await page.waitForFunction(() => window.__seloFindingAt !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => ({ ready: window.__seloReadyAt, finding: window.__seloFindingAt }));
  await context.close();
  return t;
}

const fmt = (ms) => `${Math.round(ms)} ms`;
try {
  for (const net of nets) {
    const throttle = NETWORKS[net];
    const selo = await serve({ root: DIST, brotli: true, throttle });
    const ref = await serve({ root: referenceDist(), prefix: '/ref/', brotli: true, throttle });
    try {
      const refTimes = [];
      const rows = [];
      // Warm the OS file cache and the compressed copies once.
      await load(ref.url);
      await load(selo.url);
      for (const slug of PAGES) {
        const url = slug ? `${selo.url}?page=${slug}` : selo.url;
        const times = [];
        const findings = [];
        for (let i = 0; i < runs; i++) {
          // Alternate with the reference so both see the same machine load.
          refTimes.push((await load(ref.url)).ready);
          if (slug === 'validate') {
            const t = await load(`${url}#${encodeURIComponent(FINDING)}`, { finding: true });
            times.push(t.ready);
            findings.push(t.finding);
          } else {
            times.push((await load(url)).ready);
          }
        }
        rows.push({ slug, usable: median(times), finding: findings.length ? median(findings) : null });
      }
      const refUsable = median(refTimes);
      console.log(`\n${net}: median of ${runs} cold loads each (reference: median of ${refTimes.length}, ${fmt(refUsable)})`);
      console.log('| page | usable | × reference |');
      console.log('|---|---|---|');
      for (const r of rows) {
        console.log(`| ${r.slug || 'home'} | ${fmt(r.usable)} | ${(r.usable / refUsable).toFixed(2)} |`);
        if (r.finding !== null) {
          console.log(`| validator's first finding (${FINDING}) | ${fmt(r.finding)} | ${(r.finding / refUsable).toFixed(2)} |`);
        }
      }
    } finally {
      await selo.close();
      await ref.close();
    }
  }
} finally {
  await browser.close();
}
