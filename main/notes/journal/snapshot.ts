/**
 * The snapshot file: every annotation of one report at a journal sequence number. Snapshots and backups share this
 * format, so any backup can stand in for the snapshot.
 *
 * Version 2 is line-based so that no number of notes makes it one string: a sealed header line (with the record
 * count), one sealed line per annotation, and a sealed end line with the count again and a CRC32 of every byte
 * before it. Version 1 (one sealed JSON object) is still read.
 */
import { crc32 } from 'node:zlib';
import type { Annotation } from '../../../core/annotations/model';
import { validateAnnotation } from '../../../core/annotations/validate';
import { seal, sealedBytesVerify, unseal } from './checksum';
import type { FsSeam } from './fs-seam';
import { isSeq } from './limits';
import { readLinesIfExists } from './line-reader';
import type { FileLine } from './line-reader';

export const SNAPSHOT_FORMAT = 'yandu.snapshot';
/** The snapshot version this build writes; it reads this one and version 1. */
export const SNAPSHOT_VERSION = 2;
const END_MARK = 'yandu.snapshot.end';
/** A version-1 snapshot is one line, as long as the JSON text V8 could make (~512 M characters). */
const MAX_LINE_BYTES = 1536 * 1024 * 1024;

/** A report's annotations as of journal change `seq` (every change with a higher seq comes after it). */
export interface Snapshot {
  reportId: string;
  seq: number;
  savedAt: string;
  annotations: Annotation[];
}

/** What a snapshot file turned out to hold. */
export type DecodedSnapshot =
  /** `invalid` counts records that verified but failed validation and were left out. */
  | { kind: 'ok'; snapshot: Snapshot; invalid: number }
  /** Written by a newer 研读: the records this version understands, for reading only. */
  | { kind: 'future'; version: number; snapshot: Snapshot }
  /** `salvage`: the records that still verify, for when nothing better is left. */
  | { kind: 'corrupt'; reason: string; salvage: Annotation[] };

const encoder = new TextEncoder();

/** The file's bytes, one piece per line (header, each annotation, end line), each ending in a newline. */
export function encodeSnapshot(snapshot: Snapshot): Uint8Array[] {
  const { reportId, seq, savedAt, annotations } = snapshot;
  const count = annotations.length;
  const header = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, reportId, seq, savedAt, count };
  const lines = [line(JSON.stringify(header)), ...annotations.map((a) => line(JSON.stringify(a)))];
  const digest = lines.reduce((sum, bytes) => crc32(bytes, sum), 0);
  lines.push(line(JSON.stringify({ end: END_MARK, count, digest: hex(digest) })));
  return lines;
}

/**
 * The same bytes as encodeSnapshot, made a slice at a time with the event loop let in between, so encoding
 * 10,000 notes for a background compaction does not hold up the saves that arrive meanwhile.
 */
export async function encodeSnapshotSliced(snapshot: Snapshot, sliceSize = 250): Promise<Uint8Array[]> {
  const { reportId, seq, savedAt, annotations } = snapshot;
  const count = annotations.length;
  const header = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, reportId, seq, savedAt, count };
  const lines = [line(JSON.stringify(header))];
  let digest = crc32(lines[0] ?? new Uint8Array());
  for (let i = 0; i < count; i += sliceSize) {
    for (const a of annotations.slice(i, i + sliceSize)) {
      const bytes = line(JSON.stringify(a));
      digest = crc32(bytes, digest);
      lines.push(bytes);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  lines.push(line(JSON.stringify({ end: END_MARK, count, digest: hex(digest) })));
  return lines;
}

function line(body: string): Uint8Array {
  return encoder.encode(`${seal(body)}\n`);
}

function hex(sum: number): string {
  return sum.toString(16).padStart(8, '0');
}

/** Decodes a snapshot held in memory (tests, small files); the same rules as readSnapshot. */
export function decodeSnapshot(text: string, reportId: string): DecodedSnapshot {
  const decoder = new SnapshotDecoder(reportId);
  const bytes = encoder.encode(text);
  let start = 0;
  for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
    decoder.feed({ bytes: bytes.subarray(start, end), length: end - start, terminated: true });
    start = end + 1;
  }
  if (start < bytes.length) {
    decoder.feed({ bytes: bytes.subarray(start), length: bytes.length - start, terminated: false });
  }
  return decoder.finish();
}

