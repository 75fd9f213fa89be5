import { termSlug } from '../shared/slug.js';
import type { Term, TermSet } from '../types.js';
import type { Routes } from './routes.js';

export interface TermCollector {
  /** Add an article (in date order) under a name; returns the term index or -1 for an unusable name. */
  add(name: string, article: number): number;
  finish(): TermSet;
}

/** Told once per name that cannot be a term, or that joins a term spelled differently. */
export type TermNotice = (notice: { kind: TermSet['kind']; name: string; article: number; mergedInto?: string }) => void;

/**
 * Group articles by a term; names that slug the same are one term, and the first spelling
 * (oldest article) names it. Merges beyond case and spacing ("C++" into "C") and names that
 * give no slug at all ("!!!") are passed to notice, once per name.
 */
export function createTermCollector(kind: TermSet['kind'], routes: Routes, notice: TermNotice = () => {}): TermCollector {
  const bySlug = new Map<string, number>();
  const slugs = new Map<string, string>();
  const terms: Term[] = [];
  const fold = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');
  return {
    add(name, article) {
      let slug = slugs.get(name);
      const first = slug === undefined;
      if (slug === undefined) {
        slug = termSlug(name);
        slugs.set(name, slug);
      }
      if (!slug) {
        if (first) notice({ kind, name, article });
        return -1;
      }
      let i = bySlug.get(slug);
      if (first && i !== undefined && fold(terms[i]!.name) !== fold(name)) notice({ kind, name, article, mergedInto: terms[i]!.name });
      if (i === undefined) {
        i = terms.length;
        bySlug.set(slug, i);
        terms.push({ name, slug, url: routes.term(kind, slug).url, articles: [] });
      }
      const list = terms[i]!.articles;
      if (list[list.length - 1] !== article) list.push(article);
      return i;
    },
    finish() {
      // Articles arrived oldest first; lists are newest first.
      for (const t of terms) t.articles.reverse();
      return { kind, terms };
    },
  };
}

const sorted = new WeakMap<TermSet, Term[]>();

/** Terms sorted by slug, for stable listing pages; the indexes in articles stay valid. Sorted once per set. */
export function sortedTerms(set: TermSet): Term[] {
  let terms = sorted.get(set);
  if (!terms) {
    terms = [...set.terms].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    sorted.set(set, terms);
  }
  return terms;
}
