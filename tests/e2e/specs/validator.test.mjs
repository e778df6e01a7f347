import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open } from '../lib/browser.mjs';
import { ValidatorPage } from '../pages/validator.mjs';

const env = await setup();
after(async () => env.close());

// The DMARC parser lands in the engine separately: until then the
// DMARC-specific checks below are skipped, and say so.
const probe = await new ValidatorPage(await env.newPage(), env.url).goto('v=DMARC1; p=none');
const engineHasDmarc = /Valid DMARC record/.test(await probe.summary().textContent());
await probe.page.close();

test('the type is detected as you type, and can be overridden', async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto();
  assert.match(await v.summary().textContent(), /Paste or type a record/);
  await v.fill('v=spf1 -all');
  await assert.doesNotReject(v.detected().getByText('Detected: SPF record').waitFor());
  await v.fill('v=DMARC1; p=none');
  await v.detected().getByText('Detected: DMARC record').waitFor();
  await v.fill('hello world');
  await v.detected().getByText('Type not recognised').waitFor();
  assert.equal(await v.finding('input::unknown-type').count(), 1);
  assert.equal(await v.input().getAttribute('aria-invalid'), 'true');
  // Override: the type goes into the query, the text stays in the fragment.
  await v.typeSelect().selectOption('spf');
  await v.detected().getByText('Checked as: SPF record').waitFor();
  await v.page.waitForURL(/[?&]type=spf/);
  const url = new URL(v.page.url());
  assert.equal(url.searchParams.get('page'), 'validate');
  assert.equal(decodeURIComponent(url.hash.slice(1)), 'hello world');
  assert.ok(!url.search.includes('hello'), 'pasted text must stay out of the query');
});

test('a shared link restores the type override from the query', async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto('v=DKIM1; p=', '&type=spf');
  assert.equal(await v.typeSelect().inputValue(), 'spf');
  await v.detected().getByText('Checked as: SPF record').waitFor();
  await v.typeSelect().selectOption('');
  await v.detected().getByText('Detected: DKIM key record').waitFor();
  await v.page.waitForURL((u) => !u.search.includes('type='));
});

test('an unterminated quote is underlined at its span and selected on click', async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto();
  // A zone-file line whose owner has a 2-byte character: byte and UTF-16
  // offsets of the quote differ by one.
  const text = '_dmarc.exémple.pt. IN TXT "v=DMARC1; p=none';
  const q = text.indexOf('"');
  await v.fill(text);
  const finding = v.finding('input::unterminated-quote');
  await finding.waitFor();
  assert.match(await finding.textContent(), /Error/);
  assert.match(await finding.textContent(), /no closing quote/);
  assert.equal(await finding.getByRole('link', { name: 'RFC 1035 5.1' }).getAttribute('rel'), 'noreferrer');
  const marks = await v.marks();
  const quote = marks.find((m) => m.cls.includes('mark-error'));
  assert.deepEqual({ start: quote.start, end: quote.end }, { start: q, end: q + 1 });
  assert.equal(await v.input().getAttribute('aria-describedby'), 'validate-summary findings');
  assert.equal(await v.page.locator('.results[aria-live="polite"] #findings').count(), 1);
  await finding.getByRole('button', { name: /no closing quote/ }).click();
  assert.deepEqual(await v.selection(), { focused: true, start: q, end: q + 1 });
});

test('a shared link restores the text from the fragment', async () => {
  const text = '"v=DMARC1; p=none';
  const v = await new ValidatorPage(await env.newPage(), env.url).goto(text);
  assert.equal(await v.input().inputValue(), text);
  await v.finding('input::unterminated-quote').waitFor();
  // Typing keeps the fragment up to date, without piling up history.
  await v.fill('v=spf1 -all');
  await v.page.waitForFunction(() => location.hash === '#v%3Dspf1%20-all');
  assert.equal(await v.fragmentText(), 'v=spf1 -all');
  // Opened elsewhere, the link shows the same check.
  const again = new ValidatorPage(await env.newPage(), env.url);
  await open(again.page, v.page.url());
  assert.equal(await again.input().inputValue(), 'v=spf1 -all');
  await again.detected().getByText('Detected: SPF record').waitFor();
  // Back and forward follow the fragment: a new link typed over the old one.
  await again.page.evaluate(() => { location.hash = encodeURIComponent('v=DMARC1; p=none'); });
  await again.detected().getByText('Detected: DMARC record').waitFor();
  assert.equal(await again.input().inputValue(), 'v=DMARC1; p=none');
});

