// A conforming XML 1.0 + namespaces check. The feed parser and fast-xml-parser are lenient (they
// accept control characters and unbound prefixes), so well-formedness is asserted separately.
import { SaxesParser } from 'saxes';

/** Throw listing every well-formedness or namespace error saxes finds in xml. */
export function assertWellFormedXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  if (errors.length > 0) throw new Error(`Not well-formed XML:\n${errors.join('\n')}`);
}
