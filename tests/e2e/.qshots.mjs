import { chromium } from 'playwright-core';
import { serve } from '/work/wt-int/tests/e2e/lib/server.mjs';
const [,, out, ...specs] = process.argv;
const server = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const spec of specs) {
  const [q, w, scheme, lang, full] = spec.split(',');
  const ctx = await browser.newContext({ viewport: { width: +w, height: 900 }, colorScheme: scheme });
  await ctx.addInitScript((l) => localStorage.setItem('selo-lang', l), lang);
  const page = await ctx.newPage();
  await page.goto(server.url + q);
  await page.waitForSelector('[data-ready]');
  await page.waitForTimeout(800);
  const name = `${out}/${q.replace(/[^a-z0-9]+/gi,'_')}-${w}-${scheme}-${lang}.png`;
  await page.screenshot({ path: name, fullPage: full === 'full' });
  console.log(name);
  await ctx.close();
}
await browser.close(); await server.close();
