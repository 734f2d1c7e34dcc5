/**
 * The one decoder for report texts (File → Open, a file dropped on the window, the CLI). The encoding is decided
 * from the bytes: a BOM, else valid UTF-8, else chardet's guess among the legacy encodings Chinese offices use.
 * Decoding is strict: a file we cannot decode with confidence is refused with a message naming the encoding it
 * looks like, never shown as mojibake.
 */
import { analyse } from 'chardet';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';

/** The encodings a report may be in. */
export type ReportEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5' | 'Shift_JIS';

/** Decoded text and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: ReportEncoding;
}

/** The legacy encodings chardet may pick, with their WHATWG decoder labels. GBK files decode as GB18030. */
const LEGACY: Partial<Record<string, { encoding: ReportEncoding; label: string }>> = {
  GB18030: { encoding: 'GB18030', label: 'gb18030' },
  Big5: { encoding: 'Big5', label: 'big5' },
  Shift_JIS: { encoding: 'Shift_JIS', label: 'shift_jis' },
};

/**
 * chardet's confidence (0–100) below which its guess is not trusted. Its multi-byte recognisers answer 10 for
 * texts with ten or fewer double-byte characters and ~100 for a paragraph of real text (a Big5 report scores
 * GB18030 at about 50 or less). A tie between two encodings is no guess either.
 */
export const MIN_CONFIDENCE = 50;

/**
 * How much of the file chardet looks at: 64 KB is pages of text, and chardet takes seconds per few MB, so the
 * whole of a 60 MB file would keep the user waiting. The strict decode then checks every byte.
 */
const SAMPLE_BYTES = 64 * 1024;

/** How the encodings are named to people. */
const DISPLAY: Partial<Record<string, string>> = {
  GB18030: 'GB18030（GBK）',
  Big5: 'Big5（繁体中文）',
  Shift_JIS: 'Shift_JIS（日文）',
  'EUC-JP': 'EUC-JP（日文）',
  'ISO-2022-JP': 'ISO-2022-JP（日文）',
  'EUC-KR': 'EUC-KR（韩文）',
  'ISO-2022-KR': 'ISO-2022-KR（韩文）',
  'ISO-2022-CN': 'ISO-2022-CN（中文）',
};
const display = (encoding: string): string => DISPLAY[encoding] ?? encoding;

const SAVE_AS_UTF8 = '请用记事本等编辑器将它另存为 UTF-8 编码后再打开';
const READABLE = '研读能读取 UTF-8、UTF-16、GB18030（GBK）、Big5 和 Shift_JIS 编码的文本';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

/** Strict decoding; null when the bytes are not valid in `label` (or the runtime lacks that decoder). */
function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** C0 controls other than tab, line breaks, form feed and DOS's end-of-file mark: binary data, not text. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1a) || code === 0x7f) return true;
  }
  return false;
}

const invalid = (name: string, encoding: string) =>
  err(
    'bad-encoding',
    `“${name}”看起来是 ${display(encoding)} 编码，但其中有按这种编码无法解读的字节（文件可能已损坏）；为免显示乱码，没有打开。${SAVE_AS_UTF8}。`,
  );
const binary = (name: string) =>
  err('not-text', `“${name}”不是文本文件（含有二进制数据），无法作为报告打开。`);

/** Decoded text (null: the bytes were invalid in `encoding`); NUL characters mean it was binary data. */
function checked(name: string, text: string | null, encoding: ReportEncoding): Result<DecodedText> {
  if (text === null) return invalid(name, encoding);
  if (text.includes('\u0000')) return binary(name);
  if (text.trim() === '') return err('empty-file', `“${name}”只有空白字符，没有可以阅读的内容。`);
  return ok({ text, encoding });
}

/**
 * Decodes a report file's bytes; `name` is how messages name the file. Order: BOM (UTF-8, UTF-16 LE/BE), valid
 * UTF-8, then chardet for GB18030 / Big5 / Shift_JIS. Anything else is refused in Chinese.
 */
export function decodeReportText(bytes: Uint8Array, name: string): Result<DecodedText> {
  if (bytes.length === 0) return err('empty-file', `“${name}”是空文件，没有可以阅读的内容。`);
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff]))
    return err('unsupported-encoding', `“${name}”是 UTF-32 编码的文本，${READABLE}；${SAVE_AS_UTF8}。`);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return checked(name, strictDecode('utf-8', bytes.subarray(3)), 'UTF-8');
  if (startsWith(bytes, [0xff, 0xfe]))
    return checked(name, strictDecode('utf-16le', bytes.subarray(2)), 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff]))
    return checked(name, strictDecode('utf-16be', bytes.subarray(2)), 'UTF-16BE');
  // Without a BOM, NUL bytes mean binary data (UTF-16 without a BOM is not something editors write).
  if (bytes.includes(0)) return binary(name);
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return checked(name, utf8, 'UTF-8');
  return decodeLegacy(bytes, name);
}

/** Bytes that are not UTF-8: chardet names the encoding, and only a confident guess we can decode is decoded. */
function decodeLegacy(bytes: Uint8Array, name: string): Result<DecodedText> {
  const [best, second] = analyse(bytes.subarray(0, SAMPLE_BYTES));
  if (!best || best.confidence < MIN_CONFIDENCE) {
    const likely = best && best.confidence > 0 ? `（最像 ${display(best.name)}，但把握不足）` : '';
    return err(
      'unknown-encoding',
      `无法确定“${name}”的文本编码${likely}，它也可能不是文本文件；为免显示乱码，没有打开。${SAVE_AS_UTF8}。`,
    );
  }
  if (second && second.confidence === best.confidence && second.name !== best.name)
    return err(
      'unknown-encoding',
      `无法确定“${name}”的文本编码：它既像 ${display(best.name)} 又像 ${display(second.name)}；为免显示乱码，没有打开。${SAVE_AS_UTF8}。`,
    );
  // Valid UTF-8 never gets here, so a UTF-8 guess means broken UTF-8.
  if (best.name === 'UTF-8') return invalid(name, 'UTF-8');
  const legacy = LEGACY[best.name];
  if (!legacy)
    return err(
      'unsupported-encoding',
      `“${name}”看起来是 ${display(best.name)} 编码的文本，${READABLE}；${SAVE_AS_UTF8}。`,
    );
  const text = strictDecode(legacy.label, bytes);
  if (text !== null && hasControlCharacters(text)) return binary(name);
  return checked(name, text, legacy.encoding);
}
