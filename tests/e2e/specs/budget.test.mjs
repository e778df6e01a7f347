// What a first visit downloads before the page works (HTML, JS, wasm, CSS,
// brotli) must not grow past budget.json's guards, each set just above
// today's size: the home page, static HTML written by the build from the
// app's components (src/frame.rs), with no wasm at all, and one page of
// each tool module (the validator, the Check and Reports pages, the Analyze
// page, SPF, DKIM, DMARC, the MTA-STS, TLS-RPT and BIMI generators). The
// home page's goal (goalFirstLoadBrotliKB, 150 KB) is met. Each page's
// median time to interactive over five cold loads must stay within
// budget.json's timeToInteractiveMs; measure.mjs and measure-reference.mjs
// give the finer figures. A worker's files are not the page's: the
// validator's loader starts the record worker while the page's module
// downloads (for the finding of a record in its link), and a generator
// starts it with its first question, before the page is usable; the
// Analyze page starts its analyzer as it opens. They are reported apart, and
// a tool page gets no worker but these.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../lib/server.mjs';
import { coldLoad, median, BUDGET } from '../lib/measure.mjs';

const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
// A file's name without its content hash (selo-spf-0123…_bg.wasm,
// home-en-0123….html).
const name = (f) => new URL(f.url).pathname.split('/').pop().replace(/-[0-9a-f]{6,16}(_bg\.wasm|\.js|\.html)$/, '$1');

async function firstLoads(query, kinds = ['document', 'script', 'stylesheet']) {
  const server = await serve();
  const browser = await chromium.launch(LAUNCH);
  try {
    const { files } = await coldLoad(browser, `${server.url}${query}`);
    const loads = [];
    for (let i = 0; i < 5; i++) loads.push(await coldLoad(browser, `${server.url}${query}`, { sizes: false }));
    const types = new Set(files.map((f) => f.type));
    for (const t of kinds) assert.ok(types.has(t), `first load has a ${t}`);
    return { files, total: files.reduce((s, f) => s + f.br, 0), tti: median(loads.map((l) => l.tti)) };
  } finally {
    await browser.close();
    await server.close();
  }
}

test(`the home page's first load is HTML and CSS, no wasm, under the ${BUDGET.firstLoadBrotliKB} KB brotli guard`, async () => {
  const { files, total, tti } = await firstLoads('', ['document', 'stylesheet']);
  console.log(`# home page: first load ${(total / 1024).toFixed(1)} KB brotli (goal ${BUDGET.goalFirstLoadBrotliKB} KB); median time to interactive ${tti.toFixed(0)} ms`);
  const wasm = files.filter((f) => f.url.endsWith('.wasm')).map(name);
  assert.deepEqual(wasm, [], 'the home page downloads no module');
  assert.ok(files.some((f) => name(f) === 'home-en.html'), `the home page's HTML is fetched: ${files.map(name).join(' ')}`);
  assert.ok(total <= BUDGET.firstLoadBrotliKB * 1024, `first load is ${total} bytes brotli`);
  assert.ok(total <= BUDGET.goalFirstLoadBrotliKB * 1024, `first load is ${total} bytes brotli`);
  assert.ok(tti <= BUDGET.timeToInteractiveMs, `median time to interactive ${tti.toFixed(0)} ms, over the ${BUDGET.timeToInteractiveMs} ms budget`);
});

// One page per module of the tool pages, with the module that holds it.
const TOOLS = { validate: 'selo-validate', check: 'selo-inspect', analyze: 'selo-analyze', spf: 'selo-spf', dkim: 'selo-dkim', dmarc: 'selo-web', 'mta-sts': 'selo-more' };
// The worker a tool page may start besides its module: the record worker,
// and on the Analyze page the analyzer instead.
const STARTS = { analyze: 'selo-analyzer' };

for (const [page, module] of Object.entries(TOOLS)) {
  const guard = BUDGET.toolFirstLoadBrotliKB[page];
  test(`?page=${page}'s first load is its group's module (${module}), under the ${guard} KB brotli guard`, async () => {
    const { files: all, tti } = await firstLoads(`?page=${page}`);
    const worker = (f) => /^selo-(records|worker|analyzer)[-_]/.test(name(f));
    const files = all.filter((f) => !worker(f));
    const total = files.reduce((s, f) => s + f.br, 0);
    const workers = all.filter(worker);
    const beside = workers.length ? `; beside it ${workers.map(name).join(', ')} (${(workers.reduce((s, f) => s + f.br, 0) / 1024).toFixed(1)} KB)` : '';
    console.log(`# ${page}: first load ${(total / 1024).toFixed(1)} KB brotli${beside}; median time to interactive ${tti.toFixed(0)} ms`);
    const own = STARTS[page] ?? 'selo-records';
    assert.deepEqual(workers.map(name).filter((n) => !n.startsWith(own)), [], `no worker but ${own}`);
    const wasm = files.filter((f) => f.url.endsWith('.wasm')).map(name);
    assert.equal(wasm.length, 1, `one module: ${wasm}`);
    assert.equal(wasm[0], `${module}_bg.wasm`, `${page} runs ${module}`);
    assert.ok(total <= guard * 1024, `first load is ${total} bytes brotli`);
    assert.ok(tti <= BUDGET.timeToInteractiveMs, `median time to interactive ${tti.toFixed(0)} ms, over the ${BUDGET.timeToInteractiveMs} ms budget`);
  });
}
