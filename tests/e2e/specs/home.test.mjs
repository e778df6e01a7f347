import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from '../lib/browser.mjs';
import { HomePage } from '../pages/home.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

test('home renders what Selo does and its tasks', async () => {
  const home = await new HomePage(await env.newPage(), env.url).goto();
  assert.match(await home.heading().textContent(), /Protect your domain's email/);
  assert.ok(await home.taskLink('Validate a record').isVisible());
  assert.ok(await home.taskLink('DMARC generator').isVisible());
  assert.ok(await home.taskLink('Check a domain').isVisible());
  assert.ok(await home.taskLink('Read DMARC and TLS reports').isVisible());
  assert.equal(await home.navLink('home').getAttribute('aria-current'), 'page');
});

test('nav works under a sub-path, with query routes', async () => {
  const home = await new HomePage(await env.newPage(), env.url).goto();
  await home.navLink('validate').click();
  await home.page.waitForURL(/\/selo\/\?page=validate/);
  assert.match(await home.heading().textContent(), /Validate a record/);
  assert.equal(await home.navLink('validate').getAttribute('aria-current'), 'page');
  assert.equal(await home.navLink('home').getAttribute('aria-current'), null);

  for (const [id, title] of [
    ['dmarc', 'DMARC'],
    ['spf', 'SPF'],
    ['dkim', 'DKIM'],
    ['mta-sts', 'MTA-STS'],
    ['tls-rpt', 'TLS-RPT'],
    ['bimi', 'BIMI'],
  ]) {
    await home.navLink(id).click();
    // A page may add its own state to the query (the DKIM selector, the
    // MTA-STS id), so the page parameter need not come last.
    await home.page.waitForURL(new RegExp(`\\?page=${id}(&|$)`));
    assert.match(await home.heading().textContent(), new RegExp(title));
    assert.match(await home.page.title(), new RegExp(`${title}.*Selo`));
  }
  // Back goes to the previous page; a direct load of a deep link works too.
  await home.page.goBack();
  await home.page.waitForURL(/\?page=tls-rpt(&|$)/);
  assert.match(await home.heading().textContent(), /TLS-RPT/);
  await home.navLink('home').click();
  assert.match(await home.heading().textContent(), /Protect/);
  assert.deepEqual(env.problems, []);
});
