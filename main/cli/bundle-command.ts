/**
 * `bundle <report> [--force]`: makes a report (Word, PDF, web page or text) the one the app and its installers ship
 * as their default, for a secretariat preparing Yandu for its delegation. The report is read and parsed as the app
 * reads it; a report whose structure has warnings is refused unless --force. Then, in assets/reports/: the file
 * itself, its extraction beside it (`<file>.source.json`, so the app does not read a PDF at every start), and
 * bundled.json naming it (main/reports/bundled-report.ts). electron-builder.yml ships that folder as it is.
 */
import path from 'node:path';
import type { ReportDocument } from '../../core/report/model';
import { BUNDLED_MANIFEST } from '../reports/bundled-report';
import { writeBytesSafely, writeTextFileSafely } from '../reports/report-files';
import { documentOf } from '../reports/report-library';
import { sourceCacheText } from '../reports/source-cache';
import { extractReport } from '../reports/sources/read-source';
import { readFailureMessage, readReportBytes } from './read-report';
import type { ReadFile } from './read-report';
import type { CliCommand } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE, oneLine } from './run-cli';

const SYNOPSIS = 'bundle <报告文件> [--force]';
const USAGE = `${SYNOPSIS}    把报告（Word、PDF、网页或文本）设为本应用及安装包内置的默认报告；结构有疑点时需加 --force`;

/** The default assets folder: assets/reports of this checkout. */
const ASSETS = path.resolve(import.meta.dirname, '..', '..', 'assets', 'reports');

/** The structure warnings the rules recorded, as sentences (the same ones `check` prints). */
function warningsOf(doc: ReportDocument): string[] {
  return (doc.warnings ?? []).map((warning) => warning.message);
}

/** Builds the `bundle` command; the assets folder and the file reader are test seams. */
export function createBundleCommand(seams: { assetsDir?: string; readFile?: ReadFile } = {}): CliCommand {
  const assetsDir = seams.assetsDir ?? ASSETS;
  const readFile = seams.readFile ?? readReportBytes;
  return {
    name: 'bundle',
    usage: USAGE,
    async run(args, io) {
      const force = args.includes('--force');
      const files = args.filter((arg) => arg !== '--force');
      const unknown = files.find((arg) => arg.startsWith('--'));
      if (files.length !== 1 || unknown !== undefined) {
        const problem = unknown
          ? `未知选项：${unknown}。`
          : files.length === 0
            ? '缺少报告文件参数。'
            : '参数过多。';
        io.stderr(`${problem}\n用法：npm run cli -- ${SYNOPSIS}\n`);
        return EXIT_USAGE;
      }
      const file = files[0] ?? '';
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        io.stderr(`${oneLine(readFailureMessage(file, error, 60))}\n`);
        return EXIT_BAD_INPUT;
      }
      const fileName = path.basename(file);
      const extracted = await extractReport(fileName, bytes);
      if (!extracted.ok) {
        io.stderr(`${oneLine(extracted.error.message)}\n`);
        return EXIT_BAD_INPUT;
      }
      const doc = documentOf(extracted.value);
      if (!doc.ok) {
        io.stderr(`${oneLine(`${doc.error.message}（${file}）`)}\n`);
        return EXIT_BAD_INPUT;
      }
      const warnings = warningsOf(doc.value);
      if (warnings.length > 0) {
        for (const warning of warnings) io.stderr(`${oneLine(`结构疑点：${warning}`)}\n`);
        if (!force) {
          io.stderr(
            `“${fileName}”的结构有 ${warnings.length} 处疑点（见上），没有设为内置报告。请先用 npm run cli -- check 核对；确认无误后可加 --force。\n`,
          );
          return EXIT_BAD_INPUT;
        }
      }
      try {
        await writeBytesSafely(path.join(assetsDir, fileName), bytes);
        if (extracted.value.format !== 'txt')
          await writeTextFileSafely(
            path.join(assetsDir, `${fileName}.source.json`),
            sourceCacheText(extracted.value),
          );
        await writeTextFileSafely(
          path.join(assetsDir, BUNDLED_MANIFEST),
          `${JSON.stringify({ file: fileName, id: doc.value.id }, null, 2)}\n`,
        );
      } catch (error) {
        io.stderr(
          `${oneLine(`无法写入 ${assetsDir}：${error instanceof Error ? error.message : String(error)}`)}\n`,
        );
        return EXIT_BAD_INPUT;
      }
      const title = doc.value.meta.title ?? fileName;
      io.stdout(
        `已将《${title}》（${fileName}，${doc.value.blocks.length} 段）设为内置报告：${path.join(assetsDir, fileName)}。npm start 即可查看，npm run dist 打包的安装程序也将内置它。\n`,
      );
      return 0;
    },
  };
}

/** The `bundle` command writing into this checkout's assets/reports. */
export const bundleCommand = createBundleCommand();
