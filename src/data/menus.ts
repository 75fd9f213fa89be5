// Header and footer menus: lists of { label, url }, from the config's `menus` or data/menus.*.
import * as v from 'valibot';
import { createProblem } from '../errors/index.js';

const label = v.pipe(v.string(), v.minLength(1));
// A link is a URL (site paths start with /) or one of the site's pages by its file ("about.md").
const itemSchema = v.union([
  v.strictObject({ label, url: v.pipe(v.string(), v.minLength(1)) }),
  v.strictObject({ label, page: v.pipe(v.string(), v.minLength(1)) }),
]);
export const menusSchema = v.strictObject({
  header: v.optional(v.array(itemSchema), () => []),
  footer: v.optional(v.array(itemSchema), () => []),
});

export type Menus = v.InferOutput<typeof menusSchema>;

/** The menus, or empty ones; a bad entry is DATA_INVALID naming the menu and item. */
export function readMenus(value: unknown, file: string): Menus {
  if (value === undefined) return { header: [], footer: [] };
  const parsed = v.safeParse(menusSchema, value);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const key = (issue.path ?? []).map((p) => String(p.key)).join('.');
  throw createProblem('DATA_INVALID', { kind: 'menus', key, issue: issue.message }, { location: { file } });
}
