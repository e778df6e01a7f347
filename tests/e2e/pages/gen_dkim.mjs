// The DKIM generator page.
import { GeneratorPage } from './gen_forms.mjs';

export class DkimGeneratorPage extends GeneratorPage {
  async goto(query = '', hash = '') {
    return super.goto(`?page=dkim${query}`, hash);
  }

  selector() {
    return this.page.locator('#selector');
  }

  how(value) {
    return this.page.locator(`input[name="how"][value="${value}"]`);
  }

  algorithm() {
    return this.page.locator('#alg');
  }

  algNote() {
    return this.page.getByTestId('alg-note');
  }

  generate() {
    return this.page.getByTestId('generate');
  }

  keyInfo() {
    return this.page.getByTestId('key-info');
  }

  privateDownload() {
    return this.page.getByTestId('download-private');
  }

  /** The box holding the new private key. */
  privateKey() {
    return this.page.locator('section.private-key');
  }

  rotationAdvice() {
    return this.page.getByTestId('rotate');
  }

  pasteInput() {
    return this.page.locator('#key-input');
  }

  provider() {
    return this.page.locator('#provider');
  }

  cnameTargets() {
    return this.page.getByTestId('cname-target');
  }

  cnameOwners() {
    return this.page.getByTestId('cname-owner');
  }
}
