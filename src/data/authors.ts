// data/authors.*: who the writers are. Keyed by author id; an article's byline may give the id
// (taing-vida) or the name; author pages show the profile and describe the person in JSON-LD.
import * as v from 'valibot';
import { createProblem } from '../errors/index.js';

const profileSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  role: v.optional(v.string()),
  bio: v.optional(v.string()),
  /** A site path (/images/taing-vida.jpg) or an https URL. */
  photo: v.optional(v.string()),
  /** The person elsewhere (their own site, social profiles): schema.org sameAs. */
  links: v.optional(v.array(v.pipe(v.string(), v.url())), () => []),
});

export type AuthorProfile = v.InferOutput<typeof profileSchema> & { id: string };

/** Profiles by id; a bad entry is DATA_INVALID naming the id and the field. */
export function readAuthors(value: unknown, file: string): ReadonlyMap<string, AuthorProfile> {
  const out = new Map<string, AuthorProfile>();
  if (value === undefined) return out;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw createProblem('DATA_INVALID', { kind: 'authors-shape' }, { location: { file } });
  }
  for (const id of Object.keys(value).sort()) {
    const parsed = v.safeParse(profileSchema, (value as Record<string, unknown>)[id]);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const key = (issue.path ?? []).map((p) => String(p.key)).join('.');
      throw createProblem('DATA_INVALID', { kind: 'author', id, key, issue: issue.message }, { location: { file } });
    }
    out.set(id, { id, ...parsed.output });
  }
  return out;
}

/** Author names for the ids an article gives; names and unknown ids stay as written. */
export function authorNames(authors: readonly string[], profiles: ReadonlyMap<string, AuthorProfile>): string[] {
  return authors.map((a) => profiles.get(a)?.name ?? a);
}
