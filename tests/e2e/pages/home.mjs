// The home page.
import { Shell } from './shell.mjs';

export class HomePage extends Shell {
  async goto() {
    return super.goto('');
  }

  taskLink(name) {
    return this.page.getByRole('main').getByRole('link', { name });
  }
}
