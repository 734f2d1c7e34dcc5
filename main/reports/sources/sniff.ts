/**
 * What a report file is, decided by its content (magic bytes, the parts inside a zip, the streams inside an OLE
 * file), with the extension as a hint only: a file named .docx that is a zip of something else, or a .pdf that is
 * text, is refused naming what it really is; a file without a known extension is read as its content says.
 */
import type { UnreadableFormat } from './refusals';
import { listZip, looksLikeZip } from './zip';

/** A format we read. `mhtml` is read as a web page. */
export type ReadableFormat = 'txt' | 'docx' | 'pdf' | 'html' | 'mhtml';

export type Sniffed =
  { readable: ReadableFormat } | { unreadable: UnreadableFormat } | { damagedZip: true } | { zipOf: 'other' };

/** The extension's claim: what family a file with this extension must be. */
const EXTENSION_FAMILY: Partial<Record<string, ReadableFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  markdown: 'txt',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
};

/** Extensions of formats we recognise but do not read; the message names them even when the content is odd. */
const UNREADABLE_EXTENSIONS: Partial<Record<string, UnreadableFormat>> = {
  doc: 'doc',
  dot: 'doc',
  wps: 'wps',
  wpt: 'wps',
  ofd: 'ofd',
  rtf: 'rtf',
  odt: 'odt',
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** The family the extension claims, if it is one we read. */
export const claimedFormat = (fileName: string): ReadableFormat | undefined =>
  EXTENSION_FAMILY[extensionOf(fileName)];

export const unreadableByExtension = (fileName: string): UnreadableFormat | undefined =>
  UNREADABLE_EXTENSIONS[extensionOf(fileName)];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, i) => bytes[at + i] === byte);

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

/** Whether a UTF-16LE name occurs in the first part of an OLE file (its directory entries). */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;
}

function sniffOle(bytes: Uint8Array, fileName: string): Sniffed {
  if (hasOleStream(bytes, 'EncryptedPackage')) return { unreadable: 'encrypted-office' };
  const extension = extensionOf(fileName);
  if (hasOleStream(bytes, 'WordDocument')) return { unreadable: extension.startsWith('wp') ? 'wps' : 'doc' };
  if (hasOleStream(bytes, 'Workbook') || hasOleStream(bytes, 'Book')) return { unreadable: 'xls' };
  if (hasOleStream(bytes, 'PowerPoint Document')) return { unreadable: 'ppt' };
  return { unreadable: unreadableByExtension(fileName) ?? 'doc' };
}

function sniffZip(bytes: Uint8Array): Sniffed {
  let names: string[];
  try {
    names = [...listZip(bytes).keys()];
  } catch {
    return { damagedZip: true };
  }
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('word/document.xml') || (has('[Content_Types].xml') && names.some((n) => /^word\//i.test(n))))
    return { readable: 'docx' };
  if (has('OFD.xml')) return { unreadable: 'ofd' };
  if (has('xl/workbook.xml')) return { unreadable: 'xls' };
  if (has('ppt/presentation.xml')) return { unreadable: 'ppt' };
  if (has('mimetype')) {
    // OpenDocument and EPUB store their type, uncompressed, as the first entry.
    const head = ascii(bytes, 30, 120);
    if (head.includes('application/epub+zip')) return { unreadable: 'epub' };
    if (head.includes('opendocument.text')) return { unreadable: 'odt' };
  }
  return { zipOf: 'other' };
}

/** Text that starts as an MHTML archive (MIME headers naming a multipart body). */
function looksLikeMhtml(head: string): boolean {
  return (
    /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?mime-version:/i.test(head) && /multipart\//i.test(head)
  );
}

/** Text that starts as an HTML document (after a BOM, blanks, comments or an XML declaration). */
function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\ufeff?(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/i, '');
  return /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(start);
}

/** The format of a file's bytes. */
export function sniff(fileName: string, bytes: Uint8Array): Sniffed {
  const head = ascii(bytes, 0, 1024);
  if (head.includes('%PDF-')) return { readable: 'pdf' };
  if (looksLikeZip(bytes)) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle(bytes, fileName);
  if (head.startsWith('{\\rtf')) return { unreadable: 'rtf' };
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    head.startsWith('GIF8') ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0]) ||
    startsWith(bytes, [0x4d, 0x4d, 0, 0x2a])
  )
    return { unreadable: 'image' };
  if (
    startsWith(bytes, [0x1f, 0x8b]) ||
    head.startsWith('Rar!') ||
    startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])
  )
    return { unreadable: 'archive' };
  // Text of some kind: the decoder decides whether it really is text. Markup is judged on what it starts with.
  const textHead = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (looksLikeMhtml(textHead)) return { readable: 'mhtml' };
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? new TextDecoder('utf-16le').decode(bytes.subarray(0, 4096))
    : '';
  if (looksLikeHtml(textHead) || looksLikeHtml(utf16)) return { readable: 'html' };
  return { readable: 'txt' };
}
