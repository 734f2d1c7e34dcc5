/**
 * The snapshot file: every annotation of one report at a journal sequence number, sealed with a
 * checksum. Snapshots and backups share this format, so any backup can stand in for the snapshot.
 */
import type { Annotation } from '../../../core/annotations/model';
import { validateAnnotation } from '../../../core/annotations/validate';
import { seal, sealedBytesVerify, unseal } from './checksum';

export const SNAPSHOT_FORMAT = 'yandu.snapshot';
/** The snapshot version this build reads and writes. */
export const SNAPSHOT_VERSION = 1;

/** A report's annotations as of journal change `seq` (every change with a higher seq comes after it). */
export interface Snapshot {
  reportId: string;
  seq: number;
  savedAt: string;
  annotations: Annotation[];
}

/** What a snapshot file turned out to hold. */
export type DecodedSnapshot =
  /** `invalid` counts records that failed validation and were left out. */
  | { kind: 'ok'; snapshot: Snapshot; invalid: number }
  /** Written by a newer 研读: the records this version understands, for reading only. */
  | { kind: 'future'; version: number; snapshot: Snapshot }
  | { kind: 'corrupt'; reason: string };

/** The file's text: one sealed JSON object and a newline. */
export function encodeSnapshot(snapshot: Snapshot): string {
  const { reportId, seq, savedAt, annotations } = snapshot;
  const body = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, reportId, seq, savedAt, annotations };
  return `${seal(JSON.stringify(body))}\n`;
}

/** Reads a snapshot's text, checking checksum, format, version, report and each record. */
export function decodeSnapshot(text: string, reportId: string): DecodedSnapshot {
  if (text.trim() === '') return { kind: 'corrupt', reason: '文件为空' };
  const sealed = text.endsWith('\n') ? text.slice(0, -1) : text;
  const body = unseal(sealed);
  // A newer version may checksum differently, so its version mark is looked for before the checksum.
  const value = parse(body ?? sealed);
  const header = value as Partial<Record<'format' | 'version' | 'reportId' | 'seq' | 'savedAt', unknown>>;
  if (value !== null && header.format === SNAPSHOT_FORMAT && typeof header.version === 'number') {
    if (header.version > SNAPSHOT_VERSION) {
      return { kind: 'future', version: header.version, snapshot: bestEffort(value, reportId) };
    }
  }
  if (body === null) return { kind: 'corrupt', reason: value === null ? '内容不完整' : '校验和不符' };
  if (value === null || header.format !== SNAPSHOT_FORMAT || header.version !== SNAPSHOT_VERSION) {
    return { kind: 'corrupt', reason: '格式不符' };
  }
  if (header.reportId !== reportId) return { kind: 'corrupt', reason: '属于另一份报告' };
  const { seq, savedAt } = header;
  const list = (value as { annotations?: unknown }).annotations;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0 || typeof savedAt !== 'string') {
    return { kind: 'corrupt', reason: '格式不符' };
  }
  if (!Array.isArray(list)) return { kind: 'corrupt', reason: '格式不符' };
  const annotations = validRecords(list, reportId);
  return {
    kind: 'ok',
    snapshot: { reportId, seq, savedAt, annotations },
    invalid: list.length - annotations.length,
  };
}

function parse(text: string): object | null {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function validRecords(list: readonly unknown[], reportId: string): Annotation[] {
  const kept: Annotation[] = [];
  for (const item of list) {
    const checked = validateAnnotation(item);
    if (checked.ok && checked.value.reportId === reportId) kept.push(checked.value);
  }
  return kept;
}

function bestEffort(value: object, reportId: string): Snapshot {
  const { seq, savedAt, annotations } = value as Record<string, unknown>;
  return {
    reportId,
    seq: typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : 0,
    savedAt: typeof savedAt === 'string' ? savedAt : '',
    annotations: Array.isArray(annotations) ? validRecords(annotations, reportId) : [],
  };
}

/**
 * A cheap check for rotation (header and checksum over the raw bytes, no parsing of the records):
 * `valid`, `future` (a newer version's file, left alone) or `corrupt`.
 */
export function checkSnapshotBytes(bytes: Uint8Array, reportId: string): 'valid' | 'future' | 'corrupt' {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  const start = `{"format":"${SNAPSHOT_FORMAT}","version":`;
  if (!head.startsWith(start)) return 'corrupt';
  const version = /^\d+/.exec(head.slice(start.length))?.[0];
  if (version !== undefined && Number(version) > SNAPSHOT_VERSION) return 'future';
  const expected = `${start}${SNAPSHOT_VERSION},"reportId":${JSON.stringify(reportId)},`;
  return head.startsWith(expected) && sealedBytesVerify(bytes) ? 'valid' : 'corrupt';
}
