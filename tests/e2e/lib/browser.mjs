// Headless Debian Chromium driven by playwright-core, with the flags from
// shared/TOOLCHAIN.md and a fresh profile per launch.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

export const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), '../artifacts');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with a fresh user-data-dir; close() removes it. */
export async function launch(contextOptions = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'selo-e2e-'));
  // `args` adds Chromium flags for one spec (e.g. --host-resolver-rules).
  const { args = [], ...options } = contextOptions;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...FLAGS, ...args],
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A server and a browser for one spec file. `problems` collects every CSP
 * violation, uncaught error and console error of every page opened with
 * `newPage()`.
 */
export async function setup(contextOptions) {
  const server = await serve();
  const browser = await launch(contextOptions);
  const problems = [];
  const watch = (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) {
        problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
      }
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${page.url()}: HTTP ${r.status()} for ${r.url()}`);
    });
  };
  browser.context.on('page', watch);
  for (const p of browser.context.pages()) watch(p);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: server.url,
    context: browser.context,
    problems,
    async newPage() {
      return browser.context.newPage();
    },
    /** Stops the web server: from now on only the browser's caches answer. */
    stopServer: () => server.close(),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens `url` and waits until the app has mounted (`<html data-ready>`). */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { timeout: 10_000 });
}
