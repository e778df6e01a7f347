import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, ARTIFACTS } from '../lib/browser.mjs';
import { SpfGenerator } from '../pages/generators.mjs';

// The live count asks the local DNS fixtures (tests/dns/up.sh, started by
// run.sh for this spec too): DoH at 127.0.0.1:8053, like check.test.mjs.
const RESOLVER = process.env.SELO_DOH ?? 'http://127.0.0.1:8053/dns-query';
// "test. SOA", the probe run.sh's fixtures answer once they are up.
const dnsUp = await fetch(`${RESOLVER}?dns=AAABAAABAAAAAAAABHRlc3QAAAYAAQ`)
  .then((r) => r.ok)
  .catch(() => false);

const env = await setup();
after(async () => env.close());

test('Google Workspace + Microsoft 365 presets: includes, an estimate of 4, valid', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.com');
  await g.preset('google-workspace').check();
  await g.preset('microsoft-365').check();
  await g.value().getByText('v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all').or(
    g.value().getByText('v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all'),
  ).waitFor();
  const value = await g.value().textContent();
  assert.match(value, /include:_spf\.google\.com/);
  assert.match(value, /include:spf\.protection\.outlook\.com/);
  assert.match(value, /-all$/);
  // 2 includes + the 2 lookups inside _spf.google.com.
  const count = await g.lookupCount().textContent();
  assert.match(count, /DNS lookups with everything it includes \(estimate\): 4 of 10/);
  assert.match(count, /2 for this record's own terms, 2 inside the records of its includes/);
  assert.equal(await g.lookupCount().getAttribute('data-severity'), 'info');
  assert.equal(await g.owner().textContent(), 'example.com');
  const checked = await g.validate(value, 'spf');
  assert.match(checked.summary, /^Valid SPF/);
  assert.equal(checked.errors, 0);
  await g.page.screenshot({ path: join(ARTIFACTS, 'gen-spf.png'), fullPage: true });
});

test('the big-provider set is an error over 10, never a "9 of 10" note', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  for (const id of ['google-workspace', 'microsoft-365', 'amazon-ses', 'mailgun', 'sendgrid', 'zoho']) {
    await g.preset(id).check();
  }
  await g.page.locator('#spf-mx').check();
  await g.page.locator('#spf-a').check();
  await g.value().getByText(/include:zoho\.com/).waitFor();
  const box = g.lookupCount();
  await g.page.waitForFunction(() => document.querySelector('[data-testid=lookup-count]').dataset.severity === 'error');
  const text = await box.textContent();
  // 8 own terms + 2 (Google) + 4 (Mailgun) known; SendGrid and Zoho unknown.
  assert.match(text, /Error/);
  assert.match(text, /\(estimate\): 14 of 10/);
  assert.match(text, /8 for this record's own terms, 6 inside the records of its includes/);
  assert.match(text, /Over the limit: receivers return permerror/);
  assert.match(text, /Selo has no figure for sendgrid\.net, zoho\.com/);
  assert.doesNotMatch(text, /9 of 10/);
  assert.ok(await box.evaluate((e) => e.classList.contains('over')));
  // Portuguese too.
  await g.langButton('Português').click();
  await g.page.waitForFunction(() => /14 de 10/.test(document.querySelector('[data-testid=lookup-count]').textContent));
  assert.match(await box.textContent(), /Acima do limite/);
  await g.langButton('English').click();
});

test('a warning from 8 lookups', async () => {
  // mx (1) + Google (1 + 2) + Mailgun (1 + 4): 9.
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com&mx=1&presets=google-workspace,mailgun');
  await g.page.waitForFunction(() => document.querySelector('[data-testid=lookup-count]')?.dataset.severity === 'warning');
  const text = await g.lookupCount().textContent();
  assert.match(text, /\(estimate\): 9 of 10/);
  assert.match(text, /Close to the limit/);
});

test('Mailchimp: ticked, nothing added, a callout that leads to DKIM', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  await g.preset('mailchimp').check();
  const callout = g.presetFindings().filter({ hasText: 'Mailchimp (marketing) sends with its own envelope domain' });
  await callout.waitFor();
  assert.equal(await callout.getAttribute('data-code'), 'spf::preset-not-needed');
  assert.match(await callout.textContent(), /ticking it adds nothing.*Publish the DKIM records Mailchimp \(marketing\) gives you/);
  const link = callout.getByRole('link', { name: 'Set up DKIM in the DKIM generator' });
  assert.equal(await link.getAttribute('href'), '?page=dkim&domain=example.com&how=cname&provider=mailchimp');
  // Nothing allowed to send yet: the output says so instead of "v=spf1 -all".
  assert.match(await g.page.getByTestId('empty-output').textContent(), /who sends your mail/);
  assert.equal(await g.value().isVisible(), false);
  await link.click();
  await g.page.waitForURL(/page=dkim/);
  await g.page.getByRole('heading', { level: 1, name: /DKIM/ }).waitFor();
  // Mailchimp's CNAME records, each with the host to type.
  await g.page.getByTestId('cname-owner').first().waitFor();
  assert.match(await g.page.locator('.cname-output').first().textContent(), /Mailchimp|mcsv|mcdlv/i);
  const host = g.page.locator('.cname-output [data-testid=out-host]').first();
  assert.match(await host.textContent(), /_domainkey$/);
  assert.match(await g.page.locator('.cname-output [data-testid=which-name]').first().textContent(), /type only k\d*\._domainkey/);
});

