/**
 * `export <report> <pack> --format md|docx|html|json --kind notes|draft|outline|suggestion|amendments|summary -o
 * <file>`: a pack's notes as one of the documents of EXPORT_KINDS (学习笔记, 审议意见稿, 审议发言提纲, 代表建议,
 * 修改意见表, 意见汇总表), for a secretariat preparing the meeting room without opening the app (a delegation's
 * packs become one with `merge` first). `--draft` is `--kind draft`, as before.
 */
import path from 'node:path';
import { paletteLabels } from '../../core/annotations/palette-labels';
import { NOTES_EXPORT_KINDS, type NotesExportKind } from '../../core/contract';
import type { DocumentOptions } from '../../core/export/paper';
import { localDate } from '../../core/export/sheet-text';
import { EXPORT_KINDS, NOTES_FILE_FORMATS, type NotesFileFormat } from '../export/render-notes';
import { readPackFile } from '../exchange/pack-file';
import { errorCode, nodeFs } from '../notes/journal/fs-seam';
import type { FsSeam } from '../notes/journal/fs-seam';
import { safeWrite } from '../notes/journal/safe-write';
import type { ReadFile } from './read-report';
import { readReport } from './read-report';
import type { CliCommand, CliIo } from './run-cli';
import { EXIT_BAD_INPUT, EXIT_USAGE, oneLine } from './run-cli';

const KIND_LIST = NOTES_EXPORT_KINDS.join('|');
const SYNOPSIS = `export <报告文件> <批注文件> --format md|docx|html|json [--kind ${KIND_LIST}] [--tag <标签>] [--overview <总体评价>] [--subject <事由>] [--large] -o <输出文件>`;
const USAGE = `${SYNOPSIS}    把批注导出为${NOTES_EXPORT_KINDS.map((kind) => `${EXPORT_KINDS[kind].name}（${kind}）`).join('、')}；--draft 即 --kind draft`;

export const EXPORT_FORMATS = NOTES_FILE_FORMATS;
export type ExportFormat = NotesFileFormat;

interface ExportArgs {
  reportFile: string;
  packFile: string;
  format: ExportFormat;
  kind: NotesExportKind;
  /** Only notes with one of these tags (a 代表建议 is made from the notes of one matter). */
  tags: string[];
  options: DocumentOptions;
  output: string;
}

const isFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);
const isKind = (value: string): value is NotesExportKind =>
  (NOTES_EXPORT_KINDS as readonly string[]).includes(value);

/** The format named by an output file's extension, so `-o 笔记.docx` needs no --format. */
function formatOf(output: string): string | undefined {
  const extension = path.extname(output).slice(1).toLowerCase();
  if (extension === 'htm') return 'html';
  if (extension === 'markdown') return 'md';
  return isFormat(extension) || extension === 'pdf' ? extension : undefined;
}

/** Reads the command line; a problem comes back as one Chinese sentence. */
export function parseExportArgs(args: readonly string[]): ExportArgs | { problem: string } {
  const positional: string[] = [];
  let format: string | undefined;
  let output: string | undefined;
  let kind: string | undefined;
  let draft = false;
  const tags: string[] = [];
  const options: DocumentOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (name === '--format' || name === '-f') format = value();
    else if (name === '--output' || name === '-o') output = value();
    else if (name === '--kind' || name === '-k') kind = value();
    else if (name === '--draft') draft = true;
    else if (name === '--tag') {
      // `--tag -o x` forgot the tag: an option is never taken as one.
      const tag = (inline ?? (args[i + 1]?.startsWith('-') ? undefined : args[++i]))?.trim();
      if (!tag) return { problem: '--tag 后缺少标签。' };
      tags.push(tag);
    } else if (name === '--overview') options.overview = value() ?? '';
    else if (name === '--subject') options.subject = value() ?? '';
    else if (name === '--large') options.largePrint = true;
    else if (name?.startsWith('-') && name !== '-') return { problem: `未知选项：${name}。` };
    else positional.push(arg);
  }
  const [reportFile, packFile, ...extra] = positional;
  if (reportFile === undefined) return { problem: '缺少报告文件参数。' };
  if (packFile === undefined) return { problem: '缺少批注文件参数。' };
  if (extra.length > 0) return { problem: '参数过多。' };
  if (output === undefined || output === '') return { problem: '缺少输出文件（-o <输出文件>）。' };
  if (kind !== undefined && !isKind(kind))
    return { problem: `未知的文档种类：${kind}（可用 ${NOTES_EXPORT_KINDS.join('、')}）。` };
  if (draft && kind !== undefined && kind !== 'draft')
    return { problem: `--draft 与 --kind ${kind} 不能同时使用。` };
  const chosenKind: NotesExportKind = kind ?? (draft ? 'draft' : 'notes');
  const chosen = format ?? formatOf(output);
  if (chosen === undefined) return { problem: '缺少导出格式（--format md|docx|html|json）。' };
  if (chosen === 'pdf')
    return {
      problem:
        '命令行不生成 PDF：请导出 docx 后用 Word 或 WPS 另存为 PDF，或在研读的“打印与导出”中存为 PDF。',
    };
  if (!isFormat(chosen)) return { problem: `未知的导出格式：${chosen}（可用 md、docx、html、json）。` };
  const row = EXPORT_KINDS[chosenKind];
  if (!row.formats.includes(chosen))
    return { problem: `${row.name}不能导出为 ${chosen}（可用 ${row.formats.join('、')}）。` };
  return { reportFile, packFile, format: chosen, kind: chosenKind, tags, options, output };
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

      const row = EXPORT_KINDS[parsed.kind];
      const outcome = await row.render(
        {
          doc: report,
          annotations: pack.value.annotations,
          labels: paletteLabels(),
          filter: parsed.tags.length > 0 ? { tags: parsed.tags } : {},
          signer: { authorName: pack.value.exportedBy.name, date: localDate(now()) },
          options: parsed.options,
        },
        parsed.format,
      );
      try {
        // Temp file, full write loop, fsync, verify, rename: a failed write leaves no torn file behind.
        await safeWrite(fsx, output, outcome.bytes);
      } catch (error) {
        return fail(io, writeFailureMessage(parsed.output, error));
      }
      for (const notice of outcome.notices) io.stderr(`${oneLine(`注意：${notice}`)}\n`);
      const unplaced = outcome.orphans > 0 ? `，其中 ${outcome.orphans} 条未定位` : '';
      const notes = `${outcome.count} 条批注${unplaced}`;
      // The study sheet and the draft keep the line scripts already read.
      const what =
        parsed.kind === 'notes' || parsed.kind === 'draft' ? ` ${notes}` : `${row.name}（${notes}）`;
      io.stdout(`已导出${what}：${parsed.output}\n`);
      return 0;
    },
  };
}

/** The `export` command on the real file system and clock. */
export const exportCommand = createExportCommand();
