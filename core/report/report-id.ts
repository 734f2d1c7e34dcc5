/** The report's stable id: a hash of its text, so the same text always gets the same id (the annotations' reportId). */
import { normaliseNewlines } from './lines';

/**
 * cyrb53 (bryc, public domain): a fast 53-bit string hash in pure TypeScript, because core/ cannot use node:crypto.
 * Not cryptographic; it only has to tell report texts apart. https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js
 */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `r` + 14 hex digits of the hash of the text, after removing a BOM and unifying line breaks (CRLF = LF). */
export function reportId(text: string): string {
  return `r${cyrb53(normaliseNewlines(text)).toString(16).padStart(14, '0')}`;
}