test('Amazon SES on the main domain warns; ticking "sending subdomain" clears it', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  await g.preset('amazon-ses').check();
  const warning = g.presetFindings().filter({ hasText: /Amazon SES belongs in the SPF record of the sending subdomain/ });
  await warning.waitFor();
  assert.equal(await warning.getAttribute('data-code'), 'spf::preset-on-subdomain');
  assert.match(await warning.textContent(), /publish v=spf1 include:amazonses\.com -all on that subdomain/);
  await g.subdomain().check();
  await g.page.waitForFunction(() => document.querySelectorAll('[data-testid=preset-findings] li').length === 0);
  assert.equal(g.query().get('sub'), '1');
});

test('the filter narrows the 28 services by name, and says when none matches', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto();
  assert.equal(await g.visiblePresets().count(), 28);
  await g.filter().fill('mail');
  await g.page.waitForFunction(() => document.querySelectorAll('.preset-list > li.preset:not([hidden])').length < 28);
  const names = await g.visiblePresets().locator('.preset-name').allTextContents();
  assert.ok(names.length >= 5, names.join(' | '));
  for (const n of names) assert.match(n, /mail/i);
  assert.ok(names.includes('Mailgun') && names.includes('Proton Mail'), names.join(' | '));
  await g.filter().fill('nosuchprovider');
  await g.page.getByText('No service is named like “nosuchprovider”').waitFor();
  assert.equal(await g.visiblePresets().count(), 0);
  await g.filter().fill('');
  await g.page.waitForFunction(() => document.querySelectorAll('.preset-list > li.preset:not([hidden])').length === 28);
});

test('chips of the chosen services remove them, from the keyboard too', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  await g.preset('mailchimp').check();
  await g.preset('google-workspace').check();
  await g.chips().nth(1).waitFor();
  assert.deepEqual(await g.chips().evaluateAll((b) => b.map((x) => x.getAttribute('aria-label'))), [
    'Remove Google Workspace',
    'Remove Mailchimp (marketing)',
  ]);
  // A chip works while the filter hides its row.
  await g.filter().fill('zoho');
  const chip = g.page.getByRole('button', { name: 'Remove Mailchimp (marketing)' });
  await chip.focus();
  await g.page.keyboard.press('Enter');
  await g.page.waitForFunction(() => !new URL(location.href).searchParams.get('presets')?.includes('mailchimp'));
  assert.equal(await g.chips().count(), 1);
  assert.equal(await g.preset('mailchimp').isChecked(), false);
  assert.equal(g.query().get('presets'), 'google-workspace');
});

test('an include never breaks in the middle: the row wraps instead', async () => {
  const page = await env.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  const g = await new SpfGenerator(page, env.url).goto();
  const code = g.page.locator('.preset[data-id=godaddy] code');
  assert.equal(await code.textContent(), 'include:secureserver.net');
  assert.equal(await code.evaluate((e) => getComputedStyle(e).whiteSpace), 'nowrap');
  // One line: its height is one line box.
  const lines = await code.evaluate((e) => e.getClientRects().length);
  assert.equal(lines, 1);
});

test('Other include takes what providers say to paste: include:servers.mcsv.net', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  await g.include(1).fill('include:servers.mcsv.net');
  await g.value().getByText('v=spf1 include:servers.mcsv.net -all').waitFor();
  assert.equal(await g.include(1).getAttribute('aria-invalid'), 'false');
  await g.addInclude().click();
  await g.include(2).fill('+include:_spf.example.net.');
  await g.value().getByText('v=spf1 include:servers.mcsv.net include:_spf.example.net -all').waitFor();
  await g.include(2).fill('include:');
  await g.page.waitForFunction(() => document.querySelector('#spf-include-1').getAttribute('aria-invalid') === 'true');
  assert.equal(await g.value().textContent(), 'v=spf1 include:servers.mcsv.net -all');
});

