// The studio as the walkthrough tests see it: wait until an edit is checked and every section
// has drawn it, and go to a section through the navigation with the keyboard.
import { waitUntil } from '../../harness/wait-until.js';
import type { BuurtStudio } from '../../../src/studio/app/buurt-studio.component.js';
import type { StudioStore } from '../../../src/studio/model/store.js';
import { space, tabTo } from './keyboard.js';

/** Resolves when the problems belong to the current draft and every studio element has rendered. */
export async function settled(studio: BuurtStudio): Promise<StudioStore> {
  const store = studio.store!;
  await store.settled();
  await studio.updateComplete;
  for (const element of studio.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
    if (element.localName.startsWith('studio-')) await element.updateComplete;
  }
  return store;
}

/** Tabs to the section's button in the navigation and presses the space bar on it. */
export async function openSection(studio: BuurtStudio, label: string): Promise<void> {
  const nav = studio.querySelector('.studio-nav')!;
  await tabTo((active) => nav.contains(active) && active.textContent!.trim() === label, `the navigation button ${label}`);
  await space();
  await waitUntil(() => studio.querySelector('.studio-nav [aria-current=page]')?.textContent!.trim() === label, `${label} opens`);
  await settled(studio);
}
