import { find, html } from 'property-information';
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { FORBIDDEN_PROTOCOLS, isForbiddenAttribute, isForbiddenTag } from '../../shared/unsafe-html.js';

/** What a site adds to the default allowlist (the `sanitize` config key); every list only widens it. */
export interface SanitizeOptions {
  /** Hosts iframes may load from, besides YouTube and Vimeo (https only, exact host names). */
  embedHosts?: readonly string[];
  /** Extra element names kept. */
  tags?: readonly string[];
  /** Extra attributes per element name ("*" for every element), as hast property names or HTML names. */
  attributes?: Readonly<Record<string, readonly string[]>>;
  /** Extra URL schemes allowed in links (e.g. "sms"). */
  protocols?: readonly string[];
}

/** Video players newsrooms embed; youtube-nocookie is YouTube's privacy-enhanced mode. */
export const DEFAULT_EMBED_HOSTS = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
  'player.vimeo.com',
] as const;

/**
 * Classes of the blockquotes that social networks' embed codes produce. Their scripts are
 * removed, so the quote and its link to the post are what readers see (no JavaScript needed);
 * a theme may load the networks' widgets itself.
 */
export const EMBED_QUOTE_CLASSES = [
  'twitter-tweet',
  'twitter-video',
  'instagram-media',
  'tiktok-embed',
  'reddit-embed-bq',
  'fb-xfbml-parse-ignore',
  'bluesky-embed',
  'threads-post',
] as const;

const base = defaultSchema;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `https://host/...` for one of the hosts, nothing else (no userinfo, port or other scheme). */
export function embedSourcePattern(hosts: readonly string[]): RegExp {
  return new RegExp(`^https://(?:${hosts.map(escapeRegExp).join('|')})/`, 'i');
}

/**
 * GitHub's schema, widened for newsroom bodies (many migrated from WordPress): figures and
 * captions, tables with captions, images with sizes, audio and video, iframes from an
 * allowlist of hosts, embedded posts' blockquotes, `tel:` links. Event handlers, `style`
 * attributes, `<script>`, `<style>` and javascript:/vbscript:/data: URLs never survive.
 */
export function createArticleSchema(options: SanitizeOptions = {}): Schema {
  const hosts = [...DEFAULT_EMBED_HOSTS, ...(options.embedHosts ?? [])];
  const attributes: NonNullable<Schema['attributes']> = {
    ...base.attributes,
    figure: ['className'],
    figcaption: ['className'],
    img: [...(base.attributes?.['img'] ?? []), 'className', 'srcSet', 'sizes', 'loading', 'width', 'height'],
    source: ['srcSet', 'src', 'type', 'media', 'sizes'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'preload', 'loop', 'muted', 'playsInline'],
    audio: ['src', 'controls', 'preload', 'loop'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    iframe: [['src', embedSourcePattern(hosts)], 'width', 'height', 'title', 'allowFullScreen', 'loading', 'referrerPolicy'],
    blockquote: [
      ...(base.attributes?.['blockquote'] ?? []),
      ['className', ...EMBED_QUOTE_CLASSES],
      'dataInstgrmPermalink',
      'dataInstgrmVersion',
      'dataInstgrmCaptioned',
      'dataVideoId',
      'dataLang',
      'dataTheme',
      'dataDnt',
    ],
  };
  for (const [tag, extra] of Object.entries(options.attributes ?? {})) {
    // Checked again here (the config schema refuses them too): no path around the rule.
    attributes[tag] = [...(attributes[tag] ?? []), ...extra.filter((a) => !isForbiddenAttribute(a)).map(propertyName)];
  }
  const extraProtocols = (options.protocols ?? []).filter((p) => !FORBIDDEN_PROTOCOLS.includes(p.toLowerCase()));
  return {
    ...base,
    // GitHub prefixes every id and name with `user-content-`. remark-rehype already
    // prefixes footnote ids, and a second prefix would reach the ids but not the
    // hrefs pointing at them; migrated bodies also link to their own `id`/`name`
    // anchors. What is given up is protection against DOM clobbering by article
    // HTML, which only matters to page scripts that look up globals by name.
    clobber: [],
    tagNames: [
      ...new Set([
        ...(base.tagNames ?? []),
        ...['figure', 'figcaption', 'iframe', 'caption', 'colgroup', 'col', 'video', 'audio', 'track', 'cite', 'mark', 'small', 'abbr'],
        ...(options.tags ?? []),
      ]),
    ].filter((t) => !isForbiddenTag(t)),
    // Elements whose content is code rather than text: dropped whole, not unwrapped.
    strip: [...(base.strip ?? []), 'style', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
    attributes,
    protocols: {
      ...base.protocols,
      href: [...(base.protocols?.['href'] ?? []), 'tel', ...extraProtocols],
      poster: ['http', 'https'],
      // Every candidate of a srcset is checked like src (hast splits the list at commas).
      srcSet: ['http', 'https'],
      imageSrcSet: ['http', 'https'],
    },
  };
}

/** The default schema: what every site gets without a `sanitize` key. */
export const articleSchema: Schema = createArticleSchema();

/** "data-video-id" -> "dataVideoId", "class" -> "className": hast names attributes as DOM properties. */
function propertyName(attribute: string): string {
  return find(html, attribute).property;
}
