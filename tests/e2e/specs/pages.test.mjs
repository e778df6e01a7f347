// Every page: no CSP violation, no error, text contrast of at least 4.5:1,
// no horizontal scrolling on a 375-px phone, in light and dark themes; a
// screenshot of each is kept in artifacts/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, open, ARTIFACTS } from '../lib/browser.mjs';
import { lowContrast } from '../lib/contrast.mjs';

const PAGES = [
  ['home', ''],
  ['validate', '?page=validate'],
  ['validate-findings', `?page=validate#${encodeURIComponent('_dmarc.example.com. IN TXT "v=DMARC1; p=none')}`],
  ['validate-valid', `?page=validate#${encodeURIComponent('v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com; pct=50')}`],
  ['validate-spf', `?page=validate#${encodeURIComponent('"v=spf1 include:_spf.google.com ip4:192.0.2.0/24 ptr ?all"')}`],
  ['validate-unknown', `?page=validate#${encodeURIComponent('hello world')}`],
  ['dmarc', '?page=dmarc'],
  ['spf', '?page=spf'],
  ['dkim', '?page=dkim'],
  ['mta-sts', '?page=mta-sts'],
  ['tls-rpt', '?page=tls-rpt'],
  ['bimi', '?page=bimi'],
  ['reports', '?page=reports'],
  ['analyze', '?page=analyze'],
];

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

for (const scheme of ['light', 'dark']) {
  for (const [width, height] of [[1280, 900], [375, 740]]) {
    test(`every page, ${scheme}, ${width}px: no CSP violation, fits the screen`, async () => {
      const page = await env.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      for (const [name, path] of PAGES) {
        await open(page, `${env.url}${path}`);
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(bg, scheme === 'dark' ? 'rgb(21, 23, 26)' : 'rgb(255, 255, 255)', `${name} theme`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} at ${width}px scrolls sideways by ${overflow}px`);
        assert.deepEqual(await lowContrast(page), [], `${name}: text below 4.5:1`);
        await page.screenshot({ path: join(ARTIFACTS, `${name}-${scheme}-${width}.png`), fullPage: true });
      }
      await page.close();
      assert.deepEqual(env.problems, []);
    });
  }
}

test('the CSP is strict and allows the loader by hash only', async () => {
  const page = await env.newPage();
  await open(page, env.url);
  const csp = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
  );
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(csp, /style-src 'self';/);
  assert.match(csp, /form-action 'none'/);
  // No inline style attributes anywhere in what the app renders.
  assert.equal(await page.locator('[style]').count(), 0);
  assert.deepEqual(env.problems, []);
});
