import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, ARTIFACTS } from '../lib/browser.mjs';
import { ValidatorPage } from '../pages/validator.mjs';

let env;
before(async () => (env = await setup({ locale: 'en-GB' })));
after(async () => env?.close());

test('the language switch changes visible strings and persists over reload', async () => {
  const page = await env.newPage();
  const packs = [];
  page.on('request', (r) => /\/lang\//.test(r.url()) && packs.push(r.url()));
  const v = await new ValidatorPage(page, env.url).goto('hello');
  // An English visit downloads no Portuguese words.
  assert.deepEqual(packs, []);
  assert.equal(await v.htmlLang(), 'en');
  assert.match(await v.heading().textContent(), /^Validate a record$/);
  await v.langButton('Português').click();
  await v.heading().getByText('Validar um registo').waitFor();
  assert.equal(packs.length, 1, 'the Portuguese words are fetched once chosen');
  assert.match(packs[0], /\/lang\/pt-[0-9a-f]{16}\.txt$/);
  assert.equal(await v.htmlLang(), 'pt-PT');
  assert.equal(await v.langButton('Português').getAttribute('aria-pressed'), 'true');
  // Findings come from the engine in the same language.
  assert.match(await v.finding('input::unknown-type').textContent(), /Erro.*não é um registo/s);
  assert.match(await v.page.locator('footer').textContent(), /nada do que escreve sai do seu navegador/);
  assert.match(await v.page.title(), /Validar um registo/);
  await v.page.screenshot({ path: join(ARTIFACTS, 'validate-pt.png'), fullPage: true });

  await v.page.reload();
  await v.page.waitForSelector('html[data-ready]');
  assert.equal(await v.htmlLang(), 'pt-PT');
  assert.match(await v.heading().textContent(), /Validar um registo/);
  await v.langButton('English').click();
  await v.heading().getByText('Validate a record').waitFor();
  assert.equal(await v.htmlLang(), 'en');
  assert.deepEqual(env.problems, []);
});

test('a Portuguese browser gets Portuguese first', async () => {
  const { setup: again } = await import('../lib/browser.mjs');
  const pt = await again({ locale: 'pt-PT' });
  try {
    const v = await new ValidatorPage(await pt.newPage(), pt.url).goto();
    assert.match(await v.heading().textContent(), /Validar um registo/);
    assert.equal(await v.htmlLang(), 'pt-PT');
    // A phone: nothing scrolls sideways (the type menu's longest label
    // once made the page 393 px wide).
    await v.page.setViewportSize({ width: 375, height: 800 });
    for (const text of ['', 'v=DMARC1; p=reject; sp=none; rua=mailto:dmarc@example.com', 'v=spf1 +all']) {
      if (text) await v.fill(text);
      const wide = await v.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 375, `${JSON.stringify(text)}: ${wide} px wide at 375 px`);
    }
    assert.match(await v.summary().textContent(), /^Registo SPF perigoso/);
    await v.page.screenshot({ path: join(ARTIFACTS, 'validate-pt-375.png'), fullPage: true });
  } finally {
    await pt.close();
  }
});

test('the tag table speaks Portuguese, defaults included', async () => {
  const { setup: again } = await import('../lib/browser.mjs');
  const pt = await again({ locale: 'pt-PT' });
  try {
    const v = await new ValidatorPage(await pt.newPage(), pt.url).goto('v=DMARC1; p=reject; sp=none; np=none');
    const table = await v.page.getByRole('table').textContent();
    assert.match(table, /o valor de p/);
    assert.match(table, /o valor de sp ou, sem sp, o de p/);
    assert.doesNotMatch(table, /the value of/);
    await v.fill('v=spf1 mx a -all');
    assert.match(await v.page.getByRole('table').textContent(), /o domínio verificado/);
  } finally {
    await pt.close();
  }
});

test('when the Portuguese words cannot be loaded, the choice is kept and the page says why', async () => {
  const { setup: again } = await import('../lib/browser.mjs');
  const en = await again({ locale: 'en-GB', serviceWorkers: 'block' });
  try {
    const pack = /\/lang\/pt-[0-9a-f]+\.txt$/;
    await en.context.route(pack, (r) => r.abort());
    const page = await en.newPage();
    const v = await new ValidatorPage(page, en.url).goto();
    const notice = page.locator('.lang-notice');
    assert.ok(await notice.isHidden(), 'nothing to say while English is the choice');
    await v.langButton('Português').click();
    await notice.waitFor();
    assert.match(await notice.textContent(), /Portuguese words could not be loaded/);
    assert.match(await notice.textContent(), /Não foi possível carregar as palavras em português/);
    assert.equal(await v.htmlLang(), 'en');
    assert.match(await v.heading().textContent(), /^Validate a record$/);
    const stored = () => page.evaluate(() => localStorage.getItem('selo-lang'));
    assert.equal(await stored(), 'pt-PT', 'the choice is kept');

    // The next visit still asks for Portuguese, and says again why it is English.
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    await notice.waitFor();
    assert.equal(await stored(), 'pt-PT');
    // So does the home page, whose Portuguese is a file of its own.
    const homePt = /\/home-pt-[0-9a-f]+\.html$/;
    await en.context.route(homePt, (r) => r.abort());
    await page.goto(en.url);
    await page.waitForSelector('html[data-ready]');
    await page.locator('.lang-notice:not([hidden])').waitFor();
    assert.equal(await v.htmlLang(), 'en');
    assert.match(await v.heading().textContent(), /Protect your domain's email/);
    assert.equal(await stored(), 'pt-PT');

    // Once the words can be fetched, the switch works and the notice goes.
    await en.context.unroute(homePt);
    await page.getByRole('button', { name: 'Português' }).click();
    await v.heading().getByText('Proteja o correio do seu domínio').waitFor();
    assert.ok(await notice.isHidden());
    await en.context.unroute(pack);
    await v.goto();
    await v.langButton('Português').click();
    await v.heading().getByText('Validar um registo').waitFor();
    assert.ok(await notice.isHidden());
  } finally {
    await en.close();
  }
});
