// Run the CLI's main() in this process and capture what it prints, with a chosen environment.
import { vi } from 'vitest';
import type { CliHooks } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { QUIET_PROGRESS } from '../helpers/site.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * FORCE_COLOR and NO_COLOR are cleared unless given; progress lines are held back (a slow
 * machine must not change what a snapshot sees) unless hooks.progress is given.
 */
export async function runMain(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
  tty: { stdout?: boolean; stderr?: boolean } = {},
  hooks: CliHooks = {},
): Promise<Captured> {
  const vars = { FORCE_COLOR: undefined, NO_COLOR: undefined, ...env };
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  const out: string[] = [];
  const err: string[] = [];
  const ttyBefore = { stdout: process.stdout.isTTY, stderr: process.stderr.isTTY };
  const spyOut = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  const spyErr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  setEnv(vars);
  process.stdout.isTTY = tty.stdout ?? false;
  process.stderr.isTTY = tty.stderr ?? false;
  try {
    const code = await main(argv, cwd, { progress: QUIET_PROGRESS, ...hooks });
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    spyOut.mockRestore();
    spyErr.mockRestore();
    setEnv(saved);
    process.stdout.isTTY = ttyBefore.stdout;
    process.stderr.isTTY = ttyBefore.stderr;
  }
}
