/**
 * Reading the parts of a zip container (a Word file) without trusting it: the central directory is read first, a
 * part is inflated by Node's zlib (small parts in place, large ones off the main thread) into no more than the size the directory declares (and never
 * more than a cap), and its CRC-32 must match. A zip bomb (a part claiming a huge size, or a ratio no XML reaches)
 * and a part whose declared size lies (it inflates to more, or its CRC differs) are refused, so no file can fill
 * memory or keep main busy inflating.
 */
import zlib from 'node:zlib';

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Why a zip or one of its parts was refused. */
export type ZipProblem = 'not-zip' | 'damaged' | 'encrypted' | 'unsupported' | 'too-large' | 'bomb';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem}`);
  }
}

/** The most entries a Word file may have; real ones have tens. */
const MAX_ENTRIES = 10_000;
/** Deflate cannot exceed 1032:1; XML inflates 5–20×. Above this ratio (for parts over 1 MiB) it is a bomb. */
const MAX_RATIO = 200;
const RATIO_FLOOR = 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Whether the bytes start like a zip (a local file header, or an empty archive's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The central directory's entries, by name. Throws ZipError('not-zip' | 'damaged' | 'unsupported'). */
export function listZip(bytes: Uint8Array): Map<string, ZipEntry> {
  if (!looksLikeZip(bytes)) throw new ZipError('not-zip');
  const data = view(bytes);
  // The end record is in the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes).
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (data.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('damaged');
  const count = data.getUint16(eocd + 10, true);
  const directorySize = data.getUint32(eocd + 12, true);
  const directoryOffset = data.getUint32(eocd + 16, true);
  // ZIP64 marks (0xFFFF / 0xFFFFFFFF): no Word file under the app's 60 MB cap needs them.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('unsupported');
  if (count > MAX_ENTRIES) throw new ZipError('damaged');
  if (directoryOffset + directorySize > eocd) throw new ZipError('damaged');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || data.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipError('damaged');
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) throw new ZipError('damaged');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      crc: data.getUint32(at + 16, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Parts up to this size inflate in place (well under a millisecond); the thread pool's round trip cost more. */
const INFLATE_IN_PLACE_BYTES = 2 * 1024 * 1024;

const inflateRaw = (input: Uint8Array, maxOutputLength: number): Promise<Buffer> => {
  const options = { maxOutputLength: Math.max(1, maxOutputLength) };
  if (maxOutputLength <= INFLATE_IN_PLACE_BYTES) {
    try {
      return Promise.resolve(zlib.inflateRawSync(input, options));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return new Promise((resolve, reject) => {
    zlib.inflateRaw(input, options, (error, result) => (error ? reject(error) : resolve(result)));
  });
};

/**
 * The bytes of one part, at most `maxBytes`. Refused: encrypted entries, methods other than stored and deflate,
 * a declared size over the cap or a bomb's ratio, data that inflates to more than declared, a CRC mismatch.
 */
export async function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
): Promise<Uint8Array> {
  if (entry.flags & 1) throw new ZipError('encrypted');
  if (entry.size > maxBytes) throw new ZipError('too-large');
  if (entry.size > RATIO_FLOOR && entry.size > entry.compressedSize * MAX_RATIO) throw new ZipError('bomb');
  const data = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) throw new ZipError('damaged');
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('damaged');
  const raw = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError('damaged');
    out = raw;
  } else if (entry.method === 8) {
    try {
      out = await inflateRaw(raw, entry.size);
    } catch (error) {
      // zlib stops at maxOutputLength: the part inflates to more than it declares.
      const code = (error as { code?: string }).code;
      throw new ZipError(code === 'ERR_BUFFER_TOO_LARGE' ? 'bomb' : 'damaged');
    }
  } else {
    throw new ZipError('unsupported');
  }
  if (out.length !== entry.size || zlib.crc32(out) >>> 0 !== entry.crc) throw new ZipError('damaged');
  return out;
}
