// The Reports page (?page=reports): file input, paste, progress, result.
import { Shell } from './shell.mjs';

export class ReportsPage extends Shell {
  async goto() {
    return super.goto('?page=reports');
  }

  fileInput() {
    return this.page.locator('#report-files');
  }

  result() {
    return this.page.locator('#report-result');
  }

  progress() {
    return this.page.locator('.report-progress');
  }

  /** Sets `paths` on the file input (as a user choosing them). */
  async choose(paths) {
    await this.fileInput().setInputFiles(paths);
    return this;
  }

  /** Waits until the batch is read (aria-busy="false" with a summary). */
  async done(timeout = 30_000) {
    await this.page.locator('#report-result[aria-busy="false"] .report-summary').waitFor({ timeout });
    return this;
  }

  /** The text of a summary total (`messages`, `files-refused`...). */
  total(kind) {
    return this.page.locator(`.report-summary td[data-kind="${kind}"]`).textContent();
  }

  files() {
    return this.page.locator('.report-file');
  }

  /** The section of the file called `name`. */
  file(name) {
    return this.files().filter({ has: this.page.locator('.report-file-name', { hasText: name }) });
  }

  csvLink() {
    return this.page.getByTestId('report-csv');
  }

  jsonLink() {
    return this.page.getByTestId('report-json');
  }
}
