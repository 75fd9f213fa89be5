// One old address that must keep working, and where it now points.

export interface Redirect {
  /** Site path of the old address, e.g. /news/648112/old-slug/. */
  from: string;
  /** Site path of the target. */
  to: string;
  /** Absolute http(s) URL of the target, for pages that must not depend on the host. */
  toAbsolute: string;
}
