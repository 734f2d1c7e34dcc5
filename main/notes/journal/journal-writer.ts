/**
 * The durable side of the store: appends fsynced journal lines, and compacts (snapshot with the safe
 * write, verified backup, fresh journal). After any failed append it refuses to append again until a
 * compaction has replaced the journal, so a torn line can never have a good line glued onto it.
 */
import type { Annotation } from '../../../core/annotations/model';
import { rotateBackups, writeBackup } from './backups';
import { errorCode } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { encodeEntry, encodeHeader } from './journal-format';
import type { JournalEntry } from './journal-format';
import { quarantineFile } from './quarantine';
import type { Recovery } from './recovery';
import { safeWrite, writeAll } from './safe-write';
import { encodeSnapshot, encodeSnapshotSliced } from './snapshot';
import type { StorePaths } from './store-paths';
import { COMPACT_JOURNAL_BYTES, MAX_ENTRY_BYTES } from './limits';

/** The most bytes an entry's line can take: JSON writes a UTF-16 code unit as at most 6 bytes (\uXXXX). */
function entryBytesBound(entry: JournalEntry): number {
  if (entry.op !== 'putMany') return 0;
  let units = 0;
  for (const a of entry.annotations) {
    units +=
      400 + a.id.length + a.reportId.length + a.note.length + a.author.id.length + a.author.name.length;
    units +=
      a.target.blockId.length + a.target.exact.length + a.target.prefix.length + a.target.suffix.length;
    for (const tag of a.tags) units += tag.length + 3;
  }
  return units * 6;
}

/** What the writer needs; `log` receives failures that do not put data at risk. */
export interface WriterContext {
  fsx: FsSeam;
  paths: StorePaths;
  reportId: string;
  now: () => Date;
  keepBackups: number;
  log: (message: string, error: unknown) => void;
}

/** A journal line kept for the journal that replaces this one after a background compaction. */
interface TailLine {
  seq: number;
  bytes: Uint8Array;
}

/** A batch too long for one journal line: the store saves it by compacting instead. */
export class EntryTooLargeError extends Error {
  readonly code = 'ETOOLARGE';
}

/** Owns the journal file descriptor; every method must be called through the store's queue. */
export class JournalWriter {
  private fd: number | null = null;
  /** Bytes in the journal file. */
  size = 0;
  /** Changes appended since the journal was last replaced. */
  lines = 0;
  /** The journal cannot take appends (its tail is suspect or it is missing): compact first. */
  mustCompact = false;
  /** Where a damaged journal was moved, once it has been. */
  journalMovedTo: string | null = null;
  private quarantineJournal = false;
  /** The snapshot on disk has records that fail validation: move it to quarantine before replacing it. */
  private snapshotCopy = false;
  /** Lines appended since a background compaction began (null when none runs). */
  private tail: TailLine[] | null = null;
  /** Backups checked (or written and verified) in this session, so rotation reads each only once. */
  private readonly verifiedBackups = new Set<string>();

  constructor(private readonly ctx: WriterContext) {}

  /** Takes over from recovery: opens the journal for appending, or marks that a compaction must come first. */
  async start(recovery: Recovery): Promise<void> {
    this.lines = recovery.journalLines;
    this.quarantineJournal = recovery.quarantineJournal;
    this.snapshotCopy = recovery.snapshotCopy;
    this.mustCompact = true;
    if (recovery.compactNow) return;
    if (recovery.journalSize === null) await this.createJournal(recovery.seq);
    else await this.openJournal(recovery.journalSize);
  }

  /**
   * Appends changes as one write and one fsync; resolves only once they are on disk. A batch that could encode
   * longer than MAX_ENTRY_BYTES is refused before anything is written (EntryTooLargeError).
   */
  async append(entries: readonly JournalEntry[]): Promise<void> {
    const { fd } = this;
    if (fd === null || this.mustCompact) throw new Error('journal needs a compaction before appending');
    if (entries.some((entry) => entryBytesBound(entry) > MAX_ENTRY_BYTES)) {
      throw new EntryTooLargeError('batch too large for one journal line');
    }
    const lines = entries.map((entry) => Buffer.from(encodeEntry(entry), 'utf8'));
    const bytes = Buffer.concat(lines);
    try {
      await writeAll(this.ctx.fsx, fd, bytes, this.size);
      await this.ctx.fsx.fsync(fd);
    } catch (error) {
      // After a failed write or fsync the file's tail is unknown (fsync errors are not sticky on Linux).
      this.mustCompact = true;
      await this.ctx.fsx.ftruncate(fd, this.size).catch(() => undefined);
      throw error;
    }
    this.size += bytes.length;
    this.lines += entries.length;
    // During a background compaction, these lines must also go into the journal that replaces this one.
    if (this.tail) {
      for (const [i, entry] of entries.entries()) {
        const line = lines[i];
        if (line) this.tail.push({ seq: entry.seq, bytes: line });
      }
    }
  }

