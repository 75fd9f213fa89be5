// File names and front matter are written by others: printed raw, an escape sequence in them
// could repaint the terminal, hide lines or forge a CI log line. Everything printed for people
// goes through here, colours or not (NO_COLOR does not make raw control characters safe).

// C0 and C1 controls (ESC, BEL, CR, backspace ... tab and newline are kept), DEL, and the
// bidi overrides that reorder what a reader sees ("Trojan source").
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const shown = (c: string) => {
  if (c === '\n' || c === '\t') return c;
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** Text with every control character written as \xNN; newlines kept, each next line indented by indent. */
export function escapeControls(text: string, indent = ''): string {
  const safe = text.replace(UNSAFE, shown);
  return indent ? safe.replace(/\n/g, `\n${indent}`) : safe;
}

/** One line of text: newlines and tabs escaped too. */
export function escapeLine(text: string): string {
  return escapeControls(text).replace(/[\n\t]/g, (c) => (c === '\n' ? '\\n' : '\\t'));
}
