// Type-level test, compiled by `tsc -p test/types` (test/node/types.test.mjs runs it): a page
// that imports buurtkit gets typed events on elements, document and window. Each
// `@ts-expect-error` fails the compile when the line it marks is accepted, which is what
// happens when a `detail` is `any`.
import '../../src/index.js';
import type { BuurtEventMap, BuurtSelectDetail } from '../../src/index.js';

/** True when T is `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;
type EventsWithAnyDetail = { [K in keyof BuurtEventMap]: IsAny<BuurtEventMap[K]['detail']> extends true ? K : never }[keyof BuurtEventMap];
// Names the offending events in the compile error when one of them has an `any` detail.
export const eventsWithAnyDetail: [EventsWithAnyDetail] extends [never] ? 'none' : EventsWithAnyDetail = 'none';

document.addEventListener('buurt-select', (event) => {
  const id: string = event.detail.id;
  const detail: BuurtSelectDetail = event.detail;
  // @ts-expect-error a place has no `title`; accepted only if the detail were any
  console.log(id, detail, event.detail.place.title);
});

window.addEventListener('buurt-step', (event) => {
  const path: string[] = event.detail.path;
  // @ts-expect-error `step` is a string
  const step: number = event.detail.step;
  console.log(path, step);
});

const map = document.querySelector('buurt-map');
map?.addEventListener('buurt-load', (event) => {
  const source: 'network' | 'cache' | 'property' = event.detail.source;
  // @ts-expect-error no such property on the load detail
  console.log(source, event.detail.places);
});

document.querySelector('buurt-guide')?.addEventListener('buurt-error', (event) => {
  const code: string = event.detail.code;
  // @ts-expect-error `status` may be undefined
  const status: number = event.detail.status;
  console.log(code, status);
});

const form = document.createElement('buurt-signup');
form.addEventListener('buurt-signup-queued', (event) => {
  const next: number = event.detail.nextAttemptAt;
  // @ts-expect-error `persistent` is a boolean
  const persistent: string = event.detail.persistent;
  console.log(next, persistent);
});
form.addEventListener('buurt-signup-sent', (event) => console.log(event.detail.signup, event.detail.status));
// @ts-expect-error the failed detail has no `reason`
form.addEventListener('buurt-signup-failed', (event) => console.log(event.detail.reason));
