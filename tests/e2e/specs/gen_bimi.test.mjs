import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, ARTIFACTS } from '../lib/browser.mjs';
import { BimiGenerator } from '../pages/generators.mjs';

const env = await setup();
after(async () => env.close());

test('logo and certificate: valid record at default._bimi', async () => {
  const g = await new BimiGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.com');
  await g.page.getByTestId('empty-output').getByText(/logo/).waitFor();
  await g.page.getByLabel(/^Logo URL/).fill('https://example.com/logo.svg');
  await g.page.getByLabel(/^Certificate URL/).fill('https://example.com/vmc.pem');
  await g.value().getByText('v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem').waitFor();
  assert.equal(await g.owner().textContent(), 'default._bimi.example.com');
  const checked = await g.validate(await g.value().textContent(), 'bimi');
  assert.match(checked.summary, /^Valid BIMI/);
  assert.equal(checked.errors, 0);
  assert.equal(await g.page.getByRole('link', { name: /DMARC generator/ }).getAttribute('href'), '?page=dmarc');
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-bimi.png'), fullPage: true });
});

test('declination record, restored from a shared link', async () => {
  const g = await new BimiGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.com');
  await g.page.getByLabel(/^Selector$/).fill('news');
  await g.page.getByLabel(/^Decline to show a logo$/).check();
  await g.value().getByText('v=BIMI1; l=; a=').waitFor();
  assert.equal(await g.owner().textContent(), 'news._bimi.example.com');
  const checked = await g.validate(await g.value().textContent(), 'bimi');
  assert.match(checked.summary, /^Valid BIMI/);
  assert.equal(checked.errors, 0);
  const search = new URL(g.page.url()).search;
  const again = await new BimiGenerator(await env.newPage(), env.url).goto(search.replace('?page=bimi', ''));
  await again.value().getByText('v=BIMI1; l=; a=').waitFor();
  assert.equal(await again.owner().textContent(), 'news._bimi.example.com');
});

test('an http:// logo is refused next to the field', async () => {
  const g = await new BimiGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  await g.page.getByLabel(/^Logo URL/).fill('http://example.com/logo.svg');
  await g.page.waitForFunction(() => document.querySelector('#bimi-logo').getAttribute('aria-invalid') === 'true');
  await g.page.getByTestId('empty-output').getByText(/logo/).waitFor();
});

test('no browser errors or CSP violations', () => {
  assert.deepEqual(env.problems, []);
});