test('a DMARC duplicate tag is underlined at both places', { skip: !engineHasDmarc && 'DMARC parser not merged yet' }, async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto();
  const text = 'v=DMARC1; p=none; p=reject';
  await v.fill(text);
  const finding = v.page.locator('#findings > li.finding[data-code^="dmarc::duplicate"]');
  await finding.first().waitFor();
  const marks = await v.marks();
  const second = text.lastIndexOf('p=');
  assert.ok(marks.some((m) => m.start <= second && m.end > second), `second p= marked: ${JSON.stringify(marks)}`);
  assert.ok(marks.some((m) => m.start <= 10 && m.end > 10), `first p= marked: ${JSON.stringify(marks)}`);
});

test('a Safe fix is applied with one click (pct is gone in RFC 9989)', { skip: !engineHasDmarc && 'DMARC parser not merged yet' }, async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto();
  await v.fill('v=DMARC1; p=none; pct=100');
  const fix = v.page.locator('#findings .apply-fix').first();
  await fix.waitFor();
  await fix.click();
  await v.page.waitForFunction(() => !document.querySelector('#record-input').value.includes('pct'));
  assert.doesNotMatch(await v.input().inputValue(), /pct/);
  assert.match(await v.input().inputValue(), /^v=DMARC1; p=none/);
  assert.equal(await v.page.locator('#findings li[data-code*="pct"]').count(), 0);
  await v.page.getByRole('table').waitFor();
});

test('+all is accepted by receivers but shown as dangerous, never as valid', async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto('v=spf1 +all');
  assert.match(await v.summary().getAttribute('class'), /summary-dangerous/);
  assert.match(await v.summary().textContent(), /^Dangerous SPF record/);
  assert.doesNotMatch(await v.summary().textContent(), /^Valid/);
  assert.equal(await v.findings().first().getAttribute('data-code'), 'spf::pass-all', 'the danger comes first');
  // ?all is milder: a caution, not the danger and not the plain valid.
  await v.fill('v=spf1 mx ?all');
  assert.match(await v.summary().getAttribute('class'), /summary-caution/);
  assert.match(await v.summary().textContent(), /^Valid SPF record, with warnings/);
  await v.fill('v=spf1 ip4:192.0.2.1 -all');
  assert.match(await v.summary().getAttribute('class'), /summary-valid/);
  await v.page.close();
});

test('a pasted log line is explained, with a link to the page that fixes it', async () => {
  for (const [line, code, page, heading] of [
    ['MTA-STS policy missing: STSFetchResult.NONE', 'input::log-mta-sts-missing', 'mta-sts', /MTA-STS/],
    ['SPF PermError: too many DNS lookups', 'input::log-spf-too-many-lookups', 'spf', /SPF/],
    ['DMARC policy not enabled', 'input::log-dmarc-not-enabled', 'dmarc', /DMARC/],
    // A provider's rejection code: its sender-requirement rows are on the Analyze page.
    ['550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level (outlook.com)', 'input::provider-bounce', 'analyze', /./],
  ]) {
    const v = await new ValidatorPage(await env.newPage(), env.url).goto(line);
    await v.finding(code).waitFor();
    assert.equal(await v.finding('input::unknown-type').count(), 0, line);
    assert.match(await v.summary().textContent(), /not a record/);
    assert.match(await v.summary().getAttribute('class'), /summary-log/);
    assert.equal(await v.fixPage().getAttribute('href'), `?page=${page}`);
    await v.fixPage().click();
    await v.page.waitForURL(new RegExp(`\\?page=${page}`));
    assert.match(await v.heading().textContent(), heading);
    await v.page.close();
  }
});

test('findings are sorted by severity, errors first', async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto('v=DMARC1; p=none; pct=50; rua=dmarc@example.com; foo=bar');
  const rank = { error: 0, warning: 1, info: 2 };
  const order = await v.severities();
  assert.ok(new Set(order).size >= 2, `several severities: ${order}`);
  const ranks = order.map((s) => rank[s]);
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), `sorted: ${order}`);
  await v.page.close();
});

test('Apply all applies every safe fix; the corrected record can be copied', async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto('v=spf1\tmx\ta\t-all');
  assert.equal(await v.corrected().count(), 0, 'nothing corrected yet');
  assert.match(await v.applyAll().textContent(), /Apply all 3 safe fixes/);
  await v.applyAll().click();
  await v.page.waitForFunction(() => document.querySelector('#record-input').value === 'v=spf1 mx a -all');
  await v.settled();
  assert.equal(await v.applyAll().count(), 0);
  await v.corrected().waitFor();
  assert.ok(await v.corrected().getByRole('button', { name: 'Copy the corrected record' }).isVisible());
  // One fix at a time works too.
  await v.fill('v=DMARC1; p=none; pct=100');
  await v.page.locator('#findings .apply-fix').first().click();
  await v.page.waitForFunction(() => !document.querySelector('#record-input').value.includes('pct'));
  await v.page.close();
});

