// Hand-made page 1: how many sites (and uMap) show a feed: Leaflet, one L.marker per place
// with a popup, all in an L.markerClusterGroup (animations off, as ours), and a search box
// that rebuilds the cluster group from the markers whose name matches. It starts fetching
// the feed as soon as it runs, at the end of the body.
/* global L */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const name = (text) => (typeof text === 'string' ? text : text.nl ?? Object.values(text)[0] ?? '');

let map;
let group;
let markers = [];

async function start(url) {
  const response = await fetch(url);
  const feed = await response.json();
  map = L.map('map', { maxZoom: 19 });
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
}

function onInput(event) {
  const query = event.target.value.toLowerCase();
  group.clearLayers();
  group.addLayers(markers.filter((marker) => marker.options.title.toLowerCase().includes(query)));
}

window.bench = {
  /** Per keystroke: from the input event until the re-clustered markers are in the DOM and laid out. */
  async type(text) {
    const input = document.getElementById('search');
    const keystrokes = [];
    input.addEventListener('input', onInput);
    for (let i = 1; i <= text.length; i++) {
      const start = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      void document.getElementById('map').offsetHeight;
      keystrokes.push(performance.now() - start);
      await afterPaint();
    }
    input.removeEventListener('input', onInput);
    input.value = '';
    onInput({ target: input });
    await afterPaint();
    return keystrokes;
  },

  /** Each view in turn, until its markers are painted. */
  async steps(views) {
    const times = [];
    for (const [lat, lng, zoom] of views) {
      const start = performance.now();
      map.setView([lat, lng], zoom, { animate: false });
      await afterPaint();
      times.push(performance.now() - start);
    }
    return times;
  },
};

void start(document.currentScript.dataset.feed);
