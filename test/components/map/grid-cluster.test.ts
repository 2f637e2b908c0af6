import { expect } from '@open-wc/testing';
import { clusterView, toLatLng, worldX, worldY } from '../../../src/components/map/grid-cluster.js';

function points(list: Array<[number, number]>): { xs: Float64Array; ys: Float64Array } {
  return {
    xs: Float64Array.from(list, ([, lng]) => worldX(lng)),
    ys: Float64Array.from(list, ([lat]) => worldY(lat)),
  };
}

const WORLD = { x0: 0, y0: 0, x1: 1, y1: 1 };
const OPTIONS = { cellSize: 64, maxZoom: 15 };

describe('grid clustering', () => {
  it('turns world coordinates back into the same latitude and longitude', () => {
    const [lat, lng] = toLatLng(worldX(5.3), worldY(51.7));
    expect(lat).to.be.closeTo(51.7, 1e-9);
    expect(lng).to.be.closeTo(5.3, 1e-9);
  });

  it('groups nearby places and keeps far ones apart, counting every place once', () => {
    const { xs, ys } = points([
      [51.7, 5.3],
      [51.7001, 5.3001],
      [51.7002, 5.2999],
      [52.37, 4.9],
    ]);
    const items = clusterView(xs, ys, WORLD, 10, OPTIONS);
    expect(items.map((item) => item.count).sort()).to.deep.equal([1, 3]);
    const single = items.find((item) => item.count === 1)!;
    expect(single.index).to.equal(3);
  });

  it('shows every place on its own above the clustering zoom, and only those in view', () => {
    const { xs, ys } = points([
      [51.7, 5.3],
      [51.7001, 5.3001],
      [40, -3],
    ]);
    const view = { x0: worldX(5.2), x1: worldX(5.4), y0: worldY(51.8), y1: worldY(51.6) };
    const items = clusterView(xs, ys, view, 16, OPTIONS);
    expect(items.map((item) => item.index)).to.deep.equal([0, 1]);
  });

  it('never leaves two clusters closer than half a cell', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const list: Array<[number, number]> = Array.from({ length: 5000 }, () => [51.6 + random() * 0.2, 5.2 + random() * 0.2]);
    const { xs, ys } = points(list);
    for (const zoom of [8, 11, 13, 15]) {
      const items = clusterView(xs, ys, WORLD, zoom, OPTIONS);
      expect(items.reduce((sum, item) => sum + item.count, 0)).to.equal(5000);
      const scale = 256 * 2 ** zoom;
      const clusters = items.filter((item) => item.count > 1);
      // One assertion per zoom, not one per pair: a million chai calls timed out on a loaded machine.
      let closest = Infinity;
      for (let i = 0; i < clusters.length; i++) {
        for (let j = i + 1; j < clusters.length; j++) {
          const dx = (clusters[i]!.x - clusters[j]!.x) * scale;
          const dy = (clusters[i]!.y - clusters[j]!.y) * scale;
          closest = Math.min(closest, Math.hypot(dx, dy));
        }
      }
      // Merged only with neighbours in scan order, so allow a little under half a cell for chains.
      expect(closest, `zoom ${zoom}`).to.be.greaterThan(16);
    }
  });
});
