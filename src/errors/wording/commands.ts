// Wording of the problems of the commands around the build: the command line, dev and serve,
// init and new, import, and what check finds in articles.
import { worded, wordedByKind } from './define.js';

/** What check says about a link or an image that leads nowhere. */
const MISSING_TARGET = {
  malformed: worded<{ noun: string; url: string }>({
    message: (d) => `The ${d.noun} ${JSON.stringify(d.url)} is not a valid URL.`,
    hint: () => 'Check for stray spaces or % signs in it.',
  }),
  outside: worded<{ noun: string; url: string; pathname: string; basePath: string }>({
    message: (d) => `The ${d.noun} ${JSON.stringify(d.url)} leads to ${d.pathname}, outside the site (which lives under ${d.basePath}/).`,
    hint: (d) => `Start site paths with ${d.basePath}/, or link relative to the article.`,
  }),
  missing: worded<{ noun: string; url: string; basePath: string; path: string }>({
    message: (d) => `The ${d.noun} ${JSON.stringify(d.url)} points to ${d.basePath}/${d.path}, which the site does not have.`,
    hint: (d) =>
      d.noun === 'image'
        ? `Put the file at ${d.path} in the content folder, or fix the path.`
        : 'Fix the address, or publish the page it points to (drafts and future articles are not published).',
  }),
};

const IMPORT_HINT = 'In WordPress, use Tools > Export > All content and pass the .xml file it downloads.';

const LISTEN = worded<{ host: string; port: number | string; reason: string; anyPort?: boolean }>({
  message: (d) => `Cannot listen on ${d.host} port ${d.port}: ${d.reason}.`,
  hint: (d) => (d.anyPort ? 'Choose another --port (0 for any free one) or --host.' : 'Choose another --port or --host.'),
});

