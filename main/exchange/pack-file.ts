/**
 * Reading a pack file (DESIGN §4) from disk: a backup, a study-group member's notes, anything the app wrote.
 * Untrusted input: every way it can be wrong comes back as one Chinese sentence naming the file.
 */
import path from 'node:path';
import type { AnnotationPack } from '../../core/annotations/model';
import { validatePack } from '../../core/annotations/validate';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import { readProblemOf, readRegularFile } from '../reports/read-regular-file';
import { readPackByLines } from './pack-lines-file';

/**
 * Largest pack read and parsed as one text (any JSON layout; 10,000 notes make about 6 MB). Larger packs are read
 * line by line, which takes any size, but only in the layout the app writes (packLines): every pack the app writes
 * is one it reads back.
 */
export const PACK_MAX_BYTES = 50 * 1024 * 1024;

const NOT_A_PACK = '不是研读的批注文件';

/** Reads, decodes and validates a pack file. */
export async function readPackFile(filePath: string): Promise<Result<AnnotationPack>> {
  const name = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    // Only a regular file, and never more than the cap: a device, a FIFO or a growing file cannot fill memory.
    bytes = await readRegularFile(filePath, PACK_MAX_BYTES);
  } catch (error) {
    const problem = readProblemOf(error);
    if (problem === 'directory' || problem === 'not-regular') return err('not-a-file', `“${name}”不是文件。`);
    if (problem === 'too-large') return readPackByLines(filePath);
    if (problem === 'not-found') return err('file-not-found', `找不到文件“${name}”。`);
    if (problem === 'not-readable') return err('file-not-readable', `没有权限读取“${name}”。`);
    return err('file-read-failed', `读取“${name}”时出错，请重试。`);
  }
  const text = decodePackText(bytes);
  if (text === null) return err('not-text', `“${name}”不是文本文件，${NOT_A_PACK}。`);
  if (text.trim() === '') return err('empty-file', `“${name}”是空文件，${NOT_A_PACK}。`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return err('bad-json', `“${name}”不是有效的 JSON${jsonProblem(text, error)}，${NOT_A_PACK}。`);
  }
  const pack = validatePack(data);
  if (pack.ok) return ok(pack.value);
  // The file name already says which file: "“a.json”：导出时间…", not "“a.json”：批注文件：导出时间…".
  return err(pack.error.code, `“${name}”：${pack.error.message.replace(/^批注文件：/, '')}。`);
}

/**
 * UTF-8 (we write it; a BOM is dropped), or UTF-16 with a BOM (a pack re-saved by Windows Notepad). Invalid bytes or
 * NUL characters mean a binary file: refused, never decoded to mojibake.
 */
function decodePackText(bytes: Uint8Array): string | null {
  const [first, second] = bytes;
  const encoding =
    first === 0xff && second === 0xfe ? 'utf-16le' : first === 0xfe && second === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    // The decoder drops a leading BOM of its own encoding.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes('\u0000') ? null : text;
}

/** Where JSON.parse gave up, in Chinese: its own message is English and differs between engines. */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `（第 ${line} 行第 ${column} 列附近有错误）`;
  }
  if (/end of JSON input/i.test(message)) return '（内容不完整，文件可能被截断）';
  return '';
}
