// The peer: how a hand-made page (or uMap) shows a feed: Leaflet, one L.marker per place
// with a popup, all in an L.markerClusterGroup (animations off, as ours), and a search box
// that rebuilds the cluster group from the markers whose name matches.
/* global L */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const name = (text) => (typeof text === 'string' ? text : text.nl ?? Object.values(text)[0] ?? '');

let map;
let group;
let markers = [];

window.bench = {
  async start(url) {
    const started = performance.now();
    const response = await fetch(url);
    const feed = await response.json();
    const loadedAt = performance.now();
    map = L.map('map', { maxZoom: 19 });
    // Animations off, like <buurt-map>, so "painted" means the final markers are on screen.
    group = L.markerClusterGroup({ animate: false });
    markers = [];
    for (const place of feed.places) {
      if (!place.location) continue;
      const marker = L.marker([place.location.lat, place.location.lng], { title: name(place.name) });
      marker.bindPopup(name(place.name));
      markers.push(marker);
    }
    group.addLayers(markers);
    map.addLayer(group);
    map.fitBounds(group.getBounds(), { animate: false });
    await afterPaint();
    const drawnAt = performance.now();
    const count = document.querySelectorAll('.leaflet-marker-pane > *').length;
    return { loadToDrawn: drawnAt - loadedAt, total: drawnAt - started, markers: count };
  },

  async type(text) {
    const input = document.getElementById('search');
    const keystrokes = [];
    const mapUpdates = [];
    input.addEventListener('input', onInput);
    for (let i = 1; i <= text.length; i++) {
      const start = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      void document.getElementById('map').offsetHeight;
      const done = performance.now() - start;
      keystrokes.push(done);
      await afterPaint();
      mapUpdates.push(performance.now() - start);
    }
    input.removeEventListener('input', onInput);
    return { keystrokes, mapUpdates, results: String(group.getLayers().length) };
  },

  async panZoom(lat, lng) {
    const zoomStart = performance.now();
    map.setView([lat, lng], 15, { animate: false });
    await afterPaint();
    const zoom = performance.now() - zoomStart;
    const panStart = performance.now();
    map.setView([lat + 0.01, lng + 0.015], 15, { animate: false });
    await afterPaint();
    const pan = performance.now() - panStart;
    return { zoom, pan, markers: document.querySelectorAll('.leaflet-marker-pane > *').length };
  },
};

function onInput(event) {
  const query = event.target.value.toLowerCase();
  group.clearLayers();
  group.addLayers(markers.filter((marker) => marker.options.title.toLowerCase().includes(query)));
}
