// Issue 12, finding 4: broadsheet dev answers only requests for its own address (DNS rebinding),
// never redirects to another host, and never writes drafts into a production output folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedHost } from '../../../src/dev/preview-server.js';
import { article, cliPath, runCli, writeSite } from '../../helpers/site.js';

function get(origin: string, rawPath: string, host?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('broadsheet dev (CLI) against a hostile browser', () => {
  const root = writeSite({
    'content/2023/01/secret.md': article({ title: 'Embargoed story', date: '2023-01-02T09:00:00+07:00', draft: 'true' }, 'Not yet.'),
  });
  let child: ReturnType<typeof spawn>;
  let origin = '';
  beforeAll(async () => {
    child = spawn(process.execPath, [cliPath, 'dev', '--port', '0', '--workers', '1'], { cwd: root });
    origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving (http:\/\/\S+?)\/? /.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`dev exited: ${out}`)));
    });
  });
  afterAll(async () => {
    child.kill('SIGINT');
    await new Promise((resolve) => child.on('exit', resolve));
  });

  it('a page on evil.example rebound to 127.0.0.1 gets 421, not the draft; its own names get 200', async () => {
    const draft = '/2023/01/secret/';
    const own = await get(origin, draft);
    expect(own.status).toBe(200);
    expect(own.body).toContain('Embargoed story');
    for (const host of ['evil.example', `evil.example:${new URL(origin).port}`, 'localhost.evil.example', '127.0.0.1.nip.io']) {
      const foreign = await get(origin, draft, host);
      expect(foreign.status, host).toBe(421);
      expect(foreign.body, host).not.toContain('Embargoed');
    }
    const events = await get(origin, '/__broadsheet/events', 'evil.example');
    expect(events.status).toBe(421);
    for (const host of [`localhost:${new URL(origin).port}`, '127.0.0.1', '[::1]:1234'])
      expect((await get(origin, draft, host)).status, host).toBe(200);
  });

  it('/.//2023 and /\\2023 redirect to a path on this server, never to //2023/', async () => {
    for (const raw of ['/.//2023', '//2023', '/\\2023']) {
      const r = await get(origin, raw);
      if (r.status === 302) expect(r.headers.location, raw).toMatch(/^\/[^/\\]/);
      else expect([200, 404], raw).toContain(r.status);
    }
    expect((await get(origin, '/.//2023')).headers.location).toBe('/2023/');
  });
});

describe('dev refuses an output folder a production build owns', () => {
  it("dev --out dist (and the config's own output) is OUTPUT_UNSAFE before anything is written", () => {
    const root = writeSite({ 'content/a.md': article({ title: 'Draft', draft: 'true' }), 'published/keep.txt': 'x' });
    expect(runCli(['build', '--out', 'published'], root).code).toBe(1); // not ours: OUTPUT_NOT_EMPTY
    fs.rmSync(path.join(root, 'published'), { recursive: true });
    expect(runCli(['build', '--out', 'published'], root).code).toBe(0);
    for (const args of [
      ['--out', 'dist'],
      ['--out', 'published'],
    ]) {
      if (args[1] === 'dist') expect(runCli(['build'], root).code).toBe(0);
      const r = runCli(['dev', '--port', '0', ...args], root);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('OUTPUT_UNSAFE');
      expect(r.stderr).toContain('drafts');
    }
    expect(fs.readdirSync(path.join(root, 'dist')).join(' ')).not.toMatch(/2020/);
  });

  it('the Host rule: loopback names and the --host value; any IP literal only when listening everywhere', () => {
    expect(isAllowedHost('localhost:4000', '127.0.0.1')).toBe(true);
    expect(isAllowedHost('dev.box:4000', 'dev.box')).toBe(true);
    expect(isAllowedHost('192.168.1.5:4000', '127.0.0.1')).toBe(false);
    expect(isAllowedHost('192.168.1.5:4000', '0.0.0.0')).toBe(true);
    expect(isAllowedHost('evil.example', '0.0.0.0')).toBe(false);
    expect(isAllowedHost(undefined, '127.0.0.1')).toBe(false);
  });
});
