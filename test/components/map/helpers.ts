import { html, render, type TemplateResult } from 'lit';
import { brokenWords as brokenWordsOf } from '../words.js';
import '../../../src/components/map/map.js';
import type { BuurtMap } from '../../../src/components/map/map.component.js';

export type TestMap = BuurtMap;

/** Monday 2 March 2026, 10:00 in Amsterdam (CET, UTC+1). */
export const MONDAY_10 = new Date('2026-03-02T09:00:00Z');
/** Sunday 1 March 2026, 23:00 in Amsterdam. */
export const SUNDAY_23 = new Date('2026-03-01T22:00:00Z');

type Json = Record<string, unknown>;

export function place(id: string, extra: Json = {}): Json {
  return {
    id,
    name: `Plek ${id}`,
    kind: 'informal-initiative',
    categories: [],
    areas: [],
    location: { lat: 51.7, lng: 5.3 },
    languages: [],
    ...extra,
  };
}

export function smallFeed(places: Json[], extra: Json = {}): Json {
  return {
    version: '1.0',
    publisher: { name: 'Testkrant' },
    areas: [
      { id: 'boschveld', name: 'Boschveld', center: { lat: 51.7, lng: 5.2925 }, zoom: 15 },
      { id: 'oost', name: 'Oost', center: { lat: 51.6955, lng: 5.3195 }, zoom: 15 },
    ],
    categories: [
      { id: 'ontmoeten', label: 'Ontmoeten' },
      { id: 'gezin', label: 'Opvoeden en gezin' },
    ],
    places,
    glossary: [{ term: 'CJG', explanation: 'Centrum voor Jeugd en Gezin: hier kun je terecht met vragen over opvoeden.' }],
    ...extra,
  };
}

/** A deterministic feed of `count` places spread over 's-Hertogenbosch. */
export function bigFeed(count: number): Json {
  const kinds = ['informal-initiative', 'volunteer-organisation', 'professional-service'];
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const places: Json[] = [];
  for (let i = 0; i < count; i++) {
    places.push({
      id: `p${i}`,
      name: `Plek nummer ${i}`,
      kind: kinds[i % 3],
      categories: [i % 2 ? 'ontmoeten' : 'gezin'],
      areas: [i % 2 ? 'boschveld' : 'oost'],
      location: { lat: 51.66 + random() * 0.06, lng: 5.25 + random() * 0.1 },
      languages: i % 5 === 0 ? ['nl', 'ar'] : ['nl'],
    });
  }
  return smallFeed(places);
}

export interface MapOptions {
  width?: number;
  tiles?: string;
  now?: Date;
  attrs?: string;
}

const mounted: HTMLElement[] = [];

/**
 * Like open-wc's `fixture`, without waiting for an animation frame: with two test files
 * running at once, the page in the background gets no frames and `fixture` would hang.
 * Waits for every map in the template to finish its first update.
 */
export async function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  for (const map of container.querySelectorAll('buurt-map')) await map.updateComplete;
  return container.firstElementChild as T;
}

/** Removes what `mount` added; call it in `afterEach`. */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** A map in a fixed-width box, fed through the `feed` property, on a plain background. */
export async function mapWithFeed(feed: unknown, options: MapOptions = {}): Promise<TestMap> {
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: ${options.width ?? 1000}px">
    <buurt-map tiles=${options.tiles ?? 'none'} .now=${options.now ?? MONDAY_10} .feed=${feed}></buurt-map>
  </div>`);
  const map = wrapper.querySelector('buurt-map')!;
  await map.updateComplete;
  return map;
}

export function root(map: TestMap): ShadowRoot {
  return map.shadowRoot!;
}

export function $(map: TestMap, selector: string): HTMLElement | null {
  return map.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(map: TestMap, selector: string): HTMLElement[] {
  return [...map.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Names in the list, in order. */
export function listNames(map: TestMap): string[] {
  return $$(map, '.item__open').map((button) => button.textContent!.trim());
}

export function count(map: TestMap): string {
  return $(map, '.count')!.textContent!.trim();
}

export async function search(map: TestMap, text: string): Promise<void> {
  const input = $(map, '#search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await map.updateComplete;
}

/** Opens "Filters" as a visitor would, and picks `value` in the select `id`. */
export async function choose(map: TestMap, id: string, value: string): Promise<void> {
  const details = $(map, '.more') as HTMLDetailsElement;
  if (!details.open) {
    // The toggle event comes in a later task; the language names are filled in after it.
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    ($(map, '.more summary') as HTMLElement).click();
    await toggled;
    await map.updateComplete;
  }
  const select = $(map, `#${id}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await map.updateComplete;
}

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The next frame, or 100 ms when the page gets no frames (a test page in a background tab). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Waits until `test` is true, checking every frame, for at most `timeout` ms. */
export async function until(test: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await nextFrame();
  }
}

/**
 * Resolves once the browser has told whether the map panel is in view: an observer of our own
 * gets its first report in the same rendering step as the element's, so by then the element
 * has decided whether to load Leaflet.
 */
export async function mapPanelChecked(map: TestMap): Promise<void> {
  const panel = $(map, '.map-panel')!;
  await new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(panel);
  });
  await map.updateComplete;
}

/** Markers (places and clusters) currently on the Leaflet map. */
export function markers(map: TestMap): HTMLElement[] {
  return $$(map, '.leaflet-marker-pane > *');
}

export function leafletLoaded(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /leaflet-view|leaflet-src|supercluster/.test(entry.name));
}

/**
 * The words in `element`'s text that the browser broke over two lines, as 'Woensda|g'; a break
 * right after a dash ('13:30–|15:30', "'s-|Hertogenbosch") is allowed. The map's tests count
 * all its text, and letters on one line within 2 px.
 */
export function brokenWords(element: Element): string[] {
  return brokenWordsOf(element, Infinity, { linesApart: 2, hidden: true });
}
