/**
 * The studio's entry (dist/studio/studio.js): the shell, and the kit's three elements for
 * the previews, registered under their usual tags.
 */
import { defineBuurtElements } from '../define.js';
import './app/buurt-studio.js';

defineBuurtElements();
