import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { StudioStore } from '../model/store.js';
import { StoreController } from './store-controller.js';

/** The sections the shell shows; `studio-navigate` names one of them. */
export type SectionName = 'start' | 'publisher' | 'places' | 'tasks' | 'glossary' | 'guides' | 'preview' | 'embed' | 'save';

export interface StudioNavigateDetail {
  section: SectionName;
  /** The path of the value to show; the section opens its item, the shell focuses its field. */
  path?: string;
}

declare global {
  interface HTMLElementEventMap {
    'studio-navigate': CustomEvent<StudioNavigateDetail>;
  }
}

/** Asks the shell to show `section` (and the field of `path`). */
export function navigate(from: EventTarget, section: SectionName, path?: string): void {
  from.dispatchEvent(new CustomEvent<StudioNavigateDetail>('studio-navigate', { detail: path === undefined ? { section } : { section, path }, bubbles: true, composed: true }));
}

/**
 * Base of every studio element: renders into light DOM (one stylesheet, studio.css, styles
 * the whole page, and ids and focus work across elements, which the error summary needs),
 * and re-renders when its store changes.
 */
export class StudioElement extends LitElement {
  /** The draft being edited. */
  @property({ attribute: false }) store?: StudioStore;

  constructor() {
    super();
    new StoreController(this);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /**
   * Shows the item that holds `path` (a section with a list opens that item's editor) and
   * resolves once it is rendered; the shell then focuses the field. Sections override it.
   */
  async reveal(_path: string): Promise<void> {
    await this.updateComplete;
  }
}
