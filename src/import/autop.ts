// Classic-editor posts are stored without <p> tags: WordPress adds them on display (wpautop),
// a blank line ending a paragraph and a single newline making a <br>. Done here the same way
// before the HTML is parsed, or every post would come out as one paragraph.

const BLOCK =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|' +
  'math|style|script|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|' +
  'details|menu|summary|iframe';
const OPENING = new RegExp(`(<(?:${BLOCK})(?=[\\s/>])[^>]*>)`, 'gi');
const CLOSING = new RegExp(`(</(?:${BLOCK})>)`, 'gi');
const STARTS_WITH_BLOCK = new RegExp(`^</?(?:${BLOCK})(?=[\\s/>])`, 'i');
const PRESERVED = /<(pre|script|style|textarea)\b[\s\S]*?<\/\1>/gi;

/** Wrap the loose text of classic-editor HTML in paragraphs, as WordPress shows it. */
export function autop(html: string): string {
  const kept: string[] = [];
  let text = html.replace(/\r\n?/g, '\n').replace(PRESERVED, (block) => `<!--keep:${kept.push(block) - 1}-->`);
  text = text.replace(OPENING, '\n\n$1').replace(CLOSING, '$1\n\n');
  const chunks = text.split(/\n[ \t]*\n/);
  const out: string[] = [];
  for (const raw of chunks) {
    const chunk = raw.trim();
    if (!chunk) continue;
    if (STARTS_WITH_BLOCK.test(chunk) || /^<!--keep:\d+-->$/.test(chunk)) out.push(chunk);
    else out.push(`<p>${chunk.replace(/\n/g, '<br>\n')}</p>`);
  }
  return out.join('\n\n').replace(/<!--keep:(\d+)-->/g, (_, i: string) => kept[Number(i)]!);
}
