// Wording of the problems found reading the content folder and each article's front matter.
import { worded, wordedByKind } from './define.js';

const READ_HINTS: Record<string, string> = {
  ENOENT: 'The file was moved or deleted while the site was being built: build again.',
  EACCES: 'Give the user running the build permission to read the file (ls -l shows who may).',
  EISDIR: 'A folder has a Markdown file name: rename it.',
  EIO: 'The disk reported an error reading the file: check the disk, or restore the file from a copy.',
};

const kib = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;

/** Front matter problems: the key is where the line comes from, the rest says what is wrong. */
const FRONT_MATTER_INVALID = wordedByKind({
  'not-mapping': worded<object>({
    message: () => 'The front matter is not a set of key: value pairs.',
    hint: () => 'Write one "key: value" per line between the --- lines.',
  }),
  'not-text': worded<{ key: string; found: string }>({
    message: (d) => `"${d.key}" should be text but is ${d.found}.`,
    hint: (d) => `Write ${d.key}: followed by plain text.`,
  }),
  'bad-date': worded<{ key: string; value: string; fileTime: boolean; forms: string }>({
    message: (d) => `"${d.key}" is not a valid date: ${d.value}.`,
    hint: (d) =>
      d.fileTime
        ? `Dates taken from file times change with every checkout; write the date itself, e.g. ${d.key}: 2019-10-23.`
        : `Use ISO 8601 or another form Broadsheet reads: ${d.forms}.`,
  }),
  'not-boolean': worded<{ key: string; value: string }>({
    message: (d) => `"${d.key}" should be true or false, not ${d.value}.`,
    hint: (d) => `Write ${d.key}: true or ${d.key}: false.`,
  }),
  'no-title': worded<object>({
    message: () => 'The article has no "title".',
    hint: () => 'Add a line such as: title: "Headline of the article"',
  }),
  'no-date': worded<{ fileName?: string }>({
    message: (d) =>
      d.fileName === undefined
        ? 'The article has no "date".'
        : `The article has no "date": the front matter has none, and neither the file name ${JSON.stringify(d.fileName)} nor its path starts with one.`,
    hint: () => 'Add date: 2019-10-23T09:00:00+07:00, or start the file name with 2019-10-23-.',
  }),
  'no-slug': worded<{ from: string }>({
    message: (d) => `No usable slug can be made from ${JSON.stringify(d.from)}.`,
    hint: () => 'Add slug: with letters or digits.',
  }),
  'photo-no-src': worded<{ key: string }>({
    message: (d) => `"${d.key}" has no "src".`,
    hint: (d) => `Write ${d.key}: followed by an indented src: /images/picture.jpg line.`,
  }),
  'photo-shape': worded<{ key: string }>({
    message: (d) => `"${d.key}" should be a path or a group with src, alt, credit and caption.`,
    hint: (d) => `Write ${d.key}: /images/picture.jpg`,
  }),
  'image-source': worded<{ key: string; src: string }>({
    message: (d) => `"${d.key}" ${JSON.stringify(d.src)} is not an image address this site can use.`,
    hint: () => 'Write a path such as /images/2019/10/photo.jpg or an https:// URL.',
  }),
  correction: worded<object>({
    message: () => 'Each correction needs a "date" and a "text".',
    hint: () => 'Write corrections: then lines "- date: 2019-10-24" and "  text: What was corrected."',
  }),
  // `shown` is the page's file as the user knows it: pages/about.md, or content/about.md with type: page.
  'page-no-title': worded<{ shown: string }>({
    message: (d) => `The page ${d.shown} has no title.`,
    hint: () => 'Add a line "title: About us" to its front matter.',
  }),
  'page-type': worded<{ shown: string; type: string }>({
    message: (d) => `The page ${d.shown} has "type: ${d.type}"; the only type a page takes is "page".`,
    hint: () => 'Write type: page, or remove the line.',
  }),
  'page-keys': worded<{ shown: string; unknown: readonly string[]; known: readonly string[]; inContent: boolean }>({
    message: (d) => `The page ${d.shown} has front matter a page does not use: ${d.unknown.join(', ')}.`,
    hint: (d) =>
      d.inContent
        ? `A page takes ${d.known.join(', ')}; to publish the file as a dated article instead, remove "type: page".`
        : `A page takes ${d.known.join(', ')}; dated stories belong in the content folder.`,
  }),
  'page-home': worded<{ shown: string; inContent: boolean }>({
    message: (d) => `${d.shown} would be the home page, which lists the latest articles.`,
    hint: (d) =>
      d.inContent ? 'Name it after its address, e.g. about.md for /about/.' : 'Name it after its address, e.g. pages/about.md for /about/.',
  }),
  'page-template': worded<{ shown: string; template: string }>({
    message: (d) => `The template "${d.template}" of ${d.shown} is not a template name.`,
    hint: () => 'Use a name such as "page" for pages/page.hbs of the theme.',
  }),
});

