import { createProblem } from '../errors/index.js';
import type { Instant } from '../types.js';

/**
 * The build's "now", taken in one place: SOURCE_DATE_EPOCH (seconds) when set, so two builds
 * of the same input are byte-identical; otherwise the wall clock.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Instant {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return Date.now();
  if (!/^\d+$/.test(raw)) {
    throw createProblem('CLI_USAGE', { kind: 'source-date-epoch', raw });
  }
  return Number(raw) * 1000;
}
