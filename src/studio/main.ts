/**
 * The studio's entry (dist/studio/studio.js): the shell, with big feeds checked in the module
 * Worker beside this file (dist/studio/check-worker.js), and the kit's three elements for the
 * previews, registered under their usual tags.
 */
import { defineBuurtElements } from '../define.js';
import { STORAGE_NAMESPACE } from '../feed/storage.js';
import { BuurtStudio } from './app/buurt-studio.component.js';
import { workerChecker } from './model/checkers.js';

// Before the tag is defined: the page's <buurt-studio> makes its store when it connects.
const checker = workerChecker(new URL('./check-worker.js', import.meta.url));
BuurtStudio.storeOptions = { checker };
BuurtStudio.draftWriter = checker.writer(STORAGE_NAMESPACE);
if (!customElements.get('buurt-studio')) customElements.define('buurt-studio', BuurtStudio);
defineBuurtElements();