export const LOAD_WORDING = {
  CONTENT_NOT_FOUND: worded<{ dir: string }>({
    message: (d) => `The content folder ${d.dir} does not exist.`,
    hint: () => 'Create it with one Markdown file per article, or point --content at your articles.',
  }),
  FILE_UNREADABLE: wordedByKind({
    /** errno picks the hint: a moved file, a permission, a folder with a Markdown name, a disk error. */
    read: worded<{ file: string; reason: string; errno?: string | undefined }>({
      message: (d) => `${d.file} cannot be read: ${d.reason}.`,
      hint: (d) => READ_HINTS[d.errno ?? ''] ?? 'Check the file permissions.',
    }),
    changed: worded<{ file: string }>({
      message: (d) => `${d.file} changed while the site was being built.`,
      hint: () => 'Run the build again once the file is saved.',
    }),
    'import-input': worded<{ file: string; reason: string }>({
      message: (d) => `${d.file} cannot be read: ${d.reason}.`,
      hint: () => 'Check the path.',
    }),
  }),
  INVALID_UTF8: wordedByKind({
    name: worded<{ file: string }>({
      message: (d) =>
        `The file name ${JSON.stringify(d.file)} is not valid UTF-8 (shown with \uFFFD where its bytes are), so it cannot be opened by name.`,
      hint: () => 'Rename the file with a UTF-8 name, for example with convmv -f latin1 -t utf8 --notest, then build again.',
    }),
    text: worded<{ file: string; line: number }>({
      message: (d) => `${d.file} is not valid UTF-8 (first on line ${d.line}); the bad bytes are shown as "\uFFFD".`,
      hint: () => 'Save the file as UTF-8 (it may be in Windows-1252 or Latin-1), e.g. iconv -f WINDOWS-1252 -t UTF-8.',
    }),
  }),
  EMPTY_ARTICLE: worded<{ file: string }>({
    message: (d) => `${d.file} is empty, so there is no article to publish; it was left out.`,
    hint: () => 'Write the article (front matter and text) or delete the file.',
  }),
  SYMLINK_SKIPPED: worded<{ file: string; why: string }>({
    message: (d) => `${d.file} is a symbolic link ${d.why}; it was not followed.`,
    hint: () => 'Copy the file into the content folder if it should be published.',
  }),
  CONTENT_FILE_SKIPPED: worded<{ named: readonly string[]; count: number }>({
    message: (d) => {
      const more = d.count > d.named.length ? `, and ${d.count - d.named.length} more` : '';
      const verb = d.count === 1 ? 'file in the content folder is' : 'files in the content folder are';
      return `${d.count} ${verb} not published: ${d.named.join(', ')}${more}. The content folder publishes articles and media files (images, audio, video, PDF, fonts) only.`;
    },
    hint: () =>
      'Put files that must be published as they are (HTML, scripts, SVG) in the static folder, which is published verbatim; delete them otherwise.',
  }),
  RESERVED_PATH: wordedByKind({
    file: worded<{ file: string; why: string }>({
      message: (d) => `${d.file} would be published where the site writes its own files: ${d.why}.`,
      hint: () => 'Move the file to another folder and update the links to it.',
    }),
    alias: worded<{ alias: string; why: string }>({
      message: (d) => `The alias ${JSON.stringify(d.alias)} cannot be used: ${d.why}.`,
      hint: () => 'Remove this alias: that address belongs to the site itself (feeds, sitemaps, headers, search, our own files).',
    }),
    permalink: worded<{ file: string; path: string; why: string }>({
      message: (d) => `The permalink of ${d.file} would be ${JSON.stringify(d.path)}, but ${d.why}.`,
      hint: () => 'Change the slug (or the "permalink" pattern) so the article has an address of its own.',
    }),
    page: worded<{ file: string; url: string; why: string }>({
      message: (d) => `The page ${d.file} would be published at ${JSON.stringify(d.url)}, but ${d.why}.`,
      hint: () => 'Rename the file or move it to another folder under pages/.',
    }),
  }),
  PATH_TWINS: worded<{ first: string; second: string; how: string }>({
    message: (d) =>
      `${JSON.stringify(d.first)} and ${JSON.stringify(d.second)} differ only in ${d.how}: hosts and file systems that fold ${d.how} would publish one over the other.`,
    hint: () => 'Rename or delete one of them, and point the articles that use it at the other.',
  }),
  PATH_SHORTENED: worded<{ alias: string }>({
    message: (d) =>
      `The alias ${JSON.stringify(d.alias)} is too long for a file name (over 255 bytes), so no redirect page is written for it; only the _redirects file redirects it.`,
    hint: () => 'Serve the site from a host that reads _redirects, or shorten the alias.',
  }),
  FRONT_MATTER_LANGUAGE: worded<{ tag: string }>({
    message: (d) =>
      `The front matter is marked as ${JSON.stringify(d.tag)}, which Broadsheet does not read: front matter is data (YAML, TOML or JSON), never code.`,
    hint: () => 'Write the front matter in YAML after a line holding only ---, or mark it ---toml or ---json.',
  }),
  FRONT_MATTER_SYNTAX: wordedByKind({
    unclosed: worded<{ fence: string }>({
      message: () => `The front matter opened on line 1 is never closed.`,
      hint: (d) => `End the front matter with a line holding only ${d.fence}.`,
    }),
    'json-unclosed': worded<object>({
      message: () => 'The JSON front matter that opens on line 1 is never closed.',
      hint: () => 'Check the braces and quotes of the JSON object at the top of the file.',
    }),
    parse: worded<{ format: string; reason: string }>({
      message: (d) => `The ${d.format.toUpperCase()} front matter cannot be parsed: ${d.reason}.`,
      hint: (d) =>
        d.format === 'yaml'
          ? 'Put values that contain ": " or start with a special character (*, &, [, {, >, |, @, `) in double quotes.'
          : `Check the ${d.format.toUpperCase()} syntax near that line.`,
    }),
  }),
  FRONT_MATTER_INVALID,
  ARTICLE_TOO_LARGE: wordedByKind({
    expanded: worded<{ limit: number }>({
      message: (d) =>
        `The front matter expands to more than ${d.limit.toLocaleString('en')} values and characters (YAML aliases repeating the same data).`,
      hint: () => 'Write the values out instead of repeating them through &anchors and *aliases.',
    }),
    'front-matter-bytes': worded<{ file: string; size: number; limit: number }>({
      message: (d) => `The front matter of ${d.file} is ${kib(d.size)}, more than the limit of ${kib(d.limit)}.`,
      hint: () =>
        'Front matter holds an article\'s title, date and tags; move long data into the body or a file of its own, or raise "limits.frontMatterBytes" in the config.',
    }),
    'front-matter-depth': worded<{ file: string; depth: number; limit: number }>({
      message: (d) => `The front matter of ${d.file} nests ${d.depth} levels deep, more than the limit of ${d.limit}.`,
      hint: () =>
        'This is usually damaged or generated data: fix the line, or raise "limits.frontMatterDepth" in the config if it is meant.',
    }),
    param: worded<{ key: string; why: 'bytes' | 'depth'; limit: number }>({
      message: (d) =>
        d.why === 'bytes'
          ? `The front matter key "${d.key}" holds more than ${d.limit} bytes of data once its YAML aliases are expanded.`
          : `The front matter key "${d.key}" nests deeper than ${d.limit} levels.`,
      hint: () =>
        'Remove the key or its aliases (&name / *name); if the data is meant, raise "limits.paramsBytes" or "limits.frontMatterDepth" in the config.',
    }),
    body: worded<{ file: string; size: string; limit: string }>({
      message: (d) => `The body of ${d.file} is ${d.size}, more than the limit of ${d.limit}.`,
      hint: () =>
        'Split the article into parts, move data tables or transcripts to files of their own, or raise "limits.bodyBytes" in the config.',
    }),
    memory: worded<{ what: string; limitMb: number }>({
      message: (d) => `Rendering ${d.what} needed more than ${d.limitMb} MB of memory, so it was stopped.`,
      hint: () =>
        'Split the article, or lower "limits.tableCells" and "limits.bodyBytes" so that such bodies are refused before rendering.',
    }),
  }),
  BOOKKEEPING_PATH_UNSAFE: wordedByKind({
    manifest: worded<{ file: string; path: unknown; reason: string; outDir: string; stateDir: string }>({
      message: (d) => bookkeepingMessage(d),
      hint: (d) => `Delete the output folder ${d.outDir} (or only its ${d.stateDir} folder) and build again.`,
    }),
    journal: worded<{ file: string; path: unknown; reason: string }>({
      message: (d) => bookkeepingMessage(d),
      hint: (d) => `Delete ${d.file} and build again; if the output folder looks wrong, delete it too and build from scratch.`,
    }),
    import: worded<{ file: string; path: unknown; reason: string; name: string }>({
      message: (d) => bookkeepingMessage(d),
      hint: (d) => `Delete ${d.name} and import again: files written before are found by their wordpress_id.`,
    }),
  }),
};

function bookkeepingMessage(d: { file: string; path: unknown; reason: string }): string {
  return `${d.file} names the path ${JSON.stringify(d.path)}, which ${d.reason}: it would reach outside its folder, so nothing in that file was acted on.`;
}
