/**
 * Rotating, verified backups of the snapshot: every compaction leaves a copy in `backups/`, so a damaged snapshot can
 * be replaced by the newest good backup plus the journal written since.
 */
import path from 'node:path';
import { listIfExists } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { isSeq } from './limits';
import { fileStamp, quarantineFile } from './quarantine';
import { safeWrite } from './safe-write';
import type { WriteData } from './safe-write';
import { checkSnapshotFile, readSnapshot } from './snapshot';
import type { Snapshot } from './snapshot';

// Any number of digits: a backup's existence never depends on how wide its seq is.
const BACKUP = /^snapshot-(\d{1,20})-[0-9TZ-]+\.json$/;
const SEQ_DIGITS = 16;

/** The seq a backup file name records, or null for a name that is not a backup (or a seq no file may carry). */
export function backupSeq(name: string): number | null {
  const digits = BACKUP.exec(name)?.[1];
  if (digits === undefined) return null;
  const seq = Number(digits);
  return isSeq(seq) ? seq : null;
}

/** Backup file names, newest (highest seq, compared as numbers) first. */
export async function listBackups(fsx: FsSeam, dir: string): Promise<string[]> {
  const named = (await listIfExists(fsx, dir)).flatMap((name) => {
    const seq = backupSeq(name);
    return seq === null ? [] : [{ name, seq }];
  });
  named.sort((a, b) => b.seq - a.seq || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  return named.map((backup) => backup.name);
}

/** Writes a verified backup of a snapshot's exact bytes and returns its file name. */
export async function writeBackup(
  fsx: FsSeam,
  dir: string,
  data: WriteData,
  seq: number,
  at: Date,
): Promise<string> {
  await fsx.mkdir(dir);
  const name = `snapshot-${String(seq).padStart(SEQ_DIGITS, '0')}-${fileStamp(at)}.json`;
  await safeWrite(fsx, path.join(dir, name), data);
  return name;
}

/**
 * Keeps the `keep` newest backups that verify; damaged ones are quarantined, and an older one is only deleted once
 * `keep` newer good ones exist, so rotation can never leave us without a good backup. `verified` remembers backups
 * already checked this session (or verified byte for byte when written).
 */
export async function rotateBackups(
  fsx: FsSeam,
  dir: string,
  options: { keep: number; reportId: string; quarantineDir: string; at: Date; verified: Set<string> },
): Promise<string[]> {
  const moved: string[] = [];
  let good = 0;
  for (const name of await listBackups(fsx, dir)) {
    const file = path.join(dir, name);
    if (good >= options.keep) {
      await fsx.unlink(file);
      continue;
    }
    if (options.verified.has(name)) {
      good++;
      continue;
    }
    const check = await checkSnapshotFile(fsx, file, options.reportId);
    // A file whose name and header disagree on the seq is not the backup it claims to be.
    if (check.verdict === 'valid' && check.seq === backupSeq(name)) {
      options.verified.add(name);
      good++;
    } else if (check.verdict === 'valid' || check.verdict === 'corrupt') {
      moved.push(await quarantineFile(fsx, file, options.quarantineDir, options.at));
    }
  }
  return moved;
}

/** A backup the store fell back to, and damaged backups it passed over on the way. */
export interface BackupChoice {
  found: { name: string; snapshot: Snapshot } | null;
  corrupt: string[];
}

/** The newest backup that decodes fully; damaged ones are reported so the caller can quarantine them. */
export async function newestValidBackup(fsx: FsSeam, dir: string, reportId: string): Promise<BackupChoice> {
  const corrupt: string[] = [];
  for (const name of await listBackups(fsx, dir)) {
    let decoded;
    try {
      decoded = await readSnapshot(fsx, path.join(dir, name), reportId);
    } catch {
      decoded = null;
      corrupt.push(name);
    }
    if (decoded === null) continue;
    if (decoded.kind === 'ok' && decoded.snapshot.seq === backupSeq(name)) {
      return { found: { name, snapshot: decoded.snapshot }, corrupt };
    }
    if (decoded.kind !== 'future') corrupt.push(name);
  }
  return { found: null, corrupt };
}
