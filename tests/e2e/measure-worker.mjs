#!/usr/bin/env node
// The engine worker's round trip as the validator feels it, in Chromium,
// for a pasted record of 4 KB and of 64 KB (the live-checking limit):
// - round trip: the page posts the text to the worker until its answer
//   arrives;
// - page updated: until the task after the answer's, by which time the
//   page has read the answer and its reactive updates have run;
// - typed to shown: from the input event until the results region's
//   aria-busy is back to "false" (the findings and the tag-by-tag table of
//   that text are in the page).
// Each sample changes one character, so every input is a new question.
//
//   node tests/e2e/measure-worker.mjs          100 samples per size (RUNS=N)
//
// Serves dist/ (build first: tests/e2e/run.sh or scripts/serve.sh).
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';
import { median } from './lib/measure.mjs';

const runs = Number(process.env.RUNS ?? 100);
// Wraps Worker before any page script: the id of each `validate` post and
// the arrival of its answer, and the task after it.
const PROBE = `
  window.__trips = new Map();
  document.addEventListener('input', () => (window.__typedAt = performance.now()), true);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.classList?.contains('results') && r.target.getAttribute('aria-busy') === 'false') {
        window.__shownAt = performance.now();
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (ev) => {
        // An answer is postcard bytes (selo::shown::Answer): the variant
        // (0, Validated), then the question's id as a LEB128 varint.
        if (!(ev.data instanceof Uint8Array) || ev.data[0] !== 0) return;
        let id = 0;
        for (let i = 1, shift = 1; i < ev.data.length; i++, shift *= 128) {
          id += (ev.data[i] & 127) * shift;
          if (ev.data[i] < 128) break;
        }
        const trip = window.__trips.get(id);
        if (!trip) return;
        trip.back = performance.now();
        setTimeout(() => (trip.done = performance.now()), 0);
      });
    }
    postMessage(data, ...rest) {
      if (typeof data === 'string' && data.includes('"validate"')) {
        window.__trips.set(JSON.parse(data).id, { sent: performance.now() });
      }
      return super.postMessage(data, ...rest);
    }
  };
`;

/** An SPF-looking record of just under `size` bytes (valid syntax, many ip4). */
function record(size) {
  let s = 'v=spf1';
  for (let i = 0; s.length < size - 40; i++) s += ` ip4:198.51.${(i >> 8) & 255}.${i & 255}`;
  return `${s} -all`;
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
try {
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${server.url}?page=validate`);
  await page.waitForSelector('html[data-ready]');
  console.log(`Engine worker round trip in the validator, ${runs} samples per size:`);
  for (const size of [4 * 1024, 64 * 1024]) {
    const base = record(size);
    const trips = [];
    for (let i = 0; i < runs + 5; i++) {
      const before = await page.evaluate(() => window.__trips.size);
      // One character changes each time: a new question.
      const text = `${base.slice(0, -5)}${i % 2 ? '~all' : '-all'}${' '.repeat(i % 3)}`;
      await page.fill('#record-input', text);
      const trip = await page.waitForFunction(
        (n) => {
          const all = [...window.__trips.values()];
          const last = all[all.length - 1];
          return (
            all.length > n &&
            last.done !== undefined &&
            window.__shownAt > window.__typedAt && { ...last, typed: window.__typedAt, shown: window.__shownAt }
          );
        },
        before,
        { timeout: 30_000 },
      );
      // The first few warm the worker's code paths.
      if (i >= 5) trips.push(await trip.jsonValue());
    }
    const back = trips.map((t) => t.back - t.sent);
    const done = trips.map((t) => t.done - t.sent);
    const shown = trips.map((t) => t.shown - t.typed);
    const f = (xs) => `median ${median(xs).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
    console.log(`  ${(size / 1024).toFixed(0).padStart(2)} KB record    round trip: ${f(back)}`);
    console.log(`                 page updated: ${f(done)}`);
    console.log(`               typed to shown: ${f(shown)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
