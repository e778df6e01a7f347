// The parts every page has: navigation, language switch, headings.
import { open } from '../lib/browser.mjs';

export class Shell {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async goto(query = '', hash = '') {
    await open(this.page, `${this.baseUrl}${query}${hash}`);
    return this;
  }

  nav() {
    return this.page.getByRole('navigation');
  }

  navLink(id) {
    return this.page.getByTestId(`nav-${id}`);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  langButton(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  /**
   * Switches the language and waits until the page speaks it: Portuguese
   * switches once its words are fetched (lang/pt-*.txt), so a click alone
   * returns before the page has changed.
   */
  async chooseLang(name) {
    await this.langButton(name).click();
    const tag = name === 'Português' ? 'pt-PT' : 'en';
    await this.page.locator(`html[lang="${tag}"]`).waitFor({ state: 'attached' });
  }

  htmlLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }
}
