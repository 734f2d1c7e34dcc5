/**
 * Reading a pack too large to parse as one text, line by line, in the layout the app writes (core/json-lines.ts):
 * a backup of notes at the schema's longest, or a secretariat's collection of every member's notes. Memory then
 * holds the notes, never the file as one string. Any other layout this large is refused as too large.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonLinesHead, readJsonLinesItem } from '../../core/json-lines';
import type { AnnotationPack } from '../../core/annotations/model';
import { PACK_MAX_ANNOTATIONS, validatePack } from '../../core/annotations/validate';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import { nodeFs } from '../notes/journal/fs-seam';
import { readLinesIfExists } from '../notes/journal/line-reader';

/** A note of the schema's longest encodes to well under this; a longer line is not an annotation. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/** The file's first line, if it ends within the first 64 KB (the layout's first line is short); else ''. */
async function firstLine(file: string): Promise<string> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const end = buffer.subarray(0, bytesRead).indexOf(0x0a);
    return end === -1 ? '' : new TextDecoder().decode(buffer.subarray(0, end));
  } finally {
    await handle.close();
  }
}

/** Reads a large pack file; every failure is one Chinese sentence naming the file. */
export async function readPackByLines(filePath: string): Promise<Result<AnnotationPack>> {
  const name = path.basename(filePath);
  const bad = (why: string) => err('invalid-pack', `“${name}”${why}，不是研读的批注文件。`);
  let size: number;
  let real: string;
  let start: string;
  try {
    // The user chose this path; a link to it is theirs to make. What is read is the file it names.
    real = await fs.promises.realpath(filePath);
    size = (await fs.promises.stat(real)).size;
    start = await firstLine(real);
  } catch {
    return err('file-read-failed', `读取“${name}”时出错，请重试。`);
  }
  const tooLarge = err(
    'file-too-large',
    `“${name}”过大（${megabytes(size)} MB）：超过 50 MB 的批注文件只能按研读写出的逐条格式读取，此文件不是这种格式，无法打开。`,
  );
  // The layout is told from the file's first line alone, so a file in any other layout is refused unread.
  const opening = readJsonLinesHead(start.replace(/^\uFEFF/, ''));
  if (opening.kind !== 'items' || opening.listKey !== 'annotations') return tooLarge;
  const lines = await readLinesIfExists(nodeFs, real, { maxLineBytes: MAX_LINE_BYTES }).catch(() => null);
  if (lines === null) return err('file-read-failed', `读取“${name}”时出错，请重试。`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let head: Record<string, unknown> | null = null;
  const annotations: unknown[] = [];
  let closed = false;
  let lineNo = 0;
  try {
    for await (const { bytes } of lines) {
      lineNo++;
      if (bytes === null) return head === null ? tooLarge : bad(`第 ${lineNo} 行过长`);
      const text = decoder.decode(bytes);
      if (head === null) {
        const read = readJsonLinesHead(lineNo === 1 ? text.replace(/^\uFEFF/, '') : text);
        if (read.kind !== 'items' || read.listKey !== 'annotations') return tooLarge;
        head = read.head;
        continue;
      }
      if (text.trim() === '') continue;
      if (closed) return bad(`第 ${lineNo} 行在文件结束之后`);
      const item = readJsonLinesItem(text);
      if (item === null) closed = true;
      else if (annotations.push(item.item) > PACK_MAX_ANNOTATIONS) return bad('中的批注过多');
    }
  } catch {
    return bad(`第 ${lineNo} 行不是有效的 JSON 或 UTF-8 文本`);
  }
  if (head === null) return tooLarge;
  if (!closed) return bad('内容不完整（文件可能被截断）');
  const pack = validatePack({ ...head, annotations });
  return pack.ok
    ? ok(pack.value)
    : err(pack.error.code, `“${name}”：${pack.error.message.replace(/^批注文件：/, '')}。`);
}
