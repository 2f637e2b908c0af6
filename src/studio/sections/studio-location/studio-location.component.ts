import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_TILES, tileHost, tileTemplate } from '../../../components/map/tiles.js';
import { TileConsentController } from '../../../components/map/tile-consent-controller.js';
import type { Address, LatLng } from '../../../feed/types.js';
import { fieldId } from '../../base/field-id.js';
import { numberField, problemList } from '../../base/fields.js';
import { StudioElement } from '../../base/studio-element.js';
import { getAt } from '../../model/json-path.js';
import { addressQuery, lookupAddress, PDOK_BASE_URL, PDOK_TIMEOUT_MS, type PdokMatch, type PdokOutcome } from '../../model/pdok.js';
import type { LocationMap } from './location-map.js';
import { NUDGE_PIXELS, round } from './point.js';

/**
 * Leaflet comes with the map part, in a chunk of its own (the same one `<buurt-map>` uses):
 * the studio's first screen does not wait for it, only an opened location editor does.
 */
let mapModule: Promise<typeof import('./location-map.js')> | undefined;
const loadMap = () => (mapModule ??= import('./location-map.js'));

/** Roughly the middle of the Netherlands, when the feed has no area to start from. */
const NETHERLANDS = { center: { lat: 52.16, lng: 5.4 }, zoom: 7 };

type Lookup = { state: 'idle' } | { state: 'busy' } | PdokOutcome;

const NUDGES = [
  { label: 'Noord', name: 'schuif de punt naar het noorden', dx: 0, dy: -1, arrow: '↑' },
  { label: 'West', name: 'schuif de punt naar het westen', dx: -1, dy: 0, arrow: '←' },
  { label: 'Oost', name: 'schuif de punt naar het oosten', dx: 1, dy: 0, arrow: '→' },
  { label: 'Zuid', name: 'schuif de punt naar het zuiden', dx: 0, dy: 1, arrow: '↓' },
] as const;

function isLatLng(value: unknown): value is LatLng {
  const point = value as Partial<LatLng> | null;
  return (
    typeof point?.lat === 'number' &&
    typeof point.lng === 'number' &&
    Number.isFinite(point.lat) &&
    Number.isFinite(point.lng) &&
    Math.abs(point.lat) <= 90 &&
    Math.abs(point.lng) <= 180
  );
}

/**
 * Where something is on the map: a place's `location` or an area's `center` ({ lat, lng }).
 * Four ways to set it, each one undo step: click the map, drag the point, the arrow buttons
 * (keyboard), or type the coordinates. "Zoek adres op bij PDOK" looks the address up at the
 * PDOK Locatieserver — only when pressed; nothing is sent before. No map tiles unless the
 * editor asks for them (the same question as on `<buurt-map>`, remembered the same way).
 *
 * Usage: `<studio-location .store=${store} path="places[3].location"></studio-location>`.
 *
 * @tag studio-location
 */
export class StudioLocation extends StudioElement {
  /** Path of the `{ lat, lng }` object, e.g. `places[3].location` or `areas[0].center`. */
  @property() path = '';

  /**
   * Path of the address whose street, postcode and city fill the PDOK search. Default: the
   * `address` beside a `…location` path; none for other paths (the editor types an address).
   */
  @property({ attribute: 'address-path' }) addressPath?: string;

  /** The legend of the group. */
  @property() label = 'Plek op de kaart';

  /** The PDOK Locatieserver search API (tests point it at 127.0.0.1). */
  @property({ attribute: 'pdok-url' }) pdokUrl = PDOK_BASE_URL;

  /** How long the PDOK lookup may take, in ms. */
  @property({ type: Number, attribute: 'pdok-timeout' }) pdokTimeout = PDOK_TIMEOUT_MS;

  /** Tile URL template for "Kaart met straten"; PDOK's achtergrondkaart by default, `none` for no switch. */
  @property() tiles?: string;

  /** What the editor typed in the search field; undefined while it follows the address. */
  @state() private _query?: string;
  @state() private _lookup: Lookup = { state: 'idle' };
  @state() private _announcement = '';

  private _map?: LocationMap;
  private _abort?: AbortController;
  private readonly _consent = new TileConsentController(this, () => tileHost(tileTemplate(this.tiles)));

  /** The point at `path`, when it is a usable one. */
  get point(): LatLng | undefined {
    const value = this.store && this.path ? getAt(this.store.doc, this.path) : undefined;
    return isLatLng(value) ? value : undefined;
  }

