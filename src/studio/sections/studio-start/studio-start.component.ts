import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StudioElement } from '../../base/studio-element.js';
import { clockTime, dayAndTime, type Draft } from '../../model/draft-storage.js';
import { downloadText } from '../../model/download.js';
import { checkAnswers, newFeed, type WizardAnswers, type WizardProblem } from '../../model/new-feed.js';
import { openFiles, openUrl, type OpenResult } from '../../model/open.js';
import { serializeFeed } from '../../model/serialize.js';
import type { StudioOpenDetail } from '../../app/buurt-studio.component.js';

interface Question {
  field: keyof WizardAnswers;
  label: string;
  hint: string;
  type: 'text' | 'email';
  autocomplete: string;
}

/** The wizard, one question at a time (GOV.UK: one thing per page). */
const QUESTIONS: readonly Question[] = [
  { field: 'name', label: 'Wat is de naam van je initiatief of krant?', hint: 'Bijvoorbeeld: Koffie-inloop De Kruimel, of Wijkkrant Boschveld.', type: 'text', autocomplete: 'organization' },
  { field: 'area', label: 'In welke buurt of wijk?', hint: 'Bijvoorbeeld: Boschveld. Later zet je de buurt op de kaart.', type: 'text', autocomplete: 'off' },
  { field: 'contact', label: 'Hoe kunnen bewoners jullie bereiken?', hint: 'Een e-mailadres of een telefoonnummer.', type: 'text', autocomplete: 'email' },
];

/** Something opened over a changed draft, waiting for "Ja, vervang mijn concept". */
interface PendingReplace {
  detail: StudioOpenDetail;
  /** What is being opened, in the confirm's sentence: "het bestand plekken.csv". */
  what: string;
  /** Where focus goes back to with "Nee, terug" or Escape. */
  returnTo: string;
}

/**
 * Where the studio starts: continue the draft kept on this device, make a new feed with a
 * three-question wizard, or open a file, a web address or the sample feed. Opening hands the
 * feed to the shell with a `studio-open` event. Opening something else over a draft with
 * changes asks first, and offers to download the draft: it is gone from the device after.
 *
 * @fires studio-open - A feed to edit; detail { doc, format?, changed?, section? }.
 */
export class StudioStart extends StudioElement {
  /** The draft kept on this device, if any. */
  @property({ attribute: false }) draft?: Draft;
  /** Where the sample feed is fetched from (only when the editor asks). */
  @property({ attribute: false }) sampleUrl = './voorbeeld.json';

  /** -1: the start choices; 0–2: the wizard's questions. */
  @state() private step = -1;
  @state() private answers: WizardAnswers = { name: '', area: '', contact: '' };
  @state() private wizardProblem: WizardProblem | undefined;
  @state() private failure = '';
  @state() private busy = '';
  @state() private address = '';
  @state() private replacing: PendingReplace | undefined;
  @state() private draftDownloaded = '';

  private emitOpen(detail: StudioOpenDetail): void {
    this.dispatchEvent(new CustomEvent<StudioOpenDetail>('studio-open', { detail, bubbles: true, composed: true }));
  }

  /**
   * Opens `detail`, which replaces the draft. A draft with changes of its own is not thrown
   * away on one click: the editor is asked first (an unchanged draft is still in the file or
   * at the address it came from).
   */
  private async openReplacing(detail: StudioOpenDetail, what: string, returnTo: string): Promise<void> {
    if (!this.draft?.changed) {
      this.emitOpen(detail);
      return;
    }
    this.replacing = { detail, what, returnTo };
    this.draftDownloaded = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('#studio-start-title')?.focus();
  }

  private confirmReplace(): void {
    const pending = this.replacing;
    if (!pending) return;
    this.replacing = undefined;
    this.step = -1;
    this.emitOpen(pending.detail);
  }

  private async cancelReplace(): Promise<void> {
    const pending = this.replacing;
    this.replacing = undefined;
    // The same file chosen again must be read again.
    const file = this.querySelector<HTMLInputElement>('#studio-start-file');
    if (file) file.value = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>(pending?.returnTo ?? '#studio-start-title')?.focus();
  }

  private downloadDraft(): void {
    const draft = this.draft;
    if (!draft) return;
    downloadText('buurt.json', serializeFeed(draft.doc, { changed: draft.changed, format: draft.format }), 'application/json');
    this.draftDownloaded = `Je concept is gedownload als buurt.json om ${clockTime(Date.now())}.`;
  }

