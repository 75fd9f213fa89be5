// Install a packed tarball of Broadsheet into an empty project without the network. The registry's
// metadata is not in npm's cache after `npm ci` (only the tarballs are), so a plain
// `npm install --offline` cannot resolve versions; instead the project gets a lockfile made from
// this repository's: the same versions, minus the dev-only packages, which `npm ci --offline`
// installs from the cache by their integrity hashes, as a newsroom's CI would from the registry.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface LockEntry {
  version?: string;
  dev?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

interface Lockfile {
  packages: Record<string, LockEntry>;
}

/** Run npm with the output captured; throws with npm's own message when it fails. */
export function npm(args: string[], cwd: string): string {
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** npm pack the repository (lib/ must be compiled) into dir; returns the tarball's path. */
export function packRepository(repoRoot: string, dir: string): string {
  const out = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], repoRoot)) as { filename: string }[];
  return path.join(dir, out[0]!.filename);
}

/** Create project/ next to the tarball with the tarball as its one dependency, and install it offline. */
export function installOffline(repoRoot: string, tarball: string, project: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    dependencies: Record<string, string>;
    bin: Record<string, string>;
    engines: Record<string, string>;
    license: string;
  };
  const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as Lockfile;
  const spec = `file:${path.relative(project, tarball).split(path.sep).join('/')}`;
  const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, LockEntry> = {
    '': { name: 'newsroom-site', dependencies: { [manifest.name]: spec } },
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: spec,
      integrity,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.startsWith('node_modules/') || entry.dev || entry.link) continue;
    const { devOptional: _d, ...kept } = entry;
    // This repository's lockfile leaves out registry addresses (npm's omit-lockfile-registry-resolved):
    // give npm one, so it need not ask the registry where the tarball is; it is found in the cache by integrity.
    packages[key] = { resolved: registryTarball(key, entry), ...kept };
  }
  fs.mkdirSync(project, { recursive: true });
  const pkg = { name: 'newsroom-site', private: true, type: 'module', dependencies: { [manifest.name]: spec } };
  fs.writeFileSync(path.join(project, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const projectLock = { name: 'newsroom-site', lockfileVersion: 3, requires: true, packages };
  fs.writeFileSync(path.join(project, 'package-lock.json'), `${JSON.stringify(projectLock, null, 2)}\n`);
  npm(['ci', '--offline', '--omit=dev'], project);
}

function registryTarball(key: string, entry: LockEntry): string {
  const name = typeof entry.name === 'string' ? entry.name : key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
  return `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
}