  /** The Leaflet map once it exists (tests click it). */
  get locationMap(): LocationMap | undefined {
    return this._map;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
    this._map?.remove();
    this._map = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('path') && changed.get('path') !== undefined) {
      // Another place: its own address, its own lookup.
      this._abort?.abort();
      this._query = undefined;
      this._lookup = { state: 'idle' };
    }
  }

  /** Resolves once the map is drawn for the current state (tests wait for it). */
  get mapReady(): Promise<LocationMap | undefined> {
    return this.updateComplete.then(() => this._mapReady);
  }

  private _mapReady: Promise<LocationMap | undefined> = Promise.resolve(undefined);

  protected override updated(): void {
    this._mapReady = this._syncMap();
  }

  private async _syncMap(): Promise<LocationMap | undefined> {
    const container = this.querySelector<HTMLElement>('.studio-location-map');
    if (!container) return undefined;
    const { LocationMap } = await loadMap();
    // Gone or re-rendered while the chunk loaded: the next update takes over.
    if (!container.isConnected || this.querySelector('.studio-location-map') !== container) return this._map;
    if (!this._map || this._map.leaflet.getContainer() !== container) {
      this._map?.remove();
      this._map = new LocationMap(container, { onPick: (point) => this._write(point, 'kaart'), fallback: this._fallback() });
      // The zoom buttons read the map: draw them again now that it exists.
      this.requestUpdate();
    }
    this._map.show(this.point, this._fallback());
    this._map.setTiles(this._tilesShown());
    return this._map;
  }

  /** Where to look without a point: the place's first area, the feed's first area, else the country. */
  private _fallback(): { center: LatLng; zoom: number } {
    const areas = this.store?.feed.areas ?? [];
    const owner = this.path.replace(/\.(location|center)$/, '');
    const ids = this.store ? getAt(this.store.doc, `${owner}.areas`) : undefined;
    const first = Array.isArray(ids) ? areas.find((area) => area.id === ids[0]) : undefined;
    const area = first ?? areas[0];
    return area ? { center: area.center, zoom: area.zoom } : NETHERLANDS;
  }

  private _tilesShown(): string | undefined {
    const template = tileTemplate(this.tiles);
    return template && this._consent.given ? template : undefined;
  }

  private get _addressPath(): string | undefined {
    if (this.addressPath) return this.addressPath;
    return /\.location$/.test(this.path) ? this.path.replace(/\.location$/, '.address') : undefined;
  }

  private get _addressText(): string {
    const path = this._addressPath;
    if (!path || !this.store) return '';
    return addressQuery(getAt(this.store.doc, path) as Partial<Address> | undefined);
  }

  /** Writes the whole point as one edit (one undo step), keeping any other keys of the object. */
  private _write(point: LatLng, how: 'kaart' | 'knop' | 'pdok', label?: string): void {
    if (!this.store || !this.path) return;
    const current = getAt(this.store.doc, this.path);
    const base = current && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
    this.store.seal();
    this.store.set(this.path, { ...base, lat: point.lat, lng: point.lng });
    const where = `${formatCoordinate(point.lat)}, ${formatCoordinate(point.lng)}`;
    this._announcement =
      how === 'pdok' ? `De punt staat nu op ${label ?? 'het gekozen adres'} (${where}).` : `De punt staat nu op ${where}.`;
  }

  private _nudge(dx: number, dy: number): void {
    const from = this.point;
    if (!from || !this._map) return;
    this._write(this._map.nudge(from, dx * NUDGE_PIXELS, dy * NUDGE_PIXELS), 'knop');
  }

  private _placeInMiddle(): void {
    const center = this._map?.leaflet.getCenter() ?? this._fallback().center;
    this._write(round(center), 'knop');
  }

  private _remove(): void {
    if (!this.store || !this.path) return;
    this.store.seal();
    this.store.set(this.path, undefined);
    this._announcement = 'De punt is weggehaald. De plek staat nog wel in de lijst.';
  }

  private _zoom(by: 1 | -1): void {
    this._map?.zoom(by);
    this.requestUpdate();
  }

  private _toggleTiles(): void {
    if (this._consent.given) this._consent.withdraw();
    else this._consent.give();
  }

  private async _search(): Promise<void> {
    const query = (this._query ?? this._addressText).trim();
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    this._lookup = { state: 'busy' };
    this._announcement = 'Bezig met opzoeken bij PDOK…';
    const outcome = await lookupAddress(query, { baseUrl: this.pdokUrl, signal: abort.signal, timeout: this.pdokTimeout });
    if (abort.signal.aborted) return;
    this._lookup = outcome;
    this._announcement =
      outcome.state === 'found'
        ? outcome.matches.length === 1
          ? 'PDOK vond 1 adres. Kies het om de punt daar te zetten.'
          : `PDOK vond ${outcome.matches.length} adressen. Kies het goede om de punt daar te zetten.`
        : outcome.message;
  }

  private async _choose(match: PdokMatch): Promise<void> {
    this._write(match, 'pdok', match.label);
    this._lookup = { state: 'idle' };
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>('.studio-location-search-button')?.focus();
  }

  private _renderTiles(): TemplateResult | typeof nothing {
    const template = tileTemplate(this.tiles);
    if (!template) return nothing;
    const source = template === DEFAULT_TILES ? 'PDOK (Kadaster)' : tileHost(template);
    const shown = this._consent.given;
    return html`<div class="studio-location-tiles">
      <button type="button" class="studio-button studio-button--secondary" aria-pressed=${shown ? 'true' : 'false'} @click=${this._toggleTiles}>
        ${shown ? 'Kaart met straten uitzetten' : `Kaart met straten tonen — de kaart komt van ${source}`}
      </button>
      ${shown && template === DEFAULT_TILES ? html`<p class="studio-location-attribution">Kaartgegevens © Kadaster</p>` : nothing}
    </div>`;
  }

  private _renderMoves(point: LatLng | undefined): TemplateResult {
    const map = this._map;
    return html`<div class="studio-location-moves">
      ${point
        ? html`<div class="studio-location-nudge" role="group" aria-label="Punt verschuiven">
            ${NUDGES.map(
              (nudge) =>
                html`<button
                  type="button"
                  class="studio-button studio-button--secondary studio-location-nudge-${nudge.label.toLowerCase()}"
                  @click=${() => this._nudge(nudge.dx, nudge.dy)}
                >
                  <span aria-hidden="true">${nudge.arrow}</span> ${nudge.label}<span class="studio-visually-hidden">: ${nudge.name}</span>
                </button>`,
            )}
          </div>`
        : html`<button type="button" class="studio-button studio-button--secondary studio-location-middle" @click=${this._placeInMiddle}>
            Zet de punt in het midden van de kaart
          </button>`}
      <div class="studio-location-zoom" role="group" aria-label="Kaart">
        <button type="button" class="studio-button studio-button--secondary" ?disabled=${map ? !map.canZoomIn : false} @click=${() => this._zoom(1)}>
          Inzoomen
        </button>
        <button type="button" class="studio-button studio-button--secondary" ?disabled=${map ? !map.canZoomOut : false} @click=${() => this._zoom(-1)}>
          Uitzoomen
        </button>
      </div>
    </div>`;
  }

  private _renderLookup(): TemplateResult {
    const id = `${fieldId(this.path)}-pdok`;
    const lookup = this._lookup;
    const busy = lookup.state === 'busy';
    return html`<div class="studio-location-search">
      <div class="studio-field">
        <label class="studio-label" for=${id}>Adres om op te zoeken</label>
        <div class="studio-hint" id="${id}-hint">Straat en huisnummer, en de plaats of de postcode. Pas als je op de knop drukt, gaat dit adres naar PDOK (van de overheid).</div>
        <input
          class="studio-input"
          id=${id}
          type="text"
          autocomplete="off"
          aria-describedby="${id}-hint"
          .value=${this._query ?? this._addressText}
          @input=${(event: Event) => (this._query = (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void this._search();
            }
          }}
        />
      </div>
      <button type="button" class="studio-button studio-location-search-button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && this._search()}>
        Zoek adres op bij PDOK
      </button>
      ${lookup.state === 'found'
        ? html`<ul class="studio-location-matches" role="list" aria-label="Gevonden adressen">
            ${lookup.matches.map(
              (match) =>
                html`<li>
                  <button type="button" class="studio-button studio-button--secondary" @click=${() => this._choose(match)}>
                    Kies: ${match.label}
                  </button>
                </li>`,
            )}
          </ul>`
        : lookup.state === 'none' || lookup.state === 'error'
          ? html`<p class="studio-location-message studio-location-message--${lookup.state}">${lookup.message}</p>`
          : nothing}
    </div>`;
  }

  override render(): TemplateResult | typeof nothing {
    const store = this.store;
    if (!store || !this.path) return nothing;
    const id = fieldId(this.path);
    const point = this.point;
    return html`<fieldset class="studio-location" id=${id} aria-describedby="${id}-how">
      <legend class="studio-legend">${this.label}</legend>
      <p class="studio-hint" id="${id}-how">
        Klik op de kaart om de plek te zetten, of sleep de punt. Met het toetsenbord: gebruik de knoppen onder de kaart, of vul de
        coördinaten in.
      </p>
      ${problemList(`${id}-own`, store.problemsAt(this.path))}
      <p class="studio-location-state">
        ${point ? `De punt staat op ${formatCoordinate(point.lat)}, ${formatCoordinate(point.lng)}.` : 'Deze plek staat nog niet op de kaart.'}
      </p>
      <div class="studio-location-map" aria-hidden="true"></div>
      ${this._renderTiles()} ${this._renderMoves(point)}
      <div class="studio-location-coordinates">
        ${numberField(store, `${this.path}.lat`, 'Breedtegraad (lat)', { decimal: true, hint: 'Van zuid naar noord, bijvoorbeeld 51.6978' })}
        ${numberField(store, `${this.path}.lng`, 'Lengtegraad (lng)', { decimal: true, hint: 'Van west naar oost, bijvoorbeeld 5.3037' })}
      </div>
      ${point
        ? html`<button type="button" class="studio-button studio-button--secondary studio-location-remove" @click=${this._remove}>
            Haal de punt weg
          </button>`
        : nothing}
      ${this._renderLookup()}
      <div class="studio-visually-hidden" role="status">${this._announcement}</div>
    </fieldset>`;
  }
}

/** A coordinate as an editor reads it: a point, at most six decimals. */
function formatCoordinate(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
