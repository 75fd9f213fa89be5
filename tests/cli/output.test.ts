// Snapshots of what people read: help texts, check reports, errors with their code frame, the
// build summary (times masked). Colours only when wanted; progress lines when builds take a while.
import { describe, expect, it } from 'vitest';
import { colorsWanted } from '../../src/cli/colors.js';
import { article, runCli, writeSite } from '../helpers/site.js';
import { PROBLEM_ARCHIVE } from './check-fixture.js';
import { runMain } from './run-main.js';

// Built from a string: a regex literal with ESC in it trips no-control-regex.
const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`);
const ANSI_ALL = new RegExp(ANSI.source, 'g');

/** Times change from run to run; everything else in the summary must not. */
function maskTimes(text: string): string {
  return text
    .replace(/in \d+\.\d\d s/g, 'in <t> s')
    .replace(/(load|index|photos|render\+search\+write|of which pagefind) \d+/g, '$1 <t>')
    .replace(/ +\d+ ms/g, ' <t> ms');
}

describe('CLI output', () => {
  it('help texts of the CLI and of every command', async () => {
    const cwd = writeSite({});
    for (const argv of [['--help'], ['build', '--help'], ['new', '--help'], ['check', '-h']]) {
      const r = await runMain(argv, cwd);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatchSnapshot(argv.join(' '));
    }
    expect((await runMain(['help', 'check'], cwd)).stdout).toBe((await runMain(['check', '--help'], cwd)).stdout);
    // Every flag a command accepts is documented in its help.
    const { COMMANDS } = await import('../../src/cli/commands/index.js');
    for (const command of COMMANDS) {
      for (const flag of Object.keys(command.options)) expect(command.usage, `${command.name} --${flag}`).toContain(`--${flag}`);
    }
  });

  it('--version prints the package version', async () => {
    const r = await runMain(['--version'], writeSite({}));
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('check report, and with --verbose the lines around each problem', async () => {
    const root = writeSite(PROBLEM_ARCHIVE);
    expect((await runMain(['check'], root)).stdout).toMatchSnapshot();
    expect((await runMain(['check', '--verbose'], root)).stdout).toMatchSnapshot();
  });

  it('a failed build: each problem with its code frame and a caret under the column', async () => {
    const root = writeSite({
      'content/2020/bad.md': '---\ntitle: T\ndate: yesterday\n---\nB\n',
      'content/2020/worse.md': '---\ntitle: Budget: the vote\ndate: 2020-01-01\n---\nB\n',
    });
    const r = await runMain(['build', '--workers', '0', '--no-cache'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatchSnapshot();
  });

  it('build summary and --timings table (times masked)', async () => {
    const root = writeSite({
      'content/a.md': article({ title: 'One' }),
      'content/b.md': article({ title: 'Two', draft: 'true' }),
    });
    const r = await runMain(['build', '--workers', '0', '--no-cache', '--timings'], root, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(r.stderr).toBe('');
    expect(maskTimes(r.stdout)).toMatchSnapshot();
    const quiet = await runMain(['build', '--workers', '0', '--no-cache', '--quiet'], root);
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const verbose = await runMain(['build', '--workers', '0', '--no-cache', '--verbose'], root);
    expect(verbose.stderr).toContain('broadsheet: config (none, defaults)\n');
    expect(verbose.stdout).toContain('\n  render+search+write ');
  });
});

describe('colours', () => {
  it('are decided by FORCE_COLOR, then NO_COLOR, then whether the stream is a terminal', () => {
    expect(colorsWanted({ isTTY: true }, {})).toBe(true);
    expect(colorsWanted({ isTTY: false }, {})).toBe(false);
    expect(colorsWanted({}, {})).toBe(false);
    expect(colorsWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorsWanted({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colorsWanted({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorsWanted({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorsWanted({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorsWanted({ isTTY: false }, { FORCE_COLOR: '' })).toBe(true);
  });

  it('on a terminal, not when piped or with NO_COLOR, and with FORCE_COLOR even when piped', async () => {
    const root = writeSite(PROBLEM_ARCHIVE);
    const tty = await runMain(['check'], root, {}, { stdout: true });
    expect(tty.stdout).toMatch(ANSI);
    // Same text once the colour codes are taken out.
    const plain = await runMain(['check'], root);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(tty.stdout.replace(ANSI_ALL, '')).toBe(plain.stdout);
    expect((await runMain(['check'], root, { NO_COLOR: '1' }, { stdout: true })).stdout).not.toMatch(ANSI);
    // A real child process whose output is a pipe.
    expect(runCli(['check'], root).stdout).not.toMatch(ANSI);
    const forced = runCli(['check'], root, { FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(ANSI);
  });

  it('errors on stderr follow stderr', async () => {
    const root = writeSite({ 'content/bad.md': '---\ntitle: T\ndate: nope\n---\n' });
    expect((await runMain(['build', '--workers', '0'], root, {}, { stderr: true })).stderr).toMatch(ANSI);
    expect((await runMain(['build', '--workers', '0'], root, {}, { stdout: true })).stderr).not.toMatch(ANSI);
  });
});
