// The Nu HTML Checker (the W3C validator, from the vnu-jar package) over some files: every error
// and warning as "type file:line message". Needs Java; .ci/run installs it when missing.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const vnu = require('vnu-jar') as string;

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Problems the checker finds in these HTML files or folders (paths in messages relative to `root`). */
export function vnuProblems(root: string, files: string[], flags: string[] = []): string[] {
  // One short run: the JVM's quick compiler only and the serial collector take less than half the
  // CPU of its defaults (which optimise for long-running servers) and check exactly the same.
  const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const run = spawnSync('java', [...jvm, '-jar', vnu, '--format', 'json', ...flags, ...files.map((f) => path.join(root, f))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`java must be installed (see .ci/run): ${run.error.message}`);
  const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  return messages.map(
    (m) =>
      `${m.type}${m.subType ? `/${m.subType}` : ''} ${path.relative(root, decodeURI(new URL(m.url).pathname))}:${m.lastLine ?? '?'} ${m.message}`,
  );
}
