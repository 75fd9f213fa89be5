// Streaming stages (render, search) hand their files on one at a time and their stats as the
// generator's return value, so nothing is counted into an object passed in.

/**
 * Yield every item of source, calling `each` on it first; return what source returned. Stopping
 * early (the consumer breaks or throws) stops source too, as for await would.
 */
export async function* passThrough<T, R>(source: AsyncGenerator<T, R>, each: (item: T) => void): AsyncGenerator<T, R> {
  let done = false;
  try {
    for (;;) {
      const step = await source.next();
      if (step.done) {
        done = true;
        return step.value;
      }
      each(step.value);
      yield step.value;
    }
  } finally {
    if (!done) await source.return(undefined as R);
  }
}
