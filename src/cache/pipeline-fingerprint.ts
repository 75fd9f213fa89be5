import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { hashOf } from '../shared/hash.js';

const PACKAGES = ['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-stringify', 'rehype-raw', 'rehype-sanitize'];

/**
 * A hash of everything that decides how Markdown becomes HTML: the versions of the unified
 * packages and our own pipeline source. Part of every body cache key, so upgrading either
 * invalidates the cache by itself.
 */
export function pipelineFingerprint(): string {
  const require = createRequire(import.meta.url);
  const parts: string[] = [];
  for (const name of PACKAGES) {
    try {
      const pkg = JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
      parts.push(`${name}@${pkg.version}`);
    } catch {
      parts.push(`${name}@none`);
    }
  }
  const own = path.join(path.dirname(fileURLToPath(import.meta.url)), '../render/markdown');
  if (fs.existsSync(own)) {
    for (const f of fs.readdirSync(own).sort()) {
      if (/\.(js|ts)$/.test(f)) parts.push(f, fs.readFileSync(path.join(own, f), 'utf8'));
    }
  }
  return hashOf(...parts);
}
