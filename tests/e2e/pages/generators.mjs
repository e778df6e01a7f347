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

  /** The service list's filter box. */
  filter() {
    return this.page.getByRole('searchbox', { name: /^(Filter the services by name|Filtrar os serviços pelo nome)$/ });
  }

  /** The rows of the service list the filter leaves visible. */
  visiblePresets() {
    return this.page.locator('.preset-list > li.preset:visible');
  }

  /** The chips of the chosen services (each a button that removes it). */
  chips() {
    return this.page.getByRole('list', { name: /^(Chosen services|Serviços escolhidos)$/ }).getByRole('button');
  }

  /** The callouts about the chosen services (subdomain, nothing in SPF). */
  presetFindings() {
    return this.page.getByTestId('preset-findings').locator('li.finding');
  }

  /** The `i`th (from 1) "Other include" row. */
  include(i = 1) {
    return this.page.getByLabel(new RegExp(`^(Other include|Outro include) ${i}$`));
  }

  addInclude() {
    return this.page.locator('fieldset:has(#spf-include-0)').getByRole('button', { name: /^(Add another|Adicionar outro)$/ });
  }

  subdomain() {
    return this.page.locator('#spf-sub');
  }

  /** The live count: its resolver choice, button, status and result. */
  live() {
    return this.page.getByTestId('live-count');
  }

  liveButton() {
    return this.live().getByRole('button', { name: /^(Count with live DNS|Contar com DNS em direto)$/ });
  }

  liveResult() {
    return this.live().locator('.spf-live-result');
  }
}

export class BimiGenerator extends GeneratorPage {
  constructor(page, baseUrl) {
    super(page, baseUrl, 'bimi');
  }
}