export const COMMAND_WORDING = {
  CLI_USAGE: wordedByKind({
    'before-command': worded<{ first: string; commands: readonly string[] }>({
      message: (d) => `"${d.first}" comes before a command.`,
      hint: (d) => `Put the command first, e.g. broadsheet build ${d.first}. Commands: ${d.commands.join(', ')}.`,
    }),
    'unknown-command': worded<{ first: string; commands: readonly string[] }>({
      message: (d) => `Unknown command "${d.first}".`,
      hint: (d) => `The commands are: ${d.commands.join(', ')}. Run broadsheet --help.`,
    }),
    /** What node:util parseArgs refused. */
    option: worded<{ command: string; reason: string }>({
      message: (d) => d.reason,
      hint: (d) => `Run broadsheet ${d.command} --help to see the options.`,
    }),
    /** usage is the command's own line on the arguments it takes. */
    'extra-argument': worded<{ argument: string; usage: string }>({
      message: (d) => `Unexpected argument "${d.argument}".`,
      hint: (d) => d.usage,
    }),
    'missing-argument': worded<{ command: string; usage: string }>({
      message: (d) => `broadsheet ${d.command} needs more arguments.`,
      hint: (d) => d.usage,
    }),
    port: worded<{ raw: string; defaultPort: number }>({
      message: (d) => `--port must be a whole number from 0 to 65535, not "${d.raw}".`,
      hint: (d) => `Leave it out to use ${d.defaultPort}.`,
    }),
    workers: worded<{ raw: string }>({
      message: (d) => `--workers must be a whole number from 0 to 64, not "${d.raw}".`,
      hint: () => 'Leave it out to use one thread per core.',
    }),
    'build-format': worded<{ value: string }>({
      message: (d) => `--format must be text or json, not ${JSON.stringify(d.value)}.`,
      hint: () => 'Use --format json for tools; it prints every warning in the shape of broadsheet check --format json.',
    }),
    'check-format': worded<{ value: string; formats: readonly string[] }>({
      message: (d) => `--format must be one of ${d.formats.join(', ')}, not ${JSON.stringify(d.value)}.`,
      hint: () => 'Use --format json for tools, --format github inside GitHub Actions.',
    }),
    'import-source': worded<{ source: string }>({
      message: (d) => `Broadsheet cannot import from "${d.source}".`,
      hint: () =>
        'Import from WordPress with: broadsheet import wordpress export.xml. Jekyll, Hugo and Zola content builds as it is: see docs/migrating.md.',
    }),
    'source-date-epoch': worded<{ raw: string }>({
      message: (d) => `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not ${JSON.stringify(d.raw)}.`,
      hint: () => 'Set it with SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it.',
    }),
    'empty-headline': worded<object>({
      message: () => 'The headline is empty.',
      hint: () => 'Write it in quotes: broadsheet new "Rice farmers expect bumper harvest".',
    }),
    'no-file-name': worded<{ from: string }>({
      message: (d) => `No usable file name can be made from ${JSON.stringify(d.from)}.`,
      hint: () => 'Pass one with --slug my-headline.',
    }),
  }),
  DEV_SERVER_FAILED: LISTEN,
  DEV_HOST_REFUSED: worded<{ host: string }>({
    message: (d) => `A request asked for the host ${JSON.stringify(d.host)}, which broadsheet dev does not serve.`,
    hint: () => 'Open the preview at localhost, 127.0.0.1, [::1] or the --host value.',
  }),
  SERVE_FAILED: wordedByKind({
    'no-site': worded<{ dir: string }>({
      message: (d) => `There is no built site at ${d.dir}.`,
      hint: () => 'Build it first with broadsheet build, or name the folder: broadsheet serve public.',
    }),
    listen: LISTEN,
  }),
  INIT_EXISTS: worded<{ dir: string }>({
    message: (d) => `${d.dir} is a file, not a folder.`,
    hint: () => 'Give broadsheet init the folder to start the site in: broadsheet init my-site.',
  }),
  ARTICLE_EXISTS: worded<{ file: string }>({
    message: (d) => `${d.file} already exists; broadsheet new never replaces an article.`,
    hint: () => 'Open that file to edit it, or give the new article another file name with --slug.',
  }),
  IMPORT_INPUT_INVALID: wordedByKind({
    'not-wxr': worded<{ file: string }>({
      message: (d) => `${d.file} is an RSS file but not a WordPress export: it has no <wp:wxr_version>.`,
      hint: () => IMPORT_HINT,
    }),
    'not-rss': worded<{ tag: string }>({
      message: (d) => `The file starts with <${d.tag}>, not <rss>: it is not a WordPress export.`,
      hint: () => IMPORT_HINT,
    }),
    empty: worded<object>({
      message: () => 'The file holds no XML elements: it is not a WordPress export.',
      hint: () => IMPORT_HINT,
    }),
    'bad-xml': worded<{ reason: string }>({
      message: (d) => `The export is not well-formed XML: ${d.reason}.`,
      hint: () => 'Export the site again from Tools > Export.',
    }),
    'skipped-xml': worded<{ reason: string }>({
      message: (d) => `Skipped past a problem in the XML: ${d.reason}.`,
      hint: () => 'The text around it may need a look.',
    }),
  }),
  IMPORT_FILE_EDITED: worded<{ file: string; outcome: 'edited' | 'deleted' }>({
    message: (d) => `${d.file} was ${d.outcome === 'edited' ? 'changed' : 'deleted'} since the last import, so it was left as it is.`,
    hint: () => 'Run the import again with --force to replace it with the version from WordPress.',
  }),
  LINK_BROKEN: wordedByKind(MISSING_TARGET),
  IMAGE_MISSING: wordedByKind(MISSING_TARGET),
  ALT_TEXT_MISSING: wordedByKind({
    photo: worded<object>({
      message: () => 'The photo has no alt text. Readers using screen readers will not know what it shows.',
      hint: () => 'Add alt: with a short description of the picture under photo:.',
    }),
    image: worded<object>({
      message: () => 'The image has no alt text. Readers using screen readers will not know what it shows.',
      hint: () => 'Describe the picture between the brackets: ![Crowds at the riverside](photo.jpg).',
    }),
  }),
};