  private async opened(result: OpenResult, what: string, returnTo: string): Promise<void> {
    this.busy = '';
    if (!result.ok) {
      this.failure = result.message;
      await this.updateComplete;
      this.querySelector<HTMLElement>('.studio-start-failure')?.focus();
      return;
    }
    this.failure = '';
    const found = result.kind === 'feed' ? undefined : { label: result.label, kind: result.kind, problems: result.problems };
    await this.openReplacing({ doc: result.doc, format: result.format, ...(found ? { found } : {}) }, what, returnTo);
  }

  private async goTo(step: number): Promise<void> {
    this.step = step;
    this.wizardProblem = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>(step < 0 ? '#studio-start-new' : '#studio-wizard-input')?.focus();
  }

  private async next(event: Event): Promise<void> {
    event.preventDefault();
    const question = QUESTIONS[this.step]!;
    const problem = checkAnswers(this.answers).find((entry) => entry.field === question.field);
    if (problem) {
      this.wizardProblem = problem;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#studio-wizard-input')?.focus();
      return;
    }
    if (this.step < QUESTIONS.length - 1) return this.goTo(this.step + 1);
    await this.openReplacing({ doc: newFeed(this.answers), section: 'publisher' }, 'een nieuwe kaart', '#studio-wizard-input');
  }

  protected override render(): TemplateResult {
    return html`<section class="studio-start" aria-labelledby="studio-start-title">
      ${this.replacing ? this.replaceConfirm(this.replacing) : this.step >= 0 ? this.wizard(QUESTIONS[this.step]!) : this.choices()}
    </section>`;
  }

  /** "Je concept vervangen?": Escape or "Nee, terug" keeps the draft. */
  private replaceConfirm(pending: PendingReplace): TemplateResult {
    const name = draftName(this.draft);
    return html`<div
      class="studio-replace-confirm"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') void this.cancelReplace();
      }}
    >
      <h2 id="studio-start-title" tabindex="-1">Je concept vervangen?</h2>
      <p>
        Je opent ${pending.what}. Dan verdwijnt je concept${name ? html` <strong>${name}</strong>` : nothing} van dit apparaat, met alles wat je
        erin hebt veranderd. Dat kun je niet ongedaan maken.
      </p>
      <p>Heb je je concept nog nodig? Download het dan eerst.</p>
      <div class="studio-button-group">
        <button type="button" class="studio-button studio-button--secondary" @click=${() => this.downloadDraft()}>Download mijn concept</button>
        <button type="button" class="studio-button studio-button--warning" @click=${() => this.confirmReplace()}>Ja, vervang mijn concept</button>
        <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.cancelReplace()}>Nee, terug</button>
      </div>
      <p class="studio-replace-downloaded" role="status">${this.draftDownloaded}</p>
    </div>`;
  }

