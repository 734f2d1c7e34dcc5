/**
 * One report's annotations, kept so that nothing acknowledged is ever lost (DESIGN §5): each edit is
 * validated, applied in memory, and acknowledged only once its journal line is fsynced. A failed write
 * keeps the edit in memory (still listed), reports why in Chinese, and is retried. No Electron here.
 */
import type { Annotation } from '../../../core/annotations/model';
import { clampToTimeRange } from '../../../core/annotations/time-range';
import type { Result } from '../../../core/result';
import { nodeFs } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { JournalWriter } from './journal-writer';
import { replaceLinkedFolders } from './links';
import { acquireLock } from './lock';
import type { IsAlive, LockOutcome } from './lock';
import { notices } from './notices';
import { QueuedStore } from './queued-store';
import { blankRecovery, recover } from './recovery';
import type { Recovery } from './recovery';
import { storePaths } from './store-paths';

/** How to open a store. Parameters marked as seams exist for tests. */
export interface OpenStoreOptions {
  dataDir: string;
  reportId: string;
  /** Test seam: the file system (short writes, ENOSPC, EIO). */
  fs?: FsSeam;
  now?: () => Date;
  /** Journal changes before they are compacted into the snapshot (default 500). */
  compactEvery?: number;
  /**
   * From this many annotations on, a routine compaction runs in the background, so no save waits for it (default
   * 1,000; below it a compaction takes about as long as a few saves and runs in line, which keeps it simple).
   */
  backgroundCompactionFrom?: number;
  /** Verified backups kept (default 5). */
  keepBackups?: number;
  /** Wait before retrying a failed save automatically (default 5 s; 0 = only on the next edit or retry()). */
  retryDelayMs?: number;
  /** Test seam: whether the writer an existing lock file names is running (default: its beacon answers). */
  isAlive?: IsAlive;
  log?: (message: string, error: unknown) => void;
}

/** Whether edits can be saved, and what the delegate should be told (Chinese, shown once at open). */
export interface StoreStatus {
  readOnly: boolean;
  notices: string[];
}

/** The annotation store of one report; every write is serialized through one queue. */
export interface AnnotationStore {
  readonly status: StoreStatus;
  /** Every annotation, tombstones included (merges and exports carry them). */
  list(): Annotation[];
  /** Annotations that are not deleted. */
  listLive(): Annotation[];
  /** The stored version with this id, tombstone or not. */
  get(id: string): Annotation | undefined;
  /** Adds or replaces one annotation; resolves after its journal line is fsynced. */
  put(a: Annotation): Promise<Result<Annotation>>;
  /** Deletes by tombstone (`deletedAt`), journaled like any edit. */
  remove(id: string, at?: string): Promise<Result<Annotation>>;
  /** Adds many in one journal line and one fsync: all or nothing on disk (import). */
  putMany(list: Annotation[]): Promise<Result<number>>;
  /** Replaces everything (restore from a backup); the previous state is backed up first. */
  replaceAll(list: Annotation[]): Promise<Result<number>>;
  /** Changes held only in memory because a write failed; they are retried. */
  pending(): number;
  /** Tries to save the pending changes now. */
  retry(): Promise<Result<null>>;
  /** Writes a fresh snapshot and backup and empties the journal. */
  compact(): Promise<Result<null>>;
  /** Resolves once every write begun so far has finished, a background compaction (and its journal swap) included. */
  settled(): Promise<void>;
  /** Saves what it can, compacts, and releases the folder. Check pending() first: unsaved edits die with the process. */
  close(): Promise<void>;
}

/** Opens (and if needed repairs) the store of `reportId` under `dataDir`. */
export async function openAnnotationStore(options: OpenStoreOptions): Promise<AnnotationStore> {
  const fsx = options.fs ?? nodeFs;
  // File names and stamps stay inside the accepted time range even when the clock is far off.
  const clock = options.now ?? (() => new Date());
  const now = () => new Date(clampToTimeRange(clock().getTime()));
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  const paths = storePaths(options.dataDir, options.reportId);
  const shown: string[] = [];
  let lock: LockOutcome | null = null;
  try {
    shown.push(...(await replaceLinkedFolders(fsx, paths, now())));
    await fsx.mkdir(paths.dir);
    lock = await acquireLock(fsx, paths.lock, options.isAlive);
    if (lock.kind === 'busy') shown.push(notices.lockBusy(lock.pid));
  } catch (error) {
    log('annotation folder cannot be locked; opening read-only', error);
    shown.push(notices.lockFailed(error));
  }
  let recovery: Recovery;
  try {
    recovery = await recover(fsx, paths, options.reportId, { at: now(), write: lock?.kind === 'held' });
  } catch (error) {
    log('annotation files cannot be read; opening read-only', error);
    if (lock?.kind === 'held') await lock.release().catch(() => undefined);
    lock = null;
    recovery = blankRecovery();
    shown.push(notices.unreadable(error));
  }
  shown.push(...recovery.notices);
  let writer: JournalWriter | null = null;
  if (lock?.kind === 'held' && recovery.futureVersion) {
    await lock.release();
  } else if (lock?.kind === 'held') {
    const keepBackups = options.keepBackups ?? 5;
    writer = new JournalWriter({ fsx, paths, reportId: options.reportId, now, keepBackups, log });
    await writer
      .start(recovery)
      .catch((error: unknown) => log('annotation journal could not be opened', error));
  }
  const store = new QueuedStore({
    reportId: options.reportId,
    now,
    log,
    compactEvery: options.compactEvery ?? 500,
    backgroundCompactionFrom: options.backgroundCompactionFrom ?? 1000,
    retryDelayMs: options.retryDelayMs ?? 5000,
    writer,
    release: lock?.kind === 'held' && writer ? lock.release : null,
    annotations: recovery.annotations,
    seq: recovery.seq,
    notices: shown,
  });
  if (writer?.mustCompact) {
    const repaired = await store.compact();
    if (!repaired.ok) shown.push(notices.repairFailed(repaired.error.message));
  }
  if (recovery.journalBadLines > 0) {
    shown.push(notices.journalBadLines(recovery.journalBadLines, writer?.journalMovedTo ?? null));
  }
  return store;
}
