/**
 * The renderer's only door to main: the object preload exposes as `window.yandu`.
 * Tests install the same shape (bridged to the real main handlers), so this module is the test seam.
 */
import type { YanduApi } from '../core/contract';

declare global {
  interface Window {
    yandu?: YanduApi;
  }
}

/** Returns the bridge, or throws a clear error if the page runs outside the app. */
export function getApi(): YanduApi {
  const api = window.yandu;
  if (!api) throw new Error('研读 API is not available: the page must be loaded by the app.');
  return api;
}
