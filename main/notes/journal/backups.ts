/**
 * Rotating, verified backups of the snapshot: every compaction leaves a copy in `backups/`, so a
 * damaged snapshot can be replaced by the newest good backup plus the journal written since.
 */
import path from 'node:path';
import { listIfExists, readIfExists, utf8 } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { fileStamp, quarantineFile } from './quarantine';
import { safeWrite } from './safe-write';
import { checkSnapshotBytes, decodeSnapshot } from './snapshot';
import type { Snapshot } from './snapshot';

const BACKUP = /^snapshot-(\d{12})-[0-9TZ-]+\.json$/;

/** The seq a backup file name records, or null for a name that is not a backup. */
export function backupSeq(name: string): number | null {
  const match = BACKUP.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Backup file names, newest (highest seq) first. */
export async function listBackups(fsx: FsSeam, dir: string): Promise<string[]> {
  const names = (await listIfExists(fsx, dir)).filter((name) => backupSeq(name) !== null);
  return names.sort().reverse();
}

/** Writes a verified backup of a snapshot's exact bytes and returns its file name. */
export async function writeBackup(
  fsx: FsSeam,
  dir: string,
  bytes: Uint8Array,
  seq: number,
  at: Date,
): Promise<string> {
  await fsx.mkdir(dir);
  const name = `snapshot-${String(seq).padStart(12, '0')}-${fileStamp(at)}.json`;
  await safeWrite(fsx, path.join(dir, name), bytes);
  return name;
}

/**
 * Keeps the `keep` newest backups that verify; damaged ones are quarantined, and an older one is only
 * deleted once `keep` newer good ones exist, so rotation can never leave us without a good backup.
 * `verified` remembers backups already checked this session (or verified byte for byte when written).
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
    const bytes = await readIfExists(fsx, file);
    const verdict = bytes === null ? 'missing' : checkSnapshotBytes(bytes, options.reportId);
    if (verdict === 'valid') {
      options.verified.add(name);
      good++;
    } else if (verdict === 'corrupt')
      moved.push(await quarantineFile(fsx, file, options.quarantineDir, options.at));
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
    const bytes = await readIfExists(fsx, path.join(dir, name));
    if (bytes === null) continue;
    const decoded = decodeSnapshot(utf8(bytes), reportId);
    if (decoded.kind === 'ok') return { found: { name, snapshot: decoded.snapshot }, corrupt };
    if (decoded.kind === 'corrupt') corrupt.push(name);
  }
  return { found: null, corrupt };
}
