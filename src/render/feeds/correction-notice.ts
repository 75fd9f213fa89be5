// Corrections are printed into every feed body, because no feed format has a field for them
// and a reader who saw the original story must be able to see what changed.
import { formatLongDate } from '../../shared/dates.js';
import type { FeedCorrection } from './feed-types.js';
import { escapeXmlText } from './xml-escape.js';

/** Corrections oldest first; the stable sort keeps the author's order for same-day notes. */
function sortCorrections(corrections: FeedCorrection[]): FeedCorrection[] {
  return [...corrections].sort((a, b) => a.date - b.date);
}

/** Plain-text notices: "Correction (24 October 2019): text", one per correction. */
export function formatCorrectionsText(corrections: FeedCorrection[], timeZone: string): string[] {
  return sortCorrections(corrections).map((c) => `${labelOf(c, timeZone)}: ${c.text}`);
}

/** The same notices as HTML paragraphs, with the correction text escaped. */
export function formatCorrectionsHtml(corrections: FeedCorrection[], timeZone: string): string {
  return sortCorrections(corrections)
    .map((c) => `<p class="correction"><strong>${escapeXmlText(labelOf(c, timeZone))}:</strong> ${escapeXmlText(c.text)}</p>`)
    .join('');
}

function labelOf(c: FeedCorrection, timeZone: string): string {
  return c.label ?? `Correction (${formatLongDate(c.date, timeZone)})`;
}
