/**
 * buurtkit for npm users: importing the package registers all three elements.
 * Import `buurtkit/map`, `buurtkit/guide` or `buurtkit/signup` to register just one.
 */
import './components/map/map.js';
import './components/guide/guide.js';
import './components/signup/signup.js';

export { BuurtElement } from './base/buurt-element.js';
export { registerTranslation, registerTranslationLoader } from './translations/registry.js';
export type { Translation } from './translations/registry.js';
export type * from './base/events.js';
export { VERSION } from './version.js';
export * from './feed/index.js';
