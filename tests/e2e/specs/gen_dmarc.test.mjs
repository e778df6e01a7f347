import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, ARTIFACTS } from '../lib/browser.mjs';
import { DmarcGenerator } from '../pages/generators.mjs';

const env = await setup();
after(async () => env.close());

test('reject with rua at another domain: valid record and the authorisation record', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.com');
  await g.policy('reject').check();
  await g.ruaRow(1).fill('reports@dmarc.example.net');
  await g.value().getByText('v=DMARC1; p=reject; rua=mailto:reports@dmarc.example.net').waitFor();
  assert.equal(await g.owner().textContent(), '_dmarc.example.com');
  const checked = await g.validate(await g.value().textContent(), 'dmarc');
  assert.match(checked.summary, /^Valid DMARC/);
  assert.equal(checked.errors, 0);
  // The destination must consent: its record appears, with the right owner.
  const ext = g.externalAuth();
  await ext.waitFor();
  assert.equal(await ext.count(), 1);
  assert.equal(
    await ext.getByTestId('out-owner').textContent(),
    'example.com._report._dmarc.dmarc.example.net',
  );
  const auth = await ext.getByTestId('out-value').textContent();
  assert.equal(auth, 'v=DMARC1');
  const authChecked = await g.validate(auth, 'dmarc-report-auth');
  assert.match(authChecked.summary, /^Valid/);
  assert.equal(authChecked.errors, 0);
  // An address at the domain itself needs no authorisation.
  await g.ruaRow(1).fill('reports@example.com');
  await g.value().getByText('rua=mailto:reports@example.com').waitFor();
  assert.equal(await g.externalAuth().count(), 0);
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-dmarc.png'), fullPage: true });
});

test('a bad address is flagged next to its field and left out of the record', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  await g.ruaRow(1).fill('not an address');
  const row = g.ruaRow(1);
  await g.page.waitForFunction(() => document.querySelector('#dmarc-rua-0').getAttribute('aria-invalid') === 'true');
  assert.match(await row.getAttribute('aria-describedby'), /dmarc-rua-0-error/);
  assert.match(await g.page.locator('#dmarc-rua-0-error').textContent(), /name@domain|encoded/);
  assert.equal(await g.value().textContent(), 'v=DMARC1; p=none');
});

test('roll-out stage buttons set p, and a shared link restores the form', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.org');
  await g.page.getByRole('button', { name: /p=quarantine$/ }).click();
  await g.value().getByText('v=DMARC1; p=quarantine').waitFor();
  assert.equal(await g.policy('quarantine').isChecked(), true);
  await g.page.getByLabel(/^Non-existent subdomain policy/).selectOption('reject');
  await g.value().getByText('v=DMARC1; p=quarantine; np=reject').waitFor();
  const link = g.page.url();
  assert.equal(g.query().get('p'), 'quarantine');
  const again = await new DmarcGenerator(await env.newPage(), env.url).goto(new URL(link).search.replace('?page=dmarc', ''));
  await again.value().getByText('v=DMARC1; p=quarantine; np=reject').waitFor();
  assert.equal(await again.domain().inputValue(), 'example.org');
  assert.equal(await again.policy('quarantine').isChecked(), true);
});

test('keyboard only: fill the DMARC generator with Tab, typing, arrows and Space', async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto();
  const kb = g.page.keyboard;
  // Tab from the top of the page until the domain field has focus.
  for (let i = 0; i < 40; i += 1) {
    await kb.press('Tab');
    if (await g.page.evaluate(() => document.activeElement?.id === 'domain')) break;
  }
  assert.equal(await g.page.evaluate(() => document.activeElement?.id), 'domain');
  await kb.type('example.com');
  await kb.press('Tab'); // the p radio group (none is checked)
  await kb.press('ArrowDown'); // quarantine
  await kb.press('ArrowDown'); // reject
  await kb.press('Tab'); // t=y checkbox
  await kb.press('Space');
  await kb.press('Tab'); // first rua row
  await kb.type('dmarc@example.com');
  await g.value().getByText('v=DMARC1; p=reject; t=y; rua=mailto:dmarc@example.com').waitFor();
  const checked = await g.validate(await g.value().textContent(), 'dmarc');
  assert.match(checked.summary, /^Valid DMARC/);
  assert.equal(checked.errors, 0);
});

test('no browser errors or CSP violations', () => {
  assert.deepEqual(env.problems, []);
});

test("the engine's findings about the generated record follow the form", async () => {
  const g = await new DmarcGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.com');
  await g.policy('none').check();
  await g.ruaRow(1).fill('');
  // Read by the engine worker: no rua= means no reports, which it says.
  const missingRua = g.page.locator('.record-output li.finding[data-code="dmarc::missing-rua"]');
  await missingRua.waitFor();
  assert.match(await missingRua.textContent(), /no rua= address/);
  await g.ruaRow(1).fill('reports@example.com');
  await missingRua.waitFor({ state: 'detached' });
  assert.equal(await g.page.locator('.engine-down').count(), 0);
});
