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

test('the troubleshooting list explains the messages people search for and links to the fix', async () => {
  const home = await new HomePage(await env.newPage(), env.url).goto();
  for (const [message, page] of [
    ['MTA-STS policy missing: STSFetchResult.NONE', 'mta-sts'],
    ['SPF PermError: too many DNS lookups', 'spf'],
    ['DMARC policy not enabled', 'dmarc'],
    ['DKIM signature body hash did not verify', 'dkim'],
    ['no key for signature', 'dkim'],
  ]) {
    const item = home.trouble(message);
    assert.equal(await item.count(), 1, message);
    assert.equal(await item.getByTestId('trouble-fix').getAttribute('href'), `?page=${page}`, message);
    const explain = await item.getByTestId('trouble-explain').getAttribute('href');
    assert.equal(explain, `?page=validate#${encodeURIComponent(message)}`, message);
  }
  // The validator link opens the line explained, with its own fix link.
  await home.trouble('SPF PermError: too many DNS lookups').getByTestId('trouble-explain').click();
  await home.page.waitForURL(/\?page=validate#/);
  await home.page.locator('#findings > li.finding[data-code="input::log-spf-too-many-lookups"]').waitFor();
  assert.equal(await home.page.getByTestId('fix-page').getAttribute('href'), '?page=spf');
  // The fix link opens the generator.
  await home.page.goBack();
  await home.trouble('DMARC policy not enabled').getByTestId('trouble-fix').click();
  await home.page.waitForURL(/\?page=dmarc/);
  assert.match(await home.heading().textContent(), /DMARC/);
  // Only what works: no "coming later" section.
  await home.page.goBack();
  assert.doesNotMatch(await home.page.locator('main').textContent(), /Coming later|not available yet/i);
  assert.deepEqual(env.problems, []);
});

/** The workers' modules, which a page may start after its first paint. */
const WORKERS = ['selo-worker_bg.wasm', 'selo-records_bg.wasm'];

test('the home page downloads no wasm; a tool loads its module, the way home shows its HTML again, in the chosen language', async () => {
  const page = await env.newPage();
  const wasm = [];
  // Module names without their content hash (selo-validate-0123…_bg.wasm).
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(new URL(r.url()).pathname.split('/').pop().replace(/-[0-9a-f]{16}_bg/, '_bg')));
  const home = await new HomePage(page, env.url).goto();
  assert.deepEqual(wasm, [], 'the home page fetches no module');

  // The language switch works without a module, and carries over.
  await home.chooseLang('Português');
  assert.match(await home.heading().textContent(), /Proteja o correio do seu domínio/);
  assert.equal(await home.langButton('Português').getAttribute('aria-pressed'), 'true');
  assert.match(await page.title(), /· Selo$/);
  await home.navLink('validate').click();
  await page.waitForURL(/\?page=validate$/);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  assert.match(await home.heading().textContent(), /Validar um registo/);
  // (A worker's module may follow it: the validator starts the record worker.)
  assert.deepEqual(wasm.filter((w) => !WORKERS.includes(w)), ['selo-validate_bg.wasm']);

  // Back home by the navigation: no module, still in Portuguese.
  await Promise.all([page.waitForEvent('load'), home.navLink('home').click()]);
  assert.ok(page.url().endsWith('/selo/?'), page.url());
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  assert.deepEqual(wasm.filter((w) => !WORKERS.includes(w)), ['selo-validate_bg.wasm']);
  assert.match(await home.heading().textContent(), /Proteja o correio/);
  assert.equal(await home.navLink('home').getAttribute('aria-current'), 'page');

  // An unknown page shows the home page, at the home page's address.
  await page.goto(`${env.url}?page=nonsense`);
  await page.waitForURL((u) => u.search === '');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  assert.match(await home.heading().textContent(), /Proteja o correio/);

  await home.chooseLang('English');
  assert.match(await home.heading().textContent(), /Protect your domain's email/);
  assert.deepEqual(env.problems, []);
});
