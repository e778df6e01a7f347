// The MTA-STS generator page.
import { GeneratorPage } from './gen_forms.mjs';

export class MtaStsGeneratorPage extends GeneratorPage {
  async goto(query = '', hash = '') {
    return super.goto(`?page=mta-sts${query}`, hash);
  }

  stsId() {
    return this.page.getByTestId('sts-id');
  }

  newId() {
    return this.page.getByTestId('new-id');
  }

  mode() {
    return this.page.locator('#mode');
  }

  maxAge() {
    return this.page.locator('#max-age');
  }

  policy() {
    return this.page.getByTestId('policy');
  }

  download() {
    return this.page.getByTestId('download-policy');
  }

  policyUrl() {
    return this.page.getByTestId('policy-url');
  }

  /** The `_mta-sts` record's output (the first RecordOutput). */
  stsOutput() {
    return this.page.locator('.record-output').first();
  }

  /** The TLS-RPT record: the second record of the output panel (after
   *  the _mta-sts record), there once an address is valid. */
  tlsRpt() {
    return this.page.locator('#output .record-output').nth(1);
  }
}