test('a shared link restores the SPF form', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto();
  await g.domain().fill('example.org');
  await g.preset('mailgun').check();
  await g.page.getByLabel(/^IPv4 address or network \(ip4\) 1$/).fill('192.0.2.0/24');
  await g.page.getByRole('radio', { name: /^~all/ }).check();
  await g.value().getByText('v=spf1 ip4:192.0.2.0/24 include:mailgun.org ~all').waitFor();
  const search = new URL(g.page.url()).search;
  const again = await new SpfGenerator(await env.newPage(), env.url).goto(search.replace('?page=spf', ''));
  await again.value().getByText('v=spf1 ip4:192.0.2.0/24 include:mailgun.org ~all').waitFor();
  assert.equal(await again.domain().inputValue(), 'example.org');
  assert.equal(await again.preset('mailgun').isChecked(), true);
  assert.equal(await again.page.getByLabel(/^IPv4 address or network \(ip4\) 1$/).inputValue(), '192.0.2.0/24');
});

test('a bad network is flagged and left out; redirect replaces all', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  const ip4 = g.page.getByLabel(/^IPv4 address or network \(ip4\) 1$/);
  await ip4.fill('192.0.2.0/33');
  await g.page.waitForFunction(() => document.querySelector('#spf-ip4-0').getAttribute('aria-invalid') === 'true');
  assert.match(await g.page.getByTestId('empty-output').textContent(), /who sends your mail/);
  await g.page.getByLabel(/^Use another domain's record instead/).fill('_spf.example.com');
  await g.value().getByText('v=spf1 redirect=_spf.example.com').waitFor();
  assert.match(await g.lookupCount().textContent(), /: 1 of 10/);
});

test('no sender: the output says what is missing, until the domain is said to send no mail', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto('&domain=example.com');
  const empty = g.page.getByTestId('empty-output');
  assert.match(await empty.textContent(), /Still needed before you can publish:.*who sends your mail/);
  assert.equal(await g.value().isVisible(), false);
  // The phone bar's copy button (hidden on a wide screen) has nothing to copy.
  assert.equal(await g.page.getByTestId('output-bar').locator('button').nth(1).isDisabled(), true);
  await g.page.getByLabel('This domain sends no mail at all').check();
  await g.value().getByText('v=spf1 -all').waitFor();
  assert.equal(await empty.isVisible(), false);
  assert.equal(g.query().get('none'), '1');
});

test('a record opened from a link keeps the terms the fields cannot hold', async () => {
  const terms = 'mx:backup.example.com\nexists:%{i}._spf.example.com\nexp=why.example.com';
  const g = await new SpfGenerator(await env.newPage(), env.url).goto(
    `&domain=example.com&ip4=192.0.2.1&term=${encodeURIComponent(terms)}&all=~`,
  );
  await g.value()
    .getByText('v=spf1 ip4:192.0.2.1 mx:backup.example.com exists:%{i}._spf.example.com ~all exp=why.example.com')
    .waitFor();
  assert.equal(await g.page.getByLabel(/^Other terms of your record 1$/).inputValue(), 'mx:backup.example.com');
  // Both lookups counted, one figure beside the record.
  assert.match(await g.lookupCount().textContent(), /\(estimate\): 2 of 10/);
  assert.match(await g.page.locator('.record-output .finding[data-code="spf::lookup-count"]').textContent(), /about 2 of the 10/);
  // The next step: DKIM, for the same domain.
  assert.equal(await g.page.getByTestId('next-step').getAttribute('href'), '?page=dkim&domain=example.com');
  assert.match(await g.page.getByTestId('next-step').textContent(), /Next step: DKIM generator for example\.com/);
});

test('the live count needs a domain and names the resolver', async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto();
  assert.equal(await g.liveButton().isDisabled(), true);
  assert.match(await g.live().textContent(), /Type your domain above to count with live DNS/);
  assert.match(await g.live().textContent(), /sent to the resolver you choose/);
  // The Check page's saved choice, and its list.
  await g.page.evaluate(() => localStorage.setItem('selo-resolver', 'https://dns.google/dns-query'));
  await g.goto('&domain=example.com');
  const select = g.live().getByLabel(/^Resolver/);
  assert.equal(await select.inputValue(), 'https://dns.google/dns-query');
  assert.deepEqual(await select.locator('option:not([hidden])').allTextContents(), ['Cloudflare', 'Google', 'Quad9']);
  await select.selectOption('https://dns.quad9.net/dns-query');
  assert.equal(await g.page.evaluate(() => localStorage.getItem('selo-resolver')), 'https://dns.quad9.net/dns-query');
});

