// What an author page shows of data/authors.*: role, bio, photo and links, and a schema.org
// Person (with sameAs: the same person elsewhere) for search engines.
import type { AuthorProfile } from '../../data/index.js';
import type { Term } from '../../types.js';
import { jsonLdScript } from '../metadata/json-ld.js';
import type { PageKit } from './page-kit.js';
import type { AuthorProfileContext } from './template-contexts.js';

/** What the list template gets as `list.author` (see template-contexts.ts). */
export type AuthorContext = AuthorProfileContext;

/** Profiles by the name author pages are made for (after ids became names). */
export function profilesByName(profiles: ReadonlyMap<string, AuthorProfile>): Map<string, AuthorProfile> {
  const out = new Map<string, AuthorProfile>();
  for (const p of [...profiles.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) if (!out.has(p.name)) out.set(p.name, p);
  return out;
}

/** The author page's profile context and JSON-LD, or undefined for a writer without a profile. */
export function authorPage(
  kit: PageKit,
  term: Term,
  profile: AuthorProfile | undefined,
): { author: AuthorContext; jsonLd: string } | undefined {
  if (!profile) return undefined;
  const photo = profile.photo ? kit.assetUrl(profile.photo) : undefined;
  const author: AuthorContext = {
    name: profile.name,
    ...(profile.role ? { role: profile.role } : {}),
    ...(profile.bio ? { bio: profile.bio } : {}),
    ...(photo ? { photo } : {}),
    links: profile.links.map((url) => ({ url, host: new URL(url).host })),
  };
  const person: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: profile.name,
    url: kit.absolute(term.url),
  };
  if (profile.role) person.jobTitle = profile.role;
  if (profile.bio) person.description = profile.bio;
  if (photo) person.image = kit.absolute(photo);
  if (profile.links.length) person.sameAs = profile.links;
  return { author, jsonLd: jsonLdScript(person) };
}
