// One WXR <item> -> one article (front matter values and Markdown body), or the reason it is skipped.
import { problemMessage } from '../errors/index.js';
import { checkAliases } from '../load/check-paths.js';
import { decodeHTML } from 'entities';
import { formatIso, parseDate, wallTime, zoneOffsetMinutes } from '../shared/dates.js';
import { slugify } from '../shared/slug.js';
import type { Instant } from '../types.js';
import type { ConvertTask } from './html-to-markdown.js';
import type { Attachment } from './shortcodes.js';
import { childText, postMeta, type XmlNode } from './wxr-reader.js';

export interface SiteContext {
  timeZone: string;
  /** Author login -> display name (wp:author). */
  authors: Map<string, string>;
  /** Category term id -> name (wp:category), for Yoast's primary category. */
  categories: Map<string, string>;
  attachments: Map<string, Attachment>;
  childrenOf(postId: string): Attachment[];
  /** Old-site addresses -> site paths where they should be (see rehype-wordpress). */
  localise(url: string, isMedia: boolean): string;
  /** Write drafts, pending and private posts (draft: true) / pages (under pages/, draft: true). */
  drafts: boolean;
  pages: boolean;
}

export interface ImportedArticle {
  id: string;
  title: string;
  /** Folder under the content folder: YYYY/MM in the site's zone, or pages. */
  dir: string;
  slug: string;
  frontMatter: Record<string, unknown>;
  /** The Markdown body, once the post's HTML (task) is converted. */
  body: string;
  task: ConvertTask;
  problems: string[];
  /** WordPress's own offset for this post, in minutes, when its local and GMT dates disagree with the site's zone. */
  zoneMismatch?: number;
}

export type ItemResult = { kind: 'article'; article: ImportedArticle } | { kind: 'skipped'; reason: string; problem?: string };

const DRAFT_STATUSES = new Set(['draft', 'pending', 'private']);

/** Map one item; `kind` of the report counts comes from wp:post_type and wp:status. */
export function itemToArticle(item: XmlNode, site: SiteContext): ItemResult {
  const type = childText(item, 'wp:post_type') || 'post';
  const status = childText(item, 'wp:status') || 'publish';
  const id = childText(item, 'wp:post_id');
  if (type !== 'post' && type !== 'page') return { kind: 'skipped', reason: type };
  if (type === 'page' && !site.pages) return { kind: 'skipped', reason: 'page' };
  // A password-protected post was never public: it is treated like a private one.
  const isDraft = DRAFT_STATUSES.has(status) || (status === 'publish' && childText(item, 'wp:post_password') !== '');
  if (isDraft ? !site.drafts : status !== 'publish' && status !== 'future') {
    return { kind: 'skipped', reason: `${type} (${status === 'publish' ? 'password-protected' : status})` };
  }

  const problems: string[] = [];
  const title = plainText(childText(item, 'title'));
  const dates = readDates(item, site.timeZone);
  if (dates.date === undefined) {
    return {
      kind: 'skipped',
      reason: `${type} (no date)`,
      problem: `no date WordPress wrote can be read: "${childText(item, 'wp:post_date')}"`,
    };
  }
  const meta = postMeta(item);
  const frontMatter: Record<string, unknown> = { title: title || `Untitled ${id}` };
  if (!title) problems.push('has no title');
  frontMatter.date = formatIso(dates.date, site.timeZone);
  if (dates.updated !== undefined && dates.updated > dates.date) frontMatter.updated = formatIso(dates.updated, site.timeZone);

  const login = childText(item, 'dc:creator');
  const byline = site.authors.get(login);
  if (byline) frontMatter.byline = byline;
  else if (login) {
    frontMatter.byline = login;
    problems.push(`author "${login}" is not among the export's authors; the login is used as the byline`);
  }
  const terms = readTerms(item);
  const primary = site.categories.get(meta.get('_yoast_wpseo_primary_category') ?? meta.get('rank_math_primary_category') ?? '');
  const section = primary && terms.categories.includes(primary) ? primary : terms.categories[0];
  if (section) frontMatter.section = section;
  if (terms.categories.length > 1) frontMatter.categories = terms.categories;
  if (terms.tags.length) frontMatter.tags = terms.tags;
  const summary = plainText(childText(item, 'excerpt:encoded'));
  if (summary) frontMatter.summary = summary;
  const photo = readPhoto(meta.get('_thumbnail_id'), site, problems);
  if (photo) frontMatter.photo = photo;
  frontMatter.aliases = readAliases(item, id, problems);
  if (isDraft || type === 'page') frontMatter.draft = true;
  frontMatter.wordpress_id = Number(id) || id;

  const task = conversionTask(item.children.find((c) => c.name === 'content:encoded')?.text ?? '', id, site);
  const w = wallTime(dates.date, site.timeZone);
  const slug = readSlug(childText(item, 'wp:post_name'), title, id);
  const dir = type === 'page' ? 'pages' : `${w.year}/${String(w.month).padStart(2, '0')}`;
  const article: ImportedArticle = { id, title: String(frontMatter.title), dir, slug, frontMatter, body: '', task, problems };
  if (dates.wordpressOffset !== undefined && dates.wordpressOffset !== zoneOffsetMinutes(dates.date, site.timeZone)) {
    article.zoneMismatch = dates.wordpressOffset;
  }
  return { kind: 'article', article };
}

