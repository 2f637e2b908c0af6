import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StudioStore } from '../model/store.js';

type Host = ReactiveControllerHost & { store?: StudioStore | undefined };

/**
 * Re-renders its host when the host's store changes ('change') or has new problems
 * ('problems'). Follows the host's `store` property, so a store handed down later works.
 */
export class StoreController implements ReactiveController {
  private store: StudioStore | undefined;
  private connected = false;
  private readonly onEvent = () => this.host.requestUpdate();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow(this.host.store);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.follow(undefined);
  }

  hostUpdate(): void {
    if (this.connected) this.follow(this.host.store);
  }

  private follow(store: StudioStore | undefined): void {
    if (store === this.store) return;
    this.store?.removeEventListener('change', this.onEvent);
    this.store?.removeEventListener('problems', this.onEvent);
    this.store = store;
    store?.addEventListener('change', this.onEvent);
    store?.addEventListener('problems', this.onEvent);
  }
}
