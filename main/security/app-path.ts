/** Maps `yandu://app/…` URLs to files under the renderer's build folder; pure, so traversal is property-tested. */
import path from 'node:path';
import { parseAppUrl } from './app-scheme';

// A decoded segment may not smuggle in a separator, a drive (C:), a NUL or other control characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_SEGMENT = /[\\/:\u0000-\u001f\u007f]/;

/**
 * The absolute file under `root` that `url` names, or null if the URL is not the app's or could leave
 * `root` (`..`, `%2e%2e`, encoded or back slashes, drive letters, NUL). A path ending in `/` means index.html.
 */
export function resolveAppPath(root: string, url: string): string | null {
  const parsed = parseAppUrl(url);
  if (!parsed || parsed.port !== '') return null;
  const rawPath = parsed.pathname === '' ? '/' : parsed.pathname;
  if (!rawPath.startsWith('/') || rawPath.includes('\\')) return null;

  const rawSegments = rawPath.slice(1).split('/');
  if (rawSegments[rawSegments.length - 1] === '') rawSegments[rawSegments.length - 1] = 'index.html';
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment))
      return null;
    segments.push(segment);
  }

  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  // Belt and braces: whatever the checks above missed, never answer outside root.
  return file.startsWith(base + path.sep) ? file : null;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a served file, by extension; unknown types are opaque bytes (with nosniff). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
