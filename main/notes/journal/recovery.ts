/**
 * Opening a report's annotations after anything: a crash, a torn write, a damaged snapshot. Loads the
 * newest valid snapshot (or backup), replays every journal line that verifies, quarantines what cannot
 * be read (never deletes it) and says in Chinese what happened. In read mode it changes no file.
 */
import path from 'node:path';
import type { Annotation } from '../../../core/annotations/model';
import { AnnotationState } from './annotation-state';
import { backupSeq, listBackups, newestValidBackup } from './backups';
import { listIfExists } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { readJournal } from './journal-format';
import type { DecodedJournal } from './journal-format';
import { MAX_SEQ } from './limits';
import { setAsideLinks } from './links';
import { notices } from './notices';
import { quarantineFile } from './quarantine';
import { TEMP_FILE } from './safe-write';
import { readSnapshot } from './snapshot';
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
  /** The snapshot has records that fail validation: keep a copy in quarantine before it is replaced. */
  snapshotCopy: boolean;
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
    snapshotCopy: false,
    journalBadLines: 0,
  };
}

const EMPTY_JOURNAL: DecodedJournal = {
  entries: [],
  badLines: 0,
  tornTail: false,
  appendLimit: null,
  afterSeq: null,
  bytes: 0,
};

/** Loads `paths` for `reportId`; with `write` false (another process owns the folder) nothing is moved. */
export async function recover(
  fsx: FsSeam,
  paths: StorePaths,
  reportId: string,
  options: { at: Date; write: boolean },
): Promise<Recovery> {
  const { at, write } = options;
  const out = blankRecovery();
  const links = await setAsideLinks(fsx, paths, options);
  out.notices.push(...links.notices);
  const readable = (file: string) => !links.skipped.has(file);
  const empty: Snapshot = { reportId, seq: 0, savedAt: '', annotations: [] };
  let base = empty;
  let damaged: { reason: string; movedTo: string | null } | null = null;
  let restoredFrom: Snapshot | null = null;

  const fallBack = async (salvage: Annotation[]): Promise<Snapshot | null> => {
    const choice = readable(paths.backups)
      ? await newestValidBackup(fsx, paths.backups, reportId)
      : { found: null, corrupt: [] };
    if (write && choice.corrupt.length > 0) {
      const moved = [];
      for (const name of choice.corrupt) {
        moved.push(await quarantineFile(fsx, path.join(paths.backups, name), paths.quarantine, at));
      }
      out.notices.push(notices.badBackups(moved));
    }
    // With no backup, what still verifies in the damaged snapshot is better than nothing.
    base = choice.found?.snapshot ?? { ...empty, annotations: salvage };
    return choice.found?.snapshot ?? null;
  };

  const decoded = readable(paths.snapshot) ? await readSnapshot(fsx, paths.snapshot, reportId) : null;
  if (decoded === null) {
    restoredFrom = await fallBack([]);
    out.compactNow = restoredFrom !== null;
  } else if (decoded.kind === 'ok') {
    base = decoded.snapshot;
    if (decoded.invalid > 0) {
      out.notices.push(notices.invalidRecords(decoded.invalid));
      out.snapshotCopy = true;
      out.compactNow = true;
    }
  } else if (decoded.kind === 'future') {
    base = decoded.snapshot;
    out.futureVersion = true;
    out.notices.push(notices.futureVersion('批注快照文件', decoded.version));
  } else {
    const movedTo = write ? await quarantineFile(fsx, paths.snapshot, paths.quarantine, at) : null;
    damaged = { reason: decoded.reason, movedTo };
    restoredFrom = await fallBack(decoded.salvage);
    out.compactNow = true;
  }

  const read = readable(paths.journal) ? await readJournal(fsx, paths.journal, reportId) : null;
  const journal = read ?? EMPTY_JOURNAL;
  if (journal.futureVersion !== undefined) {
    out.futureVersion = true;
    out.notices.push(notices.futureVersion('批注修改日志', journal.futureVersion));
  }
  if (journal.badLines > 0 || journal.tornTail) {
    out.compactNow = true;
    out.quarantineJournal = true;
    out.journalBadLines = journal.badLines;
  }

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
  } else if (decoded === null && (journal.afterSeq ?? 0) > 0) {
    // The journal continues a snapshot that is gone, and no backup stands in for it: say so, never open silently.
    out.notices.unshift(notices.snapshotLost(out.journalLines));
    out.compactNow = true;
  }
  if (gaps > 0) out.notices.push(notices.journalGap(gaps));

  // Change numbers never go backwards, even after falling back to an older backup; only numbers that passed their
  // file's checks count, so no hostile value can push them out of range.
  // A backup's name is not verified here: only a seq that leaves room for billions of changes is taken from it.
  const named = readable(paths.backups) ? (await listBackups(fsx, paths.backups)).map(backupSeq) : [];
  const backupSeqs = named.filter((seq) => seq !== null && seq <= MAX_SEQ);
  const seen = [...journal.entries.map((e) => e.seq), ...backupSeqs];
  out.seq = seen.reduce<number>((max, seq) => Math.max(max, seq ?? 0), last);
  out.annotations = state.all();
  // A journal is appended to only if its header still lets the next change be read back.
  // Appended to only if its header vouches for the next seq: neither ahead of the store nor too far behind it.
  const appendable =
    read !== null &&
    journal.afterSeq !== null &&
    journal.afterSeq <= out.seq &&
    journal.appendLimit !== null &&
    journal.appendLimit >= out.seq + 1;
  if (read !== null && !appendable) out.compactNow = true;
  out.journalSize = read !== null && !out.compactNow ? read.bytes : null;
  if (write && !out.futureVersion) await removeLeftovers(fsx, paths);
  return out;
}

/** Temp files of writes a crash interrupted: never newer than snapshot + journal, which are updated last. */
async function removeLeftovers(fsx: FsSeam, paths: StorePaths): Promise<void> {
  for (const dir of [paths.dir, paths.backups, paths.quarantine]) {
    for (const name of await listIfExists(fsx, dir)) {
      if (TEMP_FILE.test(name) || /^writer\.lock\.(stale|new)-/.test(name)) {
        await fsx.unlink(path.join(dir, name)).catch(() => undefined);
      }
    }
  }
}
