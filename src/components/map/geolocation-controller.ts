import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LatLng } from '../../feed/types.js';

export type GeoState = 'idle' | 'busy' | 'active' | 'denied' | 'failed' | 'unsupported';
export type Geolocator = Pick<Geolocation, 'getCurrentPosition'>;

/**
 * "Bij mij in de buurt": asks for the visitor's location only when they press the button,
 * and keeps it only while the button is pressed. The host renders `state` and sorts by `origin`.
 */
export class GeolocationController implements ReactiveController {
  state: GeoState = 'idle';
  origin?: LatLng;
  constructor(
    private readonly host: ReactiveControllerHost,
    /** Where to ask; the browser's own geolocation when it returns undefined. */
    private readonly source: () => Geolocator | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {}

  /** Pressed: ask for the location; pressed again while active: forget it. */
  toggle(): void {
    if (this.state === 'active') {
      this._set('idle', undefined);
      return;
    }
    const geolocation = this.source() ?? globalThis.navigator?.geolocation;
    if (!geolocation) {
      this._set('unsupported', undefined);
      return;
    }
    this._set('busy', undefined);
    geolocation.getCurrentPosition(
      (position) => {
        this._set('active', { lat: position.coords.latitude, lng: position.coords.longitude });
      },
      (error) => {
        this._set(error.code === 1 ? 'denied' : 'failed', undefined);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  }

  private _set(state: GeoState, origin: LatLng | undefined): void {
    this.state = state;
    this.origin = origin;
    this.host.requestUpdate();
  }
}