test('a DMARC record at the domain itself, not at _dmarc, warns and offers the right name', async () => {
  const line = 'example.com. 3600 IN TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"';
  const v = await new ValidatorPage(await env.newPage(), env.url).goto(line);
  assert.doesNotMatch(await v.summary().getAttribute('class'), /summary-valid/);
  assert.match(await v.summary().textContent(), /with warnings/);
  const finding = v.finding('dmarc::wrong-owner');
  assert.match(await finding.textContent(), /Warning/);
  assert.match(await finding.textContent(), /only at _dmarc\.<domain>/);
  assert.match(await finding.textContent(), /RFC 9989 4\.7/);
  // The name to use is a fix to check: the text it gives is shown, and
  // applied once agreed.
  const fixed = '_dmarc.example.com. 3600 IN TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"';
  const asked = v.nextQuestion(true);
  await finding.getByRole('button', { name: 'Check, then apply' }).click();
  const question = await asked;
  assert.match(question, /^Publish it at _dmarc\.example\.com\./);
  assert.ok(question.includes(`the text reads:\n\n${fixed}\n`), question);
  await v.page.waitForFunction((t) => document.querySelector('#record-input').value === t, fixed);
  await v.settled();
  assert.equal(await v.finding('dmarc::wrong-owner').count(), 0);
  assert.match(await v.summary().getAttribute('class'), /summary-valid/);
  await v.corrected().waitFor();
  await v.page.close();
});

test('p=quarentine: "did you mean quarantine?", the change is read before it is applied or copied', async () => {
  const text = 'v=DMARC1; p=quarentine; pct=100; rua=mailto:d@example.com';
  const v = await new ValidatorPage(await env.newPage(), env.url).goto(text);
  const finding = v.finding('dmarc::misspelt-value');
  assert.match(await finding.textContent(), /did you mean quarantine\?/);
  assert.match(await finding.locator('.finding-suggestion').textContent(), /quarantine/);
  // A safe fix first (pct): the text still has an error, so no corrected
  // record is offered.
  await v.page.locator('li[data-code="dmarc::removed-tag"] .apply-fix').click();
  const noPct = 'v=DMARC1; p=quarentine; rua=mailto:d@example.com';
  await v.page.waitForFunction((t) => document.querySelector('#record-input').value === t, noPct);
  await v.settled();
  assert.equal(await v.corrected().count(), 0, 'a text with an error is not a corrected record');
  // The suggestion is a fix to check: the text it gives is shown first,
  // and declining leaves the text as it was.
  const good = 'v=DMARC1; p=quarantine; rua=mailto:d@example.com';
  const declined = v.nextQuestion(false);
  await v.finding('dmarc::misspelt-value').getByRole('button', { name: 'Check, then apply' }).click();
  const question = await declined;
  assert.match(question, /^Replace the value with quarantine/);
  assert.ok(question.includes(`the text reads:\n\n${good}\n`), question);
  assert.equal(await v.input().inputValue(), noPct);
  assert.equal(await v.corrected().count(), 0);
  // Agreed, it is applied; the corrected record is shown with its text.
  const agreed = v.nextQuestion(true);
  await v.finding('dmarc::misspelt-value').getByRole('button', { name: 'Check, then apply' }).click();
  await agreed;
  await v.page.waitForFunction((t) => document.querySelector('#record-input').value === t, good);
  await v.corrected().waitFor();
  assert.equal(await v.corrected().locator('code').textContent(), good);
  assert.ok(await v.corrected().getByRole('button', { name: 'Copy the corrected record' }).isVisible());
  assert.equal(await v.page.locator('#findings > li.sev-error').count(), 0);
  await v.page.close();
});

test("Mailchimp's include is called not needed", async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto(
    'v=spf1 include:_spf.google.com include:servers.mcsv.net ~all',
  );
  const finding = v.finding('spf::include-not-needed');
  assert.match(await finding.textContent(), /include:servers\.mcsv\.net is not needed/);
  assert.match(await finding.textContent(), /Mailchimp/);
  assert.equal(await v.page.locator('#findings li[data-code="spf::include-not-needed"]').count(), 1);
  await v.page.close();
});

test('Open in the generator leads to the generator of the detected type', async () => {
  const v = await new ValidatorPage(await env.newPage(), env.url).goto('v=DMARC1; p=reject');
  assert.match(await v.openGenerator().textContent(), /Open in the DMARC generator/);
  await v.openGenerator().click();
  await v.page.waitForURL(/\?page=dmarc/);
  assert.match(await v.heading().textContent(), /DMARC/);
  // A DKIM record opens the DKIM page with the key already pasted.
  const key = 'v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
  const d = await new ValidatorPage(await env.newPage(), env.url).goto(key);
  await d.openGenerator().click();
  await d.page.waitForURL(/\?page=dkim&how=paste/);
  await d.page.getByTestId('key-info').waitFor();
  assert.equal(await d.page.locator('#key-input').inputValue(), key);
  await v.page.close();
  await d.page.close();
});

test('no CSP violation or error on the validator', () => {
  assert.deepEqual(env.problems, []);
});
