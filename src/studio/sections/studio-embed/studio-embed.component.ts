import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { localize } from '../../../feed/text.js';
import type { LocalizedText } from '../../../feed/types.js';
import { StudioElement } from '../../base/studio-element.js';
import {
  DEFAULT_SCRIPT_URL,
  embedSnippet,
  PASTE_DIFFERENCE,
  PASTE_STEPS,
  type EmbedOptions,
  type EmbedSnippet,
  type EmbedTiles,
} from '../../model/embed-snippet.js';
import { catchQuickExit, catchSignupSubmit, memoryStorage } from '../studio-preview/preview-safety.js';
import { PreviewSnapshot } from '../studio-preview/preview-snapshot.js';
import { liveElements, syncLiveElements } from './embed-live.js';

type Part = 'map' | 'guide' | 'signup';
type TilesChoice = 'none' | 'ask' | 'embedder';

interface Choices {
  parts: Record<Part, boolean>;
  feedUrl: string;
  scriptUrl: string;
  lang: string;
  area: string;
  category: string;
  tiles: TilesChoice;
  guide: string;
  exitUrl: string;
  action: string;
  /** The stylesheet and script are in the site's header already: only the elements. */
  headInSite: boolean;
}

const PART_LABELS: Record<Part, string> = { map: 'De kaart met de lijst', guide: 'De wegwijzer', signup: 'Het aanmeldformulier' };

const TILE_LABELS: Record<TilesChoice, { label: string; hint: string }> = {
  none: { label: 'Geen kaartachtergrond', hint: 'Alleen de punten en de lijst. Er wordt niets bij een andere partij opgehaald.' },
  ask: {
    label: 'Kaart van PDOK; de bezoeker kiest eerst',
    hint: 'De bezoeker ziet een knop "Kaart met straten tonen". Pas daarna komt de kaart van PDOK (Kadaster).',
  },
  embedder: {
    label: 'Kaart van PDOK meteen',
    hint: 'Kies dit alleen als je bezoekers al toestemming geven in je eigen privacymelding.',
  },
};

const LANGUAGES: ReadonlyArray<{ value: string; label: string }> = [
  { value: '', label: 'De taal van de pagina (anders Nederlands)' },
  { value: 'nl', label: 'Nederlands' },
  { value: 'en', label: 'Engels' },
  { value: 'ar', label: 'Arabisch' },
  { value: 'tr', label: 'Turks' },
  { value: 'pl', label: 'Pools' },
  { value: 'uk', label: 'Oekraïens' },
];

function text(value: LocalizedText | undefined): string {
  return localize(value, 'nl');
}

/**
 * The code to paste into a website: choose the parts and their settings, copy the code, and
 * see exactly that code working on the draft. The same code goes into WordPress (block
 * "Aangepaste HTML") and into a plain HTML page; the steps for both are beside it.
 *
 * @tag studio-embed
 */
export class StudioEmbed extends StudioElement {
  @state() private _choices: Choices = {
    parts: { map: true, guide: false, signup: false },
    feedUrl: '',
    scriptUrl: DEFAULT_SCRIPT_URL,
    lang: '',
    area: '',
    category: '',
    tiles: 'ask',
    guide: '',
    exitUrl: '',
    action: '',
    headInSite: false,
  };
  @state() private _copyStatus = '';
  @state() private _note = '';

  private readonly _snapshot = new PreviewSnapshot(this, () => this.store);
  private readonly _storage = memoryStorage();
  /** The code the live preview was built from; rebuilt only when it changes. */
  private _liveCode?: string;

  /** The options for the snippet module, from the choices. */
  get options(): EmbedOptions {
    const c = this._choices;
    const tiles: EmbedTiles = c.tiles === 'none' ? { kind: 'none' } : { kind: 'pdok', consent: c.tiles === 'embedder' ? 'embedder' : 'visitor' };
    return {
      feedUrl: c.feedUrl,
      scriptUrl: c.scriptUrl,
      lang: c.lang,
      map: c.parts.map ? { area: c.area, category: c.category, tiles } : undefined,
      guide: c.parts.guide ? { guide: c.guide, exitUrl: c.exitUrl } : undefined,
      signup: c.parts.signup ? { action: c.action } : undefined,
    };
  }

