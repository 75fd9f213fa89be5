// broadsheet.config.{ts,mts,js,mjs,json,yaml,toml}: each form gives the same options.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/index.js';
import { expectBuildErrors } from '../helpers/errors.js';
import { writeSite } from '../helpers/site.js';

const FORMS: Record<string, string> = {
  'broadsheet.config.ts':
    "interface Options { title: string; perPage: number }\nconst options: Options = { title: 'Typed Times', perPage: 7 };\nexport default options;\n",
  'broadsheet.config.mts': "export default { title: 'Typed Times' as string, perPage: 7 satisfies number };\n",
  'broadsheet.config.js': "export default { title: 'Typed Times', perPage: 7 };\n",
  'broadsheet.config.mjs': "export default async () => ({ title: 'Typed Times', perPage: 7 });\n",
  'broadsheet.config.json': '{ "title": "Typed Times", "perPage": 7 }\n',
  'broadsheet.config.yaml': 'title: Typed Times\nperPage: 7\n',
  'broadsheet.config.toml': 'title = "Typed Times"\nperPage = 7\n',
};

describe('config files', () => {
  for (const [name, text] of Object.entries(FORMS)) {
    it(`reads ${name}`, async () => {
      const root = writeSite({ [name]: text });
      const config = await loadConfig({ cwd: root });
      expect(config.configFile?.endsWith(name)).toBe(true);
      expect(config).toMatchObject({ title: 'Typed Times', perPage: 7 });
    });
  }

  it('two config files in one folder is CONFIG_AMBIGUOUS, naming both', async () => {
    const root = writeSite({ 'broadsheet.config.json': '{}', 'broadsheet.config.yaml': 'title: X\n' });
    const [error] = await expectBuildErrors(() => loadConfig({ cwd: root }));
    expect(error!.code).toBe('CONFIG_AMBIGUOUS');
    expect(error!.message).toContain('broadsheet.config.json, broadsheet.config.yaml');
  });

  it('a YAML or TOML syntax error is CONFIG_SYNTAX with its line; a JS config that throws is CONFIG_SYNTAX naming the file', async () => {
    const yaml = await expectBuildErrors(() => loadConfig({ cwd: writeSite({ 'broadsheet.config.yaml': 'title: A\nperPage: [1,\n' }) }));
    expect(yaml[0]!.code).toBe('CONFIG_SYNTAX');
    expect(yaml[0]!.location?.line).toBeGreaterThanOrEqual(2);
    const toml = await expectBuildErrors(() => loadConfig({ cwd: writeSite({ 'broadsheet.config.toml': 'title = "A"\nperPage = \n' }) }));
    expect(toml[0]!.code).toBe('CONFIG_SYNTAX');
    expect(toml[0]!.location?.line).toBe(2);
    const js = await expectBuildErrors(() =>
      loadConfig({ cwd: writeSite({ 'broadsheet.config.mjs': "throw new Error('no config today');\n" }) }),
    );
    expect(js[0]!.code).toBe('CONFIG_SYNTAX');
    expect(js[0]!.message).toContain('broadsheet.config.mjs failed to load: no config today');
  });

  it('a wrong value in a YAML config is CONFIG_INVALID naming the key', async () => {
    const errors = await expectBuildErrors(() => loadConfig({ cwd: writeSite({ 'broadsheet.config.yaml': 'perPage: many\n' }) }));
    expect(errors[0]!.code).toBe('CONFIG_INVALID');
    expect(errors[0]!.message).toContain('"perPage"');
  });
});
