// The validator page.
import { Shell } from './shell.mjs';

export class ValidatorPage extends Shell {
  async goto(hashText = null, extraQuery = '') {
    const hash = hashText == null ? '' : `#${encodeURIComponent(hashText)}`;
    const page = await super.goto(`?page=validate${extraQuery}`, hash);
    if (hashText) await this.settled();
    return page;
  }

  /** Waits until the engine worker has answered about the current text. */
  async settled() {
    await this.page.locator('.results[aria-busy="false"]').waitFor();
  }

  input() {
    return this.page.locator('#record-input');
  }

  typeSelect() {
    return this.page.getByLabel(/^(Type|Tipo)$/);
  }

  detected() {
    return this.page.getByTestId('detected');
  }

  summary() {
    return this.page.getByTestId('summary');
  }

  findings() {
    return this.page.locator('#findings > li.finding');
  }

  /** The severity of each finding, in the order shown. */
  severities() {
    return this.findings().evaluateAll((lis) =>
      lis.map((li) => [...li.classList].find((c) => c.startsWith('sev-')).slice(4)),
    );
  }

  /** The link to the page that fixes what a pasted log line reports. */
  fixPage() {
    return this.page.getByTestId('fix-page');
  }

  openGenerator() {
    return this.page.getByTestId('open-generator');
  }

  applyAll() {
    return this.page.locator('.apply-all-fixes');
  }

  /** The corrected record and its copy button, shown once a fix was
   * applied and the engine finds no error left in the text. */
  corrected() {
    return this.page.getByTestId('corrected');
  }

  /** Answers the next confirmation the page asks (a fix to check):
   * resolves to the question's text. */
  nextQuestion(accept) {
    return new Promise((resolve) => {
      this.page.once('dialog', async (dialog) => {
        const asked = dialog.message();
        await (accept ? dialog.accept() : dialog.dismiss());
        resolve(asked);
      });
    });
  }

  finding(code) {
    return this.page.locator(`#findings > li.finding[data-code="${code}"]`);
  }

  async fill(text) {
    await this.input().fill(text);
    await this.settled();
  }

  /** The highlighted spans, as UTF-16 offsets into the mirrored text. */
  marks() {
    return this.page.evaluate(() => {
      const mirror = document.querySelector('.editor-mirror');
      const out = [];
      let at = 0;
      for (const node of mirror.childNodes) {
        const len = node.textContent.length;
        if (node.nodeName === 'MARK') out.push({ start: at, end: at + len, cls: node.className });
        at += len;
      }
      return out;
    });
  }

  selection() {
    return this.page.evaluate(() => {
      const el = document.querySelector('#record-input');
      return { focused: document.activeElement === el, start: el.selectionStart, end: el.selectionEnd };
    });
  }

  /** The text stored in the URL's fragment. */
  async fragmentText() {
    const url = new URL(this.page.url());
    return decodeURIComponent(url.hash.replace(/^#/, ''));
  }
}
