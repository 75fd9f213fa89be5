// The HTML of embedded media that migrated content asks for (WordPress [embed], Hugo's youtube,
// vimeo, x and instagram shortcodes): written once, so every importer embeds the same way.

export type VideoHost = 'youtube' | 'vimeo';

/** A player for a YouTube or Vimeo video id, in YouTube's privacy-enhanced mode. */
export function videoPlayerHtml(host: VideoHost, id: string, title?: string): string {
  const src =
    host === 'vimeo'
      ? `https://player.vimeo.com/video/${encodeURIComponent(id)}`
      : `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`;
  const label = title ?? (host === 'vimeo' ? 'Vimeo video' : 'YouTube video');
  return `<figure class="embed"><iframe src="${src}" title="${escapeAttribute(label)}" width="560" height="315" allowfullscreen></iframe></figure>`;
}

/**
 * A social post as the quote its network's embed code starts from: the link to the post is what
 * readers see without the network's script (which Broadsheet never publishes).
 */
export function postQuoteHtml(network: 'x' | 'instagram', url: string, text: string): string {
  const className = network === 'x' ? 'twitter-tweet' : 'instagram-media';
  return `<blockquote class="${className}"><p><a href="${escapeAttribute(url)}">${escapeText(text)}</a></p></blockquote>`;
}

export function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
