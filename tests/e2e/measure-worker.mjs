#!/usr/bin/env node
// Measures the validator's round trip through the engine worker in
// Chromium: from the text changing (an input event) to the findings of that
// text being on the page (the results region's aria-busy back to "false"),
// for a 4 KB and a 60 KB record, each a fresh text every time.
//
//   node tests/e2e/measure-worker.mjs        serve dist/ and measure (41 runs per size)
//   RUNS=101 node tests/e2e/measure-worker.mjs
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';

const runs = Number(process.env.RUNS ?? 41);
const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** An SPF record of about `bytes` bytes (many ip4 terms), different per `n`. */
function record(bytes, n) {
  const terms = [];
  let len = 'v=spf1 -all'.length;
  for (let i = 0; len < bytes; i++) {
    const t = ` ip4:10.${(i >> 8) & 255}.${i & 255}.${n % 250}`;
    terms.push(t);
    len += t.length;
  }
  return `v=spf1${terms.join('')} -all`;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

try {
  const page = await browser.newPage();
  await page.goto(`${server.url}?page=validate`);
  await page.waitForSelector('html[data-ready]');
  for (const size of [4 * 1024, 60 * 1024]) {
    const times = [];
    for (let i = 0; i < runs + 1; i++) {
      const text = record(size, i);
      const ms = await page.evaluate(async (t) => {
        const area = document.querySelector('#record-input');
        const results = document.querySelector('.results');
        const start = performance.now();
        area.value = t;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        // Busy first (the question went out), then not busy: the answer is
        // in the page (Leptos sets the attribute with the findings).
        let end = 0;
        await new Promise((ok) => {
          let sawBusy = false;
          new MutationObserver((_, obs) => {
            const busy = results.getAttribute('aria-busy') === 'true';
            if (busy) sawBusy = true;
            else if (sawBusy) {
              end = performance.now();
              obs.disconnect();
              ok();
            }
          }).observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
        });
        return end - start;
      }, text);
      if (i > 0) times.push(ms); // the first is a warm-up
    }
    console.log(
      `${(size / 1024).toFixed(0)} KB record: round trip median ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${runs} runs)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
