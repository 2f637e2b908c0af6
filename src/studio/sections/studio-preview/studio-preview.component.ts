import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { StudioElement } from '../../base/studio-element.js';
import { catchQuickExit, catchSignupSubmit, memoryStorage } from './preview-safety.js';
import { PreviewSnapshot } from './preview-snapshot.js';

export type PreviewPart = 'map' | 'guide' | 'signup';

const PARTS: ReadonlyArray<{ value: PreviewPart; label: string }> = [
  { value: 'map', label: 'Kaart' },
  { value: 'guide', label: 'Wegwijzer' },
  { value: 'signup', label: 'Aanmeldformulier' },
];

const FRAMES = [
  { key: 'phone', title: 'Telefoon', size: '360 pixels breed' },
  { key: 'desktop', title: 'Computer', size: '1024 pixels breed' },
] as const;

/**
 * The draft as residents will see it: `<buurt-map>`, `<buurt-guide>` or `<buurt-signup>`
 * fed from the draft (their `feed` property, so they check it exactly as on a website), at
 * phone width and at computer width, side by side where the screen is wide enough. The
 * preview follows the draft after each pause in typing. Nothing in it leaves the studio:
 * no map tiles, the form sends nothing, "Snel weg" stays here.
 *
 * @tag studio-preview
 */
export class StudioPreview extends StudioElement {
  @state() private _part: PreviewPart = 'map';
  /** A message per frame after the editor tried "Snel weg" or sending the form. */
  @state() private _notes: Partial<Record<string, string>> = {};
  /**
   * The frame you can use; the other is shown but inert. Two live copies of an element on one
   * page would give screen readers every landmark and heading twice with the same name.
   */
  @state() private _active: 'phone' | 'desktop' = 'phone';
  /** Bumped to make a fresh guide after "Snel weg" hid one. */
  @state() private _guideRound = 0;

  private readonly _snapshot = new PreviewSnapshot(this, () => this.store);
  /** Sign-up drafts of the preview stay in memory, never in the studio's own storage. */
  private readonly _storage = memoryStorage();

  private _choose(part: PreviewPart): void {
    this._part = part;
    this._notes = {};
  }

  private _note(frame: string, text: string): void {
    this._notes = { ...this._notes, [frame]: text };
  }

  private _renderPart(frame: string): unknown {
    const feed = this._snapshot.doc;
    switch (this._part) {
      case 'map':
        return html`<buurt-map .feed=${feed} tiles="none"></buurt-map>`;
      case 'guide':
        return keyed(
          `${frame}-${this._guideRound}`,
          html`<buurt-guide
            .feed=${feed}
            ${ref((element) => {
              if (element)
                catchQuickExit(element, (url) =>
                  this._note(frame, `Op een echte website gaat "Snel weg" nu meteen naar ${url}. Hier blijf je in de studio.`),
                );
            })}
          ></buurt-guide>`,
        );
      case 'signup':
        return html`<buurt-signup
          .feed=${feed}
          .storage=${this._storage}
          ${ref((element) => {
            if (element)
              catchSignupSubmit(element, () =>
                this._note(frame, 'Dit is een voorbeeld: het formulier verstuurt hier niets. Op je website gaat de aanmelding naar het adres uit je feed.'),
              );
          })}
        ></buurt-signup>`;
    }
  }

  private _renderFrame(frame: (typeof FRAMES)[number]): TemplateResult {
    const titleId = `studio-preview-${frame.key}-title`;
    const note = this._notes[frame.key];
    const active = this._active === frame.key;
    return html`<section class="studio-preview-frame studio-preview-frame--${frame.key}" aria-labelledby=${titleId}>
      <h3 id=${titleId}>${frame.title} <span class="studio-preview-size">(${frame.size})</span></h3>
      ${active
        ? nothing
        : html`<p class="studio-preview-inactive">
            Alleen om te bekijken.
            <button type="button" class="studio-button studio-button--secondary" @click=${() => this._activate(frame.key)}>
              Probeer de ${frame.title.toLowerCase()}versie
            </button>
          </p>`}
      ${note
        ? html`<div class="studio-notice studio-preview-note">
            <p>${note}</p>
            ${this._part === 'guide'
              ? html`<button type="button" class="studio-button studio-button--secondary" @click=${this._restartGuide}>Wegwijzer opnieuw tonen</button>`
              : nothing}
          </div>`
        : nothing}
      <div
        class="studio-preview-screen"
        role="region"
        aria-label="${frame.title}: ${PARTS.find((part) => part.value === this._part)!.label}"
        tabindex=${ifDefined(active ? (frame.key === 'desktop' ? '0' : '-1') : undefined)}
        ?inert=${!active}
      >
        <div class="studio-preview-page">${this._renderPart(frame.key)}</div>
      </div>
    </section>`;
  }

  private async _activate(frame: 'phone' | 'desktop'): Promise<void> {
    this._active = frame;
    this._notes = {};
    await this.updateComplete;
    // The button that was pressed is gone: go on in the frame that can now be used.
    this.querySelector<HTMLElement>(`.studio-preview-frame--${frame} .studio-preview-screen`)?.focus();
  }

  private _restartGuide(): void {
    this._guideRound++;
    this._notes = {};
  }

  override render(): TemplateResult {
    const snapshot = this._snapshot;
    return html`<section class="studio-preview" aria-labelledby="studio-preview-title">
      <h2 id="studio-preview-title">Voorbeeld</h2>
      <p>
        Zo zien bewoners je gegevens op een telefoon en op een computer. Je kunt alles uitproberen: in dit voorbeeld wordt niets
        verstuurd en de kaart haalt geen achtergrond op.
      </p>
      <fieldset class="studio-fieldset studio-preview-parts">
        <legend class="studio-legend">Wat wil je zien?</legend>
        <div class="studio-preview-choices">
          ${PARTS.map(
            (part) => html`<label class="studio-checkbox">
              <input
                type="radio"
                name="studio-preview-part"
                value=${part.value}
                .checked=${this._part === part.value}
                @change=${() => this._choose(part.value)}
              />
              ${part.label}
            </label>`,
          )}
        </div>
      </fieldset>
      <p class="studio-preview-status" role="status">
        ${snapshot.pending ? 'Het voorbeeld wordt bijgewerkt…' : snapshot.takenAt ? `Bijgewerkt om ${clock(snapshot.takenAt)}.` : ''}
      </p>
      <div class="studio-preview-frames">${FRAMES.map((frame) => this._renderFrame(frame))}</div>
    </section>`;
  }
}

function clock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}:${String(date.getSeconds()).padStart(2, '0')}`;
}