/** Reads a snapshot (or backup) file line by line; null when it does not exist. */
export async function readSnapshot(
  fsx: FsSeam,
  file: string,
  reportId: string,
): Promise<DecodedSnapshot | null> {
  const lines = await readLinesIfExists(fsx, file, { maxLineBytes: MAX_LINE_BYTES });
  if (lines === null) return null;
  const decoder = new SnapshotDecoder(reportId);
  for await (const fileLine of lines) decoder.feed(fileLine);
  return decoder.finish();
}

type Header = Partial<Record<'format' | 'version' | 'reportId' | 'seq' | 'savedAt' | 'count', unknown>>;

/** Takes a snapshot's lines one at a time, so a file of any size is checked in one pass. */
class SnapshotDecoder {
  private lineNo = 0;
  /** No line so far has anything but whitespace. */
  private blank = true;
  private version = 0;
  private header: { seq: number; savedAt: string; count: number } | null = null;
  private problem: string | null = null;
  private readonly records: Annotation[] = [];
  private invalid = 0;
  private seen = 0;
  private digest = 0;
  private ended = false;
  private v1: DecodedSnapshot | null = null;

  constructor(private readonly reportId: string) {}

  feed(fileLine: FileLine): void {
    this.lineNo++;
    const { bytes } = fileLine;
    if (bytes === null || bytes.some((byte) => byte > 0x20)) this.blank = false;
    if (bytes === null) return this.fail('文件过大');
    if (this.lineNo === 1) return this.first(bytes);
    if (bytes.length === 0 && !fileLine.terminated) return;
    if (this.v1 || this.ended) return this.fail('格式不符');
    if (this.version === 0) return;
    const text = new TextDecoder().decode(bytes);
    const body = unseal(text);
    const value = parse(body ?? '');
    if (this.version === SNAPSHOT_VERSION && isEnd(value)) return this.end(value);
    this.digest = crc32('\n', crc32(bytes, this.digest));
    this.seen++;
    if (body === null) {
      // A last line without its newline was cut short; any other line that fails its checksum was altered.
      this.fail(this.version > SNAPSHOT_VERSION ? null : fileLine.terminated ? '校验和不符' : '内容不完整');
      return;
    }
    this.record(value);
  }

  private record(value: unknown): void {
    const checked = validateAnnotation(value);
    if (checked.ok && checked.value.reportId === this.reportId) this.records.push(checked.value);
    else this.invalid++;
  }

  finish(): DecodedSnapshot {
    if (this.blank) return this.corrupt('文件为空');
    if (this.v1) return this.problem === null ? this.v1 : this.corrupt(this.problem);
    const snapshot = (): Snapshot => ({
      reportId: this.reportId,
      seq: this.header?.seq ?? 0,
      savedAt: this.header?.savedAt ?? '',
      annotations: this.records,
    });
    if (this.version > SNAPSHOT_VERSION)
      return { kind: 'future', version: this.version, snapshot: snapshot() };
    if (this.problem !== null) return this.corrupt(this.problem);
    if (!this.header || !this.ended || this.seen !== this.header.count) return this.corrupt('内容不完整');
    return { kind: 'ok', snapshot: snapshot(), invalid: this.invalid };
  }

  private first(bytes: Uint8Array): void {
    const text = new TextDecoder().decode(bytes);
    const body = unseal(text);
    // A newer version may checksum differently, so its version mark is looked for before the checksum.
    const value = parse(body ?? text) as Header | null;
    const named = value !== null && value.format === SNAPSHOT_FORMAT && typeof value.version === 'number';
    if (named && (value.version as number) > SNAPSHOT_VERSION) {
      this.version = value.version as number;
      const { seq, savedAt } = value;
      this.header = {
        seq: isSeq(seq) ? seq : 0,
        savedAt: typeof savedAt === 'string' ? savedAt : '',
        count: 0,
      };
      // A newer layout may still hold its records in one object, as version 1 did: show what validates.
      const list = (value as { annotations?: unknown }).annotations;
      if (Array.isArray(list)) for (const item of list) this.record(item);
      return;
    }
    if (text.trim() === '') return this.fail('格式不符');
    if (body === null) return this.fail(value === null ? '内容不完整' : '校验和不符');
    if (!named) return this.fail('格式不符');
    if (value.version === 1) {
      this.v1 = decodeVersion1(value, this.reportId);
      return;
    }
    if (value.version !== SNAPSHOT_VERSION) return this.fail('格式不符');
    if (value.reportId !== this.reportId) return this.fail('属于另一份报告');
    const { seq, savedAt, count } = value;
    if (!isSeq(seq) || typeof savedAt !== 'string' || !isSeq(count)) return this.fail('格式不符');
    this.version = SNAPSHOT_VERSION;
    this.header = { seq, savedAt, count };
    this.digest = crc32('\n', crc32(bytes));
  }

