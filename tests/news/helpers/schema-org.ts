// A small schema.org checker for the JSON-LD the default theme writes: every object has a known
// @type, uses only properties schema.org defines for that type (the subset we emit, listed from
// the schema.org type pages), and values of the expected kind (absolute URLs, ISO dates with an
// offset, integer pixel sizes, list positions 1..n). Unknown types or properties fail loudly.
import { expect } from 'vitest';

type Kind = 'text' | 'url' | 'date' | 'int' | 'bool' | 'texts' | `@${string}` | `@${string}[]`;

const TYPES: Record<string, Record<string, Kind>> = {
  NewsArticle: {
    mainEntityOfPage: '@WebPage',
    url: 'url',
    headline: 'text',
    description: 'text',
    datePublished: 'date',
    dateModified: 'date',
    author: '@Person[]',
    publisher: '@NewsMediaOrganization',
    image: '@ImageObject[]',
    articleSection: 'text',
    keywords: 'texts',
    inLanguage: 'text',
    isAccessibleForFree: 'bool',
  },
  WebPage: { '@id': 'url' },
  Person: { name: 'text', url: 'url' },
  NewsMediaOrganization: { name: 'text', url: 'url', logo: '@ImageObject' },
  ImageObject: { url: 'url', width: 'int', height: 'int' },
  BreadcrumbList: { itemListElement: '@ListItem[]' },
  ListItem: { position: 'int', name: 'text', item: 'url' },
};

/** Required properties, as Google's rich results ask for them. */
const REQUIRED: Record<string, string[]> = {
  NewsArticle: ['headline', 'datePublished', 'publisher'],
  ImageObject: ['url'],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name', 'item'],
  Person: ['name'],
  NewsMediaOrganization: ['name'],
};

/** Fail unless doc is a top-level schema.org document of known types throughout. */
export function expectValidSchemaOrg(doc: Record<string, unknown>): void {
  expect(doc['@context']).toBe('https://schema.org');
  const { '@context': _, ...rest } = doc;
  checkObject(rest, String(doc['@type']), String(doc['@type']));
}

function checkObject(value: unknown, expected: string, at: string): void {
  expect(typeof value === 'object' && value !== null && !Array.isArray(value), `${at} is an object`).toBe(true);
  const obj = value as Record<string, unknown>;
  const type = obj['@type'] ?? (expected === 'WebPage' ? 'WebPage' : undefined);
  expect(type, `${at} @type`).toBe(expected);
  const props = TYPES[expected];
  expect(props, `${at}: ${expected} is a type this checker knows`).toBeDefined();
  for (const key of REQUIRED[expected] ?? []) expect(obj[key], `${at}.${key} is required`).toBeDefined();
  for (const [key, v] of Object.entries(obj)) {
    if (key === '@type') continue;
    const kind = props![key];
    expect(kind, `${at}.${key} is a property of ${expected}`).toBeDefined();
    checkValue(v, kind!, `${at}.${key}`);
  }
  if (expected === 'BreadcrumbList') {
    const items = obj.itemListElement as { position: number }[];
    expect(
      items.map((i) => i.position),
      `${at} positions`,
    ).toEqual(items.map((_, i) => i + 1));
  }
}

function checkValue(v: unknown, kind: Kind, at: string): void {
  if (kind.startsWith('@')) {
    const many = kind.endsWith('[]');
    const type = kind.slice(1, many ? -2 : undefined);
    if (many) {
      expect(Array.isArray(v) && v.length > 0, `${at} is a non-empty list`).toBe(true);
      (v as unknown[]).forEach((x, i) => checkObject(x, type, `${at}[${i}]`));
    } else checkObject(v, type, at);
    return;
  }
  switch (kind) {
    case 'text':
      expect(typeof v === 'string' && v.trim() !== '', `${at} is text`).toBe(true);
      return;
    case 'texts':
      expect(Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== ''), `${at} is a list of text`).toBe(true);
      return;
    case 'url':
      expect(v, `${at} is an absolute URL`).toMatch(/^https?:\/\/[^/\s]+\/\S*$/);
      return;
    case 'date':
      expect(v, `${at} is an ISO 8601 date-time with offset`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      return;
    case 'int':
      expect(Number.isInteger(v) && (v as number) > 0, `${at} is a positive integer`).toBe(true);
      return;
    case 'bool':
      expect(typeof v, at).toBe('boolean');
      return;
  }
}
