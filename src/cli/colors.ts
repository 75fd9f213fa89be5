// Colours for terminal output: only on a terminal, never with NO_COLOR, always with FORCE_COLOR.
import { inspect } from 'node:util';

export interface Style {
  readonly enabled: boolean;
  error(text: string): string;
  warning(text: string): string;
  ok(text: string): string;
  strong(text: string): string;
  dim(text: string): string;
}

/** Whether to colour a stream: FORCE_COLOR wins ("0" or "false" turn colours off), then NO_COLOR, then "is it a terminal". */
export function colorsWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const PLAIN = (text: string) => text;

/** A set of colour functions; all of them return the text unchanged when colours are off. */
export function createStyle(enabled: boolean): Style {
  // Node's own ANSI code table; util.styleText would look at the environment again on newer Nodes.
  const paint = (...names: string[]) => {
    if (!enabled) return PLAIN;
    const codes = names.map((n) => inspect.colors[n]!);
    return (text: string) => codes.reduceRight((inner, [open, close]) => `\x1b[${open}m${inner}\x1b[${close}m`, text);
  };
  return {
    enabled,
    error: paint('bold', 'red'),
    warning: paint('bold', 'yellow'),
    ok: paint('green'),
    strong: paint('bold'),
    dim: paint('dim'),
  };
}

/** The style for a stream of this process. */
export function styleFor(stream: { isTTY?: boolean }): Style {
  return createStyle(colorsWanted(stream));
}
