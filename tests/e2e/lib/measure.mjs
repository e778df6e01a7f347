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
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * One cold load of `url` in a new context of `browser` (a Browser). With
 * `sizes`, every response's body is read and compressed, which costs CPU
 * while the page loads: loads that are timed pass `sizes: false`, and the
 * sizes come from a separate load.
 */
export async function coldLoad(browser, url, { sizes = true } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  const seen = [];
  let ready = false;
  if (sizes) {
    page.on('response', (r) => {
      if (ready) return;
      // A preloaded file fetched again is downloaded once.
      if (seen.some((f) => f.url === r.url())) return;
      seen.push({ url: r.url(), type: r.request().resourceType(), start: r.request().timing().startTime, body: r.body().catch(() => null) });
    });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__seloReadyAt !== undefined, null, { timeout: 10_000 });
  const tti = await page.evaluate(() => window.__seloReadyAt);
  ready = true;
  // A response that arrived while waitForFunction polled, for a request
  // made after the app was ready (the engine worker, started right after
  // the first paint), is not part of the first load.
  const readyAt = await page.evaluate(() => performance.timeOrigin + window.__seloReadyAt);
  const files = [];
  for (const f of seen.filter((f) => !(f.start > readyAt))) {
    // Chromium may have let a body go by the time it is asked for (a module
    // compiled as it streamed, beside a worker's download): the same file,
    // asked of the server again, is the same bytes.
    const body = (await f.body) ?? (await refetch(f.url));
    if (body) files.push({ url: f.url, type: f.type, raw: body.length, br: brotliSize(body), start: f.start });
  }
  await context.close();
  return { files, tti };
}

/** The bytes at `url` (a file of the static server), or null. */
async function refetch(url) {
  try {
    const r = await fetch(url);
    return r.ok ? Buffer.from(await r.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The built reference app (tests/reference-leptos, the smallest Leptos CSR
 * app): its dist/ folder, built once with trunk, wasm-bindgen and wasm-opt
 * as Selo's, when missing.
 */
export function referenceDist() {
  const e2e = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const refDir = resolve(e2e, '../reference-leptos');
  if (!existsSync(resolve(refDir, 'dist/index.html'))) {
    console.log('Building tests/reference-leptos (once)...');
    execFileSync('trunk', ['build', '--release', '--public-url', './', '--offline'], {
      cwd: refDir,
      stdio: 'inherit',
      env: { ...process.env, TRUNK_OFFLINE: 'true', PATH: `${resolve(e2e, 'node_modules/.bin')}:${process.env.PATH}` },
    });
  }
  return resolve(refDir, 'dist');
}
