/**
 * Which report the app ships as its default. The app's paths name the bundled text (`assets/reports/zezhou-2022.txt`
 * in a checkout, `<resources>/reports/…` when installed); a secretariat's own report, made the default with
 * `npm run cli -- bundle`, lies in the same folder and is named by `bundled.json` there: `{ "file": "报告.pdf" }`.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The manifest's name, beside the bundled report. */
export const BUNDLED_MANIFEST = 'bundled.json';

/** The bundled report's path: the one bundled.json names (a plain file name in the same folder), else `defaultPath`. */
export function resolveBundledReport(defaultPath: string): string {
  const folder = path.dirname(defaultPath);
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, BUNDLED_MANIFEST), 'utf8')) as {
      file?: unknown;
    };
    const file = manifest.file;
    // Only a file in the same folder: the manifest can name a report, not a path elsewhere on the disk.
    if (typeof file !== 'string' || file !== path.basename(file) || file.startsWith('.')) return defaultPath;
    const named = path.join(folder, file);
    return fs.existsSync(named) ? named : defaultPath;
  } catch {
    return defaultPath;
  }
}
