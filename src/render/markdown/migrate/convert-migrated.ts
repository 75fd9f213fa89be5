// Migrated content's template syntax, converted before Markdown parsing: Liquid as Jekyll posts use
// it, Hugo's shortcodes, Zola's @/ links and kramdown's attribute lists. A conversion layer, not a
// template engine: a small allowlist is answered from the site, and everything else is shown as
// code and reported, never run. Template syntax inside code is left as the writer shows it.
import { convertBlockTags, lineBreaks } from './block-tags.js';
import { createCodeTest, findCodeRanges } from './code-ranges.js';
import { EMBED_SHORTCODES, parseShortcodeParams, renderEmbedShortcode } from './hugo-shortcodes.js';
import { convertAttributeList } from './kramdown-attributes.js';
import { evaluateUrlExpression } from './liquid-expression.js';
import type { BlockAttributes, Conversion, ResolveReference, SyntaxNote } from './types.js';
import { createVault } from './vault.js';

const TRIGGER = /\{[{%:#]|@\//;

// One pass over the text finds every construct, left to right; groups name which one matched.
const SYNTAX = new RegExp(
  [
    String.raw`(?<liquidTag>\{%-?\s*(?<tagName>[A-Za-z_]\w*)(?<tagArgs>[\s\S]{0,400}?)-?%\})`,
    String.raw`(?<hugo>\{\{(?<hugoOpen>[<%])\s*(?<hugoClose>\/?)\s*(?<hugoName>[A-Za-z][\w.\/-]*)(?<hugoArgs>[\s\S]{0,1000}?)\s*[>%]\}\})`,
    // Handlebars' {{{ }}} is no Liquid, but it is template syntax all the same: shown whole.
    String.raw`(?<triple>\{\{\{[\s\S]{0,400}?\}\}\})`,
    String.raw`(?<liquidOut>\{\{-?(?<expression>[\s\S]{0,400}?)-?\}\})`,
    String.raw`(?<zola>(?<zolaBefore>\]\(\s*<?|^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*<?)@\/(?<zolaPath>[^)\s#>]+)(?<zolaAnchor>#[^)\s>]*)?)`,
    String.raw`(?<kramdown>\{(?::|#)[^}\n]{0,400}\})`,
  ].join('|'),
  'gm',
);

/** Whether a body may hold syntax this converts: most bodies do not, and skip it entirely. */
export function hasMigratedSyntax(markdown: string): boolean {
  return TRIGGER.test(markdown);
}

/** The body with migrated syntax converted, what could not be, and the ids kramdown lists give blocks. */
export function convertMigratedSyntax(markdown: string, resolve: ResolveReference): Conversion {
  if (!hasMigratedSyntax(markdown)) return { markdown, notes: [], attributes: [] };
  const vault = createVault();
  const text = convertBlockTags(markdown, vault);
  const inCode = createCodeTest(findCodeRanges(text));
  const notes: SyntaxNote[] = [];
  const attributes: BlockAttributes[] = [];
  let out = '';
  let last = 0;
  let line = 1;
  let lineStart = 0;
  let outLines = 1;
  const pattern = new RegExp(SYNTAX.source, SYNTAX.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const at = m.index;
    for (let i = text.indexOf('\n', lineStart); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const whole = m[0];
    const g = m.groups!;
    const chunk = text.slice(last, at);
    let chunkKept = false;
    const code = inCode(at + (g.zola ? whole.indexOf('@/') : 0));
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    // A Zola link is reported from its @/, not from the Markdown before it.
    const syntax = g.zola ? whole.slice(whole.indexOf('@/')) : whole;
    const place = { line, column: at - lineStart + 1 + whole.length - syntax.length };
    const note = (outcome: SyntaxNote['outcome'], why: string) => notes.push({ syntax: vault.restore(syntax), outcome, why, ...place });
    const before = text.slice(lineStart, at);
    // In a link's address or inside an HTML tag a code span would break what surrounds it: left as written.
    const inAddress = /\]\(\s*<?$|^ {0,3}\[[^\]]+\]:\s*$|<[A-Za-z][^<>]*$/.test(before);
    let skip = 0;
    const shown = (why: string) => {
      if (code) return whole;
      note('shown', why);
      if (!inAddress) return codeSpan(vault.restore(whole));
      // [text]({% post_url missing %}) would show as a whole line of syntax: the text stays, the tag follows it as code.
      const link = /\[([^[\]\n]*)\]\(\s*<?$/.exec(out + chunk);
      const close = /^\s*>?\)/.exec(text.slice(at + whole.length));
      if (!link || !close) return whole;
      out = (out + chunk).slice(0, link.index) + `${link[1]} `;
      chunkKept = true;
      skip = close[0].length;
      return codeSpan(vault.restore(whole));
    };
    let replacement: string;
    if (g.liquidTag) replacement = liquidTag(g.tagName!, g.tagArgs!.trim(), resolve, out + chunk, shown);
    else if (g.hugo) replacement = hugoShortcode(g, code, resolve, shown);
    else if (g.triple) replacement = shown('templates are never run in an article');
    else if (g.liquidOut) {
      const value = evaluateUrlExpression(g.expression!.trim(), resolve);
      replacement = value ?? shown('only site.url, site.baseurl, page.url and the URL filters are converted');
    } else if (g.zola) {
      const url = code ? undefined : resolve(`zola ${g.zolaPath}`);
      if (url === undefined && !code) note('shown', 'no published article is at that path in the content folder');
      replacement = url === undefined ? whole : `${g.zolaBefore}${url}${g.zolaAnchor ?? ''}`;
    } else {
      const result = code
        ? undefined
        : convertAttributeList(whole, {
            line: text.slice(lineStart, lineEnd),
            start: at - lineStart,
            end: at - lineStart + whole.length,
            outLine: outLines + lineBreaks(chunk),
            afterBlank: /\n[ \t]*\n[ \t]*$/.test(text.slice(0, lineStart)) || lineStart === 0,
          });
      if (!result) replacement = whole;
      else {
        if (result.note) note(result.note.outcome, result.note.why);
        if (result.attributes) attributes.push(result.attributes);
        replacement = result.text;
        if (result.dropTocLine) {
          // Same line count: the `* TOC` line becomes empty.
          out = (out + chunk).replace(/(^|\n)[ \t]*[*+-][ \t]+TOC[ \t]*\n[ \t]*$/, '$1\n');
          chunkKept = true;
        }
      }
    }
    outLines += lineBreaks(chunk) + lineBreaks(replacement);
    out += (chunkKept ? '' : chunk) + replacement;
    last = at + whole.length + skip;
    pattern.lastIndex = last;
  }
  return { markdown: vault.restore(out + text.slice(last)), notes, attributes };
}

type Shown = (why: string) => string;

function liquidTag(name: string, args: string, resolve: ResolveReference, out: string, shown: Shown): string {
  switch (name) {
    case 'post_url':
    case 'link': {
      const target = args.replace(/^["']|["']$/g, '');
      const url = resolve(`${name} ${target}`);
      if (url === undefined)
        return shown(name === 'post_url' ? 'no published post has that file name' : 'no published article or page is at that path');
      // Jekyll 3 sites wrote {{ site.baseurl }}{% post_url %}; the URL already has the base path.
      const base = resolve('site.baseurl') ?? '';
      return base && out.endsWith(base) && url.startsWith(`${base}/`) ? url.slice(base.length) : url;
    }
    case 'include':
    case 'include_relative':
      return shown('Liquid includes are not run');
  }
  return shown(`{% ${name} %} is not a tag Broadsheet converts`);
}

function hugoShortcode(g: Record<string, string | undefined>, code: boolean, resolve: ResolveReference, shown: Shown): string {
  const name = g.hugoName!.toLowerCase();
  const [open, close] = g.hugoOpen === '%' ? ['{{%', '%}}'] : ['{{<', '>}}'];
  if (g.hugoClose) return shown(`${open} /${name} ${close} closes a shortcode Broadsheet does not convert`);
  const params = parseShortcodeParams(g.hugoArgs!);
  if (name === 'ref' || name === 'relref' || name === 'param') {
    const arg = params.path ?? params.name ?? params['0'] ?? '';
    const [target, anchor] = name === 'param' ? [arg, ''] : splitAnchor(arg);
    const value = resolve(`${name === 'param' ? 'param' : 'ref'} ${target}`);
    if (value === undefined)
      return shown(
        name === 'param'
          ? "neither the article's front matter nor the site's [params] has that key"
          : 'no published article is at that path',
      );
    return value + anchor;
  }
  if (code) return shown('');
  if (EMBED_SHORTCODES.has(name)) {
    const html = renderEmbedShortcode(name, params);
    if (html) return html;
    return shown(`the ${name} shortcode lacks what it needs (an id or a src)`);
  }
  return shown(`${open} ${name} ${close} is not one of Hugo's built-in shortcodes that Broadsheet converts`);
}

function splitAnchor(target: string): [string, string] {
  const hash = target.indexOf('#');
  return hash < 0 ? [target, ''] : [target.slice(0, hash), target.slice(hash)];
}

/** Inline code showing `text` as written, its fence longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
