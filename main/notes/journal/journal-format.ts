/**
 * The journal's line format: a sealed header line, then one sealed JSON line per change. Decoding
 * never throws: it keeps every line that verifies and counts the ones that do not, so one bad line
 * costs one change, not the file.
 */
import type { Annotation } from '../../../core/annotations/model';
import { isIsoDateTime, validateAnnotation } from '../../../core/annotations/validate';
import { seal, unseal } from './checksum';

export const JOURNAL_FORMAT = 'yandu.journal';
/** The journal version this build reads and writes. */
export const JOURNAL_VERSION = 1;

/** One durable change. `putMany` is one line so that a batch is all-or-nothing on disk. */
export type JournalEntry =
  | { seq: number; op: 'put'; at: string; annotation: Annotation }
  | { seq: number; op: 'putMany'; at: string; annotations: Annotation[] }
  | { seq: number; op: 'delete'; at: string; id: string };

/** What a journal file held, as far as it could be read. */
export interface DecodedJournal {
  /** Set when the header names a newer format version: the store must not write. */
  futureVersion?: number;
  entries: JournalEntry[];
  /** Lines that failed their checksum, parsing or validation (a torn last line is not counted). */
  badLines: number;
  /** The file does not end with a newline: the last write was cut short and never acknowledged. */
  tornTail: boolean;
}

/** The first line of every journal file. */
export function encodeHeader(reportId: string): string {
  return `${seal(JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, reportId }))}\n`;
}

/** One change as a sealed line, newline included. */
export function encodeEntry(entry: JournalEntry): string {
  return `${seal(JSON.stringify(entry))}\n`;
}

/** Reads a journal's text; `reportId` guards against replaying another report's changes. */
export function decodeJournal(text: string, reportId: string): DecodedJournal {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const result: DecodedJournal = { entries: [], badLines: 0, tornTail: tail !== '' };
  let first = true;
  for (const [index, line] of [...lines, tail].entries()) {
    if (line === '') continue;
    const isTail = index === lines.length;
    const body = unseal(line);
    const value = body === null ? futureProbe(line) : parseOrNull(body);
    if (first && isHeader(value)) {
      first = false;
      if (typeof value.version === 'number' && value.version > JOURNAL_VERSION) {
        result.futureVersion = value.version;
      } else if (body === null || value.version !== JOURNAL_VERSION || value.reportId !== reportId) {
        result.badLines++;
      }
      continue;
    }
    if (first) result.badLines++; // the header is missing: count it once, keep reading
    first = false;
    const entry = body === null ? null : toEntry(value, reportId);
    if (entry) result.entries.push(entry);
    else if (!isTail) result.badLines++;
  }
  // A newer version's lines are not damage: this version simply cannot read them.
  if (result.futureVersion !== undefined) result.badLines = 0;
  return result;
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** An unsealed line may still be a header from a newer version with another checksum scheme. */
function futureProbe(line: string): unknown {
  const value = parseOrNull(line);
  return isHeader(value) && typeof value.version === 'number' && value.version > JOURNAL_VERSION
    ? value
    : null;
}

function isHeader(value: unknown): value is { format: string; version: unknown; reportId: unknown } {
  return (
    typeof value === 'object' && value !== null && (value as { format?: unknown }).format === JOURNAL_FORMAT
  );
}

function toEntry(value: unknown, reportId: string): JournalEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq, op, at } = value as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1 || !isIsoDateTime(at)) return null;
  const own = (a: unknown): Annotation | null => {
    const checked = validateAnnotation(a);
    return checked.ok && checked.value.reportId === reportId ? checked.value : null;
  };
  if (op === 'put') {
    const annotation = own((value as { annotation?: unknown }).annotation);
    return annotation && { seq, op, at, annotation };
  }
  if (op === 'putMany') {
    const list = (value as { annotations?: unknown }).annotations;
    if (!Array.isArray(list)) return null;
    const annotations = list.map(own);
    return annotations.every((a) => a !== null) ? { seq, op, at, annotations } : null;
  }
  if (op === 'delete') {
    const { id } = value as { id?: unknown };
    return typeof id === 'string' && id !== '' ? { seq, op, at, id } : null;
  }
  return null;
}
