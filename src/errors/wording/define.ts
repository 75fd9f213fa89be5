// The shape of a catalogue entry: what happened and what to do, both worded from the problem's data.

/** A catalogue entry: the message says what happened and why, the hint what to do about it. */
export interface Wording<D> {
  message(data: D): string;
  hint(data: D): string;
}

/** Declare one entry, its data type given once. */
export const worded = <D>(wording: Wording<D>) => wording;

type KindData<V> = { [K in keyof V]: V[K] extends Wording<infer D> ? { kind: K } & D : never }[keyof V];

/** One code found in several situations: each kind of data gets its own message and hint. */
export function wordedByKind<V extends Record<string, Wording<never>>>(kinds: V): Wording<KindData<V>> {
  const of = (d: KindData<V>) => kinds[d.kind as keyof V] as unknown as Wording<KindData<V>>;
  return { message: (d) => of(d).message(d), hint: (d) => of(d).hint(d) };
}

/** "1 file" / "2 files". */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
