// Shared by the DKIM, MTA-STS and TLS-RPT generator page objects.
import { Shell } from './shell.mjs';
import { ValidatorPage } from './validator.mjs';

export class GeneratorPage extends Shell {
  domain() {
    return this.page.locator('#domain');
  }

  /** The `i`th input of a list field (`mx`, `rua`). */
  row(list, i) {
    return this.page.locator(`#${list}-${i}`);
  }

  addRow(list) {
    return this.page.locator(`fieldset:has(#${list}-0)`).getByRole('button', { name: /^(Add another|Adicionar outro)$/ });
  }

  /** The value of the `n`th RecordOutput on the page. */
  recordValue(scope = this.page) {
    return scope.getByTestId('out-value');
  }

  recordOwner(scope = this.page) {
    return scope.getByTestId('out-owner');
  }

  query() {
    return new URL(this.page.url()).searchParams;
  }
}

/**
 * Checks `text` through the validator page (optionally as `type`) and
 * returns { summary, errors }.
 */
export async function validate(context, baseUrl, text, type = null) {
  const v = new ValidatorPage(await context.newPage(), baseUrl);
  await v.goto(text, type ? `&type=${type}` : '');
  const summary = await v.summary().textContent();
  const errors = await v.page.locator('#findings > li.finding.sev-error').count();
  const body = await v.page.locator('main').textContent();
  await v.page.close();
  return { summary, errors, body };
}

