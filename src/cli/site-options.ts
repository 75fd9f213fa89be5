// Flags shared by every command that reads a site (--content, --config, ...) and turning them into a config.
import type { ResolvedConfig } from '../index.js';
import { loadConfig } from '../config/index.js';
import { createProblem } from '../errors/index.js';
import type { FlagValues, OptionSpecs } from './command.js';

/** Every command that reads a site takes these. */
export const SITE_OPTIONS = {
  content: { type: 'string' },
  config: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const satisfies OptionSpecs;

/** Commands that build (build, dev) also take these. */
export const BUILD_OPTIONS = {
  ...SITE_OPTIONS,
  out: { type: 'string' },
  'base-url': { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  drafts: { type: 'boolean', default: false },
  future: { type: 'boolean', default: false },
  workers: { type: 'string' },
  timings: { type: 'boolean', default: false },
  'keep-going': { type: 'boolean', default: false },
} as const satisfies OptionSpecs;

export const SITE_OPTIONS_HELP = `  --content DIR     articles folder (default: content/, or "content" in the config)
  --config FILE     site configuration (default: ./broadsheet.config.{ts,mts,js,mjs,json,yaml,toml})
  --quiet           print only errors
  --verbose         print more detail`;

export const BUILD_OPTIONS_HELP = `${SITE_OPTIONS_HELP}
  --out DIR         output folder (default: dist/)
  --base-url URL    public address of the site, e.g. https://news.example.org/
  --drafts          also publish articles marked draft: true
  --future          also publish articles dated in the future
  --cache-dir DIR   build cache folder (default: .broadsheet-cache/)
  --no-cache        neither read nor write the build cache
  --workers N       render threads (default: one per core; 0 = render in the main
                    thread, where limits.renderSeconds is not enforced)
  --timings         print the time and counts of each stage
  --keep-going      leave out articles that fail validation (reported as warnings) instead of stopping`;

const str = (values: FlagValues, key: string): string | undefined => {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
};

/** The site's config from the flags: the config file, then --content/--out/... on top. */
export function siteConfig(values: FlagValues, cwd: string, forced: { drafts?: boolean; future?: boolean } = {}): Promise<ResolvedConfig> {
  const cacheDir = str(values, 'cache-dir');
  const flags = { content: str(values, 'content'), out: str(values, 'out'), baseUrl: str(values, 'base-url') };
  return loadConfig({
    cwd,
    ...(str(values, 'config') !== undefined ? { configFile: str(values, 'config')! } : {}),
    ...Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)),
    ...(values['no-cache'] === true ? { cacheDir: null } : cacheDir !== undefined ? { cacheDir } : {}),
    drafts: forced.drafts ?? values.drafts === true,
    future: forced.future ?? values.future === true,
  });
}

/** --workers N: a whole number from 0 to 64, or undefined for one thread per core. */
export function workersFlag(values: FlagValues): number | undefined {
  const raw = str(values, 'workers');
  if (raw === undefined) return undefined;
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    throw createProblem('CLI_USAGE', { kind: 'workers', raw: String(raw) });
  }
  return workers;
}
