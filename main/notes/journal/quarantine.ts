/**
 * Moving damaged files aside. Nothing the store cannot read is ever deleted: it goes to
 * `quarantine/<name>.corrupt-<timestamp>` where a person (or a later version) can still rescue it.
 */
import path from 'node:path';
import { listIfExists } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { fsyncDir } from './safe-write';

/** A timestamp usable in file names on every platform: `2024-05-01T08-30-00-000Z`. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

async function freeName(fsx: FsSeam, dir: string, base: string, at: Date): Promise<string> {
  await fsx.mkdir(dir);
  const taken = new Set(await listIfExists(fsx, dir));
  const stem = `${base}.corrupt-${fileStamp(at)}`;
  for (let n = 0; ; n++) {
    const name = n === 0 ? stem : `${stem}-${n}`;
    if (!taken.has(name)) return path.join(dir, name);
  }
}

/** Moves `file` into `dir` and returns its new path; the name keeps the original file name. */
export async function quarantineFile(fsx: FsSeam, file: string, dir: string, at: Date): Promise<string> {
  const target = await freeName(fsx, dir, path.basename(file), at);
  await fsx.rename(file, target);
  await fsyncDir(fsx, dir);
  await fsyncDir(fsx, path.dirname(file));
  return target;
}
