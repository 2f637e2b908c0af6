import { expect } from '@open-wc/testing';
import { GeolocationController, type Geolocator } from '../../../../src/components/map/geolocation-controller.js';
import { mountHost, type TestHost } from './host.js';

/** A geolocation that answers when the test says so. */
function fakeGeolocation(): Geolocator & { asked: number; succeed(lat: number, lng: number): void; fail(code: number): void } {
  let success: PositionCallback | undefined;
  let failure: PositionErrorCallback | null | undefined;
  return {
    asked: 0,
    getCurrentPosition(onSuccess, onError) {
      this.asked++;
      success = onSuccess;
      failure = onError;
    },
    succeed(lat, lng) {
      success!({ coords: { latitude: lat, longitude: lng } } as GeolocationPosition);
    },
    fail(code) {
      failure!({ code } as GeolocationPositionError);
    },
  };
}

describe('GeolocationController on a bare host', () => {
  let host: TestHost;
  afterEach(() => host.remove());

  it('asks only when toggled, then keeps the origin until toggled off', async () => {
    const geo = fakeGeolocation();
    const mounted = await mountHost((el) => new GeolocationController(el, () => geo));
    host = mounted.host;
    const controller = mounted.controller;
    expect(geo.asked).to.equal(0);
    expect(controller.state).to.equal('idle');
    controller.toggle();
    expect(controller.state).to.equal('busy');
    const renders = host.renders;
    geo.succeed(51.7, 5.3);
    await host.updateComplete;
    expect(host.renders, 'the host renders the answer').to.be.greaterThan(renders);
    expect(controller.state).to.equal('active');
    expect(controller.origin).to.deep.equal({ lat: 51.7, lng: 5.3 });
    controller.toggle();
    expect(controller.state).to.equal('idle');
    expect(controller.origin).to.equal(undefined);
    expect(geo.asked).to.equal(1);
  });

  it('tells a refusal (code 1) from other failures', async () => {
    const geo = fakeGeolocation();
    const mounted = await mountHost((el) => new GeolocationController(el, () => geo));
    host = mounted.host;
    mounted.controller.toggle();
    geo.fail(1);
    expect(mounted.controller.state).to.equal('denied');
    mounted.controller.toggle();
    geo.fail(3);
    expect(mounted.controller.state).to.equal('failed');
    expect(mounted.controller.origin).to.equal(undefined);
  });
});
