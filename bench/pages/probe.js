// Loaded first, as a classic script, by every bench page: records what a visitor waits for,
// measured the same way on all three pages.
//   markers  the first frame with markers on the map has been painted (ms from navigation);
//   list     the same for the first entries of <buurt-map>'s list (the hand-made pages have none);
//   longTasks every task over 50 ms, from navigation on, for total blocking time.
// "Painted": a requestAnimationFrame callback saw the markers in the DOM, so that frame
// renders them; the time is read in the task after that frame.
(() => {
  const probe = (window.benchProbe = { markers: 0, list: 0, longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: total blocking time stays 0.
  }
  const kit = () => document.querySelector('buurt-map');
  const root = () => (kit() ? kit().shadowRoot : document);
  // The kit draws its first view's markers before Leaflet has loaded (.first-view, the same
  // marker elements on the pixels Leaflet then puts its own: src/components/map/first-view.ts).
  const markers = () => root()?.querySelector('.leaflet-marker-pane > *, .first-view > *');
  // In the DOM is enough: the bench's viewport shows the list. Asking for its box here would
  // force a layout in every frame, time the page itself would not spend.
  const listEntry = () => Boolean(kit()?.shadowRoot?.querySelector('.list .item'));
  let resolve;
  probe.ready = new Promise((done) => (resolve = done));
  let sawMarkers = false;
  let sawList = false;
  const finish = () => {
    if (probe.markers && (probe.list || !kit())) resolve(probe);
  };
  function frame() {
    const m = !sawMarkers && markers();
    const l = !sawList && kit() && listEntry();
    if (m) sawMarkers = true;
    if (l) sawList = true;
    if (m || l) {
      setTimeout(() => {
        const now = performance.now();
        if (m) probe.markers = now;
        if (l) probe.list = now;
        finish();
      });
    }
    if (!sawMarkers || (kit() && !sawList)) requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
