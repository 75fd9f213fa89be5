#!/usr/bin/env node
// Scale check of `broadsheet import wordpress`: generates WXR exports of N and 8N posts (each with
// a featured image whose attachment comes after it, ~6 KB of classic-editor HTML, a [caption]
// and a comment), imports each into a fresh folder, and prints file size, wall time and peak RSS.
// Peak memory should stay nearly flat while the file grows 8x: the export is streamed, only
// authors, categories and attachment addresses are held.
//   node scripts/bench/import-wordpress.mjs [N]     (N defaults to 5000; needs `npm run compile`)
//   WORKERS=2 node scripts/bench/import-wordpress.mjs  converts in 2 worker threads (--workers 2)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'lib/cli/main.js');
const n = Number(process.argv[2] ?? 5000);

const paragraph =
  'The committee met on Tuesday&nbsp;morning and said the report was &#8220;unfair&#8221; &amp; out of date. ' +
  'Officials from several ministries attended, and the minutes will be published next week.';

function writeExport(file, posts) {
  const fd = fs.openSync(file, 'w');
  const w = (s) => fs.writeSync(fd, s);
  w('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" ');
  w(
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n',
  );
  w('<title>Bench</title><link>https://old.example.com</link><wp:wxr_version>1.2</wp:wxr_version>\n');
  w('<wp:base_site_url>https://old.example.com</wp:base_site_url>\n');
  w(
    '<wp:author><wp:author_login><![CDATA[vida]]></wp:author_login><wp:author_display_name><![CDATA[Taing Vida]]></wp:author_display_name></wp:author>\n',
  );
  w(
    '<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>national</wp:category_nicename><wp:cat_name><![CDATA[National]]></wp:cat_name></wp:category>\n',
  );
  for (let i = 1; i <= posts; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 2005 + (i % 20);
    const body = Array.from({ length: 25 }, () => paragraph).join('\n\n');
    w(`<item><title><![CDATA[Story number ${i}]]></title><link>https://old.example.com/${year}/${month}/${day}/story-${i}/</link>`);
    w(`<dc:creator><![CDATA[vida]]></dc:creator><content:encoded><![CDATA[${body}\n\n`);
    w(
      `[caption id="attachment_${posts + i}" width="800"]<img src="https://old.example.com/wp-content/uploads/${year}/${month}/p${i}.jpg" alt="Photo ${i}" /> Caption ${i}[/caption]]]></content:encoded>`,
    );
    w(`<excerpt:encoded><![CDATA[Summary of story ${i}.]]></excerpt:encoded><wp:post_id>${i}</wp:post_id>`);
    w(
      `<wp:post_date><![CDATA[${year}-${month}-${day} 09:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[${year}-${month}-${day} 02:00:00]]></wp:post_date_gmt>`,
    );
    w(
      `<wp:post_name><![CDATA[story-${i}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>`,
    );
    w(`<category domain="category" nicename="national"><![CDATA[National]]></category>`);
    w(
      `<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[${posts + i}]]></wp:meta_value></wp:postmeta>`,
    );
    w(
      `<wp:comment><wp:comment_id>${i}</wp:comment_id><wp:comment_content><![CDATA[A comment]]></wp:comment_content></wp:comment></item>\n`,
    );
  }
  for (let i = 1; i <= posts; i++) {
    w(
      `<item><title>p${i}</title><wp:post_id>${posts + i}</wp:post_id><wp:post_parent>${i}</wp:post_parent><wp:post_type><![CDATA[attachment]]></wp:post_type>`,
    );
    w(
      `<wp:status>inherit</wp:status><wp:attachment_url><![CDATA[https://old.example.com/wp-content/uploads/p${i}.jpg]]></wp:attachment_url>`,
    );
    w(`<excerpt:encoded><![CDATA[Caption ${i}]]></excerpt:encoded></item>\n`);
  }
  w('</channel>\n</rss>\n');
  fs.closeSync(fd);
}

console.log('# broadsheet import wordpress scale check');
console.log('posts\tfile MB\twall s\tpeak RSS MB\tms/post');
for (const posts of [n, n * 8]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-wxr-'));
  const file = path.join(dir, 'export.xml');
  writeExport(file, posts);
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M',
      process.execPath,
      cli,
      'import',
      'wordpress',
      file,
      '--out',
      path.join(dir, 'content'),
      '--quiet',
      ...(process.env.WORKERS ? ['--workers', process.env.WORKERS] : []),
    ],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const [wall, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  const mb = fs.statSync(file).size / 1e6;
  console.log(`${posts}\t${mb.toFixed(0)}\t${wall.toFixed(1)}\t${(rssKb / 1024).toFixed(0)}\t${((wall * 1000) / posts).toFixed(2)}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
