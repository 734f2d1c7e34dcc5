/**
 * The store never reads or writes outside its folder: a symbolic link (or anything of the wrong kind) where one of
 * its files or folders belongs is moved aside, never followed, and the store carries on as if the path were empty.
 * Moving a link moves the link itself; whatever it points to is left untouched.
 */
import path from 'node:path';
import type { FsSeam, PathKind } from './fs-seam';
import { notices } from './notices';
import { fileStamp, quarantineFile } from './quarantine';
import { fsyncDir } from './safe-write';
import type { StorePaths } from './store-paths';

/** Moves `file` to `<file>.moved-<time>` beside it; for paths that quarantine/ itself cannot take in. */
async function moveBeside(fsx: FsSeam, file: string, at: Date): Promise<string> {
  const target = `${file}.moved-${fileStamp(at)}-${Math.random().toString(36).slice(2, 8)}`;
  await fsx.rename(file, target);
  await fsyncDir(fsx, path.dirname(file));
  return target;
}

const misplaced = (kind: PathKind | null, wanted: PathKind): boolean => kind !== null && kind !== wanted;

/**
 * Makes the report's folder and the folder above it real folders (before the store locks or creates anything):
 * a link there is moved beside it and a notice says where.
 */
export async function replaceLinkedFolders(fsx: FsSeam, paths: StorePaths, at: Date): Promise<string[]> {
  const said: string[] = [];
  for (const dir of [path.dirname(paths.dir), paths.dir]) {
    const kind = await fsx.lstat(dir);
    if (misplaced(kind, 'dir'))
      said.push(notices.notFollowed(path.basename(dir), await moveBeside(fsx, dir, at)));
  }
  return said;
}

/** What a look at the folder's own files found: notices, and the paths to treat as missing (read-only stores). */
export interface LinkCheck {
  notices: string[];
  skipped: Set<string>;
}

/**
 * Checks snapshot.json, journal.jsonl, backups/ and quarantine/. A writing store moves a misplaced one into
 * quarantine/ (quarantine/ itself beside it); a read-only store moves nothing and only skips it.
 */
export async function setAsideLinks(
  fsx: FsSeam,
  paths: StorePaths,
  options: { at: Date; write: boolean },
): Promise<LinkCheck> {
  const out: LinkCheck = { notices: [], skipped: new Set() };
  const wanted: [string, PathKind][] = [
    [paths.quarantine, 'dir'],
    [paths.backups, 'dir'],
    [paths.snapshot, 'file'],
    [paths.journal, 'file'],
  ];
  for (const [file, kind] of wanted) {
    if (!misplaced(await fsx.lstat(file), kind)) continue;
    const name = path.basename(file);
    if (!options.write) {
      out.skipped.add(file);
      out.notices.push(notices.notFollowed(name, null));
    } else if (file === paths.quarantine) {
      out.notices.push(notices.notFollowed(name, await moveBeside(fsx, file, options.at)));
    } else {
      out.notices.push(
        notices.notFollowed(name, await quarantineFile(fsx, file, paths.quarantine, options.at)),
      );
    }
  }
  return out;
}
