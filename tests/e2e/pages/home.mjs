// The home page.
import { Shell } from './shell.mjs';

export class HomePage extends Shell {
  async goto() {
    return super.goto('');
  }

  /** The troubleshooting entry for a message people search for. */
  trouble(message) {
    return this.page.locator('li.trouble-item').filter({ has: this.page.locator('code', { hasText: message }) });
  }

  taskLink(name) {
    return this.page.locator('ul.tasks').getByRole('link', { name, exact: true });
  }
}
