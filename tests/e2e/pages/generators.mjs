// The DMARC, SPF and BIMI generator pages (src/pages/gen_dmarc.rs, gen_spf.rs, gen_bimi.rs).
import { Shell } from './shell.mjs';
import { ValidatorPage } from './validator.mjs';

export class GeneratorPage extends Shell {
  constructor(page, baseUrl, slug) {
    super(page, baseUrl);
    this.slug = slug;
  }

  async goto(extraQuery = '') {
    return super.goto(`?page=${this.slug}${extraQuery}`);
  }

  domain() {
    return this.page.getByLabel(/^(Your domain|O seu domínio)$/);
  }

  /** The first RecordOutput's value, owner and zone line. */
  value() {
    return this.page.getByTestId('out-value').first();
  }

  owner() {
    return this.page.getByTestId('out-owner').first();
  }

  /** The query of the current address, as URLSearchParams. */
  query() {
    return new URL(this.page.url()).searchParams;
  }

  /** Checks `text` in the validator (a new tab), returns its summary. */
  async validate(text, type = '') {
    const v = await new ValidatorPage(await this.page.context().newPage(), this.baseUrl).goto(
      text,
      type ? `&type=${type}` : '',
    );
    const summary = await v.summary().textContent();
    const errors = await v.page.locator('#findings > li.finding.sev-error').count();
    await v.page.close();
    return { summary, errors };
  }
}

export class DmarcGenerator extends GeneratorPage {
  constructor(page, baseUrl) {
    super(page, baseUrl, 'dmarc');
  }

  policy(name) {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}:`) });
  }

  ruaRow(i = 1) {
    return this.page.getByRole('textbox', { name: new RegExp(`^(Aggregate report address|Endereço de relatórios agregados) \\(rua\\) ${i}$`) });
  }

  externalAuth() {
    return this.page.getByTestId('external-auth');
  }
}

export class SpfGenerator extends GeneratorPage {
  constructor(page, baseUrl) {
    super(page, baseUrl, 'spf');
  }

  preset(id) {
    return this.page.locator(`input[data-preset="${id}"]`);
  }

  lookupCount() {
    return this.page.getByTestId('lookup-count');
  }
}

export class BimiGenerator extends GeneratorPage {
  constructor(page, baseUrl) {
    super(page, baseUrl, 'bimi');
  }
}