test('the live count resolves the real tree over DoH', { skip: !dnsUp && `DNS fixtures not answering at ${RESOLVER}` }, async () => {
  const g = await new SpfGenerator(await env.newPage(), env.url).goto();
  await g.page.evaluate((url) => localStorage.setItem('selo-resolver', url), RESOLVER);
  await g.goto(
    `&domain=spf10.test&mx=1&a=1&include=${encodeURIComponent('include:_s1.spf10.test\n_s2.spf10.test')}`,
  );
  await g.value().getByText('v=spf1 a mx include:_s1.spf10.test include:_s2.spf10.test -all').waitFor();
  // The estimate knows nothing of these includes.
  assert.match(await g.lookupCount().textContent(), /no figure for _s1\.spf10\.test, _s2\.spf10\.test/);
  // The estimate's finding beside the record, until the live count.
  await g.page.locator('.record-output .finding[data-code="spf::lookup-count"]').waitFor();
  const requests = [];
  g.page.context().on('request', (r) => requests.push(r.url()));
  await g.liveButton().click();
  await g.liveResult().waitFor();
  const live = await g.live().textContent();
  assert.match(live, /Live count through 127\.0\.0\.1:8053:/);
  assert.match(live, /10 of 10 DNS lookups; 0 of 2 void lookups\./);
  assert.match(live, /at or near the limit of 10/);
  // The figure beside the record is now the real tree's.
  assert.match(await g.lookupCount().textContent(), /\(counted live\): 10 of 10/);
  assert.equal(await g.page.locator('.record-output .finding[data-code="spf::lookup-count"]').isVisible(), false);
  const nodes = await g.liveResult().locator('.spf-node-head').allTextContents();
  assert.deepEqual(nodes.map((n) => n.replace(/\s+/g, ' ').trim()), [
    'spf10.test · 4 lookups, 10 with everything below',
    '_s1.spf10.test · 3 lookups, 5 with everything below',
    '_s3.spf10.test · 2 lookups',
    '_s2.spf10.test · 1 lookup',
  ]);

  // One more include with no record: over the limit, and said in plain words.
  await g.addInclude().click();
  await g.include(3).fill('gone.spf10.test');
  await g.value().getByText(/include:gone\.spf10\.test -all/).waitFor();
  assert.equal(await g.liveResult().count(), 0, 'a changed record clears the last count');
  await g.liveButton().click();
  await g.liveResult().waitFor();
  const over = await g.live().textContent();
  assert.match(over, /11 of 10 DNS lookups; 1 of 2 void lookups\./);
  assert.match(over, /takes 11 DNS lookups across its includes; the limit is 10/);
  assert.match(over, /uses include:gone\.spf10\.test, but gone\.spf10\.test publishes no SPF record/);
  assert.ok(await g.liveResult().locator('.spf-total.over').count() === 1);
  // In Portuguese, from the same answer.
  await g.langButton('Português').click();
  await g.live().getByText(/11 de 10 consultas DNS/).waitFor();
  await g.langButton('English').click();
  // Only the chosen resolver was asked.
  assert.ok(requests.some((u) => u.startsWith(RESOLVER)));
  assert.deepEqual(requests.filter((u) => /dns-query/.test(u) && !u.startsWith(RESOLVER)), []);
});

test('a resolver that cannot be reached is said once, in plain words', async () => {
  // Nothing listens on port 9: the connection is refused.
  const nobody = 'http://127.0.0.1:9/dns-query';
  const g = await new SpfGenerator(await env.newPage(), env.url).goto();
  await g.page.evaluate((url) => localStorage.setItem('selo-resolver', url), nobody);
  await g.goto('&domain=example.com&include=_spf.example.net');
  assert.equal(await g.live().getByLabel(/^Resolver/).inputValue(), nobody);
  await g.liveButton().click();
  await g.liveResult().waitFor();
  const text = await g.liveResult().textContent();
  assert.match(text, /Could not reach the resolver http:\/\/127\.0\.0\.1:9\/dns-query: .*Nothing was checked\./);
  assert.equal(await g.liveResult().locator('li.finding').count(), 1);
  assert.equal(await g.liveResult().locator('.spf-tree').count(), 0);
  assert.match(await g.live().textContent(), /Live count through 127\.0\.0\.1:9:/);
  // Another resolver: the last count no longer applies.
  await g.live().getByLabel(/^Resolver/).selectOption('https://dns.google/dns-query');
  await g.page.waitForFunction(() => !document.querySelector('.spf-live-result'));
  assert.doesNotMatch(await g.live().textContent(), /Live count through/);
  // The refused connections were expected.
  for (let i = env.problems.length - 1; i >= 0; i--) {
    if (/127\.0\.0\.1:9\b|ERR_CONNECTION_REFUSED/.test(env.problems[i])) env.problems.splice(i, 1);
  }
  await g.page.close();
});

test('no browser errors or CSP violations', () => {
  assert.deepEqual(env.problems, []);
});
