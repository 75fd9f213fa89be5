// Watches what a site is made of (content, theme, templates, config) with chokidar.
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface SiteWatcher {
  /** Watch exactly these paths from now on (files or folders; missing ones are picked up when created). */
  setPaths(paths: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface WatchOptions {
  paths: string[];
  /** Folders whose changes never matter (the dev output, the cache), even when inside a watched one. */
  ignoreDirs(): string[];
  onChange(file: string): void;
  onError(error: unknown): void;
}

/** Start watching; resolves once the initial scan is done, so no later change is missed. */
export async function watchSite(options: WatchOptions): Promise<SiteWatcher> {
  let watched = [...new Set(options.paths)];
  const roots = () => new Set(watched.map((p) => path.resolve(p)));
  let rootSet = roots();
  const ignored = (file: string) => {
    const abs = path.resolve(file);
    if (rootSet.has(abs)) return false;
    if (options.ignoreDirs().some((d) => abs === d || abs.startsWith(d + path.sep))) return true;
    // The build skips hidden files and folders (.git, editor swap files); so can the watcher.
    const name = path.basename(abs);
    return name.startsWith('.') || name === 'node_modules' || name.endsWith('~');
  };
  const watcher: FSWatcher = watch(watched, { ignored, ignoreInitial: true });
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
    watcher.on(event, (file: string) => options.onChange(path.resolve(file)));
  }
  watcher.on('error', options.onError);
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    async setPaths(paths) {
      const next = [...new Set(paths)];
      const gone = watched.filter((p) => !next.includes(p));
      const added = next.filter((p) => !watched.includes(p));
      watched = next;
      rootSet = roots();
      if (gone.length) watcher.unwatch(gone);
      if (added.length) watcher.add(added);
    },
    close: () => watcher.close(),
  };
}
