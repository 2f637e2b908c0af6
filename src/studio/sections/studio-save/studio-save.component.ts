import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { FeedProblem } from '../../../feed/types.js';
import { navigate, StudioElement } from '../../base/studio-element.js';
import { getAt } from '../../model/json-path.js';
import { textOf } from '../../model/list-items.js';
import { downloadText } from '../../model/download.js';
import { clockTime } from '../../model/draft-storage.js';
import { serializeFeed } from '../../model/serialize.js';

/**
 * Saving: buurt.json for the website (and the tables as CSV, as `buurtkit convert --to csv`
 * writes them), with the number of problems before the download. With errors, "Download"
 * moves focus to the error summary (GOV.UK); "Toch downloaden" is there for a draft in between.
 *
 * @fires studio-save-blocked - Download was pressed while the draft has errors.
 */
export class StudioSave extends StudioElement {
  @state() private done = '';

  private async downloadJson(force: boolean): Promise<void> {
    const store = this.store!;
    await store.settled();
    const errors = store.problems.filter((problem) => problem.severity === 'error').length;
    if (errors > 0 && !force) {
      this.dispatchEvent(new CustomEvent('studio-save-blocked', { bubbles: true, composed: true }));
      return;
    }
    downloadText('buurt.json', serializeFeed(store.doc, { changed: store.changed, format: store.format }), 'application/json');
    this.done = `buurt.json is gedownload om ${clockTime(Date.now())}.`;
  }

  private async downloadCsv(): Promise<void> {
    const store = this.store!;
    await store.settled();
    const { feedToCsv } = await import('../../../feed/sources/csv.js');
    const tables = Object.entries(feedToCsv(store.feed));
    for (const [name, text] of tables) downloadText(name, text, 'text/csv');
    this.done = `${tables.map(([name]) => name).join(', ')} ${tables.length === 1 ? 'is' : 'zijn'} gedownload om ${clockTime(Date.now())}.`;
  }

  /**
   * Warnings about how a guide is built (a loop, a step nobody reaches, an advice without a
   * contact) are no text tips: they are listed here, each a link to the step or choice, so
   * they are seen before the download. (Added by studio-guides.)
   */
  private guideWarnings(problems: readonly FeedProblem[]): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    const doc = this.store!.doc;
    return html`<div class="studio-save-guides" role="group" aria-labelledby="studio-save-guides-title">
      <h3 id="studio-save-guides-title">Let op in je wegwijzers</h3>
      <ul class="studio-save-guides-list" role="list">
        ${problems.map((problem) => {
          const guide = /^guides\[\d+\]/.exec(problem.path)?.[0];
          const title = guide ? textOf(getAt(doc, `${guide}.title`)).trim() : '';
          return html`<li>
            <a
              href="#${problem.path}"
              @click=${(event: Event) => {
                event.preventDefault();
                navigate(this, 'guides', problem.path);
              }}
              >${title ? `Wegwijzer “${title}”: ` : ''}${problem.message}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  protected override render(): TemplateResult {
    const store = this.store!;
    const errors = store.problems.filter((problem) => problem.severity === 'error').length;
    const guideWarnings = store.problems.filter((problem) => problem.severity === 'warning' && /^(studio\.)?guide\./.test(problem.code));
    const warnings = store.problems.length - errors - guideWarnings.length;
    const feed = store.feed;
    return html`<section class="studio-save" aria-labelledby="studio-save-title">
      <h2 id="studio-save-title">Opslaan</h2>
      <p>Download je kaart als buurt.json. Zet dat bestand op je website; hoe, staat bij <a href="#embed" @click=${(event: Event) => {
        event.preventDefault();
        navigate(this, 'embed');
      }}>Op je website</a>.</p>
      <p class="studio-save-counts">
        In je kaart: ${feed.places.length} ${feed.places.length === 1 ? 'plek' : 'plekken'}, ${feed.opportunities.length} vrijwilligerstaken,
        ${feed.glossary.length} ${feed.glossary.length === 1 ? 'woord' : 'woorden'}, ${feed.guides.length} ${feed.guides.length === 1 ? 'wegwijzer' : 'wegwijzers'}.
      </p>
      <div class="studio-notice ${errors ? 'studio-notice--error' : ''} studio-save-status" role="status">
        ${store.checking
          ? 'De studio controleert je kaart…'
          : errors
            ? `Je kaart heeft nog ${errors === 1 ? '1 probleem' : `${errors} problemen`} om op te lossen${warnings ? ` en ${warnings} ${warnings === 1 ? 'tip' : 'tips'}` : ''}. Die staan bovenaan de pagina.`
            : warnings
              ? `Geen problemen. Wel ${warnings === 1 ? '1 tip' : `${warnings} tips`} om je teksten duidelijker te maken.`
              : guideWarnings.length
                ? 'Geen problemen. Kijk nog wel even naar je wegwijzers, hieronder.'
                : 'Geen problemen gevonden. Je kaart is klaar.'}
      </div>
      ${this.guideWarnings(guideWarnings)}
      <div class="studio-button-group">
        <button type="button" class="studio-button" @click=${() => void this.downloadJson(false)}>Download buurt.json</button>
        ${errors ? html`<button type="button" class="studio-button studio-button--secondary" @click=${() => void this.downloadJson(true)}>Toch downloaden, met problemen</button>` : nothing}
      </div>
      <h3>Liever in een spreadsheet?</h3>
      <p>Download de plekken, vrijwilligerstaken en woorden als tabellen (CSV). Die kun je openen in Excel of LibreOffice, en later weer in de studio. Wegwijzers en velden die de tabellen niet kennen, staan er niet in.</p>
      <p><button type="button" class="studio-button studio-button--secondary" @click=${() => void this.downloadCsv()}>Download als tabellen (CSV)</button></p>
      <p class="studio-save-done" role="status">${this.done}</p>
    </section>`;
  }
}
