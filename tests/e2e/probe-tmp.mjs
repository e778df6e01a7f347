import { chromium } from 'playwright-core';
import { serve, DIST } from './lib/server.mjs';
import { READY_PROBE, median } from './lib/measure.mjs';
const a = await serve({ root: DIST });
const b = await serve({ root: new URL('../reference-leptos/dist', import.meta.url).pathname, prefix: '/ref/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const T = `window.__t={};for (const k of ['compileStreaming','instantiate','instantiateStreaming']){const f=WebAssembly[k];WebAssembly[k]=(...x)=>{window.__t[k+'0']=performance.now();return f(...x).then(m=>{window.__t[k+'1']=performance.now();return m})}}`;
const rows = { selo: [], ref: [] };
for (let i = 0; i < 15; i++) for (const [k, url] of [['selo', a.url], ['ref', b.url]]) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.addInitScript(READY_PROBE); await page.addInitScript(T);
  await page.goto(url);
  await page.waitForFunction(() => window.__seloReadyAt !== undefined);
  rows[k].push(await page.evaluate(() => { const r = performance.getEntriesByType('resource'); const n = performance.getEntriesByType('navigation')[0];
    const e = (x) => (r.find(q => q.name.includes(x)) || {}).responseEnd ?? -1; return { dcl: n.domContentLoadedEventStart, css: e('.css'), glue: e('.js'), wasm: e('.wasm'), cs1: window.__t.compileStreaming1 ?? -1, resp: n.responseEnd, firstStart: Math.min(...r.map(e => e.startTime)), lastEnd: Math.max(...r.filter(e=>!e.name.includes('favicon')).map(e => e.responseEnd)), inst: window.__t.instantiate0 ?? window.__t.instantiateStreaming0, instEnd: window.__t.instantiate1 ?? window.__t.instantiateStreaming1, ready: window.__seloReadyAt }; }));
  await ctx.close();
}
for (const k of ['selo', 'ref']) { const o = {}; for (const f of Object.keys(rows[k][0])) o[f] = Math.round(median(rows[k].map(r => r[f]))); console.log(k, JSON.stringify(o)); }
await browser.close(); process.exit(0);
