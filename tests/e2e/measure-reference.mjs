#!/usr/bin/env node
// Selo's time to interactive against the smallest Leptos CSR app
// (tests/reference-leptos: a heading, a link and a counter, built with the
// same Leptos, release profile and wasm-opt level), measured side by side:
// cold loads alternate between the two sites in one browser, so both see
// the same machine load. Same definition as measure.mjs: navigation start
// to `data-ready` on <html>, fresh context each load (cold HTTP cache, no
// service worker).
//
//   node tests/e2e/measure-reference.mjs          21 loads of each (RUNS=N for more)
//
// Builds the reference into tests/reference-leptos/dist when it is missing
// (trunk, wasm-bindgen and wasm-opt as for Selo); Selo's dist/ must exist
// (tests/e2e/run.sh or scripts/serve.sh builds it).
import { chromium } from 'playwright-core';
import { serve, DIST } from './lib/server.mjs';
import { coldLoad, median, referenceDist } from './lib/measure.mjs';

const runs = Number(process.env.RUNS ?? 21);


const selo = await serve({ root: DIST });
const ref = await serve({ root: referenceDist(), prefix: '/ref/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
try {
  // One load of each for the sizes, which also warms up (the OS file cache,
  // Chromium's compiler threads); the timed loads measure nothing else.
  const size = {};
  for (const [name, site] of [['selo', selo], ['ref', ref]]) {
    size[name] = (await coldLoad(browser, site.url)).files.reduce((s, f) => s + f.br, 0);
  }
  const t = { selo: [], ref: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, site] of i % 2 ? [['ref', ref], ['selo', selo]] : [['selo', selo], ['ref', ref]]) {
      t[name].push((await coldLoad(browser, site.url, { sizes: false })).tti);
    }
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Time to interactive (navigation start to data-ready), ${runs} cold loads each, alternating:`);
  for (const [name, label] of [['selo', 'Selo (home page)'], ['ref', 'bare Leptos app ']]) {
    const xs = t[name];
    console.log(`  ${label}  median ${median(xs).toFixed(0)} ms, p90 ${pct(xs, 90).toFixed(0)} ms, min ${Math.min(...xs).toFixed(0)} ms   first load ${kb(size[name])} brotli`);
  }
  const ratio = median(t.selo) / median(t.ref);
  console.log(`  ratio of medians: ${ratio.toFixed(2)} (goal: at most 1.20)`);
} finally {
  await browser.close();
  await selo.close();
  await ref.close();
}
