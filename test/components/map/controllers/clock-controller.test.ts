import { expect } from '@open-wc/testing';
import { ClockController } from '../../../../src/components/map/clock-controller.js';
import { mountHost, type TestHost, until } from './host.js';

describe('ClockController on a bare host', () => {
  let host: TestHost;
  afterEach(() => host.remove());

  it('moves on and renders the host each interval', async () => {
    const mounted = await mountHost((el) => new ClockController(el, () => undefined, 20));
    host = mounted.host;
    const first = mounted.controller.now.getTime();
    const renders = host.renders;
    await until(() => mounted.controller.now.getTime() > first && host.renders > renders, 2000, 'a tick and a render');
  });

  it('stops its timer when the host leaves the page', async () => {
    const cleared: unknown[] = [];
    const clear = window.clearInterval;
    window.clearInterval = (id?: number) => (cleared.push(id), clear(id));
    try {
      let started: unknown;
      const set = window.setInterval;
      window.setInterval = ((handler: TimerHandler, ms?: number) => (started = set(handler, ms))) as typeof setInterval;
      const mounted = await mountHost((el) => new ClockController(el, () => undefined, 20)).finally(
        () => (window.setInterval = set),
      );
      host = mounted.host;
      expect(started).to.not.equal(undefined);
      host.remove();
      expect(cleared).to.include(started);
    } finally {
      window.clearInterval = clear;
    }
  });

  it('keeps a fixed moment, and renders nothing for its ticks, when the host gives one', async () => {
    const fixed = new Date('2026-03-02T09:00:00Z');
    let asked = 0;
    const mounted = await mountHost((el) => new ClockController(el, () => (asked++, fixed), 20));
    host = mounted.host;
    const renders = host.renders;
    const before = asked;
    // Each tick asks for the fixed moment: wait for a few ticks.
    await until(() => asked >= before + 3, 2000, 'three ticks');
    expect(mounted.controller.now.getTime()).to.equal(fixed.getTime());
    expect(host.renders).to.equal(renders);
  });
});
