import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, open, ARTIFACTS } from '../lib/browser.mjs';
import { TlsRptGeneratorPage } from '../pages/gen_tls_rpt.mjs';
import { validate } from '../pages/gen_forms.mjs';

const env = await setup();
after(async () => {
  assert.deepEqual(env.problems, [], 'no console error, page error or CSP violation');
  await env.close();
});

test('report addresses make a record the validator accepts', async () => {
  const g = await new TlsRptGeneratorPage(await env.newPage(), env.url).goto();
  await g.domain().fill('example.com');
  await g.row('rua', 0).fill('mailto:tlsrpt@example.com');
  await g.addRow('rua').click();
  // The new row gets the focus, so a keyboard user can type straight on.
  await g.page.waitForFunction(() => document.activeElement?.id === 'rua-1');
  await g.page.keyboard.type('https://reports.example.com/tlsrpt');
  const value = 'v=TLSRPTv1; rua=mailto:tlsrpt@example.com,https://reports.example.com/tlsrpt';
  await g.page.getByTestId('out-value').getByText(value, { exact: true }).waitFor();
  assert.equal(await g.recordOwner().textContent(), '_smtp._tls.example.com');
  const checked = await validate(env.context, env.url, value);
  assert.match(checked.summary, /^Valid TLS-RPT/);
  assert.equal(checked.errors, 0);
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-tls-rpt-filled.png'), fullPage: true });
  await g.page.close();
});

test('a bad address is marked at its field and blocks the record', async () => {
  const g = await new TlsRptGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com');
  await g.row('rua', 0).fill('http://reports.example.com/');
  await g.error(0).getByText(/mailto: and https:/).waitFor();
  assert.equal(await g.row('rua', 0).getAttribute('aria-invalid'), 'true');
  assert.match(await g.row('rua', 0).getAttribute('aria-describedby'), /rua-0-error/);
  assert.equal(await g.page.getByTestId('out-value').count(), 0, 'no record from a bad address');
  await g.domain().fill('exa mple.com');
  await g.page.locator('#domain-error').getByText(/letters, digits/).waitFor();
  assert.equal(await g.domain().getAttribute('aria-invalid'), 'true');
  assert.match(await g.domain().getAttribute('aria-describedby'), /domain-error/);
  await g.page.close();
});

test('a shared link restores the form', async () => {
  const g = await new TlsRptGeneratorPage(await env.newPage(), env.url).goto();
  await g.domain().fill('example.org');
  await g.row('rua', 0).fill('mailto:tls@example.org');
  await g.page.waitForURL(/rua=/);
  const link = g.page.url();
  await g.page.close();
  const again = new TlsRptGeneratorPage(await env.newPage(), env.url);
  await open(again.page, link);
  assert.equal(await again.domain().inputValue(), 'example.org');
  assert.equal(await again.row('rua', 0).inputValue(), 'mailto:tls@example.org');
  assert.equal(await again.recordValue().textContent(), 'v=TLSRPTv1; rua=mailto:tls@example.org');
  await again.page.close();
});