  private choices(): TemplateResult {
    const draft = this.draft;
    const name = draftName(draft);
    return html`<h2 id="studio-start-title">Maak je eigen buurtkaart</h2>
      <p>Zet plekken, vrijwilligerswerk, moeilijke woorden en een wegwijzer op je website. Alles blijft op dit apparaat tot je zelf iets downloadt.</p>
      ${this.failure ? html`<div class="studio-notice studio-notice--error studio-start-failure" role="alert" tabindex="-1">${this.failure}</div>` : nothing}
      ${draft
        ? html`<div class="studio-start-block">
            <h3>Ga verder waar je was</h3>
            <p>Je concept${name ? html` <strong>${name}</strong>` : nothing} is bewaard op ${dayAndTime(draft.savedAt)}.</p>
            <button type="button" class="studio-button" @click=${() => this.emitOpen({ doc: draft.doc, format: draft.format, changed: draft.changed })}>Ga verder met je concept</button>
            <p class="studio-hint">Open je hieronder iets anders, dan vervangt dat je concept.${draft.changed ? ' De studio vraagt eerst of dat mag.' : ''}</p>
          </div>`
        : nothing}
      <div class="studio-start-block">
        <h3>Nieuw beginnen</h3>
        <p>Drie vragen, dan kun je beginnen.</p>
        <button type="button" class="studio-button" id="studio-start-new" @click=${() => void this.goTo(0)}>Maak een nieuwe kaart</button>
      </div>
      <div class="studio-start-block">
        <h3>Iets openen wat je al hebt</h3>
        <div class="studio-field">
          <label class="studio-label" for="studio-start-file">Open een bestand</label>
          <div class="studio-hint" id="studio-start-file-hint">Een buurt.json, een Open Referral-bestand (HSDS), of tabellen (CSV) met plekken, vrijwilligerstaken of woorden. Je kunt meer tabellen tegelijk kiezen.</div>
          <input
            class="studio-file"
            type="file"
            id="studio-start-file"
            multiple
            accept=".json,.csv,.tsv,.xlsx,.xls,.ods,application/json,text/csv"
            aria-describedby="studio-start-file-hint"
            @change=${async (event: Event) => {
              const input = event.target as HTMLInputElement;
              const files = [...(input.files ?? [])];
              if (files.length === 0) return;
              this.busy = 'Bestand wordt gelezen…';
              const what = files.length === 1 ? `het bestand ${files[0]!.name}` : `${files.length} bestanden`;
              await this.opened(await openFiles(files), what, '#studio-start-file');
            }}
          />
        </div>
        <form
          class="studio-start-url"
          @submit=${async (event: Event) => {
            event.preventDefault();
            this.busy = 'Adres wordt opgehaald…';
            await this.opened(await openUrl(this.address), 'het webadres', '#studio-start-url');
          }}
        >
          <div class="studio-field">
            <label class="studio-label" for="studio-start-url">Open een webadres</label>
            <div class="studio-hint" id="studio-start-url-hint">Het adres van een feed of een gedeelde tabel. De studio haalt het pas op als je op de knop drukt.</div>
            <input
              class="studio-input"
              type="url"
              id="studio-start-url"
              inputmode="url"
              autocomplete="url"
              spellcheck="false"
              aria-describedby="studio-start-url-hint"
              .value=${this.address}
              @input=${(event: Event) => (this.address = (event.target as HTMLInputElement).value)}
            />
          </div>
          <button type="submit" class="studio-button studio-button--secondary">Ophalen</button>
        </form>
        <p>
          <button
            type="button"
            class="studio-button studio-button--secondary"
            id="studio-start-sample"
            @click=${async () => {
              this.busy = 'Voorbeeld wordt geopend…';
              await this.opened(await openUrl(new URL(this.sampleUrl, document.baseURI).href), 'de voorbeeldkaart', '#studio-start-sample');
            }}
          >
            Open de voorbeeldkaart
          </button>
        </p>
        <p class="studio-start-busy" role="status">${this.busy}</p>
      </div>`;
  }

  private wizard(question: Question): TemplateResult {
    const problem = this.wizardProblem;
    const value = this.answers[question.field];
    return html`<form class="studio-wizard" novalidate @submit=${(event: Event) => void this.next(event)}>
      <p class="studio-wizard-step">Vraag ${this.step + 1} van ${QUESTIONS.length}</p>
      <div class="studio-field ${problem ? 'studio-field--error' : ''}">
        <h2 id="studio-start-title"><label class="studio-wizard-question" for="studio-wizard-input">${question.label}</label></h2>
        <div class="studio-hint" id="studio-wizard-hint">${question.hint}</div>
        ${problem
          ? html`<p class="studio-field-problem studio-field-problem--error" id="studio-wizard-problem"><span class="studio-visually-hidden">Fout: </span>${problem.message}</p>`
          : nothing}
        <input
          class="studio-input"
          id="studio-wizard-input"
          type=${question.type}
          autocomplete=${question.autocomplete}
          aria-describedby=${problem ? 'studio-wizard-hint studio-wizard-problem' : 'studio-wizard-hint'}
          aria-invalid=${problem ? 'true' : 'false'}
          .value=${value}
          @input=${(event: Event) => (this.answers = { ...this.answers, [question.field]: (event.target as HTMLInputElement).value })}
        />
      </div>
      <div class="studio-button-group">
        <button type="submit" class="studio-button">${this.step === QUESTIONS.length - 1 ? 'Maak de kaart' : 'Volgende'}</button>
        <button type="button" class="studio-button studio-button--secondary" @click=${() => void this.goTo(this.step - 1)}>Terug</button>
      </div>
    </form>`;
  }
}

/** The name of the draft's publisher, to say which draft is meant. */
function draftName(draft: Draft | undefined): string | undefined {
  const publisher = draft?.doc.publisher;
  const name = publisher && typeof publisher === 'object' ? (publisher as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name ? name : undefined;
}
