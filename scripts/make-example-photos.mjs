// Makes the example archive's sample photos (static/images/...): painted scenes rasterised by
// sharp, so the repository carries a few small real JPEGs without anyone's copyrighted pictures.
// Run once: node scripts/make-example-photos.mjs (the results are committed).
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
