#!/usr/bin/env node
// Measures Selo's first load: the brotli size of each file and the total,
// and the time from navigation start to interactive (median of N runs).
//
//   node tests/e2e/measure.mjs             serve dist/ on 127.0.0.1 and measure it
//   node tests/e2e/measure.mjs URL         measure a running site
//   RUNS=11 node tests/e2e/measure.mjs     more runs (default 7)
//   PAGE=validate node tests/e2e/measure.mjs   a tool page (its group's module)
//
// Definitions: see lib/measure.mjs. Budgets (budget.json): the first-load
// guards (brotli: the home page, whose goal is 150 KB, and a tool page)
// and 250 ms to interactive; the exit status is 1 when one is exceeded.
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';
import { coldLoad, median, BUDGET } from './lib/measure.mjs';

const SIZE_BUDGET = (process.env.PAGE ? BUDGET.toolFirstLoadBrotliKB[process.env.PAGE] ?? Math.max(...Object.values(BUDGET.toolFirstLoadBrotliKB)) : BUDGET.firstLoadBrotliKB) * 1024;
const TTI_BUDGET = BUDGET.timeToInteractiveMs;
const runs = Number(process.env.RUNS ?? 7);

const server = process.argv[2] ? null : await serve();
const url = `${process.argv[2] ?? server.url}${process.env.PAGE ? `?page=${process.env.PAGE}` : ''}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // One load for the sizes, which also warms up (the OS file cache,
  // Chromium's wasm compiler threads); the timed loads measure nothing else.
  const { files } = await coldLoad(browser, url);
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await coldLoad(browser, url, { sizes: false }));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`First load of ${url}`);
  console.log('  type        raw        brotli    file');
  for (const f of files) {
    console.log(`  ${f.type.padEnd(10)} ${kb(f.raw).padStart(10)} ${kb(f.br).padStart(10)}    ${new URL(f.url).pathname.split('/').pop() || '(page)'}`);
  }
  const total = files.reduce((s, f) => s + f.br, 0);
  const ttis = loads.map((l) => l.tti);
  const med = median(ttis);
  console.log(`  total: ${kb(files.reduce((s, f) => s + f.raw, 0))} raw, ${kb(total)} brotli (guard ${kb(SIZE_BUDGET)}${process.env.PAGE ? '' : `, goal ${kb(BUDGET.goalFirstLoadBrotliKB * 1024)}`})`);
  console.log(`Time to interactive (navigation start to data-ready), ${runs} cold runs:`);
  console.log(`  median ${med.toFixed(0)} ms, min ${Math.min(...ttis).toFixed(0)} ms, max ${Math.max(...ttis).toFixed(0)} ms (budget ${TTI_BUDGET} ms)`);
  const ok = total <= SIZE_BUDGET && med <= TTI_BUDGET;
  console.log(ok ? 'within budget' : 'OVER BUDGET');
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await server?.close();
}
