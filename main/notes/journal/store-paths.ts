/** Where one report's annotation files live: `<dataDir>/annotations/<report folder>/…` (DESIGN §5). */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** The files and folders of one report's annotation store. */
export interface StorePaths {
  dir: string;
  snapshot: string;
  journal: string;
  backups: string;
  quarantine: string;
  lock: string;
}

const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * The folder for a report id: the id itself when it is a safe lower-case name (recognisable in the
 * data folder), else a hash, so no id can escape `annotations/` or collide on a case-insensitive disk.
 */
export function reportFolderName(reportId: string): string {
  const plain = /^[a-z0-9][a-z0-9_-]{0,99}$/.test(reportId) && !WINDOWS_DEVICE_NAMES.test(reportId);
  return plain ? reportId : `h-${createHash('sha256').update(reportId).digest('hex').slice(0, 40)}`;
}

/** The paths for `reportId` under `dataDir`. */
export function storePaths(dataDir: string, reportId: string): StorePaths {
  const dir = path.join(dataDir, 'annotations', reportFolderName(reportId));
  return {
    dir,
    snapshot: path.join(dir, 'snapshot.json'),
    journal: path.join(dir, 'journal.jsonl'),
    backups: path.join(dir, 'backups'),
    quarantine: path.join(dir, 'quarantine'),
    lock: path.join(dir, 'writer.lock'),
  };
}
