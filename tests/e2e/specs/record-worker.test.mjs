// The validator's findings come from the record worker, a small module
// that the page starts while its own downloads (index.html's loader), not
// from the whole engine worker; the record worker answers only what the
// validator and the generators ask, and refuses the rest with the
// boundary's usual `Failed` answer.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../lib/browser.mjs';
import { serve } from '../lib/server.mjs';
import { ValidatorPage } from '../pages/validator.mjs';

// Each answer held 150 ms and the link slowed, as on a phone network, so
// that the page's module is still on its way when the loader has started
// the worker (at half of it).
const server = await serve({ throttle: { latencyMs: 150, bitsPerSecond: 1.6e7 } });
const browser = await launch();
after(async () => {
  await browser.close();
  await server.close();
});

test("a record in the validator's link is checked by the record worker, without the engine worker", async () => {
  const page = await browser.context.newPage();
  const events = [];
  page.on('request', (r) => events.push(['asked', new URL(r.url()).pathname]));
  page.on('requestfinished', (r) => events.push(['got', new URL(r.url()).pathname]));
  const v = await new ValidatorPage(page, server.url).goto('v=DMARC1; p=quarentine');
  await v.finding('dmarc::misspelt-value').waitFor();
  const at = (kind, file) => events.findIndex(([k, p]) => k === kind && file.test(p));
  assert.ok(at('asked', /\/selo-records_loader-[0-9a-f]{16}\.js$/) >= 0, `the record worker was started: ${events.join(' ')}`);
  assert.ok(at('got', /\/selo-records-[0-9a-f]{16}_bg\.wasm$/) >= 0, `the record worker was fetched: ${events.join(' ')}`);
  assert.equal(at('asked', /\/selo-worker/), -1, `the engine worker was not fetched: ${events.join(' ')}`);
  await page.close();
});

test('the record worker checks a record and refuses a domain check with Failed', async () => {
  const page = await browser.context.newPage();
  await new ValidatorPage(page, server.url).goto();
  // Postcard by hand: a string is its length then its bytes; an enum its
  // variant's index. Question { build, id, request }, Answer { id, response }.
  const answers = await page.evaluate(async () => {
    const url = document.querySelector('meta[name="selo-records"]').content;
    const worker = new Worker(url);
    const got = [];
    const next = () => new Promise((ok) => worker.addEventListener('message', (e) => ok([...e.data]), { once: true }));
    const ready = await next();
    // Answer { id: 0, response: Ready { build } }
    const build = ready.slice(3, 3 + ready[2]);
    const str = (s) => [s.length, ...new TextEncoder().encode(s)];
    // id 7: Check { domain: "example.com", resolver: "", selectors: [] }
    worker.postMessage(new Uint8Array([build.length, ...build, 7, 4, ...str('example.com'), 0, 0]));
    got.push(await next());
    // id 8: Validate { text: "v=spf1 -all", kind: None }
    worker.postMessage(new Uint8Array([build.length, ...build, 8, 0, ...str('v=spf1 -all'), 0]));
    got.push(await next());
    worker.terminate();
    return { ready: ready.slice(0, 2), got: got.map((a) => ({ head: a.slice(0, 3), text: new TextDecoder().decode(new Uint8Array(a)) })) };
  });
  // Answer { id: 0, Ready (variant 0) }
  assert.deepEqual(answers.ready, [0, 0]);
  // Answer { id: 7, Failed (1) { error: Message (1), detail } }
  assert.deepEqual(answers.got[0].head, [7, 1, 1]);
  assert.match(answers.got[0].text, /the engine worker answers this/);
  // Answer { id: 8, Validated (2) }, with the record read.
  assert.deepEqual(answers.got[1].head.slice(0, 2), [8, 2]);
  assert.match(answers.got[1].text, /v=spf1 -all/);
  await page.close();
});
