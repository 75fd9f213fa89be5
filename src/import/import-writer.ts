// Writes imported articles into the content folder, and remembers in a manifest
// (.broadsheet-import.json, hidden so it is never published) which file each post became and
// the hash of what was written. A re-run then rewrites only what changed in WordPress and never
// a file someone edited since, unless forced; two posts never share a file.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { uncontainedReason, unsafeBookkeepingPath } from '../shared/contained-path.js';
import { hashOf } from '../shared/hash.js';
import type { ImportedArticle } from './item-to-article.js';

export const MANIFEST_NAME = '.broadsheet-import.json';

interface Manifest {
  version: 1;
  /** WordPress post id -> the file written for it (relative, POSIX) and the hash of its bytes. */
  items: Record<string, { file: string; hash: string }>;
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'edited' | 'deleted' | 'forced';

export interface WriteResult {
  outcome: WriteOutcome;
  file: string;
  /** True when the plain slug was taken by another post and the id was added to the file name. */
  renamed: boolean;
}

export interface ImportWriter {
  write(article: ImportedArticle): WriteResult;
  /** Record what was written; called at the end and now and then on the way. */
  save(): void;
}

/** Open the writer for a content folder; force overwrites files edited since they were imported. */
export function openImportWriter(contentDir: string, options: { force: boolean }): ImportWriter {
  const manifestFile = path.join(contentDir, MANIFEST_NAME);
  const manifest = readManifest(manifestFile);
  const taken = new Set(Object.values(manifest.items).map((e) => e.file));
  let unsaved = 0;

  const writer: ImportWriter = {
    write(article) {
      const text = articleText(article);
      const hash = hashOf(text);
      const known = Object.hasOwn(manifest.items, article.id) ? manifest.items[article.id] : undefined;
      const { file, renamed } = known ? { file: known.file, renamed: false } : freePath(contentDir, article, taken);
      const abs = path.join(contentDir, file);
      const current = readIfExists(abs);
      let outcome: WriteOutcome;
      if (known && current === undefined) outcome = options.force ? 'forced' : 'deleted';
      else if (current === undefined) outcome = 'created';
      else if (hashOf(current) === hash) outcome = 'unchanged';
      else if (known && hashOf(current) === known.hash) outcome = 'updated';
      else outcome = options.force ? 'forced' : 'edited';
      if (outcome === 'created' || outcome === 'updated' || outcome === 'forced') writeAtomically(abs, text);
      if (outcome !== 'edited' && outcome !== 'deleted') manifest.items[article.id] = { file, hash };
      taken.add(file);
      if (++unsaved >= 500) writer.save();
      return { outcome, file, renamed };
    },
    save() {
      const items = Object.fromEntries(Object.entries(manifest.items).sort(([a], [b]) => Number(a) - Number(b) || (a < b ? -1 : 1)));
      const text = `${JSON.stringify({ version: 1, items }, null, 1)}\n`;
      if (readIfExists(manifestFile) !== text) writeAtomically(manifestFile, text);
      unsaved = 0;
    },
  };
  return writer;
}

/** The file's text: YAML front matter in a fixed key order, a blank line, the Markdown. */
export function articleText(article: ImportedArticle): string {
  // The core schema, as the loader reads it: dates stay plain (unquoted) text.
  const front = yaml.dump(article.frontMatter, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' });
  return `---\n${front}---\n\n${article.body}\n`;
}

// YYYY/MM/slug.md, or YYYY/MM/slug-ID.md when another post or a file this import did not write
// has that name. A file carrying this post's wordpress_id is this post's from an earlier run.
function freePath(contentDir: string, article: ImportedArticle, taken: Set<string>): { file: string; renamed: boolean } {
  for (let n = 0; ; n++) {
    const stem = n === 0 ? article.slug : n === 1 ? `${article.slug}-${article.id}` : `${article.slug}-${article.id}-${n}`;
    const file = `${article.dir}/${stem}.md`;
    if (taken.has(file)) continue;
    const current = readIfExists(path.join(contentDir, file));
    if (current === undefined || new RegExp(`^wordpress_id: "?${escapeRegExp(article.id)}"?$`, 'm').test(current)) {
      return { file, renamed: n > 0 };
    }
  }
}

function readManifest(file: string): Manifest {
  const text = readIfExists(file);
  if (text === undefined) return { version: 1, items: {} };
  let parsed: Manifest | undefined;
  try {
    parsed = JSON.parse(text) as Manifest;
  } catch {
    // A damaged manifest is replaced; files it named are then found by their wordpress_id.
  }
  if (parsed?.version !== 1 || !parsed.items || typeof parsed.items !== 'object') return { version: 1, items: {} };
  // The manifest sits in the content folder, where anyone with commit access can edit it: a
  // "file" of "../x" or "_headers" would make the import write there.
  for (const entry of Object.values(parsed.items)) {
    const rel: unknown = (entry as { file?: unknown } | null)?.file;
    const reason = uncontainedReason(rel) ?? (/\.md$/.test(rel as string) ? undefined : 'is not a Markdown file');
    if (reason) {
      throw unsafeBookkeepingPath(file, rel, reason, { kind: 'import', name: path.basename(file) });
    }
  }
  return parsed;
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
