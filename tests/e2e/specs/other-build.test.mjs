// A page and a worker of two builds refuse each other: the page says that
// Selo was updated, in both languages, with a reload button, and never
// waits forever. The workers of another build are this build's with their
// version (crates/selo-boundary's BUILD, "selo-build-" and 16 hex digits)
// changed in their wasm (the engine worker and the record worker), served
// from a copy of dist/.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, open } from '../lib/browser.mjs';
import { DIST, serve } from '../lib/server.mjs';

const root = mkdtempSync(join(tmpdir(), 'selo-other-build-'));
cpSync(DIST, root, { recursive: true });
const marker = /selo-build-([0-9a-f]{16})/g;
const workers = ['selo-worker', 'selo-records'].map((w) => {
  const file = readdirSync(root).find((f) => new RegExp(`^${w}-[0-9a-f]{16}_bg\\.wasm$`).test(f));
  assert.ok(file, `no ${w} in ${readdirSync(root).join(' ')}`);
  return file;
});
const texts = workers.map((w) => readFileSync(join(root, w)).toString('latin1'));
const builds = new Set(texts.flatMap((text) => [...text.matchAll(marker)].map((m) => m[1])));
assert.equal(builds.size, 1, `one build in the workers: ${[...builds].join(' ')}`);
const [build] = builds;
// The page module of the validator names the same build.
const validator = readdirSync(root).find((f) => /^selo-validate-[0-9a-f]{16}_bg\.wasm$/.test(f));
assert.ok(readFileSync(join(root, validator)).toString('latin1').includes(`selo-build-${build}`));
const other = [...build].map((c) => (c === '0' ? '1' : '0')).join('');
workers.forEach((w, i) =>
  writeFileSync(join(root, w), Buffer.from(texts[i].replaceAll(`selo-build-${build}`, `selo-build-${other}`), 'latin1')),
);

const server = await serve({ root });
const browser = await launch();
after(async () => {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

async function refused(page) {
  const notice = page.getByTestId('update-notice');
  await notice.waitFor({ timeout: 15_000 });
  assert.match(await notice.textContent(), /Selo was updated: reload the page to use the new version\./);
  assert.match(await notice.textContent(), /O Selo foi atualizado: recarregue a página para usar a nova versão\./);
  assert.equal(await notice.getAttribute('role'), 'alert');
  return notice.getByRole('button', { name: /Reload/ });
}

test('the validator refuses a worker of another build and offers a reload', async () => {
  const page = await browser.context.newPage();
  await open(page, `${server.url}?page=validate#v=spf1%20-all`);
  const reload = await refused(page);
  // No finding will come: the page says the checker is down, not "Checking…".
  await page.locator('.results[aria-busy="false"]').waitFor();
  assert.match(await page.getByTestId('summary').textContent(), /The checker could not start/);
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await page.waitForSelector('html[data-ready]');
  await refused(page);
  await page.close();
});

test('a domain check ends with the refusal instead of waiting', async () => {
  const page = await browser.context.newPage();
  await open(page, `${server.url}?page=check&domain=example.com`);
  await refused(page);
  await page.locator('#check-result[aria-busy="false"]').waitFor();
  assert.match(await page.locator('.check-progress').textContent(), /Reload the page/);
  await page.close();
});
