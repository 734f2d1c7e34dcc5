/** Serves the renderer from `yandu://app/` (not `file://`), with the CSP header on every response. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentTypeFor, resolveAppPath } from '../security/app-path';
import { APP_SCHEME } from '../security/app-scheme';
import { buildContentSecurityPolicy } from '../security/policies';

/**
 * Declares the app scheme standard and secure, with V8's code cache (off by default for custom schemes, so every
 * start-up would compile the bundle again); must run before the app is ready.
 */
export function registerAppSchemePrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Answers app-scheme requests with files under `root` (dist/renderer) only. */
export function registerAppProtocol(root: string): void {
  const headers = {
    'Content-Security-Policy': buildContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
  };
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405, headers });
    let file = resolveAppPath(root, request.url);
    if (!file) return new Response(null, { status: 404, headers });
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...headers, 'Content-Type': contentTypeFor(file) },
      });
    } catch {
      return new Response(null, { status: 404, headers });
    }
  });
}
