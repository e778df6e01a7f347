// The Check page (?page=check): form, resolver confirmation, result.
import { Shell } from './shell.mjs';

export class CheckPage extends Shell {
  /** Opens `?page=check` with `params` (an object; `selector` may be an array). */
  async goto(params = {}) {
    const q = new URLSearchParams({ page: 'check' });
    for (const [k, v] of Object.entries(params)) {
      for (const one of [v].flat()) q.append(k, one);
    }
    return super.goto(`?${q}`);
  }

  result() {
    return this.page.locator('#check-result');
  }

  confirmBox() {
    return this.page.locator('.check-confirm');
  }

  /** Waits until the check is complete (aria-busy="false" with a summary). */
  async done(timeout = 20_000) {
    await this.page.locator('#check-result[aria-busy="false"] .check-summary').waitFor({ timeout });
    return this;
  }

  /** The one line the report starts with: what the check comes to. */
  verdict() {
    return this.result().locator('.check-verdict');
  }

  /** The `data-kind` of each summary line, top to bottom. */
  summaryOrder() {
    return this.page.locator('.check-summary tr[data-kind]').evaluateAll((rows) => rows.map((r) => r.dataset.kind));
  }

  /** The `data-kind` of each section, top to bottom. */
  sectionOrder() {
    return this.result().locator('.check-section').evaluateAll((els) => els.map((e) => e.dataset.kind));
  }

  /** The summary line of a record type (`spf`, `mta-sts`...). */
  summaryRow(kind) {
    return this.page.locator(`.check-summary tr[data-kind="${kind}"]`);
  }

  /** `ok`, `missing`, `invalid`, `error` or `unreadable`, from the summary. */
  async status(kind) {
    return this.summaryRow(kind).locator('.check-status').getAttribute('data-status');
  }

  section(kind) {
    return this.page.locator(`.check-section[data-kind="${kind}"]`);
  }

  finding(code) {
    return this.result().locator(`.finding[data-code="${code}"]`).first();
  }
}
