import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setup, open, ARTIFACTS } from '../lib/browser.mjs';
import { MtaStsGeneratorPage } from '../pages/gen_mta_sts.mjs';
import { validate } from '../pages/gen_forms.mjs';

const env = await setup();
after(async () => {
  assert.deepEqual(env.problems, [], 'no console error, page error or CSP violation');
  await env.close();
});

const POLICY =
  'version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\nmax_age: 604800\r\n';

/** Fills the form of the brief's example. */
async function fillEnforce(g) {
  await g.domain().fill('example.com');
  await g.mode().selectOption('enforce');
  await g.row('mx', 0).fill('mail.example.com');
  await g.addRow('mx').click();
  await g.row('mx', 1).fill('*.example.net');
  await g.maxAge().selectOption('604800');
}

test('the policy file is shown, downloads as mta-sts.txt with CRLF, and validates', async () => {
  const g = await new MtaStsGeneratorPage(await env.newPage(), env.url).goto();
  // Testing mode needs an mx line: until then there is no policy file.
  await g.row('mx', 0).waitFor();
  assert.equal(await g.policy().count(), 0);
  // No error before the field was touched; one once it was left empty.
  assert.equal(await g.row('mx', 0).getAttribute('aria-invalid'), 'false');
  await g.row('mx', 0).focus();
  await g.row('mx', 0).blur();
  await g.page.waitForFunction(() => document.querySelector('#mx-0').getAttribute('aria-invalid') === 'true');
  await fillEnforce(g);
  await g.policy().getByText('max_age: 604800').waitFor();
  const shown = await g.policy().evaluate((el) => el.textContent);
  assert.equal(shown, POLICY);
  assert.equal(
    await g.policyUrl().textContent(),
    'https://mta-sts.example.com/.well-known/mta-sts.txt',
  );

  const [download] = await Promise.all([g.page.waitForEvent('download'), g.download().click()]);
  assert.equal(download.suggestedFilename(), 'mta-sts.txt');
  const body = await readFile(await download.path(), 'utf8');
  assert.equal(body, shown, 'the file holds exactly what the page shows, CRLF line endings included');

  const policy = await validate(env.context, env.url, body, 'mta-sts-policy');
  assert.match(policy.summary, /^Valid MTA-STS policy/);
  assert.equal(policy.errors, 0);

  const record = await g.recordValue(g.stsOutput()).textContent();
  assert.match(record, /^v=STSv1; id=\d{8}T\d{6}$/);
  assert.equal(await g.recordOwner(g.stsOutput()).textContent(), '_mta-sts.example.com');
  const checked = await validate(env.context, env.url, record);
  assert.match(checked.summary, /^Valid MTA-STS/);
  assert.equal(checked.errors, 0);

  // TLS-RPT sits beside it.
  await g.row('rua', 0).fill('mailto:tlsrpt@example.com');
  assert.equal(
    await g.recordValue(g.tlsRpt()).textContent(),
    'v=TLSRPTv1; rua=mailto:tlsrpt@example.com',
  );
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-mta-sts-filled.png'), fullPage: true });
  await g.page.close();
});

test('"New id" changes the id in the record and in the link', async () => {
  const g = await new MtaStsGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com');
  const before = await g.stsId().textContent();
  assert.match(before, /^\d{8}T\d{6}$/);
  assert.equal(g.query().get('id'), before, 'the id is kept in the link');
  // Ids have one-second resolution.
  await g.page.waitForTimeout(1100);
  await g.newId().click();
  await g.page.waitForFunction((old) => document.querySelector('[data-testid="sts-id"]').textContent !== old, before);
  const after = await g.stsId().textContent();
  assert.ok(after > before, `${after} is later than ${before}`);
  assert.equal(await g.recordValue(g.stsOutput()).textContent(), `v=STSv1; id=${after}`);
  assert.equal(g.query().get('id'), after);
  await g.page.close();
});

test('a shared link restores the whole form', async () => {
  const g = await new MtaStsGeneratorPage(await env.newPage(), env.url).goto();
  await fillEnforce(g);
  await g.row('rua', 0).fill('mailto:tlsrpt@example.com');
  await g.page.waitForURL(/rua=/);
  const id = await g.stsId().textContent();
  const link = g.page.url();
  await g.page.close();

  const again = new MtaStsGeneratorPage(await env.newPage(), env.url);
  await open(again.page, link);
  assert.equal(await again.domain().inputValue(), 'example.com');
  assert.equal(await again.mode().inputValue(), 'enforce');
  assert.equal(await again.maxAge().inputValue(), '604800');
  assert.equal(await again.row('mx', 0).inputValue(), 'mail.example.com');
  assert.equal(await again.row('mx', 1).inputValue(), '*.example.net');
  assert.equal(await again.stsId().textContent(), id);
  assert.equal(await again.policy().evaluate((el) => el.textContent), POLICY);
  assert.equal(await again.row('rua', 0).inputValue(), 'mailto:tlsrpt@example.com');
  await again.page.close();
});

test('a bad mx pattern is marked at its field', async () => {
  const g = await new MtaStsGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com');
  await g.row('mx', 0).fill('mail.*.example.com');
  await g.page.locator('#mx-0-error').getByText(/\*\.example\.net/).waitFor();
  assert.equal(await g.row('mx', 0).getAttribute('aria-invalid'), 'true');
  assert.equal(await g.policy().count(), 0);
  await g.page.close();
});

test('a final dot on an mx name is removed, with the engine\'s note', async () => {
  const g = await new MtaStsGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com');
  await g.row('mx', 0).fill('mail.example.com.');
  await g.page.getByTestId('mx-note').getByText(/final dot was removed/).waitFor();
  assert.equal(await g.row('mx', 0).getAttribute('aria-invalid'), 'false');
  assert.match(await g.policy().evaluate((el) => el.textContent), /mx: mail\.example\.com\r?\n/);
  await g.page.close();
});
