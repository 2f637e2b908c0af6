// Studio test harness (owner: studio-core). The studio renders in light DOM and is styled by
// one stylesheet, /studio.css (test/server/studio-routes.mjs joins it as the build does), so
// a fixture links it first: axe then checks the colours an editor really sees.
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { StudioStore } from '../../src/studio/model/store.js';
import type { JsonObject } from '../../src/studio/model/json-path.js';

let stylesheet: Promise<void> | undefined;

/** Links /studio.css into the document once, and waits until it has loaded. */
export function linkStudioCss(): Promise<void> {
  stylesheet ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/studio.css';
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error('/studio.css did not load')));
    document.head.append(link);
  });
  return stylesheet;
}

/** `fixture(template)` with the studio's stylesheet in place. */
export async function studioFixture<T extends Element>(template: TemplateResult): Promise<T> {
  await linkStudioCss();
  return fixture<T>(template);
}

/** A store for a test: checks on the main thread without the debounce wait, unless told otherwise. */
export function testStore(doc: JsonObject = {}, debounceMs = 0): StudioStore {
  return new StudioStore(doc, { debounceMs });
}

/** Fetches a feed the test server or the repository serves (e.g. '/demo/feeds/den-bosch.json'). */
export async function fetchJson(url: string): Promise<JsonObject> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as JsonObject;
}
