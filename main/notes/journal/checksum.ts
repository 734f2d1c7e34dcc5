/**
 * Seals a JSON object's text with a CRC32 of its exact bytes, as a last `crc` field, so a torn or
 * altered line or file is recognised without trusting JSON.parse alone (a truncated file can still
 * parse, e.g. when it is cut after a complete line).
 */
import { crc32 } from 'node:zlib';

const MARK = ',"crc":"';
const HEX8 = /^[0-9a-f]{8}$/;

function hex(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}

/** `{"a":1}` → `{"a":1,"crc":"…"}`; the body must be the JSON text of a non-empty object. */
export function seal(body: string): string {
  if (!body.startsWith('{') || !body.endsWith('}') || body === '{}') {
    throw new Error('seal expects the JSON text of a non-empty object');
  }
  return `${body.slice(0, -1)},"crc":"${hex(body)}"}`;
}

/**
 * Whether sealed bytes (optionally followed by one newline) verify, without decoding them to a
 * string: rotation checks several multi-megabyte backups, so this stays cheap.
 */
export function sealedBytesVerify(bytes: Uint8Array): boolean {
  const end = bytes.at(-1) === 0x0a ? bytes.length - 1 : bytes.length;
  const trailerLength = MARK.length + 10; // ,"crc":"xxxxxxxx"}
  const at = end - trailerLength;
  if (at < 1) return false;
  const trailer = Buffer.from(bytes.buffer, bytes.byteOffset + at, trailerLength).toString('latin1');
  const crc = trailer.slice(MARK.length, MARK.length + 8);
  if (!trailer.startsWith(MARK) || !trailer.endsWith('"}') || !HEX8.test(crc)) return false;
  const sum = crc32('}', crc32(bytes.subarray(0, at)));
  return sum.toString(16).padStart(8, '0') === crc;
}

/** The body a sealed text was made from, or null when the trailer is missing or does not match. */
export function unseal(sealed: string): string | null {
  const at = sealed.lastIndexOf(MARK);
  const crc = sealed.slice(at + MARK.length, -2);
  if (at < 1 || !sealed.endsWith('"}') || sealed.length !== at + MARK.length + 10 || !HEX8.test(crc)) {
    return null;
  }
  const body = `${sealed.slice(0, at)}}`;
  return hex(body) === crc ? body : null;
}
