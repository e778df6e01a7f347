// Screenshots of every page at desktop and phone width, light and dark, in
// both languages, for a person to look at: node tests/e2e/shots.mjs [OUTDIR]
// The Check page checks spf11.test through the DNS fixtures when they run
// (tests/dns/up.sh DIR; SELO_DOH to use another resolver).
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';

const out = process.argv[2] ?? '/tmp/selo-shots';
const doh = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';
const pages = ['', 'validate', 'check', 'reports', 'analyze', 'dmarc', 'spf', 'dkim', 'mta-sts', 'tls-rpt', 'bimi'];
const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP mta-sts.*.test 127.0.0.1', '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [w, h, tag] of [[1280, 900, 'desktop'], [375, 800, 'phone']]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'pt']) {
        const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
        await ctx.addInitScript(([l, r]) => {
          localStorage.setItem('selo-lang', l);
          localStorage.setItem('selo-resolver', r);
        }, [lang, doh]);
        const page = await ctx.newPage();
        for (const p of pages) {
          const domain = p === 'check' ? `spf11.test&resolver=${encodeURIComponent(doh)}` : 'example.com';
          await page.goto(server.url + (p ? `?page=${p}&domain=${domain}` : ''));
          await page.waitForSelector('[data-ready]');
          if (p === 'check') await page.waitForSelector('#check-result[aria-busy="false"] .check-summary', { timeout: 20_000 }).catch(() => {});
          if (p === 'validate') await page.waitForSelector('.results[aria-busy="false"]').catch(() => {});
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
