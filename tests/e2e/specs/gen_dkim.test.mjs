import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import { setup, ARTIFACTS } from '../lib/browser.mjs';
import { DkimGeneratorPage } from '../pages/gen_dkim.mjs';
import { validate } from '../pages/gen_forms.mjs';

const env = await setup();
after(async () => {
  assert.deepEqual(env.problems, [], 'no console error, page error or CSP violation');
  await env.close();
});

/**
 * Generates a key pair with the chosen algorithm, recording every request
 * any page or worker of the browser makes meanwhile; returns the record
 * value, the private key file and the requests.
 */
async function generate(g, alg) {
  await g.page.waitForLoadState('networkidle');
  if (alg) await g.algorithm().selectOption(alg);
  const requests = [];
  const onRequest = (r) => requests.push(r.url());
  env.context.on('request', onRequest);
  await g.generate().click();
  await g.keyInfo().waitFor({ timeout: 30_000 });
  env.context.off('request', onRequest);
  const value = await g.recordValue().textContent();
  const [download] = await Promise.all([g.page.waitForEvent('download'), g.privateDownload().click()]);
  const pem = await readFile(await download.path(), 'utf8');
  return { value, pem, filename: download.suggestedFilename(), requests };
}

/** The base64 of p= in a record value. */
const pTag = (value) => value.match(/p=([A-Za-z0-9+/=]+)$/)[1];

function checkPem(pem) {
  assert.match(pem, /^-----BEGIN PRIVATE KEY-----\n/);
  assert.match(pem, /\n-----END PRIVATE KEY-----\n$/);
  for (const line of pem.trim().split('\n')) assert.ok(line.length <= 64, `PEM line of ${line.length} characters`);
}

test('RSA 2048 is made in the browser, nothing is sent, and the record holds its public key', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com&selector=s1');
  assert.equal(await g.algorithm().inputValue(), 'rsa2048', 'RSA 2048 is the default');
  const { value, pem, filename, requests } = await generate(g);
  assert.deepEqual(requests, [], 'no request at all while generating');
  assert.equal(await g.keyInfo().textContent(), 'RSA 2048 bits');
  assert.match(value, /^v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A/);
  assert.equal(await g.recordOwner().textContent(), 's1._domainkey.example.com');

  assert.equal(filename, 's1.example.com.private.pem');
  checkPem(pem);
  const privateKey = createPrivateKey(pem); // throws unless PKCS#8 PEM
  assert.equal(privateKey.asymmetricKeyType, 'rsa');
  assert.equal(privateKey.asymmetricKeyDetails.modulusLength, 2048);
  assert.equal(privateKey.asymmetricKeyDetails.publicExponent, 65537n);
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  assert.equal(pTag(value), spki, 'the record publishes the public half of the downloaded key');

  const checked = await validate(env.context, env.url, value);
  assert.match(checked.summary, /^Valid DKIM/);
  assert.equal(checked.errors, 0);
  assert.match(checked.body, /2048/, 'the validator reads a 2048-bit key');
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-dkim-generated.png'), fullPage: true });
  await g.page.close();
});

test('Ed25519: raw 32-byte key in the record, PKCS#8 private key, note about RSA', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com&selector=ed1');
  await g.algorithm().selectOption('ed25519');
  await g.algNote().getByText(/Sign with an RSA key too/).waitFor();
  const { value, pem, requests } = await generate(g);
  assert.deepEqual(requests, []);
  assert.equal(await g.keyInfo().textContent(), 'Ed25519 256 bits');
  assert.match(value, /^v=DKIM1; k=ed25519; p=/);
  checkPem(pem);
  const privateKey = createPrivateKey(pem);
  assert.equal(privateKey.asymmetricKeyType, 'ed25519');
  const raw = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).subarray(-32);
  assert.equal(pTag(value), raw.toString('base64'));
  const checked = await validate(env.context, env.url, value);
  assert.match(checked.summary, /^Valid DKIM/);
  assert.equal(checked.errors, 0);
  await g.page.close();
});

test('RSA 1024 carries a visible warning and makes a 1024-bit key', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com&selector=old');
  await g.algorithm().selectOption('rsa1024');
  await g.algNote().getByText(/weak/).waitFor();
  assert.ok(await g.algNote().isVisible());
  const { pem } = await generate(g);
  assert.equal(await g.keyInfo().textContent(), 'RSA 1024 bits');
  assert.equal(createPrivateKey(pem).asymmetricKeyDetails.modulusLength, 1024);
  await g.page.close();
});

test('a pasted public key becomes the record; the paste stays out of the query', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com&selector=prov&how=paste');
  const b64 =
    'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB';
  const pem = `-----BEGIN PUBLIC KEY-----\n${b64.match(/.{1,64}/g).join('\n')}\n-----END PUBLIC KEY-----\n`;
  await g.pasteInput().fill(pem);
  await g.keyInfo().getByText('RSA 1024 bits').waitFor();
  assert.equal(await g.recordValue().textContent(), `v=DKIM1; k=rsa; p=${b64}`);
  const url = new URL(g.page.url());
  assert.ok(!url.search.includes('BEGIN'), 'the key is not in the query');
  assert.equal(decodeURIComponent(url.hash.slice(1)), pem);
  await g.pasteInput().fill('-----BEGIN PRIVATE KEY-----\nMC4CAQ==\n-----END PRIVATE KEY-----');
  await g.page.locator('#key-input-error').getByText(/PRIVATE key/).waitFor();
  assert.equal(await g.pasteInput().getAttribute('aria-invalid'), 'true');
  await g.page.close();
});

