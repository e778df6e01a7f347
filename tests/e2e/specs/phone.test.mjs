// Tables, the chart and the navigation on a 375 px phone and a 1,280 px
// screen: with a real batch of reports loaded (the reports spec's files),
// no word, address, name or date in a table is split across two lines (a table
// wider than the page scrolls in its own box instead), the chart's labels
// are at least 12 px tall, and on the phone every link of the navigation
// is in sight and opens its page, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, ARTIFACTS } from '../lib/browser.mjs';
import { ReportsPage } from '../pages/reports.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = join(ROOT, 'crates/selo/tests/fixtures/reports');
const BATCH = [
  'hostile/two-reports.zip',
  'dmarc-reports/parsedmarc/aggregate/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz',
  'dmarc-reports/mail-auth/100.eml',
  'tlsrpt-reports/mail-auth/rpt01.json',
  'hostile/failure-rfc6591.eml',
].map((f) => join(FIXTURES, f));

let env;
before(async () => {
  env = await setup();
});
after(async () => env?.close());

/**
 * Every word of the visible text in the tables under `root` that the page
 * shows on two lines or more: `word` (text between spaces, or after a
 * hyphen or a slash, where a line may end) with the table it is in.
 */
function splitWords(root) {
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement.closest('table')) continue;
    const text = n.textContent;
    const re = /[^\s\-/]+[-/]?/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(`${m[0]} (${n.parentElement.closest('table').className})`);
    }
    // Names, addresses and dates are not split even at a hyphen.
    const names = /[^\s,()]*[.:][^\s,()]*[A-Za-z0-9]|\d{4}-\d{2}-\d{2}/g;
    for (let m = names.exec(text); m; m = names.exec(text)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(`${m[0]} (${n.parentElement.closest('table').className})`);
    }
  }
  return out;
}

/** The Reports page at `width` in `lang`, with BATCH read. */
async function loaded(width, lang) {
  const page = await env.newPage();
  await page.setViewportSize({ width, height: 900 });
  const r = await new ReportsPage(page, env.url).goto();
  await r.chooseLang(lang === 'pt' ? 'Português' : 'English');
  await r.choose(BATCH);
  await r.done();
  return r;
}

for (const width of [375, 1280]) {
  for (const lang of ['en', 'pt']) {
    test(`at ${width} px (${lang}) no word in a report table is split across lines`, async () => {
      const r = await loaded(width, lang);
      const { page } = r;
      // Open every folded part (the chart's figures, a message's body...).
      await page.locator('#report-result details').evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
      assert.ok((await page.locator('#report-result table.report-sources tbody tr').count()) > 5);
      const split = await page.locator('#report-result').evaluate(splitWords);
      assert.deepEqual(split, [], `split at ${width} px`);
      // Source addresses stay on one line, and the page itself does not
      // scroll sideways: a wide table scrolls in its own box.
      const ips = await page.locator('.report-sources td.col-ip').evaluateAll((tds) =>
        tds.filter((td) => td.getClientRects().length && td.getClientRects()[0].height > 0).map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((x) => Math.round(x.top))).size;
        }),
      );
      assert.ok(ips.length > 5 && ips.every((lines) => lines === 1), JSON.stringify(ips));
      const wide = await page.evaluate((w) => [...document.querySelectorAll('#report-result *')]
        .filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll'))
        .slice(0, 5).map((e) => `${e.tagName}.${e.className}: ${(e.textContent || '').slice(0, 60)}`), width);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, wide.join(' | '));
      for (const box of await page.locator('#report-result table').evaluateAll((ts) =>
        ts.map((t) => [t.className, getComputedStyle(t.parentElement).overflowX]),
      )) {
        assert.equal(box[1], 'auto', `${box[0]} scrolls in its box`);
      }
      if (width === 375) await page.screenshot({ path: join(ARTIFACTS, `reports-${lang}-375.png`), fullPage: true });
      await page.close();
    });
  }
}

test('the chart labels are at least 12 px tall on a phone', async () => {
  const r = await loaded(375, 'en');
  const labels = await r.page.locator('.report-chart .chart-axis').evaluateAll((els) =>
    els.map((e) => ({
      text: e.textContent,
      size: parseFloat(getComputedStyle(e).fontSize),
      height: e.getBoundingClientRect().height,
    })),
  );
  // The tallest bar's count, the first day and the last.
  assert.ok(labels.length >= 2, JSON.stringify(labels));
  for (const l of labels) {
    assert.ok(l.size >= 12 && l.height >= 12, JSON.stringify(l));
  }
  assert.match(labels.map((l) => l.text).join(' '), /\d{4}-\d{2}-\d{2}/);
  await r.page.close();
});

for (const lang of ['en', 'pt']) {
  test(`on a phone (${lang}) every navigation link is in sight and opens its page`, async () => {
    const page = await env.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    const r = await new ReportsPage(page, env.url).goto();
    await r.chooseLang(lang === 'pt' ? 'Português' : 'English');
    const nav = page.locator('.site-header nav');
    // Nothing hides past the edge of the bar or of the screen.
    const [scroll, client] = await nav.evaluate((n) => [n.scrollWidth, n.clientWidth]);
    assert.ok(scroll <= client, `the navigation is ${scroll} px wide in ${client} px`);
    const links = await nav.locator('a').evaluateAll((as) =>
      as.map((a) => {
        const b = a.getBoundingClientRect();
        return { id: a.dataset.testid, href: a.getAttribute('href'), left: b.left, right: b.right, width: b.width };
      }),
    );
    assert.ok(links.length >= 11, JSON.stringify(links));
    for (const l of links) {
      assert.ok(l.width > 0 && l.left >= 0 && l.right <= 375, JSON.stringify(l));
    }
    await page.screenshot({ path: join(ARTIFACTS, `nav-${lang}-375.png`) });
    // The last one (a generator) opens with a tap.
    const last = links[links.length - 1];
    await page.getByTestId(last.id).click();
    await page.waitForURL((u) => u.search.startsWith(last.href));
    assert.equal(await page.getByTestId(last.id).getAttribute('aria-current'), 'page');
    await page.close();
  });
}

test('no page problems', () => {
  assert.deepEqual(env.problems, []);
});
