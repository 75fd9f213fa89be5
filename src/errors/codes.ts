// The catalogue of error codes. Each code has a title; messages say what happened and how to fix it.

export const ERROR_CODES = {
  CONFIG_NOT_FOUND: 'Config file not found',
  CONFIG_INVALID: 'Invalid site configuration',
  CONFIG_SYNTAX: 'Config file cannot be parsed',
  CONTENT_NOT_FOUND: 'Content folder not found',
  FRONT_MATTER_SYNTAX: 'Front matter cannot be parsed',
  FRONT_MATTER_INVALID: 'Invalid front matter',
  FILE_UNREADABLE: 'File cannot be read',
  DUPLICATE_URL: 'Two pages would have the same URL',
  UNSAFE_PATH: 'Path escapes the output folder',
  UNKNOWN_ARTICLE_REF: 'Front matter refers to an unknown article',
  TEMPLATE_ERROR: 'Template error',
  TEMPLATE_NOT_FOUND: 'Template not found',
  MARKDOWN_ERROR: 'Markdown cannot be rendered',
  OUTPUT_NOT_EMPTY: 'Output folder holds files Broadsheet did not write',
  OUTPUT_UNSAFE: 'Output folder is not safe to write to',
  WRITE_FAILED: 'Output cannot be written',
  CLI_USAGE: 'Invalid command line',
  // issue 5: broadsheet dev
  DEV_SERVER_FAILED: 'Preview server cannot start',
  // issue 8: importing archives
  IMPORT_INPUT_INVALID: 'WordPress export cannot be read',
  IMPORT_FILE_EDITED: 'Imported file was changed since the last import',
  // issue 5: broadsheet new and broadsheet check
  ARTICLE_EXISTS: 'An article already exists at that path',
  LINK_BROKEN: 'Link to a page the site does not have',
  IMAGE_MISSING: 'Image not found',
  ALT_TEXT_MISSING: 'Image without alt text',
  // Issue 7: photos, search index, static files.
  PHOTO_MISSING: 'Photo not found',
  PHOTO_UNREADABLE: 'Photo cannot be read',
  SEARCH_INDEX_FAILED: 'Search index cannot be built',
  // Issue 6: hostile and broken input.
  INVALID_UTF8: 'File is not valid UTF-8',
  EMPTY_ARTICLE: 'Article file is empty',
  SYMLINK_SKIPPED: 'Symbolic link not followed',
  UNUSABLE_TERM: 'Name has no letters or digits to make an address from',
  TERM_MERGED: 'Different names share one page',
  PATH_SHORTENED: 'Name too long for a file name',
  BUILD_INTERRUPTED: 'Build interrupted',
  // Issue 12: content can never run code, publish scripts or reach outside its place.
  FRONT_MATTER_LANGUAGE: 'Front matter language not supported',
  CONTENT_FILE_SKIPPED: 'Content file not published',
  BOOKKEEPING_PATH_UNSAFE: 'Bookkeeping file names a path outside its folder',
  DEV_HOST_REFUSED: 'Request for a host name the preview server does not serve',
  RESERVED_PATH: 'Path reserved for files Broadsheet writes',
  PATH_TWINS: 'Two published paths differ only in case or Unicode form',
  FOLDERS_OVERLAP: 'Output, cache and content folders overlap',
  // Issue 13: bounded, concurrent-safe builds.
  ARTICLE_TOO_LARGE: 'Article exceeds a size limit',
  MARKDOWN_TOO_COMPLEX: 'Article body is too deeply nested or too dense to render safely',
  RENDER_TIMEOUT: 'Article took too long to render',
  OUTPUT_LOCKED: 'Another build is using the output or cache folder',
  NOTHING_PUBLISHED: 'No article could be published',
  HTML_REMOVED: 'Unsafe HTML was removed from an article',
  MANIFEST_DAMAGED: 'Record of the last build is damaged',
  // Issue 14: what used to reach users as a plain RangeError.
  SITEMAP_TOO_LARGE: 'Too many sitemap files for one sitemap index',
  INTERNAL_ERROR: 'Broadsheet failed unexpectedly',
  // Issue 18: a package newsrooms install, configure and extend.
  CONFIG_AMBIGUOUS: 'More than one config file',
  PLUGIN_FAILED: 'Markdown plugin failed',
  PLUGIN_NOT_FOUND: 'Markdown plugin cannot be loaded',
  INIT_EXISTS: 'File already exists',
  SERVE_FAILED: 'Site server cannot start',
  THEME_INVALID: 'Templates folder is not a theme',
  DATA_INVALID: 'Data file cannot be used',
  // Issue 14: one cache seam.
  CACHE_DAMAGED: 'Cache file damaged',
  // Issue 16: multilingual sites.
  LANGUAGES_INVALID: 'The languages of the site cannot be used',
  DUPLICATE_TRANSLATION: 'Two articles are the same translation',
  // Issue 16: the language of a page.
  LANG_TAG_INVALID: 'Language tag is not valid BCP 47',
  I18N_FILE_INVALID: 'Translation file cannot be used',
  I18N_KEY_MISSING: 'Translation missing in a language',
  // Issue 15: archives from other generators build as they are.
  NOT_AN_ARTICLE: 'Page of the source site is not an article',
  DATE_FROM_FILE_TIME: 'Date taken from the file time',
  DUPLICATE_KEY: 'Front matter key written twice',
  DATA_FILE_SKIPPED: 'Data file of the source site not read',
  STATIC_FILE_SKIPPED: "File of the source site's static folder not published",
  URL_FROM_SOURCE: 'Article published at its old address',
  // Issue 15: migrated archives build as they are, nothing lost without a word.
  SYNTAX_NOT_CONVERTED: 'Template syntax from another generator was not converted',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
