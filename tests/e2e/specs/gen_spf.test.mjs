import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, ARTIFACTS } from '../lib/browser.mjs';
import { SpfGenerator } from '../pages/generators.mjs';

const env = await setup();
after(async () => env.close());

test('Google Workspace + Microsoft 365 presets: includes, 2 lookups, valid', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.com');
  await g.preset('google-workspace').check();
  await g.preset('microsoft-365').check();
  await g.value().getByText('v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all').or(
    g.value().getByText('v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all'),
  ).waitFor();
  const value = await g.value().textContent();
  assert.match(value, /include:_spf\.google\.com/);
  assert.match(value, /include:spf\.protection\.outlook\.com/);
  assert.match(value, /-all$/);
  assert.match(await g.lookupCount().textContent(), /DNS lookups in this record: 2 of 10/);
  assert.equal(await g.owner().textContent(), 'example.com');
  const checked = await g.validate(value, 'spf');
  assert.match(checked.summary, /^Valid SPF/);
  assert.equal(checked.errors, 0);
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-spf.png'), fullPage: true });
});

test('a shared link restores the SPF form', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.org');
  await g.preset('mailgun').check();
  await g.page.getByLabel(/^IPv4 address or network \(ip4\) 1$/).fill('192.0.2.0/24');
  await g.page.getByRole('radio', { name: /^~all/ }).check();
  await g.value().getByText('v=spf1 ip4:192.0.2.0/24 include:mailgun.org ~all').waitFor();
  const search = new URL(g.page.url()).search;
  const again = await new SpfGenerator(await env.newPage(), env.url).goto(search.replace('?page=spf', ''));
  await again.value().getByText('v=spf1 ip4:192.0.2.0/24 include:mailgun.org ~all').waitFor();
  assert.equal(await again.domain().inputValue(), 'example.org');
  assert.equal(await again.preset('mailgun').isChecked(), true);
  assert.equal(await again.page.getByLabel(/^IPv4 address or network \(ip4\) 1$/).inputValue(), '192.0.2.0/24');
});

test('a bad network is flagged and left out; redirect replaces all', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  const ip4 = g.page.getByLabel(/^IPv4 address or network \(ip4\) 1$/);
  await ip4.fill('192.0.2.0/33');
  await g.page.waitForFunction(() => document.querySelector('#spf-ip4-0').getAttribute('aria-invalid') === 'true');
  assert.equal(await g.value().textContent(), 'v=spf1 -all');
  await g.page.getByLabel(/^Use another domain's record instead/).fill('_spf.example.com');
  await g.value().getByText('v=spf1 redirect=_spf.example.com').waitFor();
  assert.match(await g.lookupCount().textContent(), /: 1 of 10/);
});

test('no browser errors or CSP violations', () => {
  assert.deepEqual(env.problems, []);
});
