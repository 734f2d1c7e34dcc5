/** The app's own URL space: every page and asset is served from `yandu://app/` (DESIGN §8), never `file://`. */

/** The custom scheme registered as privileged before the app is ready. */
export const APP_SCHEME = 'yandu';
/** The only host the scheme serves. */
export const APP_HOST = 'app';
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Parses a URL and returns it only if it is in the app's URL space.
 * Compares `protocol` and `host` because `URL.origin` is "null" for custom schemes, the same as for
 * `data:` and `about:blank`; a non-special scheme's host is not lower-cased, so `yandu://APP/` is refused.
 */
export function parseAppUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const ok =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '';
  return ok ? parsed : null;
}
