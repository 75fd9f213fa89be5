// Types of synthetic-articles.mjs for the tests that import it.
import type { SourceArticle } from '../src/types.js';
export function syntheticArticles(n: number, publication?: string): SourceArticle[];
