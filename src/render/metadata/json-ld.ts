// schema.org structured data. JSON.stringify alone is not safe inside <script>: "</script>" or
// "<!--" in a headline would end the element, so every <, > and & is written as a \u escape,
// along with U+2028/U+2029 that older JavaScript parsers reject.

export interface NewsArticleData {
  url: string;
  headline: string;
  description?: string;
  datePublished: string;
  dateModified: string;
  authors: { name: string; url: string }[];
  section?: string;
  keywords: string[];
  image?: string;
  language: string;
  publisher: { name: string; url: string; logo?: string };
}

/** A <script type="application/ld+json"> element describing a NewsArticle. */
export function newsArticleJsonLd(data: NewsArticleData): string {
  const doc: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': data.url },
    url: data.url,
    headline: data.headline,
    datePublished: data.datePublished,
    dateModified: data.dateModified,
    author: data.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: data.publisher.name,
      url: data.publisher.url,
      ...(data.publisher.logo ? { logo: { '@type': 'ImageObject', url: data.publisher.logo } } : {}),
    },
    inLanguage: data.language,
    isAccessibleForFree: true,
  };
  if (data.description) doc.description = data.description;
  if (data.image) doc.image = [data.image];
  if (data.section) doc.articleSection = data.section;
  if (data.keywords.length) doc.keywords = data.keywords;
  return jsonLdScript(doc);
}

/** Serialise any JSON-LD document into a script element that no text can break out of. */
export function jsonLdScript(doc: unknown): string {
  const json = JSON.stringify(doc).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json">${json}</script>`;
}
