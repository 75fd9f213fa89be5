import type { ShareTarget } from '../config/index.js';

export interface ShareLink {
  id: ShareTarget;
  label: string;
  href: string;
  mail: boolean;
  /** Name of the theme partial that draws its icon. */
  icon: string;
}

const LABELS: Record<ShareTarget, string> = {
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  email: 'Email',
};

/** Plain share links (no third-party script): every parameter percent-encoded once. */
export function buildShareLinks(targets: readonly ShareTarget[], url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const hrefs: Record<ShareTarget, string> = {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    x: `https://x.com/intent/post?url=${u}&text=${t}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    telegram: `https://t.me/share/url?url=${u}&text=${t}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    email: `mailto:?subject=${t}&body=${u}`,
  };
  return targets.map((id) => ({ id, label: LABELS[id], href: hrefs[id], mail: id === 'email', icon: `icon-${id}` }));
}
