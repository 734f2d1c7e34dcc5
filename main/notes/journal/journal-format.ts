/**
 * The journal's line format: a sealed header line, then one sealed JSON line per change. Decoding never throws: it
 * keeps every line that verifies and counts the ones that do not, so one bad line costs one change, not the file.
 *
 * A line's seq is bounded by its position: the header names the seq the journal starts after (`seq`), and the k-th
 * line after it can only carry a seq in (seq, seq + k] — each change takes one line, and lines can be lost but never
 * invented. So a line that verifies but carries a hostile seq (near Number.MAX_SAFE_INTEGER, say) costs only itself.
 */
import type { Annotation } from '../../../core/annotations/model';
import { isIsoDateTime, validateAnnotation } from '../../../core/annotations/validate';
import { seal, unseal } from './checksum';
import type { FsSeam } from './fs-seam';
import { isSeq } from './limits';
import { readLinesIfExists } from './line-reader';
import type { FileLine } from './line-reader';

export const JOURNAL_FORMAT = 'yandu.journal';
/** The journal version this build reads and writes. */
export const JOURNAL_VERSION = 1;
/** A put of the longest note the schema allows fits many times over; longer lines are not ours. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

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
  /** Lines that failed their checksum, parsing, validation or seq bounds (a torn last line is not counted). */
  badLines: number;
  /** The file does not end with a newline: the last write was cut short and never acknowledged. */
  tornTail: boolean;
  /**
   * The highest seq a line appended now could carry and still be read back, or null when the header does not bound
   * it (a journal from before headers named their seq): such a journal is replaced rather than appended to.
   */
  appendLimit: number | null;
  /** The seq the header says the journal continues after; null when it does not say. */
  afterSeq: number | null;
  /** The file's length in bytes. */
  bytes: number;
}

/** The first line of every journal file; `afterSeq` is the seq of the snapshot the journal continues. */
export function encodeHeader(reportId: string, afterSeq: number): string {
  const header = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, reportId, seq: afterSeq };
  return `${seal(JSON.stringify(header))}\n`;
}

/** One change as a sealed line, newline included. */
export function encodeEntry(entry: JournalEntry): string {
  return `${seal(JSON.stringify(entry))}\n`;
}

/** Reads a journal held in memory (tests, small files); the same rules as readJournal. */
export function decodeJournal(text: string, reportId: string): DecodedJournal {
  const decoder = new JournalDecoder(reportId);
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  for (const line of lines) decoder.feedText(line, true);
  if (tail !== '') decoder.feedText(tail, false);
  return { ...decoder.finish(), bytes: Buffer.byteLength(text) };
}

/** Reads a journal file line by line (any size); null when it does not exist. */
export async function readJournal(
  fsx: FsSeam,
  file: string,
  reportId: string,
): Promise<DecodedJournal | null> {
  const lines = await readLinesIfExists(fsx, file, { maxLineBytes: MAX_LINE_BYTES });
  if (lines === null) return null;
  const decoder = new JournalDecoder(reportId);
  for await (const line of lines) decoder.feed(line);
  return decoder.finish();
}

/** Takes a journal's lines one at a time. */
class JournalDecoder {
  private readonly result: DecodedJournal = {
    entries: [],
    badLines: 0,
    tornTail: false,
    appendLimit: null,
    afterSeq: null,
    bytes: 0,
  };
  private first = true;
  /** The seq the journal starts after, from its header; null when the header is missing or predates it. */
  private afterSeq: number | null = null;
  /** Lines after the header so far, good or bad. */
  private position = 0;

  constructor(private readonly reportId: string) {}

  feed({ bytes, length, terminated }: FileLine): void {
    this.result.bytes += length + (terminated ? 1 : 0);
    if (bytes === null) {
      this.result.tornTail = !terminated;
      this.position++;
      if (terminated) this.result.badLines++;
      this.first = false;
      return;
    }
    this.feedText(new TextDecoder().decode(bytes), terminated);
  }

  feedText(line: string, terminated: boolean): void {
    if (!terminated) this.result.tornTail = true;
    if (line === '') return;
    const body = unseal(line);
    const value = body === null ? futureProbe(line) : parseOrNull(body);
    if (this.first && isHeader(value)) {
      this.first = false;
      this.header(value, body !== null);
      return;
    }
    if (this.first) this.result.badLines++; // the header is missing: count it once, keep reading
    this.first = false;
    this.position++;
    const entry = body === null ? null : toEntry(value, this.reportId);
    if (entry && this.inBounds(entry.seq)) this.result.entries.push(entry);
    else if (terminated) this.result.badLines++;
  }

  finish(): DecodedJournal {
    // A newer version's lines are not damage: this version simply cannot read them.
    if (this.result.futureVersion !== undefined) this.result.badLines = 0;
    if (this.afterSeq !== null) this.result.appendLimit = this.afterSeq + this.position + 1;
    this.result.afterSeq = this.afterSeq;
    return this.result;
  }

  private header(value: Record<string, unknown>, sealed: boolean): void {
    const { version, reportId, seq } = value;
    if (typeof version === 'number' && version > JOURNAL_VERSION) {
      this.result.futureVersion = version;
    } else if (!sealed || version !== JOURNAL_VERSION || reportId !== this.reportId) {
      this.result.badLines++;
    } else if (isSeq(seq)) {
      this.afterSeq = seq;
    } else if (seq !== undefined) {
      this.result.badLines++;
    }
  }

  private inBounds(seq: number): boolean {
    if (this.afterSeq === null) return true;
    return seq > this.afterSeq && seq <= this.afterSeq + this.position;
  }
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

function isHeader(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && (value as { format?: unknown }).format === JOURNAL_FORMAT
  );
}

function toEntry(value: unknown, reportId: string): JournalEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq, op, at } = value as Record<string, unknown>;
  if (!isSeq(seq, 1) || !isIsoDateTime(at)) return null;
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
