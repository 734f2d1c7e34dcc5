/**
 * Security policies as pure functions and constants (DESIGN §8), so they are unit- and property-tested
 * in Node; the Electron wiring in window.ts, hardening.ts and protocol.ts only applies them.
 */
import { parseAppUrl } from './app-scheme';

/** The renderer's web preferences; window.ts adds only the `preload` path. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
});

/** Content-Security-Policy directives: only the app's own files, no inline script, no remote origins. */
const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The CSP header value the app protocol sends with every response. */
export function buildContentSecurityPolicy(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Whether the window may navigate to `url`: only within the app's own pages. */
export function isAllowedNavigation(url: unknown): boolean {
  return parseAppUrl(url) !== null;
}

/** Permission requests and checks (camera, notifications, clipboard read …): the reader needs none, so all are denied. */
export function decidePermission(_permission: string, _requestingUrl: string): boolean {
  return false;
}

/** Whether an IPC call comes from the app's own page (by protocol and host, never `URL.origin`). */
export function isTrustedSender(frameUrl: unknown): boolean {
  return parseAppUrl(frameUrl) !== null;
}

/** Whether a link may be handed to the system browser: https only, with a host and no credentials. */
export function isSafeExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
  );
}
