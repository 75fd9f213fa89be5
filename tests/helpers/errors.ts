import { collectErrors, type BroadsheetError } from '../../src/errors/index.js';

/** Run a build expected to fail; return its BroadsheetErrors (fails the test if it succeeds or crashes). */
export async function expectBuildErrors(run: () => Promise<unknown>): Promise<BroadsheetError[]> {
  try {
    await run();
  } catch (error) {
    const errors = collectErrors(error);
    if (!errors.length) throw error;
    return errors;
  }
  throw new Error('expected the build to fail');
}