  private end(value: { count: unknown; digest: unknown }): void {
    this.ended = true;
    if (value.count !== this.seen || value.digest !== hex(this.digest)) this.fail('校验和不符');
  }

  /** Keeps the first problem; later lines are still read, for salvage. */
  private fail(reason: string | null): void {
    if (reason !== null) this.problem ??= reason;
  }

  private corrupt(reason: string): DecodedSnapshot {
    return { kind: 'corrupt', reason, salvage: this.records };
  }
}

function isEnd(value: unknown): value is { end: string; count: unknown; digest: unknown } {
  return typeof value === 'object' && value !== null && (value as { end?: unknown }).end === END_MARK;
}

function parse(text: string): object | null {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** A version-1 snapshot: one sealed object holding every annotation (its checksum is already verified). */
function decodeVersion1(value: Header, reportId: string): DecodedSnapshot {
  const corrupt = (reason: string): DecodedSnapshot => ({ kind: 'corrupt', reason, salvage: [] });
  if (value.reportId !== reportId) return corrupt('属于另一份报告');
  const { seq, savedAt } = value;
  const list = (value as { annotations?: unknown }).annotations;
  if (!isSeq(seq) || typeof savedAt !== 'string' || !Array.isArray(list)) return corrupt('格式不符');
  const annotations: Annotation[] = [];
  for (const item of list) {
    const checked = validateAnnotation(item);
    if (checked.ok && checked.value.reportId === reportId) annotations.push(checked.value);
  }
  return {
    kind: 'ok',
    snapshot: { reportId, seq, savedAt, annotations },
    invalid: list.length - annotations.length,
  };
}

/** What a cheap check of a backup found: its verdict and, when valid, the seq its header names. */
export type SnapshotCheck = { verdict: 'valid'; seq: number } | { verdict: 'future' | 'corrupt' | 'missing' };

/**
 * Checks a snapshot file for rotation without decoding its records: header, each line's checksum, the end line's
 * count and digest. Reads in chunks, so backups of any size cost memory for one line at a time.
 */
export async function checkSnapshotFile(fsx: FsSeam, file: string, reportId: string): Promise<SnapshotCheck> {
  let lines: AsyncGenerator<FileLine> | null;
  try {
    lines = await readLinesIfExists(fsx, file, { maxLineBytes: MAX_LINE_BYTES });
  } catch {
    return { verdict: 'corrupt' };
  }
  if (lines === null) return { verdict: 'missing' };
  let header: { seq: number; count: number } | null = null;
  let digest = 0;
  let seen = 0;
  let ended = false;
  try {
    for await (const { bytes } of lines) {
      if (bytes === null || ended) return { verdict: 'corrupt' };
      if (header === null) {
        const value = parse(new TextDecoder().decode(bytes)) as Header | null;
        if (value?.format === SNAPSHOT_FORMAT && typeof value.version === 'number' && value.version > 2) {
          return { verdict: 'future' };
        }
        const sealedOk = sealedBytesVerify(bytes);
        if (sealedOk && value?.format === SNAPSHOT_FORMAT && value.version === 1) {
          return value.reportId === reportId && isSeq(value.seq)
            ? { verdict: 'valid', seq: value.seq }
            : { verdict: 'corrupt' };
        }
        const { seq, count } = value ?? {};
        if (!sealedOk || value?.version !== SNAPSHOT_VERSION || value.reportId !== reportId) break;
        if (!isSeq(seq) || !isSeq(count)) break;
        header = { seq, count };
        digest = crc32('\n', crc32(bytes));
        continue;
      }
      if (!sealedBytesVerify(bytes)) break;
      // Only the end line is parsed; records are checked by their checksum alone.
      const value = bytes.length < 200 ? parse(new TextDecoder().decode(bytes)) : null;
      if (isEnd(value)) {
        if (value.count !== seen || value.digest !== hex(digest) || seen !== header.count) break;
        ended = true;
        continue;
      }
      digest = crc32('\n', crc32(bytes, digest));
      seen++;
    }
  } catch {
    return { verdict: 'corrupt' };
  }
  return header !== null && ended ? { verdict: 'valid', seq: header.seq } : { verdict: 'corrupt' };
}
