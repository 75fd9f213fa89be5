// Makes the example archive's sample photos (static/images/...): painted scenes rasterised by
// sharp, so the repository carries a few small real JPEGs without anyone's copyrighted pictures.
// Run once: node scripts/make-example-photos.mjs (the results are committed; the JPEGs stay under 60 KB).
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const W = 1200;
const H = 800;
const scenes = {
  'images/2019/10/watch-list.jpg': ['#2d4a6b', '#c9b38a', '#6b2d2d'],
  'images/2019/10/court-hearing.jpg': ['#3b3b3b', '#a68b5b', '#1f3d2b'],
  'images/2019/10/deportees.jpg': ['#7fa7c9', '#e3d3b0', '#4a5a3a'],
};

for (const [rel, [sky, ground, accent]] of Object.entries(scenes)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#f4efe6"/></linearGradient>
  <filter id="b"><feGaussianBlur stdDeviation="6"/></filter></defs>
  <rect width="${W}" height="${H}" fill="url(#s)"/>
  <rect y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="${ground}"/>
  <g filter="url(#b)">${Array.from({ length: 14 }, (_, i) => {
    const x = 60 + i * 110;
    const h = 180 + ((i * 53) % 170);
    return `<rect x="${x}" y="${H * 0.62 - h}" width="70" height="${h}" rx="30" fill="${accent}" opacity="0.85"/><circle cx="${x + 35}" cy="${H * 0.62 - h - 40}" r="34" fill="${accent}"/>`;
  }).join('')}</g>
  <rect x="${W * 0.3}" y="${H * 0.12}" width="${W * 0.4}" height="${H * 0.16}" fill="#f4efe6" opacity="0.9"/>
</svg>`;
  const out = path.join('static', rel);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await sharp(Buffer.from(svg)).jpeg({ quality: 72, mozjpeg: true }).toFile(out);
  console.log(out, fs.statSync(out).size);
}

// The sample photos of most example articles (content/images/sample/*.jpg): a painted scene per
// subject, each marked "Sample photo" so no reader takes it for a picture of a real event.
const SW = 1200;
const SH = 675;
/** Subject -> [sky, ground, accent, motif]. */
const samples = {
  parliament: ['#8fb3d9', '#cfc6b4', '#7a3b2e', 'columns'],
  river: ['#9ec9e2', '#3f7f8f', '#2f5d3a', 'water'],
  factory: ['#b9c2cc', '#8a8f96', '#4b5563', 'blocks'],
  stadium: ['#6fa8dc', '#3f8f3f', '#f2f2f2', 'stands'],
  city: ['#f2c59b', '#9a9a9a', '#34495e', 'blocks'],
  'rice-field': ['#bde0f7', '#7fb24a', '#4e7d2a', 'rows'],
  clinic: ['#d6eaf8', '#e8e2d5', '#2e86c1', 'columns'],
  food: ['#f5cba7', '#b9770e', '#c0392b', 'dots'],
  road: ['#f9e79f', '#7b7d7d', '#f4d03f', 'road'],
  haze: ['#c8b89a', '#a39b8b', '#6e6658', 'blocks'],
  classroom: ['#fdebd0', '#a0522d', '#1e8449', 'rows'],
  crafts: ['#f6ddcc', '#935116', '#a93226', 'dots'],
  world: ['#85c1e9', '#1f618d', '#27ae60', 'dots'],
  port: ['#aed6f1', '#21618c', '#e67e22', 'stacks'],
  market: ['#fad7a0', '#a04000', '#e74c3c', 'stalls'],
  festival: ['#2c3e50', '#1a5276', '#f1c40f', 'lights'],
  music: ['#4a235a', '#2e4053', '#f5b041', 'lights'],
  temple: ['#f8c471', '#b7950b', '#784212', 'spires'],
};

/** Shapes for a motif, drawn over the ground line at y = g. */
function motif(kind, accent, g) {
  const n = (i, m) => (i * 7919) % m;
  const list = Array.from({ length: 12 }, (_, i) => i);
  switch (kind) {
    case 'columns':
      return `<rect x="250" y="${g - 330}" width="700" height="40" fill="${accent}"/><polygon points="230,${g - 330} 600,${g - 400} 970,${g - 330}" fill="${accent}"/>${list
        .slice(0, 8)
        .map((i) => `<rect x="${280 + i * 85}" y="${g - 290}" width="40" height="290" fill="#f4efe6"/>`)
        .join('')}`;
    case 'water':
      return (
        list
          .map(
            (i) =>
              `<path d="M0 ${g + 40 + i * 22} q 150 -18 300 0 t 300 0 t 300 0 t 300 0" stroke="#dff1f7" stroke-width="4" fill="none" opacity="${0.7 - i * 0.05}"/>`,
          )
          .join('') + `<rect x="0" y="${g - 120}" width="${SW}" height="120" fill="${accent}"/>`
      );
    case 'blocks':
    case 'stacks':
      return list
        .map(
          (i) =>
            `<rect x="${i * 100 + 10}" y="${g - 120 - n(i, 260)}" width="${kind === 'stacks' ? 90 : 80}" height="${120 + n(i, 260)}" fill="${accent}" opacity="${0.6 + (i % 3) * 0.13}"/>`,
        )
        .join('');
    case 'stands':
      return (
        list
          .slice(0, 6)
          .map((i) => `<rect x="0" y="${g - 300 + i * 45}" width="${SW}" height="30" fill="${accent}" opacity="${0.25 + i * 0.1}"/>`)
          .join('') + `<ellipse cx="600" cy="${g + 120}" rx="380" ry="60" fill="none" stroke="#f2f2f2" stroke-width="6"/>`
      );
    case 'rows':
      return list.map((i) => `<path d="M${-200 + i * 140} ${SH} L600 ${g}" stroke="${accent}" stroke-width="10"/>`).join('');
    case 'dots':
    case 'lights':
      return list
        .concat(list.map((i) => i + 12))
        .map(
          (i) =>
            `<circle cx="${60 + n(i, 1100)}" cy="${kind === 'lights' ? 60 + n(i * 3, 280) : g - 40 + n(i * 3, 200)}" r="${18 + n(i, 40)}" fill="${accent}" opacity="0.8"/>`,
        )
        .join('');
    case 'road':
      return `<polygon points="420,${SH} 780,${SH} 620,${g} 580,${g}" fill="#5d6d7e"/>${list
        .slice(0, 6)
        .map((i) => `<rect x="${596 - i * 3}" y="${g + 20 + i * 45}" width="${8 + i * 6}" height="24" fill="${accent}"/>`)
        .join('')}`;
    case 'stalls':
      return list
        .slice(0, 6)
        .map(
          (i) =>
            `<polygon points="${i * 200 + 10},${g - 150} ${i * 200 + 100},${g - 220} ${i * 200 + 190},${g - 150}" fill="${accent}" opacity="${0.7 + (i % 2) * 0.2}"/><rect x="${i * 200 + 25}" y="${g - 150}" width="150" height="150" fill="#fdf2e9"/>`,
        )
        .join('');
    case 'spires':
      return list
        .slice(0, 5)
        .map(
          (i) =>
            `<polygon points="${300 + i * 150},${g} ${360 + i * 150},${g - (i === 2 ? 420 : 260)} ${420 + i * 150},${g}" fill="${accent}"/>`,
        )
        .join('');
    default:
      return '';
  }
}

for (const [name, [sky, ground, accent, kind]] of Object.entries(samples)) {
  const g = Math.round(SH * 0.64);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SW}" height="${SH}">
  <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#f7f3ea"/></linearGradient>
  <filter id="b"><feGaussianBlur stdDeviation="3"/></filter></defs>
  <rect width="${SW}" height="${SH}" fill="url(#s)"/>
  <rect y="${g}" width="${SW}" height="${SH - g}" fill="${ground}"/>
  <g filter="url(#b)">${motif(kind, accent, g)}</g>
  <rect x="24" y="${SH - 76}" width="262" height="52" fill="#111" opacity="0.72"/>
  <text x="42" y="${SH - 40}" font-family="DejaVu Sans, sans-serif" font-size="28" font-weight="bold" fill="#fff">Sample photo</text>
</svg>`;
  const out = path.join('content', 'images', 'sample', `${name}.jpg`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await sharp(Buffer.from(svg)).jpeg({ quality: 70, mozjpeg: true }).toFile(out);
  console.log(out, fs.statSync(out).size);
}

// The home-screen icon iOS asks for (static/apple-touch-icon.png, 180x180): the favicon's
// letters on a full square, since iOS rounds the corners itself and fills transparency black.
const icon = fs
  .readFileSync(path.join('static', 'favicon.svg'), 'utf8')
  .replace(' rx="8"', '')
  .replace('viewBox="0 0 64 64"', 'viewBox="0 0 64 64" width="180" height="180"');
await sharp(Buffer.from(icon))
  .flatten({ background: '#8b0000' })
  .png({ compressionLevel: 9 })
  .toFile(path.join('static', 'apple-touch-icon.png'));
console.log('static/apple-touch-icon.png', fs.statSync(path.join('static', 'apple-touch-icon.png')).size);
