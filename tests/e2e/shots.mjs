// Screenshots of every page at desktop and phone width, light and dark, in
// both languages, for a person to look at: node tests/e2e/shots.mjs [OUTDIR]
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';

const out = process.argv[2] ?? '/tmp/selo-shots';
const pages = ['', 'validate', 'dmarc', 'spf', 'dkim', 'mta-sts', 'tls-rpt', 'bimi'];
const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [w, h, tag] of [[1280, 900, 'desktop'], [375, 800, 'phone']]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'pt']) {
        const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
        await ctx.addInitScript((l) => localStorage.setItem('selo-lang', l), lang);
        const page = await ctx.newPage();
        for (const p of pages) {
          await page.goto(server.url + (p ? `?page=${p}&domain=example.com` : ''));
          await page.waitForSelector('[data-ready]');
          await page.screenshot({ path: `${out}/${p || 'home'}-${tag}-${scheme}-${lang}.png`, fullPage: tag === 'desktop' });
        }
        await ctx.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