  /** The snippet as shown and copied. */
  get snippet(): EmbedSnippet {
    return embedSnippet(this.options);
  }

  /** The text in the code box: everything, or only the elements when the head lines are in the site. */
  get code(): string {
    const snippet = this.snippet;
    return this._choices.headInSite ? (snippet.body ? `${snippet.body}\n` : '') : snippet.code;
  }

  private _set<K extends keyof Choices>(key: K, value: Choices[K]): void {
    this._choices = { ...this._choices, [key]: value };
    this._copyStatus = '';
    this._note = '';
  }

  private _togglePart(part: Part, on: boolean): void {
    this._set('parts', { ...this._choices.parts, [part]: on });
  }

  private async _copy(): Promise<void> {
    const code = this.code;
    this._copyStatus = '';
    await this.updateComplete;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      this._copyStatus = 'Gekopieerd. Plak de code nu in je website.';
    } catch {
      // No clipboard (an old browser, no permission, http): select the text for Ctrl+C.
      const box = this.querySelector<HTMLTextAreaElement>('#studio-embed-code');
      box?.focus();
      box?.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      this._copyStatus = copied
        ? 'Gekopieerd. Plak de code nu in je website.'
        : 'Kopiëren lukte niet vanzelf. De code is geselecteerd: druk op Ctrl+C (op een Mac: Cmd+C).';
    }
  }

  protected override updated(): void {
    const host = this.querySelector<HTMLElement>('.studio-embed-live-page');
    if (!host) return;
    const code = this.snippet.code;
    if (code !== this._liveCode) {
      this._liveCode = code;
      syncLiveElements(host, liveElements(code));
    }
    for (const element of host.children) {
      const kit = element as HTMLElement & { feed?: unknown; storage?: unknown };
      if (kit.feed !== this._snapshot.doc) kit.feed = this._snapshot.doc;
      if (element.localName === 'buurt-guide') {
        catchQuickExit(element, (url) => (this._note = `Op je website gaat "Snel weg" nu meteen naar ${url}. Hier blijf je in de studio.`));
      }
      if (element.localName === 'buurt-signup') {
        if (kit.storage !== this._storage) kit.storage = this._storage;
        catchSignupSubmit(element, () => (this._note = 'Dit is een voorbeeld: het formulier verstuurt hier niets.'));
      }
    }
  }

  private _textField(
    key: 'feedUrl' | 'scriptUrl' | 'exitUrl' | 'action',
    label: string,
    hint: string,
    problem: string | undefined,
  ): TemplateResult {
    const id = `studio-embed-${key}`;
    const described = [`${id}-hint`, problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
    return html`<div class="studio-field ${problem ? 'studio-field--error' : ''}">
      <label class="studio-label" for=${id}>${label}</label>
      <div class="studio-hint" id="${id}-hint">${hint}</div>
      ${problem
        ? html`<p class="studio-field-problem studio-field-problem--warning" id="${id}-problem">
            <span class="studio-visually-hidden">Let op: </span>${problem}
          </p>`
        : nothing}
      <input
        class="studio-input"
        id=${id}
        type="url"
        inputmode="url"
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${described}
        .value=${this._choices[key]}
        @input=${(event: Event) => this._set(key, (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private _select(key: 'lang' | 'area' | 'category' | 'guide', label: string, options: ReadonlyArray<{ value: string; label: string }>): TemplateResult {
    const id = `studio-embed-${key}`;
    return html`<div class="studio-field">
      <label class="studio-label" for=${id}>${label}</label>
      <select class="studio-select" id=${id} @change=${(event: Event) => this._set(key, (event.target as HTMLSelectElement).value)}>
        ${options.map((option) => html`<option value=${option.value} ?selected=${this._choices[key] === option.value}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  private _renderChoices(snippet: EmbedSnippet): TemplateResult {
    const c = this._choices;
    const feed = this.store?.feed;
    const problem = (field: string) => snippet.warnings.find((warning) => warning.field === field)?.message;
    const partsProblem = problem('elements');
    return html`<fieldset class="studio-fieldset studio-embed-parts" aria-describedby=${partsProblem ? 'studio-embed-parts-problem' : nothing}>
        <legend class="studio-legend">Wat wil je op je website zetten?</legend>
        ${partsProblem
          ? html`<p class="studio-field-problem studio-field-problem--warning" id="studio-embed-parts-problem">
              <span class="studio-visually-hidden">Let op: </span>${partsProblem}
            </p>`
          : nothing}
        <div class="studio-checkboxes">
          ${(Object.keys(PART_LABELS) as Part[]).map(
            (part) => html`<label class="studio-checkbox">
              <input type="checkbox" .checked=${c.parts[part]} @change=${(event: Event) => this._togglePart(part, (event.target as HTMLInputElement).checked)} />
              ${PART_LABELS[part]}
            </label>`,
          )}
        </div>
      </fieldset>
      ${this._textField(
        'feedUrl',
        'Adres van je feed',
        'Waar je buurt.json op je website zet (zie "Opslaan"), bijvoorbeeld https://www.jouw-wijkkrant.nl/buurt.json. Of de link van je spreadsheet, gepubliceerd als CSV.',
        problem('feedUrl'),
      )}
      ${this._select('lang', 'Taal', LANGUAGES)}
      ${c.parts.map
        ? html`<fieldset class="studio-fieldset studio-embed-group">
            <legend class="studio-legend">De kaart</legend>
            ${this._select('area', 'Begin met één wijk', [
              { value: '', label: 'Alle wijken' },
              ...(feed?.areas ?? []).map((area) => ({ value: area.id, label: text(area.name) || area.id })),
            ])}
            ${this._select('category', 'Begin met één onderwerp', [
              { value: '', label: 'Alle onderwerpen' },
              ...(feed?.categories ?? []).map((category) => ({ value: category.id, label: text(category.label) || category.id })),
            ])}
            <fieldset class="studio-fieldset">
              <legend class="studio-legend">Kaartachtergrond</legend>
              ${(Object.keys(TILE_LABELS) as TilesChoice[]).map(
                (choice) => html`<div class="studio-embed-radio">
                  <label class="studio-checkbox">
                    <input
                      type="radio"
                      name="studio-embed-tiles"
                      aria-describedby="studio-embed-tiles-${choice}"
                      .checked=${c.tiles === choice}
                      @change=${() => this._set('tiles', choice)}
                    />
                    ${TILE_LABELS[choice].label}
                  </label>
                  <div class="studio-hint" id="studio-embed-tiles-${choice}">${TILE_LABELS[choice].hint}</div>
                </div>`,
              )}
            </fieldset>
          </fieldset>`
        : nothing}
      ${c.parts.guide
        ? html`<fieldset class="studio-fieldset studio-embed-group">
            <legend class="studio-legend">De wegwijzer</legend>
            ${this._select('guide', 'Welke wegwijzer', [
              { value: '', label: 'De eerste uit je feed' },
              ...(feed?.guides ?? []).map((guide) => ({ value: guide.id, label: text(guide.title) || guide.id })),
            ])}
            ${this._textField(
              'exitUrl',
              'Waar gaat "Snel weg" naartoe?',
              'Een gewone, neutrale website, bijvoorbeeld het weer. Leeg: een nieuwssite (nos.nl).',
              problem('exitUrl'),
            )}
          </fieldset>`
        : nothing}
      ${c.parts.signup
        ? html`<fieldset class="studio-fieldset studio-embed-group">
            <legend class="studio-legend">Het aanmeldformulier</legend>
            ${this._textField(
              'action',
              'Waar gaan de aanmeldingen naartoe?',
              'Het adres op je eigen server of van je formulierendienst. Leeg: het adres uit je feed; staat daar niets, dan maakt het formulier een e-mail.',
              problem('action'),
            )}
          </fieldset>`
        : nothing}
      <details class="studio-embed-advanced">
        <summary>Waar staat buurtkit? (voor de beheerder van je website)</summary>
        ${this._textField(
          'scriptUrl',
          'Adres van buurtkit.js',
          'Het adres van dist/cdn/buurtkit.js, op een CDN of op je eigen server. buurtkit.css moet in dezelfde map staan.',
          problem('scriptUrl'),
        )}
        <label class="studio-checkbox">
          <input type="checkbox" .checked=${c.headInSite} @change=${(event: Event) => this._set('headInSite', (event.target as HTMLInputElement).checked)} />
          De stylesheet en het script staan al in de kop van mijn site: geef alleen de elementen
        </label>
      </details>`;
  }

  private _renderCode(snippet: EmbedSnippet): TemplateResult {
    const code = this.code;
    const lines = code.split('\n').length;
    return html`<section class="studio-embed-code" aria-labelledby="studio-embed-code-title">
      <h3 id="studio-embed-code-title">De code</h3>
      ${snippet.warnings.length
        ? html`<div class="studio-notice studio-embed-warnings">
            <p><strong>Let op voordat je de code kopieert:</strong></p>
            <ul>
              ${snippet.warnings.map((warning) => html`<li>${warning.message}</li>`)}
            </ul>
          </div>`
        : nothing}
      <p id="studio-embed-code-hint">${PASTE_DIFFERENCE}</p>
      <label class="studio-label" for="studio-embed-code">Code om te plakken (voor WordPress en voor een gewone HTML-pagina)</label>
      <textarea
        class="studio-textarea studio-embed-textarea"
        id="studio-embed-code"
        readonly
        spellcheck="false"
        rows=${Math.min(Math.max(lines, 4), 20)}
        aria-describedby="studio-embed-code-hint"
        .value=${code}
      ></textarea>
      <div class="studio-button-group">
        <button type="button" class="studio-button" @click=${this._copy}>Kopieer de code</button>
        <p class="studio-embed-copy-status" role="status">${this._copyStatus}</p>
      </div>
      <div class="studio-embed-steps">
        <section aria-labelledby="studio-embed-wordpress">
          <h4 id="studio-embed-wordpress">In WordPress</h4>
          <ol>
            ${PASTE_STEPS.wordpress.map((step) => html`<li>${step}</li>`)}
          </ol>
        </section>
        <section aria-labelledby="studio-embed-html">
          <h4 id="studio-embed-html">In een gewone HTML-pagina</h4>
          <ol>
            ${PASTE_STEPS.html.map((step) => html`<li>${step}</li>`)}
          </ol>
        </section>
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const snippet = this.snippet;
    return html`<section class="studio-embed" aria-labelledby="studio-embed-title">
      <h2 id="studio-embed-title">Op je website zetten</h2>
      <p>Kies wat je wilt laten zien. Daaronder staat de code om in je website te plakken, en hoe het er dan uitziet.</p>
      <div class="studio-embed-form">${this._renderChoices(snippet)}</div>
      ${this._renderCode(snippet)}
      <section class="studio-embed-preview" aria-labelledby="studio-embed-preview-title">
        <h3 id="studio-embed-preview-title">Zo ziet deze code eruit</h3>
        <p>
          Met de gegevens die je nu in de studio hebt, in plaats van het adres van je feed. Verschil met je website: de kaart vraagt hier
          altijd eerst of ze de achtergrond mag laden, en het formulier verstuurt niets.
        </p>
        ${this._note ? html`<p class="studio-notice studio-embed-note">${this._note}</p>` : nothing}
        <div class="studio-embed-live" role="region" aria-label="Voorbeeld van de code">
          <div class="studio-embed-live-page"></div>
        </div>
      </section>
    </section>`;
  }
}
