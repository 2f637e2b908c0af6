// Hand-made page 2: Leaflet + supercluster, as in supercluster's own Leaflet example: the
// places go into a Supercluster index once; on every move the clusters of the view are
// drawn into an L.geoJson layer (a divIcon per cluster, an L.marker with a popup per place).
// The search box rebuilds the index from the places whose name matches.
/* global L, Supercluster */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const name = (text) => (typeof text === 'string' ? text : text.nl ?? Object.values(text)[0] ?? '');

let map;
let layer;
let index;
let points = [];

function pointToLayer(feature, latlng) {
  if (!feature.properties.cluster) return L.marker(latlng).bindPopup(feature.properties.name);
  const count = feature.properties.point_count;
  const size = count < 100 ? 30 : count < 1000 ? 40 : 50;
  const icon = L.divIcon({
    html: `<span>${feature.properties.point_count_abbreviated}</span>`,
    className: 'cluster',
    iconSize: L.point(size, size),
  });
  return L.marker(latlng, { icon });
}

function load(features) {
  index = new Supercluster({ radius: 60, extent: 256, maxZoom: 17 });
  index.load(features);
}

function update() {
  const bounds = map.getBounds();
  const clusters = index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], Math.round(map.getZoom()));
  layer.clearLayers();
  layer.addData(clusters);
}

async function start(url) {
  const response = await fetch(url);
  const feed = await response.json();
  points = [];
  let south = 90, west = 180, north = -90, east = -180;
  for (const place of feed.places) {
    if (!place.location) continue;
    const { lat, lng } = place.location;
    points.push({ type: 'Feature', properties: { name: name(place.name) }, geometry: { type: 'Point', coordinates: [lng, lat] } });
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lng);
    east = Math.max(east, lng);
  }
  load(points);
  map = L.map('map', { maxZoom: 19 });
  layer = L.geoJson(null, { pointToLayer }).addTo(map);
  map.fitBounds([[south, west], [north, east]], { animate: false });
  update();
  map.on('moveend', update);
}

function onInput(event) {
  const query = event.target.value.toLowerCase();
  load(query ? points.filter((point) => point.properties.name.toLowerCase().includes(query)) : points);
  update();
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
