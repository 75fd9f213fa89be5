// Text set aside while the rest of a body is converted ({% raw %} blocks, Hugo's escaped
// shortcodes), put back afterwards exactly as written.

export interface Vault {
  /** A token to put in the text instead of `text`. */
  keep(text: string): string;
  /** The text with every token replaced by what it stands for. */
  restore(text: string): string;
}

// Private-use characters: no writer types them, and no Markdown construct treats them specially.
const OPEN = '\uE000';
const CLOSE = '\uE001';

export function createVault(): Vault {
  const kept: string[] = [];
  return {
    keep(text) {
      kept.push(text);
      return `${OPEN}${kept.length - 1}${CLOSE}`;
    },
    restore(text) {
      if (kept.length === 0) return text;
      return text.replace(/\uE000(\d+)\uE001/g, (token, i: string) => kept[Number(i)] ?? token);
    },
  };
}
