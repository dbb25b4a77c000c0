// Draws the app icons into public/: one SVG and the PNGs a web app manifest needs (192, 512 and a
// maskable 512). Node built-ins only: shapes are rasterized here with 4×4 supersampling and the
// PNGs are written with zlib. Run `node scripts/make-icons.mjs` after changing a shape.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const PUBLIC_DIR = join(import.meta.dirname, '..', 'public');
const BLUE = [0x0b, 0x5c, 0xad];
const WHITE = [0xff, 0xff, 0xff];
const SIZE = 512;

/** A folder with a downward arrow, on a 512-unit canvas: "firmware into a folder". */
const GLYPH = [
  { kind: 'rect', x: 96, y: 136, width: 136, height: 96, radius: 20, colour: WHITE },
  { kind: 'rect', x: 96, y: 168, width: 320, height: 224, radius: 24, colour: WHITE },
  { kind: 'rect', x: 238, y: 204, width: 36, height: 96, radius: 4, colour: BLUE },
  {
    kind: 'polygon',
    points: [
      [192, 284],
      [320, 284],
      [256, 356],
    ],
    colour: BLUE,
  },
];

function insideRoundedRect(shape, px, py) {
  const { x, y, width, height, radius } = shape;
  if (px < x || py < y || px > x + width || py > y + height) return false;
  const cx = Math.min(Math.max(px, x + radius), x + width - radius);
  const cy = Math.min(Math.max(py, y + radius), y + height - radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
}

function insidePolygon(points, px, py) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inside(shape, px, py) {
  return shape.kind === 'rect'
    ? insideRoundedRect(shape, px, py)
    : insidePolygon(shape.points, px, py);
}

/**
 * The shapes of one icon on the 512 canvas. A maskable icon fills the whole square (the platform
 * cuts its own mask) and shrinks the glyph into the central safe circle (80 % of the width).
 */
function iconShapes(maskable) {
  const background = maskable
    ? { kind: 'rect', x: 0, y: 0, width: SIZE, height: SIZE, radius: 0, colour: BLUE }
    : { kind: 'rect', x: 0, y: 0, width: SIZE, height: SIZE, radius: 96, colour: BLUE };
  if (!maskable) return [background, ...GLYPH];
  const scale = 0.72;
  const move = (value) => SIZE / 2 + (value - SIZE / 2) * scale;
  const shrunk = GLYPH.map((shape) =>
    shape.kind === 'rect'
      ? {
          ...shape,
          x: move(shape.x),
          y: move(shape.y),
          width: shape.width * scale,
          height: shape.height * scale,
          radius: shape.radius * scale,
        }
      : { ...shape, points: shape.points.map(([x, y]) => [move(x), move(y)]) },
  );
  return [background, ...shrunk];
}

/** RGBA pixels of the shapes at `size`×`size`, each pixel averaged over 16 samples. */
function rasterize(shapes, size) {
  const pixels = new Uint8Array(size * size * 4);
  const unit = SIZE / size;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const sum = [0, 0, 0, 0];
      for (let sample = 0; sample < 16; sample += 1) {
        const px = (column + ((sample % 4) + 0.5) / 4) * unit;
        const py = (row + (Math.floor(sample / 4) + 0.5) / 4) * unit;
        let colour;
        for (const shape of shapes) if (inside(shape, px, py)) colour = shape.colour;
        if (!colour) continue;
        sum[0] += colour[0];
        sum[1] += colour[1];
        sum[2] += colour[2];
        sum[3] += 1;
      }
      const offset = (row * size + column) * 4;
      const covered = sum[3];
      pixels[offset] = covered ? Math.round(sum[0] / covered) : 0;
      pixels[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      pixels[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      pixels[offset + 3] = Math.round((covered / 16) * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, every row with filter type 0. */
function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) {
    pixels.subarray(row * size * 4, (row + 1) * size * 4).forEach((value, index) => {
      rows[row * (size * 4 + 1) + 1 + index] = value;
    });
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function hex([r, g, b]) {
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

function svg(shapes) {
  const elements = shapes.map((shape) =>
    shape.kind === 'rect'
      ? `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" rx="${shape.radius}" fill="${hex(shape.colour)}"/>`
      : `<polygon points="${shape.points.map((point) => point.join(',')).join(' ')}" fill="${hex(shape.colour)}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">${elements.join('')}</svg>\n`;
}

writeFileSync(join(PUBLIC_DIR, 'icon.svg'), svg(iconShapes(false)));
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
]) {
  writeFileSync(join(PUBLIC_DIR, name), encodePng(rasterize(iconShapes(maskable), size), size));
}
