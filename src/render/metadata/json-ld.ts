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
  image?: JsonLdImage;
  language: string;
  publisher: { name: string; url: string; logo?: JsonLdImage };
}

/** An image with its pixel size where known (Google asks for width and height). */
export interface JsonLdImage {
  url: string;
  width?: number;
  height?: number;
}

/** One step of a breadcrumb trail; the last is the page itself. */
export interface Crumb {
  name: string;
  url: string;
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
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: data.publisher.name,
      url: data.publisher.url,
      ...(data.publisher.logo ? { logo: imageObject(data.publisher.logo) } : {}),
    },
    inLanguage: data.language,
    isAccessibleForFree: true,
  };
  // No byline: no author at all, since an empty list reads as "nobody wrote this".
  if (data.authors.length) doc.author = data.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url }));
  if (data.description) doc.description = data.description;
  if (data.image) doc.image = [imageObject(data.image)];
  if (data.section) doc.articleSection = data.section;
  if (data.keywords.length) doc.keywords = data.keywords;
  return jsonLdScript(doc);
}

/** A BreadcrumbList from the home page down to the page itself. */
export function breadcrumbJsonLd(crumbs: Crumb[]): string {
  return jsonLdScript({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  });
}

function imageObject(image: JsonLdImage) {
  return {
    '@type': 'ImageObject',
    url: image.url,
    ...(image.width && image.height ? { width: image.width, height: image.height } : {}),
  };
}

/** Serialise any JSON-LD document into a script element that no text can break out of. */
export function jsonLdScript(doc: unknown): string {
  const json = JSON.stringify(doc).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json">${json}</script>`;
}
