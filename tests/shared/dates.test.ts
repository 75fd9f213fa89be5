// Date forms the source generators accept (Ruby's Time.parse for Jekyll, Go for Hugo, Luxon for
// Eleventy), and whether each gave a time: a day alone is shown as a day.
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/shared/dates.js';

const utc = (text: string) => {
  const r = readDate(text, 'UTC');
  return r && { at: new Date(r.instant).toISOString(), dateOnly: r.dateOnly };
};

describe('readDate', () => {
  it('reads one- and two-digit offsets as hours, and unpadded hours', () => {
    expect(utc('2015-03-17 14:00:00 -4')).toEqual({ at: '2015-03-17T18:00:00.000Z', dateOnly: false });
    expect(utc('2015-03-17 14:00:00 +07')).toEqual({ at: '2015-03-17T07:00:00.000Z', dateOnly: false });
    expect(utc('2015-03-17 14:00:00 -0530')?.at).toBe('2015-03-17T19:30:00.000Z');
    expect(utc('2024-03-21 4:00:00 +0000')?.at).toBe('2024-03-21T04:00:00.000Z');
  });

  it('reads past a year written again before the offset only when it is the same year', () => {
    expect(utc('2023-01-29 18:30:22 2023 -0800')?.at).toBe('2023-01-30T02:30:22.000Z');
    expect(utc('2023-01-29 18:30:22 2022 -0800')).toBeNull();
  });

  it('reads month names and slashes, and says when only a day was given', () => {
    expect(utc('March 5, 2014')).toEqual({ at: '2014-03-05T00:00:00.000Z', dateOnly: true });
    expect(utc('5 Sept 2014')).toEqual({ at: '2014-09-05T00:00:00.000Z', dateOnly: true });
    expect(utc('Mar 5 2014 10:00')).toEqual({ at: '2014-03-05T10:00:00.000Z', dateOnly: false });
    expect(utc('2013/1/23')).toEqual({ at: '2013-01-23T00:00:00.000Z', dateOnly: true });
    expect(utc('2016-10-11T00:00:00')?.dateOnly).toBe(false);
  });

  it('refuses what is not a date', () => {
    for (const text of ['Marching 5, 2014', '2013/01-23', '2015-02-30', '2015-03-17 14:00:00 +19', 'yesterday'])
      expect(utc(text), text).toBeNull();
  });
});
