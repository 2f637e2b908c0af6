// Drives one <buurt-map> for bench/run.mjs. Every measurement is started by the runner
// through `window.bench`, so both pages are measured the same way.
const params = new URLSearchParams(location.search);
const build = params.get('build');

async function loadElement() {
  if (build === 'cdn') {
    const kit = await import('/dist/cdn/buurtkit.js');
    await kit.loadMap();
  } else {
    await import('/dist/esm/components/map/map.js');
  }
  await customElements.whenDefined('buurt-map');
}

const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const markerCount = (map) => map.shadowRoot.querySelectorAll('.leaflet-marker-pane > *').length;

let map;

window.bench = {
  /** Creates the element with the feed; resolves when the first markers are painted. */
  async start(url) {
    await loadElement();
    const started = performance.now();
    map = document.createElement('buurt-map');
    map.setAttribute('tiles', 'none');
    let loadedAt = 0;
    const drawn = new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (loadedAt && entry.startTime >= loadedAt && markerCount(map) > 0) {
            observer.disconnect();
            resolve(entry.startTime);
            return;
          }
        }
      });
      observer.observe({ type: 'mark' });
    });
    map.addEventListener('buurt-load', () => (loadedAt = performance.now()), { once: true });
    map.src = url;
    document.body.append(map);
    const drawnAt = await drawn;
    return { loadToDrawn: drawnAt - loadedAt, total: drawnAt - started, markers: markerCount(map) };
  },

  /**
   * Types `text` into the search field one character at a time. Per keystroke: from the
   * input event until the list and count are updated and laid out; then, separately, until
   * the map shows the filtered markers (it follows when typing pauses).
   */
  async type(text) {
    const input = map.shadowRoot.querySelector('#search');
    const keystrokes = [];
    const mapUpdates = [];
    for (let i = 1; i <= text.length; i++) {
      const marks = performance.getEntriesByName('buurt-map:rendered').length;
      const start = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await map.updateComplete;
      void map.shadowRoot.querySelector('.side').offsetHeight;
      keystrokes.push(performance.now() - start);
      while (performance.getEntriesByName('buurt-map:rendered').length === marks) await new Promise((r) => setTimeout(r, 5));
      mapUpdates.push(performance.getEntriesByName('buurt-map:rendered').at(-1).startTime - start);
    }
    return { keystrokes, mapUpdates, results: map.shadowRoot.querySelector('.count').textContent.trim() };
  },

  /** One zoom in, then one pan; each until that view's markers are painted. */
  async panZoom(lat, lng) {
    const zoomStart = performance.now();
    await map.setView(lat, lng, 15);
    const zoom = performance.now() - zoomStart;
    const panStart = performance.now();
    await map.setView(lat + 0.01, lng + 0.015, 15);
    const pan = performance.now() - panStart;
    await afterPaint();
    return { zoom, pan, markers: markerCount(map) };
  },
};
