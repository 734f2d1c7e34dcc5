/**
 * Opening a report's annotations after anything: a crash, a torn write, a damaged snapshot. Loads the
 * newest valid snapshot (or backup), replays every journal line that verifies, quarantines what cannot
 * be read (never deletes it) and says in Chinese what happened. In read mode it changes no file.
 */
import path from 'node:path';
import type { Annotation } from '../../../core/annotations/model';
import { AnnotationState } from './annotation-state';
import { backupSeq, listBackups, newestValidBackup } from './backups';
import { listIfExists, readIfExists, utf8 } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { decodeJournal } from './journal-format';
import type { DecodedJournal } from './journal-format';
import { notices } from './notices';
import { quarantineFile } from './quarantine';
import { TEMP_FILE } from './safe-write';
import { decodeSnapshot } from './snapshot';
import type { Snapshot } from './snapshot';
import type { StorePaths } from './store-paths';

/** What was loaded, and what the writer must repair before appending. */
export interface Recovery {
  annotations: Annotation[];
  /** The highest change number ever used; the next change gets seq + 1. */
  seq: number;
  /** A file is from a newer version of 研读. */
  futureVersion: boolean;
  notices: string[];
  /** Bytes of a healthy journal to append to; null when it must be created or replaced. */
  journalSize: number | null;
  /** Changes replayed from the journal (counts toward the next compaction). */
  journalLines: number;
  /** Write a fresh snapshot and journal now (the journal's tail or the snapshot needs replacing). */
  compactNow: boolean;
  /** Move the old journal to quarantine instead of overwriting it. */
  quarantineJournal: boolean;
  /** Bytes of a snapshot with unreadable records, to keep in quarantine before it is replaced. */
  snapshotCopy: Uint8Array | null;
  /** Journal lines that failed their checks (reported once the journal has been moved aside). */
  journalBadLines: number;
}

/** Nothing loaded: the starting point, and what a store shows when its folder cannot be read. */
export function blankRecovery(): Recovery {
  return {
    annotations: [],
    seq: 0,
    futureVersion: false,
    notices: [],
    journalSize: null,
    journalLines: 0,
    compactNow: false,
    quarantineJournal: false,
    snapshotCopy: null,
    journalBadLines: 0,
  };
}

const EMPTY_JOURNAL: DecodedJournal = { entries: [], badLines: 0, tornTail: false };

/** Loads `paths` for `reportId`; with `write` false (another process owns the folder) nothing is moved. */
export async function recover(
  fsx: FsSeam,
  paths: StorePaths,
  reportId: string,
  options: { at: Date; write: boolean },
): Promise<Recovery> {
  const { at, write } = options;
  const out = blankRecovery();
  const empty: Snapshot = { reportId, seq: 0, savedAt: '', annotations: [] };
  let base = empty;
  let damaged: { reason: string; movedTo: string | null } | null = null;
  let restoredFrom: Snapshot | null = null;

  const fallBack = async (): Promise<Snapshot | null> => {
    const choice = await newestValidBackup(fsx, paths.backups, reportId);
    if (write && choice.corrupt.length > 0) {
      const moved = [];
      for (const name of choice.corrupt) {
        moved.push(await quarantineFile(fsx, path.join(paths.backups, name), paths.quarantine, at));
      }
      out.notices.push(notices.badBackups(moved));
    }
    base = choice.found?.snapshot ?? empty;
    return choice.found?.snapshot ?? null;
  };

  const snapshotBytes = await readIfExists(fsx, paths.snapshot);
  if (snapshotBytes === null) {
    restoredFrom = await fallBack();
    out.compactNow = restoredFrom !== null;
  } else {
    const decoded = decodeSnapshot(utf8(snapshotBytes), reportId);
    if (decoded.kind === 'ok') {
      base = decoded.snapshot;
      if (decoded.invalid > 0) {
        out.notices.push(notices.invalidRecords(decoded.invalid));
        out.snapshotCopy = snapshotBytes;
        out.compactNow = true;
      }
    } else if (decoded.kind === 'future') {
      base = decoded.snapshot;
      out.futureVersion = true;
      out.notices.push(notices.futureVersion('批注快照文件', decoded.version));
    } else {
      const movedTo = write ? await quarantineFile(fsx, paths.snapshot, paths.quarantine, at) : null;
      damaged = { reason: decoded.reason, movedTo };
      restoredFrom = await fallBack();
      out.compactNow = true;
    }
  }

  const journalBytes = await readIfExists(fsx, paths.journal);
  const journal = journalBytes === null ? EMPTY_JOURNAL : decodeJournal(utf8(journalBytes), reportId);
  if (journal.futureVersion !== undefined) {
    out.futureVersion = true;
    out.notices.push(notices.futureVersion('批注修改日志', journal.futureVersion));
  }
  if (journal.badLines > 0 || journal.tornTail) {
    out.compactNow = true;
    out.quarantineJournal = true;
    out.journalBadLines = journal.badLines;
  }
  if (journalBytes !== null && journalBytes.length === 0) out.compactNow = true;

  const state = new AnnotationState(base.annotations);
  let last = base.seq;
  let gaps = 0;
  for (const entry of journal.entries) {
    if (entry.seq <= last) continue;
    if (entry.seq !== last + 1) gaps++;
    state.apply(entry);
    last = entry.seq;
    out.journalLines++;
  }
  const backup = restoredFrom;
  if (damaged) {
    const { reason, movedTo } = damaged;
    out.notices.unshift(
      backup
        ? notices.snapshotRestored(reason, movedTo, backup.savedAt, out.journalLines)
        : notices.snapshotNoBackup(reason, movedTo, out.journalLines),
    );
  } else if (backup) {
    out.notices.unshift(notices.snapshotMissing(backup.savedAt, out.journalLines));
  }
  if (gaps > 0) out.notices.push(notices.journalGap(gaps));

  // Change numbers never go backwards, even after falling back to an older backup.
  const seen = [
    ...journal.entries.map((e) => e.seq),
    ...(await listBackups(fsx, paths.backups)).map(backupSeq),
  ];
  out.seq = seen.reduce<number>((max, seq) => Math.max(max, seq ?? 0), last);
  out.annotations = state.all();
  out.journalSize = journalBytes !== null && !out.compactNow ? journalBytes.length : null;
  if (write && !out.futureVersion) await removeLeftovers(fsx, paths);
  return out;
}

/** Temp files of writes a crash interrupted: never newer than snapshot + journal, which are updated last. */
async function removeLeftovers(fsx: FsSeam, paths: StorePaths): Promise<void> {
  for (const dir of [paths.dir, paths.backups, paths.quarantine]) {
    for (const name of await listIfExists(fsx, dir)) {
      if (TEMP_FILE.test(name) || name.startsWith('writer.lock.stale-')) {
        await fsx.unlink(path.join(dir, name)).catch(() => undefined);
      }
    }
  }
}
