import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { isBroadsheetError } from '../../src/errors/index.js';

const resolve = (options: unknown) =>
  resolveConfig({ options, root: '/site', themeDir: '/theme', configFile: '/site/broadsheet.config.json' });

function errorOf(options: unknown) {
  try {
    resolve(options);
  } catch (error) {
    if (isBroadsheetError(error)) return error;
    throw error;
  }
  throw new Error('expected a config error');
}

describe('site configuration', () => {
  it('applies defaults in one place and freezes the result', () => {
    const config = resolve({ title: 'Daily', baseUrl: 'https://example.org/news/' });
    expect(config).toMatchObject({
      title: 'Daily',
      publication: 'Daily',
      perPage: 20,
      timeZone: 'UTC',
      basePath: '/news',
      siteUrl: 'https://example.org/news',
    });
    expect(config.contentDir).toBe('/site/content');
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.shareTargets)).toBe(true);
  });

  it('an unknown key is an error naming the key and listing the known ones', () => {
    const error = errorOf({ title: 'x', sponser: { name: 'cellcard' } });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('"sponser"');
    expect(error.hint).toContain('sponsor');
    expect(error.location?.file).toBe('/site/broadsheet.config.json');
  });

  it('a wrong type names the key path', () => {
    expect(errorOf({ perPage: 'ten' }).message).toContain('"perPage"');
    expect(errorOf({ feed: { items: 0 } }).message).toContain('"feed.items"');
    expect(errorOf({ sponsor: { name: 'x', colour: 'red' } }).message).toContain('"sponsor.colour"');
    expect(errorOf({ shareTargets: ['myspace'] }).message).toContain('"shareTargets.0"');
  });

  it('an unknown time zone is refused with an example of a good one', () => {
    const error = errorOf({ timeZone: 'Asia/Phnom Penh' });
    expect(error.message).toContain('Asia/Phnom Penh');
    expect(error.hint).toContain('Asia/Phnom_Penh');
  });
});
