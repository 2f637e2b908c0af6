/**
 * Registration on the app's terms: importing this module registers nothing. An app calls
 * `defineBuurtElements()` when it wants the elements, under its own prefix or in a scoped
 * registry (`new CustomElementRegistry()`). The side-effect-free classes are also exported
 * on their own, as `buurtkit/map/component` and so on, for `BuurtMap.define('x-map')`.
 */
import { BuurtGuide } from './components/guide/guide.component.js';
import { BuurtMap } from './components/map/map.component.js';
import { BuurtSignup } from './components/signup/signup.component.js';

export { BuurtGuide, BuurtMap, BuurtSignup };

export interface DefineOptions {
  /** Tag prefix: `'buurt'` gives `<buurt-map>`, `<buurt-guide>` and `<buurt-signup>`. Default `'buurt'`. */
  prefix?: string;
  /** Where to register; default the page's `customElements`. */
  registry?: CustomElementRegistry;
}

/** The tag names used, by element. */
export interface DefinedTags {
  map: string;
  guide: string;
  signup: string;
}

/**
 * Registers the three elements as `<prefix-map>`, `<prefix-guide>` and `<prefix-signup>`.
 * Safe to call again, and beside another copy of buurtkit: a tag that is taken is left as it
 * is (see `BuurtElement.define`). Note that the guide's "Toon op de kaart" looks for a
 * `<buurt-map>`, so it finds a map registered under another prefix only by that tag name.
 */
export function defineBuurtElements({ prefix = 'buurt', registry = customElements }: DefineOptions = {}): DefinedTags {
  const tags: DefinedTags = { map: `${prefix}-map`, guide: `${prefix}-guide`, signup: `${prefix}-signup` };
  BuurtMap.define(tags.map, registry);
  BuurtGuide.define(tags.guide, registry);
  BuurtSignup.define(tags.signup, registry);
  return tags;
}
