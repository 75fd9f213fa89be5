// Where render threads find the site's unified plugins and Handlebars helpers. Functions cannot
// cross to worker threads, so a worker imports the (trusted) config file again and reads them from
// there; the main thread uses the config's own objects.
import type { ResolvedConfig } from '../../config/index.js';
import type { PluginEntry } from '../../config/schema.js';

export interface ExtensionOptions {
  markdown: { remarkPlugins: readonly PluginEntry[]; rehypePlugins: readonly PluginEntry[] };
  helpers: Readonly<Record<string, (...args: unknown[]) => unknown>>;
}

/** Plain data (workers get it as workerData) plus, in this thread only, the live options. */
export interface ExtensionSource {
  /** The config file that holds the extensions, for workers to import again; absent for configs built in code. */
  configFile?: string;
  /** Folder module specifiers are resolved from. */
  root: string;
  /** The extensions themselves; dropped on the way to a worker. */
  options?: ExtensionOptions;
}

/** The extensions of a config, or undefined when it has none. */
export function extensionSource(config: ResolvedConfig): ExtensionSource | undefined {
  const { remarkPlugins, rehypePlugins } = config.markdown;
  if (!remarkPlugins.length && !rehypePlugins.length && !Object.keys(config.helpers).length) return undefined;
  return {
    ...(config.configFile ? { configFile: config.configFile } : {}),
    root: config.configFile ? dirname(config.configFile) : process.cwd(),
    options: { markdown: config.markdown, helpers: config.helpers },
  };
}

/** Can worker threads load these extensions? Not when they exist only as objects in this process. */
export function workersCanLoad(source: ExtensionSource | undefined): boolean {
  return !source || source.configFile !== undefined;
}

/** The source without its functions, as workers receive it. */
export function forWorkers(source: ExtensionSource | undefined): ExtensionSource | undefined {
  if (!source) return undefined;
  const { options: _o, ...plain } = source;
  return plain;
}

function dirname(file: string): string {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return at > 0 ? file.slice(0, at) : '.';
}
