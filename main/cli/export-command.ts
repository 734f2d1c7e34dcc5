/**
 * `export <report> <pack> --format md|docx|html|json [--draft] -o <file>`: the notes of a pack as a study sheet or a
 * deliberation draft, for a secretariat preparing the meeting room without opening the app.
 */
import path from 'node:path';
import { paletteLabels } from '../../core/annotations/palette-labels';
import { buildSheetModel } from '../../core/export/notes-model';
import type { ExportHeader } from '../../core/export/sheet-text';
import { localDate } from '../../core/export/sheet-text';
import { NOTES_FILE_FORMATS, renderNotes, type NotesFileFormat } from '../export/render-notes';
import { readPackFile } from '../exchange/pack-file';
import { errorCode, nodeFs } from '../notes/journal/fs-seam';
import type { FsSeam } from '../notes/journal/fs-seam';
import { safeWrite } from '../notes/journal/safe-write';
import type { ReadFile } from './read-report';
import { readReport } from './read-report';
import type { CliCommand, CliIo } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE, oneLine } from './run-cli';

const SYNOPSIS = 'export <报告文件> <批注文件> --format md|docx|html|json [--draft] -o <输出文件>';
const USAGE = `${SYNOPSIS}    把批注导出为学习笔记（--draft：审议意见稿）`;

export const EXPORT_FORMATS = NOTES_FILE_FORMATS;
export type ExportFormat = NotesFileFormat;

interface ExportArgs {
  reportFile: string;
  packFile: string;
  format: ExportFormat;
  draft: boolean;
  output: string;
}

const isFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);

/** The format named by an output file's extension, so `-o 笔记.docx` needs no --format. */
function formatOf(output: string): ExportFormat | undefined {
  const extension = path.extname(output).slice(1).toLowerCase();
  if (extension === 'htm') return 'html';
  if (extension === 'markdown') return 'md';
  return isFormat(extension) ? extension : undefined;
}

/** Reads the command line; a problem comes back as one Chinese sentence. */
export function parseExportArgs(args: readonly string[]): ExportArgs | { problem: string } {
  const positional: string[] = [];
  let format: string | undefined;
  let output: string | undefined;
  let draft = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (name === '--format' || name === '-f') format = value();
    else if (name === '--output' || name === '-o') output = value();
    else if (name === '--draft') draft = true;
    else if (name?.startsWith('-') && name !== '-') return { problem: `未知选项：${name}。` };
    else positional.push(arg);
  }
  const [reportFile, packFile, ...extra] = positional;
  if (reportFile === undefined) return { problem: '缺少报告文件参数。' };
  if (packFile === undefined) return { problem: '缺少批注文件参数。' };
  if (extra.length > 0) return { problem: '参数过多。' };
  if (output === undefined || output === '') return { problem: '缺少输出文件（-o <输出文件>）。' };
  const chosen = format ?? formatOf(output);
  if (chosen === undefined) return { problem: '缺少导出格式（--format md|docx|html|json）。' };
  if (!isFormat(chosen)) return { problem: `未知的导出格式：${chosen}（可用 md、docx、html、json）。` };
  return { reportFile, packFile, format: chosen, draft, output };
}

const fail = (io: CliIo, message: string): number => {
  io.stderr(`${oneLine(message)}\n`);
  return EXIT_BAD_INPUT;
};

/** Why the output file could not be written, as one Chinese sentence naming it. */
export function writeFailureMessage(output: string, error: unknown): string {
  const cannot = `无法写入“${output}”`;
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `${cannot}：所在的目录不存在。`;
    case 'EACCES':
    case 'EPERM':
      return `${cannot}：没有写入权限。`;
    case 'EROFS':
      return `${cannot}：磁盘是只读的。`;
    case 'EISDIR':
      return `${cannot}：这是一个目录。`;
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
    case 'ESHORTWRITE':
      return `${cannot}：磁盘已满，文件没有写出。`;
    default:
      return `${cannot}：写入时出错，文件没有写出。`;
  }
}

/** Builds the `export` command; `readFile`, `now` and `fs` (the output's file system) are test seams. */
export function createExportCommand(
  seams: { readFile?: ReadFile; now?: () => Date; fs?: FsSeam } = {},
): CliCommand {
  const now = seams.now ?? (() => new Date());
  const fsx = seams.fs ?? nodeFs;
  return {
    name: 'export',
    usage: USAGE,
    async run(args, io) {
      const parsed = parseExportArgs(args);
      if ('problem' in parsed) {
        io.stderr(`${oneLine(`${parsed.problem}用法：npm run cli -- ${SYNOPSIS}`)}\n`);
        return EXIT_USAGE;
      }
      const output = path.resolve(parsed.output);
      if ([parsed.reportFile, parsed.packFile].some((input) => path.resolve(input) === output))
        return fail(io, `输出文件不能是输入文件本身：${parsed.output}`);

      const report = await readReport(parsed.reportFile, io, seams.readFile);
      if (!report) return EXIT_BAD_INPUT;
      const pack = await readPackFile(parsed.packFile);
      if (!pack.ok) return fail(io, pack.error.message);
      if (pack.value.report.id !== report.id)
        io.stderr(
          `${oneLine(`注意：批注文件是为另一版本的报告《${pack.value.report.title}》制作的；能找到原文的批注照常导出，其余列为“未定位”。`)}\n`,
        );

      const kind = parsed.draft ? 'draft' : 'notes';
      const model = buildSheetModel(kind, report, pack.value.annotations, { labels: paletteLabels() });
      const header: ExportHeader = { authorName: pack.value.exportedBy.name, date: localDate(now()), kind };
      const content = await renderNotes(model, header, parsed.format);
      try {
        // Temp file, full write loop, fsync, verify, rename: a failed write leaves no torn file behind.
        await safeWrite(fsx, output, content);
      } catch (error) {
        return fail(io, writeFailureMessage(parsed.output, error));
      }
      const unplaced = model.orphans.length > 0 ? `，其中 ${model.orphans.length} 条未定位` : '';
      io.stdout(`已导出 ${model.total} 条批注${unplaced}：${parsed.output}\n`);
      return 0;
    },
  };
}

/** The `export` command on the real file system and clock. */
export const exportCommand = createExportCommand();
