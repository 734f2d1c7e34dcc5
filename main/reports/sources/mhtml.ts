/**
 * A web page saved as one file (.mhtml / .mht, "Save as… single file" in Chrome, Edge and old IE): a MIME
 * multipart archive whose first text/html part is the page. That part is decoded (quoted-printable or base64, in
 * its charset) and read as a saved web page; the images and styles beside it are ignored.
 */
import type { Result } from '../../../core/result';
import { err, ok } from '../../../core/result';

/** The page inside an archive: its bytes and the charset its part declares. */
export interface MhtmlPage {
  bytes: Uint8Array;
  charset?: string;
}

/** Header block → lower-case names to values (folded lines unfolded). */
function headers(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

const parameter = (value: string | undefined, name: string): string | undefined =>
  value === undefined ? undefined : new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(value)?.[1];

function quotedPrintable(body: string): Uint8Array {
  const unfolded = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const char = unfolded.charCodeAt(i);
    const hex = unfolded.slice(i + 1, i + 3);
    if (char === 0x3d && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(char & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** The page of an MHTML archive, or why there is none. `bytes` are the archive's (its headers are ASCII). */
export function mhtmlPage(fileName: string, bytes: Uint8Array): Result<MhtmlPage> {
  // Latin-1 keeps every byte as one character, so 8bit parts survive the split unchanged.
  const text = new TextDecoder('latin1').decode(bytes);
  const split = /\r?\n\r?\n/.exec(text);
  const top = headers(split ? text.slice(0, split.index) : '');
  const boundary = parameter(top.get('content-type'), 'boundary');
  const broken = err(
    'damaged-file',
    `“${fileName}”不是完整的单文件网页（MHTML），无法读取。请重新保存网页后再打开。`,
  );
  if (boundary === undefined || !split) return broken;
  const parts = text.slice(split.index + split[0].length).split(`--${boundary}`);
  for (const part of parts) {
    const gap = /\r?\n\r?\n/.exec(part);
    if (!gap) continue;
    const head = headers(part.slice(0, gap.index).replace(/^\r?\n/, ''));
    const type = head.get('content-type') ?? '';
    if (!/^text\/html/i.test(type)) continue;
    const body = part.slice(gap.index + gap[0].length).replace(/\r?\n$/, '');
    const encoding = (head.get('content-transfer-encoding') ?? '').toLowerCase();
    const pageBytes =
      encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : encoding === 'base64'
          ? Uint8Array.from(Buffer.from(body.replace(/\s+/g, ''), 'base64'))
          : Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
    const charset = parameter(type, 'charset');
    return ok({ bytes: pageBytes, ...(charset !== undefined ? { charset } : {}) });
  }
  return err('no-article', `单文件网页“${fileName}”中没有网页正文（text/html 部分）。`);
}
