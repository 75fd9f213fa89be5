// One old address that must keep working, and where it now points.

export interface Redirect {
  /** Site path of the old address, e.g. /news/648112/old-slug/. */
  from: string;
  /**
   * Query parameters the old address must carry, as `key=value` fields separated by spaces
   * (WordPress's /?p=123). Only a `_redirects` file can match these: no HTML page is written.
   */
  query?: string;
  /** Site path of the target. */
  to: string;
  /** Absolute http(s) URL of the target, for pages that must not depend on the host. */
  toAbsolute: string;
}
