// Wording of the problems found in the site's setup: config file, folders, data, theme and plugins.
import { worded, wordedByKind } from './define.js';

const SYNTAX_HINTS: Record<string, string> = {
  '.json': 'Fix the JSON syntax (no trailing commas, keys in double quotes).',
  '.yaml': 'Fix the YAML syntax (indent with spaces, quote values that contain ": ").',
  '.toml': 'Fix the TOML syntax (strings in quotes, one key per line).',
};

const AUTHOR_HINT = 'Each author: name (required), role, bio, photo, links (a list of URLs).';

export const CONFIG_WORDING = {
  CONFIG_NOT_FOUND: worded<{ file: string }>({
    message: (d) => `There is no config file at ${d.file}.`,
    hint: () => 'Check the --config path, or leave --config out to use ./broadsheet.config.* in the current folder.',
  }),
  CONFIG_AMBIGUOUS: worded<{ dir: string; found: readonly string[] }>({
    message: (d) => `${d.dir} has ${d.found.length} config files: ${d.found.join(', ')}; Broadsheet would not know which one you mean.`,
    hint: () => 'Keep one of them, or name the one to use with --config.',
  }),
  CONFIG_SYNTAX: wordedByKind({
    /** A JSON, YAML or TOML config file the parser refused; ext picks the hint (.json when unknown). */
    parse: worded<{ name: string; ext: string; reason: string }>({
      message: (d) => `${d.name} cannot be parsed: ${d.reason}`,
      hint: (d) => SYNTAX_HINTS[d.ext === '.yml' ? '.yaml' : d.ext] ?? SYNTAX_HINTS['.json']!,
    }),
    module: worded<{ name: string; reason: string }>({
      message: (d) => `${d.name} failed to load: ${d.reason}`,
      hint: () => 'The config file is run as a module: fix the error above, and export the options as its default export.',
    }),
  }),
  CONFIG_INVALID: wordedByKind({
    /** The first schema issue; more says how many follow it. */
    value: worded<{ key: string; issue: string; more: number }>({
      message: (d) => `"${d.key}": ${d.issue}.${moreIssues(d.more)}`,
      hint: () => 'Check the key against the configuration table in README.md.',
    }),
    'unknown-key': worded<{ key: string; known: readonly string[]; more: number }>({
      message: (d) => `Unknown key "${d.key}".${moreIssues(d.more)}`,
      hint: (d) => `Remove or rename it; known keys here are: ${d.known.join(', ')}.`,
    }),
    'time-zone': worded<{ timeZone: string }>({
      message: (d) => `"timeZone": "${d.timeZone}" is not a time zone this Node.js knows.`,
      hint: () => 'Use an IANA time zone name such as "Asia/Phnom_Penh" or "UTC".',
    }),
    /** A key that once existed, with where its setting went. */
    retired: worded<{ key: 'footerLinks' }>({
      message: () => '"footerLinks" is no longer read: footer links have one source, the footer menu.',
      hint: () =>
        'Move the links to "menus": { "footer": [{ "label": "About", "url": "/about/" }] } in the config, or to data/menus.*; a link may name a page by its file ({ "label": "About", "page": "about.md" }).',
    }),
    language: worded<{ written: string }>({
      message: (d) => `"language": ${JSON.stringify(d.written)} is not a language tag.`,
      hint: () => 'Write a BCP 47 tag such as en, km, zh-CN or pt-BR.',
    }),
  }),
  FOLDERS_OVERLAP: wordedByKind({
    'cache-in-output': worded<{ cacheDir: string; outDir: string }>({
      message: (d) =>
        `The cache folder ${d.cacheDir} is inside the output folder ${d.outDir}, so drafts' rendered bodies would be published with the site.`,
      hint: () => 'Put the cache outside the output folder (the default is .broadsheet-cache/ beside it), or build with --no-cache.',
    }),
    'output-in-content': worded<{ outDir: string; contentDir: string }>({
      message: (d) =>
        `The output folder ${d.outDir} is inside the content folder ${d.contentDir}, so every build would read its own output as content.`,
      hint: () => 'Put the output folder beside the content folder, such as dist/ next to content/.',
    }),
  }),
  DATA_INVALID: wordedByKind({
    'authors-shape': worded<object>({
      message: () => 'The authors file must map author ids to profiles ({ "taing-vida": { "name": "Taing Vida" } }).',
      hint: () => AUTHOR_HINT,
    }),
    author: worded<{ id: string; key: string; issue: string }>({
      message: (d) => `Author "${d.id}"${d.key ? `, "${d.key}"` : ''}: ${d.issue}.`,
      hint: () => AUTHOR_HINT,
    }),
    menus: worded<{ key: string; issue: string }>({
      message: (d) => `Menu ${d.key ? `"${d.key}"` : ''}: ${d.issue}.`,
      hint: () => 'Menus are { "header": [{ "label": "About", "url": "/about/" }], "footer": [...] }.',
    }),
    'menu-page': worded<{ label: string; page: string; pagesDir: string }>({
      message: (d) => `The menu link "${d.label}" names the page ${d.page}, which the site does not have.`,
      hint: (d) =>
        `Create ${d.pagesDir}/${d.page} (or a content file with "type: page"), or fix the name (relative to its folder, with .md).`,
    }),
    'same-key': worded<{ first: string; second: string; key: string }>({
      message: (d) => `data/${d.first} and data/${d.second} would both be site.data.${d.key}.`,
      hint: () => 'Keep one of them.',
    }),
    syntax: worded<{ name: string; format: string; reason: string }>({
      message: (d) => `data/${d.name} cannot be parsed: ${d.reason}`,
      hint: (d) => `Fix the ${d.format} syntax of the file.`,
    }),
  }),
  THEME_INVALID: wordedByKind({
    missing: worded<{ dir: string }>({
      message: (d) => `The templates folder ${d.dir} does not exist.`,
      hint: () => 'Create it, or fix "templates" in the config (relative to the config file).',
    }),
    stray: worded<{ what: string; folders: readonly string[] }>({
      message: (d) => `The templates folder has a ${d.what}, which is not part of a theme, so nothing in it would be used.`,
      hint: (d) => `A theme's files go in ${d.folders.map((f) => `${f}/`).join(', ')}; rename or move it (see docs/themes.md).`,
    }),
  }),
  PLUGIN_NOT_FOUND: wordedByKind({
    unloadable: worded<{ ref: string; list: string; reason: string }>({
      message: (d) => `The plugin "${d.ref}" in ${d.list} cannot be loaded: ${d.reason}`,
      hint: (d) =>
        `Install it (npm install ${d.ref.startsWith('.') ? '…' : d.ref}) or fix the path; paths are relative to the config file's folder.`,
    }),
    'not-a-plugin': worded<{ ref: string; list: string }>({
      message: (d) => `The module "${d.ref}" in ${d.list} does not export a plugin function as its default export.`,
      hint: () => 'Name a unified plugin package (remark-…, rehype-…) or a module whose default export is the plugin.',
    }),
  }),
};

function moreIssues(more: number): string {
  return more > 0 ? ` (${more} more problem(s) after this one)` : '';
}