  /**
   * Writes `annotations` as the snapshot at change `seq`, then a backup, then a fresh journal.
   * Throws only if the snapshot could not be written; once it resolves, every change up to `seq` is durable.
   * Resolves with the backup's error when the snapshot was written but its backup was not (else null).
   */
  async compact(annotations: readonly Annotation[], seq: number): Promise<unknown> {
    const at = this.ctx.now();
    const bytes = encodeSnapshot(this.snapshotOf(annotations, seq, at));
    if (this.snapshotCopy) {
      // Moved, not copied: until the new one is written, the newest backup plus the journal still hold everything.
      await quarantineFile(this.ctx.fsx, this.ctx.paths.snapshot, this.ctx.paths.quarantine, at).catch(
        (error: unknown) => {
          if (errorCode(error) !== 'ENOENT') throw error;
        },
      );
      this.snapshotCopy = false;
    }
    this.tail = null;
    const backupFailure = await this.writeSnapshotSet(bytes, seq, at);
    if (backupFailure !== null) {
      // Keep the journal: with it, the previous backup still rebuilds everything if the snapshot is lost. Its header
      // no longer bounds the next seq (the snapshot may hold changes it never had), so later saves compact again.
      this.mustCompact = true;
      return backupFailure;
    }
    try {
      await this.resetJournal(at, seq, []);
    } catch (error) {
      this.mustCompact = true;
      this.ctx.log('annotation journal reset failed; will compact again', error);
    }
    return null;
  }

  /**
   * The first half of a compaction that appends do not wait for: from now on the lines appended are kept, then the
   * snapshot and a backup of `annotations` at `seq` are written from this copy while the journal takes appends.
   * Resolves true when both are on disk; `swapJournal(seq)` then replaces the journal by the lines after `seq`.
   */
  async snapshotInBackground(annotations: readonly Annotation[], seq: number): Promise<boolean> {
    this.tail = [];
    const at = this.ctx.now();
    try {
      const bytes = await encodeSnapshotSliced(this.snapshotOf(annotations, seq, at));
      return (await this.writeSnapshotSet(bytes, seq, at)) === null;
    } catch (error) {
      this.ctx.log('background annotation snapshot failed; the journal keeps every change', error);
      return false;
    }
  }

  /**
   * The second half, run through the store's queue: a fresh journal holding only the lines appended after `seq`
   * (the snapshot holds the rest), so appends waited for this short write only.
   */
  async swapJournal(seq: number): Promise<void> {
    const tail = this.tail;
    this.tail = null;
    if (tail === null || this.mustCompact) return;
    try {
      await this.resetJournal(
        this.ctx.now(),
        seq,
        tail.filter((line) => line.seq > seq),
      );
    } catch (error) {
      this.mustCompact = true;
      this.ctx.log('annotation journal swap failed; will compact again', error);
    }
  }

  /** Stops keeping appended lines for a swap that will not happen (a full compaction came first). */
  dropTail(): void {
    this.tail = null;
  }

  private snapshotOf(annotations: readonly Annotation[], seq: number, at: Date) {
    return { reportId: this.ctx.reportId, seq, savedAt: at.toISOString(), annotations: [...annotations] };
  }

  /** Snapshot, verified backup, rotation; the backup's error when it could not be written (keep the journal then). */
  private async writeSnapshotSet(bytes: Uint8Array[], seq: number, at: Date): Promise<unknown> {
    const { fsx, paths, reportId, keepBackups, log } = this.ctx;
    await safeWrite(fsx, paths.snapshot, bytes);
    try {
      this.verifiedBackups.add(await writeBackup(fsx, paths.backups, bytes, seq, at));
    } catch (error) {
      log('annotation backup failed; journal kept', error);
      return error ?? new Error('backup failed');
    }
    try {
      await rotateBackups(fsx, paths.backups, {
        keep: keepBackups,
        reportId,
        quarantineDir: paths.quarantine,
        at,
        verified: this.verifiedBackups,
      });
    } catch (error) {
      log('annotation backup rotation failed', error);
    }
    return null;
  }

  /** Closes the journal file; the store is unusable afterwards. */
  async close(): Promise<void> {
    const { fd } = this;
    this.fd = null;
    this.mustCompact = true;
    if (fd !== null) await this.ctx.fsx.close(fd).catch(() => undefined);
  }

  /** Whether the journal has grown past the count or byte bound after which it is compacted. */
  full(compactEvery: number): boolean {
    return this.lines >= compactEvery || this.size >= COMPACT_JOURNAL_BYTES;
  }

  private async resetJournal(at: Date, seq: number, lines: readonly TailLine[]): Promise<void> {
    const { fsx, paths } = this.ctx;
    const { fd } = this;
    this.fd = null;
    this.mustCompact = true;
    if (fd !== null) await fsx.close(fd).catch(() => undefined);
    if (this.quarantineJournal) {
      try {
        this.journalMovedTo = await quarantineFile(fsx, paths.journal, paths.quarantine, at);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
      this.quarantineJournal = false;
    }
    await this.createJournal(seq, lines);
  }

  private async createJournal(afterSeq: number, lines: readonly TailLine[] = []): Promise<void> {
    const header = Buffer.from(encodeHeader(this.ctx.reportId, afterSeq), 'utf8');
    const pieces = [header, ...lines.map((line) => line.bytes)];
    await safeWrite(this.ctx.fsx, this.ctx.paths.journal, pieces);
    await this.openJournal(pieces.reduce((sum, piece) => sum + piece.length, 0));
    this.lines = lines.length;
  }

  private async openJournal(size: number): Promise<void> {
    this.fd = await this.ctx.fsx.open(this.ctx.paths.journal, 'r+');
    this.size = size;
    this.mustCompact = false;
  }
}
