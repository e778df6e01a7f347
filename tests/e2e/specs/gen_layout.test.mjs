// The generators as a non-expert meets them (issue: output beside the form,
// one empty state, copy disabled on placeholders, input read the way people
// paste it, no error before a field was touched).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, ARTIFACTS } from '../lib/browser.mjs';
import { DmarcGenerator, GeneratorPage } from '../pages/generators.mjs';

const env = await setup();
after(async () => env.close());

const GENERATORS = ['dmarc', 'spf', 'dkim', 'mta-sts', 'tls-rpt', 'bimi'];

/** Box of a locator, in page coordinates. */
const box = (loc) => loc.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, w: r.width, h: r.height };
});

test('at 1280 px the record is beside the form, in view, and stays in view while the form scrolls', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  await g.value().waitFor();
  const form = await box(g.page.locator('form.gen-form'));
  const out = await box(g.page.locator('#output'));
  assert.ok(out.x >= form.x + form.w, `the output (x=${out.x}) starts right of the form (ends at ${form.x + form.w})`);
  const value = await box(g.value());
  assert.ok(value.y + value.h < 900, `the value to publish is in the first screen (bottom at ${value.y + value.h})`);
  await g.page.locator('#dmarc-ruf-0').scrollIntoViewIfNeeded();
  const later = await box(g.value());
  assert.ok(later.y >= 0 && later.y + later.h < 900, `after scrolling the form the value is still in view (top ${later.y})`);
  assert.equal(await g.page.getByTestId('output-bar').isVisible(), false, 'no phone bar on a wide screen');
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-layout-desktop.png') });
});

test('a roll-out stage brings the record into view and moves the focus to it', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  await g.page.setViewportSize({ width: 800, height: 700 });
  await g.value().waitFor();
  await g.page.getByRole('button', { name: /p=reject$/ }).click();
  await g.value().getByText('p=reject').waitFor();
  await g.page.waitForFunction(() => document.querySelector('#output').contains(document.activeElement));
  const v = await box(g.page.locator('#output h2').first());
  assert.ok(v.y >= 0 && v.y < 700, `the record's heading is in view (top ${v.y})`);
});

test('on a phone a bar leads to the record and copies the value', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto('&domain=example.com&rua=dmarc%40example.com');
  await g.page.setViewportSize({ width: 375, height: 800 });
  const bar = g.page.getByTestId('output-bar');
  await bar.waitFor();
  const b = await box(bar);
  assert.ok(b.y + b.h <= 800 && b.y > 600, `the bar sits at the bottom of the screen (top ${b.y})`);
  assert.equal(await bar.getByRole('button', { name: /^Copy Value$/ }).isEnabled(), true);
  await bar.getByRole('button', { name: /See the record/ }).click();
  await g.page.waitForFunction(() => {
    const r = document.querySelector('#output').getBoundingClientRect();
    return r.top >= -2 && r.top < 400;
  });
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-layout-phone.png') });
});

test('one empty state; the name\'s copy buttons stay disabled while it holds a placeholder', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto();
  const empty = g.page.getByTestId('empty-output');
  await empty.getByText("your domain, at the top of the form").waitFor();
  const copyName = g.page.getByRole('button', { name: /^Copy Full name$/ });
  assert.equal(await copyName.isDisabled(), true, 'the placeholder name cannot be copied');
  assert.equal(await g.page.getByRole('button', { name: /^Copy Zone-file line$/ }).isDisabled(), true);
  assert.equal(await g.page.locator('#output').getByRole('button', { name: /^Copy Value$/ }).isEnabled(), true);
  await g.domain().fill('example.com');
  await empty.waitFor({ state: 'hidden' });
  assert.equal(await g.page.getByTestId('out-host').textContent(), '_dmarc');
  assert.equal(await g.owner().textContent(), '_dmarc.example.com');
  assert.match(await g.page.getByTestId('which-name').textContent(), /type only _dmarc\. Typing the full name there creates _dmarc\.example\.com\.example\.com/);
  assert.equal(await g.page.getByRole('button', { name: /^Copy Full name$/ }).isEnabled(), true);

  // Every generator opens on the same empty state.
  for (const slug of ['spf', 'dkim', 'mta-sts', 'tls-rpt', 'bimi']) {
    const p = await new GeneratorPage(await env.newPage(), env.url, slug).goto();
    await p.page.getByTestId('empty-output').first().waitFor({ state: 'visible' });
    await p.page.close();
  }
});

test('the domain is read the way people paste it', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('https://www.example.com/contact/');
  const notes = g.page.getByTestId('domain-notes');
  await notes.getByText(/https:\/\/ was removed/).waitFor();
  await notes.getByText('/contact/ was removed').waitFor();
  await notes.getByText(/starts with www\./).waitFor();
  assert.equal(await g.owner().textContent(), '_dmarc.www.example.com');
  assert.equal(await g.domain().getAttribute('aria-invalid'), 'false');
  await g.domain().fill('acme-example');
  await notes.getByText(/acme-example has no dot/).waitFor();
  await g.domain().fill('example.com.');
  await notes.getByText('The final dot was removed').waitFor();
  assert.equal(await notes.getByText(/has no dot/).count(), 0);
  assert.equal(await g.owner().textContent(), '_dmarc.example.com');
});

test('TLS-RPT takes an address without mailto:', async () => {
  const p = await new GeneratorPage(await env.newPage(), env.url, 'tls-rpt').goto('&domain=example.com');
  await p.page.locator('#rua-0').fill('tlsrpt@example.com');
  await p.value().getByText('v=TLSRPTv1; rua=mailto:tlsrpt@example.com').waitFor();
  assert.equal(await p.page.locator('#rua-0').getAttribute('aria-invalid'), 'false');
});

test('MTA-STS: no error on the mx field before it was touched', async () => {
  const p = await new GeneratorPage(await env.newPage(), env.url, 'mta-sts').goto('&domain=example.com');
  const mx = p.page.locator('#mx-0');
  await mx.waitFor();
  assert.equal(await mx.getAttribute('aria-invalid'), 'false');
  assert.equal(await p.page.locator('.field-error:visible').count(), 0, 'no red text on a fresh page');
  await mx.focus();
  await p.page.locator('#max-age').focus();
  await p.page.waitForFunction(() => document.querySelector('#mx-0').getAttribute('aria-invalid') === 'true');
});

test('no generator scrolls sideways on a 375 px phone, in either language', async () => {
  for (const lang of ['en', 'pt']) {
    const page = await env.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.addInitScript((l) => localStorage.setItem('selo-lang', l), lang);
    for (const slug of GENERATORS) {
      await page.goto(`${env.url}?page=${slug}&domain=example.com`);
      await page.waitForSelector('[data-ready]');
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 375, `${slug} (${lang}) is ${wide} px wide`);
    }
    await page.close();
  }
});

test('no browser errors or CSP violations', () => {
  assert.deepEqual(env.problems, []);
});
