// The TLS-RPT generator page.
import { GeneratorPage } from './gen_forms.mjs';

export class TlsRptGeneratorPage extends GeneratorPage {
  async goto(query = '', hash = '') {
    return super.goto(`?page=tls-rpt${query}`, hash);
  }

  error(i) {
    return this.page.locator(`#rua-${i}-error`);
  }
}
