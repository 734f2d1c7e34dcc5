/** Small helpers shared by the main-side tests: unwrap an expected success, and read a folder for "nothing changed". */
import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../../core/result';

/** The value of a result that must be ok; a refusal fails the test with its code and Chinese message. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Everything on disk under `dir`, for "nothing was written" checks. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = fs.readFileSync(file, 'utf8');
    }
  }
  return files;
}