// The HTML and the images its galleries may show: all a conversion needs, to run in any thread.
function conversionTask(content: string, postId: string, site: SiteContext): ConvertTask {
  const task: ConvertTask = { content, postId, attachments: [], children: [] };
  if (!content.includes('[gallery')) return task;
  for (const m of content.matchAll(/\[gallery\b[^\]]*?\b(?:ids|include)\s*=\s*["']?([\d,\s]+)/g)) {
    for (const id of m[1]!.split(',')) {
      const a = site.attachments.get(id.trim());
      if (a) task.attachments.push(a);
    }
  }
  task.children = site.childrenOf(postId);
  return task;
}

/** Titles, names and excerpts: tags dropped, HTML entities decoded (WordPress stores &#8217; and &amp;), spaces collapsed. */
export function plainText(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

interface ItemDates {
  date?: Instant;
  updated?: Instant;
  /** WordPress's offset from its local and GMT dates, in minutes. */
  wordpressOffset?: number;
}

// wp:post_date is the site's wall time, wp:post_date_gmt the same moment in UTC; drafts have a
// zero GMT date. The GMT date is exact; the local one is read in the new site's time zone.
function readDates(item: XmlNode, timeZone: string): ItemDates {
  const gmt = validDate(childText(item, 'wp:post_date_gmt'), 'UTC');
  const local = childText(item, 'wp:post_date');
  const date = gmt ?? validDate(local, timeZone) ?? validDate(childText(item, 'pubDate'), timeZone);
  const out: ItemDates = {};
  if (date !== undefined) out.date = date;
  const updated = validDate(childText(item, 'wp:post_modified_gmt'), 'UTC') ?? validDate(childText(item, 'wp:post_modified'), timeZone);
  if (updated !== undefined) out.updated = updated;
  const localAsUtc = validDate(local, 'UTC');
  if (gmt !== undefined && localAsUtc !== undefined) out.wordpressOffset = Math.round((localAsUtc - gmt) / 60_000);
  return out;
}

function validDate(text: string, timeZone: string): Instant | undefined {
  if (!text || text.startsWith('0000-00-00')) return undefined;
  return parseDate(text, timeZone) ?? undefined;
}

function readTerms(item: XmlNode): { categories: string[]; tags: string[] } {
  const categories: string[] = [];
  const tags: string[] = [];
  for (const c of item.children) {
    if (c.name !== 'category') continue;
    const name = plainText(c.text);
    const list = c.attributes.domain === 'category' ? categories : c.attributes.domain === 'post_tag' ? tags : undefined;
    if (name && list && !list.includes(name)) list.push(name);
  }
  return { categories, tags };
}

function readPhoto(thumbnailId: string | undefined, site: SiteContext, problems: string[]): Record<string, string> | undefined {
  if (!thumbnailId) return undefined;
  const a = site.attachments.get(thumbnailId);
  if (!a) {
    problems.push(`its featured image (attachment ${thumbnailId}) is not in the export`);
    return undefined;
  }
  const photo: Record<string, string> = { src: site.localise(a.url, true), alt: a.alt ?? '' };
  if (a.caption) photo.caption = a.caption;
  if (a.credit) photo.credit = a.credit;
  return photo;
}

/**
 * The post's old permalink path and WordPress's /?p=ID, which always led to it. Each passes the
 * build's own alias rule, so the import never writes an alias the build would reject (a
 * <link>javascript:alert(1)</link> is reported on the item instead).
 */
function readAliases(item: XmlNode, id: string, problems: string[]): string[] {
  const aliases: string[] = [];
  const raw = childText(item, 'link');
  try {
    const link = new URL(raw);
    const old = `${link.pathname}${link.search}`;
    if (!/^https?:$/.test(link.protocol))
      problems.push(`its link ${JSON.stringify(raw)} is not a web address, so it is not kept as an old address`);
    else if (old !== '/' && old !== '') aliases.push(old);
  } catch {
    // An item without a usable link keeps only its ?p= alias.
  }
  const type = childText(item, 'wp:post_type');
  const byId = type === 'page' ? `/?page_id=${id}` : `/?p=${id}`;
  if (/^\d+$/.test(id) && !aliases.includes(byId)) aliases.push(byId);
  const { kept, problems: refused } = checkAliases(aliases);
  for (const p of refused) problems.push(`an old address is not kept: ${problemMessage(p)}`);
  return kept;
}

function readSlug(postName: string, title: string, id: string): string {
  let name = postName;
  try {
    name = decodeURIComponent(postName); // non-Latin slugs are stored percent-encoded
  } catch {
    // keep it as written
  }
  return slugify(name) || slugify(title) || `post-${id}`;
}

/** An attachment item -> what posts need of it: address, alt text, caption, credit. */
export function readAttachment(item: XmlNode): Attachment | undefined {
  const id = childText(item, 'wp:post_id');
  const url = childText(item, 'wp:attachment_url') || childText(item, 'guid');
  if (!id || !url) return undefined;
  const meta = postMeta(item);
  const attachment: Attachment = { id, url, parent: childText(item, 'wp:post_parent') };
  const alt = plainText(meta.get('_wp_attachment_image_alt') ?? '');
  const caption = plainText(childText(item, 'excerpt:encoded'));
  // The Media Credit plugin's field, else the credit the camera wrote into the file (IPTC/EXIF).
  const exifCredit = /"credit";s:\d+:"([^"]*)"/.exec(meta.get('_wp_attachment_metadata') ?? '')?.[1];
  const credit = plainText(meta.get('_media_credit') ?? exifCredit ?? '');
  if (alt) attachment.alt = alt;
  if (caption) attachment.caption = caption;
  if (credit) attachment.credit = credit;
  return attachment;
}
