// Makes a screenshot PNG smaller without a native tool: decodes Chromium's 8-bit RGB(A) PNG,
// maps its colours to a palette of at most 256 (the most frequent colours; every other colour to
// the nearest of them, which for a UI screenshot is a shade of anti-aliased text) and writes an
// indexed PNG at deflate level 9. Used by scripts/studio-screenshots.mjs.
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** RGBA pixels of an 8-bit, non-interlaced RGB or RGBA PNG. */
export function decodePng(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(width * height * 4);
  const previous = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels] : 0;
      const b = previous[x];
      const c = x >= channels ? previous[x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = value & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      pixels[at] = row[x * channels];
      pixels[at + 1] = row[x * channels + 1];
      pixels[at + 2] = row[x * channels + 2];
      pixels[at + 3] = channels === 4 ? row[x * channels + 3] : 255;
    }
    row.copy(previous);
  }
  return { width, height, pixels };
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** The PNG again with at most 256 colours (opaque screenshots: alpha is dropped). */
export function paletted(png) {
  const { width, height, pixels } = decodePng(png);
  const counts = new Map();
  for (let i = 0; i < pixels.length; i += 4) {
    const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const palette = [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 256).map(([key]) => key);
  const index = new Map(palette.map((key, n) => [key, n]));
  for (const key of counts.keys()) {
    if (index.has(key)) continue;
    const [r, g, b] = [key >> 16, (key >> 8) & 0xff, key & 0xff];
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((other, n) => {
      const dr = r - (other >> 16);
      const dg = g - ((other >> 8) & 0xff);
      const db = b - (other & 0xff);
      const distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
      if (distance < bestDistance) [best, bestDistance] = [n, distance];
    });
    index.set(key, best);
  }
  const raw = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      raw[y * (width + 1) + 1 + x] = index.get((pixels[at] << 16) | (pixels[at + 1] << 8) | pixels[at + 2]);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 3;
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((key, n) => {
    plte[n * 3] = key >> 16;
    plte[n * 3 + 1] = (key >> 8) & 0xff;
    plte[n * 3 + 2] = key & 0xff;
  });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
