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

  /** The sources table of the only (or first) aggregate report. */
  sources() {
    return this.page.locator('table.report-sources').first();
  }

  /** The header button that sorts the sources tables by `column`. */
  sortButton(column) {
    return this.sources().getByRole('button', { name: `Sort by ${column}` });
  }

  filterBox() {
    return this.page.getByLabel('Filter the sending sources (IP, name, domain or selector)');
  }

  onlyFailing() {
    return this.page.getByLabel('Only sources that fail DMARC');
  }

  fileBar() {
    return this.page.locator('#report-file-bar');
  }

  batchBar() {
    return this.page.locator('#report-batch-bar');
  }

  /** Polls `check` (async, returns truthy when done) until it holds. */
  async until(check, what, timeout = 15_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await check();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await this.page.waitForTimeout(50);
    }
  }

  csvLink() {
    return this.page.getByTestId('report-csv');
  }

  jsonLink() {
    return this.page.getByTestId('report-json');
  }
}
