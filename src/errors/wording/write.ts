// Wording of the problems found writing the output folder.
import { worded, wordedByKind } from './define.js';

const WRITE_HINTS: Record<string, (dir: string) => string> = {
  EACCES: (dir) =>
    `Broadsheet may not write in ${dir}: give the user running the build write permission there (ls -ld shows who may), or choose another folder with --out.`,
  EPERM: (dir) =>
    `The system refused the change in ${dir}: check its permissions and whether a file there is locked or immutable, or choose another folder with --out.`,
  ENOSPC: () => 'The disk is full: free some space (or use a larger disk for --out and --cache-dir), then build again.',
  EDQUOT: () => 'Your disk quota is used up: free some space or ask for a larger quota, then build again.',
  EROFS: (dir) => `${dir} is on a read-only file system: choose a writable folder with --out.`,
  ENAMETOOLONG: () => 'A file name in that path is too long for this file system: shorten the slug, section or alias behind it.',
  EMFILE: () => 'Too many files are open: raise the limit (ulimit -n) or use fewer --workers, then build again.',
  ENOTDIR: (dir) => `A file stands where a folder is needed in ${dir}: remove it, then build again.`,
  EISDIR: () => 'A folder stands where a file is needed: remove it, then build again.',
};

/** What the output folder holds after a failed write, said at the end of the message. */
export type AfterFailure = 'old site' | 'commit pending';

const AFTER: Record<AfterFailure, string> = {
  'old site': 'The output folder was left as it was.',
  'commit pending': 'The new site is half moved into place; the next build finishes the move once the cause is fixed.',
};

const DEV_OUT_HINT = 'Leave out --out (dev then uses .broadsheet-cache/dev-site/), or name an empty folder of its own.';

export const WRITE_WORDING = {
  OUTPUT_NOT_EMPTY: worded<{ outDir: string }>({
    message: (d) => `The output folder ${d.outDir} already holds files, and no Broadsheet build wrote them.`,
    hint: () => 'Empty or delete that folder, or choose another with --out; Broadsheet replaces the whole folder.',
  }),
  OUTPUT_UNSAFE: wordedByKind({
    contains: worded<{ outDir: string; dir: string }>({
      message: (d) => `The output folder ${d.outDir} is, or contains, ${d.dir}; a build replaces the output folder's contents.`,
      hint: () => 'Choose a dedicated folder such as ./dist with --out.',
    }),
    'dev-published': worded<{ devOutDir: string; outDir: string }>({
      message: (d) => `dev would write drafts into ${d.devOutDir}, which is the site's published output (${d.outDir}).`,
      hint: () => DEV_OUT_HINT,
    }),
    'dev-production': worded<{ devOutDir: string }>({
      message: (d) => `dev would write drafts into ${d.devOutDir}, which holds a production build.`,
      hint: () => DEV_OUT_HINT,
    }),
  }),
  WRITE_FAILED: wordedByKind({
    /** errno picks the hint, dir is the nearest existing folder of the failed path. */
    output: worded<{ target: string; reason: string; after: AfterFailure; errno?: string | undefined; dir: string }>({
      message: (d) => `${d.target} cannot be written: ${d.reason}. ${AFTER[d.after]}`,
      hint: (d) =>
        WRITE_HINTS[d.errno ?? '']?.(d.dir) ?? 'Check free disk space and the permissions of the output folder, then build again.',
    }),
    init: worded<{ target: string; reason: string }>({
      message: (d) => `${d.target} cannot be written: ${d.reason}.`,
      hint: () => 'Check that the folder is writable, or run broadsheet init in another one.',
    }),
    article: worded<{ target: string; reason: string }>({
      message: (d) => `${d.target} cannot be written: ${d.reason}.`,
      hint: () => 'Check that the content folder exists and is writable, or point --content at it.',
    }),
  }),
  OUTPUT_LOCKED: worded<{ what: string; file: string; holder?: { pid: number; host: string; started: string } | undefined }>({
    message: (d) => {
      const who = d.holder ? `process ${d.holder.pid} on ${d.holder.host}, started ${d.holder.started}` : 'another build';
      return `The ${d.what} is in use by another build (${who}).`;
    },
    hint: (d) => `Wait for that build to finish or stop it, then build again. If no such build is running, delete ${d.file}.`,
  }),
  MANIFEST_DAMAGED: worded<{ manifest: string; outDir: string }>({
    message: (d) =>
      `The record of the last build in ${d.manifest} is damaged, so Broadsheet cannot tell which files in ${d.outDir} it wrote.`,
    hint: (d) =>
      `Delete ${d.manifest} only if everything in ${d.outDir} came from Broadsheet, or delete the whole folder; the next build then writes the site whole.`,
  }),
  CACHE_DAMAGED: worded<
    | { kind: 'articles'; file: string }
    | { kind: 'body'; article: string }
    | { kind: 'photos'; file: string }
    | { kind: 'rendition'; file: string }
  >({
    message: (d) => {
      const what =
        d.kind === 'articles'
          ? `front matter in ${d.file}`
          : d.kind === 'body'
            ? `body of ${d.article}`
            : d.kind === 'photos'
              ? `photo index ${d.file}`
              : `photo rendition ${d.file}`;
      return `The cached ${what} did not match its checksum (a torn write or an edit), so it was not used and is made again.`;
    },
    hint: () => 'Nothing to do: this build made it again. If it happens often, check the disk that holds the cache folder.',
  }),
  NOTHING_PUBLISHED: worded<{ count: number }>({
    message: (d) =>
      `All ${d.count} article${d.count === 1 ? ' was' : 's were'} left out with errors, so the site would have no articles; the output folder was left as it was.`,
    hint: () => 'Fix the problems listed above (run broadsheet check to see them all), then build again.',
  }),
};
