// The Analyze page (?page=analyze): paste or drop a message, see its analysis.
import { Shell } from './shell.mjs';

export class AnalyzePage extends Shell {
  async goto() {
    return super.goto('?page=analyze');
  }

  text() {
    return this.page.getByLabel('Raw message or its header');
  }

  file() {
    return this.page.locator('#analyze-file');
  }

  run() {
    return this.page.getByRole('button', { name: 'Analyze', exact: true });
  }

  result() {
    return this.page.locator('#analyze-result');
  }

  /** Waits until the analysis is shown (aria-busy="false" with a report). */
  async done(timeout = 20_000) {
    await this.page.locator('#analyze-result[aria-busy="false"] .analyze-report').waitFor({ timeout });
    return this;
  }

  /** The whole report's `data-status`: the DMARC result, or `error`. */
  async status() {
    return this.result().locator('.analyze-report').getAttribute('data-status');
  }

  verdict() {
    return this.result().locator('[data-kind="verdict"]');
  }

  section(kind) {
    return this.result().locator(`.analyze-section[data-kind="${kind}"]`);
  }

  /** Each DKIM signature: { domain, selector, result, aligned }. */
  async dkim() {
    return this.section('dkim').locator('.analyze-dkim').evaluateAll((divs) =>
      divs.map((d) => ({
        result: d.getAttribute('data-status'),
        selector: d.getAttribute('data-selector'),
        domain: d.querySelector('tr:nth-child(2) td').textContent,
        aligned: d.querySelector('.align').getAttribute('data-status') === 'aligned',
      })),
    );
  }

  async spf() {
    const s = this.section('spf');
    return {
      result: await s.getAttribute('data-status'),
      aligned: (await s.locator('.align').getAttribute('data-status')) === 'aligned',
    };
  }

  async dmarc() {
    return this.section('dmarc').getAttribute('data-status');
  }

  fixLinks() {
    return this.result().locator('.analyze-fix a');
  }
}
