import { z } from 'zod';

export const SHARE_TARGETS = ['facebook', 'x', 'linkedin', 'telegram', 'whatsapp', 'email'] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

const sponsorSchema = z.strictObject({
  name: z.string().min(1),
  url: z.string().url().optional(),
  image: z.string().optional(),
  label: z.string().default('Sponsored by'),
});

const feedSchema = z.strictObject({
  items: z.number().int().min(1).max(1000).default(20),
  content: z.enum(['summary', 'full']).default('summary'),
});

/** What a user may write in broadsheet.config.json. Unknown keys are errors. */
export const siteOptionsSchema = z.strictObject({
  title: z.string().min(1).default('Broadsheet'),
  description: z.string().default(''),
  publication: z.string().min(1).optional(),
  baseUrl: z.string().url().default('http://localhost:8080/'),
  language: z.string().min(2).default('en'),
  timeZone: z.string().default('UTC'),
  perPage: z.number().int().min(1).max(1000).default(20),
  permalink: z.string().default('/:year/:month/:slug/'),
  shareTargets: z.array(z.enum(SHARE_TARGETS)).default([...SHARE_TARGETS]),
  sponsor: sponsorSchema.nullable().default(null),
  content: z.string().optional(),
  out: z.string().optional(),
  templates: z.string().optional(),
  cacheDir: z.string().optional(),
  feed: feedSchema.default({ items: 20, content: 'summary' }),
  relatedCount: z.number().int().min(0).max(50).default(5),
  newsSitemap: z
    .strictObject({
      windowHours: z
        .number()
        .min(1)
        .max(24 * 30)
        .default(48),
      max: z.number().int().min(1).max(1000).default(1000),
    })
    .default({ windowHours: 48, max: 1000 }),
  sitemapMaxUrls: z.number().int().min(1).max(50000).default(50000),
  logo: z.string().optional(),
});

export type SiteOptions = z.input<typeof siteOptionsSchema>;
export type ParsedOptions = z.output<typeof siteOptionsSchema>;
