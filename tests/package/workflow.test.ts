// The GitHub Actions workflow that init writes and examples/ documents: current actions, a pull
// request check, the build cache restored and saved, and hidden files kept in the Pages artifact.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/site.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = yaml.load(fs.readFileSync(path.join(repoRoot, 'examples/github-actions/publish.yml'), 'utf8')) as Workflow;
const steps = (job: string) => workflow.jobs[job]!.steps;
const action = (job: string, name: string) => steps(job).find((s) => s.uses?.startsWith(`${name}@`));

// The current major version of each action (each runs on Node 24; the v4-era ones ran on Node 20).
const CURRENT = {
  'actions/checkout': 'v6',
  'actions/setup-node': 'v6',
  'actions/cache': 'v5',
  'actions/configure-pages': 'v6',
  'actions/upload-pages-artifact': 'v5',
  'actions/deploy-pages': 'v5',
};

describe('examples/github-actions/publish.yml', () => {
  it('uses the current major version of every action', () => {
    const used = Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(used.length).toBeGreaterThan(0);
    for (const uses of used) {
      const [name, version] = uses.split('@') as [keyof typeof CURRENT, string];
      expect(CURRENT[name], `${uses} is not an action this test knows`).toBeDefined();
      expect(version, name).toBe(CURRENT[name]);
    }
  });

  it('runs Node 22 or later', () => {
    expect(Number(workflow.env.NODE_VERSION)).toBeGreaterThanOrEqual(22);
    for (const job of ['check', 'build']) expect(action(job, 'actions/setup-node')?.with?.['node-version']).toBe('${{ env.NODE_VERSION }}');
  });

  it('checks pull requests with annotations, and builds and deploys only pushes', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.jobs.check!.if).toBe("github.event_name == 'pull_request'");
    expect(steps('check').map((s) => s.run)).toContain('npx broadsheet check --format github');
    expect(workflow.jobs.build!.if).toBe("github.event_name != 'pull_request'");
    expect(workflow.jobs.deploy!.needs).toBe('build');
  });

  it('restores and saves the build cache before building, and keeps .well-known/ in the Pages artifact', () => {
    const build = steps('build');
    const cache = build.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    const run = build.findIndex((s) => s.run?.includes('npx broadsheet build'));
    expect(cache).toBeGreaterThanOrEqual(0);
    expect(cache).toBeLessThan(run);
    expect(build[cache]!.with?.path).toBe('.broadsheet-cache');
    // actions/cache (not cache/restore) saves at the end of the job; the sha makes each save a new key.
    expect(String(build[cache]!.with?.key)).toContain('${{ github.sha }}');
    expect(action('build', 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist', 'include-hidden-files': true });
    // With hidden files included, the build's own bookkeeping must be removed before the upload.
    const removal = build.findIndex((s) => s.run === 'rm -rf dist/.broadsheet');
    expect(removal).toBeGreaterThan(run);
    expect(removal).toBeLessThan(build.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@')));
  });
});
