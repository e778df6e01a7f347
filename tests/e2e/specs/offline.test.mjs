import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from '../lib/browser.mjs';
import { ValidatorPage } from '../pages/validator.mjs';
import { AnalyzePage } from '../pages/analyze.mjs';
import { HomePage } from '../pages/home.mjs';
import { readFileSync } from 'node:fs';

const MESSAGE = readFileSync(new URL('../../fixtures/messages/pass.eml', import.meta.url), 'utf8');

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

test('after the first visit the validator works offline', async () => {
  const page = await env.newPage();
  const first = await new ValidatorPage(page, env.url).goto();
  // The service worker has installed (precached the build) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, env.url, 'scope is the sub-path, not the origin');
  assert.ok(await first.heading().isVisible());
  // Every module is precached, the home page's HTML, the Check page's, the
  // engine worker and the analyzer too, though this page started none of
  // them (it started the record worker).
  const cached = await page.evaluate(async () => {
    const out = [];
    for (const k of await caches.keys()) {
      // Without content hashes (selo-inspect-0123…_bg.wasm, home-pt-0123….html).
      for (const r of await (await caches.open(k)).keys()) out.push(new URL(r.url).pathname.replace(/-[0-9a-f]{16}(_bg\.wasm|\.js|\.html)$/, '$1'));
    }
    return out;
  });
  for (const f of ['home-en.html', 'home-pt.html', 'selo-inspect_bg.wasm', 'selo-worker_bg.wasm', 'selo-records_loader.js', 'selo-records_bg.wasm', 'selo-analyzer_loader.js', 'selo-analyzer.js', 'selo-analyzer_bg.wasm']) {
    assert.ok(cached.some((u) => u.endsWith(`/${f}`)), `${f} precached: ${cached.join(' ')}`);
  }
  // The Analyze page's resolver: a loopback port, so nothing would leave
  // the machine even online.
  await page.evaluate(() => localStorage.setItem('selo-resolver', 'http://127.0.0.1:9/dns-query'));

  // Offline, and the server gone too: nothing but the caches can answer.
  await env.context.setOffline(true);
  await env.stopServer();
  try {
    const v = new ValidatorPage(page, env.url);
    await v.goto('v=spf1 -all');
    await v.detected().getByText('Detected: SPF record').waitFor();
    await v.fill('"v=DMARC1');
    await v.finding('input::unterminated-quote').waitFor();
    // Another page of the site, never visited, comes from the cache too.
    await v.navLink('dmarc').click();
    await v.heading().getByText('DMARC generator').waitFor();
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    assert.match(await v.heading().textContent(), /DMARC generator/);
    // The Portuguese words, never fetched while online, come from the cache.
    await v.langButton('Português').click();
    await v.heading().getByText('Gerador de DMARC').waitFor();
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    assert.equal(await v.htmlLang(), 'pt-PT');
    await v.langButton('English').click();
    // The analyzer module starts from the cache: the message is read and
    // analyzed, its DNS lookups failing (nothing answers offline).
    const a = await new AnalyzePage(page, env.url).goto();
    await a.text().fill(MESSAGE);
    await a.run().click();
    await a.done();
    assert.match(await a.verdict().textContent(), /DMARC/);
    // The home page, never visited, shows its HTML from the cache.
    const home = await new HomePage(page, env.url).goto();
    assert.match(await home.heading().textContent(), /Protect your domain's email/);
  } finally {
    await env.context.setOffline(false);
  }
  // With the network off and the server stopped on purpose, a load the browser
  // makes outside the service worker (Chromium fetches the favicon and the
  // worker's update check that way) fails as "disconnected" or, when the
  // offline emulation does not reach it, "connection refused". Neither is the
  // page's doing; every other problem is.
  const errors = env.problems.filter(
    (p) => !/Failed to load resource: net::(ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED)/.test(p),
  );
  assert.deepEqual(errors, []);
});
