// Type-level test of the declarations generated from custom-elements.json (dist/types, made by
// `npm run build`): a React or Vue app sees the elements' attributes and typed event handlers.
import type { CustomElements as JsxElements } from '../../../dist/types/jsx.js';
import type { CustomElements as VueElements } from '../../../dist/types/vue.js';

export const map: JsxElements['buurt-map'] = {
  src: '/buurt.json',
  lang: 'en',
  'onbuurt-select': (event) => console.log(event.detail.place.name),
};

export const form: InstanceType<VueElements['buurt-signup']>['$props'] = {
  action: '/aanmelden',
  'onbuurt-signup-queued': (event) => console.log(event.detail.nextAttemptAt),
};

export const guide: JsxElements['buurt-guide'] = {
  // @ts-expect-error the step detail has no `place`; accepted only if the detail were any
  'onbuurt-step': (event) => console.log(event.detail.place),
};
