import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BuurtStepDetail } from '../../base/events.js';
import type { AdviceStep, Guide } from '../../feed/types.js';
import {
  adviceHash,
  adviceStep,
  back,
  beginPath,
  choose,
  currentStepId,
  parseAdviceHash,
  pathIds,
  stepsById,
  type GuidePath,
} from './guide-path.js';

export interface GuidePathOptions {
  /** The guide on screen, once the feed is ready. */
  guide(): Guide | undefined;
  /** The host's `start` attribute. */
  start(): string | undefined;
  /** True while the guide is hidden for "Snel weg": nothing is begun, followed or announced. */
  paused(): boolean;
  /** A step is on screen (also the first one): the host fires `buurt-step`. */
  onStep(detail: BuurtStepDetail): void;
  /** The visitor moved (a choice, Back, Start again, a followed `#advies=` link): the host clears its status and moves focus. */
  onMove(): void;
}

/**
 * The visitor's walk through the guide on a host element: the path (guide-path.ts, pure),
 * begun at `start` or at the advice a `#advies=` link names, kept across a fresh copy of
 * the feed while its steps still exist, and started afresh when the guide or `start`
 * changes. Also the link to one advice, copied or shown to copy by hand.
 *
 * Like the path, it writes nothing to storage or history: the hash is only read.
 */
export class GuidePathController implements ReactiveController {
  path: GuidePath = { entries: [] };
  /** The advice on screen came from a `#advies=` link, not from answering. */
  openedFromLink = false;
  /** The advice link to copy by hand, after the clipboard refused. */
  shareLink?: string;

  /** The guide and start the path belongs to; a change of either starts afresh. */
  private _key?: string;
  private _lastStepKey?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GuidePathOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this._onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this._onHashChange);
  }

  hostUpdate(): void {
    const guide = this.options.guide();
    if (!guide || this.options.paused()) return;
    const key = `${guide.id}\u0000${this.options.start() ?? ''}`;
    if (key !== this._key) {
      this._key = key;
      this._beginAt(guide);
      return;
    }
    // A fresh copy of the feed: keep the visitor where they are if their steps still exist.
    const steps = stepsById(guide);
    if (this.path.entries.some((entry) => !steps.has(entry.step))) this._beginAt(guide);
  }

  hostUpdated(): void {
    const guide = this.options.guide();
    const step = currentStepId(this.path);
    if (!guide || !step || this.options.paused()) return;
    const key = `${guide.id}\u0000${pathIds(this.path).join('\u0000')}`;
    if (key === this._lastStepKey) return;
    this._lastStepKey = key;
    this.options.onStep({ guide: guide.id, step, path: pathIds(this.path) });
  }

  /** Takes choice `index` (leading to `next`) of the step on screen. */
  choose(index: number, next: string): void {
    this.openedFromLink = false;
    this._go(choose(this.path, index, next));
  }

  back(): void {
    this._go(back(this.path));
  }

  /** Back to the first question: `start` when it names a question, else the guide's own start. */
  restart(): void {
    const guide = this.options.guide();
    if (!guide) return;
    this.openedFromLink = false;
    // A `start` that is an advice is a way to link to that advice; starting again means the questions.
    const preferred = this.options.start();
    const start = preferred && stepsById(guide).get(preferred)?.type === 'question' ? preferred : undefined;
    this._go(beginPath(guide, start));
  }

  /** Forgets the walk ("Snel weg"); the next update begins afresh. */
  forget(): void {
    this.path = { entries: [] };
    this._key = undefined;
    this.shareLink = undefined;
    this.host.requestUpdate();
  }

  /**
   * Copies the link to the advice on screen (`#advies=<guide>/<step>` on this page).
   * 'manual' when there is no clipboard (an old browser, an iframe without permission):
   * `shareLink` then holds the link to copy by hand.
   */
  async copyLink(): Promise<'copied' | 'manual' | undefined> {
    const guide = this.options.guide();
    const step = currentStepId(this.path);
    if (!guide || !step) return undefined;
    const url = new URL(window.location.href);
    url.hash = adviceHash(guide.id, step).slice(1);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url.href);
      this.shareLink = undefined;
      return 'copied';
    } catch {
      this.shareLink = url.href;
      return 'manual';
    } finally {
      this.host.requestUpdate();
    }
  }

  private _beginAt(guide: Guide): void {
    const advice = this._sharedAdvice(guide);
    this.openedFromLink = Boolean(advice);
    this.path = advice ? { entries: [{ step: advice.id }] } : beginPath(guide, this.options.start());
    this.shareLink = undefined;
  }

  /** The advice a `#advies=…` link on this page points at, if it is in this guide. */
  private _sharedAdvice(guide: Guide): AdviceStep | undefined {
    const shared = parseAdviceHash(globalThis.location?.hash ?? '');
    return shared && (!shared.guide || shared.guide === guide.id) ? adviceStep(guide, shared.step) : undefined;
  }

  private _onHashChange = (): void => {
    // A link to an advice on the page itself (a newsletter item, "lees het advies"), followed while the guide is open.
    const guide = this.options.guide();
    const advice = guide && !this.options.paused() ? this._sharedAdvice(guide) : undefined;
    if (!advice) return;
    this.openedFromLink = true;
    this._go({ entries: [{ step: advice.id }] });
  };

  private _go(path: GuidePath): void {
    this.path = path;
    this.shareLink = undefined;
    this.options.onMove();
    this.host.requestUpdate();
  }
}
