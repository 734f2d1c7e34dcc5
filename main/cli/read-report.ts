/** Reads and parses a report file for a CLI command, reporting failure as one Chinese line on stderr. */
import type { ReportDocument } from '../../core/report/model';
import { parseReport } from '../../core/report/parse';
import type { ReadFile } from './read-text-file';
import { readTextFile } from './read-text-file';
import type { CliIo } from './run-cli';
import { oneLine } from './run-cli';

/** The parsed report, or undefined after writing the reason to `io.stderr` (the caller exits 1). */
export async function readReport(
  file: string,
  io: CliIo,
  readFile?: ReadFile,
): Promise<ReportDocument | undefined> {
  const text = await readTextFile(file, readFile);
  if (!text.ok) {
    io.stderr(`${oneLine(text.error.message)}\n`);
    return undefined;
  }
  const parsed = parseReport(text.value);
  if (!parsed.ok) {
    io.stderr(`${oneLine(`${parsed.error.message}（${file}）`)}\n`);
    return undefined;
  }
  return parsed.value;
}
