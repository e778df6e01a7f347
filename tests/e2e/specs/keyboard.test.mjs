import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from '../lib/browser.mjs';
import { HomePage } from '../pages/home.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

/** Presses Tab (or `key`) until `predicate()` holds (at most 40 times). */
async function tabTo(page, predicate, key = 'Tab') {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`never reached by Tab: ${predicate}`);
}

test('the validator can be used with the keyboard alone', async () => {
  const home = await new HomePage(await env.newPage(), env.url).goto();
  const page = home.page;
  // The skip link comes first and moves focus to the main content.
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.className), /skip-link/);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  await tabTo(page, () => document.activeElement.dataset.testid === 'nav-validate');
  // Focus is visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?page=validate/);

  await tabTo(page, () => document.activeElement.id === 'record-input');
  await page.keyboard.type('"v=DMARC1; p=none');
  await tabTo(page, () => document.activeElement.classList.contains('finding-message'));
  await page.keyboard.press('Enter');
  const sel = await page.evaluate(() => {
    const el = document.activeElement;
    return { id: el.id, start: el.selectionStart, end: el.selectionEnd };
  });
  assert.deepEqual(sel, { id: 'record-input', start: 0, end: 1 });

  // The type menu and the language switch answer to the keyboard too.
  await tabTo(page, () => document.activeElement.id === 'record-type', 'Shift+Tab');
  await tabTo(page, () => document.activeElement.lang === 'pt-PT' && document.activeElement.tagName === 'BUTTON', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Validar um registo' }).waitFor();
  assert.deepEqual(env.problems, []);
});
