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
import { quarantineCopy, quarantineFile } from './quarantine';
import type { Recovery } from './recovery';
import { safeWrite, writeAll } from './safe-write';
import { encodeSnapshot } from './snapshot';
import type { StorePaths } from './store-paths';

/** What the writer needs; `log` receives failures that do not put data at risk. */
export interface WriterContext {
  fsx: FsSeam;
  paths: StorePaths;
  reportId: string;
  now: () => Date;
  keepBackups: number;
  log: (message: string, error: unknown) => void;
}

/** Owns the journal file descriptor; every method must be called through the store's queue. */
export class JournalWriter {
  private fd: number | null = null;
  private size = 0;
  /** Changes appended since the journal was last replaced. */
  lines = 0;
  /** The journal cannot take appends (its tail is suspect or it is missing): compact first. */
  mustCompact = false;
  /** Where a damaged journal was moved, once it has been. */
  journalMovedTo: string | null = null;
  private quarantineJournal = false;
  private snapshotCopy: Uint8Array | null = null;
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
    if (recovery.journalSize === null) await this.createJournal();
    else await this.openJournal(recovery.journalSize);
  }

  /** Appends changes as one write and one fsync; resolves only once they are on disk. */
  async append(entries: readonly JournalEntry[]): Promise<void> {
    const { fd } = this;
    if (fd === null || this.mustCompact) throw new Error('journal needs a compaction before appending');
    const bytes = Buffer.from(entries.map(encodeEntry).join(''), 'utf8');
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
  }

  /**
   * Writes `annotations` as the snapshot at change `seq`, then a backup, then a fresh journal.
   * Throws only if the snapshot could not be written; once it resolves, every change up to `seq` is durable.
   */
  async compact(annotations: readonly Annotation[], seq: number): Promise<void> {
    const { fsx, paths, reportId, now, keepBackups, log } = this.ctx;
    const at = now();
    const text = encodeSnapshot({ reportId, seq, savedAt: at.toISOString(), annotations: [...annotations] });
    const bytes = Buffer.from(text, 'utf8');
    if (this.snapshotCopy) {
      await quarantineCopy(fsx, this.snapshotCopy, 'snapshot.json', paths.quarantine, at);
      this.snapshotCopy = null;
    }
    await safeWrite(fsx, paths.snapshot, bytes);
    try {
      this.verifiedBackups.add(await writeBackup(fsx, paths.backups, bytes, seq, at));
    } catch (error) {
      // Keep the journal: with it, the previous backup still rebuilds everything if the snapshot is lost.
      log('annotation backup failed; journal kept', error);
      return;
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
    try {
      await this.resetJournal(at);
    } catch (error) {
      this.mustCompact = true;
      log('annotation journal reset failed; will compact again', error);
    }
  }

  /** Closes the journal file; the store is unusable afterwards. */
  async close(): Promise<void> {
    const { fd } = this;
    this.fd = null;
    this.mustCompact = true;
    if (fd !== null) await this.ctx.fsx.close(fd).catch(() => undefined);
  }

  private async resetJournal(at: Date): Promise<void> {
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
    await this.createJournal();
  }

  private async createJournal(): Promise<void> {
    const header = encodeHeader(this.ctx.reportId);
    await safeWrite(this.ctx.fsx, this.ctx.paths.journal, header);
    await this.openJournal(Buffer.byteLength(header));
    this.lines = 0;
  }

  private async openJournal(size: number): Promise<void> {
    this.fd = await this.ctx.fsx.open(this.ctx.paths.journal, 'r+');
    this.size = size;
    this.mustCompact = false;
  }
}