test('Microsoft 365 CNAMEs, old and new formats', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=contoso.com&how=cname');
  await g.page.locator('#tenant').fill('contoso');
  await g.cnameTargets().first().waitFor();
  assert.deepEqual(await g.cnameOwners().allTextContents(), [
    'selector1._domainkey.contoso.com',
    'selector2._domainkey.contoso.com',
  ]);
  assert.deepEqual(await g.cnameTargets().allTextContents(), [
    'selector1-contoso-com._domainkey.contoso.onmicrosoft.com',
    'selector2-contoso-com._domainkey.contoso.onmicrosoft.com',
  ]);
  await g.page.locator('#partition').fill('r');
  await g.cnameTargets().first().getByText(/dkim\.mail\.microsoft$/).waitFor();
  assert.equal(
    await g.cnameTargets().first().textContent(),
    'selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft',
  );
  await g.page.locator('#partition').fill('r x');
  await g.page.locator('#partition-error').getByText(/letters, digits/).waitFor();
  assert.equal(await g.page.locator('#partition').getAttribute('aria-invalid'), 'true');
  assert.equal(await g.cnameTargets().count(), 0, 'no CNAME from a bad value');
  await g.provider().selectOption('mailchimp');
  await g.cnameTargets().first().getByText('dkim2.mcsv.net').waitFor();
  await g.page.close();
});

/** Makes an Ed25519 pair (the quickest) without saving its private key. */
async function generateUnsaved(g) {
  await g.algorithm().selectOption('ed25519');
  await g.generate().click();
  await g.keyInfo().waitFor({ timeout: 30_000 });
}

/** Answers every question `page` asks (accepting or dismissing it); returns the list of their types, growing. */
function answerQuestions(page, accept) {
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    accept ? d.accept() : d.dismiss();
  });
  return dialogs;
}

/** Follows the site's link to the validator, dismissing any question; returns the questions asked. */
async function leaveByLink(g) {
  const dialogs = answerQuestions(g.page, false);
  await g.navLink('validate').click();
  await g.page.waitForURL(/\?page=validate/);
  return dialogs;
}

test('leaving with an unsaved private key asks first, inside the app and when the tab closes', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com&selector=guard');
  const dialogs = answerQuestions(g.page, false);
  // Before any key: no question.
  await g.navLink('validate').click();
  await g.page.waitForURL(/\?page=validate/);
  await g.page.goBack();
  await g.page.waitForURL(/\?page=dkim/);
  assert.deepEqual(dialogs, []);
  await generateUnsaved(g);
  // A link of the app asks for confirmation; dismissing it stays here.
  const asked = g.page.waitForEvent('dialog');
  await g.navLink('validate').click();
  await asked;
  assert.deepEqual(dialogs, ['confirm']);
  assert.match(g.page.url(), /\?page=dkim/);
  assert.ok(await g.keyInfo().isVisible(), 'the key is still there');
  // Closing the tab asks too (beforeunload).
  const closing = g.page.waitForEvent('dialog');
  await g.page.close({ runBeforeUnload: true });
  assert.equal((await closing).type(), 'beforeunload');
  assert.ok(!g.page.isClosed(), 'dismissed: the page stays');
  // Once the private key is downloaded, nothing asks.
  const [download] = await Promise.all([g.page.waitForEvent('download'), g.privateDownload().click()]);
  await download.path();
  dialogs.length = 0;
  await g.navLink('validate').click();
  await g.page.waitForURL(/\?page=validate/);
  assert.deepEqual(dialogs, []);
  await g.page.close({ runBeforeUnload: true });
});

test('leaving for the home page (its own module) with an unsaved key asks once, and goes when confirmed', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com&selector=home');
  await generateUnsaved(g);
  const dialogs = answerQuestions(g.page, true);
  await Promise.all([g.page.waitForEvent('load'), g.navLink('home').click()]);
  await g.page.locator('html[data-ready]').waitFor({ state: 'attached' });
  assert.match(await g.heading().textContent(), /Protect your domain's email/);
  assert.deepEqual(dialogs, ['confirm'], 'the app asks, and the browser does not ask again');
  await g.page.close();
});

test('copying the private key also counts as saving it', async () => {
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com&selector=copied');
  await generateUnsaved(g);
  await g.page.getByText('Show the private key').click();
  await g.page.getByRole('button', { name: 'Copy the private key' }).click();
  assert.deepEqual(await leaveByLink(g), []);
  await g.page.close();
});

test('changing the key type after generating clears the old key', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com&selector=swap');
  await generateUnsaved(g);
  assert.ok(await g.privateKey().isVisible());
  await g.algorithm().selectOption('rsa2048');
  await g.page.waitForURL((u) => !u.search.includes('alg='));
  await g.keyInfo().waitFor({ state: 'detached' });
  assert.equal(await g.privateKey().count(), 0, 'the Ed25519 private key is gone');
  assert.equal(await g.page.getByTestId('out-value').count(), 0, 'no record of the old key');
  // Nothing left to lose: leaving asks nothing.
  assert.deepEqual(await leaveByLink(g), []);
  await g.page.close();
});

test('CNAME delegation hides the rotation advice for self-hosted keys', async () => {
  const g = await new DkimGeneratorPage(await env.newPage(), env.url).goto('&domain=example.com');
  assert.ok(await g.rotationAdvice().isVisible());
  await g.how('cname').check();
  await g.provider().waitFor();
  assert.equal(await g.rotationAdvice().count(), 0);
  await g.how('paste').check();
  await g.rotationAdvice().waitFor();
  await g.page.close();
});
