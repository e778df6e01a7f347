// First-load size and time to interactive, shared by measure.mjs and the
// budget spec.
//
// First load: every response the page receives from navigation until the
// app is ready (HTML, JS glue, wasm, CSS), i.e. what a first-time visitor
// downloads before the page works. Each file's size is measured brotli-
// compressed (quality 11), as a static host would serve it.
//
// Time to interactive: from navigation start (performance.timeOrigin) to
// the moment the app sets `data-ready` on <html>. The app sets it right
// after mounting, synchronously after the first render with every event
// handler attached; a MutationObserver installed before any page script
// records performance.now() at that moment. Each run uses a fresh browser
// context (cold HTTP cache, no service worker).
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';

/** The budgets, in one place: tests/e2e/budget.json. */
export const BUDGET = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url), 'utf8'));

export const READY_PROBE = `
  new MutationObserver((_, obs) => {
    if (document.documentElement?.hasAttribute('data-ready')) {
      window.__seloReadyAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
`;

export function brotliSize(buf) {
  return brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
}

/** One cold load of `url` in a new context of `browser` (a Browser). */
export async function coldLoad(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  const files = [];
  let ready = false;
  page.on('response', async (r) => {
    if (ready) return;
    const body = await r.body().catch(() => null);
    // A preloaded file fetched again is downloaded once.
    const start = r.request().timing().startTime;
    if (body && !files.some((f) => f.url === r.url())) files.push({ url: r.url(), type: r.request().resourceType(), raw: body.length, br: brotliSize(body), start });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__seloReadyAt !== undefined, null, { timeout: 10_000 });
  const tti = await page.evaluate(() => window.__seloReadyAt);
  ready = true;
  // A response that arrived while waitForFunction polled, for a request
  // made after the app was ready (the engine worker, started right after
  // the first paint), is not part of the first load.
  const readyAt = await page.evaluate(() => performance.timeOrigin + window.__seloReadyAt);
  await context.close();
  return { files: files.filter((f) => !(f.start > readyAt)), tti };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
