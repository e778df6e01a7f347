// The first load (HTML, JS, wasm, CSS, brotli) must not grow past
// budget.json's firstLoadBrotliKB, a guard set just above today's size; the
// goal (goalFirstLoadBrotliKB, 150 KB) is not met yet: see budget.json.
// Time to interactive is measured by measure.mjs; here it only has to be
// sane, since this machine's two cores are shared while tests run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../lib/server.mjs';
import { coldLoad, median, BUDGET } from '../lib/measure.mjs';

test(`first load stays under the ${BUDGET.firstLoadBrotliKB} KB brotli guard and is interactive promptly`, async () => {
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const loads = [];
    for (let i = 0; i < 3; i++) loads.push(await coldLoad(browser, server.url));
    const { files } = loads[0];
    const types = new Set(files.map((f) => f.type));
    for (const t of ['document', 'script', 'stylesheet']) assert.ok(types.has(t), `first load has a ${t}`);
    assert.ok(files.some((f) => f.url.endsWith('.wasm')), 'first load has the wasm');
    const total = files.reduce((s, f) => s + f.br, 0);
    const tti = median(loads.map((l) => l.tti));
    console.log(`# first load ${(total / 1024).toFixed(1)} KB brotli (goal ${BUDGET.goalFirstLoadBrotliKB} KB); median time to interactive ${tti.toFixed(0)} ms`);
    assert.ok(total <= BUDGET.firstLoadBrotliKB * 1024, `first load is ${total} bytes brotli`);
    assert.ok(tti < 2000, `time to interactive ${tti} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
});
