// Vitest global setup: the suite's temp folders (every inline site, CLI build and copied archive)
// go to a fresh folder on a memory file system when the machine has one, and that folder is
// removed after the run. Tests write thousands of small files, fsync them and delete them again;
// on a disk that is a good part of the suite's time and none of what the tests check. A TMPDIR
// set by the caller is kept as it is. Workers and the CLIs that tests spawn inherit the setting.
import fs from 'node:fs';
import path from 'node:path';

const MEMORY_FS = '/dev/shm';
/** Free space the suite's temp folders may need at their peak, with room to spare (a container's /dev/shm is often 64 MB). */
const NEEDED_BYTES = 4 * 1024 ** 3;

export default function setup(): (() => void) | undefined {
  if (process.env.TMPDIR || !writable(MEMORY_FS)) return undefined;
  const dir = fs.mkdtempSync(path.join(MEMORY_FS, 'broadsheet-vitest-'));
  // Open to every user like /tmp (sticky, world-writable): tests run as root build as nobody.
  fs.chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
  return () => {
    delete process.env.TMPDIR;
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

/** Whether dir is a folder we may write with room for the suite's temp files. */
function writable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    if (!fs.statSync(dir).isDirectory()) return false;
    const { bavail, bsize } = fs.statfsSync(dir);
    return bavail * bsize >= NEEDED_BYTES;
  } catch {
    return false;
  }
}
