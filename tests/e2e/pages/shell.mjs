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

  htmlLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }
}
